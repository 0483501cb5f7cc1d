"""Plan or result from the verb a figure belongs to: the first predicate after it in the sentence,
followed through connective endings (`만들어 … 채웠다`) to the one that decides; the verb forms
(past, future, a state) the other tense modules read too. See extractors/tense.py.
"""

from __future__ import annotations

import re

from extractors.tables import BARS
from extractors.tense_compare import is_comparison
from extractors.tense_words import (
    CLAUSE_ENDS,
    FRAMING,
    LINKING_NOUNS,
    OBJECT,
    SEGMENT_ENDS,
    TOPIC_PARTICLES,
    YEAR,
    clause_topic,
    closed_by_comma,
    opens_with_part,
    passive,
    rules,
    stem_in,
)
from extractors.words import RO, Word

_PAST = frozenset({"었", "았", "였", "ᆻ", "었었", "았었"})
_FUTURE_ETM = frozenset({"ᆯ", "을", "ㄹ"})
_PAST_ETM = frozenset({"ᆫ", "은", "ㄴ", "던"})


#: Connective endings after which a clause of state goes on to another (`39.8%로 낮아 …`).
# `투입해`, `늘어`, `투입하고`, `쏟아붓고도`: one verb to the next
_LINKS = frozenset({"어", "아", "여", "고", "고도"})
_STATE_LINKS = _LINKS | {"며", "으며", "어서", "아서", "여서"}
_TAKEN_UP = frozenset({"이를", "이것을", "그것을"})  # an object pointing back at what was said
_CELL_ENDS = frozenset(BARS)  # a table row's cells are read one by one
_AND_THEN = frozenset({("며", "EC"), ("으며", "EC"), ("고", "EC")})
_IF = frozenset({("면", "EC"), ("으면", "EC")})  # a condition, not yet met
_PRESENT_ETM = frozenset({"는", "ᆫ다는", "는다는"})  # (`창출한다는 내용의`: told as said)
_PAST_ADNOMINAL = frozenset({("ᆫ", "ETM"), ("은", "ETM")})  # `만든`, `찾은`: done
_PRESENT_EF = frozenset({"ᆫ다", "는다", "ㄴ다", "ᆸ니다", "습니다"})
_SUPERLATIVE = frozenset({"가장", "제일"})  # `A가 N개로 가장 많고, B(n), C(n) 순이다`
_QUOTED_PRESENT = frozenset({"ᆫ다고", "는다고", "ㄴ다고"})
_QUOTATIVE = ("다고", "라고", "자고")  # endings closing a reported clause (`만들겠다고 밝혔다`)


def _deed(w: Word) -> bool:
    """A verb of an action (`만들`, `지급하`), not of being or a state."""
    return any(t in ("VV", "XSV") for _, t in w.base_parts) and not _stative(w)


def _stative(w: Word) -> bool:
    """A predicate of being or of a state, the copula too (Kiwi may tag `입니다`'s 이 as VV)."""
    r = rules()
    forms = w.base_parts
    return (
        stem_in(w, r.stative)
        or any(f == "이" and t in ("VCP", "VV") for f, t in forms)
        or any(t in ("VA", "XSA") for _, t in forms)  # `사실과 다릅니다`: a state
    )


def past_adnominal(forms: list[tuple[str, str]]) -> bool:
    """A verb's past adnominal ending (`기록한`, `머물던`; not `많은`, an adjective's present)."""
    return any(
        t == "ETM" and f in _PAST_ETM and n > 0 and forms[n - 1][1] in ("VV", "XSV", "VX", "EP")
        for n, (f, t) in enumerate(forms)
    )


def speaks_ahead(words: list[Word]) -> bool:
    """A sentence only of what is to come (`3만1000개를 만들겠다`, `늘릴 계획이다`): a will or a
    future adnominal, and no past tense anywhere in it."""
    plans = rules().plan_nouns
    ahead_ = False
    for k, w in enumerate(words):
        forms = w.base_parts
        if _past_parts(forms):
            return False
        if past_adnominal(forms):
            return False  # `-0.7%를 기록한 것과 비교해`, `쉬던 사람이`
        will = any(t == "EP" and f == "겠" for f, t in forms)
        # `만들 계획이다`, not `초대할 수 있는` (what can be) or `달라질 때`
        planned = (
            bool(forms)
            and forms[-1][1] == "ETM"
            and forms[-1][0] in _FUTURE_ETM
            and k + 1 < len(words)
            and words[k + 1].stem in plans
        )
        # `1200명으로 늘립니다`: an announcement in the present
        announced = announces(w)
        # `고용률 목표는 63%다`, `일자리 예산은 ○… 등 모두 286억원이다`: a goal or a budget
        # stated in the present
        stated = (
            bool(forms)
            and ("이", "VCP") in forms
            and forms[-1][1] == "EF"
            and any(
                (x.stem in rules().goal_nouns or x.stem.endswith(rules().budget))
                and set(x.particle_forms()) & {"은", "는"}
                for x in words[:k]
            )
        )
        ahead_ = ahead_ or will or planned or announced or stated
        if _quote_ends(words, k):
            # `"…달성하겠다"고 말했다`: the reporting verb's past is of the telling, not the plan
            break
    return ahead_


def announces(w: Word) -> bool:
    """A deed told in the present (`1200명으로 늘립니다`, `… 개편을 추진한다`): what is done next,
    not a state (`… 등이 있다`) nor the copula (`… 등이다`)."""
    return any(t == "EF" and f in _PRESENT_EF for f, t in w.base_parts) and not _stative(w)


def _quote_ends(words: list[Word], k: int) -> bool:
    """Word k closes what a sentence reports (`만들겠다고`, `달성하겠다"고`): the words after it
    tell who said it and when."""
    forms = words[k].base_parts
    if any(t == "JKQ" for _, t in forms):
        return True
    return bool(forms) and forms[-1][1] == "EC" and forms[-1][0].endswith(_QUOTATIVE)


def _set_to(words: list[Word], last: int) -> bool:
    """The figure, with 로, is what a goal noun earlier in its clause is set to."""
    if not set(words[last].particle_forms()) & RO:
        return False
    r = rules()
    for k in range(last - 1, -1, -1):
        w = words[k]
        if w.stem in r.goal_nouns and set(w.particle_forms()) <= TOPIC_PARTICLES | OBJECT:
            return True
        if w.predicate and w.parts[-1][1] != "ETM":
            return False
    return False


def ranking_goes_on(words: list[Word], k: int, first: int) -> bool:
    """Word k closes the first item of a ranking (`청주시가 4만4000개로 가장 많고,`) and the
    figure is a later item of it (`천안시(2만8000개), 전주시(2만3500개) 순이다`, `… 뒤를
    이었다`): the items after the first are said in the first one's frame."""
    w = words[k]
    forms = w.base_parts
    if not (
        k > 0
        and words[k - 1].text in _SUPERLATIVE
        and forms[0][1] == "VA"
        and forms[-1] == ("고", "EC")
    ):
        return False
    for m in range(first + 1, len(words)):
        x = words[m]
        if x.stem == "순" and (x.predicate or set(x.particle_forms()) & RO):
            return True
        if x.stem == "뒤" and set(x.particle_forms()) & OBJECT:
            return m + 1 < len(words) and words[m + 1].base_parts[:1] == [("잇", "VV")]
        if x.predicate:
            return False
    return False


def ranks(words: list[Word]) -> bool:
    """The sentence ranks its items (`거창군이 5,420억원으로 가장 많았고`, `… 양산시 1조1,470억원
    순으로 규모가 컸다`, `가장 적은 곳은 중구로`, `… 군산시는 1조3,650억원으로 뒤를 이었다`)."""
    for m, x in enumerate(words):
        head = words[m + 1].base_parts[:1] if m + 1 < len(words) else []
        if x.text in _SUPERLATIVE and head and head[0][1] == "VA":
            return True
        if x.stem == "순" and (x.predicate or set(x.particle_forms()) & RO):
            return True
        if x.stem == "뒤" and set(x.particle_forms()) & OBJECT and head == [("잇", "VV")]:
            return True
    return False


def _looks_ahead(words: list[Word]) -> bool:
    """A plan noun or a future adnominal (`확대될 것으로 전망했다`): what is said is to come."""
    r = rules()
    return any(
        w.stem in r.plan_nouns or any(t == "ETM" and f in _FUTURE_ETM for f, t in w.base_parts)
        for w in words
    )


_CASES = re.compile(r"\d건")


def _clause_start(words: list[Word], last: int) -> int:
    """The first word after the last predicate before word `last`."""
    return next((k + 1 for k in range(last - 1, -1, -1) if words[k].predicate), 0)


def past_form(w: Word) -> bool:
    return _past_parts(w.base_parts)


def _past_parts(forms: list[tuple[str, str]]) -> bool:
    """A past-tense ending among these forms (`만들었다`, `늘었고`)."""
    return any(t == "EP" and f in _PAST for f, t in forms)


def linked(w: Word) -> bool:
    """A verb linked to the next by `-아/-어` or `-고` (`투입해`, `들여`, `투입하고`)."""
    forms = w.base_parts
    return bool(forms) and forms[-1][1] == "EC" and forms[-1][0] in _LINKS


def then_past(words: list[Word]) -> bool:
    """The next predicate that closes a clause is in the past tense (`투입해 목표 3,500개보다 적은
    3,412개의 일자리를 창출했다`: the adjective's adnominal between says no tense)."""
    return next(
        (
            past_form(w)
            for w in words
            if w.predicate and not (w.base_parts[-1][1] == "ETM" and _stative(w))
        ),
        False,
    )


# ---------------------------------------------------------------------------------------------
# plan or result


def _into_budget(words: list[Word]) -> bool:
    """A budget named with 에 as where money goes (`이번 추경에`, `내년 예산안에는`)."""
    r = rules()
    return any(
        w.stem.endswith(r.budget + r.supplementary) and "에" in "".join(w.particle_forms())
        for w in words
    )


def _invested_by_agreement(words: list[Word], last: int, k: int) -> bool:
    """Word k is a present adnominal (`투자하는`) heading, a noun or two on, an agreement to
    invest the amount before it."""
    if not words[k].predicate or words[k].base_parts[-1] != ("는", "ETM"):
        return False
    agreements = rules().agreements
    near = range(k + 1, min(len(words), k + 4))
    j = next((j for j in near if words[j].stem.endswith(agreements)), None)
    return j is not None and _agreement_to_invest(words, last, j, adnominal=True)


def _agreement_to_invest(words: list[Word], last: int, k: int, adnominal: bool = False) -> bool:
    """Word k, right after the amount (or after `규모의`, or after an adnominal of investing
    when `adnominal`), names an agreement to invest, and the amount is no tally (a count of
    agreements, `모두`, `누적`, a year before it)."""
    r = rules()
    if not adnominal and k == last + 2 and words[last + 1].stem not in r.budget_size:
        return False
    w = words[k]
    agreement = w.stem.endswith(r.agreements) or (
        w.stem == "투자" and k + 1 < len(words) and words[k + 1].stem.startswith(r.agreements)
    )
    if not agreement:
        return False
    start = next((j + 1 for j in range(last - 1, -1, -1) if words[j].predicate), 0)
    return not any(
        # (`3개 기업과 총 1,250억원 규모의 투자협약을 체결했다`: the day's agreements added up,
        # not a tally over time)
        ((x.stem or x.text) in r.cumulative and (x.stem or x.text) != "총")
        or (x.has_number and x.text.rstrip(",").endswith("건"))
        # `지난해 기업 38곳과 … 투자협약을 맺었다`: what a year brought, not what is to come
        or ((YEAR.match(x.text) or x.stem in r.relative) and "까지" not in x.particle_forms())
        for x in words[start:last]
    )


def topic_named(
    words: list[Word],
    before: int,
    heads: tuple[str, ...],
    particles: frozenset[str],
    right_before: bool = False,
) -> bool:
    """A word of the figure's clause before word `before` (only adnominals among its predicates)
    whose stem ends in one of `heads`, marked as topic or subject by one of `particles` (or any
    noun right before it, when `right_before`: `이월액 1,806억원`)."""
    for k in range(before - 1, -1, -1):
        w = words[k]
        if w.predicate and w.base_parts[-1][1] != "ETM":
            return False
        if w.stem.endswith(heads) and (
            (right_before and k == before - 1) or set(w.particle_forms()) & particles
        ):
            return True
    return False


def _settled_topic(words: list[Word], last: int) -> bool:
    """The figure's clause is about settled accounts (`순세계잉여금은`, `결산액이`, `이월액
    1,806억원`): its topic, subject or the noun right before it names them."""
    r = rules()
    # (revenue and spending are settled ones in a sentence of the settlement: `결산 결과 세입은
    # 9,046억원, 세출은 7,692억원으로 확정됐다`; else a budget's, `세입·세출 각 5조원으로 확정`)
    settled = r.settled
    if any(w.stem.startswith("결산") for w in words):
        settled = (*settled, *r.accounts_sides)
    return topic_named(words, last, settled, TOPIC_PARTICLES, right_before=True)


def settled_amount(words: list[Word], first: int, last: int) -> bool:
    """An amount of settled accounts told as such: the surplus or what was spent as the figure's
    topic or the noun right before it, the figure a whole a part is taken from (`순세계잉여금
    615억원 가운데`) or stated with a copula (`순세계잉여금은 820억원이다`)."""
    if not _settled_topic(words, last):
        return False
    nxt = words[last + 1] if last + 1 < len(words) else None
    if nxt is not None and nxt.stem in rules().part_of:
        return True
    comma = last + 1 < len(words) and words[last + 1].text == ","
    if comma and opens_with_part(words[last + 2 : last + 4]):
        return True  # `순세계잉여금은 1,910억원으로, 이 가운데 1,200억원가량이`: so is this one
    # (the whole a part is taken from, `재원은 … 615억원 가운데`, is what the accounts came to)
    if any(
        w.stem in rules().funding_topics and w.particle_forms() in (["은"], ["는"])
        for w in words[:first]
    ):
        return False  # `재원은 …, 순세계잉여금 341억원이다`: what a budget is funded by, planned
    return ("이", "VCP") in words[last].base_parts and not _past_parts(words[last].base_parts)


def computes_settled(words: list[Word]) -> bool:
    """The sentence works out what the accounts came to (`세계잉여금 3,564억원에서 이월액
    2,318억원과 … 74억원을 빼면 순세계잉여금은 1,172억원이다`): a verb of taking out and the
    settled surplus as its topic."""
    r = rules()
    return any(stem_in(w, r.subtracting) for w in words) and any(
        w.stem.endswith(r.settled) and set(w.particle_forms()) & TOPIC_PARTICLES for w in words
    )


def _heads_another_figure(words: list[Word], k: int) -> bool:
    """The adnominal at word k heads a figure after it, a noun or two between at most."""
    for j in range(k + 1, min(len(words), k + 4)):
        if words[j].has_number:
            return True
        if not words[j].bare_noun:
            return False
    return False


def plan_of(words: list[Word], last: int, money: bool = False) -> bool | None:
    """Follow the predicates after word `last` to the one that decides (see module doc); an
    amount of money may be allocated."""
    r = rules()
    own = words[last].base_parts if last < len(words) else []
    if _closed_past(own):
        return False  # `65%였고`: the figure's own copula closes its clause in the past
    if _level_taken_up(words, last) or _rate_stated(words, last):
        # `고용률은 58.7%로, 시는 이를 61%로 높일 계획이다`, `고용률은 60.4%로, 시가 내건 올해 목표
        # 60.2%를 0.2%p 웃돌았다`: where it stands, its clause closed
        return False
    if _past_parts(own) and own[-1] == ("던", "ETM") and ("이", "VCP") in own:
        return False  # `65.4%였던 고용률을 66%로 끌어올릴 계획이다`: the level it stood at
    own_particles = words[last].particle_forms() if last < len(words) else []
    # `27개 사업 78억원을 증액했다`, `62개 사업에 증액하는`: projects a budget is cut or raised in
    # are allocated as its money is
    projects = (last + 1 < len(words) and words[last + 1].stem.startswith(r.project_nouns)) or (
        # (`타당성이 부족한 12건을 전액 삭감했습니다`: cases a budget cuts are its projects)
        _CASES.search(words[last].text) is not None
    )
    named = r.plan_nouns | r.pledges  # (once, not per word of the loop)
    past = False
    seen = 0  # predicates passed
    for k in range(last + 1, len(words)):
        w = words[k]
        forms = w.base_parts
        if w.text in SEGMENT_ENDS:
            break  # `3만1117개 달성…올해도 3만개 목표`: a headline's segments are clauses
        if w.text in _CELL_ENDS:
            break  # `고용률 | 63.6 | 65.0(목표)`: a cell's own label says, not the next cell's
        if done_and_then(words, k) and not (money and stem_in(w, r.allocate)):
            # `106.1%를 달성한 데 이어, 올해는 …`: what came before is done (money allocated
            # stays a budget: `410억원을 반영한 데 이어`)
            return False
        if (
            k == last + 1
            and w.stem in r.goal_nouns | r.pledges
            and not (w.predicate or own_particles)
            and not goal_of_percent_after(words, k)
        ):
            # `8,450개 목표에 8,702개를 창출했고`, `청년 일자리 5만개 공약은 …에 그쳐`: the figure
            # is the goal or pledge it names
            return True
        if (
            money
            and k == last + 1
            and w.bare_noun
            and not own_particles
            and w.stem in r.plan_verbs | r.allocate
        ):
            return True  # `일자리 예산 112억원 편성…`: a headline's noun of allocating
        if money and k == last + 1 and _invested_by_agreement(words, last, k):
            # `총 1조 2,000억원을 투자하는 내용의 업무협약(MOU)을 맺었다`: what the agreement
            # has the firms invest
            return True
        if money and k <= last + 2 and _agreement_to_invest(words, last, k):
            # `5개 기업과 1,850억원 투자협약`, `1조2,000억원 규모의 투자협약을 체결했다`: what
            # the firms are to invest (not a year's tally, `모두 63건, 22조원의 투자협약을`)
            return True
        if k > last + 1 and w.stem in r.goal_nouns and _measured_against(words, k):
            return False  # `지난해 1만8300개 창출, 목표엔 못 미쳐`: what was made, set against it
        if w.stem in r.goal_nouns and goal_set_after(words, k):
            return True  # `▲청년 일자리 3,200개 … 등 대상별 목표도 함께 내놨다`
        if w.stem in r.plan_nouns and not w.predicate:
            particles = w.particle_forms()
            if any(p in RO for p in particles) or (not particles and ends_segment(words, k)):
                return True
        if w.stem in named and any(t == "VCP" for _, t in forms):
            if forms[-1][1] == "ETM":
                # `목표인 1만4589개`, `임기 공약인 '일자리 11만개'`: the goal is the figure after it
                continue
            return True  # `계획이다`, `예정이다`
        if not w.predicate:
            continue
        first_predicate = seen == 0
        seen += 1
        if (
            first_predicate
            and k == last + 1
            and past_adnominal(forms)
            and stem_in(w, r.level_changes)
            and set(own_particles) & {"까지", "로", "으로"}
        ):
            return False  # `올해 63.1%까지 떨어진 고용률을 64%대로 회복시키겠다`: where it fell to
        stopped = first_predicate and stem_in(w, r.stopped) and "에" in own_particles
        if stopped and not ahead_form(forms):
            # `집행률은 48.5%에 머물러, … 높여야 한다는`, `지난해 42.8%에 머문 청년 고용률을`:
            # where it stopped
            return False
        if (
            first_predicate
            and forms[-1] in _AND_THEN
            and not _past_parts(forms)
            and k + 1 < len(words)
            and words[k + 1].text == ","
            and _deed(w)
            and stem_in(w, r.spent_adnominal | r.made | r.plan_verbs | r.allocate)
        ):
            # `58개 사업에 2,046억원을 투입하며, 이는 지난해 …보다 9.3% 늘어난 규모다`: the
            # figure's clause closes on a present deed, what the next clause says of it aside
            return True
        if (
            first_predicate
            and forms[-1] in _IF
            and not _past_parts(forms)
            and w.text not in FRAMING
            and not stem_in(w, r.frames_if)
        ):
            return True  # `협력업체 60여곳이 올해 안에 입주를 마치면`: what is to happen, if
        if (
            stem_in(w, r.share)
            and not ahead_form(forms)  # (`… 860억원 등이 담길 예정이다`: to come)
            and not any(x.predicate and x.base_parts[-1][1] != "ETM" for x in words[last + 1 : k])
        ):
            # `사회복지 분야가 4,870억원으로 전체의 41.1%를 차지했다`: the part of a whole is
            # planned or done as the whole is (extractors/timeline.py), whatever the tense
            return None
        if (
            first_predicate
            and stem_in(w, r.level_changes)
            and linked(w)
            and any(is_comparison(x) for x in words[_clause_start(words, last) : k])
            and not _looks_ahead(words[k + 1 :])
            # (a headline ending on the linked verb, `…보다 2천734억 원 늘어 -`, says no more)
            and any(x.predicate for x in words[k + 1 :])
        ):
            return False  # `42.5%로 전년 동기 44.1%보다 1.6%p 떨어져 … 지적이 나온다`
        if first_predicate and ranking_goes_on(words, k, k):
            # `사회복지 분야가 2,418억 원으로 가장 많고, … 순이다`: the first item of a
            # ranking is told as the others are, planned or done as the whole they break down
            return None
        if (
            first_predicate
            and _stative(w)
            and forms[-1][1] == "EC"
            and forms[-1][0] in _STATE_LINKS
        ):
            # `청년층 고용률은 39.8%로 여전히 낮아 … 보강하기로 했다`: the figure's clause is
            # a state; what follows is done about it
            return False
        if forms[-1][1] == "ETM" and not first_predicate and _heads_another_figure(words, k):
            # `2,138억원을 이용해 당초 계획했던 2,000억원의 106.9%를`: the adnominal is the
            # later figure's
            continue
        if money and stem_in(w, r.confirmed) and _settled_topic(words, last):
            return False  # `순세계잉여금은 1,052억원으로 확정됐다`: accounts settled
        if stem_in(w, r.plan_verbs) or ((money or projects) and stem_in(w, r.allocate)):
            return True
        if money and stem_in(w, r.submitted):
            return True
        if (money or projects) and stem_in(w, r.allocate_into) and _into_budget(words[:last]):
            return True  # `시는 이번 추경에 ▲… 612억원 … 등 모두 156개 사업을 담았다`
        if (
            stem_in(w, r.included)
            and passive(w)
            and any(x.stem.endswith(r.budget) for x in words[:last])
        ):
            return True  # `일자리 분야 예산은 186억원으로, 노인 일자리 3,920개와 … 포함됐다`
        if stem_in(w, r.counts_allocated) and passive(w):
            # `청년 희망일자리 2,500명, … 1,800곳 등이 새로 반영됐다`: put in a budget (not
            # `신청자 11,706명 중 … 요건을 반영해`, taken into account)
            return True
        if money and stem_in(w, r.spent_adnominal) and _going_on(words, k):
            return True  # `1조 199억 8200만 원을 투입하고 있으며`: being put in, as planned
        if (
            money
            and stem_in(w, r.spent_adnominal)
            and forms[-1] in _PRESENT_PUT
            and not _past_parts(forms)
        ):
            return True  # `982억원을 투입하는데, 이는 …`: put in now, as planned
        if first_predicate and k == last + 1 and _made_before(words[last], w):
            # `지난해 6,110개를 만든 군은 올해 6,500개를 만든다`, `7,612개를 만든 경험을 살려 …
            # 넘기겠다`: what the figure's own past adnominal says was done, whatever comes next
            return False
        if forms[0][0] in r.set_goal and _goal_object(words[k - 1]):
            return True  # `2만8천개 창출 목표 세워`, `목표를 세웠다`
        if first_predicate and forms[-1] in _BY_HOW_MUCH and _sets_goal_next(words, k):
            return (
                True  # `목표를 0.6%p 높게 잡았다`, `0.7%p 높여 잡았다`: how much a goal was raised
            )
        if forms[0][0] in r.set_goal and seen == 1 and _set_to(words, last):
            return True  # `목표는 … 67.5%로 잡았다`: the goal set to the figure
        if any(t == "EP" and f == "겠" for f, t in forms) and (
            first_predicate or forms[-1] not in (("던", "ETM"), ("다던", "ETM"))
        ):
            # (`4만1천300개를 만들어 … 만들겠다던 공약을`: a past pledge's adnominal is its own)
            return True
        if forms[-1][1] == "ETM" and forms[-1][0] in _PRESENT_ETM and _plan_content(words, k + 1):
            return True  # `1만5313개를 창출하는 내용의 대책을 내놨다`: what the plan holds
        if any(t == "ETM" and f in _FUTURE_ETM for f, t in forms) and not _could(words, k + 1):
            return True  # `늘릴 예정`, `늘어날 것으로`
        if any(t == "ETN" for _, t in forms) and any(f in r.plan_endings for f in _joined(forms)):
            return True  # `만들기로`
        if first_predicate and forms[-1] == ("기", "ETN") and _purpose(words, k + 1):
            return True  # `2만4천개를 창출하기 위해`: the figure's own verb says what it is for
        if any(t == "EC" and f in r.plan_endings for f, t in forms):
            return True
        if any(t == "EC" and f in _QUOTED_PRESENT for f, t in forms) and not past:
            # `투입된다고 밝혔다`: the reported clause's own tense decides, not the reporting verb
            return None if _stative(w) else True
        past = past or _past_parts(forms)
        if _closed_past(forms) or _closed_past_noun(words, k):
            return False  # `늘었고 올해는 70%를 목표로`: a past clause is closed
        final = [f for f, t in forms if t == "EF"]
        if final:
            if past:
                return False
            if final[-1] in _PRESENT_EF:
                # `만든다`, `늘립니다` announce a plan; `75%에 해당한다`, `3만개에 달한다`,
                # `103%입니다` state a fact (undecided: extractors/timeline.py makes it a plan
                # when its year is ahead)
                return None if _stative(w) else True
            return None
    return False if past else None


def goal_of_percent_after(words: list[Word], k: int) -> bool:
    """A percent follows the goal noun at k right after a figure: the goal is the percent's, met
    by the figure (`2만8928개 목표 103.3% 달성`), not the figure's."""
    return k + 1 < len(words) and "%" in words[k + 1].text


def goal_set_after(words: list[Word], k: int) -> bool:
    """The goal noun at k, as object (를, 도) or with 로, is what the next predicate sets
    (`목표도 함께 내놨다`, `목표를 세웠다`, `세부 목표로 정했다`): the figures before it are the
    goals set."""
    w = words[k]
    if w.predicate or not set(w.particle_forms()) & (OBJECT | RO | {"도"}):
        return False
    verb = next((x for x in words[k + 1 : k + 3] if x.predicate), None)
    return verb is not None and sets_goal(verb)


def sets_goal(verb: Word) -> bool:
    """A verb of setting a goal (`세웠다`, `잡았다`, `내놨다`)."""
    # (Kiwi reads `내놨다` as 내 + 어 + 놓, the auxiliary apart)
    aux = [form for form, tag in verb.parts if tag == "VX"]
    joined = verb.parts[0][0] + aux[0] if aux and verb.parts else ""
    return stem_in(verb, rules().set_goal) or joined in rules().set_goal


def _measured_against(words: list[Word], k: int) -> bool:
    """The goal noun at k is what the next predicate exceeds or falls short of."""
    verb = next((w for w in words[k + 1 : k + 3] if w.predicate), None)
    if verb is None or ahead_form(verb.base_parts):
        # (`300명 늘려 목표를 무난히 넘길 것`, `… 만들어 연간 목표를 넘어선다는 방침이다`: what
        # will pass the goal is planned)
        return False
    return stem_in(verb, rules().exceed) or verb.base_parts[0][0] in rules().short_of


_AHEAD_ENDINGS = frozenset({("ᆯ", "ETM"), ("을", "ETM"), ("ᆫ다는", "ETM"), ("는다는", "ETM")})


def ahead_form(forms: list[tuple[str, str]]) -> bool:
    """A verb in a form of what is to come: -겠-, -ㄹ (`넘길 것`), -ㄴ다는 (`넘어선다는 방침`)."""
    return ("겠", "EP") in forms or (bool(forms) and forms[-1] in _AHEAD_ENDINGS)


def _going_on(words: list[Word], k: int) -> bool:
    """The verb at k goes on now (`투입하고 있으며`, `투입하고 있다`): -고, then 있다 not in the
    past."""
    forms = words[k].base_parts
    if not forms or forms[-1] != ("고", "EC") or k + 1 >= len(words):
        return False
    aux = words[k + 1].base_parts
    return bool(aux) and aux[0] == ("있", "VX") and not _past_parts(aux)


def allocated_before(words: list[Word], first: int) -> bool:
    """An allocating verb's adnominal heads the amount (`사업에 편성한 48억원 가운데`,
    `추경에 반영된 15억원`), or a 것 it heads is the amount's topic (`이번 추경에 반영된 건
    1,650억원에 그쳤다`): what was allocated, whatever was then spent of it."""
    if first > 1 and words[first - 1].stem in ("것", "거") and words[first - 1].particle_forms():
        first -= 1
    w = _heading_predicate(words, first)
    r = rules()
    return w is not None and w.base_parts[-1][1] == "ETM" and stem_in(w, r.plan_verbs | r.allocate)


def projects_allocated(words: list[Word], first: int) -> bool:
    """A count of projects whose topic a budget's allocating verb heads (`삭감된 사업은 시민의 날
    기념행사 지원금 등 19건이다`, `감액된 사업은 모두 33건이며`, `감액 대상은 312건으로`): the
    projects a budget is cut or raised in, planned as its money is."""
    r = rules()
    k = clause_topic(words, first)
    if k is None or k < 1 or not words[k].stem.startswith((*r.project_nouns, "대상")):
        return False
    head = words[k - 1]
    verb = head.base_parts[-1][1] == "ETM" and stem_in(head, r.allocate | r.plan_verbs)
    return verb or (head.bare_noun and head.stem in r.allocations_named)


def drafting_budget(words: list[Word], first: int, last: int) -> bool:
    """The clause before the figure drafts a budget, with -면서 (`추경안을 편성하면서 순세계잉여금
    208억원을 투입했다`, `2회 추경을 짜면서 … 178억원을 넣었다`): what is put in is part of it,
    whatever the tense (not what is spent, `… 집행했다`)."""
    r = rules()
    verb = next((w for w in words[last + 1 :] if w.predicate), None)
    if verb is not None and stem_in(verb, r.spend):
        return False
    for k in range(first - 1, 0, -1):
        w = words[k]
        if not w.predicate:
            continue
        return (
            ("면서", "EC") in w.base_parts
            and stem_in(w, r.plan_verbs | r.allocate)
            and words[k - 1].stem.endswith(r.budget)
            and bool(set(words[k - 1].particle_forms()) & OBJECT)
        )
    return False


def _heading_predicate(words: list[Word], first: int) -> Word | None:
    """The predicate right before the figure's noun phrase (a noun or two between), if any."""
    k = before_nouns(words, first)
    return words[k] if k >= 0 and words[k].predicate else None


def before_nouns(words: list[Word], first: int) -> int:
    """The word before the bare nouns (two at most) right before word `first`; -1 at the start."""
    k = first - 1
    while k >= 0 and first - k <= 3 and words[k].bare_noun:
        k -= 1
    return k


def made_then(words: list[Word], last: int) -> bool:
    """The figure's own verb is an action linked on with 며 or 고 (`지난해 2만1900개를 만들며
    이어온 증가세를`, `지난해 2만개를 만들고`): said of a past year, it was done. An item of a
    list (`재작년 2만1300개, 지난해 …`) takes the list's verb."""
    while last + 1 < len(words) and words[last + 1].text == ",":
        nxt = next(
            (k for k in range(last + 2, min(len(words), last + 5)) if words[k].has_number), None
        )
        if nxt is None:
            break
        last = nxt
    verb = next((w for w in words[last + 1 : last + 3] if w.predicate), None)
    if verb is None:
        return False
    forms = verb.base_parts
    r = rules()
    stems = r.plan_verbs | r.allocate | r.set_goal | r.pledges | r.secured | r.exceed
    stems |= r.raise_or_cut | r.level_changes
    return (
        forms[-1] in _AND_THEN
        and not _past_parts(forms)
        and _deed(verb)
        and not stem_in(verb, stems)
    )


_BY_HOW_MUCH = frozenset({("게", "EC"), ("어", "EC"), ("여", "EC")})  # `높게`, `높여`


def _sets_goal_next(words: list[Word], k: int) -> bool:
    """The predicate after word k sets a goal (`… 높게 잡았다`), with a goal noun before."""
    nxt = words[k + 1] if k + 1 < len(words) else None
    return (
        nxt is not None
        and nxt.predicate
        and sets_goal(nxt)
        and any(w.stem in rules().goal_nouns for w in words[:k])
    )


_PRESENT_PUT = frozenset({("는데", "EC"), ("는", "ETM")})  # `투입하는데`, `투입하는`


def done_before(words: list[Word], first: int) -> bool:
    """A past adnominal of making or pouring in heads the figure's noun phrase (`4년 동안 만든
    일자리 4만3천개의`, `4년간 일자리 사업에 쏟은 3천200억원의`): what was done, whatever the
    sentence then plans."""
    w = _heading_predicate(words, first)
    if w is not None and w.base_parts[-1] in _PAST_ADNOMINAL and stem_in(w, rules().made):
        return True
    return done_subject(words, first)


def done_subject(words: list[Word], first: int) -> bool:
    """The figure tells how many its subject is, and a past adnominal of a deed heads that
    subject (`임기 중에 만든 일자리가 모두 1만2천개쯤 됩니다`, `그동안 재취업한 중장년이
    1,950명인데`): what was done."""
    k = first - 1
    while k >= 0 and words[k].adverb:
        k -= 1
    if k < 1 or not set(words[k].particle_forms()) & TOPIC_PARTICLES:
        return False
    subject = k
    k -= 1
    while k >= 0 and words[k].bare_noun and first - k <= 5:
        k -= 1
    r = rules()
    if any(
        x.stem in r.goal_nouns | r.plan_nouns or x.stem.endswith(r.budget)
        for x in words[k + 1 : subject + 1]
    ):
        return False  # `… 합친 인구정책 예산은 모두 88억원이다`, `공시한 올해 목표 고용률은`
    w = words[k] if k >= 0 else None
    if w is None or not w.predicate:
        return False
    # (`협약 기업들이 약속한 신규 고용 인원은 2,140명이다`: a promise made is no deed done)
    promise = w.base_parts[0][0] in r.pledges
    return w.base_parts[-1] in _PAST_ADNOMINAL and _deed(w) and not promise


def _made_before(figure: Word, w: Word) -> bool:
    """The figure, an object, is followed by an action verb's past adnominal (`…를 만든`); not
    one of holding (`국비 39억 원을 포함한 총사업비`, `2자녀를 둔`), which says no deed."""
    forms = w.base_parts
    return (
        bool(figure.particle_forms())
        and set(figure.particle_forms()) <= OBJECT
        and forms[0][0] not in rules().holding
        and forms[-1] in _PAST_ADNOMINAL
        and _deed(w)
    )


def _rate_stated(words: list[Word], last: int) -> bool:
    """A percent with 로 closing its clause at a comma (the copula left out) right after a topic
    that is no goal or plan (`고용률은 60.4%로,`): the level stated."""
    if "%" not in words[last].text or not closed_by_comma(words, last):
        return False
    r = rules()
    for w in words[max(0, last - 3) : last]:
        if set(w.particle_forms()) & {"은", "는"}:
            return w.stem not in r.goal_nouns | r.plan_nouns | r.pledges
    return False


def _level_taken_up(words: list[Word], last: int) -> bool:
    """The figure with 로 ends its clause at a comma (the copula left out: `고용률은 58.7%로,`)
    and the next clause takes it up as `이를` before its verb: it is the level that clause
    starts from, whatever it plans."""
    if not words[last].particle_forms() or not set(words[last].particle_forms()) <= RO:
        return False
    if last + 1 >= len(words) or words[last + 1].text != ",":
        return False
    for w in words[last + 2 :]:
        if w.text in _TAKEN_UP:
            return True
        if w.predicate:
            return False
    return False


def _closed_past(forms: list[tuple[str, str]]) -> bool:
    """The figure's own copula closes a clause, or a quoted sentence (`5,200억원이었다"며`), in
    the past."""
    past = _past_parts(forms)
    return past and (any(t == "EC" and f in CLAUSE_ENDS for f, t in forms) or forms[-1][1] == "EF")


def _closed_past_noun(words: list[Word], k: int) -> bool:
    """A past adnominal closed by a noun that links clauses (`넘겼던 만큼,`, `늘어난 데다`,
    `65.7%로 집계된 만큼`: an action's adnominal in ᆫ is past too)."""
    forms = words[k].base_parts
    past = _past_parts(forms) or (forms[-1] in _PAST_ADNOMINAL and _deed(words[k]))
    return (
        past and forms[-1][1] == "ETM" and k + 1 < len(words) and words[k + 1].stem in LINKING_NOUNS
    )


def _plan_content(words: list[Word], k: int) -> bool:
    # the noun the clause modifies, past `내용의`-like nouns in 의
    for w in words[k : k + 6]:
        if w.stem.endswith(tuple(rules().content)):
            return True  # `'2024년 일자리 대책 세부계획'을`
        if w.text in ("'", "‘", "’", "“", "”"):
            continue
        if w.predicate or w.punct or w.particle_forms() not in ([], ["의"]):
            return False
    return False


def _purpose(words: list[Word], k: int) -> bool:
    return k < len(words) and bool(words[k].base_parts) and words[k].base_parts[0] == ("위하", "VV")


def done_and_then(words: list[Word], k: int) -> bool:
    """`달성한 데 이어`, `선정된 데 이어`: -ㄴ 데 이어 follows on from something done."""
    w = words[k]
    if not (w.predicate and w.base_parts and w.base_parts[-1] == ("ᆫ", "ETM")):
        return False
    if k + 2 >= len(words) or words[k + 1].base_parts[:1] != [("데", "NNB")]:
        return False
    return words[k + 2].base_parts[:1] == [("잇", "VV")]


def _could(words: list[Word], k: int) -> bool:
    """`이룰 수 있었다`: -ㄹ 수 있다/없다 in the past says what could be done, a result; in the
    present (`만들 수 있다`) it still looks ahead."""
    if k + 1 >= len(words) or not words[k].base_parts or words[k].base_parts[0] != ("수", "NNB"):
        return False
    return past_form(words[k + 1])


def _joined(forms: list[tuple[str, str]]) -> list[str]:
    """`만들/VV 기/ETN 로/JKB` → 기로 (an ending and its particle read together)."""
    return ["".join(f for f, _ in forms[i : i + 2]) for i in range(len(forms))]


def _goal_object(w: Word) -> bool:
    """A goal noun, bare or as an object, before a verb setting it (`목표 세워`, `목표를 잡아`)."""
    return w.stem in rules().plan_nouns and set(w.particle_forms()) <= OBJECT


def ends_segment(words: list[Word], k: int) -> bool:
    """Word k ends its sentence (a headline's last noun: `… 2만개 목표`)."""
    for w in words[k + 1 :]:
        if w.text in SEGMENT_ENDS:
            return True  # `29,000개 목표…107개 사업에`: a headline's segment ends
        if not w.punct:
            return False
    return True


def asks_plan(words: list[Word]) -> bool:
    """A question about a goal, plan or budget (`올해 일자리 목표는?`, `예산은 얼마인가?`): the
    answer after it names one even when its own words decide nothing (`A. 2만9000개다.`)."""
    r = rules()
    return any(
        w.stem in r.plan_nouns or w.stem in r.goal_nouns or w.stem.endswith(r.budget) for w in words
    )
