"""Money, percent and count figures from a Kiwi-backed spaCy Doc (docs/guideline.md).

How a figure is found:
1. A number starts at a numeral token — digits (`4,222`), a Sino-Korean or big-unit numeral
   (`억`, `삼천`, `천만`), or a native numeral determiner (`두`) — and runs over the numeral
   tokens glued to it. It may continue over one space after a unit word (`1조 199억 8200만`).
2. What follows decides the kind: a currency (money), `%`/퍼센트 (percent, `%p` for points), or a
   counter or counted noun (count). If the longest number reading has no unit, shorter readings
   that end at a group boundary are tried (`5억 2026년` is 5억 followed by a year).
3. A bare amount in 억/조 with no currency is money when its sentence is about money.
4. Exclusions: numbers glued to a preceding word (코로나19, 풍세2산업단지), dates, durations, ages,
   ordinals and measures (by the word after the number), phone numbers and serials, and the
   spaCy Matcher patterns kept in `figure_rules.toml`.
5. Context from the same sentence, taken where the record is made (`make_figure`): approximation
   words, the metric of a rate, the counted subject, plan or result and the year.
6. Bare numbers in table cells are figures in the unit the table names; `(단위: 억원)` and the
   like are no amounts (extractors/table_figures.py). `figures_from_doc` returns both readings.

What the prose and table readers share (the rules, `Number`, `Unit`, `make_figure`) is in
extractors/figure_parts.py. Everything here is a pure function of the Doc; rules live in
`figure_rules.toml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from functools import lru_cache
from typing import Any

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from extractors.docs import (
    doc_text,
    sentence_of,
    span_text,
    token_spaces,
    token_starts,
    token_tags,
    token_texts,
)
from extractors.figure_parts import (
    Number,
    Unit,
    glued_to_next,
    is_digits,
    make_figure,
    preceded_by_word,
    rules,
)
from extractors.numbers import BARE_BIG_UNITS, NATIVE_NUMERALS, SINO_DIGITS, parse_number
from extractors.table_figures import table_figures, unit_notes
from extractors.words import RANGE_MARKS
from schemas.records import Figure

_UNIT_CHARS = set("십백천만억조경")
_BIG_UNIT_CHARS = set("만억조경")


_MATCHERS: dict[int, Matcher] = {}


def _exclude_matcher(vocab: Any) -> Matcher:
    """The exclusion patterns compiled once per vocabulary (one per process in practice)."""
    if id(vocab) in _MATCHERS:
        return _MATCHERS[id(vocab)]
    matcher = _MATCHERS[id(vocab)] = Matcher(vocab)
    for name, patterns in rules().exclude_patterns.items():
        matcher.add(name, patterns)
    return matcher


@dataclass(frozen=True)
class _Starts:
    """Where a match of the exclusion patterns can start: a token whose text is in `texts` or
    whose tag is in `tags`; and how many tokens a match spans at most."""

    texts: frozenset[str]
    tags: frozenset[str]
    longest: int


@lru_cache(maxsize=1)
def _match_starts() -> _Starts | None:
    return _starts_of([p for patterns in rules().exclude_patterns.values() for p in patterns])


def _starts_of(patterns: list[list[dict[str, Any]]]) -> _Starts | None:
    """What the patterns' first tokens ask, when every pattern starts with a token that must be
    there (no operator) with a plain ORTH, TEXT or TAG value (or an IN list of them), and none
    repeats a token (`+`, `*`); else None: the patterns are then run over the whole Doc."""
    texts: set[str] = set()
    tags: set[str] = set()
    longest = 0
    for pattern in patterns:
        if not pattern or pattern[0].get("OP") not in (None, "1"):
            return None
        if any(token.get("OP") not in (None, "1", "!", "?") for token in pattern):
            return None
        longest = max(longest, len(pattern))
        # Any one of the first token's conditions must hold where a match starts.
        for key, found in (("ORTH", texts), ("TEXT", texts), ("TAG", tags)):
            value = pattern[0].get(key)
            if isinstance(value, str):
                found.add(value)
                break
            if isinstance(value, dict) and set(value) == {"IN"}:
                found.update(value["IN"])
                break
        else:
            return None
    return _Starts(frozenset(texts), frozenset(tags), longest)


def _covered(doc: Doc, matcher: Matcher, starts: _Starts | None) -> set[int]:
    """The tokens the matcher's matches cover (the exclusion patterns). It runs over the few
    stretches of the Doc where a match can start (numbers, mostly: `starts`), not over every
    token: a match found in a stretch is one in the Doc, and every match of the Doc lies in one.
    """
    blocked: set[int] = set()
    if starts is None:
        for _, s, e in matcher(doc):
            blocked.update(range(s, e))
        return blocked
    texts, tags, n = token_texts(doc), token_tags(doc), len(doc)
    stretch_start = stretch_end = 0
    for i in range(n):
        if texts[i] in starts.texts or tags[i] in starts.tags:
            if i > stretch_end:  # a new stretch: match over the last one first
                _block(matcher, doc, stretch_start, stretch_end, blocked)
                stretch_start = i
            stretch_end = min(n, i + starts.longest)
    _block(matcher, doc, stretch_start, stretch_end, blocked)
    return blocked


def _block(matcher: Matcher, doc: Doc, start: int, end: int, blocked: set[int]) -> None:
    if start < end:
        for _, s, e in matcher(doc[start:end]):
            blocked.update(range(start + s, start + e))


# ---------------------------------------------------------------------------------------------
# token predicates


def _is_spelled_unit(text: str) -> bool:
    """A currency or percent word that may follow a lone numeral word (`천 원`, `오 퍼센트`)."""
    r = rules()
    return (
        text in r.currencies
        or text in r.minor_currencies
        or text in r.currency_after_number
        or text in ("퍼센트", "퍼센티지")
    )


def _spelled_unit_takes_lone_digit(doc: Doc, i: int) -> bool:
    """A lone numeral syllable glued to a currency or percent word (`십달러`, `구파운드`,
    `백퍼센트`). Before 원 only a unit syllable counts: 일원, 사원, 공원, 영원 are words."""
    texts = token_texts(doc)
    if not (glued_to_next(doc, i) and _is_spelled_unit(texts[i + 1])):
        return False
    if i + 2 < len(doc) and glued_to_next(doc, i + 1) and token_tags(doc)[i + 2].startswith("NN"):
        return False  # 만원주택, 천원밥상: a name, not an amount
    if texts[i] in ("억", "조"):
        return False  # 억원, 조원 alone name the unit (`억원대`, `단위: 억원`), not one of it
    return texts[i] in _UNIT_CHARS or rules().currencies.get(texts[i + 1]) != "KRW"


def _currency_at(doc: Doc, k: int) -> tuple[str, int] | None:
    """The currency named from token k (one token, or two written together or one space
    apart: `캐나다 달러`), as (ISO code, index after it)."""
    texts = token_texts(doc)
    currencies = rules().currencies
    if k + 1 < len(doc) and token_spaces(doc)[k] in ("", " "):
        joined = texts[k] + texts[k + 1]
        if joined in currencies:
            return currencies[joined], k + 2
    if texts[k] in currencies:
        return currencies[texts[k]], k + 1
    return None


def _is_unit_word(text: str) -> bool:
    return bool(text) and all(c in _UNIT_CHARS for c in text)


def _is_hangul_numeral(doc: Doc, i: int) -> bool:
    """Sino-Korean numerals and unit words Kiwi tags as numerals (NR), e.g. 억, 삼천, 오백만."""
    return "NR" in token_tags(doc)[i] and parse_number(token_texts(doc)[i]) is not None


def _lone_big_unit(doc: Doc, i: int) -> bool:
    """A word that is 만, 억 or 조 alone, followed by a space and digits with a unit of their own
    (`만 2천 개`, `만 4백 개`): the number begins with the unit, its 1 left unsaid. Glued to the
    word before it, 만 is the particle (`이것만 2천 개`)."""
    texts, spaces = token_texts(doc), token_spaces(doc)
    return (
        texts[i] in _BIG_UNIT_CHARS
        and (i == 0 or spaces[i - 1] != "")
        and spaces[i] == " "
        and i + 2 < len(doc)
        and is_digits(doc, i + 1)
        and texts[i + 2] in _UNIT_CHARS
        and spaces[i + 1] == ""
    )


def _is_native(doc: Doc, i: int) -> bool:
    tag, text = token_tags(doc)[i], token_texts(doc)[i]
    if "MM" not in tag and "NR" not in tag:
        return False
    # Kiwi may keep a tens and a ones numeral as one determiner (`스물두/MM`)
    return text in NATIVE_NUMERALS or (
        text[:2] in _NATIVE_TENS and text[2:] in NATIVE_NUMERALS and parse_number(text) is not None
    )


#: The native tens of two syllables (`스물`, `서른` … `아흔`; `스무` takes no ones, which
#: `parse_number` checks), from the numbers module's own table.
_NATIVE_TENS = frozenset(w for w, v in NATIVE_NUMERALS.items() if v >= 20 and len(w) == 2)


def _numeric_continues(doc: Doc, i: int) -> bool:
    """Can token i continue a number started earlier (glued to it)?"""
    return (
        is_digits(doc, i)
        or _is_hangul_numeral(doc, i)
        or _is_unit_word(token_texts(doc)[i])
        or (_is_native(doc, i) and "MM" in token_tags(doc)[i])
        or _spoken_point(doc, i)
    )


def _spoken_point(doc: Doc, i: int) -> bool:
    """점/쩜 between Sino numerals, all glued (`일점이삼`); after digits 점 is a score (`3점`)."""
    texts = token_texts(doc)
    return (
        texts[i] in ("점", "쩜")
        and 0 < i < len(doc) - 1
        and glued_to_next(doc, i - 1)
        and glued_to_next(doc, i)
        and _is_hangul_numeral(doc, i - 1)
        and "NR" in token_tags(doc)[i + 1]
        and texts[i + 1][0] in SINO_DIGITS
    )


# ---------------------------------------------------------------------------------------------
# candidates


def _number_at(doc: Doc, i: int) -> Number | None:
    texts, spaces = token_texts(doc), token_spaces(doc)
    text, space = texts[i], spaces[i]
    native = False
    if is_digits(doc, i):
        pass
    elif _is_native(doc, i):
        native = True
    elif _is_hangul_numeral(doc, i):
        # A lone Sino digit is nearly always part of a word (일회성, 영보): it counts only before
        # an explicit percent or currency word (`오 퍼센트`). A lone unit numeral counts as a word
        # of its own (`만 회`, `천 원`), never glued to what follows (만발).
        if len(text) < 2 and not (
            (i + 1 < len(doc) and glued_to_next(doc, i) and _numeric_continues(doc, i + 1))
            or (text in _UNIT_CHARS and space)
            or (space == " " and i + 1 < len(doc) and _is_spelled_unit(texts[i + 1]))
            or (i + 1 < len(doc) and _spelled_unit_takes_lone_digit(doc, i))
        ):
            return None
    elif (
        "MM" in token_tags(doc)[i]
        and i + 1 < len(doc)
        and glued_to_next(doc, i)
        and _is_hangul_numeral(doc, i + 1)
    ):
        pass  # 이백: Kiwi reads 이/MM 백/NR
    elif text in SINO_DIGITS and i + 1 < len(doc) and _spelled_unit_takes_lone_digit(doc, i):
        pass  # 이달러: Kiwi reads 이/MM ("this") 달러
    elif _lone_big_unit(doc, i):
        pass  # `일자리 만 2천 개`: spoken 10,000 with no 1, which Kiwi reads as the particle 만
    else:
        return None
    j, inner_approx = _glued_run(doc, i + 1)
    if j - i == 1 and is_digits(doc, i) and re.fullmatch(r"[1-9]\d{0,2}", text):
        # 1 234 567: digit groups of exactly three, one space apart, are one number
        k = j
        while k < len(doc) and spaces[k - 1] == " " and re.fullmatch(r"\d{3}(?:\.\d+)?", texts[k]):
            k += 1
        if k - j:
            return Number(i, k, [j, k], native, inner_approx)
    ends = [j]
    # Continue over one space when the previous group ends in a unit word: 1조 199억, 3억 5천만.
    while (
        not native
        and j < len(doc)
        and spaces[j - 1] == " "
        and (
            (texts[j - 1][-1] in _UNIT_CHARS and (is_digits(doc, j) or _is_hangul_numeral(doc, j)))
            # digits spaced from their unit: `16 만 5000 명`, `2 조 3 천억 원`
            or (is_digits(doc, j - 1) and _is_unit_word(texts[j]))
        )
    ):
        j, approx = _glued_run(doc, j + 1)
        inner_approx = inner_approx or approx
        ends.append(j)
    return Number(i, j, ends, native, inner_approx)


def _glued_run(doc: Doc, j: int) -> tuple[int, bool]:
    """The end of the numeral tokens glued on from token j, and whether a 여 stood inside
    (`3천여억원`, `6,700여만 원`: 여 before a big unit is part of the number)."""
    texts = token_texts(doc)
    inner_approx = False
    while j < len(doc) and glued_to_next(doc, j - 1):
        if _numeric_continues(doc, j):
            j += 1
        elif (
            texts[j] in rules().approx_fused
            and j + 1 < len(doc)
            and glued_to_next(doc, j)
            and (is_digits(doc, j - 1) or texts[j - 1][-1] in _UNIT_CHARS)
            and texts[j + 1][:1] in _BIG_UNIT_CHARS
            and _is_unit_word(texts[j + 1])
        ):
            inner_approx = True
            j += 1
        else:
            break
    return j, inner_approx


#: Digits counted in thousands or millions (`28,186천명`, `412천 명`, `1,234백만원`): the unit
#: word after a number of ten or more scales it, as a table's `(단위: 천명)` does.
_SCALED = re.compile(r"(\d{1,3}(?:,\d{3})+|\d{2,})(?:\.\d+)?(천|백만|천만)")
_SCALES = {"천": 1000, "백만": 10**6, "천만": 10**7}


def _value(text: str) -> Decimal | None:
    text = re.sub(r"\s+", "", text)
    value = parse_number(text)
    if value is None and (m := _SCALED.fullmatch(text)) is not None:
        digits = parse_number(text[: m.start(2)])
        return None if digits is None else digits * _SCALES[m.group(2)]
    return value


def _number_value(doc: Doc, num: Number, end: int) -> Decimal | None:
    text = span_text(doc, num.first, end)
    return _value(text.replace("여", "") if num.inner_approx else text)


def _next_word(doc: Doc, j: int) -> int | None:
    """Index of the token that starts the word after token j-1 (one plain space allowed)."""
    if j >= len(doc):
        return None
    if token_spaces(doc)[j - 1] not in ("", " "):
        return None
    if token_tags(doc)[j] == "_SP":
        return None
    return j


def _unit_after(doc: Doc, j: int, value: Decimal, native: bool) -> Unit | bool | None:
    """The unit after a number ending before token j. None: nothing that makes a figure;
    False: something that makes it NOT a figure (a date, an age, a measure …)."""
    texts, spaces, tags = token_texts(doc), token_spaces(doc), token_tags(doc)
    r = rules()
    k = _next_word(doc, j)
    if k is None:
        return None
    text = texts[k]
    glued = not spaces[j - 1]

    # percent (only glued, or 퍼센트 after a space)
    if text in r.points_whole and glued:
        return Unit("percent", "%p", k + 1)
    if text in r.percent:
        if text == "프로" and not glued and _next_is_noun(doc, k + 1):
            return None  # `3 프로 구단`: a spaced 프로 before a noun is not percent
        points = k + 1 < len(doc) and texts[k + 1] in r.points_suffix
        if points and (glued_to_next(doc, k) or texts[k + 1] == "포인트"):
            return Unit("percent", "%p", k + 2)
        return Unit("percent", "%", k + 1)

    currency = _currency_at(doc, k)
    if currency is not None:
        if native:
            return None
        code, end = currency
        return _with_minor_units(doc, Unit("money", code, end))
    if text in r.minor_currencies and not native:
        code, scale, _ = r.minor_currencies[text]
        return Unit("money", code, k + 1, scale=scale)
    if glued and not native and text in r.currency_after_number:
        after = k + 1
        if after < len(doc) and glued_to_next(doc, k) and not tags[after].startswith(("J", "S")):
            return None  # 천불천탑, 불가: 불 glued to a following word is no dollar
        return _with_minor_units(doc, Unit("money", r.currency_after_number[text], after))
    if glued and not native and text in r.currency_signs and not text.isalpha():
        return Unit("money", r.currency_signs[text], k + 1)  # 10₩, 20$

    # counters: the longest run of up to three glued tokens that names a counter
    best: Unit | None = None
    joined = ""
    if text == "등" and not glued:
        return None  # `19억 등`: 등 apart from the number ends a list (`3등` is a rank)
    if tags[k] == "XPN":
        return None  # `한 대단지`: Kiwi reads 대 as a prefix of the noun after it, no counter
    before = _noun_before(doc, j)
    if text == "대" and glued and texts[j - 1][-1] in r.bare_units and not _counts(before, "대"):
        return None  # `2천억대 매출`, `1조대 적자`: the level of an amount (bare money, approx)
    for m in range(k, min(k + 3, len(doc))):
        # `2개 사`: a counter split by a space is still one (unit 개사)
        split_gaesa = joined == "개" and texts[m] == "사" and spaces[m - 1] == " "
        if m > k and not glued_to_next(doc, m - 1) and not split_gaesa:
            break
        joined += texts[m]
        # `작품 120점`, `주차면 200면`: after a noun it counts, a word is a counter of it
        counted = _counts(before, joined)
        if joined in r.excluded and not counted:
            return False
        if (
            joined in r.counters
            or counted
            or (m == k and tags[m] == "NNB" and joined not in r.excluded)
        ):
            best = Unit("count", joined, m + 1)
        elif joined.endswith("분") and joined[:-1] in r.counters:
            best = Unit("count", joined[:-1], m + 1)  # `18만3천명분 4,752억원`: N people's worth
    if best is None:
        return None
    if native and best.unit not in r.native_counters:
        return None
    glued_noun = best.end < len(doc) and glued_to_next(doc, best.end - 1)
    if native and glued_noun and tags[best.end].startswith("NN"):
        return None  # `세명대 한 교수는`: a name written with the syllables, no count
    if (
        best.end < len(doc)
        and glued_to_next(doc, best.end - 1)
        and texts[best.end] in r.excluded_after
    ):
        return False
    if (
        best.unit in r.min_value
        and value < r.min_value[best.unit]
        and not _counts(before, best.unit)
    ):
        return False
    nxt = _next_word(doc, best.end)
    if (
        best.unit == "대"
        and value % 10 == 0
        and 10 <= value <= 90
        and (not _machines(before) or _people_after(doc, best.end, nxt))
    ):
        return False  # 20대: an age group, not twenty vehicles (but `드론 40대`)
    if best.unit == "인" and nxt is not None and _size_class(doc, nxt):
        return False  # `5인 이상 사업장`: a size class of firms
    counted_before = _counts(before, best.unit)
    if counted_before and best.unit == "인" and nxt is not None and tags[nxt] != "SF":
        # `직원 3인을`, `위원 7인으로`; not `청년 1인 가구`, `시민 1인 1매`, `자영업자 1인
        # 사업장`: with a word after it, N인 after people still names a class of them
        counted_before = not spaces[best.end - 1] or _word_at(doc, nxt) in r.acts_on_people
    if (
        best.unit in r.category_counters
        and not counted_before  # `드론 3대 투입`, `직원 3인 채용`: what stands before is counted
        and (value < 10 or (best.unit == "대" and value < r.category_max_dae))
    ):
        named = (
            nxt is not None
            and ("NN" in tags[nxt] or tags[nxt] == "XPN")  # `1인 소상공인`: 소 a prefix
            and texts[nxt] not in r.approx_after
        )
        if named and spaces[best.end - 1]:
            return False  # 3대 세목, 1인 가구: a kind of thing named by a number, not a count
    if native and value == 1 and _none_at_all(doc, best.end):
        return False  # `한 명도 없는`: nobody, not one person
    if (
        best.unit in r.per_one
        and value == 1
        and nxt is not None
        and _amount_at(doc, nxt)
        and not (before or "").endswith(r.how_often)
    ):
        return (
            False  # `1회 300만 원`: what is paid per time, not a count (`최초 1회`, `연 1회`: is)
        )
    if best.unit == "회" and nxt is not None and _word_at(doc, nxt) in r.ordinal_before:
        return False  # `2회 추경`: the second supplementary budget
    return best


def _word_at(doc: Doc, k: int) -> str:
    """The characters of the word starting at token k (its nouns, as `_word_end` reads them)."""
    return "".join(token_texts(doc)[k : _word_end(doc, k)])


def _amount_at(doc: Doc, k: int) -> bool:
    """Token k starts a money amount (`300만 원`)."""
    m = k
    while m < len(doc) and token_tags(doc)[m] in ("SN", "NR"):
        m += 1
        if m < len(doc) and token_spaces(doc)[m - 1] not in ("", " "):
            return False
        if m < len(doc) and _currency_at(doc, m) is not None:
            return True
    return False


def _counts(before: str | None, counter: str) -> bool:
    """The noun before a number names what `counter` counts after it (`버스` for 대, `작품` for
    점: the rules' counters.counted_after)."""
    return (before or "").endswith(rules().counted_after.get(counter, ()))


def _machines(before: str | None) -> bool:
    """A noun before `N0대` names what is counted (`드론 40대`, `순찰차 30대`), unless it names
    people, whose ages N0대 gives (`남성 20대`, `취업자 30대`)."""
    return before is not None and not before.endswith(rules().people_before_ages)


def _people_after(doc: Doc, end: int, nxt: int | None) -> bool:
    """`20대 취업자`, `30대 여성`: a noun of people right after N0대 (apart from it) says whose
    age it is; so does one after a noun of what they do (`20대 순유출 인구는`)."""
    spaces, tags = token_spaces(doc), token_tags(doc)
    if nxt is None or not spaces[end - 1] or not tags[nxt].startswith(("NN", "XPN", "MM")):
        return False
    people = rules().people_after_ages
    if _word_at(doc, nxt).endswith(people):
        return True
    after = _word_end(doc, nxt)
    return (
        after < len(doc)
        and bool(spaces[after - 1])
        and tags[after].startswith("NN")
        and _word_at(doc, after).endswith(people)
    )


def _word_before(doc: Doc, j: int) -> str | None:
    """The noun word right before the number that ends before token j, when one stands there
    apart from it (`버스 15대`, `충전기 30기`), else None."""
    texts, spaces, tags = token_texts(doc), token_spaces(doc), token_tags(doc)
    k = _number_start(doc, j) - 1
    if k < 0 or spaces[k] != " " or not tags[k].startswith(("NN", "XSN")):
        return None
    start = k
    while start > 0 and not spaces[start - 1] and tags[start - 1].startswith(("NN", "XSN")):
        start -= 1
    return "".join(texts[start : k + 1])


def _number_start(doc: Doc, j: int) -> int:
    """The first token of the number ending before token j: its digits, numerals and the marks
    glued between them (`2,400`, `3.5`)."""
    spaces, tags = token_spaces(doc), token_tags(doc)
    i = j - 1
    while i > 0 and not spaces[i - 1] and tags[i - 1] in ("SN", "NR", "SP", "SC"):
        i -= 1
    return i


def _noun_before(doc: Doc, j: int) -> str | None:
    """The noun a number ending before token j counts, standing before it (`버스 15대`); or
    before a count it is set beside (`주차장 6곳, 2,400면`: the 2,400 spaces are the lots')."""
    word = _word_before(doc, j)
    if word is not None:
        return word
    texts, spaces, tags = token_texts(doc), token_spaces(doc), token_tags(doc)
    k = _number_start(doc, j) - 1  # `6곳, `: a comma glued to a counter glued to a number
    if (
        k >= 2
        and texts[k] == ","
        and spaces[k] == " "
        and not spaces[k - 1]
        and tags[k - 1] in ("NNB", "NNG")
        and not spaces[k - 2]
        and tags[k - 2] in ("SN", "NR")
    ):
        return _word_before(doc, k - 1)
    return None


def _size_class(doc: Doc, k: int) -> bool:
    """`이상 사업장`, `미만 기업` after a number of people: a size class of firms, also with a
    word between (`이상 대규모 사업체`); or a bound with a particle and no noun after a size
    class the sentence has named (`300인 미만 사업체는 …, 300인 이상은 …`)."""
    r = rules()
    texts, tags = token_texts(doc), token_tags(doc)
    if texts[k] not in r.size_bounds:
        return False
    if _names_size_class(doc, k):
        return True
    return (
        k + 1 < len(doc)
        and glued_to_next(doc, k)
        and tags[k + 1] in ("JX", "JKS", "JKB")
        and any(
            texts[b] in r.size_bounds and texts[b - 1] == "인" and _names_size_class(doc, b)
            for b in range(_sentence_start(doc, k) + 1, k)
        )
    )


def _names_size_class(doc: Doc, k: int) -> bool:
    """The noun phrase after the bound at token k (two words at most) ends in a noun of firms or
    households (`사업장`, `표본 사업체`, `대규모 사업체`)."""
    r = rules()
    tags = token_tags(doc)
    m = _next_word(doc, k + 1)
    for _ in range(2):
        if m is None or not tags[m].startswith(("NN", "XPN")):  # `대규모`: 대 a prefix
            return False
        word = _word_at(doc, m)
        if word.endswith(r.size_classes):
            return True
        end = _word_end(doc, m)
        m = _next_word(doc, end) if token_spaces(doc)[end - 1] == " " else None
    return False


def _word_end(doc: Doc, k: int) -> int:
    """The index after the nouns of the word starting at token k (glued nouns and suffixes)."""
    spaces, tags = token_spaces(doc), token_tags(doc)
    m = k
    while m + 1 < len(doc) and not spaces[m] and tags[m + 1].startswith(("NN", "XSN")):
        m += 1
    return m + 1


def _sentence_start(doc: Doc, k: int) -> int:
    """The first token of the sentence holding token k (after a full stop or a line break)."""
    texts, tags = token_texts(doc), token_tags(doc)
    i = k
    while i > 0 and tags[i - 1] != "SF" and "\n" not in texts[i - 1]:
        i -= 1
    return i


def _none_at_all(doc: Doc, k: int) -> bool:
    """`한 명도 없는`, `한 곳도 안`: one with 도 before a negation says none."""
    texts = token_texts(doc)
    if k >= len(doc) or texts[k] != "도" or token_spaces(doc)[k - 1]:
        return False
    m = _next_word(doc, k + 1)
    return m is not None and texts[m].startswith(("없", "않", "안", "못"))


def _next_is_noun(doc: Doc, k: int) -> bool:
    return k < len(doc) and token_tags(doc)[k].startswith("NN")


def _with_minor_units(doc: Doc, major: Unit) -> Unit:
    """`3달러 50센트`, `이달러이십삼센트`: minor units right after the major amount add to it."""
    k = _next_word(doc, major.end)
    num = _number_at(doc, k) if k is not None else None
    if num is None or num.native:
        return major
    value = _number_value(doc, num, num.last)
    m = _next_word(doc, num.last)
    if value is None or m is None:
        return major
    minor = rules().minor_currencies.get(token_texts(doc)[m])
    if minor is None or major.unit not in minor[2] or not 0 < value * minor[1] < 1:
        return major
    return Unit("money", major.unit, m + 1, extra=value * minor[1])


def _bare_money(doc: Doc, num: Number, end: int, sent: Span) -> bool:
    texts = token_texts(doc)
    r = rules()
    last = texts[end - 1]
    if not last or last[-1] not in r.bare_units:
        return False
    if "".join(texts[num.first : end]) in BARE_BIG_UNITS:
        return False  # `조 단위를 넘어선`, `억 소리 나는`: a magnitude alone names no amount
    nxt = _next_word(doc, end)
    if (
        nxt is not None
        and token_tags(doc)[nxt].startswith(("NNB", "SL"))
        and texts[nxt] not in r.money_cues
        and texts[nxt] != "등"  # `국비 44억, 시비 19억 등`: the end of a list, no counter
        and not (texts[nxt] == "대" and nxt == end)  # `2천억대`: its level
    ):
        return False
    if _money_word_before(doc, num.first):
        return True  # `폐업공제금 1조4천억`: a noun of money names the amount after it
    if last[-1] in "억조" and _allotted_to(doc, num.first):
        return True  # `청년 정착에 310억`: hundreds of millions put into something
    words = {t.lemma_.split("+")[0] for t in sent} | {t.text for t in sent}
    return bool(words & r.money_cues) or any(c in sent.text for c in r.money_phrases)


def _allotted_to(doc: Doc, i: int) -> bool:
    """The word before token i is a noun with 에 (`정착에 310억`): what the amount goes to."""
    texts, tags, spaces = token_texts(doc), token_tags(doc), token_spaces(doc)
    return (
        i >= 2
        and spaces[i - 1] == " "
        and texts[i - 1] == "에"
        and tags[i - 1] == "JKB"
        and tags[i - 2].startswith("NN")
    )


def _money_word_before(doc: Doc, i: int) -> bool:
    """The word before token i is a noun of money (`공제금`, `지급액`, `집값`, `연봉`,
    `시가총액`, `영업이익`)."""
    before = _word_before(doc, i + 1)
    return before is not None and before.endswith(rules().money_nouns)


def _serial_before(doc: Doc, num: Number) -> bool:
    """Phone numbers, dates and serials: digits joined to earlier digits by -, ., /, :, +."""
    s = token_starts(doc)[num.first]
    return bool(re.fullmatch(r"\d[-./:+]", doc_text(doc)[max(0, s - 2) : s]))


def _serial_after(doc: Doc, end: int) -> bool:
    """… or to later digits (checked after ranges such as `3-4명`, which look the same)."""
    e = token_starts(doc)[end - 1] + len(token_texts(doc)[end - 1])
    after = doc_text(doc)[e : e + 2]
    return bool(re.fullmatch(r"[-./:+]\d", after) or after[:1] == "/")


# ---------------------------------------------------------------------------------------------
# the figures of a Doc


def _may_start_number(text: str, tag: str) -> bool:
    """False for a token `_number_at` surely rejects (most tokens): a cheap test on its text and
    tag that lets the rules skip the rest."""
    return (
        text[:1].isdigit()
        or "NR" in tag
        or "MM" in tag
        or text in NATIVE_NUMERALS
        or text in SINO_DIGITS
        or text in _BIG_UNIT_CHARS
    )


_NUMERAL_WORDS = frozenset({*NATIVE_NUMERALS, *SINO_DIGITS, *_BIG_UNIT_CHARS})


def _number_starts(texts: list[str], tags: list[str]) -> list[int]:
    """The tokens for which `_may_start_number` holds, with its tag tests made once per distinct
    tag of the Doc (a few dozen) instead of once per token."""
    numeral_tags = {tag for tag in set(tags) if "NR" in tag or "MM" in tag}
    words = _NUMERAL_WORDS
    return [
        i
        for i, (text, tag) in enumerate(zip(texts, tags, strict=True))
        if tag in numeral_tags or text in words or text[:1].isdigit()
    ]


def figures_from_doc(
    doc: Doc, section: str = "body", published_at: datetime | None = None
) -> list[Figure]:
    """All money, percent and count figures of one section's Doc, in text order."""
    starts = _number_starts(token_texts(doc), token_tags(doc))
    if not starts:
        return []  # no number, no figure (and no table cell: those are digits too)
    blocked = _covered(doc, _exclude_matcher(doc.vocab), _match_starts())
    text = doc_text(doc)
    for start, end in unit_notes(text):
        # `(단위: 천원)`, `출생아 수(천 명) | …` name the unit of a table; they are no amounts
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            blocked.update(range(span.start, span.end))

    figures: list[Figure] = []
    following = iter(starts)
    i = 0
    while i < len(doc):
        # `_number_at` finds nothing between candidates: go straight to the next one from i
        i = next((k for k in following if k >= i), len(doc))
        if i >= len(doc):
            break
        num = _number_at(doc, i)
        if (
            num is None
            or i in blocked
            or (preceded_by_word(doc, i) and token_texts(doc)[i - 1] not in rules().currency_signs)
        ):
            i += 1
            continue
        found = _figure_at(doc, num, section, published_at, blocked)
        if found is None:
            i = num.last if num.last > i else i + 1
            continue
        figure, next_i = found
        figures.append(figure)
        i = next_i
    tables = table_figures(doc, figures, section, published_at, blocked)
    return sorted(figures + tables, key=lambda f: f.start) if tables else figures


def _figure_at(
    doc: Doc,
    num: Number,
    section: str,
    published_at: datetime | None,
    blocked: set[int],
) -> tuple[Figure, int] | None:
    texts = token_texts(doc)
    r = rules()
    sent = sentence_of(doc, num.first)
    if _serial_before(doc, num):
        return None
    for end in reversed(num.group_ends):
        text = span_text(doc, num.first, end)
        value = _number_value(doc, num, end)
        if value is None:
            continue
        last = end
        fused = num.inner_approx
        if last < len(doc) and glued_to_next(doc, last - 1) and texts[last] in r.approx_fused:
            fused = True
            last += 1
        value_max = None
        # range: 2천900만~3천800만원, 3~5억원, 25000 - 30000원
        if _range_mark(doc, last):
            other = _number_at(doc, last + 1)
            if other is not None and not other.native:
                other_text = span_text(doc, other.first, other.last)
                other_value = _number_value(doc, other, other.last)
                if other_value is not None:
                    unit = _unit_after(doc, other.last, other_value, False)
                    if isinstance(unit, Unit):
                        tail = re.search(r"[만억조경]+$", other_text.replace(" ", ""))
                        if tail and not re.search(r"[만억조경]", text):
                            value = _value(text + tail.group(0))
                        if value is not None and other_value > value:
                            return make_figure(
                                doc,
                                num,
                                other.last,
                                unit,
                                value,
                                other_value,
                                fused or other.inner_approx,
                                section,
                                published_at,
                                sent,
                            )
        if _serial_after(doc, end):
            return None
        prev = num.first - 1
        sign = texts[prev] if prev >= 0 else ""
        if (
            sign in r.currency_signs
            and not num.native
            and (glued_to_next(doc, prev) or (sign.isalpha() and token_spaces(doc)[prev] == " "))
        ):
            unit = Unit("money", r.currency_signs[sign], end)
            return make_figure(
                doc, num, end, unit, value, None, False, section, published_at, sent, sign
            )
        unit = _unit_after(doc, last, value, num.native)
        if unit is False:
            continue  # this reading is a date, age …; a shorter one may still be a figure
        if unit is None:
            # (the right side's unit first: `880억→920억달러` is in dollars, not a bare 억 of won)
            left = None if num.native else _arrow_left(doc, text, end)
            if left is not None:
                left_unit, left_value = left
                return make_figure(
                    doc, num, end, left_unit, left_value, None, fused, section, published_at, sent
                )
            if not num.native and _bare_money(doc, num, end, sent):
                bare = Unit("money", "KRW", end)
                return make_figure(
                    doc, num, end, bare, value, None, fused, section, published_at, sent
                )
            continue
        if any(t in blocked for t in range(num.first, unit.end)):
            return None
        second = _second_half(doc, unit, value) if value_max is None and not fused else None
        if second is not None:
            unit, value_max = second
        return make_figure(
            doc, num, last, unit, value, value_max, fused, section, published_at, sent
        )
    return None


_ARROW = re.compile(r" ?(?:→|⇒|➡|➔|->|=>) ?")


def _range_mark(doc: Doc, k: int) -> bool:
    """A range mark at token k, glued to the number before it (`3~5억원`), or one space on each
    side of it (`25000 - 30000원`)."""
    texts, spaces = token_texts(doc), token_spaces(doc)
    if not (0 < k < len(doc) - 1 and texts[k] in RANGE_MARKS):
        return False
    before, after = spaces[k - 1], spaces[k]
    if texts[k] in ("-", "–"):  # ` -2.1%` is a minus sign, not a range
        return before == after and before in ("", " ")
    return before in ("", " ") and after in ("", " ")


def _second_half(doc: Doc, unit: Unit, value: Decimal) -> tuple[Unit, Decimal] | None:
    """`25000원 - 30000원`, `10달러~20달러`: a range written with the unit on both sides."""
    k = unit.end
    if not _range_mark(doc, k):
        return None
    other = _number_at(doc, k + 1)
    if other is None or other.native:
        return None
    other_value = _number_value(doc, other, other.last)
    if other_value is None:
        return None
    other_unit = _unit_after(doc, other.last, other_value, False)
    if (
        not isinstance(other_unit, Unit)
        or (other_unit.kind, other_unit.unit, other_unit.scale)
        != (unit.kind, unit.unit, unit.scale)
        or other_unit.extra
        or unit.extra
        or other_value <= value
    ):
        return None
    return other_unit, other_value


def _arrow_left(doc: Doc, text: str, end: int) -> tuple[Unit, Decimal] | None:
    """The left side of `2.4→3.1억원` or `월 25만 → 월 28만 원` takes the right side's unit (and its
    big unit when it wrote none): (the left side's unit, its value). In a chain (`1,598→1,675→
    1,742억원`) every side takes the unit of the last."""
    right = _arrow_right(doc, end)
    if right is None:
        return None
    unit, other_text = right
    value = _value(text)
    tail = re.search(r"[만억조경]+$", other_text.replace(" ", ""))
    if tail and not re.search(r"[만억조경]", text):
        value = _value(text + tail.group(0))
    if value is None:
        return None
    return Unit(unit.kind, unit.unit, end, scale=unit.scale), value


_ARROW_CHAIN = 6  # sides of a before → after chain at most (`'21→'22→'23→'24` series)


def _arrow_right(doc: Doc, end: int, depth: int = 0) -> tuple[Unit, str] | None:
    """The unit of the number after an arrow at token `end`, and that number's text; through a
    chain of arrows to the side that writes the unit."""
    offsets = token_starts(doc)
    full = doc_text(doc)
    pos = offsets[end - 1] + len(token_texts(doc)[end - 1])
    m = _ARROW.match(full, pos)
    if m is None:
        return None
    k = end
    while k < len(doc) and offsets[k] < m.end():
        k += 1
    # one repeated word before the right side's number (`월 25만 → 월 28만`)
    if (
        k + 1 < len(doc)
        and token_tags(doc)[k].startswith("NN")
        and token_spaces(doc)[k] == " "
        and _number_at(doc, k) is None
    ):
        k += 1
    other = _number_at(doc, k) if k < len(doc) else None
    if other is None or other.native:
        return None
    other_text = span_text(doc, other.first, other.last)
    other_value = _number_value(doc, other, other.last)
    if other_value is None:
        return None
    unit = _unit_after(doc, other.last, other_value, False)
    if isinstance(unit, Unit):
        return unit, other_text
    if unit is None and depth < _ARROW_CHAIN:
        return _arrow_right(doc, other.last, depth + 1)
    return None


def extract_figures(
    text: str, published_at: datetime | None = None, section: str = "body"
) -> list[Figure]:
    """Figures of one text (analysed with Kiwi here); offsets are into `text`."""
    from pipeline.nlp import analyze  # extractors stay importable without loading Kiwi

    return figures_from_doc(analyze(text), section=section, published_at=published_at)
