"""What a percent measures: the metric of a percentage (docs/guideline.md).

Read from the sentence's words (extractors/words.py) and the roles their particles give them,
never "the nearest noun". In order, the first rule that names something wins:

1. the nearest rate named next to it: before it (`고용률 67%`, `고용률이 67%로`, `비율은 40%`,
   across a year, `각각` or an adverb: `실업률 역시 2.6%로`), before its parenthesis
   (`취업률 상승폭 2위(71.2%)` → 취업률, `고용률(OECD 기준)은 70.3%`, `감소율(전년대비 9.1%)`),
   or after it with or without 의 (`67%의 고용률`, `0.5% 이자`, `41.5% 수준인 계약률`), also
   across a relative clause (`44.4%였던 재정자립도`, `71.5%로 최고치를 기록했던 재정자주도`);
   what a `N%의` percent is of (`3%의 가산세`), unless a population (`30%의 주민`); a rate
   with 의 is what the percent is a part of (`기준 중위소득의 32% 이하`), and so is an income
   before a threshold (`도시근로자 월평균 소득의 100% 이하`);
2. a rate the verb takes to or from the percent (`계약률을 60%까지 끌어올리고`, `비중을 5%에서
   25%까지`, `성장률 전망치를 2.1%로`), also both sides of an arrow (`반영 비율을 20→30%로`);
3. rates of money: `연 1% 저리 융자` → 연리; a share of a cost an act covers, with the cost
   when named (`보증수수료 0.5% 감면` → 보증수수료 감면율, `보험료의 80%를 지원` → 보험료
   지원율, `농가 부담 10%` → 농가 부담률; also across a note in parentheses: `항공료의 50%(1인당
   최대 60만 원)를 지원`);
4. the verb the percent is the amount of (across bases of comparison: `1년 전보다`, `전년 동월
   대비`, `전년에 비해`; after 나/만/도: `31.7%나 급증`): `20% 늘어` → 증가율, `3.3% 감소` →
   감소율, `0.5% 상승`, `올라` → 상승률, `하락`, `떨어져` → 하락률, `30% 할인` → 할인율;
   items in parentheses share the change verb after them (`화합물(76.0%)과 회로(29.5%) 등에서
   수출이 증가한`, `… 등 9개 비목에서 지출이 증가했고`, `배추(51.5%)와 무(52.2%)는 절반 넘게
   올랐다`), and a title may put the changed thing before it (`3.3% 생산 감소`);
   a signed item of a list in parentheses is a change (`금속(-9.7%)`, `반도체(+12.3%)` →
   증감률) unless what the sentence says of it names the rate (`철원군(-1.8%)도 순유출률 높은`);
5. an owner with 의: `목표의 104%` → 달성률; `수출액의 67.4%를 차지`, `전체 예산안의 21.4%`,
   `전체 면적의 42%` (a whole amount), a percent alone after an amount (`국비 30억 원(60%)`) →
   비중 (share of); a part of a whole counted in people or things (`전체의 58.4%`, `전체 빈집의
   46.2%`, `전체 건수의 88.8%를 차지`, `7만 명(33.6%)으로 가장 많았고`) stays empty;
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
A change in points (`0.7%p`, `0.2%포인트`) is never a growth rate but the clause's level rate,
or of the rate the verb takes across a base of comparison (`인상률을 4인 가구보다 0.69%p 높게`).
An index is counted in points and a price level or an income is no percent either, so a percent
that changes one is its change (`생산지수가 2.4% 늘었다` → 증가율, `기준 중위소득 6.51% 인상` →
인상률, `물가는 20%는 오른 것 같다` → 상승률); a percent in the parenthesis of what is compared
with is a level (`지난해(52.4%)보다` → the clause's rate); items before 등 and a trend take its
change (`사과(31.4%) 등 과일 값 오름세가` → 상승률); a list mark glued to the next item (`(42.1%)
▲긴 대기시간`) is no sign of change. A price that rises or falls (the noun before the percent or
the clause's topic ends in 물가, 값, 가격 …) changes by 상승률 or 하락률, whatever verb says it
(`쌀값 18.7% 뛰어`, `소비자물가 2.2%↑`, `24.6% 비싸졌다`, `12% 싸졌다`; `40% 싸게 팔기로` is a
discount, 할인율), and a level set by a decision (임금, 중위소득, 단가, 수당 …) by 인상률 or 인하율
(`최저임금은 … 4.7% 올랐다`); an index named as a topic takes the change verb at the end of its
list (`제외지수는 2.0%, … 제외지수는 1.9% 상승했다`); a prefix joins the noun of the verb
(`역성장했다` → 성장률); the span of a change is a rate of its own when no other is named
(`상승폭은 전주(0.11%)보다 0.03%포인트 커졌다`; `취업률 상승폭` stays 취업률). The walk to the
verb of a list crosses its order (`… 순으로 많이 올랐다`) and, after the subject of the items, a
base and a degree (`31개 품목이 평균보다 더 올랐다`); a rate given per month in its parenthesis is
named before it (`소득환산율(월 4.17%)`); the next place of a list after `·` or `,` takes the rate
named before the first (`재정자립도 서울 76%·전남 26%`); a bound after a percent carries its
particle and a word of now may stand before it (`자립률을 60% 이상으로`, `세율을 현행 25.3%에서
30%로`); an adverb made of a noun (`상대적으로`) names nothing new in a sentence going on with the
places of the one before. A percent with 로 may name its rate as the subject after it
(`세종은 1.5%로 상승률이 가장 낮았다`); the items that follow the first of a ranking (`… 뒤를
이었다`, `… 순이었다`) take what it measures (`follows_ranking`), unless it is a share or a signed
change, which are said of their own item only. Kiwi's reading of `낮아졌다` as 낮 + 어 + 지 is
the change 낮아지 (phrases.change_head); an act named before a percent that grows by it is that
change, not the share it covers (`청년농업인 지원 38% 확대` → 증가율); a goal noun made of 목표
(`연간 목표액(289억 원)의 108.1%`) is met as 목표 is; a rate glossed by a more precise rate in its
parenthesis is that one (`비율(노쇼율)은` → 노쇼율); an income with 이/가 before a threshold
measures it as with 의 (`원가구 소득이 100% 이하`); the walk to a list's verb crosses a clause of
leaving out (`세종을 제외한 8개 도는`). A bound glued to a percent of more or fewer after a
comparison keeps it a change (`1년 전보다 20%가량 많아` → 증가율); a concentration is a rate
(`혈중알코올농도 0.08%`); a headline's adverb of a sudden fall or rise after a percent is its change
(`우울감 38% 뚝` → 감소율, `30% 껑충` → 증가율). A goal noun between a rate and its percent is a
level of the rate (`고용률 목표 60.8%`); a charge taken to a percent is charged at it (`수수료도
1.2%에서 0.8%로`); the budget that pays a share names it (`50%를 국비로`, `국비 50%` → 국비 비중).
Items of a list may name their subject and level before their change (`사업소득이 90만원으로
1.5%, … 각각 증가했다`); a rate may be named after a ranking's order (`… 순으로 비중이 컸다`); a
level before a change in points of it is no change (`평균 13.4%, … 0.3%p 상승`); a level reckoned
net of prices (`실질임금`) rises by 상승률; a percent a list takes with 차지 takes no earlier rate
(`taken_as_share`).

Across sentences (extractors/timeline.py): a change in points takes the earlier level rate; a
percent on a list line takes the rate of the heading line above the list (`■ 재정자립도` /
`한빛시 31.5%`, `rate_of_heading`); a percent in a sentence that goes on with the ranking of the
sentence before (`이어 …`, places and figures only, or nothing new named: `continues_rate`) takes
its level rate; the next item of a list or the other end of a range takes the level rate of the
percent before it (`기준 중위소득의 32% 이하, 의료급여 40% 이하`, `150% 이하에서 200% 이하`,
`100% 이하(맞벌이는 120% 이하)`:
`follows_item`); a cell of a table, the rate its column's head or its row's label names
(`구분 | 2024년 | 2025년 | 증감률`: `cell_rate`); a percent in the parenthesis of what the
percent before it is compared with, the same rate, level or change (`1.8% 늘어 전국(1.6%)과
비슷한`, `… 늘었다. 전국(0.8%)을 웃도는`: `compared_with`). Places that are subjects of a list
share its change verb (`대구가 0.4%, 경북이 0.5% 각각 줄어`).

When no rule applies the metric stays empty. Words live in `context_rules.toml`; the noun phrases
it reads, in extractors/phrases.py.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from extractors.phrases import (
    GOAL_PARTICLES,
    ITEM_MARKS,
    SIGNS,
    TOPIC,
    Place,
    arrow_pair,
    change_head,
    closing,
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
)
from extractors.tense import rules as tense_rules
from extractors.words import MIDDLE_DOTS, Word, word_index, words_of

#: A year word (`2024년`, `’25년`, `2026년도`), which names no rate or counted thing.
YEAR_WORD = re.compile(r"[’']?\d{2,4}년도?")
_HEADING_WORDS = 6  # a heading names its topic in a few words; a longer line is prose
#: What may follow a percent that is the amount of a change: nothing, a subject particle, a
#: particle of emphasis, contrast or limit (`31.7%나 급증`, `12.3%만 늘었다`, `5%씩 올라`, `20%는
#: 오른 것 같다`), or 대 (`3%대 성장`); not 로, 까지, 에서 (`70%까지 확대`: where something goes,
#: not by how much).
_CHANGE_TAILS = frozenset(
    {"", "가", "이", "나", "이나", "만", "도", "씩", "이나마", "대", "은", "는"}
)
_COMPARE_VERBS = ("비해", "비하여", "비하면", "비교해", "비교하면", "비교하여", "비교할")
_COMPARISON_WORDS = 4  # `지난해 같은 기간보다`, `전년 같은 달에 비해`: a few words at most


#: What may follow a percent that is the share an act covers: `80%를 지원`, `50%까지 지원`.
_ACTION_TAILS = (_CHANGE_TAILS - {"은", "는"}) | {"를", "을", "까지"}


def metric_of(doc: Doc, start: int, end: int, sent: Span) -> str | None:
    """The rate a percentage at tokens [start, end) measures, or None."""
    p = place_of(doc, start, end, sent)
    compared = _compared_after_figure(p) and not _comparison_base(p)
    if compared or (_is_points(doc, end) and _gap_of_compared(p)):
        # `3.2% 올라 전국 평균(2.9%)을 0.3%포인트 웃돌았다`: what the figure is compared with,
        # and the gap between the two, measure what the figure measures, level or change, not
        # the topic (extractors/timeline.py carries it); a level with 보다 is the clause's rate
        # (`참여율은 68.1%로 지난해(52.4%)보다`, below)
        return None
    if _is_points(doc, end):
        # a change in points is a change of the rate the clause is about (`고용률은 … 0.4%p
        # 상승`), never a growth rate; with none named, the article's may carry over (timeline)
        return (
            _span_of_rate(p, _rate_named_before(p))
            or _rate_picked_from(p)
            or _rate_acted_on(p)
            or _rate_of_clause(p)
            or _rate_of_sentence(p)
        )
    r = rules()
    made = _rate_made_after(p)
    if made in (r.increase_rate, r.decrease_rate) and _signed(doc, start):
        made = r.signed  # `금속(-9.7%) 등에서 줄었으나`: a signed change in a list
    if _comparison_base(p):
        # `지난해 같은 기간(52.4%)보다 15.7%p 높아졌다`: the level compared with, not a change
        return _rate_named_before(p) or _rate_of_clause(p) or _rate_of_sentence(p)
    named = _span_of_rate(p, _rate_named_before(p))
    if named and named.endswith(r.indexes) and made is None and _topic_before(p):
        made = _index_changed(p)  # `제외지수는 2.0%, … 제외지수는 1.9% 상승했다`
    if named and named.endswith(r.indexes) and made in r.changes:
        # an index is counted in points, never in percent: a percent after it is its change
        # (`생산지수가 2.4% 늘었다` → 증가율)
        return _level_change(made, named)
    if (
        named
        and made in r.changes
        and not named.endswith((*r.changes, *r.point_rates))
        and _changed_within_clause(p)
        and not _compared_before(p)
    ):
        # `불량률 41.2% 감소`, `불량률은 41.2%, 원가는 15.8% 줄었다`: a percent (not points) that is
        # the amount of a change is the rate's relative change, not its level; not a rate of
        # interest, whose changes are points written as percent (`금리가 0.6% 인하됐다`), nor a
        # rate set beside its earlier level (`재정자립도는 전년보다 1.2% 상승`), where a percent
        # is as often the gap in points
        return _level_change(made, named)
    return (
        _rate_respectively(p)
        or named
        or _rate_named_after(p)
        or _rate_as_subject_after(p)
        or _rate_of_goal(p)
        or _rate_of_met_goal(p)
        or _annual_rate(p)
        or _share_of_source(p)
        or _rate_of_action(p)
        or _share_of_named_act(p)
        or _share_ranked(p)
        or _level_change(made, _changed_level(p))
        or _rate_compared(p)
        or _rate_described_after(p)
        or _rate_after_parenthesis(p)
        or _rate_after_order(p)
        or _rate_said_of_item(p)
        or _signed_item(doc, start, p)
        or _rate_of_owner(p)
        or _rate_of_act_topic(p)
        or _trend_of_examples(p)
        or _rate_of_clause(p)
        or _rate_of_sentence(p)
        or _rate_after_examples(p)
    )


def _span_of_rate(p: Place, named: str | None) -> str | None:
    """`고용률은 45.2%로 1.9%p 상승해 … 상승폭 2위(1.9%p)`: a lone word of how far a change went,
    bare before a rank, measures the rate its clause or sentence is about when it names one."""
    if named not in rules().spans:
        return named
    j = next((j for j in range(p.first - 1, -1, -1) if p.words[j].stem == named), None)
    bare = j is not None and not p.words[j].particles
    return (_rate_of_clause(p) or _rate_of_sentence(p) or named) if bare else named


def _changed_within_clause(p: Place) -> bool:
    """Is the change verb after the percent in its own clause, past nothing but the other
    percentages of its list (`불량률은 41.2%, 원가는 15.8% 줄었다`)? Not across a clause that ends
    first (`참가율은 64.9%(… +1.5%p)며, 취업자 수는 … 증가했다`)."""
    k = _verb_after(p)
    if k is None:
        return False
    return not any(
        ends_clause(p.words, j) or (p.words[j].has_number and "%" not in p.words[j].text)
        for j in range(p.last + 1, k)
    )


def _compared_before(p: Place) -> bool:
    """Does a base of comparison (`전년보다`, `전년 대비`, `지난해에 비해`) stand before the
    percent in its clause?"""
    for j in range(p.first - 1, -1, -1):
        if ends_clause(p.words, j):
            return False
        end = _comparison_end(p.words, j)
        if end is not None and end < p.first:
            return True
    return False


def _level_change(made: str | None, changed: str | None) -> str | None:
    """The rate of a change of a level: a price rises or falls (`쌀값 18.7% 뛰어` → 상승률), a
    level set by a decision is raised or cut (`최저임금은 … 4.7% 올랐다` → 인상률)."""
    r = rules()
    if made is None or not changed:
        return made
    up = made in (r.increase_rate, r.derived["상승"])
    down = made in (r.decrease_rate, r.derived["하락"])
    # `실질임금`: a level reckoned from others (net of prices), set by no decision: it rises
    set_level = changed.endswith(r.set_levels) and not changed.startswith(_RECKONED)
    if set_level and (up or down):
        return r.derived["인상"] if up else r.derived["인하"]
    if (changed.endswith(r.prices) or changed.startswith(_RECKONED)) and (up or down):
        return r.derived["상승"] if up else r.derived["하락"]
    return made


#: Prefixes of a level reckoned from others rather than set (`실질임금`, `실질소득`).
_RECKONED = ("실질",)


def _changed_level(p: Place) -> str | None:
    """What a percent of change changed: the noun right before it (`쌀값 18.7%`), else the
    topic of its clause (`최저임금은 시간당 9860원에서 1만320원으로 4.7%`)."""
    k = index_before(p)
    if k >= 0 and p.words[k].bare_noun:
        return p.words[k].stem
    for j in range(p.first - 1, -1, -1):
        w = p.words[j]
        if ends_clause(p.words, j) or (w.predicate and not w.stem):
            return None
        if w.stem and not w.has_number and set(w.particles) & set(TOPIC):
            return w.stem
    return None


def _topic_before(p: Place) -> bool:
    """Is the word right before the percent a topic or subject (`제외지수는 2.0%`), not an
    owner (`중위소득의 32%`) or a bare noun (`중위소득 75% 이하`)?"""
    k = index_before(p)
    if k >= 1 and particle_only(p.words[k]) and p.words[k - 1].text in (")", "）"):
        # `근원물가(식료품 및 에너지 제외지수)는 2.0%`: the particle after the gloss
        return set(p.words[k].particles) <= set(TOPIC)
    return (
        k >= 0
        and bool(p.words[k].stem)
        and set(p.words[k].particles) <= set(TOPIC)
        and bool(p.words[k].particles)
    )


def _index_changed(p: Place) -> str | None:
    """The change verb later in the clause for a percent after an index, which is counted in
    points and so changes by a percent (`근원물가 지수는 2.0%, … 지수는 1.9% 상승했다`)."""
    for k in range(p.last + 1, len(p.words)):
        w = p.words[k]
        if w.predicate and says_change(w):
            head = change_head(w)
            r = rules()
            if head in r.derived:
                return r.derived[head]
            return r.increase_rate if head.startswith(r.increase) else r.decrease_rate
        if ends_clause(p.words, k):
            return None
    return None


def _comparison_base(p: Place) -> bool:
    """A percent in the parenthesis of the thing a clause is compared with: `지난해(52.4%)보다`."""
    k = p.last + 1
    first = _after_sign(p.words, p.first)  # `기간(-3.4%)보다`: a signed level
    return (
        first >= 1
        and p.words[first - 1].text in ("(", "（")
        and k + 1 < len(p.words)
        and p.words[k].text in (")", "）")
        and particle_only(p.words[k + 1])
        and p.words[k + 1].particle_forms()[:1] == ["보다"]
    )


def _after_sign(words: list[Word], first: int) -> int:
    """The index of a number's sign when one is written before it (`(-3.4%)`), else first."""
    if first >= 1 and words[first - 1].text in SIGNS:
        return first - 1
    return first


_RESPECTIVELY = frozenset({"각각", "각"})
#: Words of the time a level stands at, between a rate and its percent (`현행 25.3%에서`).
_NOW = frozenset({"현행", "현재", "기존", "종전", "당초"})
#: Periods a rate may be given per (`월 4.17%`, `연 3.5%`).
_PERIODS = frozenset({"월", "연", "연간"})


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


def _earlier_item(p: Place, k: int) -> Place | None:
    """The place of the percent before a separator at word k (`76%·`, `76%,`), when that
    percent is the earlier item of a list of places and their percentages."""
    if k < 1 or not (p.words[k].text == "," or p.words[k].text in MIDDLE_DOTS):
        return None
    before = p.words[k - 1]
    if not (before.has_number and "%" in before.text and not before.particles):
        return None
    first = k - 1
    while first >= 1 and p.words[first - 1].has_number and not p.words[first - 1].particles:
        first -= 1
    return Place(p.words, first, k - 1, [], "%")


def _rate_acted_on(p: Place) -> str | None:
    """`대출 금리를 최대 2%p 인하한다`, `목표 고용률을 1.5%p 높인다`: a change in points of the
    rate the verb takes as its object."""
    k = p.first - 1
    while k >= 0:
        w = p.words[k]
        if skipped(w) or w.adverb or is_when(w) or YEAR_WORD.match(w.text):  # `2030년까지`
            k -= 1
        elif w.stem and w.particle_forms()[-1:] == ["보다"]:
            # `인상률을 4인 가구보다 0.69%p 높게`: the base of comparison stands between
            k -= 1
            while k >= 0 and (p.words[k].bare_noun or _bare_number(p.words[k])):
                k -= 1
        else:
            break
    if k < 0 or p.words[k].particles != ["JKO"]:
        return None
    return _rate_in(phrase_ending_at(p.words, k))


def _bare_number(w: Word) -> bool:
    """A number with nothing glued after it (`4인`, `2019년`)."""
    return w.has_number and not w.particles


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
    if k + 1 < len(words) and particle_only(words[k]) and words[k].particles == ["JKG"]:
        k += 1  # `신안군(78.2%)과 해남군(74.6%)의 고용률이`: the items own the rate
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


def _trend_of_examples(p: Place) -> str | None:
    """The trend examples in parentheses show after 등, before the topic of their sentence: `배
    (21.4%)와 감(17.9%) 등의 가격 강세로 8.5% 뛰었다` → 상승률, what the examples' prices did, not
    the index the sentence is about."""
    named = _rate_after_examples(p)
    return named if named in rules().trends.values() else None


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
        p.words[k].text == ","
        or _list_item(p.words[k])
        or _conjunction(p.words[k])
        or _marked_item(p.words[k])
    ):
        k = closing(p.words, k) + 1 if p.words[k].text in ("(", "（") else k + 1
        while (
            k < len(p.words)
            and p.words[k].stem != "등"
            and (p.words[k].bare_noun or _list_item(p.words[k]))
        ):
            k = closing(p.words, k) + 1 if p.words[k].text in ("(", "（") else k + 1
    if k >= len(p.words) or not (p.words[k].stem == "등" or _order_of_list(p.words[k])):
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


def _marked_item(w: Word) -> bool:
    """The name of the next item of a list, glued to its mark (`▲안전(100%)`)."""
    return w.text[:1] in ITEM_MARKS and w.bare_noun


def _rate_after_order(p: Place) -> str | None:
    """`경제 88.2%, 복지 74.5%, 문화 61.0% 순으로 이행률이 높았다`, also with a list mark
    before each item (`▲경제 88.2% ▲복지 74.5% … 순으로`): bare items of a ranking, then its
    order, then the rate ranked, named as the subject or topic of the clause that ranks them."""
    if p.tail:
        return None
    k = p.last + 1
    while k < len(p.words) and not _order_of_list(p.words[k]):
        w = p.words[k]
        bare_percent = w.has_number and "%" in w.text and not w.particles
        if not (w.text == "," or w.bare_noun or bare_percent):
            return None  # `… 순`: only the names of the items and their bare percentages
        k += 1
    for j in range(k + 1, min(k + 3, len(p.words))):
        w = p.words[j]
        if is_rate(w.stem) and set(w.particles) & {"JKS", "JX"}:
            return phrase_of(phrase_ending_at(p.words, j))
    return None


def _order_of_list(w: Word) -> bool:
    """`… 순으로 비중이 컸다`: the order of a ranking, after which the rate ranked is named."""
    return w.stem in _ORDER and w.particle_forms()[:1] in (["로"], ["으로"])


def _conjunction(w: Word) -> bool:
    """`와`, `과` written after an item's parenthesis: it joins the next item."""
    return bool(w.parts) and all(t == "JC" for _, t in w.parts)


def _is_points(doc: Doc, end: int) -> bool:
    """Is the percentage ending at token `end` a change in percentage points (`0.4%p`,
    `0.2%포인트`, which Kiwi may keep as one token)?"""
    return doc[end - 1].text.endswith(("p", "포인트"))


_COMPARED_WORDS = 3  # `전국(1.6%)과 비슷한 흐름`: the word of comparison a few words on


def compared_with(doc: Doc, start: int, end: int, sent: Span) -> bool:
    """Is the percent at [start, end) alone in the parenthesis of what a figure before it is
    compared with (`전국(1.6%)과 비슷한`, `전국(0.8%)을 웃도는`, `도 평균(2.1%)보다 높다`)? Then it
    measures what that figure measures (extractors/timeline.py carries it)."""
    p = place_of(doc, start, end, sent)
    return not p.tail and _compared_parenthesis(p.words, p.first, p.last)


def gap_of_compared(doc: Doc, start: int, end: int, sent: Span) -> bool:
    """Is the change in points at [start, end) the gap between a figure and what it is compared
    with in the parenthesis right before (`전국 평균(2.9%)을 0.3%포인트 웃돌았다`)? Then it is a
    gap of what both measure, a change included (extractors/timeline.py carries it)."""
    return _is_points(doc, end) and _gap_of_compared(place_of(doc, start, end, sent))


def _compared_after_figure(p: Place) -> bool:
    """Is the percent in the parenthesis of what a percent before it in its clause is compared
    with (`3.2% 올라 전국 평균(2.9%)을 웃돌았다`)?"""
    if not _compared_parenthesis(p.words, p.first, p.last):
        return False
    for j in range(p.first - 2, -1, -1):
        if "%" in p.words[j].text and p.words[j].has_number:
            return True
        if ends_clause(p.words, j) and j < p.first - 2:
            return False
    return False


def _gap_of_compared(p: Place) -> bool:
    """Is the change in points right after the parenthesis of what is compared with, the gap
    between the two (`전국 평균(2.9%)을 0.3%포인트 웃돌았다`)?"""
    k = p.first - 1
    if k < 3 or not particle_only(p.words[k]) or p.words[k - 1].text not in (")", "）"):
        return False
    inner = p.words[k - 2]
    if not (inner.has_number and "%" in inner.text) or p.words[k - 3].text not in ("(", "（"):
        return False
    return _compared_parenthesis(p.words, k - 2, k - 2)


def _compared_parenthesis(words: list[Word], first: int, last: int) -> bool:
    """Is the figure at words [first, last] alone in a parenthesis after a noun, followed by a
    particle and a word of comparison (`전국(1.6%)과 비슷한`, `평균(2.9%)을 0.3%p 웃돌았다`)?"""
    k = last + 1
    if first < 2 or words[first - 1].text not in ("(", "（") or not words[first - 2].stem:
        return False
    if k + 1 >= len(words) or words[k].text not in (")", "）"):
        return False
    particle = words[k + 1]
    if not particle_only(particle) or particle.particle_forms()[:1] not in (
        ["을"],
        ["를"],
        ["과"],
        ["와"],
        ["보다"],
    ):
        return False
    for w in words[k + 2 : k + 2 + _COMPARED_WORDS]:
        head = w.parts[0][0] if w.parts else ""
        if head in rules().comparisons or w.stem in rules().comparisons:
            return True
    return False


def cell_rate(column_head: str, row_label: str) -> str | None:
    """The rate a table's cell measures: its column's head or else its row's label, whichever
    names a rate (`증감률`, `달성률`; units in parentheses already removed)."""
    goals = tense_rules().goal_nouns
    for name in (column_head.strip(), row_label.strip()):
        words = name.split()
        if len(words) > 1 and words[-1] in goals:
            words = words[:-1]  # `고용률 목표(%)`: the goal set for a rate is a level of it
        if words and is_rate(words[-1]):
            return " ".join(words)
    return None


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
    if content and _breakdown_frame(content[0]):
        return True  # `자산군별로는 국내주식이 41.2%로 …`: the parts of what was just measured
    # a verb (`비교해도`, `기록했다`) says what the items do, it names no new thing measured
    named = [
        w
        for w in p.words
        if w.stem and not w.has_number and not w.predicate and not _names_nothing(w)
    ]
    return all(place_like(w) or _kind_of_places(w) for w in named)


def taken_as_share(doc: Doc, start: int, end: int, sent: Span) -> bool:
    """Is the percent at [start, end) the object of a verb of taking a share (`월세가 19.6%를
    차지했다`), a part of a whole named with 의, or alone in the parenthesis after a count or an
    amount (`관광·서비스 47명(24.4%)`)? Then it is a share of its item, never the level rate
    measured before it; with no owner written the text names none (guideline), so nothing is
    carried to it."""
    p = place_of(doc, start, end, sent)
    if _takes_share(p) or _part_of_whole(p) or _parenthesis_after_figure(p):
        return True
    verb = _verb_after(p)  # `자가가 57.9%, 전세가 14.8%, 월세가 19.6%를 차지했다`: the list's
    return verb is not None and _share_verb(p.words, verb)


def _part_of_whole(p: Place) -> bool:
    """Is the percent a part of a whole or of people named with 의 (`전체 순유출 인구의 71.9%에
    달했다`, `전체의 70%를 웃돌아`)? Then it is reckoned of that whole, not a level rate named
    before it."""
    k = index_before(p)
    if k < 0 or "JKG" not in p.words[k].particles:
        return False
    r = rules()
    owner = p.words[k].stem
    j = k - len(phrase_ending_at(p.words, k))
    whole = j >= 0 and p.words[j].stem in r.wholes
    return owner in r.wholes or whole or owner.endswith(r.populations)


def _takes_share(p: Place) -> bool:
    """Is the percent the object of a verb of taking a share right after it, past its note in
    parentheses (`예산의 25.8%(1,855억원)를 차지하는`) and a bound (`생산량의 40% 이상을
    차지하는`)?"""
    k = p.last + 1
    if k < len(p.words) and p.words[k].text in ("(", "（"):
        k = closing(p.words, k) + 1
    if k < len(p.words) and p.words[k].stem in _BOUNDS:
        k += 1
    return _share_verb(p.words, k)


def _share_verb(words: list[Word], k: int) -> bool:
    """A verb of taking a share at word k (`차지했다`), matched on its first morpheme."""
    return k < len(words) and bool(words[k].parts) and words[k].parts[0][0] in rules().share_verbs


def breaks_down(doc: Doc, start: int, end: int, sent: Span) -> bool:
    """Does the sentence of the percent at [start, end) open by breaking a whole down
    (`품목별로는 사과(42.1%) …`), so that its items are parts of what was measured before?"""
    p = place_of(doc, start, end, sent)
    content = [w for w in p.words if not w.punct]
    return bool(content) and _breakdown_frame(content[0])


def price_change_of_parts(metric: str | None, whole: str | None) -> str | None:
    """The change of a part of a price whose whole rose or fell (`소비자물가 2.3% 상승` /
    `품목별로는 사과(42.1%) … 등이 크게 뛰었다`): a plain rise or fall of a part is the price's."""
    r = rules()
    rise, fall = r.derived["상승"], r.derived["하락"]
    if whole not in (rise, fall):
        return None
    if metric == r.increase_rate:
        return rise
    if metric == r.decrease_rate:
        return fall
    return None


def _breakdown_frame(w: Word) -> bool:
    """`자산군별로는`, `업종별로`, `품목별로는`: a sentence that opens by breaking a whole down by
    some kind gives the parts of the figure the sentence before measured."""
    forms = w.particle_forms()
    return len(w.stem) > 1 and w.stem.endswith("별") and bool(forms) and forms[0] in ("로", "으로")


def follows_ranking(doc: Doc, start: int, end: int, sent: Span) -> bool:
    """Is the percent at [start, end) an item of a clause that follows the first of a ranking
    (`… 제주(2.8%)가 가장 많이 올랐고 서울(2.4%), 대구(2.3%)가 뒤를 이었다`, `… 순이었다`)?
    Then it measures what the percent ranked first measures (extractors/timeline.py carries it)."""
    p = place_of(doc, start, end, sent)
    for k in range(p.last + 1, len(p.words)):
        w = p.words[k]
        if w.stem == "뒤" and w.particles == ["JKO"] and k + 1 < len(p.words):
            return p.words[k + 1].parts[:1] == [("잇", "VV-I")] or (
                p.words[k + 1].parts[:1] == [("잇", "VV")]
            )
        if w.stem == "순" and (w.predicate or w.particle_forms()[:1] in (["으로"], ["로"])):
            return True  # `… 대구(2.3%) 순이었다`, `… 순으로 높았다`
        if _ranked_after(p.words, k):
            return True  # `부산(3.5%), 대구(3.3%)에 이어 세 번째로 높았다`
        if ends_clause(p.words, k):
            return False
    return False


def _ranked_after(words: list[Word], k: int) -> bool:
    """Does word k end the items a place is ranked after (`대구(3.3%)에 이어 세 번째로`): 에,
    then 이어 and an ordinal with 째?"""
    if words[k].particle_forms()[-1:] != ["에"] or k + 2 >= len(words):
        return False
    if words[k + 1].parts[:1] not in ([("잇", "VV-I")], [("잇", "VV")]):
        return False
    return any("째" in w.text for w in words[k + 2 : k + 4])


def base_of_gap(doc: Doc, start: int, end: int, sent: Span) -> bool:
    """Is the percent at [start, end) the base a gap in points right after it is reckoned from
    (`전국 평균 13.7%보다 6.1%포인트 높은`)? Then it is a level of the rate the gap is of, which
    the sentence may leave to the one before (extractors/timeline.py carries it)."""
    p = place_of(doc, start, end, sent)
    forms = [f for f, t in p.tail if t.startswith("J")]
    words, k = p.words, p.last + 1
    if forms == ["보다"]:
        return k < len(words) and _points_word(words, k)
    if _comparison_base(p):
        # `전년(64.5%)보다 6.7%p 오른`: the base in the parenthesis of the time compared with
        return k + 2 < len(words) and _points_word(words, k + 2)
    if forms in (["와", "의"], ["과", "의"]) and k + 1 < len(words):
        # `전국 평균 69.5%와의 격차도 2.5%p로`: the gap named after the base
        gap = words[k + 1]
        return words[k].stem in _GAPS and gap.has_number and "%p" in gap.text.replace("포인트", "p")
    return False


#: Nouns of the gap between two levels (`…와의 격차는 2.5%p`).
_GAPS = frozenset({"격차", "차이", "차"})


#: Bounds written after a percent (`32% 이하`, `150% 이상에서`).
_BOUNDS = frozenset({"이상", "이하", "미만", "초과", "내외"})
_ITEM_WORDS = 3  # the name of an item of a list is a few bare nouns


def follows_item(doc: Doc, start: int, end: int, sent: Span, before_end: int) -> bool:
    """Is the percent at [start, end) the next item of a list whose previous percent ends at token
    `before_end` in the same sentence, so that it measures the same rate (extractors/timeline.py
    carries it)? Yes for the other end of a range from one to the other (`기준 중위소득 150%
    이하에서 200% 이하`, `30%에서 45%로`) and for an item named by a few bare nouns after a comma
    (`기준 중위소득의 32% 이하, 의료급여 40% 이하`); not when the item names a rate of its own."""
    p = place_of(doc, start, end, sent)
    k = word_index(p.words, before_end - 1)
    if k >= p.first:
        return False
    between = p.words[k + 1 : p.first]
    forms = p.words[k].particle_forms()
    while between and between[0].stem in _BOUNDS:
        forms = between[0].particle_forms()
        between = between[1:]
    if not between:
        return bool(set(forms) & {"에서", "부터"})  # `150% 이하에서 200% 이하`
    if between[0].text in ("(", "（") and len(between) == 2:
        # `소득의 100% 이하(맞벌이는 120% 이하)`: the same threshold for another group
        return (
            between[1].stem != ""
            and set(between[1].particles) <= {"JX"}
            and bool(between[1].particles)
        )
    if not forms and _parallel_topic(p.words, k, between):
        return True
    if forms or between[0].text != "," or not 1 < len(between) <= _ITEM_WORDS + 1:
        return False
    return all(w.bare_noun and not is_rate(w.stem) and not w.has_number for w in between[1:])


def _parallel_topic(words: list[Word], k: int, between: list[Word]) -> bool:
    """`의료급여는 기준 중위소득의 40%, 주거급여는 48%`: after a percent of an owner (의), the next
    item of the list names only its own topic, and the owner is left out as said already; a
    topic that is a rate of its own (`실업률은 3%`) names a new thing."""
    if len(between) != 2 or between[0].text != ",":
        return False
    topic = between[1]
    if not topic.stem or topic.has_number or is_rate(topic.stem):
        return False
    if topic.particle_forms() not in (["은"], ["는"]):
        return False
    j = k
    while j >= 1 and words[j - 1].has_number and not words[j - 1].particles:
        j -= 1
    if j >= 1 and words[j - 1].particles == ["JKG"] and words[j - 1].stem != "":
        return True
    # `…, 주거급여는 48%, 교육급여는 50%`: an item after such an item goes on with the list
    before = j - 3
    return (
        before >= 0
        and words[before].has_number
        and "%" in words[before].text
        and not words[before].particles
        and _parallel_topic(words, before, words[before + 1 : j])
    )


def _kind_of_places(w: Word) -> bool:
    """A word for a kind of places (`7개 특·광역시 중`, `시·군`): it names no new thing measured."""
    return any(len(k) >= 2 and w.stem.endswith(k) for k in rules().places)


def share() -> str:
    """The metric of a share of a whole (비중)."""
    return rules().share


def signed_change() -> str:
    """The metric of a signed change in a list (`금속(-9.7%)` → 증감률)."""
    return rules().signed


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
    """The phrase up to the last rate word among some words (`취업률 상승폭` → 취업률); a word
    of how far a change went only when no other rate is named (`상승폭은`)."""
    spans = rules().spans
    if words and words[-1].stem.endswith(rules().surveys):
        # `만족도 조사에서는 ‘만족’ 응답이 93%로`: a survey's answers are shares of people, not
        # the rate the survey is named after
        return None
    for n in range(len(words) - 1, -1, -1):
        if is_rate(words[n].stem) and words[n].stem not in spans:
            return phrase_of(words[: n + 1])
    for n in range(len(words) - 1, -1, -1):
        if words[n].stem in spans:
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
        statistic = _rate_of_statistic(p.words, k) or _rate_of_goal_noun(p.words, k)
        if statistic:
            return statistic  # `이자율 평균 2.36%`, `고용률 목표 60.8%는`
        if w.stem in rules().funding_sources:
            return f"{w.stem} {share()}"  # `국비 50%, 도비 15%`: the share each budget pays
        phrase = phrase_ending_at(p.words, k)
        named = _rate_in(phrase)
        if named:
            return named
        earlier = _earlier_item(p, k - len(phrase))
        if earlier is not None and all(place_like(x) for x in phrase):
            # `재정자립도 서울 76%·전남 26%`: the next place of a list the rate named
            return _rate_named_before(earlier)
        o = k - len(phrase)
        if w.stem in _PERIODS and k >= 1 and p.words[k - 1].bare_noun:
            # `기준금리 연 2.50%`, `대출금리 월 0.3%`: the period a rate is given per stands
            # between the rate and its percent
            per = _rate_in(phrase_ending_at(p.words, k - 1))
            if per:
                return per
        if w.stem in _PERIODS and k >= 1 and _rate_as_topic(p.words[k - 1]):
            # `대출 금리가 연 4.8%일 경우`: the rate as subject or topic, then its period
            return phrase_of(phrase_ending_at(p.words, k - 1))
        if not phrase and w.stem in _PERIODS and k >= 1:
            o = k - 1  # `소득환산율(월 4.17%)`: a rate per month or year in the parenthesis
        if o >= 1 and p.words[o].text in ("(", "（") and is_rate(p.words[o - 1].stem):
            # `예산 감소율(전년대비 9.1%)`: what the parenthesis says of the rate before it
            return phrase_of(phrase_ending_at(p.words, o - 1))
        act = _share_word(w.stem)
        r = rules()
        if act and _rate_made_after(p) in (r.increase_rate, r.decrease_rate):
            act = None  # `청년농업인 지원 38% 확대`: the act grew by the percent, a change
        if act and p.words[k + 1].text not in ("(", "（"):  # not `배치 지원(66.8%)`, an item
            # `농가 부담 10%`, `국비 지원 50%`: the share an act covers, named before it
            before = phrase_ending_at(p.words, k - 1) if k > 0 else []
            return f"{phrase_of(before)} {act}" if before and phrase_of(before) else act
        derived = rules().derived.get(w.stem)
        return derived if derived and p.words[k + 1].text in ("(", "（") else None
    # `고용률이 67%로`; `기준 중위소득의 32% 이하`: a percent of a rate or level is of that rate
    if set(w.particles) <= {"JX", "JKS", "JKG"} and is_rate(w.stem):
        return phrase_of(phrase_ending_at(p.words, k))
    # `도시근로자 월평균 소득의 100% 이하`: a threshold set as a percent of an income
    bound = p.last + 1 < len(p.words) and p.words[p.last + 1].stem in _BOUNDS
    # `원가구 소득이 100% 이하여야`: the income with 이/가 or 은/는 before a threshold too
    owner = w.particles in (["JKG"], ["JKS"], ["JX"])
    if owner and w.stem.endswith(rules().incomes) and bound and not p.tail:
        return phrase_of(phrase_ending_at(p.words, k))
    return None


def _rate_as_topic(w: Word) -> bool:
    """A rate with 이/가 or 은/는 (`금리가`, `이자율은`)."""
    return bool(w.particles) and set(w.particles) <= {"JKS", "JX"} and is_rate(w.stem)


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
        key, act = next(((k, v) for k, v in r.made_of.items() if w.stem.endswith(k)), ("", None))
        if act and act.startswith(key) and len(w.stem) > len(key) and not is_proper(w):
            return w.stem[: -len(key)] + act  # `16.5%의 세액공제 혜택` → 세액공제율
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


def _rate_as_subject_after(p: Place) -> str | None:
    """`세종은 1.5%로 상승률이 가장 낮았다`: a percent with 로, then the rate as the subject of
    what the clause says of it."""
    forms = [f for f, t in p.tail if t.startswith("J")]
    k = p.last + 1
    if forms not in (["로"], ["으로"]) or k + 1 >= len(p.words):
        return None
    w = p.words[k]
    if w.bare_noun and is_rate(w.stem) and _rank(p.words[k + 1]):
        # `전남이 92.7%로 참여율 1위를 기록했고`: the rate the item ranks first in
        return phrase_of(phrase_ending_at(p.words, k))
    if not is_rate(w.stem) or w.particles != ["JKS"]:
        return None
    nxt = p.words[k + 1]
    if not (nxt.predicate or nxt.adverb):
        return None
    return phrase_of(phrase_ending_at(p.words, k))


def _rank(w: Word) -> bool:
    """A place in a ranking with its particle (`1위를`, `2위에`, `최하위로`)."""
    forms = [f for f, _ in w.parts]
    ranked = forms[:1] and forms[0].isdigit() and forms[1:2] == ["위"]
    return bool(ranked or w.stem in ("최하위", "최상위", "꼴찌")) and bool(w.particles)


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
    right = p.last + 2
    if not p.tail and right < len(p.words) and arrow_pair(p.words, p.last + 1):
        # `비율을 20→30%로 높여`: the left side of the pair goes where the right side goes
        forms = [f for f, t in p.words[right].tail if t.startswith("J")]
    bound = p.words[p.last + 1] if p.last + 1 < len(p.words) else None
    if not p.tail and bound is not None and bound.stem in _BOUNDS:
        forms = bound.particle_forms()  # `자립률을 60% 이상으로 끌어올리겠다`
    if not forms or forms[0] not in GOAL_PARTICLES:
        return None
    k = p.first - 1
    moved = forms[0] in ("에서", "부터")  # `1.0%에서 0.5%로`: from one level to another
    while k >= 0:
        w = p.words[k]
        start = w.has_number and "%" in w.text and set(w.particle_forms()) & {"에서", "부터"}
        moved = moved or bool(start)
        per_year = w.text == "연"  # `기준금리를 연 3.25%로`
        # `세율을 현행 25.3%에서 30%로`, `기준금리를 현재의 연 2.50%로`
        now = (w.bare_noun or w.particles == ["JKG"]) and w.stem in _NOW
        # `고용률을 지난해 45%에서 올해 48%로`: the years of the two values
        year = w.bare_noun and w.stem in tense_rules().relative
        if (
            start
            or per_year
            or now
            or year
            or skipped(w)
            or is_when(w)
            or w.adverb
            or particle_only(w)
        ):
            k -= 1
            continue
        if arrow_pair(p.words, k):
            k -= 2  # `비율을 20→30%로`: the left side of the pair
            continue
        break
    if k < 0:
        return None
    obj = p.words[k]
    base = _object_before_base(p.words, k)
    if base is not None:
        # `매입 상한가를 감정가의 83%에서 90%로`, `보조금을 투자액의 최대 30%까지 지원`: the
        # owner is what the percent is reckoned of; the object is what it sizes
        return base
    # `보증수수료도 1.2%에서 0.8%로 낮췄다`, `수수료를 0.5%로`: a charge written as a percent is
    # charged at that rate, the level the verb takes it to, as topic or object
    charge = (
        obj.stem.endswith(_CHARGES) and not is_proper(obj) and obj.particles in (["JKO"], ["JX"])
    )
    verb = next((w for w in p.words[p.last + 1 : p.last + 4] if w.predicate), None)
    if charge and not moved and verb is not None and verb.parts[0][0] in rules().actions_rate:
        # `대출이자를 연 최대 2.5%까지 지원`: how much of the charge is covered; but a charge
        # taken from one level to another is charged at both (`수수료는 1.0%에서 0.5%로 감면`)
        charge = False
    if charge:
        return phrase_of(phrase_ending_at(p.words, k))
    if obj.particles != ["JKO"]:
        return None
    if is_rate(p.words[k].stem):
        return phrase_of(phrase_ending_at(p.words, k))
    if moved and obj.stem and not is_proper(obj):
        # `충전 인센티브를 기존 10%에서 15%로 높여`: what is taken from one percent to another is
        # written in percent, whatever its noun
        return phrase_of(phrase_ending_at(p.words, k))
    # `성장률 전망치를 2.1%로 낮췄다`, `고용률 목표를 67.5%로 잡았다`
    return _rate_of_goal_noun(p.words, k) or _rate_in(phrase_ending_at(p.words, k))


def _object_before_base(words: list[Word], k: int) -> str | None:
    """The object right before an owner with 의 at word k (`상한가를 감정가의`), named by a noun
    that is no rate, place or population: what a percent of that owner sizes."""
    if words[k].particles != ["JKG"] or not words[k].stem:
        return None
    j = k - len(phrase_ending_at(words, k))
    if j < 0 or words[j].particles != ["JKO"] or not words[j].stem or is_proper(words[j]):
        return None
    if words[k].stem in rules().wholes and not is_rate(words[j].stem):
        return None  # `청년 비중을 전체의 30%까지`: a rate of the whole, but not `예산을 전체의`
    if words[j].stem.endswith(rules().populations) or words[j].stem in rules().stop:
        return None
    return phrase_of(phrase_ending_at(words, j))


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
    # `목표(2만8000개)의`, `연간 목표액(289억 원)의`: a goal noun, or one made of it
    goal = k >= 0 and words[k].stem.startswith(tuple(goals))
    if genitive and goal and words[k].bare_noun:
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
    if any(_points_word(p.words, j) for j in range(p.last + 1, k)):
        # `평균 13.4%, 전분기 대비 0.3%p 상승`: the points changed, the percent is a level
        return None
    head = change_head(p.words[k])
    text = p.words[k].text
    if head in ITEM_MARKS and opens_item(p.words[k]):
        return None
    if head == "싸":
        # `40% 싸게 팔기로`: sold cheaper, a discount; `30% 싸졌다`: became cheaper, a fall
        became = any(t.startswith("VX") for _, t in p.words[k].parts)
        return r.decrease_price if became else r.derived["싸"]
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


def _points_word(words: list[Word], j: int) -> bool:
    """A change in points at word j (`0.3%p`, `0.3%포인트`, `0.3% 포인트`)."""
    w = words[j]
    if not (w.has_number and "%" in w.text):
        return False
    glued = w.text.rstrip(",").endswith(("%p", "%P", "%포인트"))
    return glued or (j + 1 < len(words) and words[j + 1].text in ("포인트", "p"))


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
            w.text == ","
            or w.text in MIDDLE_DOTS
            or (w.has_number and "%" in w.text)
            or set(w.particles) & {"JX"}
            or (w.particles == ["JKS"] and place_like(w))
        ):
            # `운수창고업은 59.7%, 도소매업은 19.5% 증가하며`, `대구가 0.4%, 경북이 0.5% 각각
            # 줄어`: the list shares its verb
            k += 1
        elif w.bare_noun and k + 1 < len(p.words) and _list_item(p.words[k + 1]):
            k += 1  # `반도체(12.5%), 금속(8.1%) 등에서 늘었다`, `금속 9.7%, 화학 3.1% 줄어`
        elif _item_subject(p.words, k) or _item_level(p.words, k):
            # `근로소득이 300만원으로 4.1%, 사업소득이 90만원으로 1.5% 각각 증가했다`: the next
            # item's subject and the level it reached stand before its own change
            k += 1
        elif w.bare_noun and p.words[k - 1].text == "," and _item_level(p.words, k + 2):
            k += 1  # `, 사업소 예산은 3,150억원으로 6.2%`: an item's topic of two words
        elif (item := _item_name_end(p.words, k)) is not None:
            k = item  # `(4.1%), 전문·과학 및 기술서비스업(6.2%) 등에서`: a longer item name
        elif _excepting(p.words, k):
            k += 2  # `5대 광역시는 0.07%, 세종을 제외한 8개 도는 0.03% 각각 떨어졌다`
        elif w.stem in _ORDER and w.particle_forms()[:1] in (["로"], ["으로"]):
            k += 1  # `송파구(0.38%)·강남구(0.31%) 순으로 많이 올랐다`: the order of the list
        elif (skipped(w) and w.bare_noun) or w.adverb or w.text in _ADVERBIAL_VERBS or _manner(w):
            k += 1  # `고용보험료는 20%, 산재보험료는 최대 50%까지 지원`, `크게 내렸다`
        elif _joins_items(p.words, k) or _items_topic(p.words, k) or _items_place(p.words, k):
            k += 1  # `화합물(76.0%)과 인쇄회로(29.5%)`, `토목(14.8%)에서 늘어`, `(52.2%)는`
        elif w.bare_noun and k + 1 < len(p.words) and _manner(p.words[k + 1]):
            k += 2  # `(52.2%)는 절반 넘게 올랐다`: how far it changed
        elif (changed := _changed_thing(p, k)) is not None:
            k = changed  # `(29.5%) 등에서 수출이 증가한`, `3.3% 생산 감소`
        elif (
            w.particles == ["JKS"]
            and k == p.last + 1
            and p.tail[-1:]
            and p.tail[-1][1] == "JKO"
            and k + 1 < len(p.words)
            and p.words[k + 1].predicate
        ):
            k += 1  # `이용료의 90%를 도가 부담한다`: who does the act, between its object and verb
        elif _means(p.words, k) and p.tail[-1:] and p.tail[-1][1] == "JKO":
            k += 1  # `50%를 상품권으로 돌려주는`: what it is paid in, before the verb
        elif w.bare_noun and _means(p.words, k + 1) and p.tail[-1:] and p.tail[-1][1] == "JKO":
            k += 1  # `50%를 모바일 상품권으로`: a noun of the phrase of means
        else:
            break
    return k if k < len(p.words) else None


def _item_subject(words: list[Word], k: int) -> bool:
    """The subject of the next item of a list, right before its figure (`사업소득이 90만원으로`,
    `비정규직이 1만명(1.1%)`): a noun with 이/가 that names no rate, after the comma of the item
    before."""
    w = words[k]
    return (
        k >= 1
        and words[k - 1].text == ","
        and w.particles == ["JKS"]
        and bool(w.stem)
        and not w.has_number
        and not is_rate(w.stem)
        and k + 1 < len(words)
        and words[k + 1].has_number
    )


def _item_level(words: list[Word], k: int) -> bool:
    """The level an item of a list reached, with 로 before the figure of its change (`2만호로
    2.1%`, `800만명으로 2만명(1.2%)`): a figure, not the verb."""
    w = words[k]
    s = k - 1
    while s >= 1 and _bare_number(words[s]) and not words[s].stem:
        s -= 1  # `1조 2,315억원으로`: the higher groups of an amount written apart
    return (
        w.has_number
        and w.particle_forms() in (["로"], ["으로"])
        and k + 1 < len(words)
        and words[k + 1].has_number
        and s >= 1
        and bool(words[s].particles)
        and set(words[s].particles) <= set(TOPIC)
        # the item's subject opens after the comma of the item before (`, 북부는 3만호로`), not
        # after a gloss (`5분위(상위 20%) 가구는 …으로`)
        and any(x.text == "," for x in words[max(s + 1 - _ITEM_NAME_WORDS, 0) : s])
    )


def _means(words: list[Word], k: int) -> bool:
    """A noun with 로 right before a verb (`상품권으로 돌려주는`, `현금으로 지급`): what a share
    is paid in or by, an adverbial of the verb, not what the percent measures."""
    if k >= len(words):
        return False
    w = words[k]
    return (
        bool(w.stem)
        and w.stem not in _BOUNDS
        and not w.has_number
        and w.particle_forms() in (["로"], ["으로"])
        and k + 1 < len(words)
        and words[k + 1].predicate
    )


def _excepting(words: list[Word], k: int) -> bool:
    """`세종을 제외한`, `서울을 포함한`: an object and a verb of leaving out or taking in that
    describe the next item of a list."""
    if k + 1 >= len(words) or words[k].particles != ["JKO"]:
        return False
    nxt = words[k + 1]
    return nxt.predicate and nxt.parts[-1][1] == "ETM" and nxt.parts[0][0] in rules().excepting


_ITEM_PARTICLES = (["과"], ["와"], ["에서"])
#: Words of the order of a list (`… 순으로 많이 올랐다`, `… 차례로 높았다`).
_ORDER = frozenset({"순", "차례"})
# Verbs in their adverbial form that say how a change came, not what changed (`잇따라 올렸다`).
_ADVERBIAL_VERBS = frozenset({"잇따라", "잇달아", "연이어", "나란히"})


def _joins_items(words: list[Word], k: int) -> bool:
    """A particle after an item's parenthesis that joins the next item or says where the change
    was: `화합물(76.0%)과 인쇄회로(29.5%)`, `토목(14.8%)에서 늘어`."""
    return (
        k > 0
        and words[k - 1].text in (")", "）")
        and particle_only(words[k])
        and words[k].particle_forms() in _ITEM_PARTICLES
    )


def _items_topic(words: list[Word], k: int) -> bool:
    """A topic particle written after an item's parenthesis (`배추(51.5%)와 무(52.2%)는 …
    올랐다`): the items are what changed, and the verb after them says how."""
    return (
        k > 0
        and words[k - 1].text in (")", "）")
        and particle_only(words[k])
        and set(words[k].particles) <= {"JX"}
    )


def _items_place(words: list[Word], k: int) -> bool:
    """The group the items before 등 belong to, where the change was (`오락(11.3%)과
    음식(4.9%) 등 9개 비목에서 지출이 증가했고`): a noun with 에서 after 등, or after 등 and the
    group's count."""
    w = words[k]
    if not w.stem or w.has_number or w.particle_forms() != ["에서"]:
        return False
    j = k - 1
    if j >= 0 and words[j].has_number and not words[j].particles and not words[j].stem:
        j -= 1  # `9개`
    return j >= 0 and words[j].stem == "등"


def _changed_thing(p: Place, k: int) -> int | None:
    """Index of the change word after the thing that changed, when word k names it: the
    subject of the change after items in parentheses (`(29.5%) 등에서 수출이 증가한`, `(56.8%)
    부문이 크게 늘며`), or a bare noun right after the percent (`3.3% 생산 감소`, `3.3% 동반
    하락`). A rate there is what the percent measures, not a thing that changed."""
    w = p.words[k]
    if not w.stem or w.has_number or is_rate(w.stem) or w.stem in rules().stop:
        return None
    item = _item_parenthesis(p)
    while item and w.bare_noun and k + 1 < len(p.words) and p.words[k + 1].stem:
        k, w = k + 1, p.words[k + 1]  # `등 14개 시도에서 출생아 수가 늘었고`: a subject of words
        if is_rate(w.stem) or w.stem in rules().stop:
            return None
    if item and w.particles == ["JKS"]:
        j = k + 1
        while j < len(p.words) and j <= k + 3:
            compared = _comparison_end(p.words, j)
            if compared is not None:
                j = compared + 1  # `31개 품목이 평균보다 더 올랐다`
            elif p.words[j].adverb or _manner(p.words[j]):
                j += 1
            else:
                break
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
    w = p.words[k]
    if k + 1 < len(p.words) and particle_only(w) and w.particle_forms() in (["를"], ["을"]):
        k += 1  # `항공료의 50%(1인당 최대 60만 원)를 지원`: the object's particle after the note
    name = rules().actions_rate.get(p.words[k].parts[0][0])
    nominal = p.words[k].parts[1:2] and p.words[k].parts[1][1].startswith("J")
    if name is None or (nominal and k > p.last + 1):
        return None  # `30%는 … 지원을`: a noun of the clause; but `0.5% 감면을 지원`
    cost = _cost_of(p)
    return f"{cost} {name}" if cost else name


def _share_of_source(p: Place) -> str | None:
    """`설치비의 50%를 국비로, 30%를 시비로 지원`: the share of a cost a budget pays, named by
    that budget with 로 right after the percent."""
    if [f for f, t in p.tail if t.startswith("J")] not in (["를"], ["을"]):
        return None
    k = p.last + 1
    if k >= len(p.words):
        return None
    w = p.words[k]
    if w.stem not in rules().funding_sources or w.particle_forms() not in (["로"], ["으로"]):
        return None
    return f"{w.stem} {share()}"


def _share_word(stem: str) -> str | None:
    """The share a noun of an act done to a cost names (`부담` → 부담률); a compound ending in
    the act names its own (`자부담` → 자부담률)."""
    table = rules().actions_rate
    if stem in table:
        return table[stem]
    for act, name in table.items():
        if len(stem) > len(act) and stem.endswith(act):
            return stem[: -len(act)] + name
    return None


def _share_of_named_act(p: Place) -> str | None:
    """`‘…고용보험료 지원사업’(보험료의 50~80%)`, `화재공제료 지원사업(점포당 최대 16만원, 보험료의
    80%)`: a percent of a cost in the note after the name of an act done to a share of it (a
    support, a reduction) is the share that act covers."""
    k = index_before(p)
    if k < 1 or p.last + 1 >= len(p.words) or p.words[p.last + 1].text not in (")", "）"):
        return None
    owned = p.words[k].particles == ["JKG"]
    cost = _money_noun(p.words, k) if owned else None
    if owned and cost is None:
        return None
    j = k - len(phrase_ending_at(p.words, k)) if owned else k
    while j >= 0 and p.words[j].text not in ("(", "（"):
        if p.words[j].text in (")", "）") or ends_clause(p.words, j):
            return None
        j -= 1  # another note before it in the parenthesis (`점포당 최대 16만원,`)
    j -= 1
    while j >= 0 and p.words[j].punct and p.words[j].text not in (")", "）"):
        j -= 1  # the closing quote of a quoted name
    if j < 0 or not p.words[j].bare_noun:
        return None
    stem = p.words[j].stem
    for act, name in rules().actions_rate.items():
        if not stem.endswith((act, act + "사업")):
            continue
        if cost is None and stem in (act, act + "사업") and j >= 1:
            # `본인부담금 지원사업(소득 구간별 30~85%)`: the cost named in the act's name
            cost = _money_noun(p.words, j - 1) if p.words[j - 1].bare_noun else None
        return f"{cost} {name}" if cost else None
    return None


def _whole_of_part(words: list[Word], k: int) -> int | None:
    """Index of the noun a percent is picked out of with 가운데 / 중 at word k (`이자 가운데
    3%`, `이자 가운데 연 2.0%`, `이용료 1만 원 가운데 90%`), across the period of the percent and
    the amount of the whole; None when there is none."""
    if words[k].bare_noun and words[k].stem in _PERIODS and k >= 1:
        k -= 1
    if not (words[k].bare_noun and words[k].stem in rules().partitive) or k < 1:
        return None
    j = k - 1
    while j >= 1 and not words[j].particles and (words[j].has_number or words[j].text == "원"):
        j -= 1
    return j if words[j].bare_noun and not is_proper(words[j]) else None


def _rate_picked_from(p: Place) -> str | None:
    """`은행 대출 금리 가운데 최대 2%p를`: points picked out of a rate are of that rate."""
    k = index_before(p)
    whole = _whole_of_part(p.words, k) if k >= 0 else None
    if whole is None or not is_rate(p.words[whole].stem):
        return None
    return phrase_of(phrase_ending_at(p.words, whole))


def _cost_of(p: Place) -> str | None:
    k = index_before(p)
    if k < 0:
        return None
    whole = _whole_of_part(p.words, k)
    if whole is not None:
        k = whole  # `이자 가운데 3%를 지원`: a part of the cost
        if is_rate(p.words[k].stem):
            return phrase_of(phrase_ending_at(p.words, k))  # `대출 금리 가운데 1.5%를 보전`
    w = p.words[k]
    noted = _noun_before_parenthesis(p.words, k) if particle_only(w) else None
    if noted is not None and w.particles == ["JKG"] and _money_noun(p.words, noted):
        return _money_noun(p.words, noted)  # `예산(16억원)의 99%를 집행`: a note on the cost
    if (w.particles == ["JKG"] or w.bare_noun) and _money_noun(p.words, k):
        return _money_noun(p.words, k)
    for j in range(k, -1, -1):
        x = p.words[j]
        if ends_clause(p.words, j) or (x.predicate and not x.stem):
            return None
        if set(x.particles) & {"JX"} and x.stem:
            return _money_noun(p.words, j)
        if x.particles == ["JKO"] and x.stem:
            # `대출이자를 연 최대 2.5%까지 지원`: the cost is the act's object, the percent an
            # adverbial of how much of it
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
    # `목표의 104%`, `목표 대비 103.3%`, `목표(1만5천개) 대비 104.5%`
    versus = p.first >= 2 and p.words[p.first - 1].stem == "대비"
    if versus:
        k = p.first - 2
        if p.words[k].text in (")", "）"):
            k = _noun_before_parenthesis(p.words, k + 1)
            k = -1 if k is None else k
        versus = k >= 0 and p.words[k].bare_noun
        if not versus:
            k = index_before(p)  # no noun 대비 compares with: read the owner before as usual
    if versus:
        owner = p.words[k].stem
        if owner.startswith(tuple(tense_rules().goal_nouns)):
            # `목표액(8억 원) 대비 114.2%`: a goal noun made of 목표 is met as 목표 is
            return r.met_goal
        return r.of_owner.get(owner)
    if _share_of_amount(p):
        return r.share  # `국비 50억 원(50%), 지방비 40억 원(40%)`: each part's share
    if k < 0 or "JKG" not in p.words[k].particles:
        # `가운데 30대가 41%를 차지했다`: with no owner the text names no share (guideline)
        return None
    owner = p.words[k].stem
    borne = _act_topic_before(p.words, k)
    if borne:
        return borne  # `기업 부담은 인건비의 20%다`: the share of the cost the act covers
    if owner in r.of_owner:
        return r.of_owner[owner]
    if owner.endswith(r.populations):
        # `전체 응답자의 80%가`, `전체 전출자의 37.4%를 차지했고`: a part of people is no share of
        # an amount; the gold files leave it empty
        return None
    j = k - len(phrase_ending_at(p.words, k))
    # `참여자 비율이 전체의 46%에 달한다`, `청년 비중은 전체 인구의 18%다`: the rate the clause
    # is about, reckoned of the whole
    if owner in r.wholes and k >= 1 and _rate_as_subject(p.words[k - 1]):
        return phrase_of(phrase_ending_at(p.words, k - 1))
    whole = j >= 0 and p.words[j].stem in r.wholes and p.words[j].bare_noun
    if whole and j >= 1 and _rate_as_subject(p.words[j - 1]):
        return phrase_of(phrase_ending_at(p.words, j - 1))
    if not owner and k >= 1 and p.words[k - 1].text in (")", "）"):
        # `수출액(8천121만 달러)의 67.4%를 차지`: 의 written after the note in parentheses
        n = _noun_before_parenthesis(p.words, k)
        owner = p.words[n].stem if n is not None else owner
    if owner in r.wholes or not _amount_noun(owner):
        # `… 곳이 142곳으로 전체의 58.4%에 달했다`, `전체 빈집의 46.2%가`, `전체 건수의 88.8%를
        # 차지`: a part of a whole named by no amount (a count of people or things) is left
        # empty, as the gold files do
        return None
    if whole:
        return r.share  # `전체 예산안의 17.7%`: a part of a whole amount
    return r.share if _takes_share(p) else None  # `수출액의 67.4%를 차지`


def _amount_noun(stem: str) -> bool:
    """Does a noun name an amount (of money, or a quantity measured: `수출액`, `예산안`, `면적`,
    `생산량`), whose part is a share of it (비중), rather than a count of people or things?"""
    r = rules()
    return stem.endswith((*r.money_nouns, *r.amounts))


def _rate_as_subject(w: Word) -> bool:
    """A rate with 이/가 or 은/는 (`비율이`, `비중은`)."""
    return bool(w.stem) and is_rate(w.stem) and w.particles in (["JKS"], ["JX"])


def _act_topic_before(words: list[Word], k: int) -> str | None:
    """The share an act names as the topic right before the owner at word k (`기업 부담은
    인건비의`, `국비 지원은 사업비의`): `농가 부담 10%` → 농가 부담률, with the owner between."""
    j = k - len(phrase_ending_at(words, k))
    if j < 0 or words[j].particle_forms() not in (["은"], ["는"]):
        return None
    act = _share_word(words[j].stem)
    if act is None:
        return None
    before = phrase_ending_at(words, j - 1) if j > 0 and words[j - 1].bare_noun else []
    return f"{phrase_of(before)} {act}" if before and phrase_of(before) else act


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
        # a part of an amount of money is its share; a part of a count of people or things
        # (`중국이 7만 2천 명(33.6%)으로 가장 많았고`) is left empty, as the gold files do
        return r.share if p.words[k - 1].text.endswith(r.currencies) else None
    return None


def _rate_compared(p: Place) -> str | None:
    """`전년 같은 기간보다 14.3% 많았고`, `평년보다 8% 적었다`: a percent right before 많다 or
    적다, with the thing it is compared to (보다) just before it, is a change; `(34.8%)이 가장
    많았다` is not (a particle and a rank stand between)."""
    r = rules()
    if p.tail and not all(f in r.skip_after for f, _ in p.tail):
        return None  # but `20%가량 많아`: a bound glued to the percent
    k, first = p.last + 1, p.first
    if not p.tail and _parenthesis_after_figure(p) and p.words[k].text in (")", "）"):
        # `8조 원보다 7천억 원(8.4%) 많은 규모다`: the gap's amount and its percent side by side
        k, first = k + 1, p.first - 1
    while k < len(p.words) and p.words[k].text in rules().skip_after:
        k += 1  # `14% 가량 많았다`
    if k >= len(p.words) or not p.words[k].predicate:
        return None
    head = p.words[k].parts[0]
    if head[1] != "VA" or head[0] not in r.compared:
        return None
    before = p.words[max(0, first - _COMPARISON_WORDS) : first]
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


def _parenthesis_after_figure(p: Place) -> bool:
    """A percent alone in the parenthesis right after an amount or a count (`7천억 원(8.4%)`,
    `530개(8.4%)`)."""
    k = p.first - 1
    if k < 1 or p.words[k].text not in ("(", "（") or p.last + 1 >= len(p.words):
        return False
    return p.words[k - 1].has_number or (k >= 2 and p.words[k - 2].has_number)


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
    Another topic that is not a place (`실업자는`) ends the rate's reach, and so does an owner of
    the percent's own that is not a place (`응답자의 76.1%는`: a part of them)."""
    o = index_before(p)
    owner = p.words[o] if o >= 0 else None
    if owner is not None and owner.particles == ["JKG"] and owner.stem and not place_like(owner):
        return None
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
    which goes on with the rate before it; nor does an adverb made of a noun (`상대적으로`)."""
    return w.stem in rules().stop or w.stem in rules().ranks or _adverbial_noun(w)


def _adverbial_noun(w: Word) -> bool:
    """`상대적으로`, `대체로`-like words: a noun of 적 with 으로, an adverb of how."""
    stem = w.stem_parts
    return bool(stem) and stem[-1] == ("적", "XSN") and w.particle_forms() in (["으로"], ["로"])


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


_GLOSS_WORDS = 3  # a rate glossing another in parentheses is named in a few words


def _topic_rate(words: list[Word], k: int) -> str | None:
    """The rate a topic or subject word names, alone or inside its phrase."""
    w = words[k]
    if particle_only(w) and set(w.particles) & set(TOPIC):
        # `고용률(OECD 비교기준)은 70.3%`: the particle follows a parenthesis
        noun = _noun_before_parenthesis(words, k)
        if noun is not None and is_rate(words[noun].stem):
            inside = words[noun + 2 : k - 1]
            if (
                0 < len(inside) <= _GLOSS_WORDS
                and all(x.bare_noun for x in inside)
                and is_rate(inside[-1].stem)
            ):
                # `나타나지 않은 비율(노쇼율)은`, `노인의 비율(경제활동 참여율)은`: the gloss names
                # the rate, in one word or a few
                return phrase_of(inside)
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
    goal = _rate_of_goal_noun(words, k)
    if goal:
        return goal
    phrase = phrase_ending_at(words, k)
    return _rate_in(phrase) or _rate_of_relative(words, k - max(len(phrase), 1))


def _rate_of_goal_noun(words: list[Word], k: int) -> str | None:
    """`청년 고용률 목표는 44.9%`, `고용률 목표 60.8%`, `고용률 목표를 67.5%로`: the goal set
    for a rate (word k is the goal noun, with or without its particle) is a level of that rate."""
    if words[k].stem not in tense_rules().goal_nouns or k < 1 or not words[k - 1].bare_noun:
        return None
    return _rate_in(phrase_ending_at(words, k - 1))


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
