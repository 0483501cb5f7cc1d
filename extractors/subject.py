"""What a count counts: the subject of a count (docs/guideline.md).

Read from the sentence's words (extractors/words.py) and the roles their particles give them,
never "the nearest noun". In order, the first rule that names something the count can count wins:

0. things named only by examples and 등, what the verb designates them (`대곡역 일대 … 등 3곳을
   신규 공공택지로 선정` → 신규 공공택지);

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
   사무관 승진자), with what they take part in when their clause names it with 에 (`‘늘봄학교’에는
   52만명이 참여해` → 늘봄학교 참여자); a count of times spread over (`두 차례에 걸쳐 교부세를 조기
   교부했다`) counts the act of the verb after it (조기 교부); a headline act done to people,
   also with a word of how before it (`187명 현장 채용` → 현장 채용 인원); people who died or
   were hurt, also in a relative clause (`141명이 숨지고`, `2명이 숨진 사고` → 사망자, `다쳤다`
   → 부상자), and a word of how before the verb (`31만명이 중도 해지해` → 중도 해지자);
   a count of times right before the act it counts (`_act_of_times`), named with what the act
   is done to or what does it — the noun right before the count or the clause's topic — unless
   that is one who acts (`폭염특보는 1,874회 발표돼` → 폭염특보 발표, `노쇼가 3회 이상 반복되면`
   → 노쇼 반복, `119구급대는 9,600여 차례 출동했다` → 출동; `여` may stand before the counter);
   an object before it is what is done so often (`일상 관리를 11만 회 수행했다`), and a light
   verb names no act (`교육 3회 실시`);
5. the bare noun phrase right before the number (`일자리 2만6천개`, `수혜 학생 85명`,
   `주민 150여 명 등`, `남성(60만 명)`, `인재(리더) 30명`), a quoted name of things
   (`‘행복한 나눔냉장고’ 13곳`), the phrase a measure, goal, record or basis word follows
   (`정규직 채용 규모는 300명` → 정규직 채용, `취업 목표 5,000명` → 취업, `보급 실적은`, `기업
   기준 450개사` → 기업); counts in the parentheses after items where a change was count the
   subject of the change (`보건업(13만2천명), 정보통신업(7만8천명)에서 취업자가 늘었지만`);
6. the object a verb takes to or from the count, across time words and the new count before a
   change (`제출서류를 4종으로 간소화`, `지원 인원을 당초 8만명에서 9만2천명으로 1만2천명
   늘리고`);
7. what is done to the count: `836명을 채용` / `120명이 채용됐다` → 채용 인원, `300명을 대상으로
   교육을 실시` → 교육 대상, `11,542명을 지급대상자로 확정` → 지급대상자; the topic of such a
   clause is who does it, never what is counted;
8. the topic or subject of the clause (`미분양 주택은 5천962가구로`, a school year:
   `초등학교 1학년은`, an age range: `30~34세는`), not the subject of a relative clause (`공연이
   어우러진 행사에 …`);
9. people a relative clause describes (`교육을 수료한 15명` → 교육 수료자), or people given
   something (`1,080명에게 장려금을 지원`, `2024년에는 982명, …에게` → 장려금 지원 대상).
Also: after a bare 개 the noun with 의 is counted (`40개 도시의 예식장`); a part of a count counts
the same things (`시민 10명 중 7명`, `정류장 3,712곳 가운데 418곳의 위치` → 정류장, before the noun
after it), also across a relative clause that picks the part out (`229개 시군구 가운데 사망자가 많은
곳은 205곳`, `점포 가운데 농산물을 파는 612곳이`); a change right before the count it made counts
its noun (`212개 늘어난 1,450개 기업이` → 기업); a counter naming itself gives way to the topic that
names a kind of it (`복식학급은 1,380학급`, `폐교한 학교는 49개교`); a count in the parenthesis of a
time it is compared with, after the count it is compared with, counts what that one counts (`98개
시군구로 전년(101개)보다`: timeline); a topic that names people is never what a counter of countries
counts (`환자는 … 12개국에서`); a note in parentheses may stand between a count and its 의 (`체납자
7,118명(법인 2,043개 포함)의 명단`); an item's figure in parentheses is no gloss of its name
(`필리핀(22명) 등 12개국`), while a topic glossed after a quote, or measured after one, is the
quoted name (`‘악성 미분양’(준공 후 미분양)은`, `‘… 사업’ 실적은`), as is what people take part in
before a generic head (`‘신중년 아지트’ 사업에도`); residents read as proper nouns (`구민`) are
people, not a place; a long proper noun ending in a word of bodies names what the count after it
counts (`예방진화대 9,600여 명`); a one-syllable topic is a name unless its particle is 도, where
Kiwi may have cut a longer name (`통은 5만 개`, but `진도 …`); a count with 총 in the parenthesis
after the act done to a count before it counts what that one counts (`순찰차 52대 추가 배치(총
156대)`: timeline); a speaker before an opening quote, curly or straight, is never what is counted;
a count made a qualified 대상 is that (`91건을 투표 대상으로 올렸으며`); the people of an industry
Kiwi reads as a noun and a copula are named (`농업인 9,874가구` → 농업인); how long or in which turn
(`두 달째`) names nothing; a child by its order of birth is a group (`첫째아는`, read as 첫째/NR +
아: phrases.grade), and a group with a bound as the topic is named with it (`셋째아 이상은` → 셋째아
이상); a label with a colon (`참가 인원: 300명`); a list mark opens a new item (`35건 ▲배수로 정비
22건`); households named by a relative clause (`귀농한 6000가구`); a headline act names people
(`840명 모집` → 모집 인원); a bare count after an object counts it (`설명회를 12차례 열`, a quoted
object: `‘찾아가는 채용설명회’를 4차례 추가로 열`; an act with 로 after the count says how, never
what: `추가로`); a place ranked by its count is an item of the topic before it (`입주 인원은
강남구가 1,200명으로`); a topic glossed or quoted is the name before the gloss or in the quotes
(`분양(승인)은`, `‘쉬었음’은`); 대상 names a group with the noun before it (`지원 대상을`); a unit
divided by (`학교당`, `학급당 학생`) names nothing, nor do bounds (`안팎`, `남짓`), what a count is
broken down by (`연령대별 인원` → 인원, `국가별 건수`), the rest of a count (`나머지 17명`), what is
in force now (`현행 889대`), a part of a period (`30대 초반`), acts of reaching, announcing, finding
or including (`7만가구 육박`, `법인 2,043개 포함`), places joined by middle dots (`부산·강원 두 곳`)
or a verb right after the count (`5,000명 선발해`; but after a count of times, the act: `연 2회
부과되며`, `_act_of_times`), and a lone Latin letter, the mark of a list item or of a question and
its answer (`A. 2만9000개다.`), is never a name nor part of one (phrases.list_letter). A count of
people (명) never counts an industry or a school (`names_no_person`): a later rule naming people
names the people there (`학급당 학생 수는 초등학교 20.4명` → 초등학교 학생); with none, the name
stays. A long proper noun is a compound Kiwi does not know, not a place (`아이돌보미는`). A count
that is the subject of a relative clause (`140만 명이 찾는 관광지`) or of a clause with another
subject (`화재가 발생해 2명이 대피하고`) takes no topic, nor does a count done to by a topic naming
people or a body (`기동대는 8가구를 방문해`), nor a count alone in the parenthesis after an amount
(`▲그린셀테크 3,100억원(210명)` under `투자 규모는`: the count before it may carry its name).

Across sentences (extractors/timeline.py): a count with no subject takes the one of the count before
it with the same counter (호, 가구 and 세대 alike, and 곳 after a kind of places when place names
stand right before it: `15개 시도에서 … 부산·강원 두 곳에서`, not `중구에는 한 곳도`:
`same_thing_counted`, `after_places`), unless its sentence opens with a frame naming a new thing (`…
현황에서는`: `opens_new_frame`); failing that a counter of households, companies or homes names it
(`counter_as_subject`: 가구, 기업, 호 → 주택), and a name given so carries to no count of another
counter (`500호` → 주택 says nothing of `3,912가구`); a count written with decimals (`0.79명`, a
rate per person) carries only to and from such counts, never a number of people's name (`출생아는
2,611명` … `천안시(0.79명)`); a count of people at an industry or a school takes the people the
count of people before it names (`업종별로는 소매업이 29만9,642명으로` → 소매업 사업자), and so does
a group by age or generation alone that no relative clause describes (`… 취업자가 33만4천명 늘어.
반면 청년층은 16만3천명` → 청년층 취업자: `names_a_group`, `described`); a cell of a table counts
what its row's label names (`공공주택 | 8,500 | 5,400`, `row_subject`), or its column's head or the
table's title (`사업 수`, `<선령별 연안여객선 현황>`: `title_subject`, extractors/cell_meaning.py),
and nothing from prose before the table; the count of an answer counts what the question right
before it asks about (`Q. 올해 일자리 목표는?` / `A. 2만9000개다.` → 일자리, `asked_about`).

A counter that names what it counts leaves the noun after it to the next count (`30개교 학생 5천
명`); people of a quoted program before a generic head are named by the quote (`‘…’ 프로그램
참가자`); a count of times spread over with a light verb counts the object before it; an item of a
breakdown (`분야별로는 ▲공공부문 7,450개`) is its part of the whole counted before (timeline).

A frame `X을 보면` names what its items' counts count; a topic of a measure (`음식점 수는`) names a
count whose subject after it is a region (`경기가`); a part picked from things named before 가운데
needs no count of the whole (`조사 대상 상가 가운데 … 15곳`), and from two things joined with 와/과
is named by both; a bound passed describes the noun after it (`1만명이 넘는 인구`); a count given
each or only is floated off its object (`인력을 1명씩 추가 배치`).

A group by sex or age picked out of people counted before 가운데 or 중 is that group of them
(`참여자 가운데 여성은 55%인 1만 명` → 여성 참여자, `당첨자 … 가운데 20~30대가`, `75세 이상은`), and
such a part carries to no later count (timeline); a topic that owns a goal the count is brought to
(`청주는 목표를 4만개로 높였다`) and the subject of a clause closed by 자 (`투자가 잇따르자 …`) are
not counted; a rank (`상위 5개국`), a run (`석 달 연속`), an area (`해수욕장 일대`) and 기타 alone
name nothing, and people after a count of countries (`5개국 관광객`) are not what it counts; an
item of a breakdown that names no part (`▲기타 700개`) counts the whole counted before it.

When no rule applies the subject stays empty. Words live in `context_rules.toml`; the noun phrases
it reads, in extractors/phrases.py.
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
    RANGE_MARKS,
    SIGNS,
    TOPIC,
    Place,
    after_count,
    closing,
    counter_apart,
    ends_clause,
    grade,
    index_before,
    is_proper,
    is_rate,
    is_when,
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
from extractors.program_words import is_agency, name_rules
from extractors.words import Word, words_of

_DATIVE = frozenset({"에게", "께", "한테"})


def _drop_measure(words: list[Word]) -> list[Word]:
    """`정규직 채용 규모` → 정규직 채용; a lone measure word names nothing."""
    if words and words[-1].stem in rules().measures:
        return words[:-1]
    return words


#: Counters of times: what they count is the act after them (`두 차례 점검`, `3회 교육`).
_TIMES = frozenset({"회", "차례", "번"})


def _of_times(p: Place) -> bool:
    """Is the count a count of times (`3회`, `9,600여 차례`: 여 glued before the counter)?"""
    return p.counter.replace(" ", "").removeprefix("여") in _TIMES


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
        if named and noun == "학교" and _school_levels(named):
            return named  # `초·중·고 41개교`: the levels name the schools counted
        # `복식학급은 1,380학급으로`, `폐교한 학교는 49개교로`: the clause's topic names them
        topic = _topic(p)
        if topic and topic.endswith(noun):
            return topic
        # `관정 설치 지원사업 대상은 52농가다`: the topic says which of them are counted
        if topic and len(topic.split()) > 1 and topic.split()[-1] in rules().qualified_heads:
            return topic
        return _apposition_after(p, noun) or counter
    if _compared_period(p):
        # `노인일자리를 올해(109만 1천 개)보다`: the object before the time counts it too; with
        # none, the count before it says what (extractors/timeline.py carries it)
        return _object_before_time(p)
    if _total_after_act(p) or _part_in_other_counter(p) or _value_of_category(p):
        # `98개 시군구로 전년(101개)보다`, `순찰차 52대 추가 배치(총 156대)`: the count before it
        # says what (extractors/timeline.py carries it)
        return None
    where = None
    for rule in _RULES:
        named = rule(p)
        if not named or named in rules().ranks:
            continue  # `상위 5개국`: a rank says which, never what is counted
        if not _people(p) or not names_no_person(named):
            # `초등학교 20.4명` under `학급당 학생 수는`: the people of that school
            return f"{where} {named.split()[-1]}" if where else named
        where = where or named
    return where


def _school_levels(name: str) -> bool:
    """Is the name made of levels of schools joined by middle dots (`초·중·고`, `유치원·초등`)?"""
    parts = [x for x in re.split(r"[·ㆍ・]", name.split()[-1]) if x]
    return len(parts) > 1 and all(x in rules().school_levels for x in parts)


_MONTH = re.compile(r"\d{1,2}월")
#: A month or a day, and where a period begins or ends (`1월`, `5일부터`, `2일까지`).
_DAY = re.compile(r"\d{1,2}[월일](부터|까지)?")


def _compared_period(p: Place) -> bool:
    """Is the count alone in the parenthesis after a time it is compared with (`전년(101개)보다`,
    `2013년 11월(2만6천453가구) 이후`)? It counts what the count before it counts, which
    extractors/timeline.py carries."""
    k, close = p.first - 1, p.last + 1
    if k < 1 or p.words[k].text not in ("(", "（") or p.tail or close + 1 >= len(p.words):
        return False
    if p.words[close].text not in (")", "）"):
        return False
    when = p.words[k - 1]
    timely = (
        is_when(when)
        or bool(_MONTH.fullmatch(when.text))
        or (when.bare_noun and when.stem in _YEAR_WORDS)
    )
    after = p.words[close + 1]
    compared = (particle_only(after) and after.particle_forms()[:1] == ["보다"]) or (
        after.stem in ("대비", "이후", "이래")
    )
    counter = p.counter.replace(" ", "")
    # only after the count it is compared with (`98개 … 전년(101개)보다`); alone, the clause's
    # topic names it (`외래관광객은 전년(1,103만명)보다 48.4% 늘었다`)
    before = any(w.has_number and counter and counter in w.text for w in p.words[: k - 1])
    if timely and compared and before:
        return True
    # `2022년 조사(9,875호)와 비교하면`: a dated survey or count the sentence compares with,
    # opening it, is a time too; what it counted is the count said before (timeline)
    dated = when.bare_noun and k == 2 and bool(_DATED.fullmatch(p.words[0].text))
    with_ = particle_only(after) and after.particle_forms()[:1] in (["와"], ["과"])
    compares = with_ and close + 2 < len(p.words) and p.words[close + 2].stem in ("비교", "대비")
    return dated and (compared or compares)


#: A year opening a sentence before a dated survey (`2022년 조사(9,875호)와 비교하면`).
_DATED = re.compile(r"[’']?\d{2,4}년")


def _total_after_act(p: Place) -> bool:
    """Is the count alone (with 총) in the parenthesis after the act done to a count with the same
    counter before it (`암행순찰차 52대 추가 배치(총 156대)`)? It counts what that count does."""
    k, close = p.first - 1, p.last + 1
    while k >= 0 and skipped(p.words[k]) and p.words[k].text not in ("(", "（"):
        k -= 1  # `총`
    if k < 2 or p.words[k].text not in ("(", "（") or p.tail or close >= len(p.words):
        return False
    if p.words[close].text not in (")", "）") or p.words[k - 1].stem not in rules().actions:
        return False
    counter = p.counter.replace(" ", "")
    return any(w.has_number and counter and counter in w.text for w in p.words[: k - 1])


def names_a_group(name: str) -> bool:
    """Does the name name a group of people by age or generation only (`청년층`, `40대`,
    `30~34세`)? Counted after a count of people named by what they are or do (`취업자`), it counts
    the group's part of them (extractors/timeline.py: `청년층 취업자`)."""
    head = name.split()[-1]
    return bool(_AGE.fullmatch(head.split("~")[-1])) or head.endswith(rules().group_endings)


def names_a_part(name: str) -> bool:
    """Is the name one word for a group by sex or age (`남성`, `40대`, `20~30대`)? Picked out of
    people counted before it, it is a part of them and names no later count (timeline)."""
    return len(name.split()) == 1 and (name in rules().sexes or bool(_AGE_RANGE.fullmatch(name)))


def described(doc: Doc, start: int, end: int, sent: Span, name: str) -> bool:
    """Does a relative clause describe the name where the count's sentence names it before the
    count (`이 사업을 통해 취업한 중장년층은 802명으로`)? Then the name says who they are."""
    p = place_of(doc, start, end, sent)
    head = name.split()[-1]
    for k in range(p.first - 1, 0, -1):
        w = p.words[k]
        if (w.stem or w.text).endswith(head.split("~")[-1]) or w.text.startswith(head):
            before = p.words[k - 1]
            return before.predicate and before.parts[-1][1] == "ETM"
    return False


def names_no_person(name: str) -> bool:
    """Does the name name a thing that is no person — an industry or a school (`제조업`,
    `초등학교`)? A count of people (명) after one counts the people there (`제조업(-5만1천명)`,
    `초등학교 20.4명`), whom the topic, the change after the items or the count before names:
    `제조업 취업자`, `초등학교 학생`."""
    head = name.split()[-1]
    r = rules()
    return head.endswith(r.not_people) and not head.endswith(r.not_people_except)


def names_people(name: str) -> bool:
    """Does the name end in a word for people (`취업자`, `주민`, `청년층`), not for a body, a
    school or a place that people are in (`기업`, `기관`, `초등학교`, `시군`)?"""
    r = rules()
    head = name.split()[-1] if name.split() else ""
    return head.endswith(r.people_heads + r.populations) and not head.endswith(r.bodies_of_people)


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
    before it counts the same things; also across a relative clause that picks the part out
    (`229개 시군구 가운데 사망자가 출생아보다 많은 곳은 205곳`, `점포 가운데 농산물을 파는
    612곳이`)."""
    k = p.first - 1
    if k >= 1 and p.words[k].stem not in rules().partitive:
        k = _partitive_before_clause(p)
    if k < 1 or p.words[k].stem not in rules().partitive or not p.words[k].bare_noun:
        return None
    j = k - 1
    if p.words[j].bare_noun and (after_count(p.words, j) or counter_apart(p.words, j - 1)):
        # `22개 시군 가운데 15곳`, `4천여 개 점포 가운데`: the whole names what it counts after
        # its counter
        w = p.words[j]
        return w.stem if usable(w) or w.stem in rules().places else None
    # `10명 중`, `1만 2천 명 중`: the whole's number and counter, in one word or several
    while (
        j >= 0 and not p.words[j].particles and (p.words[j].has_number or counter_apart(p.words, j))
    ):
        j -= 1
    if j == k - 1 and p.words[j].bare_noun and usable(p.words[j]):
        # `수료생 가운데 300명을`, `지원자 중 40명`: a part of the people named before;
        # `조사 대상 상권 가운데 … 곳은 12곳`: a part of the things named before, uncounted
        words = phrase_ending_at(p.words, j)
        if words and _joined_before(p.words, j - len(words)):
            # `출생아와 보호자 중 1명`: a part of both things joined, named as written
            return _both_joined(p.words, j - len(words), words)
        if _people(p) and not (words and words[-1].stem.endswith(rules().populations)):
            return None
        return _common_name(words)
    if j == k - 1 or j < 0 or not p.words[j].bare_noun or not usable(p.words[j]):
        return None
    return _common_name(phrase_ending_at(p.words, j))


def _common_name(words: list[Word]) -> str | None:
    """The phrase as the name of what is counted, unless it is only proper nouns (a place, a
    body: where or who, not what)."""
    return phrase_of(words) if words and not all(is_proper(x) for x in words) else None


def _group_part(p: Place) -> str | None:
    """`참여자 가운데 여성은 55%인 1만 명`, `당첨자 3만 명 가운데 20~30대가 1만 명`, `… 중 75세
    이상은`: a group by sex or age picked out of people named before 가운데 or 중 is counted as
    that group of them (`여성 참여자`), as a group after a count of people is (timeline)."""
    if not _people(p):
        return None
    k = p.first - 1
    while k >= 1 and (skipped(p.words[k]) or p.words[k].text in ("약", "총")):
        k -= 1  # `약 46만 명`
    if k >= 1 and "%" in p.words[k].text:
        k -= 1  # `55%인 1만 명`: the share glosses the count
    if k < 1:
        return None
    w = p.words[k]
    if not w.particles or not set(w.particles) <= set(TOPIC) or w.particle_forms() == ["도"]:
        return None
    bound = ""
    if w.stem in _GROUP_BOUNDS and k >= 2:
        bound, k = f" {w.stem}", k - 1  # `75세 이상은`
        w = p.words[k]
    text = "".join(f for f, t in w.parts if not t.startswith("J"))
    if k >= 3 and p.words[k - 1].text in RANGE_MARKS and p.words[k - 2].has_number:
        text, k = f"{p.words[k - 2].text}~{text}", k - 2  # `20 ~ 30대가`, as Kiwi splits it
    if not (_AGE_RANGE.fullmatch(text) or (not bound and text in rules().sexes)):
        return None
    if p.words[k - 1].stem not in rules().partitive:
        return None
    whole = _part_of(Place(p.words, k, p.last, p.tail, p.counter))
    return f"{text}{bound} {whole}" if whole else f"{text}{bound}"


def _joined_before(words: list[Word], o: int) -> bool:
    """Is word o a comma, a middle dot or a noun with 와/과 that joins the phrase after it to
    another thing?"""
    return o >= 0 and (words[o].text in (",", "·") or "JC" in words[o].particles)


def _both_joined(words: list[Word], o: int, phrase: list[Word]) -> str | None:
    """`출생아와 보호자`: one noun joined with 와/과 to the phrase after it names the whole a part
    is picked from, as written; a list of more (commas, dots) has no one name."""
    w = words[o]
    first = o == 0 or not words[o - 1].bare_noun
    if "JC" not in w.particles or not first or not usable(w) or is_proper(w):
        return None
    named = phrase_of(phrase)
    return f"{w.text} {named}" if named else None


#: The digits and number words of a count, leaving its counter (`480명` → 명, `1만 2천 명` → 명).
_NUMBER_PART = re.compile(r"^[\d,.\s만천백십억조여]+")


def _value_of_category(p: Place) -> bool:
    """`폐업 사유는 ‘사업 부진’이 50만 명으로 가장 많았다`: the subject before the count is a value
    of the category the clause's topic names (a reason, a kind), not what is counted; the count
    before it says what (extractors/timeline.py carries it)."""
    k = index_before(p)
    if k < 1:
        return False
    w = p.words[k]
    if particle_only(w) and p.words[k - 1].text in _CLOSING_QUOTES:
        k = next((j for j in range(k - 2, -1, -1) if p.words[j].text in _OPENING_QUOTES), -1)
    elif "JKS" in w.particles and w.stem:
        k -= len(phrase_ending_at(p.words, k)) - 1
    else:
        return False
    topic = p.words[k - 1] if k >= 1 else None
    return (
        topic is not None
        and topic.stem in rules().categories
        and set(topic.particles) <= {"JX"}
        and bool(topic.particles)
    )


def _group_turned_to(p: Place) -> str | None:
    """`중장년층에는 ‘…’으로 900명에게 재취업 교육을 연계한다`: the people a sentence turned to a
    group gives something to are of that group."""
    if not set(f for f, t in p.tail if t.startswith("J")) & _DATIVE:
        return None
    for k in range(p.first - 1, -1, -1):
        w = p.words[k]
        if ends_clause(p.words, k):
            return None
        if w.stem and w.particle_forms()[-2:] == ["에", "는"] and names_a_group(w.stem):
            return phrase_of(phrase_ending_at(p.words, k)) or w.stem
    return None


def _part_in_other_counter(p: Place) -> bool:
    """`참가자 480명 가운데 112쌍이 커플이 됐고`: a count after 가운데/중 of a count in another
    counter is no part of the same things (pairs of people are not people); what it counts is
    left unnamed rather than taken from the whole or the topic."""
    k = p.first - 1
    if k < 1 or p.words[k].stem not in rules().partitive or not p.words[k].bare_noun:
        return False
    j = k - 1
    while (
        j >= 0 and not p.words[j].particles and (p.words[j].has_number or counter_apart(p.words, j))
    ):
        j -= 1
    whole = _NUMBER_PART.sub("", "".join(w.text for w in p.words[j + 1 : k]))
    part = p.counter.replace(" ", "")
    return bool(whole and part) and whole != part and not same_thing_counted(part, whole)


def _change_before_count(p: Place) -> str | None:
    """`지난해보다 212개 늘어난 1,450개 기업이`: a change right before the count it made counts
    what that count counts, the noun after it (with the same counter)."""
    k = p.last + 1
    if p.tail or k + 2 >= len(p.words):
        return None
    w = p.words[k]
    if not (w.predicate and says_change(w) and w.parts[-1][1] == "ETM"):
        return None
    j = k + 1
    while j < len(p.words) and p.words[j].has_number and not p.words[j].text.endswith(p.counter):
        j += 1  # `1만 2,300개`: a number written in several words
    counter = p.counter.replace(" ", "")
    if j + 1 >= len(p.words) or not counter or not p.words[j].text.endswith(counter):
        return None
    if p.words[j].particles:
        return None  # `120곳 늘린 420곳으로`: the new count says where it went, not what
    words = phrase_starting_at(p.words, j + 1)
    if not words or all(is_proper(x) and _short(x) for x in words):
        return None
    return phrase_of(_drop_measure(words))


_PICKING_WORDS = 8  # `… 가운데 사망자가 출생아보다 많은 곳은`: a short relative clause


def _partitive_before_clause(p: Place) -> int:
    """Index of the 가운데 / 중 before a relative clause that ends right before the count, alone
    (`… 가운데 농산물을 파는 612곳이`) or on a place word that is the count's topic (`… 가운데
    인구가 늘어난 곳은 64곳에`); -1 when there is none."""
    k = p.first - 1
    while k >= 2 and (_aside(p.words, k) or _including(p.words, k) or _named_place(p.words, k)):
        # `… 곳은 전국 12곳으로`, `… 곳은 화순군을 포함해 세 곳뿐이다`, `… 곳은 강서구와 기장군
        # 2곳이다`: where, what is among them, the places named
        k -= 2 if _including(p.words, k) else 1
    if k >= 0 and p.words[k].stem in _PLACE_WORDS and set(p.words[k].particles) <= set(TOPIC):
        k -= 1  # `곳은`
    if k < 1 or not p.words[k].predicate or p.words[k].parts[-1][1] != "ETM":
        return -1
    for j in range(k - 1, max(k - _PICKING_WORDS, 0) - 1, -1):
        w = p.words[j]
        if w.stem in rules().partitive and w.bare_noun:
            return j
        if ends_clause(p.words, j) or (
            w.has_number and "%" not in w.text and not _threshold(p.words, j)
        ):
            # a percent may stand in the clause (`공실률이 30%를 넘는 곳은`), and a count the
            # clause's verb measures the places by (`수령자가 1,000명을 넘는 곳은`)
            return -1
    return -1


def _named_place(words: list[Word], k: int) -> bool:
    """A place named as an example between a topic and its count, bare or joined by 와/과
    (`강서구와 기장군 2곳`)."""
    w = words[k]
    return place_like(w) and (w.bare_noun or w.particles == ["JC"])


def _threshold(words: list[Word], j: int) -> bool:
    """Is the number at word j an object or subject of the clause's verb, its counter glued or
    written apart (`1,000명을 넘는`, `1천 가구를 넘는`), not a count of its own?"""
    for w in words[j : j + 2]:
        if set(w.particles) & {"JKO", "JKS"}:
            return True
        if w is not words[j] or not w.has_number:
            break
    return False


def _aside(words: list[Word], k: int) -> bool:
    """A bare function word of where between a topic and its count (`전국`, `도내`)."""
    return words[k].bare_noun and words[k].stem in rules().stop and not words[k].has_number


def _including(words: list[Word], k: int) -> bool:
    """`화순군을 포함해`, `서울을 제외하고`: an object and a verb of taking in or leaving out."""
    w = words[k]
    return (
        w.predicate
        and w.parts[0][0] in rules().excepting
        and w.parts[-1][1].startswith("EC")
        and words[k - 1].particles == ["JKO"]
    )


#: A topic broken down by a kind opens its sentence within a few words (`관광지별 입장객은`).
_OPENING_WORDS = 4
#: Bound nouns of a place or thing a relative clause picks out (`인구가 늘어난 곳은`).
_PLACE_WORDS = frozenset({"곳", "것", "데"})
_RANK_WORDS = 24  # a ranking list of a few items, each a name and its count in parentheses


def _items_of_topic(p: Place) -> str | None:
    """`시·도별 인구는 경기(1,370만 명), 서울(931만 명) …`: counts in the parentheses of a list of
    items after a topic that names what is counted count that, not the item (a place or a
    field whose own figure it is)."""
    k = p.last + 1
    if p.tail or p.first < 2 or p.words[p.first - 1].text not in ("(", "（"):
        return None
    if k >= len(p.words) or p.words[k].text not in (")", "）"):
        return None
    item = p.words[p.first - 2]
    if not item.bare_noun:
        return None
    listed = k + 1 < len(p.words) and p.words[k + 1].text in (",", "、")
    listed = listed or (p.first >= 3 and p.words[p.first - 3].text in (",", "、"))
    if not listed:
        return None
    j = p.first - 3
    while j >= 0 and p.words[j].bare_noun:
        j -= 1  # the item's own name of several words
    if j >= 0 and not _is_topic_word(p.words[j]):
        # `관광지별 입장객은 케이블카가 241만 명으로 1위를 차지했고, 오동도(198만 명), …`: the
        # later items of a sentence that opens with a topic broken down by a kind count it too
        return next(
            (
                named
                for i in range(j, 0, -1)
                if (named := _broken_down_topic_before(p, i)) and i - 1 <= _OPENING_WORDS
            ),
            None,
        )
    if j < 0 or not _is_topic_word(p.words[j]):
        return None
    words = phrase_ending_at(p.words, j)
    if not words or all(is_proper(x) or x.stem in rules().places for x in words):
        return None
    return phrase_of(words)


def _is_topic_word(w: Word) -> bool:
    return bool(w.stem) and w.particle_forms() in (["은"], ["는"]) and not w.has_number


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


def after_places(doc: Doc, start: int, end: int, sent: Span) -> bool:
    """Do place names stand right before the count, as the places it counts (`부산·강원 두 곳에서`)?
    Not a place where something is (`중구에는 한 곳도`)."""
    p = place_of(doc, start, end, sent)
    k = index_before(p)
    return k >= 0 and p.words[k].bare_noun and place_like(p.words[k])


#: Words of a whole between 등 and the total of a list (`등 모두 247곳`, `등 총 6,200대`).
_TOTAL_WORDS = frozenset({"모두", "총", "약", "합계", "전체"})


def total_of_items(doc: Doc, start: int, end: int, sent: Span) -> bool:
    """Is the count the total after a list of counts closed by 등 (`숙박업소 62곳, 음식점 148곳,
    카페·체험장 37곳 등 모두 247곳`)? It counts no item of the list, the last one included
    (extractors/timeline.py carries no name from them)."""
    p = place_of(doc, start, end, sent)
    k = p.first - 1
    while k >= 0 and p.words[k].text in _TOTAL_WORDS:
        k -= 1
    if k < 1 or p.words[k].text != "등":
        return False
    return p.words[k - 1].has_number


def same_thing_counted(unit: str, other: str, other_subject: str | None = None) -> bool:
    """Do two counters count the same kind of thing? The same counter, two counters of
    dwellings (`미분양 5천962호 … 1천256가구 줄어`: 호, 가구 and 세대 all count homes), or a count
    of places (곳) after a count of a kind of places (`15개 시도에서 … 부산·강원 두 곳에서`)."""
    homes = rules().home_counters
    if unit == other or (unit in homes and other in homes):
        return True
    return unit == _PLACES_COUNTER and other_subject in rules().places


_PLACES_COUNTER = "곳"


def opens_new_frame(doc: Doc, start: int, end: int, sent: Span) -> bool:
    """Does the sentence of a count without a subject open, before the count, with a frame that
    names a new thing (`시·군별 수급 현황에서는 고양시가 11만 명으로`)? Then what an earlier
    count counted does not carry into it (extractors/timeline.py)."""
    p = place_of(doc, start, end, sent)
    for w in p.words[: p.first]:
        forms = w.particle_forms()
        if w.stem and forms[-2:] == ["에서", "는"] and not place_like(w) and usable(w):
            return True
        if w.stem and forms[-2:] == ["에", "는"] and names_a_group(w.stem):
            return True  # `중장년층에는 … 900명에게`: a group the sentence turns to
    return False


def row_subject(doc: Doc, start_char: int, end_char: int) -> str | None:
    """What the counts of a table row count, from the row's label between the two characters
    (`공공주택 | 8,500 | 5,400` → 공공주택, `일자리 목표 | 28,000` → 일자리); None for a label that
    names nothing (`전체`, `합계`, `구분`, a place) (extractors/timeline.py)."""
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    words = words_of(doc, span)
    measured = False
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        if w.bare_noun and w.stem in rules().measures and k > 0 and not measured:
            measured = True
            continue  # `출생아 수`, `화재 건수`: the measure names what the noun before counts
        if w.bare_noun and usable(w) and w.stem not in rules().actions:
            named = phrase_ending_at(words, k)
            # a long proper noun is a compound Kiwi does not know (`공공주택`), not a place
            if named and not all(is_proper(x) and _short(x) for x in named):
                return phrase_of(named)
            return None
        if w.stem and w.stem not in rules().stop:
            return None  # a word that is not a name of things and not a function word
    return None


def title_subject(doc: Doc, start_char: int, end_char: int) -> str | None:
    """What a table's title between the two characters names as counted (`<업종별 사고사망자
    현황>` → 사고사망자, `<최근 2년 화재 발생 현황>` → 화재): the nouns after the last `…별`
    word (what the rows break it down by), without the title's closing word of status (`현황`,
    `실적`, `추이`) and an act (`발생`). Only a title that ends in such a word or names a
    breakdown says what its cells count; None for any other line (`신규 공공택지 공급 계획`)
    (extractors/cell_meaning.py)."""
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    words = words_of(doc, span)
    r = rules()
    breaks = [k for k, w in enumerate(words) if w.stem.endswith("별") and len(w.stem) > 1]
    if breaks:
        words = words[breaks[-1] + 1 :]
    k = len(words) - 1
    while k >= 0 and words[k].punct:
        k -= 1
    if k < 0 or not (breaks or words[k].stem in r.table_titles):
        return None
    while (
        k >= 0
        and words[k].bare_noun
        and (words[k].stem in r.table_titles or words[k].stem in r.measures)
    ):
        k -= 1  # `… 현황`, `… 건수 현황`
    if k >= 2 and is_rate(words[k].stem) and words[k - 1].text in ("및", "·", "와", "과"):
        k -= 2  # `인구 및 비중 변화`: a rate beside the count names nothing it counts
    act = k
    while k >= 0 and words[k].bare_noun and words[k].stem in r.actions:
        k -= 1  # `산불 발생`: the act of what it counts
    if k < 0 or not words[k].bare_noun or not usable(words[k]):
        k = act  # `유형별 이용 건수`: the act alone names what is counted
    if k < 0 or not words[k].bare_noun or not usable(words[k]):
        return None
    named = phrase_ending_at(words, k)
    if not named or all(is_proper(x) and _short(x) for x in named):
        return None
    return phrase_of(named)


def rows_break_down(doc: Doc, start_char: int, end_char: int) -> bool:
    """Does a table's title between the two characters name what its rows break it down by
    (`<권리별 출원 현황>`, `<도서관 유형별 …>`), not a time its columns run through (`<연도별 …>`)?
    Then a row's label is a value of the breakdown, and its cells count what the title counts of
    it (extractors/cell_meaning.py)."""
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    for w in words_of(doc, span):
        if w.stem.endswith("별") and len(w.stem) > 1:
            return w.stem.removesuffix("별") not in rules().time_breakdowns
    return False


def asked_about(doc: Doc, question: Span) -> str | None:
    """What a question asks the number of, for the count of the answer after it
    (extractors/timeline.py): its topic, a measure or goal word dropped (`Q. 올해 일자리 목표는?`
    → 일자리, `신청자 수는?` → 신청자)."""
    words = words_of(doc, question)
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        if not w.stem or w.has_number or not set(w.particles) & set(TOPIC):
            continue
        named = _measured(words, k) if w.stem in rules().measures else phrase_ending_at(words, k)
        if named and not all(is_proper(x) and _short(x) for x in named):
            return phrase_of(named)
        return None
    return None


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
    # a headline drops the subject's particle (`축제 5만명 찾아`); the verbs below take no object
    if not _people(p) or [t for _, t in p.tail] not in (["JKS"], []):
        return None
    k = index_before(p)
    examples = any(w.stem == "등" for w in p.words[max(k, 0) : p.first])
    if (
        k >= 0
        and p.words[k].bare_noun
        and usable(p.words[k])
        and not examples
        and not names_no_person(p.words[k].stem)
    ):
        return None  # `주민 150명이 참석했다`: the noun before names them (not `축제 5만명`)
    if (
        k >= 0
        and p.words[k].particle_forms() in (["은"], ["는"])
        and p.words[k].stem
        and not is_proper(p.words[k])
        and _names_people(p.words[k].stem)
    ):
        return None  # `청년농업인은 153명이 참여했다`: the topic names the people (_topic)
    k = p.last + 1
    role = manner = None
    if (
        k + 1 < len(p.words)
        and p.words[k].stem
        and set(p.words[k].particle_forms()) & {"로", "으로"}
    ):
        role, k = p.words[k].stem, k + 1  # `사무관으로 승진`
    elif (
        k + 1 < len(p.words)
        and p.words[k].bare_noun
        and usable(p.words[k])
        and _verbal_noun(p.words[k + 1])
    ):
        manner, k = p.words[k].stem, k + 1  # `31만명이 중도 해지해` → 중도 해지자
    noun = _verbal_noun(p.words[k]) if k < len(p.words) else None
    if noun is None:
        w = p.words[k] if k < len(p.words) else None
        head = w.parts[0] if w is not None and w.predicate and w.parts and not role else ("", "")
        if head[1] == "VV" and head[0] in rules().people_verbs:
            # `141명이 숨지고`, `2명이 숨진 사고`: who died or was hurt, whatever the clause
            return rules().people_verbs[head[0]]
        # `한 달 동안 89만명이 찾았다`: people who come to a place are its visitors
        # not `90만 명이 찾는 해수욕장`: the subject of a relative clause names no one
        # `108만 명이 다녀간 것으로 집계됐다`: a clause made a noun with 것 is no relative clause
        nominal = k + 1 < len(p.words) and p.words[k + 1].stem == "것"
        if w is None or (w.parts[-1][1] == "ETM" and not nominal):
            return None
        return rules().visit_verbs.get(head[0]) if head[1] == "VV" else None
    if role:
        return f"{role} {noun}자"
    if manner:
        return f"{manner} {noun}자"
    where = _taken_part_in(p)
    return f"{where} {noun}자" if where else f"{noun}자"


def _taken_part_in(p: Place) -> str | None:
    """What people took part in, named with 에 before them in their clause (`‘늘봄학교’에는 1학기
    기준 52만1,000명이 참여해` → 늘봄학교, `박람회에 300명이 참가했다` → 박람회)."""
    k = p.first - 1
    while k >= 0:
        w = p.words[k]
        if w.has_number or w.adverb or skipped(w) or (w.bare_noun and w.stem in rules().stop):
            k -= 1  # `1학기 기준`, `올해`
            continue
        break
    if k < 0 or w.particle_forms()[:1] != ["에"] or w.predicate:
        return None
    if particle_only(w):
        return (
            _quoted(p.words, k - 1) if k >= 1 and p.words[k - 1].text in _CLOSING_QUOTES else None
        )
    named = phrase_ending_at(p.words, k)
    if not named or all(is_proper(x) and _short(x) for x in named):
        return None
    before = k - len(named)
    if before >= 1 and p.words[before].text in _CLOSING_QUOTES:
        # `‘신중년 아지트’ 사업에도 1천336명이 이용하는`: the name quoted says which
        return _quoted(p.words, before) or phrase_of(named)
    return phrase_of(named)


def _object_before_time(p: Place) -> str | None:
    """The object right before the time whose parenthesis holds the count (`경로당을
    지난해(70곳)보다 27곳 늘린`): what the change after it is done to, the count included."""
    k = p.first - 2  # the time word before `(`
    if k < 1 or p.words[k + 1].text not in ("(", "（") or p.last + 1 >= len(p.words):
        return None
    if p.words[p.last + 1].text not in (")", "）") or p.tail:
        return None
    if not (is_when(p.words[k]) or p.words[k].stem in _YEAR_WORDS):
        return None
    w = p.words[k - 1]
    if w.particles != ["JKO"] or w.stem in rules().measures:
        return None
    words = phrase_ending_at(p.words, k - 1)
    if not words or all(is_proper(x) and _short(x) for x in words):
        return None
    return phrase_of(words)


def _opening(words: list[Word], k: int) -> int:
    """The index of the `(` that the `)` at word k closes (k itself when none does)."""
    for j in range(k - 1, -1, -1):
        if words[j].text in ("(", "（"):
            return j
        if words[j].text in (")", "）"):
            return k
    return k


def _compared_after(words: list[Word], k: int) -> bool:
    """Is the `)` at word k followed by 보다, the note on a time compared with (`올해(…)보다`)?"""
    nxt = words[k + 1] if k + 1 < len(words) else None
    return nxt is not None and particle_only(nxt) and nxt.particle_forms()[:1] == ["보다"]


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
        # `30명에서`, `6만 4천 명에서` (the counter written apart): the count it goes from
        counted = w.has_number or counter_apart(p.words, k)
        start = counted and set(w.particle_forms()) & {"에서", "부터"}
        # `인원을 8만명에서 9만2천명으로 1만2천명 늘리고`: the new count before the change
        target = by and w.has_number and set(w.particle_forms()) & {"로", "으로"}
        # `정원을 올해 30명에서 내년 50명으로`, `인원을 당초 8만명에서`
        year = w.bare_noun and w.stem in _YEAR_WORDS
        compared = bool(w.stem) and w.particle_forms()[-1:] == ["보다"]  # `지난해보다`
        # `120곳 늘린 420곳으로`: the change before the new count
        change = w.predicate and says_change(w) and w.parts[-1][1] == "ETM"
        # `6만 1천 개 늘린`: the counter of the change may be written apart from its number
        by_count = k >= 1 and (p.words[k - 1].has_number or counter_apart(p.words, k - 1))
        change = change and by_count and not p.words[k - 1].particles
        if change:
            k -= 2
            continue
        if w.text in (")", "）") and k + 1 <= p.first - 1 and _compared_after(p.words, k):
            # `올해(109만 1천 개)보다`: the count compared with, in the parenthesis of its time
            k = _opening(p.words, k) - 1
            continue
        # `6만 4천 명에서`: the words of a number written apart before its counter
        apart = w.has_number and not w.particles and not w.stem
        if compared or start or target or year or apart or skipped(w) or is_when(w) or w.adverb:
            k -= 1
            continue
        if particle_only(w):
            if w.particles == ["JKO"] and k >= 1 and p.words[k - 1].text in _CLOSING_QUOTES:
                return _quoted(p.words, k - 1)  # `‘마을 돌봄매니저’를 10명에서 16명으로`
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
    if p.words[k].stem in rules().qualified_heads and k >= 1:
        # `‘청년월세 특별지원’ 대상을 15만 명으로`: those the quoted program serves
        quoted = _quoted(p.words, k - 1) if p.words[k - 1].text in _CLOSING_QUOTES else None
        if quoted:
            return f"{quoted} {p.words[k].stem}"
    words = phrase_ending_at(p.words, k)
    before = k - len(words)
    generic = len(words) == 1 and words[0].stem in name_rules().project
    if generic and before >= 0 and p.words[before].text in _CLOSING_QUOTES:
        # `‘한 달 살기’ 사업을 120팀에서 200팀으로`: the name quoted says which undertaking
        return _quoted(p.words, before) or phrase_of(words)
    # a long proper noun is a compound Kiwi does not know (`착한가격업소`), not a place
    return (
        phrase_of(words) if words and not all(is_proper(x) and _short(x) for x in words) else None
    )


#: Words of time between an object and its counts (`올해`, `당초`: then, at first).
_YEAR_WORDS = frozenset(
    {
        "올해",
        "내년",
        "지난해",
        "작년",
        "금년",
        "전년",
        "내후년",
        "올",
        "당초",
        "기존",
        "종전",
        "현재",
        "전월",
        "전주",
        "전분기",
    }
)


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
    if headline and _people(p):
        # a headline: `1928명 모집`, `30명 채용`, `187명 현장 채용` (a word of how before it)
        act = k + 1 if k + 1 < len(p.words) and p.words[k + 1].bare_noun else k
        if p.words[act].stem in rules().done_to_people:
            how = f"{p.words[k].stem} " if act > k and usable(p.words[k]) else ""
            return f"{how}{p.words[act].stem} 인원"
        if p.words[k].stem in rules().done_to_people:
            return f"{p.words[k].stem} 인원"
    if k >= len(p.words) or forms not in (["을"], ["를"], ["이"], ["가"]):
        return None
    j = k
    while j + 1 < len(p.words) and p.words[j].bare_noun:
        j += 1  # `38곳을 우수 기관으로`
    w = p.words[j]
    if forms[0] in ("을", "를") and w.stem and set(w.particle_forms()) & {"로", "으로"}:
        if w.stem == "대상" and j == k:
            return _aim_of(p.words, k + 1)
        if w.stem == "대상" and p.words[j - 1].bare_noun and usable(p.words[j - 1]):
            # `91건을 투표 대상으로 올렸으며`: what the count is made the object of
            return phrase_of(phrase_ending_at(p.words, j))
        return _designation(p)
    w = p.words[k]
    done = _verbal_noun_of(w)
    if done is None or done[0] not in rules().done_to_people or not _people(p):
        return None
    passive = done[1] == "되"
    if passive != (forms[0] in ("이", "가")):
        return None
    return f"{done[0]} 인원"


def _designation(p: Place) -> str | None:
    """What the verb after a count's object makes it: `38곳을 우수 기관으로 선정` → 우수 기관,
    `11,542명을 지급대상자로 확정` → 지급대상자."""
    if [f for f, t in p.tail if t.startswith("J")] not in (["을"], ["를"]):
        return None
    j = p.last + 1
    while j + 1 < len(p.words) and (p.words[j].adverb or skipped_after(p.words[j])):
        j += 1
    while j + 1 < len(p.words) and p.words[j].bare_noun:
        j += 1
    if j + 1 >= len(p.words) or not set(p.words[j].particle_forms()) & {"로", "으로"}:
        return None
    if not p.words[j].stem or p.words[j].stem == "대상":
        return None
    v = j + 1
    while v + 1 < len(p.words) and p.words[v].adverb:
        v += 1  # `시범지역으로 우선 선정`
    nxt = _verbal_noun_of(p.words[v])
    if nxt and nxt[0] in rules().designations:
        return phrase_of(phrase_ending_at(p.words, j))
    return None


def _designated_examples(p: Place) -> str | None:
    """`대곡역 일대와 … 계양구 일대 등 3곳을 신규 공공택지로 선정`: things named only by examples
    and 등 are what the verb designates them."""
    k = p.first - 1
    while k >= 0 and skipped(p.words[k]) and p.words[k].stem != "등":
        k -= 1
    if k < 0 or p.words[k].stem != "등":
        return None
    return _designation(p) or _designation_before(p, k)


def _designation_before(p: Place, k: int) -> str | None:
    """`자립마을 대상지로 북면 등 4곳을 추가 지정`: what the verb designates them may stand
    before the examples (word k is their 등)."""
    if [f for f, t in p.tail if t.startswith("J")] not in (["을"], ["를"]):
        return None
    v = p.last + 1
    while v + 1 < len(p.words) and (p.words[v].adverb or p.words[v].bare_noun):
        v += 1  # `추가 지정`, `새로 지정`
    act = _verbal_noun_of(p.words[v]) if v < len(p.words) else None
    if not act or act[0] not in rules().designations:
        return None
    for j in range(k - 1, -1, -1):
        w = p.words[j]
        if ends_clause(p.words, j) or w.predicate:
            return None
        if w.stem and w.stem != "대상" and w.particle_forms() in (["로"], ["으로"]):
            return phrase_of(phrase_ending_at(p.words, j))
    return None


def _verbal_noun_of(w: Word) -> tuple[str, str] | None:
    """(noun, 하 or 되) of a verb made from a noun (`채용했다`, `채용됐다`)."""
    parts = [(f, t.split("-")[0]) for f, t in w.parts]
    if len(parts) >= 2 and parts[0][1] == "NNG" and parts[1][1] == "XSV":
        return parts[0][0], parts[1][0]
    return None


_LIGHT_VERBS = frozenset({"실시", "진행", "추진", "운영", "개최", "시행", "수행"})


_ACT_WORDS = 6  # `두 차례에 걸쳐 교부세를 조기 교부했다`: the act's verb a few words on


def _act_over_times(p: Place) -> str | None:
    """`두 차례에 걸쳐 교부세를 조기 교부했다` → 조기 교부, `세 차례에 걸쳐 설명회를 열었다` →
    설명회: a count of times spread over (`에 걸쳐`) counts the act of the verb after it, named by
    its object when the verb is light or not made of a noun."""
    if not _of_times(p):
        return None
    k = p.last + 1
    if [f for f, t in p.tail if t.startswith("J")] != ["에"] or k >= len(p.words):
        return None
    if p.words[k].parts[:1] != [("걸치", "VV")]:
        return None
    obj = None
    for j in range(k + 1, min(k + 1 + _ACT_WORDS, len(p.words))):
        w = p.words[j]
        if w.stem and w.particles == ["JKO"] and usable(w):
            obj = phrase_of(phrase_ending_at(p.words, j))
        done = _verbal_noun_of(w)
        if done and done[0] not in _LIGHT_VERBS:
            before = p.words[j - 1]
            manner = before.bare_noun and usable(before) and j - 1 > k
            return f"{before.stem} {done[0]}" if manner else done[0]
        if w.predicate:
            # `기술교육을 12개 읍면에서 28회에 걸쳐 진행한다`: a light verb's object before it
            return obj or _floated_object(p)
    return None


def _act_of_times(p: Place) -> str | None:
    """A count of times right before the act it counts, named with what the act is done to or
    what does it — the noun right before the count or the clause's topic — when that is no one
    who acts: `폭염특보는 1,874회 발표돼` → 폭염특보 발표, `노쇼가 3회 이상 반복되면` → 노쇼
    반복, headline `폭염특보 1,874회 발표` → 폭염특보 발표, `재산세는 연 2회 부과되며` → 재산세
    부과; but `119구급대는 하루 9,600여 차례 출동했다` → 출동 (the topic is who acts)."""
    if not _of_times(p) or any(t.startswith("J") for _, t in p.tail):
        return None
    before = index_before(p)
    if before >= 0 and p.words[before].particles == ["JKO"]:
        return None  # `일상 관리를 11만 회 수행했다`: the object is what is done so often
    k = p.last + 1
    while k < len(p.words) and skipped_after(p.words[k]):
        k += 1  # `3회 이상 반복되면`
    if k >= len(p.words):
        return None
    w = p.words[k]
    done = _verbal_noun_of(w)
    if done and w.predicate:
        act = done[0]
    elif w.bare_noun and usable(w) and (k + 1 == len(p.words) or p.words[k + 1].punct):
        act = w.stem  # a headline: `… 1,874회 발표`
    else:
        return None
    if act in _LIGHT_VERBS:
        return None  # `교육 3회 실시`: a light verb names no act; the noun before is counted
    whom = _named_right_before_times(p) or _topic(p)
    r = rules()
    if whom and not whom.split()[-1].endswith(r.populations + r.actors):
        return f"{whom} {act}"
    if whom and w.bare_noun:
        return None  # a headline act of a body: the rules after say what is counted
    return act


def _named_right_before_times(p: Place) -> str | None:
    """The bare noun phrase or quoted name right before a count of times (`폭염특보 1,874회`)."""
    k = index_before(p)
    if k < 0 or k != p.first - 1:
        return None
    w = p.words[k]
    if w.text in _CLOSING_QUOTES:
        return _quoted(p.words, k)
    if not w.bare_noun or not usable(w):
        return None
    words = phrase_ending_at(p.words, k)
    return (
        phrase_of(words) if words and not all(is_proper(x) and _short(x) for x in words) else None
    )


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
    given, amount = None, False
    for w in p.words[k : k + MAX_WORDS + 2]:
        if w.stem and "JKO" in w.particles and not w.has_number:
            given = w.stem
        elif "JKO" in w.particles and w.has_number:
            amount = True  # `474명에게 총 5억9960만원을 전달`: only a sum, no thing given
        elif w.predicate:
            parts = [(f, t.split("-")[0]) for f, t in w.parts]
            noun = parts[0][0] if len(parts) >= 2 and parts[1][1] == "XSV" else None
            if noun in rules().give_verbs and (given or not amount):
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
    counter = p.counter.replace(" ", "")
    named = counter in r.self_naming or counter in r.counter_names
    if named and not tags and k + 1 < len(p.words) and p.words[k + 1].has_number:
        return None  # `300가구 주민 800명`: the noun goes with the count after it
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
    if form == "씩" and words and words[-1].particles == ["JKO"]:
        return None  # `3~5곳씩 문을 닫을`: after 씩 an object is the verb's, not what is counted
    adverbial = words and words[0].particle_forms() in (["로"], ["으로"])
    if adverbial and not tags and words[0].stem in r.actions:
        return None  # `4차례 추가로 열`: an act with 로 says how, it names nothing counted
    if words and _verb(words[0]):
        # `대상자를 5,000명 선발해`: a verb after the count names nothing (after a count of times
        # it is the act counted, `연 2회 부과되며`: `_act_of_times`)
        return None
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
    times = _of_times(p) and not named and bool(words) and words[0].stem not in _LIGHT_VERBS
    if words and words[0].stem in r.actions and not (genitive or adnominal or times):
        return None
    if (
        not tags
        and len(words) > 1
        and _people(p)
        and words[-1].stem in r.done_to_people
        and all(w.bare_noun for w in words)
    ):
        return None  # `187명 현장 채용`: a headline act done to people (`_done_to`)
    # `1,100명의 신규 고용`: after 의 the act is what the count counts
    while words and words[-1].stem in r.actions and not (genitive or times):
        words = words[:-1]
    if not words:
        return None
    if len(words) == 1 and _people(p) and words[0].stem in r.group_verbs:
        return f"{words[0].stem}자"  # `218명의 참여로` → 참여자
    if counter in r.place_counters and _names_people(phrase_of(words) or ""):
        return None  # `5개국 관광객이`: people from the countries; the countries are counted
    return phrase_of(_drop_measure(words))


def _verb(w: Word) -> bool:
    """A verb, or a noun made a verb with 하다/되다 (`선발해`); not a noun with the copula
    (`품목이다`)."""
    tail = [t.split("-")[0] for _, t in w.tail[:1]]
    return w.predicate and (not w.stem or tail in (["XSV"], ["XSA"]))


def _reaching(w: Word, form: str) -> bool:
    """`에 달하던`, `에 이르는`, `하던`: a verb of amount in its adnominal form after a count."""
    if not w.predicate or w.parts[-1][1] != "ETM":
        return False
    head = w.parts[0][0]
    # `1만2천명이 넘는 인구`, `1만명을 웃도는 관객`: a bound passed describes the noun after it
    passed = form in ("이", "가", "을", "를") and head in ("넘", "웃돌", "웃도")
    return (
        (form == "에" and head in ("달하", "이르", "육박하"))
        or (not form and head == "하")
        or passed
    )


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
    if after is not None and after.text in ("(", "（") and not p.tail:
        # `체납자 7,118명(법인 2,043개 포함)의 명단`: a note between the count and its 의
        close = closing(p.words, p.last + 1)
        nxt = p.words[close + 1] if close + 1 < len(p.words) else None
        if nxt is not None and particle_only(nxt) and nxt.particles == ["JKG"]:
            return _noun_before(p)
    if after is not None and (after.stem in rules().places or after.text in ("(", "（")):
        return None
    return _noun_before(p)


def _noun_before(p: Place) -> str | None:
    k = index_before(p)
    if k < 0 or _one_of_examples(p, k):
        return None
    w = p.words[k]
    if w.text in _CLOSING_QUOTES:
        # `‘행복한 나눔냉장고’ 13곳`: a name in quotes; before people only a name of people
        # (`‘마을 안전지킴이’ 40명`), not what they attend (`‘인공지능인의 날’ 150여명 참여`)
        name = _quoted(p.words, k)
        if name and counter_as_subject(p.counter.replace(" ", "")) and _undertaking(name):
            return None  # `‘창업도약패키지’ 500개사`: firms are counted, not a program
        if not _people(p) or (name and _names_people(name)):
            return name
        return None
    if w.text in (":", "：") and k >= 1 and p.words[k - 1].bare_noun:
        # `참가 인원: 300명`, `지원 규모 : 500곳`: a label of a list or table line
        return _common_name(_drop_measure(phrase_ending_at(p.words, k - 1)))
    if w.text in (")", "）") and k >= 3:
        # `지역 인재(리더) 30명`: a gloss in parentheses after the name; not an item's own
        # figure (`필리핀(22명) 등 12개국`)
        o = next((j for j in range(k - 1, 0, -1) if p.words[j].text in ("(", "（")), 0)
        if any(x.has_number for x in p.words[o + 1 : k]):
            return None
        if o and p.words[o - 1].bare_noun and usable(p.words[o - 1]):
            return phrase_of(phrase_ending_at(p.words, o - 1))
        return None
    if grade(w) and not w.particles:
        return phrase_of(phrase_ending_at(p.words, k))  # `초등 1학년 첫 30만명대`
    industry = w.stem.endswith("업") and len(w.tail) == 2 and usable(w)
    # `대만인 14만1천명` read as 대만 + 이 + ㄴ: the people of a country, counted in 명
    nationals = is_proper(w) and len(w.tail) == 2 and p.counter == "명"
    if (
        (industry or nationals)
        and w.base_parts[-2:] == [("이", "VCP"), ("ᆫ", "ETM")]
        and k == p.first - 1
    ):
        # `농업인 9,874가구` read as 농업 + 이 + ㄴ: the people of an industry, 농업인
        return f"{w.stem}인"
    if w.bare_noun and (w.stem in rules().measures or w.stem in rules().bases):
        # `(기업 기준 약 450개사)`, `채용 규모 300명`
        return phrase_of(phrase_ending_at(p.words, k - 1)) if k > 0 else None
    if w.bare_noun:
        words = _drop_measure(phrase_ending_at(p.words, k))
        of_program = _people_of_quoted_program(p.words, k - len(words) + 1, words)
        if of_program:
            return of_program
        if words and not all(is_proper(x) for x in words):
            return phrase_of(words)
        if words and _body_named(words[-1]):
            return phrase_of(words)  # `예방진화대 9,600여 명`, `농업기술센터 159곳`
        return None
    # `채용 규모를 4000명`, `취업자 수는 1600명`
    if w.stem in rules().measures and w.particles:
        return phrase_of(_measured(p.words, k))
    if w.particles == ["JKO"] and _amount_of_object(p):
        # `설명회를 12차례 열`, `인턴을 50명 추가로 채용`: a bare count after the object says
        # how many of it the verb takes
        if particle_only(w):
            # `‘찾아가는 채용설명회’를 4차례 추가로 열`: the object is the name in quotes
            quoted = k >= 1 and p.words[k - 1].text in _CLOSING_QUOTES
            return _quoted(p.words, k - 1) if quoted else None
        return _common_name(phrase_ending_at(p.words, k))
    return None


#: Periods a count of times may be given per, between its object and the count (`연 4회`).
_PER_PERIOD = frozenset(
    {"연", "연간", "매년", "해마다", "월", "매월", "매달", "주", "매주", "하루"}
)
_ADVERBIAL_WORDS = 4  # `11개 시군에서 연`: a place and a period at most between


def _object_floated(p: Place) -> str | None:
    """A bare count after the object it counts, with where and how often between them: a
    quantifier floated off its noun (`채용박람회를 연 4회 연다`, `‘…교육’을 11개 시군에서 연
    60회 실시`, `‘…센터’를 22개 시군에 한 곳씩 설치` → 채용박람회, …교육, …센터)."""
    nxt = p.words[p.last + 1] if p.last + 1 < len(p.words) else None
    # `‘…교육’을 올해 600명 규모로 늘리고`: the size the object is brought to
    sized = (
        not any(t.startswith("J") for _, t in p.tail)
        and nxt is not None
        and nxt.stem in rules().measures
        and nxt.particle_forms() in (["로"], ["으로"])
    )
    if not (sized or _amount_of_object(p)):
        return None
    return _floated_object(p, sized)


def _floated_object(p: Place, sized: bool = False) -> str | None:
    """The object before a count, across where and how often (`교육을 12개 읍면에서 28회`)."""
    k, between = p.first - 1, 0
    while k >= 0 and between <= _ADVERBIAL_WORDS:
        w = p.words[k]
        place = set(w.particle_forms()) & {"에", "에서"} and w.stem
        # Kiwi may read 연 ("a year") as the adnominal of 열다
        period = w.stem in _PER_PERIOD or w.text in _PER_PERIOD
        if period or w.stem in _YEAR_WORDS or place or w.adverb:
            k, between = k - 1, between + 1
            continue
        if w.has_number and not w.particles and between and p.words[k + 1].particles:
            k, between = k - 1, between + 1  # `11개 시군에서`: the count of the places
            continue
        if skipped(w) or is_when(w) or _DAY.fullmatch(w.text):
            k -= 1  # `1월 5일부터 2월 2일까지`: when, in as many words as it takes
            continue
        break
    if k < 0 or not (between or sized) or p.words[k].particles != ["JKO"]:
        return None
    w = p.words[k]
    if particle_only(w):
        quoted = k >= 1 and p.words[k - 1].text in _CLOSING_QUOTES
        return _quoted(p.words, k - 1) if quoted else None
    if w.stem in rules().measures:
        return None
    return _common_name(phrase_ending_at(p.words, k))


_NOTE_WORDS = 3  # `(부모 대상 연 24회)`: who takes part and how often, a few words at most


def _times_in_note(p: Place) -> str | None:
    """A count of times alone in the note after a name says how often that is held (`‘…’ 우울
    예방 교육(연 40회)`, `환대주간 운영(연 2회)`, `돌봄 교육(부모 대상 연 24회)`)."""
    if not _of_times(p) or p.tail:
        return None
    if p.last + 1 >= len(p.words) or p.words[p.last + 1].text not in (")", "）"):
        return None
    k = p.first - 1
    while k >= 0 and p.first - k <= _NOTE_WORDS + 1 and p.words[k].text not in ("(", "（"):
        w = p.words[k]
        if not (w.bare_noun or w.text in _PER_PERIOD) or w.has_number:
            return None
        k -= 1
    if k < 1 or p.words[k].text not in ("(", "（"):
        return None
    before = p.words[k - 1]
    if before.text in _CLOSING_QUOTES:
        return _quoted(p.words, k - 1)
    if not before.bare_noun or not usable(before):
        return None
    return _common_name(phrase_ending_at(p.words, k - 1))


def _undertaking(name: str) -> bool:
    """Does a quoted name end in a head of a program (`…패키지`, `…지원사업`, `…바우처`)?"""
    heads = name_rules()
    return name.endswith((*heads.project, *heads.scheme, *heads.quoted_only))


def _body_named(w: Word) -> bool:
    """A long proper noun ending in a word of bodies (`예방진화대`, `농업기술센터`): a body or
    its kind, which Kiwi reads as a name; what a count right after it counts."""
    return not _short(w) and w.stem.endswith(rules().actors)


def _amount_of_object(p: Place) -> bool:
    """A count with nothing glued after it but 씩 (`1명씩`), followed by the verb or an adverb,
    not a noun; a verbal noun that makes the verb with the next word is the verb's
    (`1명씩 추가 배치`)."""
    each = [f for f, _ in p.tail] in (["씩"], ["만"])  # `1명씩`, `한 명만 낳겠다`
    if any(t.startswith("J") for _, t in p.tail) and not each:
        return False
    k = p.last + 1
    if k < len(p.words) and p.words[k].stem in rules().skip_after and not p.words[k].particles:
        k += 1  # `회원을 100명 이상 모았다`
    if (
        each
        and k + 1 < len(p.words)
        and p.words[k].bare_noun
        and p.words[k].stem in rules().actions
    ):
        k += 1  # `인력을 1명씩 추가 배치한다`
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
    if j >= 0 and words[j].particles not in ([], ["JKG"]):
        return []  # `청주는 목표를`: a topic or subject before a measure is whose it is
    return phrase_ending_at(words, j) if j >= 0 else []


_CLOSING_QUOTES = frozenset("’”'\"」』")
_OPENING_QUOTES = frozenset("‘“'\"「『")
_QUOTED_WORDS = 8  # a name in quotes is a few words long


def _one_of_examples(p: Place, k: int) -> bool:
    """`터미널과 공항 등 25곳`: the last of examples joined before 등 (word k) is one of them,
    not what the count counts."""
    if not p.words[k].bare_noun or not any(p.words[j].stem == "등" for j in range(k + 1, p.first)):
        return False
    return _joined_before(p.words, k - len(phrase_ending_at(p.words, k)))


def _people_of_quoted_program(words: list[Word], o: int, phrase: list[Word]) -> str | None:
    """`‘섬 한달살기’ 프로그램 참가자 60명` → 섬 한달살기 참가자: people of a program named in
    quotes right before a generic head (the phrase, starting at word o) are named by the quote."""
    if len(phrase) != 2 or phrase[0].stem not in rules().program_heads or o < 1:
        return None
    if words[o - 1].text not in _CLOSING_QUOTES or not _names_people(phrase[1].stem):
        return None
    name = _quoted(words, o - 1)
    return f"{name} {phrase[1].stem}" if name else None


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
    if _in_relative_clause(p) or _beside_amount(p):
        return None
    relative = framed = False
    for k in range(p.first - 1, -1, -1):
        w = p.words[k]
        if w.text in _SPEECH_OPENS or (w.text == '"' and w.parts[:1] == [('"', "SSO")]):
            return None  # `관계자는 “… 420곳으로 늘리겠다”`: the speaker is not what is counted
        if ends_clause(p.words, k):
            return None  # `팀장이 과장으로 이동하는 등 40명이`: a verb ends the topic's clause
        if _own_subject(p) and w.stem and w.particles[-1:] == ["JKS"] and not w.has_number:
            return None  # `화재가 발생해 2명이 숨지고`: a clause has one subject
        if w.predicate and w.parts[-1][1] == "ETM":
            relative = True  # `공연이 어우러진 활동으로`: 공연 is the subject of 어우러진 only
        age = _age_topic(w)
        if age and _people(p) and not _counted_before(p, k):
            if k >= 2 and p.words[k - 1].text in RANGE_MARKS and p.words[k - 2].has_number:
                age = f"{p.words[k - 2].text}~{age}"  # `30~34세는`, written as three words
            return age  # `도를 떠난 20대는 1만여 명으로`: the age group is what is counted
        if grade(w) and set(w.particles) <= set(TOPIC) and w.particles and not done_to:
            return phrase_of(phrase_ending_at(p.words, k))  # `초등학교 1학년은 31만명으로`
        bounded = w.stem in _GROUP_BOUNDS and set(w.particles) <= set(TOPIC) and w.particles
        if bounded and k >= 1 and _bare_grade_or_noun(p.words[k - 1]) and not done_to:
            # `셋째아 이상은 1만 8천여 명`: a group and its bound
            named = phrase_of(phrase_ending_at(p.words, k - 1))
            return f"{named} {w.stem}" if named else None
        glossed = _glossed_topic(p.words, k)
        if glossed and not done_to:
            return glossed  # `신규 분양(승인)은 1만 호로`: the name before its gloss
        if not w.stem or w.has_number:
            continue
        if "마다" in w.particle_forms():
            return None  # `봉사자마다 8가구 안팎을`: a count per each of them, not of them
        if w.stem in rules().measures and w.particles == ["JKO"]:
            return None  # `청주는 목표를 4만개로 높였다`: the topic owns the goal, uncounted
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
            and w.particle_forms()[-1:] == ["도"]
        ):
            # `진도 …` read as 진 + 도: a one-syllable topic with 도 is rarely a name; with 은,
            # 는, 이, 가 it is one (`통은 5만 8천여 개`, `배는 7척에 그친다`)
            return None
        if w.stem in rules().measures and k >= 1 and p.words[k - 1].text in _CLOSING_QUOTES:
            quoted = _quoted(p.words, k - 1)  # `‘피해주택 매입 사업’ 실적은`: the name quoted
            if quoted:
                return quoted
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
        # the provinces by their short names, which Kiwi may read as common nouns (`경기` as the
        # economy, `광주` as a wide land): items of a statistic by region
        region = place_like(w) or w.stem in name_rules().provinces
        measured = _measured_topic_before(p, k) if particles == {"JKS"} and region else None
        if particles == {"JKS"} and not region and not measured:
            # `관광지별 입장객은 케이블카가 241만 명으로`: an item of a breakdown the topic names
            # is where or which; what is counted is what the topic names
            measured = _broken_down_topic_before(p, k)
        if measured and not done_to:
            # `시도별 음식점 수는 경기가 18만개로 가장 많았고`: the number the topic measures is
            # what is counted; a region after it is where (a kind, `가사 지원이`, is counted)
            return measured
        if (
            not done_to
            and len(words) == 1
            and place_like(w)
            and _short(w)  # `아이돌보미는`: a long proper noun is a compound, not a place
            and not is_agency(w.stem)
            and not _counted_before(p, k)
        ):
            # `입주 인원은 강남구가 1,200명으로 가장 많고`: a place ranked by its count is an
            # item of what the topic before it names
            continue
        # a long proper noun is a compound Kiwi does not know (`아이돌보미`), not a place
        named = phrase_of(words) if words else None
        if not named or all(is_proper(x) and _short(x) for x in words) or is_agency(named):
            return None  # `고용노동부는 117만명에게`: the one who acts, not what is counted
        head = words[-1].stem.removesuffix("들")  # `관계자들`
        measure = w.stem in rules().measures  # `기업 수는 1만 개를 기록`: never who acts
        if done_to and not measure and head.endswith(rules().populations + rules().actors):
            return None
        if p.counter.replace(" ", "") in rules().place_counters and head.endswith(
            rules().populations
        ):
            return None  # `환자는 … 12개국에서 들어왔다`: people are never counted in countries
        j = k - len(words)
        if len(words) == 1 and j >= 1 and p.words[j].text in _CLOSING_QUOTES:
            name = _quoted(p.words, j)  # `‘농촌 일손 돕기’ 사업도 1천200명`: the name says it
            if name:
                return f"{name} {phrase_of(words)}"
        return phrase_of(words)


def _broken_down_topic_before(p: Place, k: int) -> str | None:
    """The name of a topic broken down by a kind (`관광지별 입장객은`, `시군별 배정 인원은`) right
    before word k, without the kind it is broken down by."""
    j = k - 1
    w = p.words[j] if j >= 0 else None
    if w is None or not w.stem or w.particle_forms() not in (["은"], ["는"]):
        return None
    words = phrase_ending_at(p.words, j)
    first = j - len(words)
    if first < 0 or not p.words[first].text.endswith("별") or p.words[first].particles:
        return None
    return phrase_of(words) if words else None


def _measured_topic_before(p: Place, k: int) -> str | None:
    """The noun a topic of a measure (`음식점 수는`, `사고 건수는`) before word k in its clause
    names."""
    for j in range(k - 1, -1, -1):
        w = p.words[j]
        if ends_clause(p.words, j) or w.predicate:
            return None
        if w.stem in rules().measures and w.particle_forms() in (["은"], ["는"]):
            words = _measured(p.words, j)
            return phrase_of(words) if words else None
    return None


def _beside_amount(p: Place) -> bool:
    """A count alone in the parenthesis after an amount of money (`▲그린셀테크 3,100억원(210명)`):
    something of the item the amount is of, never what the topic that names the amounts (`투자
    규모는`) counts."""
    k = p.first - 1
    if k < 1 or p.words[k].text not in ("(", "（") or p.last + 1 >= len(p.words):
        return False
    if p.words[p.last + 1].text not in (")", "）"):
        return False
    before = p.words[k - 1]
    return before.has_number and before.text.endswith(_MONEY_ENDINGS)


_MONEY_ENDINGS = ("원", "달러")


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
    if o and words[o - 1].text in _CLOSING_QUOTES:
        return _quoted(words, o - 1)  # `‘악성 미분양’(준공 후 미분양)은`: the name quoted
    if not o or not words[o - 1].bare_noun or not usable(words[o - 1]):
        return None
    named = phrase_ending_at(words, o - 1)
    if not named or all(is_proper(x) for x in named) or is_agency(phrase_of(named) or ""):
        return None
    return phrase_of(named)


_SPEECH_OPENS = frozenset("“「")
#: Bounds written after a group that is the topic (`셋째아 이상은`).
_GROUP_BOUNDS = frozenset({"이상", "이하", "미만"})


def _bare_grade_or_noun(w: Word) -> bool:
    """A group named by an order or a year (`셋째아`, `3학년`), or any noun, with nothing glued
    after it."""
    return (grade(w) and not w.particles) or (w.bare_noun and usable(w))


_AGE_TEXT = r"[1-9]0대|\d{1,3}세"
_AGE = re.compile(_AGE_TEXT)
#: An age or a range of ages written as one word (`20~30대`, `65세`).
_AGE_RANGE = re.compile(r"(\d{1,3}(세|대)?[~～∼-])?(" + _AGE_TEXT + ")")


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
    if len(w.stem) <= _PLACE_SYLLABLES:
        return True
    # `직접일자리` read as one proper noun ends in 리 as 일자리 does, not as a village's name
    return w.stem[-1] in PLACE_SUFFIXES and not w.stem.endswith(rules().suffix_nouns)


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


def _changed_after_items(p: Place) -> str | None:
    """`보건업(13만2천명), 정보통신업(7만8천명)에서 취업자가 늘었지만`: counts in the parentheses
    after items that say where a change was count the subject of that change."""
    words = p.words
    o = p.first - 1
    if o >= 0 and words[o].text in SIGNS:
        o -= 1  # `(-5만1천명)`
    if o < 1 or words[o].text not in ("(", "（"):
        return None
    k = closing(words, o) + 1
    for _ in range(_ITEM_WORDS):
        if k >= len(words):
            return None
        w = words[k]
        if w.text in (",", "및") or (particle_only(w) and w.particles == ["JC"]) or w.bare_noun:
            k += 1  # the next items: `, 전문·과학 및 기술서비스업(7만8천명)`
        elif w.text in ("(", "（"):
            k = closing(words, k) + 1
        else:
            break
    if k >= len(words) or words[k].particle_forms() != ["에서"]:
        return None
    k += 1
    while k < len(words) and words[k].adverb:
        k += 1
    if k + 1 >= len(words) or words[k].particles != ["JKS"] or not usable(words[k]):
        return None
    if not words[k + 1].predicate and not words[k + 1].adverb:
        return None
    named = phrase_ending_at(words, k)
    return phrase_of(named) if named and not all(is_proper(x) for x in named) else None


_ITEM_WORDS = 16  # the other items of a list, each a few words and a parenthesis


def _frame_looked_at(p: Place) -> str | None:
    """`시도별 전입을 보면 대전(3,100명), 세종(2,500명) 등 …`: a frame the sentence opens with,
    `X을 보면` / `X을 살펴보면`, names what the counts of the items it lists count (X without
    what it is broken down by). A rate there names no count."""
    words = p.words
    for k in range(min(p.first - 1, _FRAME_WORDS)):
        w = words[k]
        if w.particles != ["JKO"] or [f for f, _ in words[k + 1].parts[:2]] not in _LOOKING:
            continue
        named = phrase_ending_at(words, k)
        if not named or is_rate(named[-1].stem) or all(place_like(x) for x in named):
            return None
        return phrase_of(named)
    return None


#: `보면`, `살펴보면`: the forms of looking at that open a frame.
_LOOKING = (["보", "면"], ["살펴보", "면"])
_FRAME_WORDS = 4  # a frame opens its sentence: `시도별 순이동을 보면`

#: The rules of `subject_of`, in order: the first that names something the count can count wins.
_RULES = (
    _designated_examples,
    _named_right_before,
    _act_of_times,
    _group_part,
    _part_of,
    _items_of_topic,
    _change_before_count,
    _noun_after,
    _act_over_times,
    _group_of_verb,
    _noun_before,
    _object_floated,
    _times_in_note,
    _changed_after_items,
    _ranked_items,
    _object_to,
    _object_before_time,
    _households,
    _done_to,
    _topic,
    _group_of_clause,
    _group_turned_to,
    _recipients,
    _frame_looked_at,
)
