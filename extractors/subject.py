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
   a count of times right before the act it counts (`act_of_times`), named with what the act
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
부과되며`, `act_of_times`), and a lone Latin letter, the mark of a list item or of a question and
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
it reads, in extractors/phrases.py. The rules live in modules of their own: the noun phrase before
or after the count in extractors/subject_nouns.py, subjects from verbs and clauses in
extractors/subject_verbs.py, the clause's topic in extractors/subject_topic.py, parts, items and
breakdowns in extractors/subject_parts.py, the words they share and what a name says in
extractors/subject_names.py; what a count takes from other sentences and tables, in
extractors/subject_carried.py.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from extractors.phrases import (
    Place,
    is_when,
    particle_only,
    phrase_of,
    phrase_starting_at,
    place_of,
    rules,
    skipped,
)
from extractors.subject_names import kind_counted, names_no_person, people
from extractors.subject_nouns import (
    change_before_count,
    named_right_before,
    noun_after,
    noun_before,
    object_floated,
    times_in_note,
)
from extractors.subject_parts import (
    changed_after_items,
    frame_looked_at,
    group_part,
    group_turned_to,
    items_of_topic,
    part_in_other_counter,
    part_of,
    ranked_items,
    value_of_category,
)
from extractors.subject_topic import subject_of_topic
from extractors.subject_verbs import (
    act_of_times,
    act_over_times,
    designated_examples,
    done_to,
    group_of_clause,
    group_of_verb,
    households,
    object_before_time,
    object_to,
    recipients,
)
from extractors.words import MIDDLE_DOTS


def subject_of(doc: Doc, start: int, end: int, sent: Span) -> str | None:
    """What a count at tokens [start, end) counts, or None."""
    p = place_of(doc, start, end, sent)
    counter = _counter_itself(doc, start, end)
    if counter:
        # `한우 농가 120농가`: a name before that ends in the counter says more than it; so
        # does one after 의 that names the same thing (`107개교의 자치학교`)
        noun = kind_counted(counter)
        named = noun_before(p)
        if named and named.endswith(noun):
            return named
        if named and noun == "학교" and _school_levels(named):
            return named  # `초·중·고 41개교`: the levels name the schools counted
        # `복식학급은 1,380학급으로`, `폐교한 학교는 49개교로`: the clause's topic names them
        topic = subject_of_topic(p)
        if topic and topic.endswith(noun):
            return topic
        # `관정 설치 지원사업 대상은 52농가다`: the topic says which of them are counted
        if topic and len(topic.split()) > 1 and topic.split()[-1] in rules().qualified_heads:
            return topic
        return _apposition_after(p, noun) or counter
    if _compared_period(p):
        # `노인일자리를 올해(109만 1천 개)보다`: the object before the time counts it too; with
        # none, the count before it says what (extractors/timeline.py carries it)
        return object_before_time(p)
    if _total_after_act(p) or part_in_other_counter(p) or value_of_category(p):
        # `98개 시군구로 전년(101개)보다`, `순찰차 52대 추가 배치(총 156대)`: the count before it
        # says what (extractors/timeline.py carries it)
        return None
    where = None
    for rule in _RULES:
        named = rule(p)
        if not named or named in rules().ranks:
            continue  # `상위 5개국`: a rank says which, never what is counted
        if not people(p) or not names_no_person(named):
            # `초등학교 20.4명` under `학급당 학생 수는`: the people of that school
            return f"{where} {named.split()[-1]}" if where else named
        where = where or named
    return where


_DOTS = re.compile(f"[{''.join(sorted(MIDDLE_DOTS))}]")


def _school_levels(name: str) -> bool:
    """Is the name made of levels of schools joined by middle dots (`초·중·고`, `유치원·초등`)?"""
    parts = [x for x in _DOTS.split(name.split()[-1]) if x]
    return len(parts) > 1 and all(x in rules().school_levels for x in parts)


_MONTH = re.compile(r"\d{1,2}월")


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
        or (when.bare_noun and when.stem in rules().year_words)
    )
    after = p.words[close + 1]
    compared = (particle_only(after) and after.particle_forms()[:1] == ["보다"]) or (
        after.stem in rules().compared_after
    )
    # only after the count it is compared with (`98개 … 전년(101개)보다`); alone, the clause's
    # topic names it (`외래관광객은 전년(1,103만명)보다 48.4% 늘었다`)
    before = _same_counter_before(p, k - 1)
    if timely and compared and before:
        return True
    # `2022년 조사(9,875호)와 비교하면`: a dated survey or count the sentence compares with,
    # opening it, is a time too; what it counted is the count said before (timeline)
    dated = when.bare_noun and k == 2 and bool(_DATED.fullmatch(p.words[0].text))
    with_ = particle_only(after) and after.particle_forms()[:1] in (["와"], ["과"])
    compares = (
        with_ and close + 2 < len(p.words) and p.words[close + 2].stem in rules().compare_nouns
    )
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
    return _same_counter_before(p, k - 1)


def _same_counter_before(p: Place, k: int) -> bool:
    """Does a count with the count's own counter stand before word k (`98개 … 전년(101개)`)?"""
    counter = p.counter.replace(" ", "")
    return bool(counter) and any(w.has_number and counter in w.text for w in p.words[:k])


def _apposition_after(p: Place, noun: str) -> str | None:
    """`107개교의 자치학교`: after the count's 의, a phrase whose head is the counted noun
    names the same things; `120농가의 소득` names what they have, not them."""
    if [f for f, _ in p.tail] != ["의"]:
        return None
    words = phrase_starting_at(p.words, p.last + 1)
    if words and words[-1].stem.endswith(noun):
        return phrase_of(words)
    return None


def _counter_itself(doc: Doc, start: int, end: int) -> str | None:
    counter = "".join(t.text for t in doc[start:end] if t.tag_ not in ("SN", "NR", "SP"))
    for name in rules().self_naming:
        if counter.endswith(name):
            return name
    return None


#: The rules of `subject_of`, in order: the first that names something the count can count wins.
_RULES = (
    designated_examples,
    named_right_before,
    act_of_times,
    group_part,
    part_of,
    items_of_topic,
    change_before_count,
    noun_after,
    act_over_times,
    group_of_verb,
    noun_before,
    object_floated,
    times_in_note,
    changed_after_items,
    ranked_items,
    object_to,
    object_before_time,
    households,
    done_to,
    subject_of_topic,
    group_of_clause,
    group_turned_to,
    recipients,
    frame_looked_at,
)
