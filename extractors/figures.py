"""Money, percent and count figures from a Kiwi-backed spaCy Doc (GUIDELINE.md).

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
5. Context from the same sentence: approximation words (here), the metric of a rate and the
   counted subject (extractors/context.py), plan or result and the year (extractors/tense.py).

Everything here is a pure function of the Doc; rules live in `figure_rules.toml`.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from extractors.context import metric_of, subject_of
from extractors.docs import doc_text, sentence_of
from extractors.numbers import NATIVE_NUMERALS, parse_number
from extractors.tense import when_of
from schemas.records import Figure

_DIGITS = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?")
_UNIT_CHARS = set("십백천만억조경")
_BIG_UNIT_CHARS = set("만억조경")
_RANGE_MARKS = {"~", "∼", "〜", "-", "–"}
_MINUS_WORDS = {"마이너스"}


@dataclass(frozen=True)
class _Rules:
    currencies: dict[str, str]
    currency_signs: dict[str, str]
    percent: frozenset[str]
    points_suffix: frozenset[str]
    points_whole: frozenset[str]
    counters: frozenset[str]
    native_counters: frozenset[str]
    excluded: frozenset[str]
    excluded_after: frozenset[str]
    min_value: dict[str, int]
    category_counters: frozenset[str]
    bare_units: frozenset[str]
    money_cues: frozenset[str]
    money_phrases: tuple[str, ...]
    approx_before: frozenset[str]
    approx_fused: frozenset[str]
    approx_after: frozenset[str]
    approx_after_verbs: tuple[str, ...]
    exclude_patterns: dict[str, list[list[dict[str, Any]]]]


@lru_cache(maxsize=1)
def rules() -> _Rules:
    data = tomllib.loads(resources.files("extractors").joinpath("figure_rules.toml").read_text())
    return _Rules(
        currencies=dict(data["currencies"]),
        currency_signs=dict(data["currency_signs"]),
        percent=frozenset(data["percent"]["percent"]),
        points_suffix=frozenset(data["percent"]["points_suffix"]),
        points_whole=frozenset(data["percent"]["points_whole"]),
        counters=frozenset(data["counters"]["known"]),
        native_counters=frozenset(data["counters"]["native"]),
        excluded=frozenset(data["counters"]["excluded"]),
        excluded_after=frozenset(data["counters"]["excluded_after"]),
        min_value=dict(data["counters"]["min_value"]),
        category_counters=frozenset(data["counters"]["category"]),
        bare_units=frozenset(data["money"]["bare_units"]),
        money_cues=frozenset(data["money"]["cues"]),
        money_phrases=tuple(data["money"]["phrases"]),
        approx_before=frozenset(data["approx"]["before"]),
        approx_fused=frozenset(data["approx"]["fused"]),
        approx_after=frozenset(data["approx"]["after"]),
        approx_after_verbs=tuple(data["approx"]["after_verbs"]),
        exclude_patterns={p["name"]: [p["pattern"]] for p in data["exclude"]},
    )


_MATCHERS: dict[int, Matcher] = {}


def _exclude_matcher(vocab: Any) -> Matcher:
    """The exclusion patterns compiled once per vocabulary (one per process in practice)."""
    if id(vocab) in _MATCHERS:
        return _MATCHERS[id(vocab)]
    matcher = _MATCHERS[id(vocab)] = Matcher(vocab)
    for name, patterns in rules().exclude_patterns.items():
        matcher.add(name, patterns)
    return matcher


# ---------------------------------------------------------------------------------------------
# token predicates


def _glued(doc: Doc, i: int) -> bool:
    """True when token i is directly followed by token i+1 (no white space between)."""
    return i + 1 < len(doc) and not doc[i].whitespace_


def _is_spelled_unit(text: str) -> bool:
    """A currency or percent word that may follow a lone numeral word (`천 원`, `오 퍼센트`)."""
    return text in rules().currencies or text == "퍼센트"


def _is_digits(tok: Token) -> bool:
    return bool(_DIGITS.fullmatch(tok.text))


def _is_unit_word(text: str) -> bool:
    return bool(text) and all(c in _UNIT_CHARS for c in text)


def _is_hangul_numeral(tok: Token) -> bool:
    """Sino-Korean numerals and unit words Kiwi tags as numerals (NR), e.g. 억, 삼천, 오백만."""
    return "NR" in tok.tag_ and parse_number(tok.text) is not None


def _is_native(tok: Token) -> bool:
    return tok.text in NATIVE_NUMERALS and ("MM" in tok.tag_ or "NR" in tok.tag_)


def _numeric_continues(doc: Doc, i: int) -> bool:
    """Can token i continue a number started earlier (glued to it)?"""
    tok = doc[i]
    return (
        _is_digits(tok)
        or _is_hangul_numeral(tok)
        or _is_unit_word(tok.text)
        or (_is_native(tok) and "MM" in tok.tag_)
    )


# ---------------------------------------------------------------------------------------------
# candidates


@dataclass
class _Number:
    first: int  # token index of the first numeral
    last: int  # token index after the last numeral
    group_ends: list[int]  # token indexes where a reading may end (after each group)
    native: bool  # a native numeral determiner (두, 세 …)


def _number_at(doc: Doc, i: int) -> _Number | None:
    tok = doc[i]
    native = False
    if _is_digits(tok):
        pass
    elif _is_native(tok):
        native = True
    elif _is_hangul_numeral(tok):
        # A lone Sino digit is nearly always part of a word (일회성, 영보): it counts only before
        # an explicit percent or currency word (`오 퍼센트`). A lone unit numeral counts as a word
        # of its own (`만 회`, `천 원`), never glued to what follows (만발).
        if len(tok.text) < 2 and not (
            (i + 1 < len(doc) and _glued(doc, i) and _numeric_continues(doc, i + 1))
            or (tok.text in _UNIT_CHARS and tok.whitespace_)
            or (tok.whitespace_ == " " and i + 1 < len(doc) and _is_spelled_unit(doc[i + 1].text))
        ):
            return None
    elif (
        "MM" in tok.tag_ and i + 1 < len(doc) and _glued(doc, i) and _is_hangul_numeral(doc[i + 1])
    ):
        pass  # 이백: Kiwi reads 이/MM 백/NR
    else:
        return None
    j = i + 1
    while j < len(doc) and _glued(doc, j - 1) and _numeric_continues(doc, j):
        j += 1
    ends = [j]
    # Continue over one space when the previous group ends in a unit word: 1조 199억, 3억 5천만.
    while (
        not native
        and j < len(doc)
        and doc[j - 1].whitespace_ == " "
        and (
            (
                doc[j - 1].text[-1] in _UNIT_CHARS
                and (_is_digits(doc[j]) or _is_hangul_numeral(doc[j]))
            )
            # digits spaced from their unit: `16 만 5000 명`
            or (_is_digits(doc[j - 1]) and doc[j].text in ("만", "억", "조", "천"))
        )
    ):
        k = j + 1
        while k < len(doc) and _glued(doc, k - 1) and _numeric_continues(doc, k):
            k += 1
        j = k
        ends.append(j)
    return _Number(i, j, ends, native)


def _span_text(doc: Doc, start: int, end: int) -> str:
    return doc_text(doc)[doc[start].idx : doc[end - 1].idx + len(doc[end - 1].text)]


def _value(text: str) -> Decimal | None:
    return parse_number(re.sub(r"\s+", "", text))


@dataclass
class _Unit:
    kind: str
    unit: str
    end: int  # token index after the unit


def _next_word(doc: Doc, j: int) -> int | None:
    """Index of the token that starts the word after token j-1 (one plain space allowed)."""
    if j >= len(doc):
        return None
    if doc[j - 1].whitespace_ not in ("", " "):
        return None
    if doc[j].tag_ == "_SP":
        return None
    return j


def _unit_after(doc: Doc, j: int, value: Decimal, native: bool) -> _Unit | bool | None:
    """The unit after a number ending before token j. None: nothing that makes a figure;
    False: something that makes it NOT a figure (a date, an age, a measure …)."""
    r = rules()
    k = _next_word(doc, j)
    if k is None:
        return None
    tok = doc[k]
    text = tok.text
    glued = not doc[j - 1].whitespace_

    # percent (only glued, or 퍼센트 after a space)
    if text in r.points_whole and glued:
        return _Unit("percent", "%p", k + 1)
    if text in r.percent and (glued or text in ("퍼센트", "%")):
        if text == "프로" and not glued:
            return None
        points = k + 1 < len(doc) and doc[k + 1].text in r.points_suffix
        if points and (_glued(doc, k) or doc[k + 1].text == "포인트"):
            return _Unit("percent", "%p", k + 2)
        return _Unit("percent", "%", k + 1)

    if text in r.currencies:
        if native:
            return None
        return _Unit("money", r.currencies[text], k + 1)

    # counters: the longest run of up to three glued tokens that names a counter
    best: _Unit | None = None
    joined = ""
    for m in range(k, min(k + 3, len(doc))):
        # `2개 사`: a counter split by a space is still one (unit 개사)
        split_gaesa = joined == "개" and doc[m].text == "사" and doc[m - 1].whitespace_ == " "
        if m > k and not _glued(doc, m - 1) and not split_gaesa:
            break
        joined += doc[m].text
        if joined in r.excluded:
            return False
        if joined in r.counters or (m == k and doc[m].tag_ == "NNB" and joined not in r.excluded):
            best = _Unit("count", joined, m + 1)
    if best is None:
        return None
    if native and best.unit not in r.native_counters:
        return None
    if best.end < len(doc) and _glued(doc, best.end - 1) and doc[best.end].text in r.excluded_after:
        return False
    if best.unit in r.min_value and value < r.min_value[best.unit]:
        return False
    if best.unit == "대" and value % 10 == 0 and 10 <= value <= 90:
        return False  # 20대: an age group, not twenty vehicles
    if best.unit in r.category_counters and value < 10:
        nxt = _next_word(doc, best.end)
        named = nxt is not None and "NN" in doc[nxt].tag_ and doc[nxt].text not in r.approx_after
        if named and doc[best.end - 1].whitespace_:
            return False  # 3대 세목, 1인 가구: a kind of thing named by a number, not a count
    return best


def _bare_money(doc: Doc, num: _Number, end: int, sent: Span) -> bool:
    r = rules()
    last = doc[end - 1].text
    if not last or last[-1] not in r.bare_units:
        return False
    nxt = _next_word(doc, end)
    if (
        nxt is not None
        and doc[nxt].tag_.startswith(("NNB", "SL"))
        and doc[nxt].text not in r.money_cues
    ):
        return False
    words = {t.lemma_.split("+")[0] for t in sent} | {t.text for t in sent}
    return bool(words & r.money_cues) or any(c in sent.text for c in r.money_phrases)


def _preceded_by_word(doc: Doc, i: int) -> bool:
    """A number glued to a preceding letter is part of a name (코로나19, RE100, 풍세2산업단지)."""
    if i == 0 or doc[i - 1].whitespace_:
        return False
    prev = doc[i - 1].text
    return bool(prev) and (prev[-1].isalpha() or prev[-1].isdigit())


def _serial_before(doc: Doc, num: _Number) -> bool:
    """Phone numbers, dates and serials: digits joined to earlier digits by -, ., /, :, +."""
    s = doc[num.first].idx
    return bool(re.fullmatch(r"\d[-./:+]", doc_text(doc)[max(0, s - 2) : s]))


def _serial_after(doc: Doc, end: int) -> bool:
    """… or to later digits (checked after ranges such as `3-4명`, which look the same)."""
    e = doc[end - 1].idx + len(doc[end - 1].text)
    after = doc_text(doc)[e : e + 2]
    return bool(re.fullmatch(r"[-./:+]\d", after) or after[:1] == "/")


# ---------------------------------------------------------------------------------------------
# context


def _qualifier(doc: Doc, num: _Number, unit_end: int, fused: bool) -> str | None:
    r = rules()
    if fused:
        return "여"
    i = num.first
    # word right before the number (or before a minus sign)
    if i > 0 and doc[i - 1].text in r.approx_before and doc[i - 1].whitespace_ == " ":
        return doc[i - 1].text
    # words after the unit: particles skipped, a 선/고지 noun skipped before a verb
    k = unit_end
    while k < len(doc) and doc[k].tag_ in ("_SP",):
        k += 1
    steps = 0
    while k < len(doc) and steps < 4:
        tok = doc[k]
        if tok.text in r.approx_after:
            return tok.text
        lemma = tok.lemma_.split("+")[0]
        if lemma.startswith(r.approx_after_verbs) or tok.text.startswith(r.approx_after_verbs):
            return lemma
        if tok.tag_.startswith("J") or tok.text in ("선", "고지", "선을", "고지를"):
            k += 1
            steps += 1
            continue
        break
    return None


def _word_before(doc: Doc, i: int) -> tuple[str, int] | None:
    """The eojeol (space-delimited word) ending right before token i, without its particles."""
    k = i - 1
    while k >= 0 and doc[k].tag_ in ("_SP", "SP", "SSO", "SSC", "SW", "SO") and k >= i - 2:
        k -= 1
    if k < 0:
        return None
    end = k
    while k > 0 and not doc[k - 1].whitespace_ and doc[k - 1].tag_ not in ("SP", "SSO", "SSC"):
        k -= 1
    toks = [t for t in doc[k : end + 1] if not t.tag_.startswith(("J", "E"))]
    if not toks:
        return None
    return "".join(t.text for t in toks), k


# ---------------------------------------------------------------------------------------------
# the extractor


def figures_from_doc(
    doc: Doc, section: str = "body", published_at: datetime | None = None
) -> list[Figure]:
    """All money, percent and count figures of one section's Doc, in text order."""
    blocked: set[int] = set()
    for _, s, e in _exclude_matcher(doc.vocab)(doc):
        blocked.update(range(s, e))

    figures: list[Figure] = []
    i = 0
    while i < len(doc):
        num = _number_at(doc, i)
        if num is None or i in blocked or _preceded_by_word(doc, i):
            i += 1
            continue
        found = _figure_at(doc, num, section, published_at, blocked)
        if found is None:
            i = num.last if num.last > i else i + 1
            continue
        figure, next_i = found
        figures.append(figure)
        i = next_i
    return figures


def _figure_at(
    doc: Doc,
    num: _Number,
    section: str,
    published_at: datetime | None,
    blocked: set[int],
) -> tuple[Figure, int] | None:
    r = rules()
    sent = sentence_of(doc, num.first)
    if _serial_before(doc, num):
        return None
    for end in reversed(num.group_ends):
        text = _span_text(doc, num.first, end)
        value = _value(text)
        if value is None:
            continue
        last = end
        fused = False
        if last < len(doc) and _glued(doc, last - 1) and doc[last].text in r.approx_fused:
            fused = True
            last += 1
        value_max = None
        # range: 2천900만~3천800만원, 3~5억원
        if (
            last < len(doc)
            and doc[last].text in _RANGE_MARKS
            and _glued(doc, last - 1)
            and last + 1 < len(doc)
        ):
            other = _number_at(doc, last + 1)
            if other is not None and not other.native:
                other_text = _span_text(doc, other.first, other.last)
                other_value = _value(other_text)
                if other_value is not None:
                    unit = _unit_after(doc, other.last, other_value, False)
                    if isinstance(unit, _Unit):
                        tail = re.search(r"[만억조경]+$", other_text.replace(" ", ""))
                        if tail and not re.search(r"[만억조경]", text):
                            value = _value(text + tail.group(0))
                        if value is not None and other_value > value:
                            return _make(
                                doc,
                                num,
                                other.last,
                                unit,
                                value,
                                other_value,
                                fused,
                                section,
                                published_at,
                                sent,
                            )
        if _serial_after(doc, end):
            return None
        sign = doc[num.first - 1].text if num.first > 0 else ""
        if sign in r.currency_signs and _glued(doc, num.first - 1) and not num.native:
            unit = _Unit("money", r.currency_signs[sign], end)
            return _make(doc, num, end, unit, value, None, False, section, published_at, sent, sign)
        unit = _unit_after(doc, last, value, num.native)
        if unit is False:
            continue  # this reading is a date, age …; a shorter one may still be a figure
        if unit is None:
            if not num.native and _bare_money(doc, num, end, sent):
                bare = _Unit("money", "KRW", end)
                return _make(doc, num, end, bare, value, None, fused, section, published_at, sent)
            continue
        if any(t in blocked for t in range(num.first, unit.end)):
            return None
        return _make(doc, num, last, unit, value, value_max, fused, section, published_at, sent)
    return None


def _make(
    doc: Doc,
    num: _Number,
    number_end: int,
    unit: _Unit,
    value: Decimal,
    value_max: Decimal | None,
    fused: bool,
    section: str,
    published_at: datetime | None,
    sent: Span,
    sign: str = "",
) -> tuple[Figure, int]:
    first = num.first
    # A minus sign or 마이너스 right before the number belongs to it (-0.7%); △ does not.
    start_char = doc[first].idx
    if first > 0 and doc[first - 1].text in ("-", "−") and not doc[first - 1].whitespace_:
        before = doc_text(doc)[: doc[first - 1].idx]
        if not before or not (before[-1].isalnum()):
            start_char = doc[first - 1].idx
            value, value_max = -value, (-value_max if value_max is not None else None)
    elif first > 0 and doc[first - 1].text in _MINUS_WORDS and unit.kind == "percent":
        start_char = doc[first - 1].idx
        value = -value
    if sign:  # a currency sign before the number is part of the surface
        start_char = doc[first - 1].idx
    end_tok = doc[unit.end - 1]
    end_char = end_tok.idx + len(end_tok.text)
    surface = doc_text(doc)[start_char:end_char]
    when = when_of(doc, first, unit.end, sent, published_at)
    figure = Figure(
        kind=unit.kind,
        value=value,
        unit=unit.unit.replace(" ", ""),
        surface=surface,
        section=section,
        start=start_char,
        end=end_char,
        sentence=sent.text.strip(),
        value_max=value_max,
        qualifier=_qualifier(doc, num, unit.end, fused),
        metric=metric_of(doc, first, unit.end, sent) if unit.kind == "percent" else None,
        subject=subject_of(doc, first, unit.end, sent) if unit.kind == "count" else None,
        is_target=bool(when.plan),
        year=when.year,
        year_source=when.source,
    )
    return figure, unit.end


def extract_figures(
    text: str, published_at: datetime | None = None, section: str = "body"
) -> list[Figure]:
    """Figures of one text (analysed with Kiwi here); offsets are into `text`."""
    from pipeline.nlp import analyze  # extractors stay importable without loading Kiwi

    return figures_from_doc(analyze(text), section=section, published_at=published_at)
