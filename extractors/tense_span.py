"""Spans of years and terms of office: a figure totalled over several years (`4년간(2023~2026년)`,
`지난 3년 동안`, `민선 8기에는`) has no year of its own (SPAN); one side of a chain of arrows over
a span (`1,598→1,675→1,742억원`) takes its year (extractors/tense.py).
"""

from __future__ import annotations

import re
from datetime import datetime

from extractors.tense_compare import from_value, same_period_at
from extractors.tense_plan import linked, past_adnominal, past_form, plan_of
from extractors.tense_words import (
    CLOSING_PARENS,
    CLOSING_QUOTES,
    DURATION,
    FRAMING,
    HALVES,
    LINKING_NOUNS,
    OPENING_PARENS,
    TOPIC_PARTICLES,
    clause_end,
    rules,
)
from extractors.tense_year import MONTH_WORD, PERIOD_AFTER, clause_opening, year_of
from extractors.words import ARROWS, RANGE_MARKS, RO, Word

SPAN = "span"  # year_source of a figure totalled over several years: it has no year
_YEARS = re.compile(r"\d+년")
_FOUR_DIGITS = re.compile(r"\d{4}")
_SPAN_YEAR = re.compile(r"\d{4}년")
# `민선 8기에는`, `민선8기에`: a term of office
_TERM = re.compile(r"(민선)?\d+기(에는|에|엔|동안|중)")
_TERM_BARE = re.compile(r"(민선)?(\d+)기")
_TERM_HEAD_WORDS = 2  # nouns of the figure's phrase between a term and the figure
_OWN_YEAR_WORDS = 3  # a relative year this close before a figure is its own, not a span's
_SPAN_OF_YEARS = re.compile(
    r"((?:19|20)\d{2})년?\s*[~∼–-]\s*((?:19|20)\d{2})년|((?:19|20)\d{2})년\s*부터\s*((?:19|20)\d{2})년\s*까지"
)


def change_side(words: list[Word], first: int, last: int) -> tuple[int, int, int] | None:
    """Which side of a change told as a chain the figure is, how many sides the chain has and
    the word it starts at: arrows (`1,598→1,675→1,742억원`) or a start and an end (`60.2%에서
    60.0%로`)."""
    before, j = 0, first - 1
    while j >= 1 and words[j].text in ARROWS and words[j - 1].has_number:
        before += 1
        j -= 2
    after, k = 0, last + 1
    while k + 1 < len(words) and words[k].text in ARROWS and words[k + 1].has_number:
        after += 1
        k += 2
    if before or after:
        return before, before + after + 1, j + 1
    listed = _listed_side(words, first, last)
    if listed is not None:
        return listed
    if from_value(words[last]) and any(
        w.has_number and RO & set(w.particle_forms()) for w in words[last + 1 : last + 4]
    ):
        return 0, 2, first
    if RO & set(words[last].particle_forms()):
        start = next(
            (m for m in range(first - 1, max(-1, first - 4), -1) if from_value(words[m])), None
        )
        if start is not None and words[start].has_number:
            return 1, 2, start
    return None


# the unit written after a figure's number (`6만4,500개를` → 개, `0.9%p` → %p, `61개다` → 개)
_UNIT = re.compile(
    r"[\d.,십백천만억조]*(\D*?)(?:을|를|으로|로|이|가|은|는|와|과|에|의|이다|다|이며|며)?,?$"
)


def unit_of(w: Word) -> str:
    """The unit written after the figure's number in word w, its particle or copula left out."""
    m = _UNIT.fullmatch(w.text)
    return m.group(1) if m else w.text


def _listed_side(words: list[Word], first: int, last: int) -> tuple[int, int, int] | None:
    """A list of figures after the same period (`같은 기간 충북도는 6만1천개, 6만4,500개,
    6만8천개를`, `각각 101.7%, 104.2%, 106.3%를`): its items are the period's years in order."""
    before, j = 0, first - 1
    while j >= 1 and words[j].text == "," and words[j - 1].has_number:
        before += 1
        j -= 2
    after, k = 0, last + 1
    while k + 1 < len(words) and words[k].text == "," and words[k + 1].has_number:
        after += 1
        k += 2
    # (the same period anywhere before the list: `같은 기간 충북도는 …`, `… 같은 기간 … 각각 …`)
    if not (before or after) or not any(same_period_at(words, m) is not None for m in range(j + 1)):
        return None
    unit = unit_of(words[first])
    if any(unit_of(words[m]) != unit for m in range(j + 1, k, 2)):
        return None  # `각각 1만명, 0.9%p`: two measures, not one over the years
    return before, before + after + 1, j + 1


def side_year(years: list[int], side: int, sides: int) -> int | None:
    """The year of one side of a chain over these years, in order: as many years as sides, or
    the first and last of them for a start and an end."""
    if len(years) == sides:
        return years[side]
    if sides == 2 and len(years) > 2:
        return years[0] if side == 0 else years[-1]
    return None


def years_spanned(words: list[Word]) -> tuple[int, int] | None:
    """The span of years the words name (`2019~2023`, `2015년부터 2019년까지`), if any."""
    text = " ".join(w.text for w in words)
    m = _SPAN_OF_YEARS.search(text) or _BARE_SPAN.search(text)
    if m is None:
        return None
    first, end = (int(g) for g in m.groups() if g is not None)
    return (first, end) if first < end else None


def names_span(words: list[Word]) -> bool:
    """The words name a span of years: `2019~2023`, `5년간` (not `1년간`)."""
    durations = (DURATION.fullmatch(w.text) and not w.text.startswith("1년") for w in words)
    return any(durations) or years_spanned(words) is not None


def series_year(
    words: list[Word], first: int, last: int, published_at: datetime | None
) -> int | None:
    """The year of one side of a chain of arrows over a span of years its clause names before
    it (`최근 3년간(2023~2025년) 예산은 1,598→1,675→1,742억원으로`), or over the years its
    sentence named before the same period (`춘천시 고용률은 2018년 59.1%, 지난해 59.4%로 …,
    원주시는 같은 기간 60.2%에서 60.0%로`)."""
    chain = change_side(words, first, last)
    if chain is None:
        return None
    side, sides, j = chain
    start = clause_opening(words, j)
    spans = list(_SPAN_OF_YEARS.finditer(" ".join(w.text for w in words[start:j])))
    if spans:
        begin, end = (int(g) for g in spans[-1].groups() if g)
        return side_year(list(range(begin, end + 1)), side, sides)
    if not same_period_before(words, j):
        return None
    years = sorted({y for m in range(j) if (y := year_of(words, m, published_at)) is not None})
    return side_year(years, side, sides) if len(years) >= 2 else None


def same_period_before(words: list[Word], j: int) -> bool:
    """`같은 기간`, `동기간` right before word j: the period an earlier clause or sentence named."""
    return any(same_period_at(words, m) is not None for m in range(max(0, j - 3), j))


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
    r = rules()
    if k + 3 > first or words[k + 1].stem not in r.term_start:
        return False
    since = words[k + 2].text == "후" or words[k + 2].text.startswith(r.since)  # since: 이후, 이래
    if since and k + 3 == first:
        # `취임 이후 47개 기업과 투자협약을 맺었고`: what was done since, told in the past (not
        # `민선 1기 출범 이후 8개 시·군의 재정자립도는`: places, counted as they are)
        phrase = words[first : first + 2]
        if any("의" in w.particle_forms() for w in phrase):
            return False
        verb = next((w for w in words[first + 1 :] if w.predicate), None)
        return verb is not None and past_form(verb)
    return (
        since
        and any(
            w.stem in r.totals
            or w.text in r.totals
            or (w.predicate and past_adnominal(w.base_parts))
            or (w.stem in r.now and "까지" in w.particle_forms())  # `출범 이후 지금까지 5만4천여개`
            for w in words[k + 3 : first]
        )
    )


def _year_named(words: list[Word], span: range) -> bool:
    """A word of `span` names a year, written out or relative (`2026년`, `올해`)."""
    relative = rules().relative
    return any(year_of(words, k, None) is not None or words[k].stem in relative for k in span)


def _pledged(words: list[Word], first: int, last: int) -> bool:
    """A figure named as a pledge (`공약 목표 6만개`, `'6만개 공약'`, `시민과 약속한 일자리 2만
    개`) is promised for the whole term of office, no one year, unless a year stands right
    before it (`2026년까지 고용률 70%`)."""
    r = rules()
    start = max(0, first - _OWN_YEAR_WORDS)
    if _year_named(words, range(start, first)):
        return False
    j = last + 1
    while j < len(words) and words[j].text in CLOSING_QUOTES:
        j += 1  # `'일자리 6만개' 공약`
    after = words[j] if j < len(words) else None
    if after is not None and after.bare_noun and after.stem in r.pledges:
        return True  # `'6만개 공약' 절반 넘어`
    for w in reversed(words[start:first]):
        if w.text in CLOSING_QUOTES or w.text in ("'", "‘"):
            continue
        if w.bare_noun and w.stem.endswith(r.budget) and not w.stem.startswith("총"):
            # `공약 관련 예산 1,120억원`: a budget's amount, of its own year (`공약 총사업비`
            # is what the pledges cost over the term)
            return False
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
    if _year_named(words, range(len(words))):
        return False
    pledge = next((j for j, w in enumerate(words[:first]) if w.stem in r.pledges), None)
    if pledge is None:
        return False
    return any(
        w.stem.endswith(r.budget) and set(w.particle_forms()) & (TOPIC_PARTICLES | {"도"})
        for w in words[pledge + 1 : first]
    )


_AVERAGE_WORDS = 8  # `같은 기간 연평균 실적 증가율은 대전 4.8%, 울산 4.1%`


def _yearly_average(words: list[Word], first: int) -> bool:
    """A yearly average opens the figure's clause (`연평균 3만6400개`, `실적 증가율도 연평균
    5.2%로`, `연평균 실적 증가율은 대전 4.8%, 울산 4.1%`, `한 해 평균 7만8100개꼴`) in a
    sentence naming the years it is taken over (`2018~2021년`, `같은 기간`, `2016년 …에서 지난해
    …로`): an average over several years, none of them its own (`5년차의 연평균 가구소득은
    3300만원` names no such years: a year's income, of the survey's year)."""
    for k in range(first - 1, max(-1, first - 1 - _AVERAGE_WORDS), -1):
        w = words[k]
        if w.predicate and clause_end(w):
            return False
        if w.text.startswith(rules().yearly_average) or (
            w.stem == "평균" and k > 1 and (words[k - 2].text, words[k - 1].text) == ("한", "해")
        ):
            return bool(_YEARS_NAMED.search(" ".join(x.text for x in words)))
        if w.stem == "평균" and k > 0 and _YEARS.fullmatch(words[k - 1].text):
            return True  # `최근 5년 평균 고용률은`, `2015~2024년 10년 평균`: over those years
    return False


# The years an average is taken over: a range (`2018~2021년`, `2014년부터`), a change from one
# year's value (`2016년 4만6200개에서`), the span told before (`같은 기간`), a count of years
# (`4년간`).
_YEARS_NAMED = re.compile(
    r"(?:19|20)\d{2}\s*년?\s*[~∼\-–]\s*(?:19|20)?\d{2}|(?:19|20)\d{2}년\s*부터"
    r"|(?:19|20)\d{2}년\s*\S*\s*\S*에서|(?:같은|이|그)\s*기간|\d+\s*년\s*(?:간|동안)"
)


def spans_years(words: list[Word], first: int, last: int) -> bool:
    """The figure's clause, before it, gives its time as a span of years (`4년간`, `3년 동안`,
    `2023~2026년`), and the figure is no end of a change from one value to another."""
    if from_value(words[last]):
        return False
    if _pledged(words, first, last) or _pledges_cost(words, first):
        return True
    if _yearly_average(words, first):
        return True
    if _so_far_in_term(words, first) or _project_cost(words, first) or _since_start(words, first):
        return True
    if _total_cost(words, first):
        return True
    if _since_year_gone(words, first):
        return True
    # A total (a count or an amount, not a rate) takes a span across verbs linked to its own
    # (`민선 7기에는 … 목표로 세워 1만 7,312개를 만들어`, `4년간 … 목표 1만 1,000개를 넘어 모두
    # 1만 1,847개의`, `임기 동안 국·도비를 포함해 총 2,400억 원을`): the serial verbs share the
    # time the sentence opened with; not across a past (`늘었고`), nor into another clause's
    # adnominal (`10년간 방치된 부지를 정비해 200면`: the span is the adnominal's).
    # A rate is a level, no total, unless it is what the term promises to reach (`임기 동안
    # 일자리 4만개를 만들고 고용률을 64%까지 끌어올리겠다는 공약`): the term's goal.
    total = "%" not in words[last].text or plan_of(words, last) is True
    r = rules()
    crossed = False
    k = first
    while k > 0:
        k -= 1
        w = words[k]
        if w.text.startswith(CLOSING_PARENS) and k > 0:
            # `민선 7기(2018년 7월~2022년 6월)에는`: what the parenthesis says is of the word
            # before it
            k = next((j for j in range(k - 1, -1, -1) if words[j].text in OPENING_PARENS), k)
            continue
        if w.predicate and crossed:
            return False
        if w.predicate and k + 1 < first and words[k + 1].stem in LINKING_NOUNS | {"결과"}:
            return False  # `3년간 … 3,771억 원을 사용한 결과 기금 전입금도 3,900억 원`: a clause
        if w.predicate and _quoted_into_adnominal(words, k):
            continue  # `2년간 만들었다고 밝힌 일자리 2만4천여개`: the quote is the adnominal's
        if w.text in FRAMING:
            continue  # `임기 중 분야별 계획을 보면 ▲…`: a frame ends no clause of its own
        if w.predicate and clause_end(w):
            if total and linked(w) and not past_form(w):
                crossed = True
                continue
            return False
        if "에서" in w.particle_forms() and w.has_number:
            return False  # `494억원에서 1조원으로`: the figure ends a change
        if (w.stem or w.text) in r.all_along:
            return True  # `그동안 기업 27곳을 유치했고`: all the time so far, no one year's
        # `3년 반 동안 7만4천여개`: half a year more is still a span of years
        half = int(k + 1 < len(words) and words[k + 1].text == "반")
        duration = DURATION.fullmatch(w.text) or (
            # `3년 동안 9만개`, `3년 누적 9만811개`
            _YEARS.fullmatch(w.text)
            and k + 1 + half < len(words)
            and (
                words[k + 1 + half].text in ("동안", "누적")
                or words[k + 1 + half].stem == "동안"  # `4년 동안에는`
            )
        )
        if not duration and k == first - 1 and _FEW_YEARS.fullmatch(w.text.strip("‘'")):
            duration = True  # `'3년 3만개' 계획`: a number of years right before the figure
        if duration:
            # one year is no span of years, unless it ends in a month other than December
            # (`지난 6월 말까지 1년간 실적은 4,300개`: from one July to the next June) or half a
            # year more (`남은 1년 반 동안 2만6,100개를`)
            return bool(half) or not w.text.startswith("1년") or _twelve_months_across(words, k)
        if (
            k > 0
            and _YEARS.fullmatch(words[k - 1].text)
            and re.fullmatch(r"\d+개월", w.text)
            and k + 1 < len(words)
            and words[k + 1].stem == "동안"
        ):
            return True  # `남은 1년 7개월 동안 3만880개를 더 만들어야`: years and months
        if w.stem in r.terms or w.text in r.terms:
            # `임기 안에 일자리 3만개`: a goal for the whole of a term of office (`임기 말`
            # is its last year)
            return k + 1 >= len(words) or words[k + 1].stem not in r.term_end
        term = _TERM.fullmatch(w.text) or (
            _TERM_BARE.fullmatch(w.text)
            and (
                # `민선 8기 일자리 10만개 만든다`, `민선 8기 50만 개 목표`: the term heads the
                # figure's noun phrase
                _term_heads(words, k, first)
                or (
                    k + 1 < first
                    and (
                        # (`민선 6기 들어 지난해까지 만든 일자리는`: since the term began)
                        words[k + 1].text in ("동안", "중", "(", "（", "들어", "들어서")
                        or words[k + 1].stem == "공약"
                        or _term_started(words, k, first)
                    )
                )
            )
        )
        if w.stem in r.term_start and _term_started(words, k - 1, first):
            return True  # `(민선 8기가) 출범 이후 지금까지 5만4천여개를 만들었다`
        if term and elected_term(words, k) is not None:
            return True  # `민선 7기(2018년 7월~2022년 6월)에는 9만8,400여개`
        ranged = k >= 2 and words[k - 1].text in RANGE_MARKS
        if ranged and _FOUR_DIGITS.fullmatch(words[k - 2].text):
            # `2024~2029년 36만7000명 증가`: a range right before the figure (nouns between)
            # (`2022~2025년 일자리 사업에 모두 1,870억원을`: an adverb of the total between)
            near = all(
                (x.stem and not x.has_number) or x.punct or x.adverb for x in words[k + 1 : first]
            )
            return near and _SPAN_YEAR.fullmatch(w.text) is not None
        if "까지" in w.particle_forms() and _from_year_before(words, k):
            return True  # `2018년 하반기부터 지난해까지 6만8,000여개를`
        if "까지" in w.particle_forms() and _months_across_years(words, k):
            return True  # `2022년 7월부터 올해 5월까지 만들어진 일자리는 2만1,340개로`
        if _cumulative_until(words, k, first):
            return True  # `지난해까지 누적 2,257억원에 이른다`
        if (
            "까지" in w.particle_forms()
            and k > 0
            and w.stem in PERIOD_AFTER
            and _from_year_before(words, k - 1)
        ):
            return True  # `2022년 7월부터 지난해 말까지 누적 일자리는`: 까지 on the year's end
        near = first - k <= _OWN_YEAR_WORDS
        # (`민선 8기 들어 지난해까지 만든 일자리는`: a year with 까지 ends a span, no own year)
        ends_span = "까지" in w.particle_forms()
        if near and w.stem in r.relative and w.stem not in r.now and not ends_span:
            return False  # `임기 내 일자리 5만개…올해 2870억 투입`: the figure's own year
        if year_of(words, k, None) is not None:
            return False  # `‘23년 △6,239억원`: the figure's own year, nearer than any span
    return False


# `2019~2023 중기지방재정계획`: two years joined by a tilde, 년 left out
_BARE_SPAN = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[~∼]\s*((?:19|20)\d{2})(?!\d)")
_FEW_YEARS = re.compile(r"[2-9]년|1\d년")  # a count of years, not a calendar year


def _quoted_into_adnominal(words: list[Word], k: int) -> bool:
    """Word k ends a quoted clause (다고, 라고) that an adnominal right after it reports
    (`만들었다고 밝힌`): the clause is inside the figure's noun phrase."""
    ends = [f for f, t in words[k].base_parts if t == "EC"]
    nxt = words[k + 1] if k + 1 < len(words) else None
    return (
        bool(ends)
        and ends[-1] in ("다고", "라고")
        and nxt is not None
        and nxt.predicate
        and nxt.base_parts[-1][1] == "ETM"
    )


def _twelve_months_across(words: list[Word], k: int) -> bool:
    """A year's span at word k runs up to the end of a month other than December named just
    before it (`6월 말까지 1년간`, `6월까지 1년간`)."""
    for j in range(max(0, k - 3), k):
        m = MONTH_WORD.match(words[j].text)
        until = "까지" in words[j].particle_forms() or (
            j + 1 < k and words[j + 1].stem == "말" and "까지" in words[j + 1].particle_forms()
        )
        if m is not None and until and int(m.group(1)) != 12:
            return True
    return False


def _project_cost(words: list[Word], first: int) -> bool:
    """What a whole building project costs (`산업단지로, 2단계까지 총사업비 1조6천억원이
    들어간다`, `사업비 284억원이 투입되는 이 주택은 2026년 준공 예정`) is spent over its years: no
    year, unless one stands before it (`올해 국비 18억을 포함한 총사업비 24억 원`). A program's
    total for the year (`총사업비 1억 원을 투입해 … 파쇄 지원에 나서고 있다`) keeps its year."""
    r = rules()
    if first < 1 or not any(w.stem in r.building for w in words):
        return False
    w = words[first - 1]
    if w.stem not in r.project_costs or not (w.bare_noun or w.particle_forms() in (["은"], ["는"])):
        return False
    return not _year_named(words, range(first))


_COST_WORDS = 3  # `총사업비는 약 1,050억원`, `총사업비를 1조 2,480억원으로`: words between


def _total_cost(words: list[Word], first: int) -> bool:
    """`2024년까지 총사업비 186억원`, `선정 사업의 총사업비는 1,286억원으로`, `… 조성사업은
    총사업비 320억원 가운데`: what a project run to a deadline, a project told as a topic, or a
    building project costs in all is over its years, none of them its own; a deadline is no
    year of it. A program's total for the year keeps that year (`올해 국비 18억을 포함한
    총사업비 24억 원`, `총사업비 1억 원을 투입해 … 파쇄 지원에 나서고`)."""
    for k in range(first - 1, max(-1, first - 1 - _COST_WORDS), -1):
        w = words[k]
        if w.predicate and clause_end(w):
            return False
        forms = w.particle_forms()
        if w.stem != "총사업비" or not (w.bare_noun or forms in (["은"], ["는"], ["를"])):
            continue
        opening = clause_opening(words, k)
        until = any("까지" in x.particle_forms() for x in words[opening:k])
        own = any(
            _year_named(words, range(j, j + 1)) and "까지" not in words[j].particle_forms()
            for j in range(opening, k)
        )
        r = rules()
        # a building project, a term's pledges, or a part of the total taken for one year
        # (`총사업비 1,150억원 가운데 올해 480억원을`)
        over_years = any(
            x.stem in r.building
            or x.stem in r.terms
            or x.stem.startswith(tuple(r.pledges))
            or _TERM_BARE.fullmatch(x.text) is not None
            for x in words
        ) or (first + 1 < len(words) and words[first + 1].stem in r.part_of)
        return not own and (until or forms in (["은"], ["는"]) or over_years)
    return False


def _since_year_gone(words: list[Word], first: int) -> bool:
    """`… 목표 가운데 지난해 하반기 이후 7,140개를 달성했다`: counted since a time in a year gone
    by (`지난해 …`, `작년 …` with 이후/이래) up to now, over more than one year."""
    r = rules()
    for k in range(first - 1, 0, -1):
        w = words[k]
        if w.predicate and clause_end(w):
            return False
        if not w.text.startswith(r.since):
            continue
        before = words[max(0, k - 3) : k]
        return any(r.relative.get(x.stem, 0) < 0 for x in before)
    return False


_SINCE_WORDS = 5  # `2009년 육성자금 지원을 시작한 이후`: the words of a start before its 이후


def _since_start(words: list[Word], first: int) -> bool:
    """`2012년 사업 시행 이후 정착지원금을 받은 가구는 모두 218가구`, `2016년 지원을 시작한 뒤
    지난해까지 … 1조2,400억원을`: a total since a year something began, counted all together or
    up to now, is over the years since, none of them its own."""
    r = rules()
    start = None
    for k in range(first - 1, -1, -1):
        w = words[k]
        if w.predicate and clause_end(w):
            return False
        if (w.text.startswith(r.since) or w.stem in ("뒤", "후")) and any(
            year_of(words, j, None) is not None for j in range(max(0, k - _SINCE_WORDS), k)
        ):
            start = k
            break
    if start is None:
        return False
    between = words[start + 1 : first]
    return any(
        (w.stem or w.text) in r.cumulative
        or ("까지" in w.particle_forms() and (w.stem in r.now or r.relative.get(w.stem, 0) < 0))
        for w in between
    )


def _so_far_in_term(words: list[Word], first: int) -> bool:
    """`임기 4년간 … 800억원을 투입하기로 했고, 지금까지 470억원을 집행했습니다`, `민선8기 일자리
    목표는 4년간 15만개로, 지난해 말까지 누적 10만8천여개를`: a running total, in a sentence that
    named the term or the span it runs in, is over those years."""
    r = rules()
    k = first - 1
    while k >= 0 and not words[k].predicate:
        until = "까지" in words[k].particle_forms()
        if until and (
            words[k].stem in r.now
            or r.relative.get(words[k].stem, 0) < 0
            or words[k].stem.startswith(r.last_month)
        ):
            break  # `지금까지`, `지난해까지 12만3,600개를 달성해`, `지난달까지`
        if words[k].bare_noun and words[k].stem == "누적":
            break  # `지난해 말까지 누적 10만8천여개를`
        if (
            words[k].stem in PERIOD_AFTER
            and "까지" in words[k].particle_forms()
            and k > 0
            and (
                year_of(words, k - 1, None) is not None or r.relative.get(words[k - 1].stem, 0) < 0
            )
        ):
            break  # `12만개 약속 가운데 지난해 말까지 9만1천여개를 달성했다`
        k -= 1
    else:
        return False
    return any(
        w.stem in r.terms
        or w.text in r.terms
        or DURATION.fullmatch(w.text) is not None
        # `4년 동안 일자리 3만개를 약속했는데, 지금까지 3만2천여개를`
        or (_YEARS.fullmatch(w.text) is not None and j + 1 < k and words[j + 1].stem == "동안")
        # (`민선 7기 일자리 목표 18만개 가운데`: written apart too)
        or elected_term(words, j) is not None
        for j, w in enumerate(words[:k])
    )


def _months_across_years(words: list[Word], k: int) -> bool:
    """Word k is a month with 까지 after a year (`올해 5월까지`), and a few words before it a month
    of another year opens the span with 부터 (`2022년 7월부터`, `지난해 7월부터`): a total across
    years (a term's so far), not one year's. Within one year (`지난해 7월부터 12월까지`) it is
    that year's."""
    if k < 1 or not MONTH_WORD.match(words[k].text) or not _year_named(words, range(k - 1, k)):
        return False
    for j in range(k - 2, max(0, k - 6), -1):
        # (`2022년 하반기부터 올해 5월까지`: a half year opens it as a month does)
        opens = MONTH_WORD.match(words[j].text) or words[j].stem in HALVES
        if "부터" in words[j].particle_forms() and opens:
            return _year_named(words, range(j - 1, j)) and words[j - 1].text != words[k - 1].text
    return False


def _cumulative_until(words: list[Word], k: int, first: int) -> bool:
    """Word k ends a time at a year gone by (`지난해까지`, `지난해 말까지`) and `누적` heads the
    figure (`지난해까지 누적 2,257억원에 이른다`): counted up over the years to then, none of them
    its own (`올해 누적` is this year's so far; `2030년까지 누적 10만개` a goal's year)."""
    between = words[k + 1 : first]
    if "까지" not in words[k].particle_forms() or not any(
        w.bare_noun and w.stem == "누적" for w in between
    ):
        return False
    if any(w.has_number or w.predicate for w in between):
        return False  # (`지난해 말까지 … 누적 실적은 6만3,480개로, 임기 목표인 7만2,000개의`)
    w = words[k - 1] if words[k].stem in PERIOD_AFTER and k > 0 else words[k]
    return rules().relative.get(w.stem, 0) < 0


def counted_up(words: list[Word], first: int) -> bool:
    """`지난해까지 누적 2,257억원에 이른다`: a total counted up to a year gone by, a result
    whatever budget it was drawn from."""
    return any(_cumulative_until(words, k, first) for k in range(first))


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


def elected_term(words: list[Word], k: int) -> int | None:
    """The number of the elected term word k names (`민선8기`, `민선 7기의`: its particles after
    it), else None (`18기 친환경농업인대학` is a class)."""
    w = words[k]
    if not (w.text.startswith("민선") or (k > 0 and words[k - 1].text == "민선")):
        return None
    m = _TERM_BARE.match(w.text)
    return int(m.group(2)) if m else None


def term_end_year(words: list[Word], first: int, published_at: datetime | None) -> int | None:
    """`임기 말 고용률을 65%까지`: the last year of the term of office the sentence names (`민선8기`
    ends in 2026, `민선 7기` in 2022), else of the one running at publication (local terms start
    in July of 2018, 2022, 2026 …)."""
    r = rules()
    ends = any(
        words[k].stem in r.terms and words[k + 1].stem in r.term_end for k in range(first - 1)
    )
    if not ends:
        return None
    for k in range(len(words)):
        number = elected_term(words, k)
        if number is not None and number >= 2:
            return 2002 + 4 * (number - 2)
    if published_at is None:
        return None
    year = published_at.year + (2 - published_at.year) % 4
    return year + 4 if year == published_at.year and published_at.month >= 7 else year
