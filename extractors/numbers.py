"""One complete Korean number expression → an exact Decimal, or None when it is not wholly a number.

`parse_number` reads what the figure extractor hands it after stripping currency and counters:
digits (`4,222`, `60.8`, `１２３`), digits with Hangul units (`4,222억2000만`, `2만6천`,
`1조 199억 8200만`, `3천오백`), Sino-Korean numerals (`삼천오백만`), native numerals (`두`, `열두`,
`스물다섯`), fractions (`3분의 1`, `일과 사분의 일`, `3/4`, `2 1/4`, `반`), spoken decimals
(`이백점 칠일`, `일쩜이삼`), digits grouped by spaces (`1 234 567`) and a sign (`-0.7`,
`마이너스 3`, `음수 3`). Everything is exact Decimal arithmetic; no float is ever made. It never
raises on a string: anything that is not wholly a number is None.

Grammar (tokens are matched longest first from the tables below; white space may separate
tokens, but a digit string must touch the unit it multiplies, as in `2만`, never `2 만`):

    number    := [sign] (cardinal | cardinal 분의 [sign-word] cardinal
                         | cardinal 과/와 cardinal 분의 cardinal | [digits] digits / digits) | 반
    cardinal  := (group? BIG)* group?          big units decreasing: 해 > 경 > 조 > 억 > 만
    group     := digits                        `4,222`, `2000`, `1.5`
               | term* tail? [점 sino-digit+]  `3천오백`, `이십삼`, `천이백서른넷`, `이백점칠일`
    term      := [coef] SMALL                  coef: a Sino digit 1–9 or digits with 0 < value < 10
    tail      := digits (below the last small unit: `8천570`) | Sino digit | native numeral

Decisions (the tests pin each one):
- A bare big unit means 1×unit only at the start (`만`, `만 이천`, `억`); 경 and 해 alone are
  ordinary words (경 "about", 해 "year"), so they need a coefficient. Hence `억만` (the idiom of
  억만장자) and `만억` are None, as is any unit out of order (`천천`).
- After a big unit each later part must be smaller than it (`1억 12000만` is None).
- A native numeral never follows a big unit or multiplies one, and a bare small unit followed by
  a single native determiner is a word, not a number: `만세`, `조세`, `백세`, `만두`, `백두`,
  `천한` are None (so `백한` is None too; `백하나`, `일만이천세`, `백육십세` parse).
- Zero (`영`, `공`, `0`) stands alone or before 점; it never multiplies a unit (`0만` is None).
- Integer digit strings have no leading zeros (`05` is a code, not a quantity) and commas only
  between groups of three (`4,22`, `1,2,3` are None); a trailing point (`1.`) is punctuation, so
  None; a leading one (`.5`) parses.
- A spoken decimal is Sino on both sides of 점/쩜 (`삼점일사`, `영점오`, `점오`, `삼만점오`);
  `3점4` and `3만점` are scores.
- Digits grouped by single spaces (also U+00A0, U+202F, U+2009) are one number only when every
  group after the first has exactly three digits and they begin the text: `1 234 567`,
  `40 000`; `1 0000`, `2 5` are None.
- `반` is one half only as the whole text. A mixed number's part is proper after digits
  (`2 1/4`; `1 3/2` is None) but may be improper in words (`일백과 오분의 삼십` → 106).
- A sign symbol must touch a digit string (`-2십`, not `- 2` or `-이십`); 마이너스/플러스 take any
  Sino or digit number but not a native one (`마이너스 하나` is None).
- Fractions that do not terminate are rounded once, to FRACTION_PRECISION (28) significant
  digits, ROUND_HALF_EVEN: `3분의 1` → Decimal('0.3333333333333333333333333333').
- Results that are whole numbers come back with exponent 0 (`1.5조` → Decimal('1500000000000'));
  others keep the digits as written (`1.30` → Decimal('1.30'), equal to Decimal('1.3')).
- Not supported: 자/양 and larger units (`3자 회담` must not become 3×10^24), approximate or
  range words (`수십억`, `두세`, `서너`, `10여`), scientific notation.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import (
    ROUND_HALF_EVEN,
    Context,
    Decimal,
    DivisionByZero,
    Inexact,
    InvalidOperation,
    Overflow,
    localcontext,
)
from enum import Enum, auto
from fractions import Fraction
from functools import lru_cache

__all__ = [
    "BARE_BIG_UNITS",
    "BIG_UNITS",
    "FRACTION_PRECISION",
    "NATIVE_DETERMINERS",
    "NATIVE_NUMERALS",
    "SINO_DIGITS",
    "SMALL_UNITS",
    "normalize_digits",
    "parse_number",
]

# --- Tables -------------------------------------------------------------------------------------

SINO_DIGITS: dict[str, int] = {
    "영": 0, "공": 0, "일": 1, "이": 2, "삼": 3, "사": 4,
    "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9,
}  # fmt: skip
# Spellings seen in the wild but too ambiguous for the extractor to look for on its own
# (빵 "bread" is spoken zero; 륙 is the old spelling in 오십륙; 령 an old zero).
_SINO_DIGIT_VARIANTS: dict[str, int] = {"령": 0, "빵": 0, "륙": 6}

SMALL_UNITS: dict[str, int] = {"십": 10, "백": 100, "천": 1000}

BIG_UNITS: dict[str, int] = {"만": 10**4, "억": 10**8, "조": 10**12, "경": 10**16, "해": 10**20}
BARE_BIG_UNITS: frozenset[str] = frozenset({"만", "억", "조"})

_NATIVE_ONES: dict[str, int] = {
    "하나": 1, "한": 1, "둘": 2, "두": 2,
    "셋": 3, "세": 3, "석": 3, "서": 3,
    "넷": 4, "네": 4, "넉": 4, "너": 4,
    "다섯": 5, "닷": 5, "여섯": 6, "엿": 6,
    "일곱": 7, "여덟": 8, "아홉": 9,
}  # fmt: skip
_NATIVE_TENS: dict[str, int] = {
    "열": 10, "스물": 20, "스무": 20, "서른": 30, "마흔": 40,
    "쉰": 50, "예순": 60, "일흔": 70, "여든": 80, "아흔": 90,
}  # fmt: skip
#: Every native numeral word, noun and determiner forms (하나/한, 둘/두, 스물/스무 ...).
NATIVE_NUMERALS: dict[str, int] = {**_NATIVE_ONES, **_NATIVE_TENS}
#: The forms used only before a counter (`두 명`, `스무 곳`); 스무 takes no ones after it.
NATIVE_DETERMINERS: frozenset[str] = frozenset(
    {"한", "두", "세", "석", "서", "네", "넉", "너", "닷", "엿", "스무"}
)
# After a bare 백/천/만 ... these make words (만세, 조세, 백두, 만두, 천한, 백열), not numbers.
_WORDS_AFTER_BARE_UNIT: frozenset[str] = NATIVE_DETERMINERS | {"열"}

_MINUS_WORDS: frozenset[str] = frozenset({"마이너스", "마이나스", "음수"})
_PLUS_WORDS: frozenset[str] = frozenset({"플러스"})
_POINT_WORDS: frozenset[str] = frozenset({"점", "쩜"})  # 쩜: the spoken spelling
_HALF_WORD = "반"  # one half, only as the whole expression (`반이 넘는`)
_FRACTION_WORD = "분의"  # 3분의 1: denominator first
_AND_WORDS: frozenset[str] = frozenset({"과", "와"})  # 일과 사분의 일

#: Significant digits kept when a fraction has no finite decimal expansion.
FRACTION_PRECISION = 28

_TO_ASCII: dict[int, str] = {
    **{0xFF10 + d: str(d) for d in range(10)},  # full-width digits
    0xFF0C: ",",  # ，
    0xFF0E: ".",  # ．
    0xFF0B: "+",  # ＋
    0xFF0D: "-",  # －
    0x2212: "-",  # − minus sign
    0xFF0F: "/",  # ／
}
_ASCII_DIGITS = frozenset("0123456789")


def normalize_digits(text: str) -> str:
    """Full-width digits, `，．＋－／` and U+2212 (−) → their ASCII forms; all else unchanged."""
    return text.translate(_TO_ASCII)


# --- Tokens -------------------------------------------------------------------------------------


class _Kind(Enum):
    DIGITS = auto()
    SINO = auto()
    SMALL = auto()
    BIG = auto()
    NATIVE_ONES = auto()
    NATIVE_TENS = auto()
    POINT = auto()
    FRACTION = auto()
    AND = auto()
    SLASH = auto()
    SIGN = auto()  # a symbol: - or +
    SIGN_WORD = auto()  # 마이너스, 플러스


_NATIVE = (_Kind.NATIVE_ONES, _Kind.NATIVE_TENS)


@dataclass(frozen=True, slots=True)
class _Token:
    kind: _Kind
    text: str
    value: Decimal
    space_before: bool


def _word_table() -> dict[str, tuple[_Kind, int]]:
    table: dict[str, tuple[_Kind, int]] = {}
    for words, kind in (
        (SINO_DIGITS, _Kind.SINO),
        (_SINO_DIGIT_VARIANTS, _Kind.SINO),
        (SMALL_UNITS, _Kind.SMALL),
        (BIG_UNITS, _Kind.BIG),
        (_NATIVE_ONES, _Kind.NATIVE_ONES),
        (_NATIVE_TENS, _Kind.NATIVE_TENS),
    ):
        table.update({word: (kind, value) for word, value in words.items()})
    table.update({word: (_Kind.POINT, 0) for word in _POINT_WORDS})
    table[_FRACTION_WORD] = (_Kind.FRACTION, 0)
    table.update({word: (_Kind.AND, 0) for word in _AND_WORDS})
    table.update({word: (_Kind.SIGN_WORD, -1) for word in _MINUS_WORDS})
    table.update({word: (_Kind.SIGN_WORD, 1) for word in _PLUS_WORDS})
    return table


_WORDS = _word_table()
_LONGEST_WORD = max(map(len, _WORDS))
_SYMBOLS: dict[str, tuple[_Kind, int]] = {"-": (_Kind.SIGN, -1), "+": (_Kind.SIGN, 1),
                                          "/": (_Kind.SLASH, 0)}  # fmt: skip


_DIGIT_STRING = re.compile(r"(?:[1-9]\d{0,2}(?:,\d{3})+|0|[1-9]\d*)?(?:\.\d+)?")


def _digits_value(raw: str) -> Decimal | None:
    """`4,222` / `60.8` / `.5` → Decimal; None for bad commas (`4,22`) or leading zeros (`05`)."""
    if not raw or raw == "." or not _DIGIT_STRING.fullmatch(raw):
        return None
    whole, _, frac = raw.replace(",", "").partition(".")
    return Decimal(f"{whole or '0'}.{frac}" if frac else whole)


def _grouped_by_spaces(text: str, i: int) -> int:
    """End of `1 234 567` (single spaces between groups of exactly three digits) starting at i,
    or i when the digits at i are not written that way."""
    head = re.match(r"[1-9]\d{0,2}", text[i:])
    if head is None:
        return i
    j, groups = i + head.end(), 0
    while (m := _SPACED_GROUP.match(text, j)) is not None:
        j, groups = m.end(), groups + 1
    return j if groups else i


_SPACED_GROUP = re.compile(r"[ \u00a0\u202f\u2009]\d{3}(?![\d,])")


def _tokenize(text: str) -> list[_Token] | None:
    """Longest-match tokens, or None at the first character that belongs to no number."""
    tokens: list[_Token] = []
    i, n, space = 0, len(text), False
    while i < n:
        ch = text[i]
        if ch.isspace():
            space, i = True, i + 1
            continue
        # `1 234 567` is one number only as the whole of it (after a sign at most).
        first = all(t.kind in (_Kind.SIGN, _Kind.SIGN_WORD) for t in tokens)
        spaced = _grouped_by_spaces(text, i) if ch in _ASCII_DIGITS and first else i
        if spaced > i and (spaced == n or text[spaced] not in "0123456789,"):
            j = spaced
            if j + 1 < n and text[j] == "." and text[j + 1] in _ASCII_DIGITS:
                j += 1
                while j < n and text[j] in _ASCII_DIGITS:
                    j += 1
            value = _digits_value(re.sub(r"\s", "", text[i:j]))
            if value is None:
                return None
            tokens.append(_Token(_Kind.DIGITS, text[i:j], value, space))
        elif ch in _ASCII_DIGITS or (ch == "." and i + 1 < n and text[i + 1] in _ASCII_DIGITS):
            j = i + 1
            while j < n and (text[j] in _ASCII_DIGITS or text[j] == ","):
                j += 1
            if ch != "." and j + 1 < n and text[j] == "." and text[j + 1] in _ASCII_DIGITS:
                j += 1
            while j < n and text[j] in _ASCII_DIGITS:
                j += 1
            value = _digits_value(text[i:j])
            if value is None:
                return None
            tokens.append(_Token(_Kind.DIGITS, text[i:j], value, space))
        elif ch in _SYMBOLS:
            kind, value_int = _SYMBOLS[ch]
            tokens.append(_Token(kind, ch, Decimal(value_int), space))
            j = i + 1
        else:
            for j in range(min(n, i + _LONGEST_WORD), i, -1):
                if text[i:j] in _WORDS:
                    kind, value_int = _WORDS[text[i:j]]
                    tokens.append(_Token(kind, text[i:j], Decimal(value_int), space))
                    break
            else:
                return None
        i, space = j, False
    return tokens


# --- Parser -------------------------------------------------------------------------------------


class _Reject(Exception):
    """The text is not wholly a number."""


@dataclass(slots=True)
class _Group:
    """What stands before a big unit, or after the last one."""

    value: Decimal
    first: _Token
    last: _Token
    is_zero: bool = False
    has_digits: bool = False
    has_native: bool = False


class _Parser:
    def __init__(self, tokens: Sequence[_Token]) -> None:
        self.tokens = tokens
        self.i = 0

    def peek(self, ahead: int = 0) -> _Token | None:
        j = self.i + ahead
        return self.tokens[j] if j < len(self.tokens) else None

    def next_is(self, *kinds: _Kind, ahead: int = 0) -> bool:
        tok = self.peek(ahead)
        return tok is not None and tok.kind in kinds

    def take(self) -> _Token:
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def parse(self) -> Decimal | Fraction:
        sign = self._sign()
        value = self._expression()
        if self.i != len(self.tokens):
            raise _Reject
        return -value if sign < 0 else value

    def _sign(self) -> int:
        tok = self.peek()
        if tok is None or tok.kind not in (_Kind.SIGN, _Kind.SIGN_WORD):
            return 1
        self.take()
        after = self.peek()
        if after is None:
            raise _Reject
        if tok.kind is _Kind.SIGN and (after.kind is not _Kind.DIGITS or after.space_before):
            raise _Reject
        if after.kind in _NATIVE:
            raise _Reject
        return int(tok.value)

    def _expression(self) -> Decimal | Fraction:
        if self.next_is(_Kind.SLASH, ahead=1):
            return self._slash_fraction()
        first = self._cardinal()
        if self.next_is(_Kind.DIGITS) and self.next_is(_Kind.SLASH, ahead=1):
            return self._mixed_digits(first)
        if self.next_is(_Kind.FRACTION):
            self.take()
            sign = self._numerator_sign()
            return sign * _ratio(self._cardinal(), first)
        if self.next_is(_Kind.AND):
            self.take()
            denominator = self._cardinal()
            if not self.next_is(_Kind.FRACTION):
                raise _Reject
            self.take()
            part = _ratio(self._cardinal(), denominator)
            if part <= 0 or first != first.to_integral_value():
                raise _Reject
            return Fraction(first) + part
        return first

    def _numerator_sign(self) -> int:
        """`오분의 마이너스 구천오백`: a sign word may stand before the numerator."""
        if not self.next_is(_Kind.SIGN_WORD):
            return 1
        sign = int(self.take().value)
        if self.next_is(*_NATIVE):  # as in _sign: 마이너스 takes no native numeral
            raise _Reject
        return sign

    def _mixed_digits(self, whole: Decimal) -> Fraction:
        """`2 1/4`: a whole digit string, a space, then a proper slash fraction."""
        if not self.peek().space_before or self.tokens[self.i - 1].kind is not _Kind.DIGITS:
            raise _Reject
        part = self._slash_fraction()
        if whole != whole.to_integral_value() or not 0 < part < 1:
            raise _Reject
        return Fraction(whole) + part

    def _slash_fraction(self) -> Fraction:
        numerator, slash = self.take(), self.take()
        denominator = self.peek()
        if (
            numerator.kind is not _Kind.DIGITS
            or denominator is None
            or denominator.kind is not _Kind.DIGITS
            or slash.space_before
            or denominator.space_before
        ):
            raise _Reject
        self.take()
        return _ratio(numerator.value, denominator.value)

    def _cardinal(self) -> Decimal:
        total = Decimal(0)
        previous_unit: int | None = None
        digits_seen = False
        while True:
            group = self._group()
            unit_tok = self.peek() if self.next_is(_Kind.BIG) else None
            # After a big unit `5천` is fine; `만세`, `1억 점오`, `1억 0` are not numbers, and a
            # spoken decimal continues only an all-Sino number touching it (`삼만점오`; `3만점`
            # is a score).
            point_tail = (
                group is not None
                and group.first.kind is _Kind.POINT
                and not group.first.space_before
                and not digits_seen
            )
            if (
                group is not None
                and previous_unit is not None
                and not point_tail
                and (group.first.kind in (*_NATIVE, _Kind.POINT) or group.value <= 0)
            ):
                raise _Reject
            digits_seen = digits_seen or (group is not None and group.has_digits)
            if group is not None and group.is_zero and (previous_unit or unit_tok):
                raise _Reject
            if unit_tok is None:
                if group is None:
                    if previous_unit is None:
                        raise _Reject
                    return total
                if previous_unit is not None and group.value >= previous_unit:
                    raise _Reject
                return total + group.value
            self.take()
            unit = int(unit_tok.value)
            if group is None:
                if previous_unit is not None or unit_tok.text not in BARE_BIG_UNITS:
                    raise _Reject
                coefficient = Decimal(1)
            else:
                if group.has_native or group.value <= 0:
                    raise _Reject
                if group.last.kind is _Kind.DIGITS and unit_tok.space_before:
                    raise _Reject
                coefficient = group.value
            if previous_unit is not None and (
                unit >= previous_unit or coefficient * unit >= previous_unit
            ):
                raise _Reject
            total += coefficient * unit
            previous_unit = unit

    def _group(self) -> _Group | None:
        start = self.peek()
        if start is None:
            return None
        if start.kind is _Kind.SINO and start.value == 0:
            self.take()
            if self.next_is(_Kind.POINT):
                return self._spoken_decimal(_Group(Decimal(0), start, start))
            return _Group(Decimal(0), start, start, is_zero=True)
        if start.kind is _Kind.DIGITS and not self._touching_small_unit():
            self.take()
            return _Group(start.value, start, start, is_zero=start.value == 0, has_digits=True)

        value, last_unit, terms = self._small_unit_terms()
        group = _Group(value, start, start)
        group.has_digits = any(c is not None and c.kind is _Kind.DIGITS for c, _ in terms)
        # The tail: what stands below the last small unit (`8천570`, `이십삼`, `백스물셋`).
        tail_start = self.i
        tok = self.peek()
        if tok is not None and tok.kind is _Kind.DIGITS and terms:
            if tok.value != tok.value.to_integral_value() or tok.value >= (last_unit or 0):
                raise _Reject
            group.value += self.take().value
            group.has_digits = True
        elif tok is not None and tok.kind is _Kind.SINO and tok.value > 0:
            group.value += self.take().value
        elif tok is not None and tok.kind in _NATIVE:
            group.value += self._native(last_unit)
            group.has_native = True
            bare_unit_word = (  # 백세, 천한: see _WORDS_AFTER_BARE_UNIT
                len(terms) == 1
                and terms[0][0] is None
                and self.i - tail_start == 1
                and tok.text in _WORDS_AFTER_BARE_UNIT
            )
            if bare_unit_word:
                raise _Reject

        if self.i == tail_start and not terms:
            if self.next_is(_Kind.POINT):  # `점오` = 0.5
                return self._spoken_decimal(group)
            return None
        group.last = self.tokens[self.i - 1]
        if self.next_is(_Kind.POINT):
            if group.has_digits or group.has_native:
                raise _Reject
            return self._spoken_decimal(group)
        return group

    def _small_unit_terms(self) -> tuple[Decimal, int | None, list[tuple[_Token | None, _Token]]]:
        """`3천오백`, `천2백3십`: coefficient × 천/백/십, each unit smaller than the one before."""
        value = Decimal(0)
        last_unit: int | None = None
        terms: list[tuple[_Token | None, _Token]] = []
        while True:
            tok = self.peek()
            if tok is None:
                break
            if tok.kind is _Kind.SMALL:
                coefficient_tok, unit_tok = None, self.take()
            elif self.next_is(_Kind.SMALL, ahead=1) and (
                (tok.kind is _Kind.SINO and tok.value > 0) or self._touching_small_unit()
            ):
                coefficient_tok, unit_tok = self.take(), self.take()
                if not 0 < coefficient_tok.value < 10:
                    raise _Reject
            else:
                break
            unit = int(unit_tok.value)
            if last_unit is not None and unit >= last_unit:
                raise _Reject
            coefficient = coefficient_tok.value if coefficient_tok else Decimal(1)
            value += coefficient * unit
            last_unit = unit
            terms.append((coefficient_tok, unit_tok))
        return value, last_unit, terms

    def _touching_small_unit(self) -> bool:
        """A digit string here multiplies the small unit written right after it (`2백`)."""
        return (
            self.next_is(_Kind.DIGITS)
            and self.next_is(_Kind.SMALL, ahead=1)
            and not self.tokens[self.i + 1].space_before
        )

    def _native(self, last_unit: int | None) -> Decimal:
        """`스물다섯`, `열두`, `셋`; tens only where no Sino 십 was written."""
        value = Decimal(0)
        tok = self.take()
        if tok.kind is _Kind.NATIVE_TENS:
            if last_unit is not None and last_unit <= 10:
                raise _Reject
            value += tok.value
            if tok.text in NATIVE_DETERMINERS:  # 스무 ends the number
                return value
            if not self.next_is(_Kind.NATIVE_ONES):
                return value
            tok = self.take()
        return value + tok.value

    def _spoken_decimal(self, group: _Group) -> _Group:
        """`이백점 칠일`: each Sino digit after 점 is one decimal place."""
        self.take()
        digits = ""
        while self.next_is(_Kind.SINO):
            digits += str(int(self.take().value))
        if not digits:
            raise _Reject
        group.value += Decimal(f"0.{digits}")
        group.last = self.tokens[self.i - 1]
        group.is_zero = False
        return group


def _ratio(numerator: Decimal, denominator: Decimal) -> Fraction:
    if numerator != numerator.to_integral_value() or denominator != denominator.to_integral_value():
        raise _Reject
    if denominator <= 0 or numerator < 0:
        raise _Reject
    return Fraction(int(numerator), int(denominator))


def _fraction_to_decimal(value: Fraction) -> Decimal:
    context = Context(prec=FRACTION_PRECISION, rounding=ROUND_HALF_EVEN)
    return context.divide(Decimal(value.numerator), Decimal(value.denominator))


def parse_number(text: str) -> Decimal | None:
    """The value of one whole Korean number expression, or None if `text` is not wholly one.

    Raises TypeError for a non-string; every string gets a Decimal or None.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_number expects str, got {type(text).__name__}")
    return _parse_number(text)


@lru_cache(maxsize=8192)
def _parse_number(text: str) -> Decimal | None:
    # Kept: the rules ask again and again about the same few numerals (억, 만, 1, 2024), and the
    # answer depends on the text alone (a Decimal is immutable).
    cleaned = normalize_digits(unicodedata.normalize("NFC", text)).strip()
    if cleaned == _HALF_WORD:
        return Decimal("0.5")
    tokens = _tokenize(cleaned)
    if not tokens:
        return None
    # Enough precision for every digit written plus the largest unit, and a trap on any
    # rounding, so the arithmetic below is exact or fails loudly.
    exact = Context(
        prec=len(cleaned) + 40, traps=[Inexact, InvalidOperation, DivisionByZero, Overflow]
    )
    with localcontext(exact):
        try:
            value = _Parser(tokens).parse()
        except _Reject:
            return None
        if isinstance(value, Fraction):
            value = _fraction_to_decimal(value)
        if value == value.to_integral_value():
            return value.quantize(Decimal(1)) if value else Decimal(0)
        return value
