"""Plan or result, and which year, for one figure in its sentence.

Plan or result comes from the verb the figure belongs to: the first predicate after it in the
sentence (Korean puts the verb last), followed through connective endings (`만들어 … 채웠다`) to
the one that decides:

- a plan: future or intent — `만들겠다` (겠), `만들 계획이다`/`늘릴 예정` (ㄹ + noun),
  `하기로 했다`, `만들고자`, the present of an announcement (`들인다`, `만든다`), a goal or plan
  noun taking 로 or the copula (`달성을 목표로`, `계획이다`), or an allocating verb whatever its
  tense (`편성했다`, `책정했다`);
- a result: the past — `만들었다`, `달성했다`, `집계됐다`, `기록했다`;
- a result also when a clause closes in the past before any plan (`65%였고 올해는 …`);
- a plan when the text calls the figure the goal itself (`목표한 170명을 넘겨`, `2만개 목표
  넘어 2만1천개`: only 2만개; `목표 3만개의 103.7%`, `목표(2만8000개)의`, `목표인 1만4589개`,
  `목표 고용률은 67.5%다`), whatever the tense of the sentence: a goal that was met is still
  the goal. Not a goal noun that the rate is measured against (`목표 대비 103%`, `목표의 104%`,
  `목표 128% 달성`);
- a goal noun that modifies another figure (`… 만들어 목표인 1만4589개를 넘어섰다`) does not
  decide the verb of the figure before it;
- undecided (None) when the sentence has no such verb (a headline `일자리 2만개 창출`).

The year is the nearest year word before the figure in its clause (`2019년 18개로`), else the
first after it in the clause, else the nearest in the rest of the sentence. Explicit years
(`2021년`, `2026년도`, `’25년`) and relative ones resolved from the publication date (올해, 지난해,
내년 …) count; a year followed by 대비/보다 is a base of comparison and never the figure's year,
nor are years before it in the clause (`지난해 대비 20% 늘어`). `같은 해` / `그해` is the year
named before it in the sentence, else SAME_YEAR: the year an earlier sentence names
(extractors/timeline.py); `이듬해` / `다음 해` is the year after it (NEXT_YEAR). Words live in
`tense_rules.toml`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from spacy.tokens import Doc, Span

from extractors.rules_data import read_rules
from extractors.words import ARROWS, Word, word_index, words_of

_PAST = frozenset({"었", "았", "였", "ᆻ", "었었", "았었"})
_FUTURE_ETM = frozenset({"ᆯ", "을", "ㄹ"})
_PAST_ETM = frozenset({"ᆫ", "은", "ㄴ", "던"})
_BEFORE_AFTER = {"전": 1, "뒤": -1, "후": -1}
_OWN_TIME = frozenset({"에", "에는", "엔", "은", "는"})
_NEW_YEAR_FROM = 11  # the month from which `새해` means the next year
#: Connective endings after which a clause of state goes on to another (`39.8%로 낮아 …`).
_LINKS = frozenset({"어", "아", "여", "고"})  # `투입해`, `늘어`, `투입하고`: one verb to the next
_STATE_LINKS = _LINKS | {"며", "으며", "어서", "아서", "여서"}
_CLOSING_QUOTES = frozenset({"’", "”", "'", '"', "」", "』"})
_DEMONSTRATIVE_TOPICS = frozenset({"이는", "이것은", "이"})
_TOTALS = frozenset({"누적", "모두", "총", "합계", "통틀어"})  # words of a total counted up
_TAKEN_UP = frozenset({"이를", "이것을", "그것을"})  # an object pointing back at what was said
_AS_OF = frozenset({"현재", "기준"})
_ALIKE = frozenset({"같", "비슷하", "비슷"})
_LIST_MARKS = ("▲", "△", "■", "□", "●", "○", "◆", "◇", "-", "·")
_SEGMENT_ENDS = frozenset({"…", "...", "‥"})
_CELL_ENDS = frozenset({"|", "｜"})  # a table row's cells are read one by one
_PRESENT_ETM = frozenset({"는"})
_PRESENT_EF = frozenset({"ᆫ다", "는다", "ㄴ다", "ᆸ니다", "습니다"})
_FRAMING = frozenset({"보면", "보니", "보면,", "보니,", "비교하면", "비교하면,"})
_SUPERLATIVE = frozenset({"가장", "제일"})  # `A가 N개로 가장 많고, B(n), C(n) 순이다`
_WHOLE = frozenset({"전체", "총"})
_LINKING_NOUNS = frozenset({"만큼", "데다", "가운데", "반면", "뒤", "후", "이후"})
_CLAUSE_ENDS = frozenset({"고", "며", "으며", "지만", "으나", "는데", "은데"})
_TOPIC = frozenset({"은", "는", "이", "가"})
_OBJECT = frozenset({"을", "를"})
_OPENING = ("(", "（")
_CLOSING = (")", "）")
_ASIDE_WORDS = 12  # an aside in parentheses after a figure is a few words long
_UNITS_APART = frozenset({"원", "명", "개", "%"})  # a unit written apart from its number
_YEAR = re.compile(r"[’']?\d{2,4}년")
_MONTH = re.compile(r"\d+(월|분기|반기|일)")
_HANGUL = re.compile(r"[가-힣]")
_QUOTED_PRESENT = frozenset({"ᆫ다고", "는다고", "ㄴ다고"})
_QUOTATIVE = ("다고", "라고", "자고")  # endings closing a reported clause (`만들겠다고 밝혔다`)
#: The year of `같은 해` when its sentence names none before it: one named earlier in the article.
SAME_YEAR = 0
NEXT_YEAR = 1  # `이듬해` with no year before it in the sentence: the article's earlier year + 1


@dataclass(frozen=True)
class _Rules:
    plan_nouns: frozenset[str]
    plan_verbs: frozenset[str]
    allocate: frozenset[str]
    level_changes: frozenset[str]
    goal_nouns: frozenset[str]
    result_nouns: frozenset[str]
    share: frozenset[str]
    pledges: frozenset[str]
    term_start: frozenset[str]
    breakdown: tuple[str, ...]
    change_goal: frozenset[str]
    plan_endings: frozenset[str]
    relative: dict[str, int]
    terms: frozenset[str]
    term_end: frozenset[str]
    term_years: frozenset[str]
    new_year: frozenset[str]
    new_year_in: re.Pattern[str]
    following: frozenset[str]
    part_of: frozenset[str]
    comparison: tuple[str, ...]
    since: tuple[str, ...]
    record: frozenset[str]
    period: frozenset[str]
    exceed: frozenset[str]
    stative: frozenset[str]
    set_goal: frozenset[str]
    acts: frozenset[str]
    program_heads: tuple[str, ...]
    program_acts: frozenset[str]
    content: frozenset[str]
    budget: tuple[str, ...]
    spend: frozenset[str]
    spent_adnominal: frozenset[str]
    secured: frozenset[str]
    same_year: tuple[str, ...]  # a tuple: matched with str.startswith too
    next_year: tuple[str, ...]
    year_before: frozenset[str]
    # Whether a text holds any relative year word, or 해 or any same-year word: asked of every
    # word of a sentence, so one search instead of a test per word.
    relative_in: re.Pattern[str]
    same_year_in: re.Pattern[str]


@lru_cache(maxsize=1)
def rules() -> _Rules:
    data = read_rules("tense_rules.toml")
    return _Rules(
        plan_nouns=frozenset(data["plan"]["nouns"]),
        plan_verbs=frozenset(data["plan"]["verbs"]),
        allocate=frozenset(data["plan"]["allocate"]),
        level_changes=frozenset(data["plan"]["changes"]),
        goal_nouns=frozenset(data["plan"]["goal"]),
        result_nouns=frozenset(data["plan"]["result"]),
        share=frozenset(data["plan"]["share"]),
        pledges=frozenset(data["plan"]["pledges"]),
        term_start=frozenset(data["years"]["term_start"]),
        breakdown=tuple(data["plan"]["breakdown"]),
        change_goal=frozenset(data["plan"]["change_goal"]),
        plan_endings=frozenset(data["plan"]["endings"]),
        relative=dict(data["years"]["relative"]),
        terms=frozenset(data["years"]["terms"]),
        term_end=frozenset(data["years"]["term_end"]),
        term_years=frozenset(data["years"]["term_years"]),
        new_year=frozenset(data["years"]["new_year"]),
        new_year_in=_any_of(data["years"]["new_year"]),
        following=frozenset(data["years"]["following"]),
        part_of=frozenset(data["years"]["part_of"]),
        comparison=tuple(data["years"]["comparison"]),
        since=tuple(data["years"]["since"]),
        record=frozenset(data["years"]["record"]),
        period=frozenset(data["years"]["period"]),
        exceed=frozenset(data["plan"]["exceed"]),
        stative=frozenset(data["plan"]["stative"]),
        set_goal=frozenset(data["plan"]["set_goal"]),
        acts=frozenset(data["plan"]["acts"]),
        program_heads=tuple(data["plan"]["program_heads"]),
        program_acts=frozenset(data["plan"]["program_acts"]),
        content=frozenset(data["plan"]["content"]),
        budget=tuple(data["plan"]["budget"]),
        spend=frozenset(data["plan"]["spend"]),
        spent_adnominal=frozenset(data["plan"]["spent_adnominal"]),
        secured=frozenset(data["plan"]["secured"]),
        same_year=tuple(data["years"]["same"]),
        next_year=tuple(data["years"]["next"]),
        year_before=frozenset(data["years"]["before"]),
        relative_in=_any_of(data["years"]["relative"]),
        same_year_in=_any_of(["해", *data["years"]["same"], *data["years"]["next"]]),
    )


def _any_of(words: Iterable[str]) -> re.Pattern[str]:
    """A pattern found in a text when any of `words` is in it (never, for no words)."""
    return re.compile("|".join(map(re.escape, words)) or "(?!)")


@dataclass(frozen=True)
class When:
    """A figure's time as its sentence tells it."""

    plan: bool | None  # True: a goal or plan; False: a result; None: the sentence does not say
    year: int | None
    source: str | None  # "clause" or "sentence" when year is set


def when_of(
    doc: Doc,
    start: int,
    end: int,
    sent: Span,
    published_at: datetime | None = None,
    money: bool = False,
) -> When:
    """Plan-or-result and year of the figure at tokens [start, end) of a sentence."""
    words = words_of(doc, sent)
    first, last = word_index(words, start), word_index(words, end - 1)
    year, source = _year(words, first, last, published_at)
    spanned = year
    series = _series_year(words, first, last)
    if series is not None:
        year, source = series, "clause"  # `(2023~2025년) 예산은 1,598→1,675→1,742억원으로`
    elif _spans_years(words, first, last) and _year_in_parenthesis(words, last, None) is None:
        # `4년간(2023~2026년) 일자리 11만7000개`, `지난 3년 동안 9만개`: a total of several
        # years, none of them its year (extractors/timeline.py leaves it without one)
        year, source = None, SPAN
    if year in (SAME_YEAR, NEXT_YEAR):
        year, source = None, None  # from the article's earlier year (extractors/timeline.py)
    # `10월 말 현재 2만5천여 개를 창출해 … 무난할 것`, `목표는 1만6천500개로, 5월 말 기준
    # 7천920개를 달성해`: counted so far, whatever goal the sentence names before
    plan = False if _as_of(words, first, last) else _named_target(words, first, last)
    if plan is None and result_noun_before(words, first):
        plan = False  # `작년 실적(2만8928개)을 넘어설 것`: a result whatever the verb plans
    if plan is None:
        plan = plan_of(words, last, money)
        rate = "%" in words[last].text
        if plan and rate and _from_value(words[last]) and not ahead(year, published_at):
            # `고용률을 지난해 45%에서 올해 48%로 높인다`, `올해 상반기 70.8%에서 72%까지`: a
            # rate starts from where it stood (a count or budget may start from last year's goal)
            plan = False
    if (
        plan
        and not money
        and _past(year, published_at)
        and _base_figure(words, first, last)
        and not _goal_noun_before(words, first)
        and not (first > 0 and _goal_adnominal(words[first - 1]))
        and not (first > 1 and _goal_clause(words[first - 2], words[first - 1]))
    ):
        plan = False  # `목표 60.8%는 지난해 평균 고용률(59.7%)보다 높은`: a level reached
    if plan and _past(year, published_at) and _aside_of_figure(words, first):
        plan = False  # `목표는 70%(작년 68.2%)다`: last year's level set beside the goal
    if not plan and _budget(words, first, last):
        plan = True
    if not plan and money and _program_budget(words, first) and not _spent(words, last):
        plan = True  # `▲천안형 공공근로사업(95억원)`: what a program is given
    if not plan and money and _budget_topic(words, first, last):
        plan = True
    if not plan and money and _budget_compared(words, first, last):
        plan = True
    if not plan and ahead(year if source != SPAN else spanned, published_at):
        plan = True  # `내년 예산안에 1100억원을 반영했다`: a year still ahead is not a result
    if plan and money and secured_base(words, first, last):
        plan = False  # `올해 최종 확보한 국비 8조 8천276억 원보다`: a base has no verb of its own
    return When(plan, year, source)


def secured_base(words: list[Word], first: int, last: int) -> bool:
    """The figure is a base of comparison a past adnominal of securing heads (`올해 최종 확보한
    국비 8조 8천276억 원보다`, a year or nouns between): the money was won, a result."""
    if not _base_figure(words, first, last):
        return False
    for j in range(first - 1, max(-1, first - 5), -1):
        w = words[j]
        if w.predicate:
            parts = w.base_parts
            return parts[-1:] == [("ᆫ", "ETM")] and _stem_in(w, rules().secured)
        if not (w.bare_noun or w.adverb or _YEAR.fullmatch(w.text)):
            return False
    return False


def _stative(w: Word) -> bool:
    """A predicate of being or of a state, the copula too (Kiwi may tag `입니다`'s 이 as VV)."""
    r = rules()
    forms = w.base_parts
    return (
        _stem_in(w, r.stative)
        or any(f == "이" and t in ("VCP", "VV") for f, t in forms)
        or any(t in ("VA", "XSA") for _, t in forms)  # `사실과 다릅니다`: a state
    )


def _past_adnominal(forms: list[tuple[str, str]]) -> bool:
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
        if _past_adnominal(forms):
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
        announced = any(t == "EF" and f in _PRESENT_EF for f, t in forms) and not _stative(w)
        ahead_ = ahead_ or will or planned or announced
        if _quote_ends(words, k):
            # `"…달성하겠다"고 말했다`: the reporting verb's past is of the telling, not the plan
            break
    return ahead_


def _quote_ends(words: list[Word], k: int) -> bool:
    """Word k closes what a sentence reports (`만들겠다고`, `달성하겠다"고`): the words after it
    tell who said it and when."""
    forms = words[k].base_parts
    if any(t == "JKQ" for _, t in forms):
        return True
    return bool(forms) and forms[-1][1] == "EC" and forms[-1][0].endswith(_QUOTATIVE)


def _past(year: int | None, published_at: datetime | None) -> bool:
    """A year before the publication year."""
    return (
        year is not None
        and year not in (SAME_YEAR, NEXT_YEAR)
        and published_at is not None
        and year < published_at.year
    )


def ahead(year: int | None, published_at: datetime | None) -> bool:
    """A year after the publication year: nothing of it has happened yet."""
    return (
        year is not None
        and year not in (SAME_YEAR, NEXT_YEAR)
        and published_at is not None
        and year > published_at.year
    )


def _as_of(words: list[Word], first: int, last: int) -> bool:
    """The figure is a count as of a date (`10월 말 현재`, `5월 말 기준`) just before it, and no
    goal follows it (`현재 3만개를 목표로` is still a goal)."""
    start = max(0, first - 3)
    if not any(
        _as_of_word(w) and (w.stem != "기준" or _time_before(words, j))
        for j, w in enumerate(words[start:first], start=start)
    ):
        return False
    nxt = words[last + 1] if last + 1 < len(words) else None
    return nxt is None or nxt.stem not in rules().plan_nouns


def _time_before(words: list[Word], j: int) -> bool:
    """A word of time right before word j (`5월 말 기준`, `지난해 기준`; not `15~64세 기준`, the
    people a rate is measured on)."""
    if j == 0:
        return False
    w = words[j - 1]
    r = rules()
    return bool(
        _MONTH.search(w.text)
        or _YEAR.search(w.text)
        or w.stem in r.relative
        or w.text in r.relative
        or w.text in r.period
        or w.text in _PERIOD_AFTER
    )


def _as_of_word(w: Word) -> bool:
    # bare, or `기준으로`; `현재보다` is a base of comparison
    return (w.text in _AS_OF or w.stem in _AS_OF) and set(w.particle_forms()) <= {"로", "으로"}


def _named_target(words: list[Word], first: int, last: int) -> bool | None:
    """A figure the text calls the target itself: modified by a goal verb (`목표한 170명을 넘겨`)
    or followed by a bare goal noun that is exceeded (`2만개 목표 넘어 2만1천개`)."""
    r = rules()
    if first > 0:
        w = words[first - 1]
        if _goal_adnominal(w):
            return True
        if first > 1 and _goal_clause(words[first - 2], w):
            return True
        if (
            first > 2
            and w.particle_forms() in (["은"], ["는"])
            and _goal_clause(words[first - 3], words[first - 2])
            and ("이", "VCP") in words[last].base_parts
        ):
            return True  # `목표로 내건 일자리는 2만6000개였지만` (not `목표로 했던 시는 … 만들어`)
        if first > 2 and w.bare_noun and _goal_clause(words[first - 3], words[first - 2]):
            return True  # `목표로 내건 일자리 2만6000개로 나누면`
    if last + 2 < len(words) and not any(t.startswith("J") for _, t in words[last].parts):
        noun = words[last + 1]
        # `‘2만8천개 목표’ 넘었다`: a closing quote between the goal and its verb
        k = last + 2
        while k < len(words) - 1 and words[k].text in _CLOSING_QUOTES:
            k += 1
        verb = words[k]
        goal = noun.bare_noun or (noun.stem and set(noun.particle_forms()) <= _OBJECT)
        if goal and noun.stem in r.plan_nouns and verb.parts[0][0] in r.exceed:
            return True  # `2만개 목표 넘어`, `2만9000개 목표를 넘어 3만766개를`
        if noun.bare_noun and noun.stem in r.goal_nouns:
            return True  # `연말까지 2만2천여개 목표 '순항'`: the figure is the goal's
    if _goal_noun_before(words, first) and not _share_met(words, last):
        return True
    if _pledge_named(words, first):
        return True
    if (
        _goal_topic(words, first)
        or _goal_after(words, last)
        or _goal_changed(words, first, last)
        or _goal_moved(words, first, last)
    ):
        return True
    if first > 0 and words[first - 1].stem in r.goal_nouns and _goal_set(words, first, last):
        return True
    if _part_of_goal(words, last):
        return True
    return None


def _goal_clause(goal: Word, verb: Word) -> bool:
    """`목표로 삼았던 2만9000개`, `목표로 한 3만개`: a relative clause setting the figure as the
    goal."""
    r = rules()
    return (
        verb.predicate
        and bool(verb.base_parts)
        and verb.base_parts[-1][1] == "ETM"
        and verb.base_parts[0][0] in r.set_goal | {"하"}
        and goal.stem in r.goal_nouns
        and set(goal.particle_forms()) <= {"로", "으로"} | _OBJECT
    )


def _set_to(words: list[Word], last: int) -> bool:
    """The figure, with 로, is what a goal noun earlier in its clause is set to."""
    if not set(words[last].particle_forms()) & {"로", "으로"}:
        return False
    r = rules()
    for k in range(last - 1, -1, -1):
        w = words[k]
        if w.stem in r.goal_nouns and set(w.particle_forms()) <= _TOPIC | _OBJECT:
            return True
        if w.predicate and w.parts[-1][1] != "ETM":
            return False
    return False


def _goal_topic(words: list[Word], first: int) -> bool:
    """The clause's topic is the goal and no predicate stands between: the figures after it
    are what the goal is (`주요 목표는 ▲고용률 69% 달성 ▲일자리 2만9000개 창출`, `목표치는
    '23년 2만8000개에서 '25년 3만개로 늘었다`). The goal may be the subject (`목표가`), topic
    with 도, a frame (`목표만 보면`), a bare noun before the topic (`목표 일자리는`) or before
    역시; adnominals inside ▲ items do not end its clause."""
    r = rules()
    for k in range(first - 1, -1, -1):
        w = words[k]
        if w.text in _FRAMING and k > 0 and words[k - 1].stem in r.goal_nouns:
            return True  # `민간 부문 목표만 보면 1만7500개로`: the goal as the frame
        if w.predicate and not (
            _alike(w) or _listed_adnominal(words, k) or _ranking_goes_on(words, k, first)
        ):
            return False
        forms = w.particle_forms()
        goal_before = k > 0 and words[k - 1].stem in r.goal_nouns and words[k - 1].bare_noun
        if forms in (["은"], ["는"]) and goal_before:
            return True  # `목표 일자리는 지난해 2만7000개에서`, `목표 고용률은`
        if w.stem in r.goal_nouns and w.bare_noun and k + 1 < first and words[k + 1].adverb:
            return True  # `고용률 목표 역시 60.8%에서`: the goal as topic before 역시, 또한
        # `올해 계획은 ▲직접 일자리 4210개 …`: a plan noun as the topic too
        topic = r.goal_nouns if forms != ["은"] and forms != ["는"] else r.plan_nouns
        if w.stem in topic and len(forms) == 1 and forms[0] in _TOPIC | {"도"}:
            # `일자리 목표도 2016년 1만4589개에서 지난해 2만9000개로`, `목표가 2만6000개, 고용률
            # 67%였으니`
            return True
        if _goal_read_as_price(w):
            return True
    return False


def _ranking_goes_on(words: list[Word], k: int, first: int) -> bool:
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
        if x.stem == "순" and (x.predicate or set(x.particle_forms()) & {"로", "으로"}):
            return True
        if x.stem == "뒤" and set(x.particle_forms()) & _OBJECT:
            return m + 1 < len(words) and words[m + 1].base_parts[:1] == [("잇", "VV")]
        if x.predicate:
            return False
    return False


def _part_of_goal(words: list[Word], last: int) -> bool:
    """The figure, with 로, is put as a share of the whole goal in a present predicate
    (`공공 부문 직접일자리는 6,830개로 전체 목표의 24.4% 수준이다`): a part of that goal, planned
    as the goal is (not `… 14만1,318개로 공약 목표 17만개의 83.1%에 이르렀다`, a past count, nor
    `연간 목표의 52.3%`, the progress made towards it)."""
    if not set(words[last].particle_forms()) & {"로", "으로"}:
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
    return verb is not None and not _past_form(verb)


def _goal_moved(words: list[Word], first: int, last: int) -> bool:
    """The figure is where a goal the clause takes as its object moves from or to (`일자리
    목표를 지난해 2만9000개에서 3만개로 늘려 잡았다`); not a share of it (`목표를 106% 달성`)."""
    if not set(words[last].particle_forms()) & {"에서", "부터", "로", "으로", "까지"}:
        return False
    verb = next((w for w in words[last + 1 :] if w.predicate), None)
    if verb is None or _stem_in(verb, rules().exceed):
        return False  # `목표를 4만1250개로 넘어섰다`: what was reached, past the goal
    for k in range(first - 1, -1, -1):
        w = words[k]
        if w.predicate or w.punct:
            return False
        if w.stem in rules().goal_nouns and set(w.particle_forms()) & _OBJECT:
            return True
    return False


def _goal_changed(words: list[Word], first: int, last: int) -> bool:
    """The figure is what a goal the sentence names as an object was changed to (`목표를 당초
    3만2000개로 잡았으나 … 3만개로 변경했고`)."""
    if last + 1 >= len(words) or not set(words[last].particle_forms()) & {"로", "으로"}:
        return False
    verb = words[last + 1]
    if not verb.predicate or verb.base_parts[0][0] not in rules().change_goal:
        return False
    return any(
        w.stem in rules().goal_nouns and set(w.particle_forms()) <= _OBJECT | _TOPIC
        for w in words[:first]
    )


def _listed_adnominal(words: list[Word], k: int) -> bool:
    """An adnominal inside an item of a ▲ list (`▲기업 유치를 통한 일자리 8700개`): it describes
    the item, the list still says what the goal is."""
    if words[k].base_parts[-1][1] != "ETM":
        return False
    return any(w.text.startswith(_LIST_MARKS) for w in words[max(0, k - 4) : k])


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
        and set(w.particle_forms()) & {"로", "으로"}
        and nxt.predicate
        and nxt.base_parts[-1][1] == "ETM"
        and nxt.base_parts[0][0] in r.set_goal
    ):
        w, last = nxt, last + 1
    elif (
        nxt is not None
        and not w.predicate
        and not w.particle_forms()
        and nxt.bare_noun
        and last + 2 < len(words)
    ):
        plan = words[last + 2]
        return plan.stem in r.plan_nouns and not plan.predicate and nxt.stem in r.acts
    elif not (w.predicate and w.base_parts[-1][1] == "ETM" and ("이", "VCP") in w.base_parts):
        return False
    for noun in words[last + 1 : last + 3]:
        if noun.stem in r.goal_nouns:
            return True
        if not noun.bare_noun:
            return False
    return False


def _alike(w: Word) -> bool:
    """`지난해와 같은`, `비슷한`: an adnominal comparing, no act of its own."""
    return bool(w.base_parts) and w.base_parts[0][0] in _ALIKE and w.base_parts[-1][1] == "ETM"


def _goal_set(words: list[Word], first: int, last: int) -> bool:
    """`목표를 2만8000개로 잡았다`: the goal set to the figure."""
    return set(words[first - 1].particle_forms()) <= _OBJECT and bool(
        set(_figure_particles(words, last)) & {"로", "으로"}
    )


def _figure_particles(words: list[Word], last: int) -> list[str]:
    """The particles of the figure, written after an aside in parentheses when one follows it
    (`1만8500개(지난해 1만7800개)로`)."""
    k = last + 1
    if k < len(words) and words[k].text in _OPENING:
        close = _closing_parenthesis(words, k)
        if close is not None and close + 1 < len(words):
            after = words[close + 1]
            if after.parts and all(t.startswith("J") for _, t in after.parts):
                return [f for f, _ in after.parts]
    return words[last].particle_forms()


def _goal_noun_before(words: list[Word], first: int) -> bool:
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
        if w.predicate or w.punct or not w.stem or _is_comparison(w):
            return False
        if n == 0 and w.bare_noun and w.stem in r.pledges:
            return True  # `일자리 공약 2만 개도 넘어섰다`: the pledge's figure
        if w.stem in r.goal_nouns:
            # `목표는 3만개다` names the goal; `목표의 104%`, `목표를 106% 달성` measure against it
            return w.bare_noun or set(w.particle_forms()) <= _TOPIC
        if _goal_read_as_price(w):
            return True  # `2016년 목표가 1만4589개였던`
        if n > 0 and not w.bare_noun:
            return False
        k -= 1
    return False


def result_noun_before(words: list[Word], first: int) -> bool:
    """A result noun heads the figure: `실적(2만8928개)`, `실적 3만766개`."""
    k = first - 1
    if k >= 0 and words[k].text in _OPENING:
        k -= 1
    return k >= 0 and words[k].bare_noun and words[k].stem.endswith(tuple(rules().result_nouns))


def _goal_read_as_price(w: Word) -> bool:
    """`목표가`: Kiwi may read the subject 목표 + 가 as 목표가 (a target price, 가 a suffix)."""
    parts = w.base_parts
    return len(parts) == 2 and parts[1] == ("가", "XSN") and parts[0][0] in rules().goal_nouns


def _budget(words: list[Word], first: int, last: int) -> bool:
    """A budget is an allocation, a plan whatever the verb (`올해 예산은 569억원으로 지난해보다
    75억원 늘었다`, `3천억원 규모의 예산을 확보했다`, `예산이 사상 처음으로 1조원을 넘었다`),
    unless the sentence says it was spent (`예산 3천억원을 집행했다`)."""
    if not (_budget_before(words, first) or _budget_after(words, last)):
        return False
    return not _spent(words, last)


def _budget_before(words: list[Word], first: int) -> bool:
    # The budget noun right before the figure, or as the topic a few words before it with no
    # predicate, subject or noun heading the figure between: adverbs, years, a year in
    # parentheses and the amount the figure changes from may stand there (`예산이 사상 처음으로
    # 1조원을`, `예산 2025년 1조원`, `예산은 전년(4,222억원)보다`, `예산도 2016년 494억원에서
    # 2024년 1조원으로`; not `예산 중 인건비 300억원`, `예산 비중이 40%`).
    r = rules()
    changed = bool(set(_figure_particles(words, first)) & {"로", "으로"})
    for k in range(first - 1, max(-1, first - 6), -1):
        w = words[k]
        if w.stem.endswith(r.budget) or _budget_read_as_verb(w):
            # `예산을 620억원에서 780억원으로 늘리며`: the budget changed from and to the figures
            moved = set(words[first].particle_forms() + words[first - 1].particle_forms()) & {
                "에서",
                "로",
                "으로",
                "까지",
            }
            particles = _TOPIC | {"로", "으로", "도"} | (_OBJECT if moved else set())
            return w.bare_noun or set(w.particle_forms()) <= particles
        year = bool(_YEAR.match(w.text)) or w.stem in r.relative or w.text in r.relative
        if w.text in ("(", "（", "'", "‘", "’"):
            continue
        if w.predicate or w.punct:
            return False
        # `본예산 4,988억원을 5,120억원으로 늘렸다`: the amount changed, as object, to the figure
        moved_from = {"에서", "부터"} | (_OBJECT if changed and k == first - 1 else set())
        if w.has_number and not year and not set(w.particle_forms()) & moved_from:
            return False
        if w.has_number and not year:
            continue
        if set(w.particle_forms()) & (_TOPIC | _OBJECT):
            return False  # `예산 비중이 40%`: another noun is what the figure measures
        if k == first - 1 and w.bare_noun and not year:
            return False
    return False


def _budget_compared(words: list[Word], first: int, last: int) -> bool:
    """The amount a budget changed by, measured against another budget's amount right before it
    (`올해 본예산 2조 1,065억원보다는 1,069억원 늘었다`): the difference of two allocations is
    allocated too, unless the sentence says it was spent."""
    k = first - 1
    if k < 1 or not _is_comparison(words[k]):
        return False
    if words[k].text in _UNITS_APART or not words[k].has_number:
        k -= 1  # `2조 1,065억 원보다`: the unit written apart carries the particle
    if k < 0 or not words[k].has_number:
        return False
    while k > 0 and words[k - 1].has_number and not words[k - 1].particle_forms():
        k -= 1
    if k < 1:
        return False
    head = words[k - 1]
    budget = head.bare_noun and (head.stem.endswith(rules().budget) or _budget_read_as_verb(head))
    if not budget:
        return False
    verb = next((w for w in words[last + 1 :] if w.predicate), None)
    return verb is not None and _stem_in(verb, rules().level_changes) and not _spent(words, last)


def _budget_read_as_verb(w: Word) -> bool:
    """`본예산`: Kiwi may read 본 as 보 + ᆫ (a verb's adnominal) before the budget noun; the word
    still ends in that noun, with no particle."""
    parts = w.base_parts
    return (
        len(parts) >= 2
        and parts[-1][1] == "NNG"
        and parts[-1][0] in rules().budget
        and parts[-2][1] == "ETM"
    )


def _budget_topic(words: list[Word], first: int, last: int) -> bool:
    """An amount in a sentence whose topic is a budget is of that budget (`올해 일자리 예산은
    본예산 4,222억원을 포함해 4,260억원으로 늘었다`), unless it was spent."""
    r = rules()
    topic = any(
        (
            w.stem.endswith(r.budget)
            # `추경 규모는`, `예산 규모는`: the size of a budget; `증액 규모는`: of its raise
            or (
                w.stem == "규모"
                and k > 0
                and words[k - 1].bare_noun
                and (
                    words[k - 1].stem.endswith(r.budget)
                    # (the topic of the sentence, not the subject of a clause inside it: `감액
                    # 규모가 3억원이라는 보도는`)
                    or (words[k - 1].stem in r.allocate and set(w.particle_forms()) & {"은", "는"})
                )
            )
        )
        and (
            set(w.particle_forms()) & (_TOPIC | {"도"})
            # `올해 예산을 분야별로 보면 직접일자리 2,135억원, …`: the budget as the frame
            or (set(w.particle_forms()) & _OBJECT and _frames_by_kind(words[k + 1 : first]))
        )
        for k, w in enumerate(words[:first])
    )
    return (topic or _programs_listed(words, first)) and not _spent(words, last)


def _programs_listed(words: list[Word], first: int) -> bool:
    """The figure is an item's amount in a list of programs the sentence opens with (`주요
    사업은 ▲농촌인력중개센터 운영 9억원 ▲…`): what each is given."""
    for k, w in enumerate(words[:first]):
        if w.stem.endswith(rules().program_heads) and set(w.particle_forms()) & (
            _TOPIC | {"으로는", "로는"}
        ):
            return any(x.text.startswith(_LIST_MARKS[:2]) for x in words[k + 1 : first])
        if w.predicate:
            return False
    return False


def _frames_by_kind(after: list[Word]) -> bool:
    """The object before these words is looked at, whole or kind by kind (`예산을 보면`,
    `예산을 분야별로 보면`; not `예산을 기준으로 보면`, a base the figure is measured by)."""
    k = 0
    while k < len(after) and after[k].stem_parts[-1:] == [("별", "XSN")]:
        k += 1
    return k < len(after) and after[k].text.rstrip(",") in _FRAMING


def continues_budget(
    words: list[Word], before: list[Word], last: int, planned_before: bool = False
) -> bool:
    """A sentence with no topic of its own, or a demonstrative one (`이는 지난해 494억원보다
    75억원 늘어난 규모다`, `2017년 569억원과 비교하면 18배로 불어났다`), goes on about the
    topic of the sentence before, a budget, or an amount planned there (`569억원을 투입해 …
    만든다`): an amount in it is of that budget, unless it was spent."""
    r = rules()
    for w in words[:last]:
        forms = set(w.particle_forms())
        if forms & _TOPIC and w.text not in _DEMONSTRATIVE_TOPICS:
            return False
    had_budget = planned_before or any(
        w.stem.endswith(r.budget) and set(w.particle_forms()) & (_TOPIC | {"도"}) for w in before
    )
    return had_budget and not _spent(words, last)


def _spent(words: list[Word], last: int) -> bool:
    r = rules()
    if last + 1 < len(words) and words[last + 1].stem in rules().part_of:
        return False  # `예산 3,420억원 가운데 1,870억원을 집행해`: the whole, not what was spent
    if "의" in words[last].particle_forms():
        return False  # `연간 예산 780억원의 52.8%를 썼다`: the whole a share of was spent
    after = words[last + 1 :]
    for n, v in enumerate(after):
        if v.stem in r.part_of:
            break  # `예산은 2,318억 원으로, 이 가운데 1,702억 원을 집행했다`: a part was spent
        if (
            v.predicate
            and (
                _stem_in(v, r.spend)
                # `예산 1,040억원을 투입했다`: put in, in the past tense, is spent; so is
                # `407억 원을 추가 투입해 … 제공했다`, put in and then done in the past
                or (
                    _stem_in(v, r.spent_adnominal)
                    and (
                        _past_form(v)
                        or (_linked(v) and _then_past(after[n + 1 :]))
                        # `지난해 498억 원, 올해 541억 원을 투입한 데 이어`: done, then more
                        or _done_and_then(words, last + 1 + n)
                    )
                )
            )
        ):
            return True
    # `지난해 실제 투입된 494억원`, `올해 집행한 일자리 예산은 1,742억원`: money a past
    # adnominal says was put in or spent, before it or before the budget it is
    k = last
    while k > 0 and words[k - 1].has_number and not words[k - 1].particle_forms():
        k -= 1  # `1조 199억 8200만 원`: the figure's own words
    for j in range(k - 1, max(-1, k - 5), -1):
        w = words[j]
        parts = w.base_parts
        if w.predicate or parts[-1:] == [("한", "MM")]:
            # Kiwi may read `집행한` as 집행 and the determiner 한
            past = parts[-1:] in ([("ᆫ", "ETM")], [("한", "MM")])
            return past and _stem_in(w, r.spent_adnominal)
        if not (w.bare_noun or w.adverb or w.stem.endswith(r.budget)):
            return False
    return False


def _looks_ahead(words: list[Word]) -> bool:
    """A plan noun or a future adnominal (`확대될 것으로 전망했다`): what is said is to come."""
    r = rules()
    return any(
        w.stem in r.plan_nouns or any(t == "ETM" and f in _FUTURE_ETM for f, t in w.base_parts)
        for w in words
    )


def _clause_start(words: list[Word], last: int) -> int:
    """The first word after the last predicate before word `last`."""
    return next((k + 1 for k in range(last - 1, -1, -1) if words[k].predicate), 0)


def _past_form(w: Word) -> bool:
    return _past_parts(w.base_parts)


def _past_parts(forms: list[tuple[str, str]]) -> bool:
    """A past-tense ending among these forms (`만들었다`, `늘었고`)."""
    return any(t == "EP" and f in _PAST for f, t in forms)


def _linked(w: Word) -> bool:
    """A verb linked to the next by `-아/-어` or `-고` (`투입해`, `들여`, `투입하고`)."""
    forms = w.base_parts
    return bool(forms) and forms[-1][1] == "EC" and forms[-1][0] in _LINKS


def _then_past(words: list[Word]) -> bool:
    """The next predicate is in the past tense."""
    return next((_past_form(w) for w in words if w.predicate), False)


def _stem_in(w: Word, stems: Iterable[str]) -> bool:
    return w.stem in stems or (bool(w.parts) and w.parts[0][0] in stems)


def _program_budget(words: list[Word], first: int) -> bool:
    """An amount right after a program's name or in the parenthesis after it
    (`공공근로사업(95억원)`, `‘청년 디딤돌 사업’(24억원)`), or after what is done to it (`‘…사업’
    신설(24억원)`)."""
    k = first - 1
    j = k
    while j >= 1 and words[j].text in _CLOSING_QUOTES:
        j -= 1  # `'오송 바이오 인재 양성 사업' 28억원`
    if j >= 1 and words[j].bare_noun and words[j].stem.endswith(rules().program_heads):
        return True  # `▲청년 디지털 일자리 사업 48억원`: the name right before the amount
    if k < 1 or words[k].text not in _OPENING:
        return False
    k -= 1
    if k > 0 and words[k].bare_noun and words[k].stem in rules().program_acts:
        k -= 1  # `‘…사업’ 신설(24억원)`: what is done to the program, then its name
    while k > 0 and words[k].text in _CLOSING_QUOTES:
        k -= 1
    return words[k].stem.endswith(rules().program_heads)


def _budget_after(words: list[Word], last: int) -> bool:
    # `3천억원(규모)의 예산`: the figure measures the budget that follows it.
    r = rules()
    k = last + 1
    if k < len(words) and words[last].particle_forms() == [] and words[k].stem == "규모":
        k += 1
        own = words[k - 1].particle_forms()
    else:
        own = words[last].particle_forms()
    return own == ["의"] and k < len(words) and words[k].stem.endswith(r.budget)


def _share_met(words: list[Word], last: int) -> bool:
    """`목표 128% 달성`: the rate of the goal that was met, not the goal."""
    r = rules()
    if "%" not in words[last].text and "퍼센트" not in words[last].text:
        return False
    after = words[last + 1] if last + 1 < len(words) else None
    return after is not None and (after.parts[0][0] in r.exceed or after.stem in r.exceed)


# ---------------------------------------------------------------------------------------------
# plan or result


def plan_of(words: list[Word], last: int, money: bool = False) -> bool | None:
    """Follow the predicates after word `last` to the one that decides (see module doc); an
    amount of money may be allocated."""
    r = rules()
    own = words[last].base_parts if last < len(words) else []
    if _closed_past(own):
        return False  # `65%였고`: the figure's own copula closes its clause in the past
    if _level_taken_up(words, last):
        return False  # `고용률은 58.7%로, 시는 이를 61%로 높일 계획이다`: where it stands
    if _past_parts(own) and own[-1] == ("던", "ETM") and ("이", "VCP") in own:
        return False  # `65.4%였던 고용률을 66%로 끌어올릴 계획이다`: the level it stood at
    past = False
    seen = 0  # predicates passed
    for k in range(last + 1, len(words)):
        w = words[k]
        forms = w.base_parts
        if w.text in _SEGMENT_ENDS:
            break  # `3만1117개 달성…올해도 3만개 목표`: a headline's segments are clauses
        if w.text in _CELL_ENDS:
            break  # `고용률 | 63.6 | 65.0(목표)`: a cell's own label says, not the next cell's
        if _done_and_then(words, k):
            return False  # `106.1%를 달성한 데 이어, 올해는 …`: what came before is done
        if w.stem in r.plan_nouns and not w.predicate:
            particles = w.particle_forms()
            if any(p in ("로", "으로") for p in particles) or (not particles and _ends(words, k)):
                return True
        if w.stem in r.plan_nouns | r.pledges and any(t == "VCP" for _, t in forms):
            if forms[-1][1] == "ETM":
                # `목표인 1만4589개`, `임기 공약인 '일자리 11만개'`: the goal is the figure after it
                continue
            return True  # `계획이다`, `예정이다`
        if not w.predicate:
            continue
        first_predicate = seen == 0
        seen += 1
        if _stem_in(w, r.share) and not any(
            x.predicate and x.base_parts[-1][1] != "ETM" for x in words[last + 1 : k]
        ):
            # `사회복지 분야가 4,870억원으로 전체의 41.1%를 차지했다`: the part of a whole is
            # planned or done as the whole is (extractors/timeline.py), whatever the tense
            return None
        if (
            first_predicate
            and _stem_in(w, r.level_changes)
            and _linked(w)
            and any(_is_comparison(x) for x in words[_clause_start(words, last) : k])
            and not _looks_ahead(words[k + 1 :])
            # (a headline ending on the linked verb, `…보다 2천734억 원 늘어 -`, says no more)
            and any(x.predicate for x in words[k + 1 :])
        ):
            return False  # `42.5%로 전년 동기 44.1%보다 1.6%p 떨어져 … 지적이 나온다`
        if first_predicate and _ranking_goes_on(words, k, k):
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
        if _stem_in(w, r.plan_verbs) or (money and _stem_in(w, r.allocate)):
            return True
        if forms[0][0] in r.set_goal and _goal_object(words[k - 1]):
            return True  # `2만8천개 창출 목표 세워`, `목표를 세웠다`
        if forms[0][0] in r.set_goal and seen == 1 and _set_to(words, last):
            return True  # `목표는 … 67.5%로 잡았다`: the goal set to the figure
        if any(t == "EP" and f == "겠" for f, t in forms):
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


def _level_taken_up(words: list[Word], last: int) -> bool:
    """The figure with 로 ends its clause at a comma (the copula left out: `고용률은 58.7%로,`)
    and the next clause takes it up as `이를` before its verb: it is the level that clause
    starts from, whatever it plans."""
    if not words[last].particle_forms() or not set(words[last].particle_forms()) <= {"로", "으로"}:
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
    past = _past_parts(forms)
    return past and any(t == "EC" and f in _CLAUSE_ENDS for f, t in forms)


def _closed_past_noun(words: list[Word], k: int) -> bool:
    """A past adnominal closed by a noun that links clauses (`넘겼던 만큼,`, `늘어난 데다`)."""
    forms = words[k].base_parts
    past = _past_parts(forms)
    return (
        past
        and forms[-1][1] == "ETM"
        and k + 1 < len(words)
        and words[k + 1].stem in _LINKING_NOUNS
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


def _done_and_then(words: list[Word], k: int) -> bool:
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
    return _past_form(words[k + 1])


def _joined(forms: list[tuple[str, str]]) -> list[str]:
    """`만들/VV 기/ETN 로/JKB` → 기로 (an ending and its particle read together)."""
    return ["".join(f for f, _ in forms[i : i + 2]) for i in range(len(forms))]


def _goal_object(w: Word) -> bool:
    """A goal noun, bare or as an object, before a verb setting it (`목표 세워`, `목표를 잡아`)."""
    return w.stem in rules().plan_nouns and set(w.particle_forms()) <= _OBJECT


def _ends(words: list[Word], k: int) -> bool:
    """Word k ends its sentence (a headline's last noun: `… 2만개 목표`)."""
    for w in words[k + 1 :]:
        if w.text in _SEGMENT_ENDS:
            return True  # `29,000개 목표…107개 사업에`: a headline's segment ends
        if not w.punct:
            return False
    return True


# ---------------------------------------------------------------------------------------------
# year


def year_words(words: list[Word], published_at: datetime | None) -> dict[int, int]:
    """Word index → the year it names, for the years of a sentence that are not bases of
    comparison (relative words only when the publication date is known)."""
    if not words:
        return {}
    # Asked once per figure of a sentence: kept on the Doc by the sentence's words.
    key = ("year_words", words[0].start, words[-1].end, len(words), published_at)
    cache = words[0].doc.user_data
    if key not in cache:
        cache[key] = _year_words(words, published_at)
    return dict(cache[key])


def _year_words(words: list[Word], published_at: datetime | None) -> dict[int, int]:
    found: dict[int, int] = {}
    # every year named so far, bases included: `2019년 61.2%에서 … 이듬해 60.1%까지` is 2020
    named: dict[int, int] = {}
    for k in range(len(words)):
        if _same_year(words, k):
            # `같은 해`, `그해`: the year named before it in the sentence, else one the article
            # named earlier (SAME_YEAR tells extractors/timeline.py to look there)
            found[k] = named[max(named)] if named else SAME_YEAR
            named[k] = found[k]
            continue
        if _next_year(words, k):
            before = named[max(named)] if named else SAME_YEAR
            found[k] = before + 1 if before > NEXT_YEAR else NEXT_YEAR
            named[k] = found[k]
            continue
        year = _year_of(words, k, published_at)
        if year is not None:
            named[k] = year
            if not comparison_base(words, k):
                found[k] = year
    return found


def _same_year(words: list[Word], k: int) -> bool:
    w = words[k]
    r = rules()
    same = r.same_year
    # A noun stem is written in its word: skip working it out for the words that cannot hold one.
    if not r.same_year_in.search(w.text):
        return False
    if w.stem in same or w.text.startswith(same):
        return True
    return w.stem == "해" and k > 0 and words[k - 1].text in ("같은", "그")


def _next_year(words: list[Word], k: int) -> bool:
    w = words[k]
    r = rules()
    if not r.same_year_in.search(w.text):
        return False
    if w.stem in r.next_year:
        return True
    return w.stem == "해" and k > 0 and words[k - 1].text in ("다음", "그다음")


def _year_of(words: list[Word], k: int, published_at: datetime | None) -> int | None:
    w = words[k]
    text = w.text
    head, dot, tail = text.rpartition("·")
    if dot and _HANGUL.search(head):
        # `17만개·2026년까지`: items glued by a middle dot, the year is the last item's
        text = tail
    text = text.lstrip("▲△■□●○◆◇")  # `▲2023년 14만 2천 개`: a list item's mark glued on
    digits = "".join(filter(str.isdigit, text))
    if digits:
        rest = text[len(text) - len(text.lstrip("’‘'")) :].lstrip("’‘'")[len(digits) :]
        unit = rest if rest else (words[k + 1].text if k + 1 < len(words) else "")
        if text.lstrip("’‘'").startswith(digits) and unit.startswith(("년", "년도")):
            if len(digits) == 4 and digits[:2] in ("19", "20"):
                return int(digits)
            quoted = text[0] in "’‘'" or (k > 0 and words[k - 1].text in ("’", "‘", "'"))
            if len(digits) == 2 and quoted:
                return 2000 + int(digits)
            return None
    r = rules()
    if published_at is None:
        return None
    # the text first: working out a stem costs more
    new_year = bool(r.new_year_in.search(text)) and w.stem in r.new_year
    if new_year and w.bare_noun | bool(set(w.particle_forms()) & {"에", "에는", "엔"}):
        # `새해` written in the last two months of a year is the coming one
        return published_at.year + (published_at.month >= _NEW_YEAR_FROM)
    if not r.relative_in.search(text):
        return None
    offset = r.relative.get(w.stem)
    if offset is None:
        offset = r.relative.get(w.text)  # `현재` read as an adverb has no noun stem
    if offset is not None:
        if names_year_before(w):
            told = told_before(words, k, published_at)
            if told is not None:
                return told - 1
        return published_at.year + offset
    return None


def names_year_before(w: Word) -> bool:
    """`전년`, `전년도`: the year before another."""
    year_before = rules().year_before
    return w.stem in year_before or w.text in year_before


def told_before(words: list[Word], k: int, published_at: datetime | None) -> int | None:
    """The year the sentence named last before word k, if any."""
    for j in range(k - 1, -1, -1):
        if names_year_before(words[j]) or tags_figure(words, j) or comparison_base(words, j):
            continue  # (`2018년(16만8천명)보다 …, 전년 하반기(62.9%)보다`: a base's year)
        year = _year_of(words, j, published_at)
        if year is not None:
            return year
    return None


def comparison_base(words: list[Word], k: int) -> bool:
    """A year that is the base of a comparison (`지난해 대비`, `2024년보다`) or the start of a
    record (`집계를 시작한 1983년 이후 처음으로 70%를`), and the year of a figure that is itself
    the base (`지난해 494억원보다 75억원 늘어`: 지난해 is 494억원's year
    only, see `_year`)."""
    comparison = rules().comparison
    here = [words[k]]
    if words[k].text in ("년", "년도") or (k + 1 < len(words) and words[k + 1].text == "년"):
        here.append(words[k + 1] if k + 1 < len(words) else words[k])
    for w in here:
        if any(p in comparison for p in w.particle_forms()):
            return True
    j = k + len(here)
    nxt = words[j] if j < len(words) else None
    if nxt is not None and nxt.text in _OPENING and _in_compared_parenthesis(words, j + 1, j + 1):
        return True  # `2021년(4천610개·고용률 64.9%)과 비교하면`: the year of what is compared
    if nxt is not None and nxt.has_number and (_is_comparison(nxt) or _compared_with(words, j)):
        return True
    if (
        nxt is not None
        and nxt.has_number
        and not nxt.particle_forms()
        and j + 1 < len(words)
        and not words[j + 1].has_number
        and any(p in rules().comparison for p in words[j + 1].particle_forms())
    ):
        return True  # `전년도 6,029억 원보다`: the unit written apart carries the particle
    if nxt is not None and not nxt.has_number and _period_word(nxt):
        # `올해 상반기 70.8%에서 72%까지`: the period of the year before the figure
        m = j
        while m < len(words) and not words[m].has_number and _period_word(words[m]):
            m += 1
        if m < len(words) and m - j <= 2 and words[m].has_number and _from_value(words[m]):
            return True
    if nxt is not None and nxt.has_number and _from_value(nxt):
        return True  # `지난해 2만6000개에서 2000여개 늘렸다`: the year a change starts from
    if nxt is not None and nxt.text.startswith(comparison + rules().since):
        return True
    if (
        nxt is not None
        and set(here[-1].particle_forms()) & {"와", "과"}
        and (_alike(nxt) or nxt.text.startswith(("달리", "마찬가지")))
    ):
        return True  # `지난해와 같은 3만개`: the year compared with
    return (
        _starts_record(words, j)
        or _heads_base_after(words, j - 1)
        or _heads_compared_clause(words, j)
    )


def _period_word(w: Word) -> bool:
    """A half, a quarter, a month or the end of a year (`상반기`, `2분기`, `6월`, `말`)."""
    return bool(
        not w.particle_forms()
        and (w.text in _HALVES or _MONTH.fullmatch(w.text) or w.text in ("말", "연말"))
    )


_COMPARED_NOUNS = frozenset({"것", "때"})  # `…떨어졌던 것과 비교하면`, `…였던 때보다`
_COMPARED_CLAUSE_WORDS = 8


def _heads_compared_clause(words: list[Word], j: int) -> bool:
    """The year opens a clause made a noun and compared with (`지난해 상반기 고용률이 떨어졌던
    것과 비교하면 회복세가 뚜렷하다`, `…였던 때보다`): the time of the base, not of the sentence.
    A figure in that clause keeps the year (`지난해 60%로 떨어졌던 것과`: the base figure's)."""
    for m in range(j, min(len(words) - 1, j + _COMPARED_CLAUSE_WORDS)):
        w = words[m]
        if w.has_number:
            return False
        if not w.predicate or w.base_parts[-1] == ("게", "EC"):
            continue  # (`크게 떨어졌던`: an adverb made of an adjective)
        if w.base_parts[-1][1] != "ETM":
            return False  # a clause closed before any comparison
        noun = words[m + 1]
        if noun.stem not in _COMPARED_NOUNS:
            return False
        forms = noun.particle_forms()
        if any(p in rules().comparison for p in forms):
            return True  # `…였던 때보다`
        return (
            bool(set(forms) & {"와", "과"})
            and m + 2 < len(words)
            and words[m + 2].text.startswith(rules().comparison)
        )
    return False


def _year_in_parenthesis(words: list[Word], last: int, published_at: datetime | None) -> int | None:
    """A year alone (or with 기준) in the parenthesis right after the figure."""
    if last + 2 >= len(words) or words[last + 1].text not in _OPENING:
        return None
    for k in range(last + 2, min(len(words), last + 4)):
        if words[k].text in _CLOSING:
            return None
        year = _year_of(words, k, published_at)
        if year is not None:
            rest = words[k + 1 : k + 3]
            closed = any(w.text in _CLOSING for w in rest[:1]) or (
                len(rest) == 2 and rest[0].stem in _AS_OF and rest[1].text in _CLOSING
            )
            return year if closed else None
    return None


def tags_figure(words: list[Word], k: int) -> bool:
    """Year word k stands in the parenthesis right after a figure (`60.8%('17년)`): that
    figure's year, not one the sentence is about."""
    j = k - 1
    while j >= 0 and words[j].text in ("'", "’", "‘"):
        j -= 1
    return j >= 1 and words[j].text in _OPENING and words[j - 1].has_number


def _range_start(words: list[Word], first: int, published_at: datetime | None) -> int | None:
    """The year a span before the figure starts from (`2016년부터 2024년까지`)."""
    for k in range(first - 1, -1, -1):
        w = words[k]
        if w.predicate and _clause_end(w):
            return None
        if "부터" in w.particle_forms() or (k + 1 < len(words) and words[k + 1].text == "부터"):
            year = _year_of(words, k, published_at)
            if year is None and k > 0:
                year = _year_of(words, k - 1, published_at)
            if year is not None:
                return year
    return None


SPAN = "span"  # year_source of a figure totalled over several years: it has no year
_DURATION = re.compile(r"\d+년간")
_YEARS = re.compile(r"\d+년")
_FOUR_DIGITS = re.compile(r"\d{4}")
_SPAN_YEAR = re.compile(r"\d{4}년")
_TERM = re.compile(r"\d+기(에는|에|엔|동안|중)")  # `민선 8기에는`: a term of office
_TERM_BARE = re.compile(r"\d+기")
_TERM_HEAD_WORDS = 2  # nouns of the figure's phrase between a term and the figure
_OWN_YEAR_WORDS = 3  # a relative year this close before a figure is its own, not a span's


_SPAN_OF_YEARS = re.compile(
    r"((?:19|20)\d{2})년?\s*[~∼–-]\s*((?:19|20)\d{2})년|((?:19|20)\d{2})년\s*부터\s*((?:19|20)\d{2})년\s*까지"
)


def _series_year(words: list[Word], first: int, last: int) -> int | None:
    """The year of one side of a chain of arrows over a span of years its clause names before
    it (`최근 3년간(2023~2025년) 예산은 1,598→1,675→1,742억원으로`): the sides are the span's
    years in order, when there are as many (or two, its first and last)."""
    before = 0
    j = first - 1
    while j >= 1 and words[j].text in ARROWS and words[j - 1].has_number:
        before += 1
        j -= 2
    after = 0
    k = last + 1
    while k + 1 < len(words) and words[k].text in ARROWS and words[k + 1].has_number:
        after += 1
        k += 2
    sides = before + after + 1
    if sides < 2:
        return None
    start = next(
        (m + 1 for m in range(j, -1, -1) if words[m].predicate and _clause_end(words[m])), 0
    )
    spans = list(_SPAN_OF_YEARS.finditer(" ".join(w.text for w in words[start : j + 1])))
    if not spans:
        return None
    groups = [int(g) for g in spans[-1].groups() if g]
    begin, end = groups
    if end - begin + 1 == sides:
        return begin + before
    if sides == 2:
        return begin if before == 0 else end
    return None


def _term_heads(words: list[Word], k: int, first: int) -> bool:
    """The term at word k heads the figure's noun phrase (`민선 8기 청년 일자리 2만개`): a noun or
    two between, none a year of the term (`첫해`) nor the start of a record (`출범 이후`)."""
    r = rules()
    between = words[k + 1 : first]
    return len(between) <= _TERM_HEAD_WORDS and all(
        x.bare_noun and x.stem not in r.term_years | r.term_end and not x.text.startswith(r.since)
        for x in between
    )


def _term_started(words: list[Word], k: int, first: int) -> bool:
    """The term at word k is followed by its start and 후/이후/이래, and a total is counted from
    there (`민선 8기 출범 후 누적 일자리는`, `출범 이후 만든 일자리는`, `모두`): over the term's
    years. (`민선 1기 출범 이후 8개 시·군의`: no total, the places are counted.)"""
    if k + 3 >= first or words[k + 1].stem not in rules().term_start:
        return False
    since = words[k + 2].text in ("후", "이후", "이래") or words[k + 2].text.startswith(
        rules().since
    )
    return since and any(
        w.stem in _TOTALS or w.text in _TOTALS or (w.predicate and _past_adnominal(w.base_parts))
        for w in words[k + 3 : first]
    )


def _pledged(words: list[Word], first: int, last: int) -> bool:
    """A figure named as a pledge (`공약 목표 6만개`, `'6만개 공약'`, `시민과 약속한 일자리 2만
    개`) is promised for the whole term of office, no one year, unless a year stands right
    before it (`2026년까지 고용률 70%`)."""
    r = rules()
    near = words[max(0, first - _OWN_YEAR_WORDS) : first]
    if any(
        _year_of(words, j, None) is not None or w.stem in r.relative
        for j, w in enumerate(near, start=max(0, first - _OWN_YEAR_WORDS))
    ):
        return False
    j = last + 1
    while j < len(words) and words[j].text in _CLOSING_QUOTES:
        j += 1  # `'일자리 6만개' 공약`
    after = words[j] if j < len(words) else None
    if after is not None and after.bare_noun and after.stem in r.pledges:
        return True  # `'6만개 공약' 절반 넘어`
    for w in reversed(near):
        if w.text in _CLOSING_QUOTES or w.text in ("'", "‘"):
            continue
        if w.bare_noun and w.stem in r.pledges:
            return True  # `공약 목표 6만개`, `일자리 공약 2만 개`
        if w.predicate:
            # `시민과 약속한 일자리 2만 개`: a pledge's past adnominal heading the figure
            return w.base_parts[-1][1] == "ETM" and w.base_parts[0][0] in r.pledges
        if not w.bare_noun:
            return False
    return False


def _pledges_cost(words: list[Word], first: int) -> bool:
    """An amount the sentence gives as what a term's pledges cost (`일자리 분야 공약만 14개로,
    소요 예산은 3,420억원에 이른다`, `공약 이행에 드는 사업비는`): a budget over the whole
    term, no one year, unless the sentence names one."""
    r = rules()
    if "원" not in words[first].text and not (
        first + 1 < len(words) and words[first + 1].text.startswith("원")
    ):
        return False
    if any(
        _year_of(words, j, None) is not None or w.stem in r.relative for j, w in enumerate(words)
    ):
        return False
    pledge = next((j for j, w in enumerate(words[:first]) if w.stem in r.pledges), None)
    if pledge is None:
        return False
    return any(
        w.stem.endswith(r.budget) and set(w.particle_forms()) & (_TOPIC | {"도"})
        for w in words[pledge + 1 : first]
    )


def _spans_years(words: list[Word], first: int, last: int) -> bool:
    """The figure's clause, before it, gives its time as a span of years (`4년간`, `3년 동안`,
    `2023~2026년`), and the figure is no end of a change from one value to another."""
    if _from_value(words[last]):
        return False
    if _pledged(words, first, last) or _pledges_cost(words, first):
        return True
    # A total (a count or an amount, not a rate) takes a span across verbs linked to its own
    # (`민선 7기에는 … 목표로 세워 1만 7,312개를 만들어`, `4년간 … 목표 1만 1,000개를 넘어 모두
    # 1만 1,847개의`, `임기 동안 국·도비를 포함해 총 2,400억 원을`): the serial verbs share the
    # time the sentence opened with; not across a past (`늘었고`), nor into another clause's
    # adnominal (`10년간 방치된 부지를 정비해 200면`: the span is the adnominal's).
    # A rate is a level, no total, unless it is what the term promises to reach (`임기 동안
    # 일자리 4만개를 만들고 고용률을 64%까지 끌어올리겠다는 공약`): the term's goal.
    total = "%" not in words[last].text or plan_of(words, last) is True
    crossed = False
    k = first
    while k > 0:
        k -= 1
        w = words[k]
        if w.text.startswith(_CLOSING) and k > 0:
            # `민선 7기(2018년 7월~2022년 6월)에는`: what the parenthesis says is of the word
            # before it
            k = next((j for j in range(k - 1, -1, -1) if words[j].text in _OPENING), k)
            continue
        if w.predicate and crossed:
            return False
        if w.predicate and k + 1 < first and words[k + 1].stem in _LINKING_NOUNS | {"결과"}:
            return False  # `3년간 … 3,771억 원을 사용한 결과 기금 전입금도 3,900억 원`: a clause
        if w.predicate and _clause_end(w):
            if total and _linked(w) and not _past_form(w):
                crossed = True
                continue
            return False
        if "에서" in w.particle_forms() and w.has_number:
            return False  # `494억원에서 1조원으로`: the figure ends a change
        # `3년 반 동안 7만4천여개`: half a year more is still a span of years
        half = int(k + 1 < len(words) and words[k + 1].text == "반")
        duration = _DURATION.fullmatch(w.text) or (
            # `3년 동안 9만개`, `3년 누적 9만811개`
            _YEARS.fullmatch(w.text)
            and k + 1 + half < len(words)
            and words[k + 1 + half].text in ("동안", "누적")
        )
        if duration:
            return not w.text.startswith("1년")  # one year is no span of years
        if w.stem in rules().terms or w.text in rules().terms:
            # `임기 안에 일자리 3만개`: a goal for the whole of a term of office (`임기 말`
            # is its last year)
            return k + 1 >= len(words) or words[k + 1].stem not in rules().term_end
        term = _TERM.fullmatch(w.text) or (
            _TERM_BARE.fullmatch(w.text)
            and (
                # `민선 8기 일자리 10만개 만든다`, `민선 8기 50만 개 목표`: the term heads the
                # figure's noun phrase
                _term_heads(words, k, first)
                or (
                    k + 1 < first
                    and (
                        words[k + 1].text in ("동안", "중", "(", "（")
                        or words[k + 1].stem == "공약"
                        or _term_started(words, k, first)
                    )
                )
            )
        )
        if term and k > 0 and words[k - 1].text == "민선":
            return True  # `민선 7기(2018년 7월~2022년 6월)에는 9만8,400여개`
        ranged = k >= 2 and words[k - 1].text in ("~", "-", "∼")
        if ranged and _FOUR_DIGITS.fullmatch(words[k - 2].text):
            # `2024~2029년 36만7000명 증가`: a range right before the figure (nouns between)
            near = all((x.stem and not x.has_number) or x.punct for x in words[k + 1 : first])
            return near and _SPAN_YEAR.fullmatch(w.text) is not None
        if "까지" in w.particle_forms() and _from_year_before(words, k):
            return True  # `2018년 하반기부터 지난해까지 6만8,000여개를`
        if (
            "까지" in w.particle_forms()
            and k > 0
            and w.stem in _PERIOD_AFTER
            and _from_year_before(words, k - 1)
        ):
            return True  # `2022년 7월부터 지난해 말까지 누적 일자리는`: 까지 on the year's end
        near = first - k <= _OWN_YEAR_WORDS
        if near and w.stem in rules().relative and w.stem != "현재":
            return False  # `임기 내 일자리 5만개…올해 2870억 투입`: the figure's own year
        if _year_of(words, k, None) is not None:
            return False  # `‘23년 △6,239억원`: the figure's own year, nearer than any span
    return False


def _parallel_start(words: list[Word], first: int, published_at: datetime | None) -> int | None:
    """The year of an earlier change's start in the sentence, for a change told the same way
    without years (`목표는 지난해 2만6000개에서 올해 2만8000여개로 늘었지만, 예산은 4,222억원에서
    4029억원으로 줄었다`)."""
    for k in range(first - 1, 0, -1):
        w = words[k]
        if w.has_number and _from_value(w):
            return _year_of(words, k - 1, published_at)
    return None


def _from_year_before(words: list[Word], k: int) -> bool:
    """Word k (`지난해까지`, `2024년까지`) names a year, and a few words before it another year
    opens the span with 부터 (`2018년 하반기부터`), or an event with 이후/이래 (`출범 이후`)."""
    relative = rules().relative.get(words[k].stem)
    if relative == 0:
        return False  # `1991년부터 현재까지 모두 1만8253명`: a running total, counted up to now
    if not (_SPAN_YEAR.match(words[k].text) or relative is not None):
        return False
    for j in range(k - 1, max(-1, k - 4), -1):
        if "부터" in words[j].particle_forms():
            return any(_SPAN_YEAR.match(words[n].text) for n in range(max(0, j - 1), j + 1))
        if words[j].text.startswith(rules().since):
            return True  # `민선 8기 출범 이후 지난해까지 모두 1만5000개`: from an event on
    return False


def _from_value(w: Word) -> bool:
    """A figure a change starts from (`2016년 1만4589개에서 지난해 2만9000개로`): its year is its
    own, and the sentence moves on to the year after it."""
    return "에서" in w.particle_forms()


def _starts_record(words: list[Word], j: int) -> bool:
    """`2000년 통계 작성 이래`, `1983년 집계 시작 이후`, `'25년 8월 이후`: a year before a
    record's start."""
    for w in words[j : j + 3]:
        if w.text.startswith(rules().since):
            return True
        if not (w.bare_noun and w.stem in rules().record) and not _MONTH.fullmatch(w.text):
            return False
    return False


def _is_comparison(w: Word) -> bool:
    comparison = rules().comparison
    return w.text.startswith(comparison) or any(p in comparison for p in w.particle_forms())


def _years_ago(words: list[Word], first: int) -> int:
    """N for a figure right after `N년 전`, in parentheses or after nouns of its phrase (`1년
    전(65.9%)보다`, `2년 전 목표(2만8000개)보다`, `2년 전 2만6000개였던 목표`), -N after `N년
    뒤`, else 0."""
    k = first - 1
    if k >= 0 and words[k].text in _OPENING:
        k -= 1
    elif (
        k >= 0
        and words[k].stem
        and words[k].particle_forms()
        and _TOPIC.issuperset(words[k].particle_forms())
    ):
        k -= 1  # `5년 전 일자리 예산이 494억원이었던`: the figure's subject between
    for _ in range(2):
        if k >= 0 and words[k].bare_noun and words[k].text not in _BEFORE_AFTER:
            k -= 1
    if k < 1 or words[k].text not in _BEFORE_AFTER:
        return 0
    m = re.fullmatch(r"(\d{1,2})년", words[k - 1].text)
    if not m:
        return 0
    # `4년 뒤 고용률 70% 시대`: N years after, a negative N years before
    return int(m.group(1)) * _BEFORE_AFTER[words[k].text]


_BASE_WORDS = 8  # `지난해 충남 시 지역 평균 고용률(59.7%)보다`: a base's noun phrase


def _heads_base_after(words: list[Word], k: int) -> bool:
    """Year word k, after the figure, heads the noun phrase of what it is compared with
    (`60.8%는 지난해 평균 고용률(59.7%)보다 높은`): the base's year, not the figure's."""
    if set(words[k].particle_forms()) & _OWN_TIME:
        return False  # `지난해에는 목표 1만7000개보다 많은`: the clause's own time
    j, nouns = k + 1, 0
    while j < len(words) and nouns <= _BASE_WORDS:
        w = words[j]
        if w.text in _OPENING:
            j = next((n for n in range(j, len(words)) if words[n].text in _CLOSING), j) + 1
            continue
        if _is_comparison(w):
            return True
        if w.has_number and not w.particle_forms():
            # `2025년 본예산 6,124억 원 대비 105억 원`, `작년 1조 466억 원보다`: the base figure
            # itself, in words of its number and its unit perhaps written apart, then the
            # comparison
            m = j
            while m + 1 < len(words) and words[m].has_number and not words[m].particle_forms():
                m += 1
            if words[m].text in _UNITS_APART and m + 1 < len(words):
                m += 1
            return _is_comparison(words[m])
        if w.bare_noun and w.stem in rules().goal_nouns and _compared_aside(words, j + 1):
            # `67.5%로 전년도 목표(67%)보다`: the goal's own figure in parentheses is the base
            return True
        if not w.bare_noun or w.stem in rules().goal_nouns:
            # `지난해 목표 대비 103.3%`: measured against that year's goal, in that year
            return False
        j, nouns = j + 1, nouns + 1
    return False


def _compared_aside(words: list[Word], j: int) -> bool:
    """Word j opens a parenthesis holding a figure, and what closes it is compared with
    (`(67%)보다`)."""
    if j >= len(words) or words[j].text not in _OPENING:
        return False
    close = _closing_parenthesis(words, j)
    return (
        close is not None
        and any(w.has_number for w in words[j + 1 : close])
        and close + 1 < len(words)
        and (_is_comparison(words[close + 1]) or _compared_with(words, close + 1))
    )


def _goal_adnominal(w: Word) -> bool:
    """`목표였던`, `목표로 한`: a goal noun's adnominal right before a figure."""
    return w.predicate and w.parts[0][0] in rules().plan_nouns and w.parts[-1][1] == "ETM"


def _pledge_named(words: list[Word], first: int) -> bool:
    """The figure's noun phrase, quoted or not, follows a copula's adnominal of a goal or a
    pledge (`임기 공약인 '4년간 일자리 11만개'`, `목표인 일자리 2만개`): it is what was
    promised."""
    for k in range(first - 1, max(-1, first - 5), -1):
        w = words[k]
        if w.text in _CLOSING_QUOTES or w.text in ("'", "‘", "“") or w.bare_noun:
            continue
        if _DURATION.fullmatch(w.text):
            continue  # `'4년간 일자리 11만개'`: the time the pledge is for
        return (
            w.predicate
            and w.parts[0][0] in rules().plan_nouns | rules().pledges
            and ("이", "VCP") in w.base_parts
            and w.base_parts[-1][1] == "ETM"
        )
    return False


def _base_figure(words: list[Word], first: int, last: int) -> bool:
    """The figure is what another is compared with (`494억원보다`, `평균(59.7%)보다`)."""
    if _is_comparison(words[last]) or _compared_with(words, last):
        return True
    if last + 1 < len(words) and words[last + 1].text.startswith(rules().comparison):
        return True  # `6,124억 원 대비`
    if _in_compared_parenthesis(words, first, last):
        return True  # `2021년(4천610개·고용률 64.9%)과 비교하면`
    return (
        first > 0
        and words[first - 1].text in _OPENING
        and last + 2 < len(words)
        and words[last + 1].text in _CLOSING
        and _is_comparison(words[last + 2])
    )


def _asides_of_figures(words: list[Word], start: int, first: int) -> set[int]:
    """The words of the closed parentheses before the figure that hold a figure of their own
    (`예산은 2,318억 원(지난해 2,205억 원)으로, 이 가운데 … 1,702억 원을`): their years are
    theirs."""
    inside: set[int] = set()
    k = first - 1
    while k >= start:
        if words[k].text in _CLOSING:
            opening = next(
                (j for j in range(k - 1, start - 1, -1) if words[j].text in _OPENING), None
            )
            if opening is None:
                break
            span = range(opening, k + 1)
            if any(words[j].has_number and _year_of(words, j, None) is None for j in span):
                inside.update(span)
            k = opening
        k -= 1
    return inside


def _levels_stood(words: list[Word], first: int, years: dict[int, int]) -> set[int]:
    """The year words heading another figure before this one that a past adnominal of the copula
    closes (`지난해 하반기 65.4%였던 고용률을 66%로 끌어올릴 계획이다`): the level stood then, the
    year is that level's, not the figure's it is raised to."""
    stood: set[int] = set()
    for j in range(first):
        forms = words[j].base_parts
        if not (
            words[j].has_number
            and forms[-1:] == [("던", "ETM")]
            and ("이", "VCP") in forms
            and _year_of(words, j, None) is None
        ):
            continue
        k = j - 1
        while k >= 0 and (k in years or words[k].bare_noun) and not words[k].has_number:
            if k in years:
                stood.add(k)
            k -= 1
    return stood


def _opening_parenthesis(words: list[Word], first: int) -> int | None:
    """The `(` the figure stands in, nothing but words of the aside between."""
    for j in range(first - 1, max(-1, first - _ASIDE_WORDS), -1):
        if words[j].text in _CLOSING:
            return None
        if words[j].text in _OPENING:
            return j
    return None


def _in_compared_parenthesis(words: list[Word], first: int, last: int) -> bool:
    """The figure stands in a parenthesis that is compared with (`2021년(4천610개·고용률
    64.9%)과 비교하면`, `(…)보다`)."""
    if _opening_parenthesis(words, first) is None:
        return False
    j = _closing_parenthesis(words, last)
    return (
        j is not None
        and j + 1 < len(words)
        and (_is_comparison(words[j + 1]) or _compared_with(words, j + 1))
    )


def _closing_parenthesis(words: list[Word], last: int) -> int | None:
    """The `)` closing the parenthesis word `last` stands in, nothing but words of the aside
    between."""
    for j in range(last + 1, min(len(words), last + _ASIDE_WORDS)):
        if words[j].text in _OPENING:
            return None
        if words[j].text in _CLOSING:
            return j
    return None


def _compared_with(words: list[Word], j: int) -> bool:
    """`494억원과 비교하면`, `4,222억원에 비해`: word j, joined by 와/과/에 to a comparing verb,
    is a base."""
    if j + 1 >= len(words):
        return False
    forms = words[j].particle_forms()
    if "에" in forms and words[j + 1].text in rules().following:
        return True  # `지난해 1만2,610개에 이어 2년 연속`: what the sentence's figure follows
    return any(p in ("와", "과", "에") for p in forms) and words[j + 1].text.startswith(
        rules().comparison
    )


def _year(
    words: list[Word], first: int, last: int, published_at: datetime | None
) -> tuple[int | None, str | None]:
    year, source = _year_in_sentence(words, first, last, published_at)
    if year == NEXT_YEAR and _from_value(words[last]):
        # `이듬해 예산을 620억원에서 780억원으로`: the change starts in the year before, the one
        # an earlier sentence names
        return SAME_YEAR, source
    return year, source


def _year_in_sentence(
    words: list[Word], first: int, last: int, published_at: datetime | None
) -> tuple[int | None, str | None]:
    tagged = _year_in_parenthesis(words, last, published_at)
    if tagged is not None:
        return tagged, "clause"  # `60.8%('17년)에서 69%('24년)로`, `68.6%(2024년 기준)`
    opening = _opening_parenthesis(words, first)
    if opening is not None and opening > 0:
        heading = _year_of(words, opening - 1, published_at)
        if heading is not None:
            return heading, "clause"  # `2021년(4천610개·고용률 64.9%)과 비교하면`
    if _from_value(words[last]) and (
        first == 0 or _year_of(words, first - 1, published_at) is None
    ):
        start = _range_start(words, first, published_at)
        if start is not None:
            return start, "clause"  # `2016년부터 2024년까지 예산은 494억원에서 1조원으로`
    if _base_figure(words, first, last):
        # `지난해 충남 시 지역 평균 고용률(59.7%)보다`: the year heading the base's phrase
        for k in range(first - 1, max(-1, first - _BASE_WORDS - 3), -1):
            own = _year_of(words, k, published_at)
            if own is not None and _heads_base_after(words, k):
                return own, "clause"
    if first > 0 and (
        _is_comparison(words[first])
        or _is_comparison(words[last])  # `6,029억 원보다`: the unit written apart
        or _compared_with(words, last)
        or _from_value(words[last])
    ):
        # the base figure of a comparison keeps the year written right before it, a half or a
        # month of it between (`올해 상반기 70.8%에서`)
        k = first - 1
        while k > 0 and first - k <= 2 and _period_word(words[k]):
            k -= 1
        own = _year_of(words, k, published_at)
        if own is not None:
            return own, "clause"
    if _from_value(words[last]):
        parallel = _parallel_start(words, first, published_at)
        if parallel is not None:
            return parallel, "clause"
    years = year_words(words, published_at)
    ago = _years_ago(words, first)
    if ago:
        # `2022년 하반기 고용률은 67.1%로, 1년 전(65.9%)보다`: N years before the sentence's
        # own year (else the publication's)
        own = [years[k] for k in sorted(years) if k < first and years[k] > NEXT_YEAR]
        now = own[-1] if own else published_at.year if published_at else None
        return (now - ago, "clause") if now is not None else (None, None)
    if not years:
        return None, None
    start = next(
        (k + 1 for k in range(first - 1, -1, -1) if words[k].predicate and _clause_end(words[k])),
        0,
    )
    # a headline's `…` closes its clause (`고용률 70.1%…내년 예산 2,980억원`); so does the
    # figure's own copula with a clause's ending (`목표는 60.8%였지만, 올해는 …`)
    end = next(
        (
            k
            for k in range(last + 1, len(words))
            if words[k].predicate or words[k].text in _SEGMENT_ENDS
        ),
        len(words) - 1,
    )
    if words[last].predicate and _ends_clause(words[last]):
        end = last
    # before the figure in its clause, not across a base of comparison
    base = None
    asides = _asides_of_figures(words, start, first) | _levels_stood(words, first, years)
    for k in range(first - 1, start - 1, -1):
        if _is_comparison(words[k]):
            base = k
            break
        if k in years and k not in asides:
            return years[k], "clause"
    for k in range(last + 1, end + 1):
        if (
            k in years
            and not opens_period(words, k)
            and not _heads_subject(words, last, k)
            and not _in_aside(words, last, k)
        ):
            return years[k], "clause"
    # (year_words has left out the years heading a base: `comparison_base`)
    stood = _levels_stood(words, first, years)
    before = [k for k in years if k < first and not opens_period(words, k) and k not in stood]
    if base is not None and (
        words[base].has_number
        or (
            base > 0
            and words[base - 1].has_number
            and words[base].text.startswith(tuple(_UNITS_APART))
        )
    ):
        # `올해 일자리 예산 4,222억원보다 193억원 줄었다`: the year of the base figure's own
        # noun phrase is the base's (its unit may be written apart: `8조 8천276억 원보다`)
        before = [k for k in before if not _names_base(words, k, base)]
    if base is not None and _year_of(words, base, published_at) is None:
        # `올해 … 지난해 같은 기간(1천100만 명)보다 12.7% 늘었다`: the year heading the base of
        # a comparison is the base's
        heads = [k for k in before if k < base and _heads_base(words, k, base)]
        if heads:
            before.remove(max(heads))
    if before:
        return years[max(before)], "sentence"
    after = [
        k
        for k in years
        if k > last
        and not opens_period(words, k)
        and not _heads_subject(words, last, k)
        and not _in_aside(words, last, k)
    ]
    if not after or _closed_between(words, last, min(after), years):
        # `68%를 넘길 수 있었다”며 “내년에는 …`: a later clause's year is not the closed one's
        return None, None
    return years[min(after)], "sentence"


_MONTHS_BACK = 2  # a month this close before publication, named without a year, is the latest
_PERIOD_LAG = 3  # a quarter or half is reported up to a quarter later than a month
_MONTH_WORD = re.compile(r"(\d{1,2})월(?!\d)")


def month_year(words: list[Word], first: int, published_at: datetime | None) -> int | None:
    """The year of a month the figure's clause names without a year, when it is the month just
    published or at most two before (`1월 고용률은 62.1%로` in a February release): the latest
    such month, whatever year an earlier sentence spoke of (`지난해 연간 고용률은 …`). Months
    further back are left to the article's years (`2023년 …. 3월에는`)."""
    if published_at is None:
        return None
    for k in range(first - 1, -1, -1):
        w = words[k]
        month = _last_month(w)
        if month is None:
            continue
        if k > 0 and (_YEAR.match(words[k - 1].text) or _year_of(words, k - 1, published_at)):
            return None  # `지난해 12월`: the sentence's own year, already read
        if opens_period(words, k) or comparison_base(words, k):
            return None
        back = (published_at.month - month) % 12
        # a quarter's or half's figures come out a quarter after it ends (`1분기 고용률` in June)
        lag = _MONTHS_BACK + (0 if _MONTH_WORD.match(w.text) else _PERIOD_LAG)
        if back > lag:
            return None
        return published_at.year - (month > published_at.month)
    return None


_HALVES = {"상반기": 6, "하반기": 12}
_QUARTER = re.compile(r"([1-4])분기")


def _last_month(w: Word) -> int | None:
    """The last month of the month, half (`상반기`) or quarter (`3분기`) a word names."""
    m = _MONTH_WORD.match(w.text)
    if m is not None:
        return int(m.group(1)) if 1 <= int(m.group(1)) <= 12 else None
    if w.stem in _HALVES:
        return _HALVES[w.stem]
    q = _QUARTER.match(w.text)
    return 3 * int(q.group(1)) if q else None


def asks_plan(words: list[Word]) -> bool:
    """A question about a goal, plan or budget (`올해 일자리 목표는?`, `예산은 얼마인가?`): the
    answer after it names one even when its own words decide nothing (`A. 2만9000개다.`)."""
    r = rules()
    return any(
        w.stem in r.plan_nouns or w.stem in r.goal_nouns or w.stem.endswith(r.budget) for w in words
    )


def after_earlier_year(
    words: list[Word], first: int, last: int, published_at: datetime | None
) -> bool:
    """The figure's clause is in the year after one an earlier sentence names (`2023년에는 ….
    이듬해에는 3만766개를`): its year is that one plus one (extractors/timeline.py)."""
    return _year(words, first, last, published_at)[0] == NEXT_YEAR


_PERIOD_AFTER = frozenset({"년", "년도", "하반기", "상반기", "초", "중", "말"})


def _year_phrase_end(words: list[Word], k: int) -> int:
    """The last word of year word k with the period words after it (`내년 하반기`)."""
    period = rules().period | _PERIOD_AFTER
    m = k
    while (
        m + 1 < len(words)
        and not words[m].particle_forms()
        and (words[m + 1].text in period or words[m + 1].stem in period)
    ):
        m += 1
    return m


def _heads_subject(words: list[Word], last: int, k: int) -> bool:
    """Year word k heads the subject of another predicate after the figure's own phrase has
    closed (`69% 목표의 달성 여부는 내년 하반기 통계가 나와야`): that noun's time, not the
    figure's (not `4조원 규모의 2026년도 본예산이`, where the figure is of that subject)."""
    if not any(set(w.particle_forms()) & (_TOPIC | _OBJECT) for w in words[last:k]):
        return False
    m = _year_phrase_end(words, k)
    if words[m].particle_forms():
        return False
    for w in words[m + 1 : m + 4]:
        if not w.stem or w.has_number:
            return False
        forms = w.particle_forms()
        if forms:
            return forms[-1] in ("이", "가")
    return False


def _aside_of_figure(words: list[Word], first: int) -> bool:
    """The figure stands in a parenthesis right after another figure, behind its own year
    word (`1만8500개(지난해 1만7800개)`)."""
    return (
        first >= 3
        and not words[first - 1].punct
        and words[first - 2].text in _OPENING
        and words[first - 3].has_number
        and _year_of(words, first - 3, None) is None  # (`2015년(목표 1만8천개·…)`: a year's)
    )


def _in_aside(words: list[Word], last: int, k: int) -> bool:
    """Year word k stands in the parenthesis opened right after the figure (`목표를 1만8500개
    (지난해 1만7800개)로`): the aside's own figure's year."""
    if last + 1 >= len(words) or words[last + 1].text not in _OPENING:
        return False
    return not any(w.text in _CLOSING for w in words[last + 2 : k])


def _closed_between(words: list[Word], last: int, k: int, years: dict[int, int]) -> bool:
    """A clause ends between the figure and the year, and the year's clause has a figure of its
    own, whose year it is (`2만8000개 목표를 달성하고, 오는 2026년까지 3만개 시대를`, `68%를
    넘길 수 있었다”며 “내년에는 일자리 3만개를`); a later clause with no figure may still frame
    the whole sentence."""
    end = next((j for j in range(last + 1, k) if _ends_clause(words[j])), None)
    if end is None:
        return False
    return any(
        w.has_number and m not in years and not _MONTH.match(w.text)
        for m, w in enumerate(words)
        if m > end
    )


def _ends_clause(w: Word) -> bool:
    forms = w.base_parts
    return w.text in _SEGMENT_ENDS or any(
        t == "EF" or (t == "EC" and f in _CLAUSE_ENDS) for f, t in forms
    )


def opens_period(words: list[Word], k: int) -> bool:
    """Year word k opens the period a comparison later in its sentence is measured against
    (`전년 같은 기간(66.9%)보다`): it is that period's year, not one the article moves on to."""
    for base in range(k + 1, min(len(words), k + 9)):
        if _is_comparison(words[base]):
            if words[base].has_number and _names_base(words, k, base):
                return True  # `지난해 목표치 67%보다`: the base figure's own year
            return _heads_base(words, k, base)
    return False


def _names_base(words: list[Word], k: int, base: int) -> bool:
    """Year k heads the noun phrase of the base figure at `base`: nouns, adverbs and adnominal
    clauses between (`지난해 일자리 예산 4,222억원보다`, `지난해 실제 투입된 494억원보다`);
    not a year with a particle of its own (`지난해에는 목표 1만7000개보다 많은`: the clause's)."""
    year = words[k + 1] if k + 1 < base and words[k + 1].text.startswith("년") else words[k]
    if set(year.particle_forms()) & {"에", "에는", "는", "은"}:
        return False
    # the base figure's own words do not count (`올해 최종 확보한 국비 8조 8천276억 원보다`)
    if words[base].has_number or words[base].text.startswith(tuple(_UNITS_APART)):
        while base - 1 > k and words[base - 1].has_number and not words[base - 1].particle_forms():
            base -= 1
    # (a year of the base's own between: `올해 확보한 2024년 국비 2천931억 원보다`)
    return base - k <= 4 and all(
        w.bare_noun
        or w.adverb
        or (w.predicate and w.base_parts[-1][1] == "ETM")
        or (_YEAR.fullmatch(w.text) is not None and not w.particle_forms())
        for w in words[k + 1 : base]
    )


def _heads_base(words: list[Word], k: int, base: int) -> bool:
    """Year word k opens the period compared at `base` (`지난해 같은 기간(…)보다`, `전년 동월
    대비`, `지난해 10월 대비`): only words of time between, whatever stands in parentheses.
    Other nouns may be the sentence's subject (`지난해 세수 본예산 대비`), so they stop it."""
    year = words[k + 1] if k + 1 < base and words[k + 1].text.startswith("년") else words[k]
    if year.particle_forms():
        return False  # `지난 2019년에는 목표보다`: the clause's own time
    between, depth = [], 0
    for w in words[k + 1 : base]:
        if w.text in _OPENING:
            depth += 1
        elif w.text in _CLOSING:
            depth = max(0, depth - 1)
        elif not depth:
            between.append(w)
    period = rules().period

    def of_time(w: Word) -> bool:
        return w.text in period or w.stem in period or bool(_MONTH.fullmatch(w.text))

    # `지난해 같은 기간 일자리 실적(3만9800개)보다`: after the words of the period, the nouns
    # of what was counted in it
    times = next((n for n, w in enumerate(between) if not of_time(w)), len(between))
    nouns = between[times:]
    return times <= 3 and (
        not nouns or (times >= 1 and len(nouns) <= 3 and all(w.bare_noun for w in nouns))
    )


def _clause_end(w: Word) -> bool:
    """A predicate whose ending closes a clause (`만들어`, `늘었고`, `22개였던` does not)."""
    return any(t.split("-")[0] in ("EC", "EF") for _, t in w.parts)
