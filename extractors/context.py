"""What a figure measures: the metric of a percentage and the subject of a count
(docs/guideline.md).

Read from the sentence's words (extractors/words.py) and the roles their particles give them,
never "the nearest noun". In order, the first rule that names something wins:

Metric of a percent
1. the nearest rate named next to it: before it (`고용률 67%`, `고용률이 67%로`, `비율은 40%`,
   across a year, `각각` or an adverb: `실업률 역시 2.6%로`), before its parenthesis
   (`취업률 상승폭 2위(71.2%)` → 취업률, `고용률(OECD 기준)은 70.3%`, `감소율(전년대비 9.1%)`),
   or after it with or without 의 (`67%의 고용률`, `0.5% 이자`, `41.5% 수준인 계약률`), also
   across a relative clause (`44.4%였던 재정자립도`, `71.5%로 최고치를 기록했던 재정자주도`);
   what a `N%의` percent is of (`3%의 가산세`), unless a population (`30%의 주민`);
2. a rate the verb takes to or from the percent (`계약률을 60%까지 끌어올리고`, `비중을 5%에서
   25%까지`, `성장률 전망치를 2.1%로`);
3. rates of money: `연 1% 저리 융자` → 연리; a share of a cost an act covers, with the cost
   when named (`보증수수료 0.5% 감면` → 보증수수료 감면율, `보험료의 80%를 지원` → 보험료
   지원율, `농가 부담 10%` → 농가 부담률);
4. the verb the percent is the amount of (across bases of comparison: `1년 전보다`, `전년 동월
   대비`, `전년에 비해`; after 나/만/도: `31.7%나 급증`): `20% 늘어` → 증가율, `3.3% 감소` →
   감소율, `0.5% 상승`, `올라` → 상승률, `하락`, `떨어져` → 하락률, `30% 할인` → 할인율;
   items in parentheses share the change verb after them (`화합물(76.0%)과 회로(29.5%) 등에서
   수출이 증가한`), and a title may put the changed thing before it (`3.3% 생산 감소`);
   a signed item of a list in parentheses is a change (`금속(-9.7%)`, `반도체(+12.3%)` →
   증감률) unless what the sentence says of it names the rate (`철원군(-1.8%)도 순유출률 높은`);
5. an owner with 의: `목표의 104%` → 달성률; `수출액의 67.4%를 차지`, `전체 예산안의 21.4%`, a
   percent alone after an amount (`국비 30억 원(60%)`) → 비중 (share of);
6. the rate the clause is about (`종사 비중이 각각 16.0%, 15.1%로`), then the rate the
   sentence's topic names, spread over the items after it across their verbs
   (`재정자립도는 목포시가 30%로 높았고, 신안군이 8%로`), also through a relative clause
   (`재정자립도가 가장 높은 지자체는 포천시(31.9%)`) or a frame (`실업률 비교에서 …`, `취업자
   비중을 보면 …`), until a topic that names a new thing: places and ranks (`하위는`, `가장
   낮은 곳은`) go on with it;
7. examples in parentheses, then 등 and the rate they are examples of (`배치 지원(66.8%) 등 …
   사업의 집행률은`).
Also: rates joined before 각각 go to its percentages in order (`고용률과 실업률은 각각 62.1%,
3.2%`); a statistic of a rate names it (`금리 평균은`); a rate before 역시/또한 is the clause's
topic; a label with a colon names it (`고용률: 67.2%`); a percent in parentheses inside its
rate's name (`종사자(28.8%) 비중이`); a part of people asked is no share (`응답자의 62.4%`).
A change in points (`0.7%p`, `0.2%포인트`) is never a growth rate but the clause's level rate.
An index is counted in points, so a percent that changes one is its change (`생산지수가 2.4%
늘었다` → 증가율); a percent in the parenthesis of what is compared with is a level (`지난해
(52.4%)보다` → the clause's rate); items before 등 and a trend take its change (`사과(31.4%) 등
과일 값 오름세가` → 상승률); a list mark glued to the next item (`(42.1%) ▲긴 대기시간`) is no
sign of change.

Subject of a count
1. the counter itself when it names a thing (`4,210농가` → 농가, `2자녀` → 자녀) — unless a
   name right before it or after its 의 says more (`한우 농가 120농가`, `107개교의 자치학교`);
2. a bare noun right before a count with no particle or 의 (`일반직공무원 806명 정기인사`,
   `급수인구 5만 명 이하 평가그룹`, `기업 20개사의 매출액`), unless a kind of place follows
   (`11개 시군`) or the counter says nothing of what it counts (`6개 부문`, `두 차례 훈련`);
3. the noun phrase after the counter when the counter takes no particle but 의 or a verb of
   amount (`2만6천개의 일자리`, `17개 대학이`, `22개였던 도 기금`, `7종에 달하던 제출서류`,
   `1회 하던 검사`), unless it is a verbal noun saying what happened (`2만6천개 창출`); after
   the count's own 의 the act is what it counts (`3명의 신규 고용`, `218명의 참여` → 참여자);
4. people a count names only by examples and 등, or not at all, named by the verb they are the
   subject of when it names people (`등 50명이 참석했다` → 참석자, `16명이 사무관으로 승진` →
   사무관 승진자);
5. the bare noun phrase right before the number (`일자리 2만6천개`, `수혜 학생 85명`,
   `주민 150여 명 등`, `남성(60만 명)`, `인재(리더) 30명`), a quoted name of things
   (`‘행복한 나눔냉장고’ 13곳`), the phrase a measure or basis word follows (`정규직 채용 규모는
   300명` → 정규직 채용, `기업 기준 450개사` → 기업);
6. the object a verb takes to or from the count (`제출서류를 4종으로 간소화`);
7. what is done to the count: `836명을 채용` / `120명이 채용됐다` → 채용 인원, `300명을 대상으로
   교육을 실시` → 교육 대상, `11,542명을 지급대상자로 확정` → 지급대상자; the topic of such a
   clause is who does it, never what is counted;
8. the topic or subject of the clause (`미분양 주택은 5천962가구로`), not the subject of a
   relative clause (`공연이 어우러진 행사에 …`);
9. people a relative clause describes (`교육을 수료한 15명` → 교육 수료자), or people given
   something (`1,080명에게 장려금을 지원`, `2024년에는 982명, …에게` → 장려금 지원 대상).
Also: after a bare 개 the noun with 의 is counted (`40개 도시의 예식장`); a part of a count
counts the same things (`시민 10명 중 7명`); a label with a colon (`참가 인원: 300명`); a list
mark opens a new item (`35건 ▲배수로 정비 22건`); households named by a relative clause
(`귀농한 6000가구`); a headline act names people (`840명 모집` → 모집 인원); a bare count after an
object counts it (`설명회를 12차례 열`); a place ranked by its count is an item of the topic
before it (`입주 인원은 강남구가 1,200명으로`); a topic glossed or quoted is the name before the
gloss or in the quotes (`분양(승인)은`, `‘쉬었음’은`); 대상 names a group with the noun before it
(`지원 대상을`); a unit divided by (`학교당`) names nothing. A count that is
the subject of a relative clause (`140만 명이 찾는 관광지`) or of a clause with another subject
(`화재가 발생해 2명이 숨지고`) takes no topic, nor does a count done to by a topic naming people
or a body (`기동대는 8가구를 방문해`).

Across sentences (extractors/timeline.py): a count with no subject takes the one of the count
before it with the same counter (호, 가구 and 세대 alike), unless its sentence opens with a frame
naming a new thing (`… 현황에서는`: `opens_new_frame`); failing that a counter of households or
companies names it (`counter_as_subject`: 가구, 기업); a change in points takes the earlier
level rate; a percent on a list line takes the rate of the heading line above the list
(`■ 재정자립도` / `한빛시 31.5%`, `rate_of_heading`); a percent in a sentence that goes on with
the ranking of the sentence before (`이어 …`, places and figures only, or nothing new named:
`continues_rate`) takes its level rate.

When no rule applies the field stays empty. Words live in `context_rules.toml`; the noun phrases
both rule sets read, in extractors/phrases.py.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from extractors.docs import doc_text
from extractors.phrases import (
    GOAL_PARTICLES,
    ITEM_MARKS,
    MAX_WORDS,
    PLACE_SUFFIXES,
    TOPIC,
    Place,
    after_count,
    closing,
    counter_apart,
    ends_clause,
    index_before,
    is_proper,
    is_rate,
    is_when,
    opens_item,
    particle_only,
    phrase_ending_at,
    phrase_of,
    phrase_starting_at,
    place_like,
    place_of,
    rules,
    says_change,
    skipped,
    skipped_after,
    usable,
)
from extractors.program_words import is_agency
from extractors.tense import rules as tense_rules
from extractors.words import Word, words_of

_MIDDLE_DOTS = ("·", "ㆍ", "・")
_DATIVE = frozenset({"에게", "께", "한테"})
#: A year word (`2024년`, `’25년`, `2026년도`), which names no rate or counted thing.
YEAR_WORD = re.compile(r"[’']?\d{2,4}년도?")
_HEADING_WORDS = 6  # a heading names its topic in a few words; a longer line is prose
#: What may follow a percent that is the amount of a change: nothing, a subject particle, a
#: particle of emphasis or limit (`31.7%나 급증`, `12.3%만 늘었다`, `5%씩 올라`), or 대 (`3%대
#: 성장`); not 로, 까지, 에서 (`70%까지 확대`: where something goes, not by how much).
_CHANGE_TAILS = frozenset({"", "가", "이", "나", "이나", "만", "도", "씩", "이나마", "대"})
_COMPARE_VERBS = ("비해", "비하여", "비하면", "비교해", "비교하면", "비교하여", "비교할")
_COMPARISON_WORDS = 4  # `지난해 같은 기간보다`, `전년 같은 달에 비해`: a few words at most


#: What may follow a percent that is the share an act covers: `80%를 지원`, `50%까지 지원`.
_ACTION_TAILS = _CHANGE_TAILS | {"를", "을", "까지"}


def _drop_measure(words: list[Word]) -> list[Word]:
    """`정규직 채용 규모` → 정규직 채용; a lone measure word names nothing."""
    if words and words[-1].stem in rules().measures:
        return words[:-1]
    return words


# ---------------------------------------------------------------------------------------------
# metric


def metric_of(doc: Doc, start: int, end: int, sent: Span) -> str | None:
    """The rate a percentage at tokens [start, end) measures, or None."""
    p = place_of(doc, start, end, sent)
    if _is_points(doc, end):
        # a change in points is a change of the rate the clause is about (`고용률은 … 0.4%p
        # 상승`), never a growth rate; with none named, the article's may carry over (timeline)
        return (
            _rate_named_before(p) or _rate_acted_on(p) or _rate_of_clause(p) or _rate_of_sentence(p)
        )
    r = rules()
    made = _rate_made_after(p)
    if made in (r.increase_rate, r.decrease_rate) and _signed(doc, start):
        made = r.signed  # `금속(-9.7%) 등에서 줄었으나`: a signed change in a list
    if _comparison_base(p):
        # `지난해 같은 기간(52.4%)보다 15.7%p 높아졌다`: the level compared with, not a change
        return _rate_named_before(p) or _rate_of_clause(p) or _rate_of_sentence(p)
    named = _rate_named_before(p)
    if named and named.endswith(r.indexes) and made in r.changes:
        # an index is counted in points, never in percent: a percent after it is its change
        # (`생산지수가 2.4% 늘었다` → 증가율)
        return made
    return (
        _rate_respectively(p)
        or named
        or _rate_named_after(p)
        or _rate_of_goal(p)
        or _rate_of_met_goal(p)
        or _annual_rate(p)
        or _rate_of_action(p)
        or _share_ranked(p)
        or made
        or _rate_compared(p)
        or _rate_described_after(p)
        or _rate_after_parenthesis(p)
        or _rate_said_of_item(p)
        or _signed_item(doc, start, p)
        or _rate_of_owner(p)
        or _rate_of_act_topic(p)
        or _rate_of_clause(p)
        or _rate_of_sentence(p)
        or _rate_after_examples(p)
    )


def _comparison_base(p: Place) -> bool:
    """A percent in the parenthesis of the thing a clause is compared with: `지난해(52.4%)보다`."""
    k = p.last + 1
    return (
        p.first >= 1
        and p.words[p.first - 1].text in ("(", "（")
        and k + 1 < len(p.words)
        and p.words[k].text in (")", "）")
        and particle_only(p.words[k + 1])
        and p.words[k + 1].particle_forms()[:1] == ["보다"]
    )


_RESPECTIVELY = frozenset({"각각", "각"})


def _rate_respectively(p: Place) -> str | None:
    """`재정자립도와 재정자주도는 각각 28.0%, 55.5%`: the rates joined by 와/과 before 각각 go,
    in order, to the percentages listed after it."""
    words = p.words
    k, before = p.first - 1, 0
    while k >= 0 and words[k].text not in _RESPECTIVELY:
        w = words[k]
        if w.has_number and "%" in w.text:
            before += 1
        elif not (w.text == "," or is_when(w) or skipped(w)):
            return None
        k -= 1
    if k < 1:
        return None
    rates: list[str] = []
    j, comma = k - 1, False
    while j >= 0:
        w = words[j]
        last = rates == []
        joined = w.particle_forms() in (["와"], ["과"]) or (comma and w.bare_noun)
        if not is_rate(w.stem) or not (joined or last):
            break
        if last and not (w.particles and set(w.particles) <= set(TOPIC)):
            return None
        rates.insert(0, phrase_of(phrase_ending_at(words, j)) or w.stem)
        j -= 1
        comma = j >= 0 and words[j].text == ","
        if comma:
            j -= 1
    if len(rates) < 2 or before >= len(rates):
        return None
    return rates[before]


def _rate_acted_on(p: Place) -> str | None:
    """`대출 금리를 최대 2%p 인하한다`, `목표 고용률을 1.5%p 높인다`: a change in points of the
    rate the verb takes as its object."""
    k = p.first - 1
    while k >= 0 and (
        skipped(p.words[k])
        or p.words[k].adverb
        or is_when(p.words[k])
        or YEAR_WORD.match(p.words[k].text)  # `2030년까지`
    ):
        k -= 1
    if k < 0 or p.words[k].particles != ["JKO"]:
        return None
    return _rate_in(phrase_ending_at(p.words, k))


def _rate_after_parenthesis(p: Place) -> str | None:
    """`단순노무 종사자(28.8%) 비중이 높다`: a percent in parentheses inside the name of the rate
    it measures."""
    words, k = p.words, p.last + 2
    if p.first < 2 or words[p.first - 1].text not in ("(", "（") or k >= len(words):
        return None
    if words[p.last + 1].text not in (")", "）") or not words[p.first - 2].bare_noun:
        return None
    while _joins_items(words, k) and k + 2 < len(words) and words[k].particle_forms() != ["에서"]:
        # `숙박(38.1%)과 쇼핑(20.4%) 비중이`: the items joined before the rate share it
        j = k + 1
        while j < len(words) and words[j].bare_noun:
            j += 1
        if j == k + 1 or j >= len(words) or words[j].text not in ("(", "（"):
            return None
        k = closing(words, j) + 1
        if k >= len(words):
            return None
    w = words[k]
    if not is_rate(w.stem) or not (w.bare_noun or set(w.particles) <= set(TOPIC)):
        return None
    named = [x for x in phrase_ending_at(words, p.first - 2)[-2:] if not is_proper(x)]
    before = phrase_of(named) if named else None  # `한빛시(61.2%) 고용률`: a place says no more
    return f"{before} {w.stem}" if before else w.stem


def _rate_said_of_item(p: Place) -> str | None:
    """`철원군(-1.8%)도 순유출률 높은 지역`: an item whose percent stands in parentheses, then
    what the sentence says of the item names the rate."""
    k = p.last + 1
    i = p.first - 1
    if i >= 1 and p.words[i].text in ("-", "−", "+"):
        i -= 1  # `(-1.8%)`, the sign a word of its own
    if i < 0 or p.words[i].text not in ("(", "（") or k + 1 >= len(p.words):
        return None
    if p.words[k].text not in (")", "）") or not particle_only(p.words[k + 1]):
        return None
    if not set(p.words[k + 1].particles) & set(TOPIC):
        return None
    for j in range(k + 2, min(k + 5, len(p.words))):
        w = p.words[j]
        if is_rate(w.stem) and (w.bare_noun or set(w.particles) <= {"JKS"}):
            return phrase_of(phrase_ending_at(p.words, j))
        if w.predicate and not w.stem:
            return None
    return None


def _rate_after_examples(p: Place) -> str | None:
    """Examples in parentheses, then 등 and the rate they are examples of: `교육비 지원(66.8%)
    등 복지 사업의 집행률은` → 집행률; or the trend they show (`사과(31.4%) 등 과일 값
    오름세가` → 상승률)."""
    k = p.last + 1
    if p.first < 1 or p.words[p.first - 1].text not in ("(", "（") or k >= len(p.words):
        return None
    if p.words[k].text not in (")", "）"):
        return None
    k += 1
    while k < len(p.words) and (
        p.words[k].text == "," or _list_item(p.words[k]) or _conjunction(p.words[k])
    ):
        k = closing(p.words, k) + 1 if p.words[k].text in ("(", "（") else k + 1
        while (
            k < len(p.words)
            and p.words[k].stem != "등"
            and (p.words[k].bare_noun or _list_item(p.words[k]))
        ):
            k = closing(p.words, k) + 1 if p.words[k].text in ("(", "（") else k + 1
    if k >= len(p.words) or p.words[k].stem != "등":
        return None
    for j in range(k + 1, len(p.words)):
        w = p.words[j]
        if w.predicate and not w.stem and w.parts[-1][1] != "ETM":
            return None  # a clause ends; a relative clause (`영향을 받는 품목의`) goes on
        trend = rules().trends.get(p.words[j].stem)
        if trend and p.words[j].particles:
            return trend  # `사과(31.4%)와 배(24.7%) 등 과일 값 오름세가`: the change they show
        named = _topic_rate(p.words, j)
        if (
            p.words[j].bare_noun
            and is_rate(p.words[j].stem)
            and j + 1 < len(p.words)
            and p.words[j + 1].has_number
        ):
            named = phrase_of(phrase_ending_at(p.words, j))  # a headline: `… 등 집행률 70%`
        if named:
            return named
    return None


def _conjunction(w: Word) -> bool:
    """`와`, `과` written after an item's parenthesis: it joins the next item."""
    return bool(w.parts) and all(t == "JC" for _, t in w.parts)


def _is_points(doc: Doc, end: int) -> bool:
    """Is the percentage ending at token `end` a change in percentage points (`0.4%p`,
    `0.2%포인트`, which Kiwi may keep as one token)?"""
    return doc[end - 1].text.endswith(("p", "포인트"))


def rate_of_heading(doc: Doc, start_char: int, end_char: int) -> str | None:
    """The rate a short line without figures names (`■ 재정자립도`, `< 시군별 고용률 >`), for
    the list lines under it (extractors/timeline.py); None for any other line."""
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    words = words_of(doc, span)
    content = [w for w in words if not w.punct and not YEAR_WORD.fullmatch(w.text)]
    if not content or len(content) > _HEADING_WORDS or any(w.has_number for w in content):
        return None
    if any(w.predicate for w in content):
        return None  # a sentence, not a heading
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        if w.tail == [("도", "JX")] and is_rate(w.stem + "도"):
            # `■ 재정자립도` alone on its line: Kiwi reads the 도 as a particle
            before = phrase_of(phrase_ending_at(words, k - 1)) if k > 0 else None
            return f"{before} {w.stem}도" if before else f"{w.stem}도"
        if is_rate(w.stem):
            return phrase_of(phrase_ending_at(words, k))
    return None


def continues_rate(doc: Doc, start: int, end: int, sent: Span) -> bool:
    """Does the sentence of a percent without a rate go on listing the items of the sentence
    before it (extractors/timeline.py carries that sentence's rate)? Yes when it opens with a
    word that continues a ranking (`이어 순천시(20.1%), 담양군(15.2%) 순이었다`, `다음으로`), or
    names nothing but places and their figures (`목포시는 20.1%, 여수시는 15.2%였다`), or
    nothing at all (`이는 전국 평균(61.0%)보다 높은 수준이다`)."""
    p = place_of(doc, start, end, sent)
    content = [w for w in p.words if not w.punct]
    if content and content[0].text in rules().continuations:
        return True
    # a verb (`비교해도`, `기록했다`) says what the items do, it names no new thing measured
    named = [
        w
        for w in p.words
        if w.stem and not w.has_number and not w.predicate and not _names_nothing(w)
    ]
    return all(place_like(w) or _kind_of_places(w) for w in named)


def _kind_of_places(w: Word) -> bool:
    """A word for a kind of places (`7개 특·광역시 중`, `시·군`): it names no new thing measured."""
    return any(len(k) >= 2 and w.stem.endswith(k) for k in rules().places)


def change_rates() -> frozenset[str]:
    """Metrics that measure a change, not a level (증가율, 감소율, 증감률, 상승률 …)."""
    return rules().changes


def _signed(doc: Doc, start: int, signs: tuple[str, ...] = ("-", "−")) -> bool:
    return start > 0 and doc[start - 1].text in signs and not doc[start - 1].whitespace_


def _signed_item(doc: Doc, start: int, p: Place) -> str | None:
    """`육아(-1만 2천 명, -27.9%)`, `반도체(+12.3%)`: a signed percent in the parenthesis after an
    item is that item's change, whatever verb follows or none."""
    if not _signed(doc, start, ("-", "−", "+")):
        return None
    inside = False
    for w in reversed(p.words[max(p.first - 8, 0) : p.first]):
        if w.text in (")", "）"):
            break
        if w.text in ("(", "（"):
            inside = True
            break
    if inside:
        return rules().signed
    return None


def _rate_in(words: list[Word]) -> str | None:
    """The phrase up to the last rate word among some words (`취업률 상승폭` → 취업률)."""
    for n in range(len(words) - 1, -1, -1):
        if is_rate(words[n].stem):
            return phrase_of(words[: n + 1])
    return None


def _rate_named_before(p: Place) -> str | None:
    k = index_before(p)
    # `고용률은 각각 2.6%p, 0.1%p`: earlier items of a list of percentages share the rate
    while k >= 1 and p.words[k].text == "," and "%" in p.words[k - 1].text:
        k -= 2
        while k >= 0 and (skipped(p.words[k]) or is_when(p.words[k])):
            k -= 1
    if k < 0:
        return None
    w = p.words[k]
    if particle_only(w):
        return _topic_rate(p.words, k)
    if w.text in (":", "：") and k >= 1 and p.words[k - 1].bare_noun:
        return _rate_in(phrase_ending_at(p.words, k - 1))  # `고용률: 67.2%`, a table line
    if w.punct or not w.stem:
        return None
    if w.bare_noun:
        statistic = _rate_of_statistic(p.words, k)
        if statistic:
            return statistic  # `이자율 평균 2.36%`
        phrase = phrase_ending_at(p.words, k)
        named = _rate_in(phrase)
        if named:
            return named
        o = k - len(phrase)
        if o >= 1 and p.words[o].text in ("(", "（") and is_rate(p.words[o - 1].stem):
            # `예산 감소율(전년대비 9.1%)`: what the parenthesis says of the rate before it
            return phrase_of(phrase_ending_at(p.words, o - 1))
        act = rules().actions_rate.get(w.stem)
        if act and p.words[k + 1].text not in ("(", "（"):  # not `배치 지원(66.8%)`, an item
            # `농가 부담 10%`, `국비 지원 50%`: the share an act covers, named before it
            before = phrase_ending_at(p.words, k - 1) if k > 0 else []
            return f"{phrase_of(before)} {act}" if before and phrase_of(before) else act
        derived = rules().derived.get(w.stem)
        return derived if derived and p.words[k + 1].text in ("(", "（") else None
    if set(w.particles) <= {"JX", "JKS"} and is_rate(w.stem):
        return phrase_of(phrase_ending_at(p.words, k))
    return None


def _rate_named_after(p: Place) -> str | None:
    tail = p.tail[1:] if p.tail[:1] and p.tail[0][0] == "대" else p.tail  # `60%대의`
    if any(not tag.startswith("JKG") and tag != "SL" for _, tag in tail):
        return None  # `67%를`, `67%로`: the percent is an argument, not a modifier
    k = p.last + 1
    if k < len(p.words) and p.words[k].stem in ("수준", "정도") and _modifies(p.words[k]):
        k += 1  # `41.5% 수준인 지역업체 계약률`
    phrase = phrase_starting_at(p.words, k)
    named = _rate_in(phrase)
    if named or [f for f, _ in p.tail] != ["의"] or not phrase:
        return named
    # `3%의 가산세`, `0.5%의 이자`: what the percent is of; but `30%의 주민`, `20%의 기업` are
    # parts of a population, which names no rate
    while len(phrase) > 1 and phrase[-1].predicate:
        phrase = phrase[:-1]  # `3%의 가산세 부과되며`: the verb says what is done with it
    r = rules()
    for w in phrase:
        # `30%의 할인 혜택`, `3%의 임금 인상`, `16.5%의 세액공제`: the rate of the act
        act = next((v for key, v in r.made_of.items() if w.stem.endswith(key)), None)
        if act:
            return act
    # `3%의 가산세`, `0.5%의 이자`: a charge at that rate; not `20%의 예산` (a part of it) or
    # `30%의 주민` (a part of them)
    if not phrase[-1].stem.endswith(_CHARGES) or is_proper(phrase[-1]):
        return None
    return phrase_of(phrase)


#: Endings of nouns of money charged or paid at a rate (`가산세`, `가산금`, `보험료`, `이자`).
_CHARGES = ("세", "금", "료", "이자")
_RELATIVE_GAP = 2  # `71.5%로 최고치를 기록했던 재정자주도`: a word or two inside the clause


def _rate_described_after(p: Place) -> str | None:
    """A rate the percent describes through a relative clause after it: `44.4%였던
    재정자립도는`, `60%대를 웃도는 재정자립도를`, `71.5%로 최고치를 기록했던 재정자주도도`,
    `30%대였던 한빛시 재정자립도`."""
    words = p.words
    j = p.last
    if not (words[j].parts and words[j].parts[-1][1] == "ETM"):
        j += 1
        for _ in range(_RELATIVE_GAP + 1):
            if j >= len(words):
                return None
            w = words[j]
            if w.predicate or w.punct or w.has_number:
                break
            j += 1
        w = words[j] if j < len(words) else None
        if w is None or not w.predicate or w.parts[-1][1] != "ETM" or w.has_number:
            return None
    k = j + 1
    while k < len(words) and words[k].bare_noun and is_proper(words[k]):
        k += 1  # `30%대였던 한빛시 재정자립도`: the place the rate is of
    if k >= len(words):
        return None
    return _rate_in(phrase_starting_at(words, k)) or _rate_read_as_particle(words[k])


def _rate_read_as_particle(w: Word) -> str | None:
    """`재정자주도도`: Kiwi may read a rate's last 도 as a particle (재정자주 + 도 + 도)."""
    forms = w.particle_forms()
    if forms and forms[0] == "도" and is_rate(w.stem + "도"):
        return w.stem + "도"
    return None


def _modifies(w: Word) -> bool:
    """Does the word modify the noun after it (`수준의`, `수준인`)?"""
    return w.particles == ["JKG"] or (bool(w.tail) and w.tail[-1][1] == "ETM")


def _rate_of_goal(p: Place) -> str | None:
    """A rate named as the object of the verb that takes it to or from the percent:
    `계약률을 60%까지 끌어올리고`, `세액공제율을 16.5%에서 44%로 올린다`."""
    forms = [f for f, t in p.tail if t.startswith("J")]
    if not forms or forms[0] not in GOAL_PARTICLES:
        return None
    k = p.first - 1
    while k >= 0:
        w = p.words[k]
        start = w.has_number and "%" in w.text and set(w.particle_forms()) & {"에서", "부터"}
        per_year = w.text == "연"  # `기준금리를 연 3.25%로`
        if start or per_year or skipped(w) or is_when(w) or w.adverb or particle_only(w):
            k -= 1
            continue
        break
    if k < 0 or p.words[k].particles != ["JKO"]:
        return None
    if is_rate(p.words[k].stem):
        return phrase_of(phrase_ending_at(p.words, k))
    return _rate_in(phrase_ending_at(p.words, k))  # `성장률 전망치를 2.1%로 낮췄다`


def _rate_of_met_goal(p: Place) -> str | None:
    """How much of a goal was met, when the goal is written as a figure (`목표 3만개의 103.7%`,
    `목표(2만8000개)의 103.3%`) or the percent is what was achieved of a goal named before it
    (`목표를 106.1% 달성`, `목표치인 2만9000개를 106.1% 달성`, `목표 128% 달성`)."""
    r = rules()
    words = p.words
    k, genitive = p.first - 1, False
    if k >= 0 and particle_only(words[k]) and words[k].particle_forms() == ["의"]:
        genitive, k = True, k - 1  # `목표(2만8000개)의`: 의 written after the parenthesis
    if k >= 0 and words[k].text in (")", "）"):
        while k >= 0 and words[k].text not in ("(", "（"):
            k -= 1
        k -= 1
    elif k >= 0 and words[k].has_number and "JKG" in words[k].particles:
        genitive, k = True, k - 1  # `목표 3만개의`
    goals = tense_rules().goal_nouns
    if genitive and k >= 0 and words[k].stem in goals and words[k].bare_noun:
        return r.met_goal
    after = p.last + 1
    if after < len(words) and words[after].bare_noun and words[after].stem == "초과":
        after += 1  # `목표를 106% 초과 달성`
    if after >= len(words) or words[after].parts[0][0] != "달성":
        return None
    if any(w.stem in goals for w in words[: p.first]):
        return r.met_goal
    return None


def _rate_made_after(p: Place) -> str | None:
    r = rules()
    for form, _ in p.tail:
        if form in r.derived:
            return r.derived[form]  # `67.5%↑`
    if not _amount_of_change(p.tail):
        return None  # `70%까지 확대`: the percent is where something goes, not its change
    k = _verb_after(p)
    if k is None:
        return None
    if any(_level_in_list(w) for w in p.words[p.last + 1 : k]):
        return None  # `2012년 37.9%, 2013년 33.3%로 급락했다`: the list's levels, not changes
    head = p.words[k].parts[0][0]
    text = p.words[k].text
    if head in ITEM_MARKS and opens_item(p.words[k]):
        return None
    if text[:1] == "줄" and text[1:] in r.derived:
        # `줄인상`, `줄하락` (one after another): Kiwi reads 줄이 + ㄴ + 상, a cut
        return r.derived[text[1:]]
    if head in r.derived:
        return r.derived[head]
    if head.startswith(r.increase):
        return r.increase_rate
    if head.startswith(r.decrease):
        return r.decrease_rate
    return None


def _level_in_list(w: Word) -> bool:
    """A later percent of the list whose particle says it is a level (`33.3%로`, `20%까지`)."""
    particles = [(f, t) for f, t in w.tail if t.startswith("J")]
    return w.has_number and "%" in w.text and not _amount_of_change(particles)


def _verb_after(p: Place) -> int | None:
    """Index of the word after the percent, and after the rest of the list it opens, that says
    what the percent is an amount of (`늘었다`, `감소한`, `지원해`)."""
    k = p.last + 1
    while k < len(p.words):
        w = p.words[k]
        compared = _comparison_end(p.words, k)
        if says_change(w):
            break  # `36% 감소·지난해에만`: the change word, whatever is glued after it
        if compared is not None:
            k = compared + 1  # `전월보다 4.4%, 1년 전보다 50.9% 늘었다`, `전년 동월 대비`
        elif w.text in (")", "）", "포인트", "p") or skipped_after(w) or _change_particle(w):
            k += 1  # `36% 가량 줄었다`, `2만 1천 명(+4.2%)이 증가했다`
        elif w.text in ("(", "（"):
            k = closing(p.words, k) + 1  # `35%(134억 원) 증가했고`
        elif w.stem == "등" or (w.has_number and not w.particles and not w.stem):
            k += 1  # `(-9.3%) 등에서 줄었으나`, `3.26% 242억원 증가한`
        elif (
            w.text in (",", *_MIDDLE_DOTS)
            or (w.has_number and "%" in w.text)
            or set(w.particles) & {"JX"}
        ):
            k += 1  # `운수창고업은 59.7%, 도소매업은 19.5% 증가하며`: the list shares its verb
        elif w.bare_noun and k + 1 < len(p.words) and _list_item(p.words[k + 1]):
            k += 1  # `반도체(12.5%), 금속(8.1%) 등에서 늘었다`, `금속 9.7%, 화학 3.1% 줄어`
        elif (item := _item_name_end(p.words, k)) is not None:
            k = item  # `(4.1%), 전문·과학 및 기술서비스업(6.2%) 등에서`: a longer item name
        elif (skipped(w) and w.bare_noun) or w.adverb or w.text in _ADVERBIAL_VERBS:
            k += 1  # `고용보험료는 20%, 산재보험료는 최대 50%까지 지원`
        elif _joins_items(p.words, k):
            k += 1  # `화합물(76.0%)과 인쇄회로(29.5%)`, `토목(14.8%)에서 늘어`
        elif (changed := _changed_thing(p, k)) is not None:
            k = changed  # `(29.5%) 등에서 수출이 증가한`, `3.3% 생산 감소`
        else:
            break
    return k if k < len(p.words) else None


_ITEM_PARTICLES = (["과"], ["와"], ["에서"])
# Verbs in their adverbial form that say how a change came, not what changed (`잇따라 올렸다`).
_ADVERBIAL_VERBS = frozenset({"잇따라", "잇달아", "연이어", "나란히"})
#: Counters of times: what they count is the act after them (`두 차례 점검`, `3회 교육`).
_TIMES = frozenset({"회", "차례", "번"})


def _joins_items(words: list[Word], k: int) -> bool:
    """A particle after an item's parenthesis that joins the next item or says where the change
    was: `화합물(76.0%)과 인쇄회로(29.5%)`, `토목(14.8%)에서 늘어`."""
    return (
        k > 0
        and words[k - 1].text in (")", "）")
        and particle_only(words[k])
        and words[k].particle_forms() in _ITEM_PARTICLES
    )


def _changed_thing(p: Place, k: int) -> int | None:
    """Index of the change word after the thing that changed, when word k names it: the
    subject of the change after items in parentheses (`(29.5%) 등에서 수출이 증가한`, `(56.8%)
    부문이 크게 늘며`), or a bare noun right after the percent (`3.3% 생산 감소`, `3.3% 동반
    하락`). A rate there is what the percent measures, not a thing that changed."""
    w = p.words[k]
    if not w.stem or w.has_number or is_rate(w.stem) or w.stem in rules().stop:
        return None
    item = _item_parenthesis(p)
    if item and w.particles == ["JKS"]:
        j = k + 1
        while j < len(p.words) and j <= k + 2 and (p.words[j].adverb or _manner(p.words[j])):
            j += 1
    elif w.bare_noun and p.words[k - 1].has_number and "%" in p.words[k - 1].text:
        j = k + 1
    else:
        return None
    return j if j < len(p.words) and says_change(p.words[j]) else None


_ITEM_NAME_WORDS = 4  # `전문·과학 및 기술서비스업`: an item of a list is named in a few words


def _item_name_end(words: list[Word], k: int) -> int | None:
    """Index of the `(` after an item name of several bare nouns joined by 및 that starts at
    word k, after an earlier item's parenthesis and comma; None when word k starts no such name."""
    if k < 2 or words[k - 1].text != "," or words[k - 2].text not in (")", "）"):
        return None
    j = k
    while (
        j < len(words)
        and j < k + _ITEM_NAME_WORDS
        and (words[j].bare_noun or words[j].text == "및")
    ):
        j += 1
    if j == k or j >= len(words) or words[j].text not in ("(", "（"):
        return None
    return j


def _item_parenthesis(p: Place) -> bool:
    """Is the percent in the parenthesis after an item, alone (`토목(14.8%)`) or after the
    item's count (`정보통신업(5만1천명, 6.2%)`)?"""
    k = p.first - 1
    if k >= 2 and p.words[k].text == "," and p.words[k - 1].has_number:
        k -= 2
    return k >= 0 and p.words[k].text in ("(", "（")


def _manner(w: Word) -> bool:
    """`크게`, `꾸준히`: an adjective made an adverb, standing before a verb."""
    return w.predicate and w.parts[-1] == ("게", "EC")


def _rate_of_action(p: Place) -> str | None:
    """The rate of an act done to a share of a cost: `보증수수료 0.5% 감면` → 보증수수료
    감면율, `보험료의 80%를 지원` → 보험료 지원율, `입장료 30% 할인` → 입장료 할인율. The cost
    is the percent's owner (X의), the money noun right before it, or the clause's topic."""
    if "".join(f for f, _ in p.tail) not in _ACTION_TAILS:
        return None
    k = _verb_after(p)
    if k is None:
        return None
    name = rules().actions_rate.get(p.words[k].parts[0][0])
    nominal = p.words[k].parts[1:2] and p.words[k].parts[1][1].startswith("J")
    if name is None or (nominal and k > p.last + 1):
        return None  # `30%는 … 지원을`: a noun of the clause; but `0.5% 감면을 지원`
    cost = _cost_of(p)
    return f"{cost} {name}" if cost else name


def _cost_of(p: Place) -> str | None:
    k = index_before(p)
    if k < 0:
        return None
    w = p.words[k]
    if w.bare_noun and w.stem in rules().partitive and k >= 1 and p.words[k - 1].bare_noun:
        k, w = k - 1, p.words[k - 1]  # `이자 가운데 3%를 지원`: a part of the cost
    if (w.particles == ["JKG"] or w.bare_noun) and _money_noun(p.words, k):
        return _money_noun(p.words, k)
    for j in range(k, -1, -1):
        x = p.words[j]
        if ends_clause(p.words, j) or (x.predicate and not x.stem):
            return None
        if set(x.particles) & {"JX"} and x.stem:
            return _money_noun(p.words, j)
    return None


def _annual_rate(p: Place) -> str | None:
    """`연 1% 저리 융자`, `연 2.5%로 대출`: a percent a year, of a loan, is its annual rate."""
    if p.first < 1 or p.words[p.first - 1].text != "연":
        return None
    loans = rules().loans
    after = p.words[p.last + 1 : p.last + 4]
    if any(w.stem.startswith(loans) or w.parts[0][0].startswith(loans) for w in after):
        return rules().annual
    return None


def _money_noun(words: list[Word], k: int) -> str | None:
    """The phrase ending at word k when it names an amount of money (`보증수수료`, `보험료`,
    `본인 부담금`, `사업비`)."""
    if is_proper(words[k]) or not words[k].stem.endswith(rules().money_nouns):
        return None
    return phrase_of(phrase_ending_at(words, k))


def _list_item(w: Word) -> bool:
    """What follows the name of an item in a list of percentages: `(`, or the percent."""
    return w.text in ("(", "（") or (w.has_number and "%" in w.text)


def _amount_of_change(tail: list[tuple[str, str]]) -> bool:
    return "".join(form for form, _ in tail) in _CHANGE_TAILS


def _change_particle(w: Word) -> bool:
    return particle_only(w) and _amount_of_change(w.parts)


def _comparison_end(words: list[Word], k: int) -> int | None:
    """Index of the last word of a base of comparison starting at word k (`1년 전보다`, `전년
    대비`, `전년 동월 대비`, `지난해 같은 기간보다`, `전년에 비해`, `1년 전과 비교하면`), or None.
    """
    for j in range(k, min(k + _COMPARISON_WORDS, len(words))):
        w = words[j]
        forms = w.particle_forms()
        if "보다" in forms or w.stem.endswith(("대비", "比")) or w.text == "比":
            return j
        nxt = words[j + 1].text if j + 1 < len(words) else ""
        if set(forms) & {"에", "과", "와"} and nxt.startswith(_COMPARE_VERBS):
            return j + 1
        if not (w.bare_noun or is_when(w) or _adnominal_of_sameness(w) or w.text in ("년", "전")):
            return None
    return None


def _adnominal_of_sameness(w: Word) -> bool:
    """`같은` of `지난해 같은 기간보다`."""
    return [f for f, _ in w.parts] == ["같", "은"]


def _rate_of_owner(p: Place) -> str | None:
    r = rules()
    k = index_before(p)
    # `목표의 104%`, `목표 대비 103.3%`
    versus = p.first >= 2 and p.words[p.first - 1].stem == "대비" and p.words[p.first - 2].bare_noun
    if versus:
        k = p.first - 2
    elif _share_of_amount(p):
        return r.share  # `국비 50억 원(50%), 지방비 40억 원(40%)`: each part's share
    elif k < 0 or "JKG" not in p.words[k].particles:
        return None
    owner = p.words[k].stem
    if versus:
        return r.of_owner.get(owner)
    if owner in r.of_owner:
        return r.of_owner[owner]
    if owner.endswith(r.populations):
        return None  # `전체 응답자의 80%가`: a part of people answers a question, not a share
    j = k - len(phrase_ending_at(p.words, k))
    if j >= 0 and p.words[j].stem in r.wholes and p.words[j].bare_noun:
        return r.share  # `전체 예산안의 17.7%`: a part of a whole
    k = p.last + 1
    if k < len(p.words) and p.words[k].text in ("(", "（"):
        k = closing(p.words, k) + 1  # `예산의 25.8%(1,855억원)를 차지하는`
    if k < len(p.words) and p.words[k].parts[0][0] in r.share_verbs:
        return r.share
    return None


def _share_ranked(p: Place) -> str | None:
    """`베트남이 3,410명(33.2%)으로 가장 많았고`, `부품이 38억 달러(18.7%)로 제일 많았다`: a
    percent alone in the parenthesis after a count or an amount, ranked first after it, is that
    item's share of the whole; `(23.3%) 늘어난` stays a change."""
    r = rules()
    k = p.first - 1
    close = p.last + 1
    if k < 1 or p.words[k].text not in ("(", "（") or close >= len(p.words):
        return None
    if p.words[close].text not in (")", "）") or p.tail:
        return None
    if not (p.words[k - 1].has_number or (k >= 2 and p.words[k - 2].has_number)):
        return None
    j = close + 1
    if j < len(p.words) and particle_only(p.words[j]):
        if p.words[j].parts[0][0] not in ("로", "으로"):
            return None
        j += 1
    else:
        return None
    if j < len(p.words) and p.words[j].parts[0][0] in r.superlatives:
        return r.share
    return None


def _rate_compared(p: Place) -> str | None:
    """`전년 같은 기간보다 14.3% 많았고`, `평년보다 8% 적었다`: a percent right before 많다 or
    적다, with the thing it is compared to (보다) just before it, is a change; `(34.8%)이 가장
    많았다` is not (a particle and a rank stand between)."""
    r = rules()
    if p.tail:
        return None
    k = p.last + 1
    while k < len(p.words) and p.words[k].text in rules().skip_after:
        k += 1  # `14% 가량 많았다`
    if k >= len(p.words) or not p.words[k].predicate:
        return None
    head = p.words[k].parts[0]
    if head[1] != "VA" or head[0] not in r.compared:
        return None
    before = p.words[max(0, p.first - _COMPARISON_WORDS) : p.first]
    if not any(f == "보다" for w in before for f, _ in w.tail):
        return None
    return r.compared[head[0]]


def _rate_of_act_topic(p: Place) -> str | None:
    """`기업 부담은 30%다`, `자부담은 10%로 낮췄다`, `할인은 최대 20%`: a topic that names an
    act on a share of a cost, right before the percent, measures the rate of that act."""
    r = rules()
    k = index_before(p)
    if k < 0 or not _is_topic(p.words[k]):
        return None
    w = p.words[k]
    act = next((a for a in r.actions_rate if w.stem.endswith(a)), None)
    if act is None:
        return None
    words = phrase_ending_at(p.words, k)
    phrase = phrase_of(words)
    if not phrase:
        return None
    rate = r.actions_rate[act]
    return phrase[: -len(act)] + rate if phrase.endswith(act) else None


def _share_of_amount(p: Place) -> bool:
    """A percent alone in the parenthesis after an amount of money (`527억 원(50%)`)."""
    k = p.first - 1
    if k < 1 or p.words[k].text not in ("(", "（") or p.last + 1 >= len(p.words):
        return False
    before = p.words[k - 1]
    amount = before.has_number or (k >= 2 and p.words[k - 2].has_number)  # `527억 원(50%)`
    return p.words[p.last + 1].text in (")", "）") and amount and before.text.endswith("원")


def _rate_of_clause(p: Place) -> str | None:
    """A rate that is the topic or subject of the clause before the figure (`비중이 각각 …`,
    `고용률 상위 지역은 광산구(62.8%)`)."""
    for k in range(p.first - 1, -1, -1):
        w = p.words[k]
        if w.predicate and not w.stem:
            return None  # a verb ends the clause the topic governs
        named = _topic_rate(p.words, k)
        if named:
            return named
    return None


def _rate_of_sentence(p: Place) -> str | None:
    """A rate named once as the sentence's topic and then spread over the items that follow,
    across their verbs (`재정자립도는 목포시가 30%로 가장 높았고, 신안군이 8%로 가장 낮았다`).
    Another topic that is not a place (`실업자는`) ends the rate's reach."""
    for k in range(p.first - 1, -1, -1):
        w = p.words[k]
        named = _topic_rate(p.words, k) or _frame_rate(p.words, k)
        if named:
            return named
        if _is_topic(w) and not place_like(w) and not w.has_number and not _names_nothing(w):
            # `취업자 비중을 보면 도소매업이 26.3%, …`: a frame the sentence opens with covers
            # the items it lists, whatever they are
            return next(filter(None, (_looked_at(p.words, j) for j in range(k))), None)
    return None


def _names_nothing(w: Word) -> bool:
    """A topic that names no new thing: a function word or a rank (`가장 낮은 곳은`, `하위는`),
    which goes on with the rate before it."""
    return w.stem in rules().stop or w.stem in rules().ranks


def _frame_rate(words: list[Word], k: int) -> str | None:
    """A rate named by the frame a sentence opens with: `시도별 실업률 비교에서 …`, `취업자
    비중을 보면 …`, `고용률에서는 …`."""
    w = words[k]
    if "에서" not in w.particle_forms() or place_like(w):
        return _looked_at(words, k)
    return _rate_in(phrase_ending_at(words, k))


def _looked_at(words: list[Word], k: int) -> str | None:
    """The rate of a `X을 보면` / `X을 살펴보면` frame ending at word k."""
    if "JKO" not in words[k].particles or k + 1 >= len(words):
        return None
    if [f for f, _ in words[k + 1].parts[:2]] not in (["보", "면"], ["살펴보", "면"]):
        return None
    return _rate_in(phrase_ending_at(words, k))


def _is_topic(w: Word) -> bool:
    return bool(w.stem) and bool(set(w.particles) & set(TOPIC))


def _topic_rate(words: list[Word], k: int) -> str | None:
    """The rate a topic or subject word names, alone or inside its phrase."""
    w = words[k]
    if particle_only(w) and set(w.particles) & set(TOPIC):
        # `고용률(OECD 비교기준)은 70.3%`: the particle follows a parenthesis
        noun = _noun_before_parenthesis(words, k)
        if noun is not None and is_rate(words[noun].stem):
            return phrase_of(phrase_ending_at(words, noun))
        return None
    if w.bare_noun and is_rate(w.stem) and k + 1 < len(words) and words[k + 1].text in _ALSO:
        return phrase_of(phrase_ending_at(words, k))  # `실업률 역시 2.6%로`, `만족도 또한 …`
    if not _is_topic(w):
        return None
    if is_rate(w.stem):
        return phrase_of(phrase_ending_at(words, k))
    statistic = _rate_of_statistic(words, k)
    if statistic:
        return statistic  # `금리 평균은 2.61%`
    misread = _rate_read_as_particle(w)
    if misread:
        named = k > 0 and words[k - 1].bare_noun and not is_proper(words[k - 1])
        before = phrase_of(phrase_ending_at(words, k - 1)) if named else None
        return f"{before} {misread}" if before else misread
    phrase = phrase_ending_at(words, k)
    return _rate_in(phrase) or _rate_of_relative(words, k - max(len(phrase), 1))


#: Adverbs that make the noun before them the clause's topic (`실업률 역시`, `만족도 또한`).
_ALSO = frozenset({"역시", "또한"})


def _rate_of_statistic(words: list[Word], k: int) -> str | None:
    """`금리 평균은`, `이자율 평균 2.36%`, `고용률 최고치`: a statistic of the rate before it is
    still that rate."""
    if words[k].stem not in rules().statistics or k < 1 or not words[k - 1].bare_noun:
        return None
    return phrase_of(phrase_ending_at(words, k - 1)) if is_rate(words[k - 1].stem) else None


def _noun_before_parenthesis(words: list[Word], k: int) -> int | None:
    """For a particle written after `)` (word k), the index of the bare noun before the `(`."""
    if k < 2 or words[k - 1].text not in (")", "）"):
        return None
    for o in range(k - 2, 0, -1):
        if words[o].text in ("(", "（"):
            return o - 1 if words[o - 1].bare_noun else None
    return None


def _rate_of_relative(words: list[Word], j: int) -> str | None:
    """The rate a relative clause ranks its noun by: `재정자립도가 가장 높은 지자체는`,
    `고용률이 가장 낮은 곳은` → 재정자립도, 고용률 (word j is the clause's verb)."""
    if j < 1 or not words[j].predicate or words[j].parts[-1][1] != "ETM":
        return None
    i = j - 1
    while i >= 0 and words[i].adverb:
        i -= 1
    if i < 0 or not is_rate(words[i].stem) or not set(words[i].particles) <= {"JKS", "JX"}:
        return None
    return phrase_of(phrase_ending_at(words, i))


# ---------------------------------------------------------------------------------------------
# subject


def subject_of(doc: Doc, start: int, end: int, sent: Span) -> str | None:
    """What a count at tokens [start, end) counts, or None."""
    p = place_of(doc, start, end, sent)
    counter = _counter_itself(doc, start, end)
    if counter:
        # `한우 농가 120농가`: a name before that ends in the counter says more than it; so
        # does one after 의 that names the same thing (`107개교의 자치학교`)
        noun = kind_counted(counter)
        named = _noun_before(p)
        if named and named.endswith(noun):
            return named
        return _apposition_after(p, noun) or counter
    return (
        _named_right_before(p)
        or _noun_after(p)
        or _group_of_verb(p)
        or _noun_before(p)
        or _ranked_items(p)
        or _object_to(p)
        or _households(p)
        or _done_to(p)
        or _part_of(p)
        or _topic(p)
        or _group_of_clause(p)
        or _recipients(p)
    )


def kind_counted(counter: str) -> str:
    """The noun a self-naming counter stands for (`개교` → 학교, `농가` → 농가)."""
    return rules().self_naming_nouns.get(counter, counter)


def _apposition_after(p: Place, noun: str) -> str | None:
    """`107개교의 자치학교`: after the count's 의, a phrase whose head is the counted noun
    names the same things; `120농가의 소득` names what they have, not them."""
    if [f for f, _ in p.tail] != ["의"]:
        return None
    words = phrase_starting_at(p.words, p.last + 1)
    if words and words[-1].stem.endswith(noun):
        return phrase_of(words)
    return None


def _part_of(p: Place) -> str | None:
    """`시민 10명 중 7명이`, `귀농 가구 10가구 가운데 7가구가`: a count of a part of a count
    before it counts the same things."""
    k = p.first - 1
    if k < 1 or p.words[k].stem not in rules().partitive or not p.words[k].bare_noun:
        return None
    j = k - 1
    if p.words[j].bare_noun and after_count(p.words, j):
        # `22개 시군 가운데 15곳`: the whole names what it counts after its counter
        w = p.words[j]
        return w.stem if usable(w) or w.stem in rules().places else None
    # `10명 중`, `1만 2천 명 중`: the whole's number and counter, in one word or several
    while (
        j >= 0 and not p.words[j].particles and (p.words[j].has_number or counter_apart(p.words, j))
    ):
        j -= 1
    if j == k - 1 and _people(p) and p.words[j].bare_noun and usable(p.words[j]):
        # `수료생 가운데 300명을`, `지원자 중 40명`: a part of the people named before
        words = phrase_ending_at(p.words, j)
        head = words[-1].stem if words else ""
        if head.endswith(rules().populations) and not all(is_proper(x) for x in words):
            return phrase_of(words)
        return None
    if j == k - 1 or j < 0 or not p.words[j].bare_noun or not usable(p.words[j]):
        return None
    words = phrase_ending_at(p.words, j)
    return phrase_of(words) if words and not all(is_proper(x) for x in words) else None


_RANK_WORDS = 24  # a ranking list of a few items, each a name and its count in parentheses


def _ranked_items(p: Place) -> str | None:
    """`전주(85만명), 군산(42만명) 순으로 방문객이 많았다`: the counts in parentheses of a
    ranking count what the clause after 순으로 names."""
    k = p.last + 1
    if p.tail or p.first < 1 or p.words[p.first - 1].text not in ("(", "（"):
        return None
    if k >= len(p.words) or p.words[k].text not in (")", "）"):
        return None
    for j in range(k + 1, min(len(p.words), k + _RANK_WORDS)):
        w = p.words[j]
        if w.predicate:
            return None  # a verb before any 순: not a ranking
        if w.stem == "순" and w.particle_forms()[:1] in (["로"], ["으로"]) and j + 1 < len(p.words):
            words = phrase_starting_at(p.words, j + 1)
            nxt = p.words[j + 1 + len(words) - 1] if words else None
            if nxt is not None and set(nxt.particles) & set(TOPIC):
                return phrase_of(words)
            return None
    return None


def _households(p: Place) -> str | None:
    """`귀농한 6000가구를` → 귀농 가구: households named by what a relative clause before the
    counter says they did."""
    counter = p.counter.replace(" ", "")
    if counter not in rules().household_counters:
        return None
    k = p.first - 1
    if k < 0 or not usable(p.words[k]):
        return None
    w = p.words[k]
    # `귀농·귀촌한`, `입주하는`: a verb made of a noun, modifying the count
    if [t.split("-")[0] for _, t in w.tail[:1]] == ["XSV"] and w.parts[-1][1] == "ETM":
        return f"{w.stem} {counter}"
    return None


def same_thing_counted(unit: str, other: str) -> bool:
    """Do two counters count the same kind of thing? The same counter, or two counters of
    dwellings (`미분양 5천962호 … 1천256가구 줄어`: 호, 가구 and 세대 all count homes)."""
    homes = rules().home_counters
    return unit == other or (unit in homes and other in homes)


def opens_new_frame(doc: Doc, start: int, end: int, sent: Span) -> bool:
    """Does the sentence of a count without a subject open, before the count, with a frame that
    names a new thing (`시·군별 수급 현황에서는 고양시가 11만 명으로`)? Then what an earlier
    count counted does not carry into it (extractors/timeline.py)."""
    p = place_of(doc, start, end, sent)
    for w in p.words[: p.first]:
        forms = w.particle_forms()
        if w.stem and forms[-2:] == ["에서", "는"] and not place_like(w) and usable(w):
            return True
    return False


def counter_as_subject(unit: str) -> str | None:
    """The subject of a count whose counter names the kind of thing it counts, when neither its
    sentence nor the counts before it name one (`3만 가구에 지원한다` → 가구, `41개사와 협약` →
    기업); None for other counters (extractors/timeline.py)."""
    return rules().counter_names.get(unit)


def _own_subject(p: Place) -> bool:
    """Is the count the subject of its clause (`2명이 숨지고`, `140만 명이 찾는`)?"""
    forms = [f for f, t in p.tail if t.startswith("J")]
    k = p.last + 1
    if not p.tail and k < len(p.words) and p.words[k].stem in rules().skip_after:
        forms = p.words[k].particle_forms()  # `140만 명 이상이`
    return forms in (["이"], ["가"])


def _in_relative_clause(p: Place) -> bool:
    """`140만 명 이상이 찾는 관광지`: the count is the subject of a clause that modifies the
    noun after it, which the main clause's topic says nothing of."""
    if not _own_subject(p):
        return False
    k = p.last + 1
    if not p.tail and k < len(p.words) and p.words[k].stem in rules().skip_after:
        k += 1  # `140만 명 이상이 찾는`
    while k < len(p.words) and (p.words[k].adverb or skipped_after(p.words[k])):
        k += 1
    if k >= len(p.words):
        return False
    w = p.words[k]
    nxt = p.words[k + 1] if k + 1 < len(p.words) else None
    return w.predicate and w.parts[-1][1] == "ETM" and not (nxt and nxt.stem == "등")


def _people(p: Place) -> bool:
    """Does the count count people (`명`, whatever particle follows it)?"""
    text = "".join(w.text for w in p.words[p.first : p.last + 1])
    tail = "".join(f for f, _ in p.tail)
    if tail and text.endswith(tail):
        text = text[: -len(tail)]
    return text.endswith("명")


def _verbal_noun(w: Word) -> str | None:
    """The noun of a 하다/되다 verb (`승진했다` → 승진), when it says what people do."""
    parts = [(f, t.split("-")[0]) for f, t in w.parts]
    if len(parts) >= 2 and parts[0][1] == "NNG" and parts[1][1] == "XSV":
        return parts[0][0] if parts[0][0] in rules().group_verbs else None
    return None


def _group_of_verb(p: Place) -> str | None:
    """People counted as the subject of what they did, when the text names them only by a few
    examples or not at all: `졸업생 등 50명이 참석했다` → 참석자, `16명이 사무관으로 승진했다` →
    사무관 승진자, `11명이 취업했다` → 취업자."""
    if not _people(p) or [t for _, t in p.tail] != ["JKS"]:
        return None
    k = index_before(p)
    examples = any(w.stem == "등" for w in p.words[max(k, 0) : p.first])
    if k >= 0 and p.words[k].bare_noun and usable(p.words[k]) and not examples:
        return None  # `주민 150명이 참석했다`: the noun before names them
    k = p.last + 1
    role = None
    if (
        k + 1 < len(p.words)
        and p.words[k].stem
        and set(p.words[k].particle_forms()) & {"로", "으로"}
    ):
        role, k = p.words[k].stem, k + 1  # `사무관으로 승진`
    noun = _verbal_noun(p.words[k]) if k < len(p.words) else None
    if noun is None:
        # `한 달 동안 89만명이 찾았다`: people who come to a place are its visitors
        # not `90만 명이 찾는 해수욕장`: the subject of a relative clause names no one
        visit = k < len(p.words) and p.words[k].predicate and not role
        visit = visit and p.words[k].parts[-1][1] != "ETM"
        head = p.words[k].parts[0] if visit and p.words[k].parts else ("", "")
        return rules().visit_verbs.get(head[0]) if head[1] == "VV" else None
    return f"{role} {noun}자" if role else f"{noun}자"


def _object_to(p: Place) -> str | None:
    """The object a verb takes to or from the count: `제출서류를 4종으로 간소화`, `정원을
    30명에서 50명으로 늘린다` → 제출서류, 정원."""
    forms = [f for f, t in p.tail if t.startswith("J")]
    nxt = p.words[p.last + 1] if p.last + 1 < len(p.words) else None
    # `업소를 지난해보다 120곳 늘린 420곳으로`: the change by which the object grew
    by = not p.tail and nxt is not None and nxt.predicate and says_change(nxt)
    if not by and (not forms or forms[0] not in GOAL_PARTICLES):
        return None
    k = p.first - 1
    while k >= 0:
        w = p.words[k]
        start = w.has_number and set(w.particle_forms()) & {"에서", "부터"}
        year = w.bare_noun and w.stem in _YEAR_WORDS  # `정원을 올해 30명에서 내년 50명으로`
        compared = bool(w.stem) and w.particle_forms()[-1:] == ["보다"]  # `지난해보다`
        # `120곳 늘린 420곳으로`: the change before the new count
        change = w.predicate and says_change(w) and w.parts[-1][1] == "ETM"
        change = change and k >= 1 and p.words[k - 1].has_number and not p.words[k - 1].particles
        if change:
            k -= 2
            continue
        if compared or start or year or skipped(w) or is_when(w) or w.adverb:
            k -= 1
            continue
        if particle_only(w):
            k -= 1
            continue
        break
    if k < 0 or p.words[k].particles != ["JKO"]:
        return None
    if p.words[k].stem in rules().measures:
        # `‘청년몰’ 규모를 30곳에서 45곳으로`: the name the measure measures
        if k >= 1 and p.words[k - 1].text in _CLOSING_QUOTES:
            return _quoted(p.words, k - 1)
        return None
    words = phrase_ending_at(p.words, k)
    # a long proper noun is a compound Kiwi does not know (`착한가격업소`), not a place
    return (
        phrase_of(words) if words and not all(is_proper(x) and _short(x) for x in words) else None
    )


_YEAR_WORDS = frozenset({"올해", "내년", "지난해", "작년", "금년", "전년", "내후년", "올"})


def _done_to(p: Place) -> str | None:
    """What a count is when something is done to it, as the verb's object or passive subject:
    `836명을 채용한다`, `120명이 채용됐다` → 채용 인원; `11,542명을 지급대상자로 확정` →
    지급대상자; `300명을 대상으로 교육을 실시` → 교육 대상. The topic of such a clause is who
    does it (`센터는`), never what is counted."""
    forms = [f for f, t in p.tail if t.startswith("J")]
    k = p.last + 1
    while k < len(p.words) and (p.words[k].adverb or skipped_after(p.words[k])):
        k += 1
    headline = k < len(p.words) and not p.tail and p.words[k].bare_noun
    if headline and _people(p) and p.words[k].stem in rules().done_to_people:
        return f"{p.words[k].stem} 인원"  # a headline: `1928명 모집`, `30명 채용`
    if k >= len(p.words) or forms not in (["을"], ["를"], ["이"], ["가"]):
        return None
    j = k
    while j + 1 < len(p.words) and p.words[j].bare_noun:
        j += 1  # `38곳을 우수 기관으로`
    w = p.words[j]
    if forms[0] in ("을", "를") and w.stem and set(w.particle_forms()) & {"로", "으로"}:
        if w.stem == "대상" and j == k:
            return _aim_of(p.words, k + 1)
        nxt = _verbal_noun_of(p.words[j + 1]) if j + 1 < len(p.words) else None
        if nxt and nxt[0] in rules().designations:
            return phrase_of(phrase_ending_at(p.words, j))
        return None
    w = p.words[k]
    done = _verbal_noun_of(w)
    if done is None or done[0] not in rules().done_to_people or not _people(p):
        return None
    passive = done[1] == "되"
    if passive != (forms[0] in ("이", "가")):
        return None
    return f"{done[0]} 인원"


def _verbal_noun_of(w: Word) -> tuple[str, str] | None:
    """(noun, 하 or 되) of a verb made from a noun (`채용했다`, `채용됐다`)."""
    parts = [(f, t.split("-")[0]) for f, t in w.parts]
    if len(parts) >= 2 and parts[0][1] == "NNG" and parts[1][1] == "XSV":
        return parts[0][0], parts[1][0]
    return None


_LIGHT_VERBS = frozenset({"실시", "진행", "추진", "운영", "개최", "시행"})


def _aim_of(words: list[Word], k: int) -> str | None:
    """`… 을 대상으로 교육을 실시` → 교육 대상, `… 을 대상으로 지급` → 지급 대상: the act the
    count is the target of, named by the verb of the clause or its object."""
    obj = None
    for j in range(k, min(k + MAX_WORDS + 4, len(words))):
        w = words[j]
        if w.stem and "JKO" in w.particles and not w.has_number:
            obj = w.stem
        done = _verbal_noun_of(w)
        if done:
            noun = obj if obj and done[0] in _LIGHT_VERBS else done[0]
            return f"{noun} 대상"
        if w.predicate:
            return None
    return None


def _group_of_clause(p: Place) -> str | None:
    """People a relative clause before the count describes: `교육을 수료한 15명` → 교육 수료자."""
    k = p.first - 1
    if not _people(p) or k < 0 or p.words[k].parts[-1][1] != "ETM":
        return None
    noun = _verbal_noun(p.words[k])
    if noun is None:
        return None
    obj = p.words[k - 1] if k > 0 else None
    if obj is not None and obj.stem and "JKO" in obj.particles and not obj.has_number:
        return f"{obj.stem} {noun}자"
    return f"{noun}자"


def _recipients(p: Place) -> str | None:
    """People given something (`1,080명에게 장려금을 지원`, also an earlier item of the list:
    `2024년에는 982명, 2025년에는 1,080명에게`) → 장려금 지원 대상."""
    if not _people(p):
        return None
    dative = any(f in _DATIVE for f, _ in p.tail)
    k = p.last + 1
    if not dative and p.tail:
        return None
    while not dative and k < len(p.words) and (p.words[k].text == "," or p.words[k].has_number):
        dative = any(f in _DATIVE for f in p.words[k].particle_forms())
        k += 1
    if not dative:
        return None
    given = None
    for w in p.words[k : k + MAX_WORDS + 2]:
        if w.stem and "JKO" in w.particles and not w.has_number:
            given = w.stem
        elif w.predicate:
            parts = [(f, t.split("-")[0]) for f, t in w.parts]
            noun = parts[0][0] if len(parts) >= 2 and parts[1][1] == "XSV" else None
            if noun in rules().give_verbs:
                return f"{given} {noun} 대상" if given else f"{noun} 대상"
            return None
    return None


def _noun_after(p: Place) -> str | None:
    r = rules()
    glued = p.tail[0] if p.tail else ("", "")
    # `5개구 중`, `22개시군`: a kind of place glued to the counter; not 도, which Kiwi may read
    # as a noun where it is the particle (`제품 6개도 받았다`)
    if glued[1].startswith("NN") and glued[0] in r.places and glued[0] != "도":
        return glued[0]
    k = p.last + 1
    tail = p.tail
    # `13명(8팀)의 입주 작가`: a parenthesis between the count and its genitive
    if not tail and k < len(p.words) and p.words[k].text in ("(", "（"):
        k = closing(p.words, k) + 1
        if k < len(p.words) and not p.words[k].stem and p.words[k].particles == ["JKG"]:
            tail = [("의", "JKG")]
            p = Place(p.words, p.first, k, tail, p.counter)
    tags = [tag for _, tag in tail]
    form = "".join(f for f, _ in tail)
    genitive = tags[:1] == ["JKG"]
    # `22개였던 도 기금`: a copula with an adnominal ending makes the count describe the noun
    adnominal = bool(tags) and tags[0].startswith("VCP") and tags[-1] == "ETM"
    k = p.last + 1
    if k + 1 < len(p.words) and _reaching(p.words[k], form):
        # `7종에 달하던 제출서류`, `하루 1회 하던 검사`: a verb of amount makes the count
        # describe the noun after it
        p = Place(p.words, p.first, k, [], p.counter)
        adnominal = True
    elif tags and not (genitive or adnominal or form == "씩"):
        return None
    k = p.last + 1
    while k < len(p.words) and (p.words[k].text in r.skip_after):
        k += 1
    if k < len(p.words) and p.words[k].text[:1] in ITEM_MARKS and not tags:
        return None  # `▲청년 일자리 3천개 ▲노인 일자리`: a list mark opens the next item
    if k < len(p.words) and p.words[k].stem in r.partitive:
        return None  # `신청자 11,706명 중 농업인`: the count is part of what came before
    if k < len(p.words) and not adnominal and p.words[k].stem in r.places:
        return p.words[k].stem  # `4개 시군 양돈농장에서`, `9개 도의`: the places are counted
    if (
        k < len(p.words)
        and (p.words[k].stem in r.qualities or p.words[k].stem in r.skip_after)
        and "JKG" in p.words[k].particles
        and not genitive
    ):
        # `2만6000개 양질의 일자리`, `100명 안팎의 근로자`; but `40개 도시의 예식장`: the
        # cities are counted
        k += 1
    words = phrase_starting_at(p.words, k)
    if not words and (genitive or adnominal):
        words = _head_after(p.words, k)  # `20여개의 전국 및 도 단위 스포츠 대회`
    # `2만6천개 양질의 일자리 창출`: what happens to it is not its name; but after the count's
    # own 의 an act names a kind of it (`13명의 입주 작가`) or is what it counts (`3명의 고용`)
    # `한 차례 정비`: after a count of times the act is what is counted; but not a light verb
    # (`교육 3회 실시`, `12회 운영`) nor after a name right before the count
    before = p.words[p.first - 1] if p.first > 0 else None
    named = before is not None and (
        (before.bare_noun and usable(before)) or before.text in _CLOSING_QUOTES
    )
    times = (
        p.counter.replace(" ", "") in _TIMES
        and not named
        and bool(words)
        and words[0].stem not in _LIGHT_VERBS
    )
    if words and words[0].stem in r.actions and not (genitive or adnominal or times):
        return None
    # `1,100명의 신규 고용`: after 의 the act is what the count counts
    while words and words[-1].stem in r.actions and not (genitive or times):
        words = words[:-1]
    if not words:
        return None
    if len(words) == 1 and _people(p) and words[0].stem in r.group_verbs:
        return f"{words[0].stem}자"  # `218명의 참여로` → 참여자
    return phrase_of(_drop_measure(words))


def _reaching(w: Word, form: str) -> bool:
    """`에 달하던`, `에 이르는`, `하던`: a verb of amount in its adnominal form after a count."""
    if not w.predicate or w.parts[-1][1] != "ETM":
        return False
    head = w.parts[0][0]
    return (form == "에" and head in ("달하", "이르", "육박하")) or (not form and head == "하")


def _head_after(words: list[Word], k: int) -> list[Word]:
    """The bare nouns ending at the head of the noun phrase from word k on, across 및 and a
    leading function word."""
    j = k
    while j < len(words) and j < k + 6 and (words[j].bare_noun or words[j].text == "및"):
        j += 1
    if j >= len(words) or j == k or not usable(words[j]):
        return []
    return [w for w in phrase_ending_at(words, j) if w.start >= words[k].start]


def _named_right_before(p: Place) -> str | None:
    """`일반직공무원 806명 정기인사`, `급수인구 5만 명 이하 평가그룹`: a count with no particle
    (or 의) right after a bare noun counts that noun, whatever noun follows; but not a kind of
    place after it (`인구감소지역 11개 시군`: the places are counted)."""
    k = p.first - 1
    # `기업 20개사의 총매출액`: after 의 comes what belongs to the counted, not what is counted
    if p.tail not in ([], [("의", "JKG")]) or k < 0:
        return None
    if not p.words[k].bare_noun or not usable(p.words[k]):
        return None
    if p.words[k].stem in rules().actions or p.counter.replace(" ", "") in rules().generic_counters:
        return None  # `6개 부문`, `52개 학급`: a bare 개 needs the noun after it to say what
    after = p.words[p.last + 1] if p.last + 1 < len(p.words) else None
    if after is not None and (after.stem in rules().places or after.text in ("(", "（")):
        return None
    return _noun_before(p)


def _noun_before(p: Place) -> str | None:
    k = index_before(p)
    if k < 0:
        return None
    w = p.words[k]
    if w.text in _CLOSING_QUOTES:
        # `‘행복한 나눔냉장고’ 13곳`: a name in quotes; before people only a name of people
        # (`‘마을 안전지킴이’ 40명`), not what they attend (`‘인공지능인의 날’ 150여명 참여`)
        name = _quoted(p.words, k)
        if not _people(p) or (name and _names_people(name)):
            return name
        return None
    if w.text in (":", "：") and k >= 1 and p.words[k - 1].bare_noun:
        # `참가 인원: 300명`, `지원 규모 : 500곳`: a label of a list or table line
        words = _drop_measure(phrase_ending_at(p.words, k - 1))
        return phrase_of(words) if words and not all(is_proper(x) for x in words) else None
    if w.text in (")", "）") and k >= 3:
        # `지역 인재(리더) 30명`: a gloss in parentheses after the name
        o = next((j for j in range(k - 1, 0, -1) if p.words[j].text in ("(", "（")), 0)
        if o and p.words[o - 1].bare_noun and usable(p.words[o - 1]):
            return phrase_of(phrase_ending_at(p.words, o - 1))
        return None
    if w.bare_noun and (w.stem in rules().measures or w.stem in rules().bases):
        # `(기업 기준 약 450개사)`, `채용 규모 300명`
        return phrase_of(phrase_ending_at(p.words, k - 1)) if k > 0 else None
    if w.bare_noun:
        words = _drop_measure(phrase_ending_at(p.words, k))
        if words and not all(is_proper(x) for x in words):
            return phrase_of(words)
        return None
    # `채용 규모를 4000명`, `취업자 수는 1600명`
    if w.stem in rules().measures and w.particles:
        return phrase_of(_measured(p.words, k))
    if w.particles == ["JKO"] and _amount_of_object(p):
        # `설명회를 12차례 열`, `인턴을 50명 추가로 채용`: a bare count after the object says
        # how many of it the verb takes
        words = phrase_ending_at(p.words, k)
        if words and not all(is_proper(x) for x in words):
            return phrase_of(words)
    return None


def _amount_of_object(p: Place) -> bool:
    """A count with nothing glued after it, followed by the verb or an adverb, not a noun."""
    if any(t.startswith("J") for _, t in p.tail):
        return False
    k = p.last + 1
    if k < len(p.words) and p.words[k].stem in rules().skip_after and not p.words[k].particles:
        k += 1  # `회원을 100명 이상 모았다`
    nxt = p.words[k] if k < len(p.words) else None
    return (
        nxt is not None
        and not nxt.bare_noun
        and not nxt.has_number
        and nxt.text[:1].isalpha()
        and nxt.stem not in rules().measures
    )


def _names_people(name: str) -> bool:
    """Does a quoted name end in a word for people or a body of them (`안전지킴이`, `봉사단`)?"""
    r = rules()
    head = name.split()[-1] if name.split() else ""
    return head.endswith(r.people_heads + r.populations + r.actors)


def _measured(words: list[Word], k: int) -> list[Word]:
    """The phrase a measure word at k measures: `취업자 수` → 취업자, also across a gloss in
    parentheses (`경제활동인구(취업자+구직자) 수` → 경제활동인구)."""
    j = k - 1
    if j >= 0 and words[j].text in (")", "）"):
        o = next((i for i in range(j - 1, -1, -1) if words[i].text in ("(", "（")), -1)
        j = o - 1 if o > 0 and words[o - 1].bare_noun else -1
    return phrase_ending_at(words, j) if j >= 0 else []


_CLOSING_QUOTES = frozenset("’”'\"」』")
_OPENING_QUOTES = frozenset("‘“'\"「『")
_QUOTED_WORDS = 8  # a name in quotes is a few words long


def _quoted(words: list[Word], k: int) -> str | None:
    """The text between the quote closing at word k and the one opening it."""
    for o in range(k - 1, max(k - _QUOTED_WORDS, 0) - 1, -1):
        if words[o].text in _OPENING_QUOTES:
            if o + 1 >= k:
                return None
            doc = words[k].doc
            text = doc_text(doc)[doc[words[o + 1].start].idx : doc[words[k].start].idx].strip()
            return text or None
    return None


def _topic(p: Place) -> str | None:
    forms = [f for f, t in p.tail if t.startswith("J")]
    # `기동대는 8가구를 방문해`, `관계자들이 6세대를`: with the count as the object, a topic that
    # names people or a body is who acts; a thing stays what is counted (`특허도 52건을 얻었다`)
    done_to = forms[:1] in (["을"], ["를"]) or bool(set(forms) & _DATIVE)
    if done_to and _passes(p):
        done_to = False  # `외국인 근로자가 1만명을 넘어섰다`: the topic reached the count
    if _in_relative_clause(p):
        return None
    relative = framed = False
    for k in range(p.first - 1, -1, -1):
        w = p.words[k]
        if w.text in _SPEECH_OPENS:
            return None  # `관계자는 “… 420곳으로 늘리겠다”`: the speaker is not what is counted
        if ends_clause(p.words, k):
            return None  # `팀장이 과장으로 이동하는 등 40명이`: a verb ends the topic's clause
        if _own_subject(p) and w.stem and w.particles[-1:] == ["JKS"] and not w.has_number:
            return None  # `화재가 발생해 2명이 숨지고`: a clause has one subject
        if w.predicate and w.parts[-1][1] == "ETM":
            relative = True  # `공연이 어우러진 활동으로`: 공연 is the subject of 어우러진 only
        age = _age_topic(w)
        if age and _people(p) and not _counted_before(p, k):
            return age  # `도를 떠난 20대는 1만여 명으로`: the age group is what is counted
        glossed = _glossed_topic(p.words, k)
        if glossed and not done_to:
            return glossed  # `신규 분양(승인)은 1만 호로`: the name before its gloss
        if not w.stem or w.has_number:
            continue
        if w.stem in _CASE_WORDS and k >= 1 and p.words[k - 1].particles == ["JKG"]:
            # `기타 비경제활동인구의 경우 … 5만 9000명`: the nearest frame names what is counted;
            # a place (`서울의 경우`) leaves it to the clause's topic, past earlier frames
            words = phrase_ending_at(p.words, k - 1)
            if not framed and words and not all(is_proper(x) and _short(x) for x in words):
                return phrase_of(words)
            framed = True
            continue
        particles = set(w.particles)
        if not particles or not particles <= set(TOPIC) or w.tail[-1][1] not in TOPIC:
            continue
        if relative and "JX" not in particles:
            continue
        if (
            len(w.stem) < 2
            and w.stem not in rules().measures
            and not phrase_ending_at(p.words, k)[:-1]
        ):
            return None  # `진도 …` read as 진 + 도: a one-syllable topic alone is rarely a name
        if w.stem in rules().measures:
            words = _measured(p.words, k)
        else:
            words = phrase_ending_at(p.words, k)
        if (
            not words
            and after_count(p.words, k)
            and usable(w)
            and not is_rate(w.stem)
            and not w.stem.endswith(rules().actors)
        ):
            # `동남아 6개국 관광객도 39만명으로`: the count before only qualifies the topic; a
            # body counted so (`18개 기관은 1천 건에`) is who acts
            words = [w]
        if (
            not done_to
            and len(words) == 1
            and place_like(w)
            and not is_agency(w.stem)
            and not _counted_before(p, k)
        ):
            # `입주 인원은 강남구가 1,200명으로 가장 많고`: a place ranked by its count is an
            # item of what the topic before it names
            continue
        if not words or all(is_proper(x) for x in words) or is_agency(phrase_of(words) or ""):
            return None  # `고용노동부는 117만명에게`: the one who acts, not what is counted
        head = words[-1].stem.removesuffix("들")  # `관계자들`
        measure = w.stem in rules().measures  # `기업 수는 1만 개를 기록`: never who acts
        if done_to and not measure and head.endswith(rules().populations + rules().actors):
            return None
        j = k - len(words)
        if len(words) == 1 and j >= 1 and p.words[j].text in _CLOSING_QUOTES:
            name = _quoted(p.words, j)  # `‘농촌 일손 돕기’ 사업도 1천200명`: the name says it
            if name:
                return f"{name} {phrase_of(words)}"
        return phrase_of(words)


def _glossed_topic(words: list[Word], k: int) -> str | None:
    """A topic particle written after a gloss in parentheses (`분양(승인)은`, `귀촌(이주)이`):
    the topic is the name before the gloss; after a quote, the name quoted."""
    w = words[k]
    if not particle_only(w) or not set(w.particles) <= set(TOPIC) or k < 3:
        return None
    if words[k - 1].text in _CLOSING_QUOTES:
        return _quoted(words, k - 1)  # `‘쉬었음’ 인구는`, `‘쉬었음’은 3만 명`: the name quoted
    if words[k - 1].text not in (")", "）"):
        return None
    o = next((j for j in range(k - 2, 0, -1) if words[j].text in ("(", "（")), 0)
    if not o or not words[o - 1].bare_noun or not usable(words[o - 1]):
        return None
    named = phrase_ending_at(words, o - 1)
    if not named or all(is_proper(x) for x in named) or is_agency(phrase_of(named) or ""):
        return None
    return phrase_of(named)


_SPEECH_OPENS = frozenset("“「")
_AGE = re.compile(r"[1-9]0대|\d{1,3}세")


def _age_topic(w: Word) -> str | None:
    """An age group as a topic (`20대는`, `65세 이상은` is not: 이상 is its own word)."""
    if not w.has_number or w.particles[-1:] != ["JX"] or w.particle_forms()[-1:] == ["도"]:
        return None
    text = "".join(f for f, t in w.parts if not t.startswith("J"))
    return text if _AGE.fullmatch(text) else None


def _counted_before(p: Place, k: int) -> bool:
    """Is the word before k a bare noun (`버스 20대는`: then 대 counts vehicles)?"""
    return k >= 1 and p.words[k - 1].bare_noun


_PLACE_SYLLABLES = 3  # a place named without its 시·도 is short (서울, 경기, 충북, 남양주)


def _short(w: Word) -> bool:
    """A proper noun short enough to be a place; Kiwi also tags a long compound it does not
    know as one (`면적직불금`), and that is a thing, not a place."""
    return len(w.stem) <= _PLACE_SYLLABLES or w.stem[-1] in PLACE_SUFFIXES


_CASE_WORDS = frozenset({"경우"})


def _passes(p: Place) -> bool:
    """`1만명을 넘어섰다`, `200만 명을 돌파했다`: a verb of passing a count after it, whose
    subject is what is counted, not one who acts on it."""
    k = p.last + 1
    while k < len(p.words) and (p.words[k].adverb or skipped_after(p.words[k])):
        k += 1
    if k >= len(p.words):
        return False
    w = p.words[k]
    head = w.parts[0][0] if w.parts else ""
    return head in rules().passing or (w.stem in rules().passing and w.predicate)
    return None


def _counter_itself(doc: Doc, start: int, end: int) -> str | None:
    counter = "".join(t.text for t in doc[start:end] if t.tag_ not in ("SN", "NR", "SP"))
    for name in rules().self_naming:
        if counter.endswith(name):
            return name
    return None
