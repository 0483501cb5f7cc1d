"""Goal and result nouns: a figure the text calls the goal itself (`목표한 170명을 넘겨`, `목표
3만개의 103.7%`, `목표 고용률은 67.5%다`) is a plan whatever the tense of the sentence; one a
result noun heads (`작년 실적(2만8928개)`) is a result (extractors/tense.py).
"""

from __future__ import annotations

from datetime import datetime

from extractors.tense_compare import alike, figure_particles, is_comparison
from extractors.tense_plan import (
    ahead_form,
    before_nouns,
    ends_segment,
    goal_of_percent_after,
    past_adnominal,
    past_form,
    ranking_goes_on,
    sets_goal,
    speaks_ahead,
    stem_in,
    topic_named,
)
from extractors.tense_words import (
    CLOSING_QUOTES,
    DURATION,
    FRAMING,
    LIST_MARKS,
    OBJECT,
    OPENING_PARENS,
    SEGMENT_ENDS,
    TOPIC_PARTICLES,
    YEAR,
    clause_end,
    clause_topic,
    closed_by_comma,
    opened_part_of,
    passive,
    rules,
)
from extractors.tense_year import MONTH_WORD, year_of
from extractors.words import MIDDLE_DOTS, RO, Word

_WHOLE = frozenset({"전체", "총"})


def named_target(words: list[Word], first: int, last: int) -> bool | None:
    """A figure the text calls the target itself: modified by a goal verb (`목표한 170명을 넘겨`)
    or followed by a bare goal noun that is exceeded (`2만개 목표 넘어 2만1천개`)."""
    r = rules()
    if first > 0:
        w = words[first - 1]
        if goal_adnominal(w):
            return True
        if first > 1 and goal_clause(words[first - 2], w):
            return True
        if (
            first > 2
            and w.particle_forms() in (["은"], ["는"])
            and goal_clause(words[first - 3], words[first - 2])
            and ("이", "VCP") in words[last].base_parts
        ):
            return True  # `목표로 내건 일자리는 2만6000개였지만` (not `목표로 했던 시는 … 만들어`)
        if first > 2 and w.bare_noun and goal_clause(words[first - 3], words[first - 2]):
            return True  # `목표로 내건 일자리 2만6000개로 나누면`
    if last + 2 < len(words) and not any(t.startswith("J") for _, t in words[last].parts):
        noun = words[last + 1]
        # `‘2만8천개 목표’ 넘었다`: a closing quote between the goal and its verb
        k = last + 2
        while k < len(words) - 1 and words[k].text in CLOSING_QUOTES:
            k += 1
        verb = words[k]
        goal = noun.bare_noun or (noun.stem and set(noun.particle_forms()) <= OBJECT)
        if goal and noun.stem in r.plan_nouns and verb.parts[0][0] in r.exceed:
            return True  # `2만개 목표 넘어`, `2만9000개 목표를 넘어 3만766개를`
        share_after = goal_of_percent_after(words, last + 1)
        if noun.bare_noun and noun.stem in r.goal_nouns | r.pledges and not share_after:
            # `연말까지 2만2천여개 목표 '순항'`, `4년간 일자리 12만개 약속 가운데`: the figure is
            # the goal's or the pledge's
            return True
    k = before_nouns(words, first)
    if k >= 0 and words[k].predicate and _ahead_adnominal(words[k].base_parts):
        return True  # `여수시가 추경으로 만들겠다는 1,500개의 일자리`: what it said it will do
    if _goal_set_to_figure(words, last):
        return True  # `올해는 3천 개로 목표를 높였다`, `내년엔 63.5%로 잡았다`
    if _goal_object_listed(words, first, last):
        return True  # `일자리 목표를 11만개, 고용률 목표를 58.0%로 정했다`
    if _pledge_after_quote(words, last):
        return True  # `'3만5천개' 약속 어디까지 왔나`
    if _joined_to_goal(words, first):
        return True  # `목표로 잡은 고용률 60.5%와 일자리 8천500개`
    goal_near = any(w.stem in r.goal_nouns for w in words[max(0, first - 4) : first])
    if _achieved_to(words, last) and (goal_near or _goal_topic(words, first)):
        # `5,000개 목표는 5,210개로 초과 달성됐다`, `1만2500개 목표를 1만3100개로 초과 달성한`:
        # what the goal came to
        return False
    if goal_noun_before(words, first) and not _share_of_goal(words, first, last):
        return True
    if _pledge_named(words, first):
        return True
    if _said_to_come_topic(words, first):
        return True  # `창출하겠다고 공시한 일자리는 모두 158만 3천개로 집계됐다`
    if _listed_into_plan(words, last):
        return True  # `직접일자리 1만2,400개, 직업훈련 3,100명 등 5개 분야 계획을 내놨다`
    if (
        (_goal_topic(words, first) and not _came_only_to(words, first, last))
        or _goal_after(words, last)
        or goal_changed(words, first, last)
        or _quota_changed(words, first, last)
        or _quota_set(words, first, last)
        or _goal_moved(words, first, last)
    ):
        return True
    if first > 0 and _goal_set(words, first, last):
        return True
    if _part_of_goal(words, last):
        return True
    return None


def _came_only_to(words: list[Word], first: int, last: int) -> bool:
    """The figure, headed by a noun of its own, is what something came only to (`달성률 89%에
    머문`): under a goal as topic (`목표가 10월 말 현재 1만4,240개, 달성률 89%에 머문 점이`),
    what the goal came to (not `올해 목표는 지난해와 같은 1만개에 머물렀다`, the goal itself)."""
    head = words[first - 1] if first > 0 else None
    if head is None or not head.bare_noun or head.stem in rules().goal_nouns:
        return False
    if "에" not in words[last].particle_forms():
        return False
    verb = next((w for w in words[last + 1 : last + 3] if w.predicate), None)
    return verb is not None and _stops_verb(verb)


def _stops_verb(w: Word) -> bool:
    """A verb of stopping short at a level (`머물렀다`, `그쳐`)."""
    return w.predicate and w.base_parts[0][0] in rules().stopped


def _joined_to_goal(words: list[Word], first: int) -> bool:
    """The figure is joined by 와/과 to a figure a goal's adnominal heads, a noun or two between
    (`올해 목표로 잡은 고용률 60.5%와 일자리 8천500개`), or by a middle dot to one a goal noun
    heads (`목표 3만개·고용률 69.3%`): both are the goal."""
    k = before_nouns(words, first)
    if k >= 1 and words[k].text in MIDDLE_DOTS and words[k - 1].has_number:
        return goal_noun_before(words, k - 1)
    if k < 1 or not words[k].has_number or not set(words[k].particle_forms()) & {"와", "과"}:
        return False
    j = before_nouns(words, k)
    return j >= 0 and (goal_adnominal(words[j]) or (j > 0 and goal_clause(words[j - 1], words[j])))


def _pledge_after_quote(words: list[Word], last: int) -> bool:
    """A quoted figure followed by a noun of a pledge or goal (`'3만5천개' 약속`, `‘2024년
    고용률 63%’ 목표를 넘어섰다`)."""
    k = last + 1
    if k >= len(words) or words[k].text not in CLOSING_QUOTES:
        return False
    while k < len(words) and words[k].text in CLOSING_QUOTES:
        k += 1
    r = rules()
    if k >= len(words) or words[k].stem not in r.pledges | r.goal_nouns:
        return False
    return set(words[k].particle_forms()) <= OBJECT | TOPIC_PARTICLES | {"도", "에"}


def _achieved_to(words: list[Word], last: int) -> bool:
    """The figure, with 로, is what a goal was met or exceeded with (`5,210개로 초과 달성됐다`),
    or what was made of it, stopping short (`목표는 1만8300개 창출에 그쳐`)."""
    forms = words[last].particle_forms()
    r = rules()
    if not forms and last + 2 < len(words) and words[last + 1].stem in r.acts:
        after = words[last + 2]
        return after.predicate and after.base_parts[0][0] in rules().stopped
    if not forms or not set(forms) <= RO:
        return False
    for w in words[last + 1 : last + 3]:
        if w.parts[0][0] in r.exceed or (w.predicate and w.base_parts[0][0] in r.stopped):
            return True
        if not w.adverb:
            return False
    return False


def goal_clause(goal: Word, verb: Word) -> bool:
    """`목표로 삼았던 2만9000개`, `목표로 한 3만개`: a relative clause setting the figure as the
    goal."""
    r = rules()
    return (
        verb.predicate
        and bool(verb.base_parts)
        and verb.base_parts[-1][1] == "ETM"
        and verb.base_parts[0][0] in r.set_goal | {"하"}
        and goal.stem in r.goal_nouns
        and set(goal.particle_forms()) <= RO | OBJECT
    )


# (`중점 과제로는 ▲…`: a topic named by what it is taken as)
_AS_TOPIC = frozenset({"은", "는", "로는", "으로는"})


def _goal_heads_topic(w: Word) -> bool:
    """A goal or plan noun right before a topic, bare or joined to it by 와 (`목표 일자리는`,
    `유형별 목표와 예산은 ▲…`)."""
    r = rules()
    joined = w.particle_forms() in (["와"], ["과"])
    return w.stem in r.goal_nouns | r.plan_nouns and (w.bare_noun or joined)


def _set_after(words: list[Word], first: int) -> bool:
    """The figure's predicate sets goals (`… 120건을 제시했다`, `… 800개를 내걸었다`)."""
    verb = next((w for w in words[first + 1 :] if w.predicate), None)
    return verb is not None and sets_goal(verb)


def _goal_topic(words: list[Word], first: int) -> bool:
    """The clause's topic is the goal and no predicate stands between: the figures after it
    are what the goal is (`주요 목표는 ▲고용률 69% 달성 ▲일자리 2만9000개 창출`, `목표치는
    '23년 2만8000개에서 '25년 3만개로 늘었다`). The goal may be the subject (`목표가`), topic
    with 도, a frame (`목표만 보면`), a bare noun before the topic (`목표 일자리는`) or before
    역시; adnominals inside ▲ items do not end its clause."""
    r = rules()
    for k in range(first - 1, -1, -1):
        w = words[k]
        if w.text in FRAMING:
            # `민간 부문 목표만 보면 1만7500개로`, `올해 목표를 분야별로 보면 ▲직접일자리
            # 4820개`, `올해 공급 계획을 유형별로 보면 ▲…`: the goal or the plan as the frame,
            # whole or kind by kind
            j = k - 1
            while j > 0 and words[j].stem_parts[-1:] == [("별", "XSN")]:
                j -= 1
            if j >= 0 and words[j].stem in r.goal_nouns | r.plan_nouns:
                return True
        if w.predicate and not (
            alike(w) or _listed_adnominal(words, k) or ranking_goes_on(words, k, first)
        ):
            return False
        forms = w.particle_forms()
        if w.has_number and forms and set(forms) <= RO and words[k + 1].text == ",":
            return False  # `목표는 4년간 15만개로, 지난해 말까지 누적 …`: the goal's figure came
        if w.stem in r.plan_nouns and forms == ["에", "는"] and k + 1 < first:
            return True  # `올해 계획에는 ▲공공 일자리 7,400개 ▲…가 포함됐다`: what a plan holds
        if w.stem in r.agenda and set(forms) & _AS_TOPIC and set(forms) <= _AS_TOPIC | RO:
            return True  # `올해 주요 과제는 ▲청년 일자리 3,200개 …`, `중점 과제로는 ▲…`
        if w.stem in r.agenda and forms and set(forms) <= RO and _set_after(words, first):
            return True  # `주요 과제로 ▲청년 일자리 1,500개 … 120건을 제시했다`
        goal_before = (k > 0 and _goal_heads_topic(words[k - 1])) or any(
            # `올해 일자리 목표의 분야별 내역은 ▲…`: the parts of the goal, as the topic
            x.stem in r.goal_nouns and x.particle_forms() == ["의"]
            for x in words[max(0, k - 3) : k]
        )
        if forms in (["은"], ["는"]) and goal_before:
            # `목표 일자리는 지난해 2만7000개에서`, `목표 고용률은`, `고용 계획 인원은 540명`
            return True
        if forms in (["은"], ["는"]) and _promised_before(words, k):
            # `협약 당시 12개 기업이 약속한 투자액은 모두 2,760억원`, `협약 기업들이 약속한 신규
            # 고용 인원은 2,140명이다`, `약속받은 신규 고용은 모두 7,120명이었지만`
            return True
        if w.stem in r.goal_nouns and w.bare_noun and k + 1 < first and words[k + 1].adverb:
            return True  # `고용률 목표 역시 60.8%에서`: the goal as topic before 역시, 또한
        # `올해 계획은 ▲직접 일자리 4210개 …`: a plan noun as the topic too
        # (`당초 공약은 4년간 4만개였는데`: a pledge as the topic too; not the pledges of a field,
        # counted: `일자리 분야 공약은 9개로`)
        field = k > 0 and words[k - 1].stem in rules().fields
        topic = r.goal_nouns if forms != ["은"] and forms != ["는"] else r.plan_nouns
        if forms in (["은"], ["는"]) and not field and not pledges_in_state(words, k):
            topic = topic | r.pledges
        if w.stem in topic and len(forms) == 1 and forms[0] in TOPIC_PARTICLES | {"도"}:
            # `일자리 목표도 2016년 1만4589개에서 지난해 2만9000개로`, `목표가 2만6000개, 고용률
            # 67%였으니`
            return True
        if _goal_read_as_price(w):
            return True
    return False


_PROMISED_NOUNS = 2  # `약속한 신규 고용 인원은`: nouns between the promise and its topic


def _promised_before(words: list[Word], k: int) -> bool:
    """The topic at word k is headed by a past adnominal of promising, a noun or two between
    (`약속한 투자액은`, `약속한 신규 고용 인원은`, `약속받은 신규 고용은`)."""
    for j in range(k - 1, max(-1, k - 2 - _PROMISED_NOUNS), -1):
        if _promised(words[j]):
            return True
        if not words[j].bare_noun:
            return False
    return False


def _promised(w: Word) -> bool:
    """A past adnominal of promising (`약속한`, `공약한`): what it heads was promised."""
    return w.predicate and w.base_parts[-1][1] == "ETM" and w.base_parts[0][0] in rules().pledges


def pledges_in_state(words: list[Word], k: int) -> bool:
    """The pledge noun at k is counted by the state its adnominal or a noun before it tells
    (`정상 추진 중인 공약은 79개`, `완료된 공약은 17개`, `완료 공약은 39건`, `조정이 필요한 공약은
    6개로`): pledges counted, not what one promises; not those left or to be kept (`남은
    공약은`, `마무리할 공약은`)."""
    if k == 0:
        return False
    w = words[k - 1]
    if w.bare_noun and w.stem in _STATES:
        return True  # `완료 공약은 39건으로`
    return (
        w.predicate
        and w.base_parts[-1][1] == "ETM"
        and w.base_parts[-1][0] not in ("ᆯ", "을")
        and w.base_parts[0][0] not in rules().still_to_do
    )


# the states a tally sorts pledges into, as a noun before them
_STATES = frozenset({"완료", "미완료", "추진", "부진", "보류"})


def _part_of_goal(words: list[Word], last: int) -> bool:
    """The figure, with 로, is put as a share of the whole goal in a present predicate
    (`공공 부문 직접일자리는 6,830개로 전체 목표의 24.4% 수준이다`): a part of that goal, planned
    as the goal is (not `… 14만1,318개로 공약 목표 17만개의 83.1%에 이르렀다`, a past count, nor
    `연간 목표의 52.3%`, the progress made towards it)."""
    if not set(words[last].particle_forms()) & RO:
        return False
    k = last + 1
    if k + 3 >= len(words) or words[k].stem not in _WHOLE or not words[k].bare_noun:
        return False
    goal = words[k + 1]
    if goal.stem not in rules().goal_nouns or goal.particle_forms() != ["의"]:
        return False
    if "%" not in words[k + 2].text:
        return False
    verb = next((w for w in words[k + 2 :] if w.predicate), None)
    return verb is not None and not past_form(verb)


def _goal_moved(words: list[Word], first: int, last: int) -> bool:
    """The figure is where a goal the clause takes as its object moves from or to (`일자리
    목표를 지난해 2만9000개에서 3만개로 늘려 잡았다`); not a share of it (`목표를 106% 달성`)."""
    if not set(words[last].particle_forms()) & {"에서", "부터", "로", "으로", "까지"}:
        return False
    verb = next((w for w in words[last + 1 :] if w.predicate), None)
    if verb is None or stem_in(verb, rules().exceed):
        return False  # `목표를 4만1250개로 넘어섰다`: what was reached, past the goal
    for k in range(first - 1, -1, -1):
        w = words[k]
        if w.predicate or w.punct:
            return False
        if w.stem in rules().goal_nouns and set(w.particle_forms()) & OBJECT:
            return True
    return False


def goal_changed(words: list[Word], first: int, last: int) -> bool:
    return _changed_goal(words, first, last) is not None


def changed_goal_year(
    words: list[Word], first: int, last: int, published_at: datetime | None
) -> int | None:
    """The year heading a goal changed (`올해 관광객 유치 목표를 지난해 말 수립한 1,500만명에서
    1,350만명으로`): the goal's year, not that of the clause it was set in."""
    goal = _changed_goal(words, first, last)
    if goal is None:
        return None
    for k in range(goal - 1, max(-1, goal - _GOAL_PHRASE_WORDS - 1), -1):
        year = year_of(words, k, published_at)
        if year is not None:
            return year
        if not words[k].bare_noun:
            return None
    return None


_GOAL_PHRASE_WORDS = 4  # `올해 경남 지역내총생산(GRDP) 성장률 전망치를`


def _changed_goal(words: list[Word], first: int, last: int) -> int | None:
    """The figure is what a goal the sentence names as an object was changed to (`목표를 당초
    3만2000개로 잡았으나 … 3만개로 변경했고`, `목표 65%를 63.5%로 하향 조정했다`), from, or
    by (`목표를 3만5천개로 3천개 늘렸다`)."""
    r = rules()
    to = _changed_to(words, last)
    by = (
        to is None
        and not words[last].particle_forms()
        and first > 0
        and words[first - 1].has_number
        and bool(set(words[first - 1].particle_forms()) & RO)
    )
    verb = _change_verb(words, last if by else to)
    changes = r.change_goal | (r.raise_or_cut if by else frozenset())
    if verb is None or verb.base_parts[0][0] not in changes:
        return None
    if to is not None and to > last:
        first = to  # (the goal named before the value it was changed from)
    # (a forecast revised is planned as a goal is: `성장률 전망치를 2.1%에서 1.4%로 낮췄다`)
    return next(
        (
            k
            for k, w in enumerate(words[:first])
            if w.stem in r.goal_nouns | r.forecasts
            and set(w.particle_forms()) <= OBJECT | TOPIC_PARTICLES | {"도"}
        ),
        None,
    )


def _changed_to(words: list[Word], last: int) -> int | None:
    """The value a change goes to: the figure itself when it takes 로, or the one after it when
    it takes 에서 (`1,500만명에서 1,350만명으로`, `지난해 1,500만원에서 올해 2,000만원으로`)."""
    k = last
    relative = rules().relative
    if "에서" in words[k].particle_forms():
        k += 1
        while k < len(words) and (words[k].stem in relative or YEAR.fullmatch(words[k].text)):
            k += 1
        if k >= len(words) or not words[k].has_number:
            return None
    return k if set(words[k].particle_forms()) & RO else None


def _change_verb(words: list[Word], k: int | None) -> Word | None:
    """The predicate changing the value at word k, past what it changed by and the nouns and
    adverbs of the change (`1,350만명으로 150만명 하향 조정했다`, `12만명으로 크게 낮췄다`)."""
    if k is None:
        return None
    r = rules()
    k += 1
    if k < len(words) and words[k].has_number and not words[k].particle_forms():
        k += 1
    while k < len(words) and (
        (words[k].bare_noun and words[k].stem in r.change_goal)
        or words[k].adverb
        or words[k].base_parts[-1:] == [("게", "EC")]
    ):
        k += 1
    return words[k] if k < len(words) and words[k].predicate else None


def program_term_topic(words: list[Word], first: int) -> bool:
    """The figure's clause has a program's term as its topic (`한도는`, `지원 인원은`, `대상은`,
    `수수료는`)."""
    return topic_named(words, first, rules().program_terms, _TOPIC)


_TOPIC = frozenset({"은", "는"})


def _quota_changed(words: list[Word], first: int, last: int) -> bool:
    """`청년 정착 장려금 대상을 300명에서 450명으로 늘리고`, `지원금 한도를 3천만원에서 5천만원으로
    높였다`: what a program gives or how many it takes, changed from one figure to another, is
    planned on both sides (a program's terms), whatever the verb's tense."""
    r = rules()
    verb = _change_verb(words, _changed_to(words, last))
    if verb is None or verb.base_parts[0][0] not in r.change_goal | r.raise_or_cut:
        return False
    # the terms as object or topic, before the figures, years and rates between (`한도를 1인당
    # 3천만원에서 …로 높였다`, `지원 한도는 지난해 1,500만원에서 올해 2,000만원으로 올렸다`)
    k = first - 1
    while k >= 0 and (
        words[k].has_number
        or words[k].stem in ("당", *r.relative)
        or year_of(words, k, None) is not None
    ):
        k -= 1
    return (
        k >= 0
        and words[k].stem.endswith(r.quotas)
        and bool(set(words[k].particle_forms()) & (OBJECT | _TOPIC))
    )


def _quota_set(words: list[Word], first: int, last: int) -> bool:
    """`노인일자리 사업 규모를 지난해보다 180개 늘린 1,520개로 확정했다`: how many a program takes,
    set with 로 by a verb of fixing or changing it (the change before it too) — planned, whatever
    the tense."""
    r = rules()
    if (
        last + 2 < len(words)
        and words[last + 1].predicate
        and words[last + 1].base_parts[-1][1] == "ETM"
        and stem_in(words[last + 1], r.raise_or_cut)
        and words[last + 2].has_number
    ):
        last = first = last + 2  # `180개 늘린 1,520개로`: the change to the size set
    if not set(words[last].particle_forms()) & RO:
        return False
    verb = next((w for w in words[last + 1 :] if w.predicate), None)
    if verb is None or not stem_in(verb, r.allocate | r.change_goal | r.raise_or_cut):
        return False
    for k in range(first - 1, -1, -1):
        w = words[k]
        if w.predicate and clause_end(w):
            return False
        if w.stem.endswith(r.quotas) and set(w.particle_forms()) & OBJECT:
            return True
    return False


def _listed_adnominal(words: list[Word], k: int) -> bool:
    """An adnominal inside an item of a ▲ list (`▲기업 유치를 통한 일자리 8700개`): it describes
    the item, the list still says what the goal is."""
    if words[k].base_parts[-1][1] != "ETM":
        return False
    return any(w.text.startswith(LIST_MARKS) for w in words[max(0, k - 4) : k])


def _goal_after(words: list[Word], last: int) -> bool:
    """The figure is what a goal noun after it was (`2만6000개였던 목표는`, `60.8%였던 고용률
    목표는`): a relative clause of the copula on the goal; or what a goal was set to (`연초
    3만8000개로 잡았던 일자리 목표를`); or what a plan after its act holds (`일자리 7만개 창출
    계획을 설명하고 있다`)."""
    r = rules()
    w = words[last]
    nxt = words[last + 1] if last + 1 < len(words) else None
    if (
        nxt is not None
        and set(w.particle_forms()) & RO
        and nxt.predicate
        and nxt.base_parts[-1][1] == "ETM"
        and nxt.base_parts[0][0] in r.set_goal
    ):
        w, last = nxt, last + 1
    elif (
        nxt is not None
        and not w.predicate
        and not w.particle_forms()
        and nxt.stem in r.acts
        and nxt.particle_forms() in (["과"], ["와"])
    ):
        # `일자리 1만8,000개 창출과 고용률 59.5% 달성 목표를`: the act joined to the next
        # figure's, whose plan noun both share
        j = next(
            (k for k in range(last + 2, min(len(words), last + 5)) if words[k].has_number), None
        )
        if j is None or j + 2 >= len(words) or words[j].particle_forms():
            return False
        act, plan = words[j + 1], words[j + 2]
        named = r.plan_nouns | r.pledges
        return act.bare_noun and act.stem in r.acts and plan.stem in named and not plan.predicate
    elif (
        nxt is not None
        and not w.predicate
        and not w.particle_forms()
        and nxt.bare_noun
        and last + 2 < len(words)
    ):
        plan = words[last + 2]
        # (`일자리 12만개 창출 공약은`: a pledge's content as well)
        named = r.plan_nouns | r.pledges
        return plan.stem in named and not plan.predicate and nxt.stem in r.acts
    elif not (w.predicate and w.base_parts[-1][1] == "ETM" and ("이", "VCP") in w.base_parts):
        return False
    for noun in words[last + 1 : last + 3]:
        if noun.stem in r.goal_nouns:
            return True
        if not noun.bare_noun:
            return False
    return False


def _goal_set(words: list[Word], first: int, last: int) -> bool:
    """`목표를 2만8000개로 잡았다`: the goal set to the figure; `목표로 7천200개를 세웠는데`: the
    figure set as the goal."""
    before = set(words[first - 1].particle_forms())
    goal = words[first - 1].stem in rules().goal_nouns
    if goal and before <= OBJECT and set(figure_particles(words, last)) & RO:
        return True
    verb = next((w for w in words[last + 1 :] if w.predicate), None)
    if verb is None or verb.base_parts[0][0] not in rules().set_goal:
        return False
    if not set(figure_particles(words, last)) & OBJECT:
        return False
    # `목표로 고용률 61.5%, 취업자 24만8천명을 세웠다`: the goal noun a few nouns and list
    # items back
    for k in range(first - 1, max(-1, first - 7), -1):
        w = words[k]
        if w.stem in rules().goal_nouns:
            forms = set(w.particle_forms())
            return bool(forms) and forms <= RO
        if not (w.bare_noun or w.text == "," or (w.has_number and not w.particle_forms())):
            return False
    return False


def _ahead_adnominal(forms: list[tuple[str, str]]) -> bool:
    """An adnominal of what is to come (`만들겠다는`, `늘리겠다던`, `만들 일자리`)."""
    return ahead_form(forms) and forms[-1][1] == "ETM"


def _goal_set_to_figure(words: list[Word], last: int) -> bool:
    """The figure, with 로, is what the goal after it is set or changed to (`3천 개로 목표를
    높였다`), or what a verb of setting takes it as straight after (`63.5%로 잡았다`)."""
    if not set(words[last].particle_forms()) & RO or last + 1 >= len(words):
        return False
    r = rules()
    nxt = words[last + 1]
    if nxt.predicate:
        return nxt.parts[0][0] in r.set_goal
    if not _goal_as_object(nxt):
        return False
    verb = next((w for w in words[last + 2 : last + 4] if w.predicate), None)
    return verb is not None and (
        verb.parts[0][0] in r.change_goal or verb.parts[0][0] in r.set_goal
    )


def _goal_object_listed(words: list[Word], first: int, last: int) -> bool:
    """The figure, with no particle and a comma after it, right after a goal noun as object: the
    first of the values a later verb sets (`일자리 목표를 4만9천개, 예산을 3,120억원으로
    잡았다`), its 로 left out."""
    return (
        first > 0
        and _goal_as_object(words[first - 1])
        and not words[last].particle_forms()
        and last + 1 < len(words)
        and words[last + 1].text == ","
    )


def _goal_as_object(w: Word) -> bool:
    """A goal noun with an object particle (`목표를`), what a verb after it sets or changes."""
    return w.stem in rules().goal_nouns and bool(set(w.particle_forms()) & OBJECT)


def goal_noun_before(words: list[Word], first: int) -> bool:
    """A bare goal noun heads the figure's noun phrase: `목표 3만개`, `목표(2만8000개)`, `목표
    고용률은 67.5%`, `목표 일자리 수는 3만개`. The nouns between may not be bases of
    comparison (`목표 대비 103%`), and only the one next to the figure may carry a particle."""
    r = rules()
    k = first - 1
    if k >= 0 and words[k].text in ("(", "[", "〔"):
        k -= 1
        if k >= 0 and words[k].bare_noun and words[k].stem in r.plan_nouns | r.pledges:
            return True  # `민선 8기 계획(6,200개)보다`, `임기 공약(8만개)의 93%`: the plan's figure
    for n in range(3):
        if k < 0:
            return False
        w = words[k]
        if w.predicate or w.punct or not w.stem or is_comparison(w) or w.stem in r.part_of:
            return False  # (`목표 가운데 1만800개에 그쳤지만`: a part of the goal, what was done)
        if n == 0 and w.bare_noun and w.stem in r.pledges:
            # `일자리 공약 2만 개도 넘어섰다`: the pledge's figure (not `지난해에만 공약 12건을
            # 완료했다`: pledges counted as done)
            verb = next((v for v in words[first + 1 :] if v.predicate), None)
            return verb is None or not (stem_in(verb, r.pledges_done) and past_form(verb))
        if w.stem in r.goal_nouns:
            # `목표는 3만개다` names the goal; `목표의 104%`, `목표를 106% 달성` measure against it
            return w.bare_noun or set(w.particle_forms()) <= TOPIC_PARTICLES
        if w.stem == "계획" and w.bare_noun:
            return True  # `당초 계획 1,050명보다 많은`, `계획 인원 1,180명을 넘어섰다`: the plan's
        if _goal_read_as_price(w):
            return True  # `2016년 목표가 1만4589개였던`
        if n > 0 and not w.bare_noun:
            return False
        k -= 1
    return False


def result_noun_before(words: list[Word], first: int, last: int | None = None) -> bool:
    """A result noun heads the figure: `실적(2만8928개)`, `실적 3만766개`, or is its topic right
    before it when the figure's clause closes with it (`누적 실적은 4만1천개로, …`; not `올해
    실적은 3만개 안팎에 이를 전망이다`, a forecast)."""
    k = first - 1
    if k >= 0 and words[k].text in OPENING_PARENS:
        k -= 1
    topic = last is not None and closed_by_comma(words, last)
    results = tuple(rules().result_nouns)
    if k >= 0 and not words[k].stem and words[k].text.endswith(results):
        return True  # `확인된 이월액 2,846억원`: Kiwi reads 이월액 there as 이/MM + 월 + 액
    heads = k >= 0 and (
        words[k].bare_noun
        or (topic and words[k].particle_forms() in (["은"], ["는"]))
        or (last is not None and _recorded_as(words, k, last))
    )
    return heads and words[k].stem.endswith(results)


def _recorded_as(words: list[Word], k: int, last: int) -> bool:
    """The noun at k is the subject the figure, with 로, is recorded as (`지난해 불용액이
    587억원으로 잠정 집계됨에 따라 …`), whatever the rest of the sentence then plans."""
    if words[k].particle_forms() not in (["이"], ["가"], ["은"], ["는"]):
        return False
    if not set(words[last].particle_forms()) & RO:
        return False
    verb = next((w for w in words[last + 1 : last + 4] if w.predicate), None)
    return verb is not None and stem_in(verb, rules().recorded)


def spent_topic(words: list[Word], first: int) -> bool:
    """A noun of spent money is the topic right before the amount (`실제 지출은 388억 원에
    그쳤습니다`, `남은 불용액만 38억 원입니다`), or before the list of items the amount is one of
    (`이월액은 명시이월 8,760억원, 사고이월 2,951억원`), in a sentence not only of what is to
    come."""
    r = rules()
    k = first - 1
    while k > 0 and first - k <= _LISTED_WORDS and _listed_item_word(words[k]):
        if words[k].bare_noun and words[k].stem.endswith(r.budget):
            return False  # `세출 결산액은 최종예산 2조 350억원의 91.1%`: a budget heads it
        k -= 1
    if k < 0:
        return False
    w = words[k]
    if not (set(w.particle_forms()) <= {"은", "는", "만"} and w.particle_forms()):
        return False
    return (w.stem.endswith(tuple(r.result_nouns)) or _spent_budget(words, k)) and not (
        speaks_ahead(words)
    )


def spent_budget_topic(words: list[Word], first: int) -> bool:
    """The topic of the figure's clause is a budget told as spent (`올해 투입된 예산은 2,047억원으로
    전년(1,862억원)보다 185억원 늘었다`): the amounts it is compared with and grew by are spent
    amounts too."""
    if first > 0 and words[first - 1].bare_noun and words[first - 1].stem.endswith(rules().budget):
        return False  # `집행한 일자리 예산은 4,718억원으로 연간 예산 8,930억원의 52.8%다`
    k = clause_topic(words, first)
    return k is not None and _spent_budget(words, k) and not speaks_ahead(words)


def _spent_budget(words: list[Word], k: int) -> bool:
    """Word k is a budget told as what was spent (`시가 집행한 일자리 예산은`); over a span gone by,
    what was put in or secured too (`임기 4년간 공약사업에 투입된 사업비는`, `지난 1년간 확보한
    재원은`); what was put in, told in its passive, whenever (`지난해 공약사업에 투입된 예산은`;
    `투입한 예산` may be what a budget set aside)."""
    r = rules()
    if not words[k].stem.endswith(r.budget):
        return False
    over_span = any(DURATION.fullmatch(v.text) or v.stem in r.terms for v in words[:k])
    verbs = r.spend | r.spent_adnominal | r.secured if over_span else r.spend
    return any(
        (
            stem_in(v, verbs)
            # (Kiwi may read `집행한` as 집행/NNG + 한/MM)
            and (past_adnominal(v.base_parts) or v.base_parts[-1] == ("한", "MM"))
        )
        or (stem_in(v, r.spent_adnominal) and passive(v) and past_adnominal(v.base_parts))
        for v in words[max(0, k - 3) : k]
    )


_LISTED_WORDS = 8  # a topic's list: `명시이월 8,760억원, 사고이월 2,951억원, …`


def _listed_item_word(w: Word) -> bool:
    """A word of an item of a list after its topic: a bare label, an amount, a comma (or the
    day it is counted on: `11월 말 기준`)."""
    return (
        w.bare_noun
        or w.text == ","
        or (w.has_number and not w.particle_forms())
        or MONTH_WORD.fullmatch(w.text) is not None
    )


def _goal_read_as_price(w: Word) -> bool:
    """`목표가`: Kiwi may read the subject 목표 + 가 as 목표가 (a target price, 가 a suffix)."""
    parts = w.base_parts
    return len(parts) == 2 and parts[1] == ("가", "XSN") and parts[0][0] in rules().goal_nouns


def _share_of_goal(words: list[Word], first: int, last: int) -> bool:
    """A percent that measures how much of the goal was met, not the goal: of the goal's noun
    phrase, owned with 의 (`목표 금액의 98%에 그쳤다`), or with no particle before a verb of
    exceeding (`목표 128% 달성`; with a particle of its own the percent is the goal exceeded:
    `목표치 63.5%도 넘어섰다`)."""
    w = words[last]
    if "%" not in w.text and "퍼센트" not in w.text:
        return False
    if first > 0 and "의" in words[first - 1].particle_forms():
        return True
    if last + 1 >= len(words):
        return False
    after = words[last + 1]
    stopped = _stops_verb(after)
    if w.particle_forms() == ["에"] and stopped:
        return True  # `목표 95%에 그쳐`: how much of the goal it came only to
    if w.particle_forms():
        return False
    # (`지난해 목표 91% 그쳐`: the particle left out)
    return after.parts[0][0] in rules().exceed or after.stem in rules().exceed or stopped


def goal_adnominal(w: Word) -> bool:
    """`목표였던`, `목표로 한`: a goal noun's adnominal right before a figure."""
    return w.predicate and w.parts[0][0] in rules().plan_nouns and w.parts[-1][1] == "ETM"


def _pledge_named(words: list[Word], first: int) -> bool:
    """The figure's noun phrase, quoted or not, follows a copula's adnominal of a goal or a
    pledge (`임기 공약인 '4년간 일자리 11만개'`, `목표인 일자리 2만개`) or a pledging verb's
    (`임기 내 약속한 일자리 5만개 가운데`): it is what was promised."""
    r = rules()
    for k in range(first - 1, max(-1, first - 7), -1):
        w = words[k]
        if w.text in CLOSING_QUOTES or w.text in ("'", "‘", "“") or w.bare_noun:
            continue
        if DURATION.fullmatch(w.text):
            continue  # `'4년간 일자리 11만개'`: the time the pledge is for
        if not w.predicate or w.base_parts[-1][1] != "ETM":
            return False
        named = w.parts[0][0] in r.plan_nouns | r.pledges and ("이", "VCP") in w.base_parts
        return named or stem_in(w, r.pledges)
    return False


def line_label(words: list[Word], first: int) -> bool | None:
    """What the label before a colon heads the figure's line as: goals (`○ 올해 목표: 집행률 90%
    이상, 불용액 비율 2% 이내`: True), results (`- 올해 성과: 기업 투자유치 1조 2,400억원`:
    False), or nothing (None)."""
    r = rules()
    for k in range(first - 1, -1, -1):
        w = words[k]
        if w.text == ":" or not (
            w.text.endswith(":") or (k + 1 < first and words[k + 1].text == ":")
        ):
            continue
        stem = w.stem
        if stem in r.goal_nouns or stem in r.plan_nouns:
            return True
        if stem in r.result_labels or stem.endswith(tuple(r.result_nouns)):
            return False
        return None
    return None


def part_of_result(words: list[Word], first: int) -> bool:
    """The sentence opens on parts of a settled amount (`불용액 가운데 인건비가 58억원, … 일자리
    사업비가 27억원이었다`, `이월액 중 …`): what the accounts came to, whatever budget noun names a
    part."""
    whole = opened_part_of(words, first)
    return (
        whole is not None and whole.bare_noun and whole.stem.endswith(tuple(rules().result_nouns))
    )


def _said_to_come_topic(words: list[Word], first: int) -> bool:
    """The figure's topic is headed by an adnominal reporting what someone said will be
    (`17개 광역자치단체가 올해 창출하겠다고 공시한 일자리는 모두 158만 3천개로 집계됐다`): what was
    promised, however it was then tallied."""
    k = clause_topic(words, first)
    if k is None or k < 2:
        return False
    said, quoted = words[k - 1], words[k - 2]
    return (
        said.predicate
        and said.base_parts[-1][1] == "ETM"
        and quoted.predicate
        and ("겠", "EP") in quoted.base_parts
        and quoted.base_parts[-1][0] in ("다고", "라고")
    )


_LIST_TO_PLAN_WORDS = 12  # the items, `등` and the plan's own nouns after the figure


def _listed_into_plan(words: list[Word], last: int) -> bool:
    """The figure is an item of a list that `등` closes into a plan or goal noun as the object of
    the sentence's verb (`직접일자리 1만2,400개, 직업훈련 3,100명 등 5개 분야 계획을 내놨다`): what
    the plan holds."""
    r = rules()
    closed = False
    for k in range(last + 1, min(len(words), last + 1 + _LIST_TO_PLAN_WORDS)):
        w = words[k]
        if w.predicate:
            return False
        if w.stem == "등":
            closed = True
            continue
        if closed and w.stem in r.plan_nouns | r.goal_nouns and not w.bare_noun:
            # (not `… 등 8곳은 목표를 달성했다`: the goal met, the items what met it)
            verb = next((v for v in words[k + 1 :] if v.predicate), None)
            met = verb is not None and stem_in(verb, r.exceed)
            return bool(set(w.particle_forms()) & OBJECT) and not met
        if not (w.bare_noun or w.has_number or w.text == ","):
            return False
    return False


def expected_after(words: list[Word], last: int) -> bool:
    """The figure is what an act is expected to bring: the noun or verb of expecting right after
    it, or after the act's nouns (`일자리 830개 기대`, `일자리 7,800개 창출 기대`, `1,200명의 고용
    창출이 기대된다`). A noun of expecting ends its segment (not `기대 이상으로`)."""
    expected = rules().expected
    for k in range(last + 1, min(last + 4, len(words))):
        w = words[k]
        if w.text in SEGMENT_ENDS or w.punct or w.has_number:
            return False
        if stem_in(w, expected):
            return w.predicate or (not w.particle_forms() and ends_segment(words, k))
        if w.predicate:
            return False
    return False
