"""What the figure readers share: prose (extractors/figures.py) and tables
(extractors/table_figures.py).

- `rules()`: the words of `figure_rules.toml` (currencies, percent words, counters, exclusions,
  approximation words, table headers), loaded once;
- `Number` and `Unit`: a number's reading in the tokens and the unit that makes it a figure;
- token tests both make: `glued_to_next`, `is_digits`, `preceded_by_word`;
- `make_figure`: the Figure record of a number and its unit, with its surface, its sign and the
  context from its sentence: approximation words (here), the metric of a rate
  (extractors/metric.py), the counted subject (extractors/subject.py), plan or result and the
  year (extractors/tense.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span

from extractors.docs import doc_text, span_text, token_spaces, token_starts, token_tags, token_texts
from extractors.metric import metric_of
from extractors.numbers import BARE_BIG_UNITS, BIG_UNITS
from extractors.rules_data import read_rules
from extractors.subject import subject_of
from extractors.tense import when_of
from schemas.records import Figure

_DIGITS = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?")
_MINUS_WORDS = {"마이너스"}


@dataclass(frozen=True)
class _Rules:
    currencies: dict[str, str]  # keys without spaces (`캐나다달러`)
    currency_after_number: dict[str, str]
    minor_currencies: dict[str, tuple[str, Decimal, frozenset[str]]]
    currency_signs: dict[str, str]
    percent: frozenset[str]
    points_suffix: frozenset[str]
    points_whole: frozenset[str]
    counters: frozenset[str]
    native_counters: frozenset[str]
    excluded: frozenset[str]
    excluded_after: frozenset[str]
    min_value: dict[str, int]
    counted_after: dict[str, tuple[str, ...]]
    category_counters: frozenset[str]
    category_max_dae: int
    size_classes: tuple[str, ...]
    size_bounds: frozenset[str]
    per_one: frozenset[str]
    how_often: tuple[str, ...]
    people_before_ages: tuple[str, ...]
    people_after_ages: tuple[str, ...]
    acts_on_people: frozenset[str]
    ordinal_before: frozenset[str]
    bare_units: frozenset[str]
    money_cues: frozenset[str]
    money_phrases: tuple[str, ...]
    money_nouns: tuple[str, ...]
    approx_before: frozenset[str]
    approx_per_between: frozenset[str]
    approx_records: frozenset[str]
    approx_fused: frozenset[str]
    approx_after: frozenset[str]
    approx_after_verbs: tuple[str, ...]
    approx_margin_verbs: tuple[str, ...]
    approx_adverbs: frozenset[str]
    approx_exceeded: dict[str, frozenset[str]]
    quantity_words: frozenset[str]
    exclude_patterns: dict[str, list[list[dict[str, Any]]]]
    table_header: re.Pattern[str]
    table_max_rows: int
    table_per: frozenset[str]


@lru_cache(maxsize=1)
def rules() -> _Rules:
    """The words of `figure_rules.toml`, read once."""
    data = read_rules("figure_rules.toml")
    return _Rules(
        currencies={k.replace(" ", ""): v for k, v in data["currencies"].items()},
        currency_after_number=dict(data["currency_after_number"]),
        minor_currencies={
            word: (m["code"], Decimal(m["scale"]), frozenset(m["after"]))
            for word, m in data["minor_currencies"].items()
        },
        currency_signs=dict(data["currency_signs"]),
        percent=frozenset(data["percent"]["percent"]),
        points_suffix=frozenset(data["percent"]["points_suffix"]),
        points_whole=frozenset(data["percent"]["points_whole"]),
        counters=frozenset(data["counters"]["known"]),
        native_counters=frozenset(data["counters"]["native"]),
        excluded=frozenset(data["counters"]["excluded"]),
        excluded_after=frozenset(data["counters"]["excluded_after"]),
        min_value=dict(data["counters"]["min_value"]),
        counted_after={k: tuple(v) for k, v in data["counters"]["counted_after"].items()},
        category_counters=frozenset(data["counters"]["category"]),
        category_max_dae=int(data["counters"]["category_max_dae"]),
        size_classes=tuple(data["counters"]["size_classes"]),
        size_bounds=frozenset(data["counters"]["size_bounds"]),
        per_one=frozenset(data["counters"]["per_one"]),
        how_often=tuple(data["counters"]["how_often"]),
        people_before_ages=tuple(data["counters"]["people_before_ages"]),
        people_after_ages=tuple(data["counters"]["people_after_ages"]),
        acts_on_people=frozenset(data["counters"]["acts_on_people"]),
        ordinal_before=frozenset(data["counters"]["ordinal_before"]),
        bare_units=frozenset(data["money"]["bare_units"]),
        money_cues=frozenset(data["money"]["cues"]),
        money_phrases=tuple(data["money"]["phrases"]),
        money_nouns=tuple(data["money"]["nouns_before"]),
        approx_before=frozenset(data["approx"]["before"]),
        approx_per_between=frozenset(data["approx"]["per_between"]),
        approx_records=frozenset(data["approx"]["records"]),
        approx_fused=frozenset(data["approx"]["fused"]),
        approx_after=frozenset(data["approx"]["after"]),
        approx_after_verbs=tuple(data["approx"]["after_verbs"]),
        approx_margin_verbs=tuple(data["approx"]["margin_verbs"]),
        approx_adverbs=frozenset(data["approx"]["adverbs"]),
        approx_exceeded={k: frozenset(v) for k, v in data["approx"]["exceeded"].items()},
        quantity_words=frozenset(data["names"]["quantity_words"]),
        exclude_patterns={p["name"]: [p["pattern"]] for p in data["exclude"]},
        table_header=re.compile(data["tables"]["header"]),
        table_max_rows=int(data["tables"]["max_rows"]),
        table_per=frozenset(data["tables"]["per"]),
    )


# ---------------------------------------------------------------------------------------------
# a number and its unit


@dataclass
class Number:
    """A number in the tokens: its numerals, and where a shorter reading of it may end."""

    first: int  # token index of the first numeral
    last: int  # token index after the last numeral
    group_ends: list[int]  # token indexes where a reading may end (after each group)
    native: bool  # a native numeral determiner (두, 세 …)
    inner_approx: bool = False  # 여 inside the number (`3천여억원`)


@dataclass
class Unit:
    """What makes a number a figure: its kind (money, percent, count), its unit (an ISO code,
    `%`, `%p` or a counter), where it ends, and how it scales the number."""

    kind: str
    unit: str
    end: int  # token index after the unit
    scale: Decimal = Decimal(1)  # a minor currency unit: 50센트 → 0.50 USD
    extra: Decimal = Decimal(0)  # minor units written after the major ones: 3달러 50센트


# ---------------------------------------------------------------------------------------------
# token predicates


def glued_to_next(doc: Doc, i: int) -> bool:
    """True when token i is directly followed by token i+1 (no white space between)."""
    return i + 1 < len(doc) and not token_spaces(doc)[i]


def is_digits(doc: Doc, i: int) -> bool:
    """Token i is a number written in digits (`4,222`, `3.5`)."""
    return bool(_DIGITS.fullmatch(token_texts(doc)[i]))


def preceded_by_word(doc: Doc, i: int) -> bool:
    """A number glued to a preceding letter is part of a name (코로나19, RE100, 풍세2산업단지);
    not after a word of its own that says how much or how often (`총20만원`, `약3억원`,
    `월30만원`, `각2명`: a determiner, an approximation or a period word glued to it)."""
    if i == 0 or token_spaces(doc)[i - 1]:
        return False
    prev = token_texts(doc)[i - 1]
    if not prev or not (prev[-1].isalpha() or prev[-1].isdigit()):
        return False
    return not _quantity_word(doc, i - 1)


def _bounds(doc: Doc, k: int, unit_end: int) -> bool:
    """The approximation word at token k bounds the figure ending at `unit_end`: `대` only glued
    to the unit (`19만명대`; not `12개 대기업`), and `초과` not before an act of exceeding a
    target by the amount (`4조 원 초과 달성`: exactly that much more)."""
    text = token_texts(doc)[k]
    if text == "대":
        return k == unit_end and not token_spaces(doc)[k - 1]
    if text in rules().approx_exceeded and k + 1 < len(doc):
        return token_texts(doc)[k + 1] not in rules().approx_exceeded[text]
    return True


def _adverb_end(doc: Doc, k: int) -> int | None:
    """After a word of the rules' adverbs at token k (`못`, `첫`, `처음으로`) and the space that
    ends it, the index of the next word; None when none stands there."""
    texts, spaces = token_texts(doc), token_spaces(doc)
    if texts[k] not in rules().approx_adverbs:
        return None
    m = k + 1
    while m < len(doc) and not spaces[m - 1] and token_tags(doc)[m].startswith("J"):
        m += 1  # `처음으로`
    return m if m < len(doc) and spaces[m - 1] == " " else None


def _passing(doc: Doc, k: int) -> str | None:
    """The stem of a verb of passing or missing a threshold at token k (`넘`, `웃돌`, `미치`)."""
    verbs = rules().approx_after_verbs
    lemma = doc[k].lemma_.split("+")[0]
    return lemma if lemma.startswith(verbs) or token_texts(doc)[k].startswith(verbs) else None


def _free_word(doc: Doc, k: int) -> bool:
    """Token k starts a word: a space, a mark or the text's start stands before it."""
    return k == 0 or bool(token_spaces(doc)[k - 1]) or not token_texts(doc)[k - 1][-1:].isalnum()


def _quantity_word(doc: Doc, k: int) -> bool:
    """Token k is a word of its own (a space, a mark or the text's start before it) that
    modifies the number after it: a determiner (`총`, `약`, `각`: MM) or a word of
    the rules' names.quantity_words (`월30만원`, `최대50만원`)."""
    if not _free_word(doc, k):
        return False
    text = token_texts(doc)[k]
    return (token_tags(doc)[k] == "MM" and len(text) <= 2) or text in rules().quantity_words


# ---------------------------------------------------------------------------------------------
# the record


def _whole(value: Decimal) -> Decimal:
    """A scaled value that came out whole is written without decimals (1.2 × 10^8 → 120000000)."""
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value


def _in_scale(spelled: str, value: Decimal, scale: Decimal) -> Decimal:
    """The value of a number read in a unit of `scale` (a cell under `(단위: 억원)`): digits after
    a larger magnitude word the number writes itself are in the unit, the rest as written
    (`1조240` under 억원 is 1조 240억, not 1조 and 240 times 억)."""
    if scale > 1 and _MAGNITUDES.get(spelled.rstrip()[-1:], 0) > scale:
        return value  # `2조` under 억원: written whole in a larger magnitude
    m = _TRAILING_DIGITS.search(spelled)
    if scale <= 1 or m is None or _MAGNITUDES.get(m.group(1), 0) <= scale:
        return value * scale
    rest = Decimal(m.group(2).replace(",", ""))
    return value - rest + rest * scale


_MAGNITUDES = {word: Decimal(BIG_UNITS[word]) for word in BARE_BIG_UNITS}
_TRAILING_DIGITS = re.compile(r"([만억조])\s*([\d,]+(?:\.\d+)?)$")


def make_figure(
    doc: Doc,
    num: Number,
    number_end: int,
    unit: Unit,
    value: Decimal,
    value_max: Decimal | None,
    fused: bool,
    section: str,
    published_at: datetime | None,
    sent: Span,
    sign: str = "",
) -> tuple[Figure, int]:
    """The Figure of `num` in `unit` (its value scaled, a minus sign or a currency `sign` before
    it taken in), with its sentence's context; and the token index after it."""
    texts, offsets = token_texts(doc), token_starts(doc)
    first = num.first
    if value_max is not None:
        value, value_max = value * unit.scale, _whole(value_max * unit.scale + unit.extra)
    else:
        spelled = "".join(texts[first:number_end])
        value = _in_scale(spelled, value, unit.scale) + unit.extra
    value = _whole(value)
    # A minus sign or 마이너스 right before the number belongs to it (-0.7%); △ does not.
    start_char = offsets[first]
    # the en dash too: typeset text writes minus signs with it (`–0.3%`)
    if first > 0 and texts[first - 1] in ("-", "−", "–") and not token_spaces(doc)[first - 1]:
        before = doc_text(doc)[: offsets[first - 1]]
        if not before or not (before[-1].isalnum()):
            start_char = offsets[first - 1]
            value, value_max = -value, (-value_max if value_max is not None else None)
    elif first > 0 and texts[first - 1] in _MINUS_WORDS and unit.kind == "percent":
        start_char = offsets[first - 1]
        value = -value
    if sign:  # a currency sign before the number is part of the surface
        start_char = offsets[first - 1]
    end_char = offsets[unit.end - 1] + len(texts[unit.end - 1])
    surface = doc_text(doc)[start_char:end_char]
    when = when_of(doc, first, unit.end, sent, published_at, money=unit.kind == "money")
    figure = Figure(
        kind=unit.kind,
        value=value,
        unit=unit.unit.replace(" ", ""),
        surface=surface,
        section=section,
        start=start_char,
        end=end_char,
        sentence=span_text(doc, sent.start, sent.end).strip(),
        value_max=value_max,
        qualifier=_qualifier(doc, num, unit.end, fused),
        metric=metric_of(doc, first, unit.end, sent) if unit.kind == "percent" else None,
        subject=subject_of(doc, first, unit.end, sent) if unit.kind == "count" else None,
        is_target=bool(when.plan),
        year=when.year,
        year_source=when.source,
    )
    return figure, unit.end


def _qualifier(doc: Doc, num: Number, unit_end: int, fused: bool) -> str | None:
    """The approximation word of a figure: 여 fused to it, a word before the number or after
    its unit."""
    r = rules()
    if fused:
        return "여"
    texts, tags = token_texts(doc), token_tags(doc)
    i = num.first
    spaces = token_spaces(doc)
    # `최대 월 20만원`: a word of what the amount is per stands between
    if i > 1 and texts[i - 1] in r.approx_per_between and spaces[i - 1] == " ":
        i -= 1
    # word right before the number (or before a minus sign)
    # (`역대 최대 296억 원`: the record set, no bound)
    record = i > 1 and texts[i - 2] in r.approx_records and spaces[i - 2] == " "
    if i > 0 and texts[i - 1] in r.approx_before and not record:
        space = spaces[i - 1]
        glued = not space and i == num.first and _free_word(doc, i - 1)
        if space == " " or glued:  # `약 3억`, `약3억`
            return texts[i - 1]
    # words after the unit: particles skipped, a 선/고지 noun skipped before a verb
    k = unit_end
    while k < len(doc) and tags[k] in ("_SP",):
        k += 1
    # `평균을 1.4%p 웃돌았다`, `목표에 2명 못 미쳤다`: with what is passed or missed as the object
    # or with 에 before it and no particle after it, the amount is the margin, exactly
    margin = (
        num.first > 0
        and (tags[num.first - 1] == "JKO" or texts[num.first - 1] == "에")
        and tags[num.first - 1].startswith("J")
        and spaces[num.first - 1] == " "
        and spaces[unit_end - 1] == " "
    )
    steps = 0
    while k < len(doc) and steps < 4:
        text = texts[k]
        if text in r.approx_after and _bounds(doc, k, unit_end):
            return text
        passing = _passing(doc, k)
        if not passing and (after := _adverb_end(doc, k)) is not None:
            # `30%를 처음 넘었다`, `30% 첫 돌파`, `1%에도 못 미쳤다`: an adverb of the verb between
            passing = _passing(doc, after)
        if passing:
            return None if margin and passing.startswith(r.approx_margin_verbs) else passing
        if tags[k] == "JKG":
            break  # `52조원의 초과 세수`: a noun the amount is of, no bound on it
        if tags[k].startswith("J") or text in ("선", "고지", "선을", "고지를"):
            k += 1
            steps += 1
            continue
        break
    return None
