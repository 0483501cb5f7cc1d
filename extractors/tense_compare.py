"""Bases of comparison, asides and parentheses around a figure: whether a figure or a year is set
beside another (`지난해 대비`, `전년(4,222억원)보다`, `목표는 70%(작년 68.2%)다`), which decides
neither the year nor the plan of the figure it is compared with (extractors/tense.py).
"""

from __future__ import annotations

import re

from extractors.numbers import NATIVE_DETERMINERS
from extractors.tense_words import (
    CLOSING_PARENS,
    HALVES,
    MONTH,
    OBJECT,
    OPENING_PARENS,
    UNITS_APART,
    rules,
    stem_in,
)
from extractors.words import Word

_OWN_TIME = frozenset({"에", "에는", "엔", "은", "는"})
_ALIKE = frozenset({"같", "비슷하", "비슷"})
_ASIDE_WORDS = 12  # an aside in parentheses after a figure is a few words long


def alike(w: Word) -> bool:
    """`지난해와 같은`, `비슷한`: an adnominal comparing, no act of its own."""
    return bool(w.base_parts) and w.base_parts[0][0] in _ALIKE and w.base_parts[-1][1] == "ETM"


def figure_particles(words: list[Word], last: int) -> list[str]:
    """The particles of the figure, written after an aside in parentheses when one follows it
    (`1만8500개(지난해 1만7800개)로`)."""
    k = last + 1
    if k < len(words) and words[k].text in OPENING_PARENS:
        close = _closing_parenthesis(words, k)
        if close is not None and close + 1 < len(words):
            after = words[close + 1]
            if after.parts and all(t.startswith("J") for _, t in after.parts):
                return [f for f, _ in after.parts]
    return words[last].particle_forms()


def comparison_base(words: list[Word], k: int) -> bool:
    """A year that is the base of a comparison (`지난해 대비`, `2024년보다`) or the start of a
    record (`집계를 시작한 1983년 이후 처음으로 70%를`), and the year of a figure that is itself
    the base (`지난해 494억원보다 75억원 늘어`: 지난해 is 494억원's year
    only, see `figure_year`)."""
    comparison = rules().comparison
    here = [words[k]]
    if words[k].text in ("년", "년도") or (k + 1 < len(words) and words[k + 1].text == "년"):
        here.append(words[k + 1] if k + 1 < len(words) else words[k])
    for w in here:
        if _compared_by_particle(w):
            return True
    j = k + len(here)
    nxt = words[j] if j < len(words) else None
    if (
        nxt is not None
        and nxt.text in OPENING_PARENS
        and _in_compared_parenthesis(words, j + 1, j + 1)
    ):
        return True  # `2021년(4천610개·고용률 64.9%)과 비교하면`: the year of what is compared
    if record_passed(words, k, j):
        return True
    m = j
    while (
        m < min(len(words), j + _BASE_NOUNS)
        and not words[m].predicate
        and not words[m].particle_forms()
        and words[m].text not in OPENING_PARENS
        # (`지난해 12월 증가폭(…)보다`: a month names the period, see `figure_year`; an amount
        # between is the figure's own, `274억원(작년 251억원)`)
        and (words[m].bare_noun or ORDINAL.fullmatch(words[m].text))
    ):
        m += 1
    if (
        m > j
        and m < len(words)
        and words[m].text in OPENING_PARENS
        and _in_compared_parenthesis(words, m + 1, m + 1)
    ):
        # `올해 본예산(9,870억원)과 비교하면`, `지난해 제2회 추경 증액분(287억원)의 두 배`: nouns
        # and their amount in parentheses
        return True
    if (
        nxt is not None
        and nxt.has_number
        and (is_comparison(nxt) or base_before_comparing_verb(words, j))
    ):
        return True
    if nxt is not None and not nxt.has_number and nxt.stem and base_before_comparing_verb(words, j):
        return True  # `2022년 결산과 비교하면 세입은 3.6% … 증가했다`: a noun of that year compared
    if (
        nxt is not None
        and nxt.has_number
        and not nxt.particle_forms()
        and j + 1 < len(words)
        and not words[j + 1].has_number
        and _compared_by_particle(words[j + 1])
    ):
        return True  # `전년도 6,029억 원보다`: the unit written apart carries the particle
    if nxt is not None and not nxt.has_number and period_word(nxt):
        # `올해 상반기 70.8%에서 72%까지`: the period of the year before the figure
        m = j
        while m < len(words) and not words[m].has_number and period_word(words[m]):
            m += 1
        if (
            m < len(words)
            and m - j <= 2
            and words[m].has_number
            and (from_value(words[m]) or share_base(words, m))
        ):
            return True
    if nxt is not None and nxt.has_number and (from_value(nxt) or share_base(words, j)):
        # `지난해 2만6000개에서 2000여개 늘렸다`: the year a change starts from; `2019년
        # 680만1,000명의 96.1% 수준`: the year of the whole a share is taken of
        return True
    start = next((m for m in range(j, min(len(words), j + 4)) if words[m].has_number), None)
    if (
        start is not None
        and start > j
        and (
            from_value(words[start])
            or base_before_comparing_verb(words, start)
            or share_base(words, start)
            or first_of_listed_base(words, start)
        )
        and names_base(words, k, start)
    ):
        # `지난해 본예산 388억원에서 24억원 늘었고`, `지난해 같은 기간 실적 7,910개와 비교하면`:
        # nouns of the value between
        return True
    if (
        nxt is not None
        and nxt.has_number
        and not nxt.particle_forms()
        and j + 1 < len(words)
        and words[j + 1].text.startswith(tuple(UNITS_APART))
        and from_value(words[j + 1])
    ):
        return True  # `올해 6백50억 원에서`: the unit written apart carries 에서
    if nxt is not None and nxt.text.startswith(comparison + rules().since):
        return True
    if (
        nxt is not None
        and set(here[-1].particle_forms()) & {"와", "과"}
        and (alike(nxt) or nxt.text.startswith(("달리", "마찬가지")))
    ):
        return True  # `지난해와 같은 3만개`: the year compared with
    if _same_period_compared(words, j):
        return True
    return (
        _starts_record(words, j)
        or heads_base_after(words, j - 1)
        or _heads_compared_clause(words, j)
    )


def same_period_at(words: list[Word], j: int) -> int | None:
    """The last word of a phrase of the same period opening at word j (`같은 달`, `같은 기간`,
    `동월`, `동기`), else None."""
    r = rules()
    if j + 1 < len(words) and words[j].text == "같은" and words[j + 1].stem in r.same_period_nouns:
        return j + 1
    return j if j < len(words) and words[j].stem in r.same_period else None


def _same_period_compared(words: list[Word], j: int) -> bool:
    """`경북의 고용률은 61.2%로 작년 같은 달과 같았으며`: the same period of a year, said to be
    like the figure (같다, 비슷하다, 달리) or taken a multiple of, is the base it is compared
    with."""
    end = same_period_at(words, j)
    if end is None:
        return False
    if share_base(words, end):
        return True  # `작년 같은 달의 3배 가까이로 늘었다`
    if not set(words[end].particle_forms()) & {"와", "과"} or end + 1 >= len(words):
        return False
    after = words[end + 1]
    return (bool(after.base_parts) and after.base_parts[0][0] in _ALIKE) or after.text.startswith(
        ("달리", "마찬가지")
    )


def period_word(w: Word) -> bool:
    """A half, a quarter, a month or the end of a year (`상반기`, `2분기`, `6월`, `말`)."""
    return bool(
        not w.particle_forms()
        and (w.text in HALVES or MONTH.fullmatch(w.text) or w.text in ("말", "연말"))
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
        if _compared_by_particle(noun):
            return True  # `…였던 때보다`
        return (
            bool(set(noun.particle_forms()) & {"와", "과"})
            and m + 2 < len(words)
            and words[m + 2].text.startswith(rules().comparison)
        )
    return False


def tags_figure(words: list[Word], k: int) -> bool:
    """Year word k stands in the parenthesis right after a figure (`60.8%('17년)`): that
    figure's year, not one the sentence is about."""
    j = k - 1
    while j >= 0 and words[j].text in ("'", "’", "‘"):
        j -= 1
    return j >= 1 and words[j].text in OPENING_PARENS and words[j - 1].has_number


def from_value(w: Word) -> bool:
    """A figure a change starts from (`2016년 1만4589개에서 지난해 2만9000개로`): its year is its
    own, and the sentence moves on to the year after it."""
    return "에서" in w.particle_forms()


_RECORD_WORDS = 3  # `1997년 통계 기준 변경 이후`: the nouns of a record's start


def _starts_record(words: list[Word], j: int) -> bool:
    """`2000년 통계 작성 이래`, `1983년 집계 시작 이후`, `'25년 8월 이후`, `2017년 1월(56만
    3천 명) 이후`: a year before a record's start (the figure of that start in parentheses)."""
    m, seen = j, 0
    while m < len(words) and seen <= _RECORD_WORDS:
        w = words[m]
        if w.text.startswith(rules().since):
            return True
        if w.text in OPENING_PARENS and m > j:
            close = _closing_parenthesis(words, m)
            if close is None:
                return False
            m = close + 1
            continue
        if not (w.bare_noun and w.stem in rules().record) and not MONTH.fullmatch(w.text):
            return False
        m, seen = m + 1, seen + 1
    return False


def is_comparison(w: Word) -> bool:
    return w.text.startswith(rules().comparison) or _compared_by_particle(w)


def _compared_by_particle(w: Word) -> bool:
    """A particle of comparison on the word (`2024년보다`)."""
    comparison = rules().comparison
    return any(p in comparison for p in w.particle_forms())


BASE_WORDS = 8  # `지난해 충남 시 지역 평균 고용률(59.7%)보다`: a base's noun phrase


def heads_base_after(words: list[Word], k: int) -> bool:
    """Year word k, after the figure, heads the noun phrase of what it is compared with
    (`60.8%는 지난해 평균 고용률(59.7%)보다 높은`): the base's year, not the figure's."""
    if set(words[k].particle_forms()) & _OWN_TIME:
        return False  # `지난해에는 목표 1만7000개보다 많은`: the clause's own time
    j, nouns = k + 1, 0
    while j < len(words) and nouns <= BASE_WORDS:
        w = words[j]
        if w.text in OPENING_PARENS:
            j = next((n for n in range(j, len(words)) if words[n].text in CLOSING_PARENS), j) + 1
            continue
        if is_comparison(w):
            return True
        if w.has_number and not w.particle_forms():
            # `2025년 본예산 6,124억 원 대비 105억 원`, `작년 1조 466억 원보다`: the base figure
            # itself, in words of its number and its unit perhaps written apart, then the
            # comparison
            m = j
            while m + 1 < len(words) and words[m].has_number and not words[m].particle_forms():
                m += 1
            if words[m].text in UNITS_APART and m + 1 < len(words):
                m += 1
            if words[m].text == ",":
                # `2019년 하반기 65.2%, 2020년 하반기 66.0%와 비교하면`: a list of bases
                return listed_base(words, m)
            return is_comparison(words[m]) or base_before_comparing_verb(words, m)
        if w.has_number and base_before_comparing_verb(words, j):
            return True  # `2022년 65.1%와 견줘`
        if w.bare_noun and w.stem in rules().goal_nouns and _compared_aside(words, j + 1):
            # `67.5%로 전년도 목표(67%)보다`: the goal's own figure in parentheses is the base
            return True
        if not w.bare_noun or w.stem in rules().goal_nouns:
            # `지난해 목표 대비 103.3%`: measured against that year's goal, in that year
            return False
        j, nouns = j + 1, nouns + 1
    return False


def listed_base(words: list[Word], comma: int) -> bool:
    """The comma at `comma` goes on with a list that ends in a base of comparison (`65.2%,
    2020년 하반기 66.0%와 비교하면`, `지난해 상반기 65.1%, 2016년 상반기 64.7%보다`): the items
    before it are bases as well."""
    for j in range(comma + 1, min(len(words), comma + _LIST_WORDS)):
        w = words[j]
        if w.predicate:
            return False
        if w.has_number and w.particle_forms():
            return is_comparison(w) or base_before_comparing_verb(words, j)
    return False


_LIST_WORDS = 12  # the words of the rest of a list of bases


def _compared_aside(words: list[Word], j: int) -> bool:
    """Word j opens a parenthesis holding a figure, and what closes it is compared with
    (`(67%)보다`)."""
    if j >= len(words) or words[j].text not in OPENING_PARENS:
        return False
    close = _closing_parenthesis(words, j)
    return (
        close is not None
        and any(w.has_number for w in words[j + 1 : close])
        and close + 1 < len(words)
        and (is_comparison(words[close + 1]) or base_before_comparing_verb(words, close + 1))
    )


def base_figure(words: list[Word], first: int, last: int) -> bool:
    """The figure is what another is compared with (`494억원보다`, `평균(59.7%)보다`)."""
    if is_comparison(words[last]) or base_before_comparing_verb(words, last):
        return True
    if last + 1 < len(words) and words[last + 1].text.startswith(rules().comparison):
        return True  # `6,124억 원 대비`
    if _in_compared_parenthesis(words, first, last):
        return True  # `2021년(4천610개·고용률 64.9%)과 비교하면`
    return (
        first > 0
        and words[first - 1].text in OPENING_PARENS
        and last + 2 < len(words)
        and words[last + 1].text in CLOSING_PARENS
        and is_comparison(words[last + 2])
    )


def opening_parenthesis(words: list[Word], first: int) -> int | None:
    """The `(` the figure stands in, nothing but words of the aside between."""
    for j in range(first - 1, max(-1, first - _ASIDE_WORDS), -1):
        if words[j].text in CLOSING_PARENS:
            return None
        if words[j].text in OPENING_PARENS:
            return j
    return None


def record_passed(words: list[Word], k: int, j: int) -> bool:
    """`1회 추경 규모로는 2022년의 1조307억원을 넘어 역대 최대다`: the year, with 의, of an amount
    a verb of exceeding passes, the record a figure beats (word j is the one after the year)."""
    if "의" not in words[j - 1].particle_forms() or j + 1 >= len(words):
        return False
    amount = words[j]
    return (
        amount.has_number
        and bool(set(amount.particle_forms()) & OBJECT)
        and stem_in(words[j + 1], rules().exceed)
    )


_BASE_NOUNS = 3  # the nouns between a year and the base's amount in parentheses
ORDINAL = re.compile(r"제?\d+[회차]")  # `제2회 추경`: a number that names, not an amount


def _in_compared_parenthesis(words: list[Word], first: int, last: int) -> bool:
    """The figure stands in a parenthesis that is compared with (`2021년(4천610개·고용률
    64.9%)과 비교하면`, `(…)보다`)."""
    if opening_parenthesis(words, first) is None:
        return False
    j = _closing_parenthesis(words, last)
    return (
        j is not None
        and j + 1 < len(words)
        and (
            is_comparison(words[j + 1])
            or base_before_comparing_verb(words, j + 1)
            or share_base(words, j + 1)
        )
    )


def share_base(words: list[Word], j: int) -> bool:
    """`(9만 7천 명)의 3배를 웃도는`, `680만1,000명의 96.1% 수준`, `2만8천명의 두 배`, `…의 절반`:
    what word j closes is the base a multiple or a share is taken of."""
    if j + 1 >= len(words) or "의" not in words[j].particle_forms():
        return False
    after = words[j + 1]
    if after.text in NATIVE_DETERMINERS and j + 2 < len(words):
        return words[j + 2].text.startswith("배")
    if after.stem == "절반":
        return True  # `2023년 32만7천명의 절반 수준으로`
    return after.has_number and any(form in ("배", "%") for form, _ in after.parts)


def _closing_parenthesis(words: list[Word], last: int) -> int | None:
    """The `)` closing the parenthesis word `last` stands in, nothing but words of the aside
    between."""
    for j in range(last + 1, min(len(words), last + _ASIDE_WORDS)):
        if words[j].text in OPENING_PARENS:
            return None
        if words[j].text in CLOSING_PARENS:
            return j
    return None


_LISTED_BASE_WORDS = 4  # `21개 사업, 49억원과 비교하면`: figures of one base listed


def _year_noun(w: Word) -> bool:
    """A relative year word (`지난해`, `이듬해`, `같은 해`): among a list's items it starts an item
    of its own year (`2020년 2,000개, 이듬해 2,300개에 이어`)."""
    r = rules()
    return w.stem in r.relative or w.stem.startswith(r.next_year + r.same_year)


def first_of_listed_base(words: list[Word], start: int) -> bool:
    """The figure at `start` is the first of a base's figures listed before a comparing verb
    (`올해 본예산 21개 사업, 49억원과 비교하면`), no predicate between."""
    for m in range(start + 1, min(len(words), start + 1 + _LISTED_BASE_WORDS)):
        w = words[m]
        if w.predicate or _year_noun(w) or _BUDGET_YEAR.match(w.text):
            return False  # (`2020년 2,000개, 이듬해 2,300개에 이어`: each item its own year)
        if w.has_number and set(w.particle_forms()) & {"와", "과"}:
            return base_before_comparing_verb(words, m)
    return False


def base_before_comparing_verb(words: list[Word], j: int) -> bool:
    """`494억원과 비교하면`, `4,222억원에 비해`: word j, joined by 와/과/에 to a comparing verb,
    is a base."""
    if j + 1 >= len(words):
        return False
    forms = words[j].particle_forms()
    if "에" in forms and words[j + 1].text in rules().following:
        return True  # `지난해 1만2,610개에 이어 2년 연속`: what the sentence's figure follows
    if (
        j + 2 < len(words)
        and not forms
        and not words[j + 1].has_number
        and words[j + 1].stem
        and (
            (
                set(words[j + 1].particle_forms()) & {"와", "과"}
                and words[j + 2].text.startswith(rules().comparison)
            )
            or ("에" in words[j + 1].particle_forms() and words[j + 2].text in rules().following)
        )
    ):
        # `2015년 78만4069명이었던 것과 비교해`, `지난해 500만원 기탁에 이어`: the figure and the
        # noun it measures, compared with or followed on from
        return True
    if any(p in ("와", "과") for p in forms) and _LIKENESS.search(_next_predicate(words, j)):
        return True  # `61.2%로 2020년 61.1%와 거의 같았다`: what the figure is likened to
    return any(p in ("와", "과", "에") for p in forms) and words[j + 1].text.startswith(
        rules().comparison
    )


_LIKENESS = re.compile(r"^(같|비슷|유사|맞먹|대등|다르|차이)")


def _next_predicate(words: list[Word], j: int) -> str:
    """The stem of the first predicate after word j, a few adverbs apart at most."""
    for w in words[j + 1 : j + 4]:
        if w.predicate:
            return w.stem or w.base_parts[0][0]
        if not w.adverb:
            return ""
    return ""


def in_aside(words: list[Word], last: int, k: int) -> bool:
    """Year word k stands in the parenthesis opened right after the figure, or after a noun of
    what was done with it (`목표를 1만8500개(지난해 1만7800개)로`, `예산 210억원 확보(작년
    188억원)`): the aside's own figure's year."""
    opening = last + 1
    if opening < len(words) and words[opening].bare_noun and opening + 1 < k:
        opening += 1
    if opening >= len(words) or words[opening].text not in OPENING_PARENS:
        return False
    return not any(w.text in CLOSING_PARENS for w in words[opening + 1 : k])


def opens_period(words: list[Word], k: int) -> bool:
    """Year word k opens the period a comparison later in its sentence is measured against
    (`전년 같은 기간(66.9%)보다`): it is that period's year, not one the article moves on to."""
    for base in range(k + 1, min(len(words), k + 9)):
        if is_comparison(words[base]):
            if words[base].has_number and names_base(words, k, base):
                return True  # `지난해 목표치 67%보다`: the base figure's own year
            return heads_base(words, k, base)
    return False


def names_base(words: list[Word], k: int, base: int) -> bool:
    """Year k heads the noun phrase of the base figure at `base`: nouns, adverbs and adnominal
    clauses between (`지난해 일자리 예산 4,222억원보다`, `지난해 실제 투입된 494억원보다`);
    not a year with a particle of its own (`지난해에는 목표 1만7000개보다 많은`: the clause's)."""
    if set(_year_word(words, k, base).particle_forms()) & {"에", "에는", "는", "은"}:
        return False
    if any(w.stem in rules().goal_nouns for w in words[k + 1 : base]):
        return False  # `지난해 일자리 목표 6천200개 대비 실적은 6천531개였다`: that year's goal
    # the base figure's own words do not count (`올해 최종 확보한 국비 8조 8천276억 원보다`)
    if words[base].has_number or words[base].text.startswith(tuple(UNITS_APART)):
        while base - 1 > k and words[base - 1].has_number and not words[base - 1].particle_forms():
            base -= 1
    # (a year of the base's own between: `올해 확보한 2024년 국비 2천931억 원보다`)
    between = words[k + 1 : base]
    # `지난해 2023년도 예산 심의 때의 231억원보다`: the noun phrase may end on a genitive
    genitive = bool(between) and bool(between[-1].stem) and between[-1].particle_forms() == ["의"]
    # (`올해 본예산 21개 사업, 49억원과 비교하면`: the base's figures listed, nouns after each)
    listed = any(w.text == "," for w in between) and all(
        (w.bare_noun and not _year_noun(w)) or w.has_number or w.text == "," for w in between
    )
    if listed:
        return base - k <= 4 + _LISTED_BASE_WORDS - 1
    if base - k <= 4 + genitive and all(
        w.bare_noun
        or w.adverb
        or (w.predicate and w.base_parts[-1][1] == "ETM")
        or (_BUDGET_YEAR.fullmatch(w.text) is not None and not w.particle_forms())
        for w in (between[:-1] if genitive else between)
    ):
        return True
    # `지난해 추경을 포함해 집행한 548억원보다`, `지난해 추경까지 합친 최종 예산 496억원보다`: an
    # adnominal clause the year opens, of objects and linked verbs, then the base's own nouns
    etm = max(
        (j for j, w in enumerate(between) if w.predicate and w.base_parts[-1][1] == "ETM"),
        default=-1,
    )
    return (
        base - k <= BASE_CLAUSE_WORDS
        and etm >= 1
        and all(w.bare_noun for w in between[etm + 1 :])
        and all(
            w.bare_noun
            or w.adverb
            or (not w.predicate and set(w.particle_forms()) <= _CLAUSE_CASES)
            or (w.predicate and w.base_parts[-1] in _LINKING_ENDS)
            for w in between[:etm]
        )
    )


BASE_CLAUSE_WORDS = 7
_BUDGET_YEAR = re.compile(r"[’']?\d{2,4}년도?")  # (a year written as a budget's: `2023년도`)
_CLAUSE_CASES = frozenset({"을", "를", "로", "으로", "에서", "에", "까지", "과", "와"})
_LINKING_ENDS = frozenset({("어", "EC"), ("아", "EC"), ("여", "EC")})


def _year_word(words: list[Word], k: int, base: int) -> Word:
    """The word carrying the particles of year k: its `년` when written apart (`2024 년`)."""
    return words[k + 1] if k + 1 < base and words[k + 1].text.startswith("년") else words[k]


def heads_base(words: list[Word], k: int, base: int) -> bool:
    """Year word k opens the period compared at `base` (`지난해 같은 기간(…)보다`, `전년 동월
    대비`, `지난해 10월 대비`): only words of time between, whatever stands in parentheses.
    Other nouns may be the sentence's subject (`지난해 세수 본예산 대비`), so they stop it."""
    if _year_word(words, k, base).particle_forms():
        return False  # `지난 2019년에는 목표보다`: the clause's own time
    between, depth = [], 0
    for w in words[k + 1 : base]:
        if w.text in OPENING_PARENS:
            depth += 1
        elif w.text in CLOSING_PARENS:
            depth = max(0, depth - 1)
        elif not depth:
            between.append(w)
    period = rules().period

    def of_time(w: Word) -> bool:
        return w.text in period or w.stem in period or bool(MONTH.fullmatch(w.text))

    # `지난해 같은 기간 일자리 실적(3만9800개)보다`: after the words of the period, the nouns
    # of what was counted in it
    times = next((n for n, w in enumerate(between) if not of_time(w)), len(between))
    nouns = between[times:]
    return times <= 3 and (
        not nouns or (times >= 1 and len(nouns) <= 3 and all(w.bare_noun for w in nouns))
    )
