"""The year of a figure in its sentence: the nearest year word before it in its clause, else the
first after it in the clause, else the nearest in the rest of the sentence; relative years
resolved from the publication date, bases of comparison left out; a month, quarter or half
without a year; a count as of a date (extractors/tense.py).
"""

from __future__ import annotations

import re
from datetime import datetime

from extractors.phrases import INLINE_ITEM_MARKS
from extractors.tense_compare import (
    BASE_CLAUSE_WORDS,
    BASE_WORDS,
    ORDINAL,
    base_before_comparing_verb,
    base_figure,
    comparison_base,
    first_of_listed_base,
    from_value,
    heads_base,
    heads_base_after,
    in_aside,
    is_comparison,
    listed_base,
    names_base,
    opening_parenthesis,
    opens_period,
    period_word,
    record_passed,
    share_base,
    tags_figure,
)
from extractors.tense_plan import done_and_then, past_adnominal, stem_in
from extractors.tense_words import (
    CLAUSE_ENDS,
    CLOSING_PARENS,
    HALVES,
    MONTH,
    NEXT_YEAR,
    OBJECT,
    OPENING_PARENS,
    SAME_YEAR,
    SEGMENT_ENDS,
    TOPIC_PARTICLES,
    UNITS_APART,
    YEAR,
    clause_end,
    closed_by_comma,
    rules,
)
from extractors.words import RO, Word

_BEFORE_AFTER = {"전": 1, "뒤": -1, "후": -1}
_NEW_YEAR_FROM = 11  # the month from which `새해` means the next year
_HANGUL = re.compile(r"[가-힣]")


def past(year: int | None, published_at: datetime | None) -> bool:
    """A year before the publication year."""
    return _from_publication(year, published_at) < 0


def ahead(year: int | None, published_at: datetime | None) -> bool:
    """A year after the publication year: nothing of it has happened yet."""
    return _from_publication(year, published_at) > 0


def _from_publication(year: int | None, published_at: datetime | None) -> int:
    """How many years a year lies after the publication year (before it: < 0); 0 when either is
    unknown or the year is one an earlier sentence gives (SAME_YEAR, NEXT_YEAR)."""
    if year is None or year in (SAME_YEAR, NEXT_YEAR) or published_at is None:
        return 0
    return year - published_at.year


def as_of(words: list[Word], first: int, last: int) -> bool:
    """The figure is a count as of a date (`10월 말 현재`, `5월 말 기준`) just before it, and no
    goal follows it (`현재 3만개를 목표로` is still a goal)."""
    start = max(0, first - 3)
    if not any(
        _as_of_word(w)
        and (w.stem != "기준" or _time_before(words, j))
        # (`현재 86곳에서 연말까지 100곳으로 늘린다`: the count as of now is the one it starts
        # from, not the one it is raised to)
        and not any(x.has_number for x in words[j + 1 : first])
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
        MONTH.search(w.text)
        or YEAR.search(w.text)
        or w.stem in r.relative
        or w.text in r.relative
        or w.text in r.period
        or w.text in PERIOD_AFTER
    )


def _as_of_word(w: Word) -> bool:
    # bare, or `기준으로`; `현재보다` is a base of comparison
    as_of = rules().as_of
    return (w.text in as_of or w.stem in as_of) and set(w.particle_forms()) <= RO


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
            if _money_moved_year(words, k):
                continue
            # `같은 해`, `그해`: the year named before it in the sentence, else one the article
            # named earlier (SAME_YEAR tells extractors/timeline.py to look there)
            found[k] = named[max(named)] if named else SAME_YEAR
            named[k] = found[k]
            continue
        if _next_year(words, k):
            if _money_moved_year(words, k):
                continue
            before = named[max(named)] if named else SAME_YEAR
            found[k] = before + 1 if before > NEXT_YEAR else NEXT_YEAR
            named[k] = found[k]
            continue
        year = year_of(words, k, published_at)
        if year is not None and not _money_moved_year(words, k):
            named[k] = year
            if not comparison_base(words, k):
                found[k] = year
    return found


def _money_moved_year(words: list[Word], k: int) -> bool:
    """The year word k names where money went or came from, not a figure's time."""
    return _moved_to(words, k) or _origin_after(words, k)


def _moved_to(words: list[Word], k: int) -> bool:
    """Word k names a year with 로 that a verb of moving takes right after it (`38억원은 올해로
    이월됐고`, `다음 해로 넘긴 이월액은`): where the money went, no year of a figure."""
    forms = words[k].particle_forms()
    if not forms or not set(forms) <= RO or k + 1 >= len(words):
        return False
    verb = words[k + 1]
    return verb.predicate and stem_in(verb, rules().moved_to)


def _funds(words: list[Word]) -> bool:
    """The sentence puts money into a budget (`추경 재원은 …`, `… 편성했다`, `1,950억원 투입`)."""
    r = rules()
    return any(w.stem.endswith(r.budget) or stem_in(w, r.funding) for w in words)


def _origin_after(words: list[Word], k: int) -> bool:
    """Word k heads money left over from its year's accounts (`지난해 순세계잉여금 640억원`,
    `지난해 결산에서 생긴 순세계잉여금 583억원`) or carried over from it (`지난해 이월된
    72억원`): that year is where the money came from, not the year of the budget it funds. Not in
    a sentence that funds nothing (`2016회계연도 결산상 잉여금은 1,660억원이다`: the settled
    year's own figure)."""
    for w in words[k + 1 : k + 5]:
        if w.has_number:
            return False
        if w.stem.endswith(rules().origins):
            return _funds(words)
        if w.predicate and w.base_parts[-1][1] == "ETM" and stem_in(w, rules().moved_to):
            return True  # `지난해 이월된 72억원은 올해 … 투입할 계획`: carried over from then
        if w.predicate and w.base_parts[-1][1] != "ETM":
            return False
    return False


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


def year_of(words: list[Word], k: int, published_at: datetime | None) -> int | None:
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
        # (`2023회계연도 결산`: a fiscal year is its calendar year)
        if text.lstrip("’‘'").startswith(digits) and unit.startswith(("년", "년도", "회계연도")):
            if len(digits) == 4 and digits[:2] in ("19", "20"):
                return int(digits)
            quoted = text[0] in "’‘'" or (k > 0 and words[k - 1].text in ("’", "‘", "'"))
            # (`'10년 새`: a quotation opening on a count of years)
            spans = k + 1 < len(words) and words[k + 1].text in rules().spans_after
            if len(digits) == 2 and quoted and not spans:
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
    if offset is None and w.stem_parts[-1:] and w.stem_parts[-1] in _ABOUT:
        offset = r.relative.get(w.stem_parts[0][0])  # `내년쯤에는`, `작년께`: about then
    if (
        offset == 0
        and (w.stem or w.text) in r.as_of
        and not w.particle_forms()
        and _time_before(words, k)
    ):
        return None  # `작년 말 현재`: as of the time before it (not `1981년부터 현재까지`)
    if (w.stem or w.text) == "지금" and w.particle_forms():
        # only a bare `지금` (`지금 채용된 인원이 539명`) is the publication's year: not a running
        # total up to now (`취임 이후 지금까지 48건`), nor a name's `지금은 곡성올 때`
        return None
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
        year = year_of(words, j, published_at)
        if year is not None:
            return year
    return None


def year_in_parenthesis(words: list[Word], last: int, published_at: datetime | None) -> int | None:
    """A year alone (or with 기준) in the parenthesis right after the figure."""
    if last + 2 >= len(words) or words[last + 1].text not in OPENING_PARENS:
        return None
    for k in range(last + 2, min(len(words), last + 4)):
        if words[k].text in CLOSING_PARENS:
            return None
        year = year_of(words, k, published_at)
        if year is not None:
            rest = words[k + 1 : k + 3]
            closed = any(w.text in CLOSING_PARENS for w in rest[:1]) or (
                len(rest) == 2 and rest[0].stem in rules().as_of and rest[1].text in CLOSING_PARENS
            )
            return year if closed else None
    return None


def _range_start(words: list[Word], first: int, published_at: datetime | None) -> int | None:
    """The year a span before the figure starts from (`2016년부터 2024년까지`)."""
    for k in range(first - 1, -1, -1):
        w = words[k]
        if w.predicate and clause_end(w):
            return None
        if "부터" in w.particle_forms() or (k + 1 < len(words) and words[k + 1].text == "부터"):
            year = year_of(words, k, published_at)
            if year is None and k > 0:
                year = year_of(words, k - 1, published_at)
            if year is not None:
                return year
    return None


def _parallel_start(words: list[Word], first: int, published_at: datetime | None) -> int | None:
    """The year of an earlier change's start in the sentence, for a change told the same way
    without years (`목표는 지난해 2만6000개에서 올해 2만8000여개로 늘었지만, 예산은 4,222억원에서
    4029억원으로 줄었다`)."""
    for k in range(first - 1, 0, -1):
        w = words[k]
        if w.has_number and from_value(w):
            return year_of(words, k - 1, published_at)
    return None


def years_ago(words: list[Word], first: int) -> int:
    """N for a figure right after `N년 전`, in parentheses or after nouns of its phrase (`1년
    전(65.9%)보다`, `2년 전 목표(2만8000개)보다`, `2년 전 2만6000개였던 목표`), -N after `N년
    뒤`, else 0."""
    k = first - 1
    if k >= 0 and words[k].text in OPENING_PARENS:
        k -= 1
    elif (
        k >= 0
        and words[k].stem
        and words[k].particle_forms()
        and TOPIC_PARTICLES.issuperset(words[k].particle_forms())
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


def _asides_of_figures(words: list[Word], start: int, first: int) -> set[int]:
    """The words of the closed parentheses before the figure that hold a figure of their own
    (`예산은 2,318억 원(지난해 2,205억 원)으로, 이 가운데 … 1,702억 원을`): their years are
    theirs."""
    inside: set[int] = set()
    k = first - 1
    while k >= start:
        if words[k].text in CLOSING_PARENS:
            opening = next(
                (j for j in range(k - 1, start - 1, -1) if words[j].text in OPENING_PARENS), None
            )
            if opening is None:
                break
            span = range(opening, k + 1)
            if any(words[j].has_number and year_of(words, j, None) is None for j in span):
                inside.update(span)
            k = opening
        k -= 1
    return inside


def _levels_stood(words: list[Word], first: int, last: int, years: dict[int, int]) -> set[int]:
    """The year words heading another figure of the sentence that a past adnominal closes: of
    the copula (`지난해 하반기 65.4%였던 고용률을 66%로 끌어올릴 계획이다`), or of where a level
    came to (`3,180억원을 배정해 지난해 42.8%에 머문 청년 고용률을 45%까지`): the level stood
    then, the year is that level's, not the figure's it is raised to or the sentence's others."""
    stood: set[int] = set()
    for j in range(len(words)):
        if first <= j <= last or not words[j].has_number:
            continue
        forms = words[j].base_parts
        came_to = (
            j + 1 < len(words)
            and set(words[j].particle_forms()) & {"에", "까지", "로", "으로"}
            and words[j + 1].predicate
            and past_adnominal(words[j + 1].base_parts)
            and stem_in(words[j + 1], rules().stopped | rules().level_changes)
        )
        if not (forms[-1:] == [("던", "ETM")] and ("이", "VCP") in forms) and not came_to:
            continue
        if year_of(words, j, None) is not None:
            continue  # (a year is no level; asked last, as it costs most)
        k = j - 1
        while k >= 0 and (k in years or words[k].bare_noun) and not words[k].has_number:
            if k in years:
                stood.add(k)
            k -= 1
    return stood


_ABOUT = frozenset({("쯤", "XSN"), ("께", "XSN"), ("경", "XSN")})


def _opens_item(w: Word) -> bool:
    """A list's item mark opens the word (`▲일자리`, `▲2023년`), not a sign glued to an amount
    (`‘23년 △6,239억원`: a decrease)."""
    return w.text.startswith(INLINE_ITEM_MARKS) and not _SIGNED_AMOUNT.match(w.text)


_SIGNED_AMOUNT = re.compile(r".\d(?!\d{0,3}년)")


def figure_year(
    words: list[Word], first: int, last: int, published_at: datetime | None
) -> tuple[int | None, str | None]:
    year, source = _year_in_sentence(words, first, last, published_at)
    if year == NEXT_YEAR and from_value(words[last]):
        # `이듬해 예산을 620억원에서 780억원으로`: the change starts in the year before, the one
        # an earlier sentence names
        return SAME_YEAR, source
    return year, source


_HEADING_NOUNS = 3  # nouns between a year and the parenthesis of the figure it heads


def _year_in_sentence(
    words: list[Word], first: int, last: int, published_at: datetime | None
) -> tuple[int | None, str | None]:
    tagged = year_in_parenthesis(words, last, published_at)
    if tagged is not None:
        return tagged, "clause"  # `60.8%('17년)에서 69%('24년)로`, `68.6%(2024년 기준)`
    opening = opening_parenthesis(words, first)
    if opening is not None and opening > 0:
        heading = year_of(words, opening - 1, published_at)
        k = opening - 1
        while (
            heading is None
            and k > 0
            and opening - k <= _HEADING_NOUNS
            and (
                words[k].bare_noun
                or MONTH_WORD.fullmatch(words[k].text)
                or ORDINAL.fullmatch(words[k].text)
            )
        ):
            # `올해 본예산(9,870억원)과`, `2017년 1월(56만 3천 명) 이후`, `지난해 제2회 추경
            # 증액분(287억원)의 두 배`
            k -= 1
            heading = year_of(words, k, published_at)
        if heading is not None:
            return heading, "clause"  # `2021년(4천610개·고용률 64.9%)과 비교하면`
    if from_value(words[last]) and (first == 0 or year_of(words, first - 1, published_at) is None):
        start = _range_start(words, first, published_at)
        if start is not None:
            return start, "clause"  # `2016년부터 2024년까지 예산은 494억원에서 1조원으로`
    if base_figure(words, first, last):
        # `지난해 충남 시 지역 평균 고용률(59.7%)보다`: the year heading the base's phrase
        for k in range(first - 1, max(-1, first - BASE_WORDS - 3), -1):
            if words[k].text == ",":
                break  # (an earlier item's year of a list of bases is not this one's)
            own = year_of(words, k, published_at)
            if own is not None and heads_base_after(words, k):
                return own, "clause"
    if first > 0 and (
        is_comparison(words[first])
        or is_comparison(words[last])  # `6,029억 원보다`: the unit written apart
        or base_before_comparing_verb(words, last)
        or from_value(words[last])
        or share_base(words, last)  # `2019년 상반기 680만1,000명의 96.1%`
        or record_passed(words, first - 1, first)  # `2022년의 1조307억원을 넘어 역대 최대다`
        # `… 2019년 하반기 65.2%, 2020년 하반기 66.0%와 비교하면`: an item of a list of bases
        or (last + 1 < len(words) and words[last + 1].text == "," and listed_base(words, last + 1))
        or first_of_listed_base(words, last)  # `올해 본예산 21개 사업, 49억원과 비교하면`
    ):
        # the base figure of a comparison keeps the year written right before it, a half or a
        # month of it between (`올해 상반기 70.8%에서`)
        k = first - 1
        while k > 0 and first - k <= 2 and period_word(words[k]):
            k -= 1
        own = year_of(words, k, published_at)
        if own is not None:
            return own, "clause"
        # `지난해 추경을 포함해 집행한 548억원보다`: the year opening the base's noun phrase
        for k in range(first - 1, max(-1, first - BASE_CLAUSE_WORDS - 1), -1):
            own = year_of(words, k, published_at)
            if own is not None and names_base(words, k, first):
                return own, "clause"
    if from_value(words[last]):
        parallel = _parallel_start(words, first, published_at)
        if parallel is not None:
            return parallel, "clause"
    years = year_words(words, published_at)
    ago = years_ago(words, first)
    if ago:
        # `2022년 하반기 고용률은 67.1%로, 1년 전(65.9%)보다`: N years before the sentence's
        # own year (else the publication's)
        own = [years[k] for k in sorted(years) if k < first and years[k] > NEXT_YEAR]
        now = own[-1] if own else published_at.year if published_at else None
        return (now - ago, "clause") if now is not None else (None, None)
    if not years:
        return None, None
    # (`925억원에 비해`, `…과 비교해` close no clause: they lead to its figure; a figure with
    # 로 and a comma closes one, its copula left out: `예산은 412억원으로, … 올해 374억원보다`)
    start = next(
        (
            k + 1
            for k in range(first - 1, -1, -1)
            if (words[k].predicate and clause_end(words[k]) and not is_comparison(words[k]))
            or closed_by_comma(words, k)
        ),
        0,
    )
    # an item of a list marked inside the sentence is a clause of its own (`▲일자리 2만5천개
    # 창출 ▲… ▲공정률 2022년까지 50% 달성`: the last item's deadline is no other item's)
    item = next((k for k in range(first, start - 1, -1) if _opens_item(words[k])), None)
    if item is not None:
        start = item
    # a headline's `…` closes its clause (`고용률 70.1%…내년 예산 2,980억원`); so does the
    # figure's own copula with a clause's ending (`목표는 60.8%였지만, 올해는 …`), and the
    # next item of a list
    end = next(
        (
            k - 1 if _opens_item(words[k]) else k
            for k in range(last + 1, len(words))
            if words[k].predicate or words[k].text in SEGMENT_ENDS or _opens_item(words[k])
        ),
        len(words) - 1,
    )
    if (words[last].predicate and _ends_clause(words[last])) or closed_by_comma(words, last):
        end = last
    # `고용률 62.5% 목표, 지난해 3만5640개로 …`: a headline's noun phrase closed by a comma
    comma = next((k for k in range(last + 1, end + 1) if _closes_segment(words, k)), None)
    if comma is not None:
        end = comma
    # before the figure in its clause, not across a base of comparison
    base = None
    stood = _levels_stood(words, first, last, years)
    asides = _asides_of_figures(words, start, first) | stood
    for k in range(first - 1, start - 1, -1):
        if is_comparison(words[k]):
            base = k
            break
        if k in years and k not in asides:
            return years[k], "clause"
    for k in range(last + 1, end + 1):
        if (
            k in years
            and not opens_period(words, k)
            and not _heads_subject(words, last, k)
            and not in_aside(words, last, k)
        ):
            return years[k], "clause"
    # (year_words has left out the years heading a base: `comparison_base`)
    # a quote's sentence closed before the figure (`…큰 역할을 했다"며 "하반기에도 …`) keeps its
    # years to itself
    closed = next(
        (
            k + 1
            for k in range(first - 1, -1, -1)
            if words[k].predicate and words[k].base_parts[-1][1] == "EF"
        ),
        0,
    )
    # an item takes no year from another item: only from the words that lead into the list
    upto = first if item is None else next(k for k in range(item + 1) if _opens_item(words[k]))
    before = [
        k
        for k in years
        if closed <= k < upto
        and not opens_period(words, k)
        and not starts_streak(words, k)
        and k not in stood
    ]
    if item is not None:
        return (years[max(before)], "sentence") if before else (None, None)
    if (
        base is not None
        and base > 0
        and words[base].text.startswith(tuple(rules().comparison))
        and words[base - 1].has_number
        and not is_comparison(words[base - 1])
    ):
        base -= 1  # `올해 본예산 925억원에 비해 111억원`: 비해 written apart from the base
    if base is not None and (
        words[base].has_number
        or (
            base > 0
            and words[base - 1].has_number
            and words[base].text.startswith(tuple(UNITS_APART))
        )
    ):
        # `올해 일자리 예산 4,222억원보다 193억원 줄었다`: the year of the base figure's own
        # noun phrase is the base's (its unit may be written apart: `8조 8천276억 원보다`)
        before = [k for k in before if not names_base(words, k, base)]
    if base is not None and year_of(words, base, published_at) is None:
        # `올해 … 지난해 같은 기간(1천100만 명)보다 12.7% 늘었다`: the year heading the base of
        # a comparison is the base's
        heads = [k for k in before if k < base and heads_base(words, k, base)]
        if heads:
            before.remove(max(heads))
    if before:
        return years[max(before)], "sentence"
    after = [
        k
        for k in years
        if k > last
        and k not in stood
        and not opens_period(words, k)
        and not starts_streak(words, k)
        and not _heads_subject(words, last, k)
        and not in_aside(words, last, k)
    ]
    if (
        not after
        or _closed_between(words, last, min(after), years)
        or closed_by_comma(words, last)
        # (`"매립장 여유 11%뿐"…시장 "소각시설 2025년 준공"`: a headline's next segment, of
        # what is still to come)
        or (
            published_at is not None
            and years[min(after)] > published_at.year
            and any(words[j].text in SEGMENT_ENDS for j in range(last + 1, min(after)))
        )
    ):
        # `68%를 넘길 수 있었다”며 “내년에는 …`: a later clause's year is not the closed one's
        return None, None
    return years[min(after)], "sentence"


def starts_streak(words: list[Word], k: int) -> bool:
    """`지난해 8월부터 12개월째 감소했다`, `2019년 이후 3년 연속`: year word k (with its month or
    half) is where a run of months or years started, not the time its sentence speaks of."""
    j = k + 1 if k + 1 < len(words) and words[k + 1].text in ("년", "년도") else k
    if (
        j + 1 < len(words)
        and last_month(words[j + 1]) is not None
        and not words[j].particle_forms()
    ):
        j += 1
    if "부터" not in words[j].particle_forms() and not (
        j + 1 < len(words) and words[j + 1].text.startswith(rules().since)
    ):
        return False
    return any(
        w.text.startswith("연속")
        or (any(c.isdigit() for c in w.text) and any(x in w.text for x in rules().streak))
        for w in words[j + 1 : j + 4]
    )


_MONTHS_BACK = 2  # a month this close before publication, named without a year, is the latest
_PERIOD_LAG = 3  # a quarter or half is reported up to a quarter later than a month
MONTH_WORD = re.compile(r"(\d{1,2})월(?!\d)")  # a month named by its number (`7월`)


def month_year(
    words: list[Word], first: int, published_at: datetime | None, plan: bool = False
) -> int | None:
    """The year of a month the figure's clause names without a year, when it is the month just
    published or at most two before (`1월 고용률은 62.1%로` in a February release): the latest
    such month, whatever year an earlier sentence spoke of (`지난해 연간 고용률은 …`); for a
    plan, a month, half or quarter still ahead is this year's. Months further back are left to
    the article's years (`2023년 …. 3월에는`)."""
    if published_at is None:
        return None
    # a goal noun heading the figure: any clause before it is another's (`하반기 … 64.5%에 그쳐
    # 목표치 65.0%에 0.5%p 못 미쳤다`)
    goal = first > 0 and words[first - 1].stem in rules().goal_nouns
    crossed = False  # a clause ended between the word and the figure
    for k in range(first - 1, -1, -1):
        w = words[k]
        closed = clause_closed_by_comma(words, k) or (goal and w.predicate and clause_end(w))
        crossed = crossed or closed or (w.predicate and clause_end(w))
        if plan and closed:
            # (`하반기 … 고용률은 65.7%로 … 올랐지만, 목표로 했던 66.0%에는`: another clause's half)
            return None
        if w.text.startswith(rules().last_month) and not plan and not crossed:
            # `지난달 말 기준 7만1,240명으로`: the month before publication, in its year
            return published_at.year - (published_at.month == 1)
        month = last_month(w)
        if month is None:
            continue
        said = words[k - 1].text if k > 0 and not crossed else ""
        if said in rules().past_month and not plan:
            # `지난 9월 … 지원한 바 있다` in December: the latest such month, however far back
            return latest_year_of(month, published_at)
        if said in rules().coming_month:
            # `오는 3월부터` in December: the next such month
            return published_at.year + (month < published_at.month)
        if k > 0 and (
            YEAR.match(words[k - 1].text)
            or year_of(words, k - 1, published_at)
            or _same_year(words, k - 1)
        ):
            return None  # `지난해 12월`, `같은 해 하반기`: the sentence's own year, already read
        if opens_period(words, k) or comparison_base(words, k):
            return None
        back = (published_at.month - month) % 12
        # a quarter's or half's figures come out a quarter after it ends (`1분기 고용률` in June)
        lag = _MONTHS_BACK + (0 if MONTH_WORD.match(w.text) else _PERIOD_LAG)
        if plan:
            # `하반기에도 … 채우겠다` in July: a period still ahead is this year's
            return published_at.year if month > published_at.month else None
        if back > lag:
            return None
        return latest_year_of(month, published_at)
    return None


_QUARTER = re.compile(r"([1-4])분기")


def latest_year_of(month: int, published_at: datetime) -> int:
    """The year of the latest such month up to the publication (`12월` in January: last year's)."""
    return published_at.year - (month > published_at.month)


def last_month(w: Word) -> int | None:
    """The last month of the month, half (`상반기`) or quarter (`3분기`) a word names, or of the
    year's end (`연말까지`)."""
    if w.stem == "연말":
        return 12
    m = MONTH_WORD.match(w.text)
    if m is not None:
        return int(m.group(1)) if 1 <= int(m.group(1)) <= 12 else None
    if w.stem in HALVES:
        return HALVES[w.stem]
    q = _QUARTER.match(w.text)
    return 3 * int(q.group(1)) if q else None


def after_earlier_year(
    words: list[Word], first: int, last: int, published_at: datetime | None
) -> bool:
    """The figure's clause is in the year after one an earlier sentence names (`2023년에는 ….
    이듬해에는 3만766개를`): its year is that one plus one (extractors/timeline.py)."""
    return figure_year(words, first, last, published_at)[0] == NEXT_YEAR


PERIOD_AFTER = frozenset({"년", "년도", "하반기", "상반기", "초", "중", "말"})


def _year_phrase_end(words: list[Word], k: int) -> int:
    """The last word of year word k with the period words after it (`내년 하반기`)."""
    period = rules().period | PERIOD_AFTER
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
    if not any(set(w.particle_forms()) & (TOPIC_PARTICLES | OBJECT) for w in words[last:k]):
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


def aside_of_figure(words: list[Word], first: int) -> bool:
    """The figure stands in a parenthesis right after another figure, behind its own year
    word (`1만8500개(지난해 1만7800개)`)."""
    return (
        first >= 3
        and not words[first - 1].punct
        and words[first - 2].text in OPENING_PARENS
        and words[first - 3].has_number
        and year_of(words, first - 3, None) is None  # (`2015년(목표 1만8천개·…)`: a year's)
    )


def _closes_segment(words: list[Word], k: int) -> bool:
    """Word k is a comma after a bare goal, plan or result noun, closing a headline's segment
    (`고용률 62.5% 목표,`; not a list's `첫째 100만 원,`)."""
    if k < 1 or words[k].text != ",":
        return False
    r = rules()
    w = words[k - 1]
    return w.bare_noun and w.stem in r.goal_nouns | r.plan_nouns | r.result_nouns


def _closed_between(words: list[Word], last: int, k: int, years: dict[int, int]) -> bool:
    """A clause ends between the figure and the year, and the year's clause has a figure of its
    own, whose year it is (`2만8000개 목표를 달성하고, 오는 2026년까지 3만개 시대를`, `68%를
    넘길 수 있었다”며 “내년에는 일자리 3만개를`); a later clause with no figure may still frame
    the whole sentence."""
    if any(done_and_then(words, j) for j in range(last + 1, k)):
        return True  # `35억원을 쓴 데 이어 내년에는 …`: what was done is closed, whatever follows
    end = next(
        (
            j
            for j in range(last + 1, k)
            if _ends_clause(words[j])
            # (`고용률 62.5% 목표, 지난해 3만5640개로`: a headline's noun phrase, closed by a comma)
            or _closes_segment(words, j)
        ),
        None,
    )
    if end is None:
        return False
    return any(
        w.has_number and m not in years and not MONTH.match(w.text)
        for m, w in enumerate(words)
        if m > end
    )


def _ends_clause(w: Word) -> bool:
    forms = w.base_parts
    return w.text in SEGMENT_ENDS or any(
        t == "EF" or (t == "EC" and f in CLAUSE_ENDS) for f, t in forms
    )


def clause_closed_by_comma(words: list[Word], k: int) -> bool:
    """Word k is a predicate closing its clause with a comma after it (`… 11.4% 줄었고,`,
    `65.7%로 올랐지만,`): what follows is another clause's."""
    w = words[k]
    return w.predicate and clause_end(w) and k + 1 < len(words) and words[k + 1].text == ","


def clause_opening(words: list[Word], k: int) -> int:
    """The first word after the last predicate closing a clause before word k (0 if none)."""
    closing = (j for j in range(k - 1, -1, -1) if words[j].predicate and clause_end(words[j]))
    return next(closing, -1) + 1
