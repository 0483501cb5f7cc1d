"""parse_number: Korean number expressions to exact Decimals, and None for anything else."""

import unicodedata
from collections.abc import Callable
from decimal import Decimal

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from extractors.numbers import (
    BIG_UNITS,
    FRACTION_PRECISION,
    NATIVE_DETERMINERS,
    NATIVE_NUMERALS,
    SINO_DIGITS,
    SMALL_UNITS,
    normalize_digits,
    parse_number,
)

# (text, expected value as a string so the expectation itself is an exact Decimal)
DIGIT_FORMS = [
    ("4,222", "4222"),
    ("1,270", "1270"),
    ("60.8", "60.8"),
    ("0.25", "0.25"),
    ("1.30", "1.3"),
    ("0", "0"),
    ("2,147,483,648", "2147483648"),
    ("10,455.0124", "10455.0124"),
    (".5", "0.5"),
    ("１２３", "123"),
    ("１，２７０．５", "1270.5"),
    ("  4,222 ", "4222"),
    ("123456789012345678901234567890.123456789", "123456789012345678901234567890.123456789"),
]

MIXED_FORMS = [
    ("4,222억2000만", "422220000000"),
    ("4222억2000만", "422220000000"),
    ("2만6천", "26000"),
    ("2만6000", "26000"),
    ("1조 199억 8200만", "1019982000000"),
    ("3만 766", "30766"),
    ("３만 ７６６", "30766"),
    ("1.5조", "1500000000000"),
    ("3억 5천만", "350000000"),
    ("5천만", "50000000"),
    ("1조3,623", "1000000003623"),
    ("13조 8천570억", "13857000000000"),
    ("4천744억", "474400000000"),
    ("1만 1천21", "11021"),
    ("2백만", "2000000"),
    ("6천", "6000"),
    ("0.5억", "50000000"),
    ("1.5만", "15000"),
    ("1,000만", "10000000"),
    ("105억", "10500000000"),
    ("3천오백", "3500"),
    ("2천 5백", "2500"),
    ("2백구", "209"),
    ("만2345", "12345"),
    ("만 2345", "12345"),
    ("억 2천만", "120000000"),
    ("21억 4748만 3648", "2147483648"),
    ("12억 6만 50", "1200060050"),
    ("10억 60만 5", "1000600005"),
    ("112억 3,597만 3,450", "11235973450"),
    ("9007조 1992억 5474만 991", "9007199254740991"),
    ("12경 450조 7890억", "120450789000000000"),
    ("1해 2345조", "100002345000000000000"),
    ("1만 2천3백4십5", "12345"),
    ("2십1억 4천7백4십8만 3천6백4십8", "2147483648"),
    ("천2백3십4억 5천6백7십8만 9천십2", "123456789012"),
    ("십억 6십만 5", "1000600005"),
    ("9천7조 1천9백9십2억 5천4백7십4만 9백9십1", "9007199254740991"),
]

SINO_FORMS = [
    ("삼천오백만", "35000000"),
    ("일억", "100000000"),
    ("십만", "100000"),
    ("이십삼", "23"),
    ("백", "100"),
    ("천", "1000"),
    ("만", "10000"),
    ("억", "100000000"),
    ("만 이천", "12000"),
    ("일억이천삼백사십오만육천칠백팔십구", "123456789"),
    ("일억 이천삼백사십오만 육천칠백팔십구", "123456789"),
    ("구십구", "99"),
    ("영", "0"),
    ("공", "0"),
    ("빵", "0"),
    ("일천", "1000"),
    ("일만이천삼백사십오", "12345"),
    ("만이천삼백사십오", "12345"),
    ("오십팔만천구백", "581900"),
    ("일억이", "100000002"),
    ("칠천십이억삼천구백팔십만천백이십삼", "701239801123"),
    ("이조 사천오백구십팔억 칠천삼백사십팔만 칠천삼백일십육", "2459873487316"),
    ("이십일억 사천칠백사십팔만삼천륙백사십팔", "2147483648"),
    ("천 이백 삼십 사만 오천 육백 십 일", "12345611"),
    ("이만 구", "20009"),
    ("삼십 일", "31"),
    ("십일", "11"),
]

NATIVE_FORMS = [
    ("한", "1"), ("하나", "1"), ("두", "2"), ("둘", "2"),
    ("세", "3"), ("셋", "3"), ("석", "3"), ("서", "3"),
    ("네", "4"), ("넷", "4"), ("넉", "4"), ("너", "4"),
    ("다섯", "5"), ("여섯", "6"), ("일곱", "7"), ("여덟", "8"), ("아홉", "9"),
    ("열", "10"), ("열한", "11"), ("열하나", "11"), ("열두", "12"), ("열세", "13"),
    ("스무", "20"), ("스물", "20"), ("스물다섯", "25"), ("스물세", "23"),
    ("서른", "30"), ("서른두", "32"), ("마흔", "40"), ("마흔일곱", "47"), ("쉰", "50"),
    ("쉰두", "52"), ("예순", "60"), ("예순아홉", "69"), ("일흔", "70"), ("일흔한", "71"),
    ("여든", "80"), ("여든넷", "84"), ("아흔", "90"), ("아흔아홉", "99"),
    # Sino hundreds and tens with native tens and ones, as counters are read aloud.
    ("백스물셋", "123"), ("천이백서른넷", "1234"), ("만 이천삼백사십다섯", "12345"),
    ("십이만사백쉰여섯", "120456"), ("일만이천세", "12003"), ("백육십세", "163"),
    ("만이천삼백석", "12303"), ("만이천삼백서른넉", "12334"), ("만이천삼백아흔닷", "12395"),
    ("일만이천삼백스무", "12320"), ("십하나", "11"), ("백다섯", "105"),
]  # fmt: skip

FRACTION_AND_DECIMAL_FORMS = [
    ("일과 사분의 일", "1.25"),
    ("4분의 3", "0.75"),
    ("사분의삼", "0.75"),
    ("3/4", "0.75"),
    ("100분의 1", "0.01"),
    ("이와 이분의 일", "2.5"),
    ("이백점 칠일", "200.71"),
    ("영점오", "0.5"),
    ("영점 오", "0.5"),
    ("공점오", "0.5"),
    ("삼점일사", "3.14"),
    ("일점이삼", "1.23"),
    ("사천백이십삼점삼", "4123.3"),
    ("일 점영", "1"),
    ("점오", "0.5"),
    ("일점오억", "150000000"),
]

SIGNED_FORMS = [
    ("-0.7", "-0.7"),
    ("−0.7", "-0.7"),
    ("－３", "-3"),
    ("마이너스 3", "-3"),
    ("마이너스3", "-3"),
    ("마이나스 3", "-3"),
    ("마이너스 삼점오", "-3.5"),
    ("마이너스 이십", "-20"),
    ("마이너스만", "-10000"),
    ("마이너스일만이", "-10002"),
    ("-2십", "-20"),
    ("-2억 7천만", "-270000000"),
    ("+2", "2"),
    ("플러스 이십", "20"),
    ("-1/2", "-0.5"),
    ("-0", "0"),
]

NOT_NUMBERS = [
    # Words that begin with a numeral syllable.
    "억울", "만족", "천안", "조례", "만세", "일자리", "이사", "사과", "오늘", "구청", "육아",
    "칠판", "팔다", "십자가", "일과", "억세", "조세", "만두", "백두", "백세", "천한", "백열",
    "만한", "이하나",
    # Units of measure or currency, and signs, are not part of the number.
    "3억원", "만원", "%", "3분", "10여", "수십억", "두세", "서너",
    # Malformed digits.
    "", "   ", "1,2,3", "4,22", "4,222,", "1..2", "1.", "05", "1 00", "1 0000", "1234 567",
    "1 234,567", "2021.02.03", "1e5",
    "3~5", "1/0", "0분의 1", "2021/02/03", "3/4/5", "3 / 4",
    # Units out of order, repeated, or multiplying nothing allowed.
    "억만", "만억", "천천", "십만억", "일억만", "1억 12000만", "1만 20000", "0만", "영만",
    "해", "경", "1억 0",
    # A digit string is written against its unit.
    "2 만", "2 천5백", "20000 구",
    # Spoken decimals are Sino on both sides of 점.
    "3점4", "3점오", "영점3", "3.오", "삼점", "점", "점5",
    # Native numerals take no big unit and no sign.
    "스무다섯", "열만", "두억", "마이너스 하나", "-서른", "일만 하나",
    # Sign symbols touch a digit string.
    "-", "- 2", "-이십", "마이너스", "--3",
    # Two numbers, not one.
    "이삼", "2 5", "3오", "삼십이십", "12 3456",
    # Half only alone; a spoken decimal never follows digits; a mixed fraction is proper.
    "반반", "3반", "3만점오", "1 3/2", "1 /2",
]  # fmt: skip


def _cases(table: list[tuple[str, str]]) -> list:
    return [pytest.param(text, Decimal(value), id=text) for text, value in table]


@pytest.mark.parametrize(
    ("text", "expected"),
    _cases(
        DIGIT_FORMS
        + MIXED_FORMS
        + SINO_FORMS
        + NATIVE_FORMS
        + FRACTION_AND_DECIMAL_FORMS
        + SIGNED_FORMS
    ),
)
def test_parses_korean_number_forms(text: str, expected: Decimal) -> None:
    value = parse_number(text)
    assert isinstance(value, Decimal)
    assert value == expected


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_returns_none_for_what_is_not_wholly_a_number(text: str) -> None:
    assert parse_number(text) is None


def test_non_terminating_fractions_round_to_documented_precision() -> None:
    assert FRACTION_PRECISION == 28
    assert parse_number("3분의 1") == Decimal("0.3333333333333333333333333333")
    assert parse_number("삼분의 이") == Decimal("0.6666666666666666666666666667")
    assert parse_number("일과 삼분의 일") == Decimal("1.333333333333333333333333333")
    assert parse_number("마이너스 삼분의 일") == Decimal("-0.3333333333333333333333333333")


def test_result_exponents_are_tidy() -> None:
    # Whole results carry no fractional zeros (no '1.5E+12', no '1500000000000.0') ...
    assert str(parse_number("1.5조")) == "1500000000000"
    assert str(parse_number("1.0")) == "1"
    assert str(parse_number("-0")) == "0"
    # ... and other results keep the digits as written.
    assert str(parse_number("1.30")) == "1.30"
    assert str(parse_number("0.25")) == "0.25"


def test_input_is_nfc_normalised() -> None:
    decomposed = unicodedata.normalize("NFD", "삼천오백만")
    assert decomposed != "삼천오백만"
    assert parse_number(decomposed) == Decimal(35000000)


def test_non_string_input_is_a_clear_error() -> None:
    with pytest.raises(TypeError, match="expects str"):
        parse_number(3)  # type: ignore[arg-type]


def test_normalize_digits_maps_full_width_and_minus_sign() -> None:
    assert normalize_digits("１，２３４．５") == "1,234.5"
    assert normalize_digits("−０．７") == "-0.7"
    assert normalize_digits("－３／４＋") == "-3/4+"
    assert normalize_digits("3억 원") == "3억 원"


def test_tables_hold_the_numerals_the_extractor_looks_for() -> None:
    assert SINO_DIGITS["영"] == 0 and SINO_DIGITS["구"] == 9
    assert set(SINO_DIGITS.values()) == set(range(10))
    assert SMALL_UNITS == {"십": 10, "백": 100, "천": 1000}
    assert BIG_UNITS["만"] == 10**4 and BIG_UNITS["억"] == 10**8
    assert BIG_UNITS["조"] == 10**12 and BIG_UNITS["경"] == 10**16
    expected = {"한": 1, "두": 2, "세": 3, "네": 4, "스무": 20, "열": 10, "아흔": 90}
    assert {word: NATIVE_NUMERALS[word] for word in expected} == expected
    assert {"한", "두", "세", "네", "스무"} <= NATIVE_DETERMINERS
    assert "하나" not in NATIVE_DETERMINERS


# --- Properties: render integers in Korean styles with tables independent of the parser -------

_WORD_DIGITS = "영일이삼사오육칠팔구"
_SMALL = (("천", 1000), ("백", 100), ("십", 10))
_MYRIADS = (("경", 10**16), ("조", 10**12), ("억", 10**8), ("만", 10**4), ("", 1))
_FULL_WIDTH = str.maketrans("0123456789,.-", "０１２３４５６７８９，．－")


def _myriad_groups(n: int) -> list[tuple[int, str]]:
    """4222_2000_0000 → [(4222, '억'), (2000, '만')]: non-zero groups, largest first."""
    groups = []
    for name, size in _MYRIADS:
        group, n = divmod(n, size)
        if group:
            groups.append((group, name))
    return groups


def _small_unit_parts(group: int, digit: Callable[[int], str], bare_one: bool) -> str:
    """A group below 10000 in 천/백/십 terms, each coefficient written by `digit`."""
    out = []
    for name, size in _SMALL:
        d, group = divmod(group, size)
        if d:
            out.append(name if d == 1 and bare_one else digit(d) + name)
    if group:
        out.append(digit(group))
    return "".join(out)


def _render(n: int, style: str, data: st.DataObject) -> str:
    if n == 0:
        return {"sino": "영"}.get(style, "0")
    parts = []
    for index, (group, unit) in enumerate(_myriad_groups(n)):
        if style == "digits":
            head = str(group)
        elif style == "commas":
            head = f"{group:,}"
        elif style == "sino":
            head = _small_unit_parts(group, _WORD_DIGITS.__getitem__, data.draw(st.booleans()))
        else:  # mixed: digit coefficients before 천/백/십
            head = _small_unit_parts(group, str, data.draw(st.booleans()))
        # 만/억/조 alone mean one of them at the start of a number (`만 이천`, `억 2천만`).
        if group == 1 and index == 0 and unit in ("만", "억", "조") and data.draw(st.booleans()):
            head = ""
        parts.append(head + unit)
    joiner = " " if data.draw(st.booleans()) else ""
    return joiner.join(parts)


@given(
    n=st.one_of(
        st.integers(min_value=0, max_value=10**16),
        st.sampled_from([0, 1, 10, 10**4, 10**8, 10**12, 10**16, 10001, 100010000, 9999_9999]),
    ),
    style=st.sampled_from(["digits", "commas", "sino", "mixed"]),
    data=st.data(),
)
def test_rendered_integers_parse_back(n: int, style: str, data: st.DataObject) -> None:
    text = _render(n, style, data)
    assert parse_number(text) == n, text
    # The extractor strips currency first: with the unit left on it is not a number.
    assert parse_number(text + "원") is None


@given(n=st.integers(min_value=0, max_value=10**16), data=st.data())
def test_rendered_integers_parse_back_in_full_width(n: int, data: st.DataObject) -> None:
    text = _render(n, data.draw(st.sampled_from(["digits", "commas", "mixed"])), data)
    assert parse_number(text.translate(_FULL_WIDTH)) == n


@given(
    st.decimals(
        min_value=-(10**15), max_value=10**15, places=4, allow_nan=False, allow_infinity=False
    ),
    st.booleans(),
)
@example(Decimal("0.0001"), False)
@example(Decimal("-1234567.8900"), True)
def test_decimals_round_trip_exactly(value: Decimal, commas: bool) -> None:
    text = format(value, ",f" if commas else "f")
    assert parse_number(text) == value, text


@given(
    whole=st.integers(min_value=0, max_value=99_999_999),
    decimals=st.text(alphabet="0123456789", min_size=1, max_size=6),
    data=st.data(),
)
def test_spoken_decimals_round_trip(whole: int, decimals: str, data: st.DataObject) -> None:
    spoken = "".join(_WORD_DIGITS[int(d)] for d in decimals)
    text = f"{_render(whole, 'sino', data)}점{spoken}"
    assert parse_number(text) == Decimal(f"{whole}.{decimals}"), text


@given(st.text(alphabet=st.sampled_from("0123456789,.-/ 일이삼십백천만억조점분의과열두세한원")))
def test_any_text_gives_a_decimal_or_none(text: str) -> None:
    result = parse_number(text)
    assert result is None or isinstance(result, Decimal)


@given(st.text())
def test_arbitrary_unicode_never_raises(text: str) -> None:
    result = parse_number(text)
    assert result is None or isinstance(result, Decimal)


# Forms beyond the corpus: grouping by spaces, spoken spellings, halves, signed numerators.
MORE_FORMS = [
    ("1 234 567", "1234567"),
    ("12 500", "12500"),
    ("3\u202f000\u202f000", "3000000"),
    ("7\u00a0250.5", "7250.5"),
    ("-2 400", "-2400"),
    ("사쩜오", "4.5"),
    ("음수 칠십", "-70"),
    ("반", "0.5"),
    ("칠분의 마이너스 일곱", None),
    ("사분의 마이너스 이", "-0.5"),
    ("10분의 마이너스 3", "-0.3"),
    ("이십과 사분의 여덟", "22"),
    ("3 1/2", "3.5"),
    ("-2 3/4", "-2.75"),
    ("오만점오", "50000.5"),
    ("구억칠천만점이오", "970000000.25"),
]


@pytest.mark.parametrize(("text", "expected"), MORE_FORMS, ids=[t for t, _ in MORE_FORMS])
def test_forms_beyond_the_corpus(text: str, expected: str | None) -> None:
    assert parse_number(text) == (None if expected is None else Decimal(expected))


def test_spoken_decimal_after_a_big_unit_found_by_fuzzing() -> None:
    # `make fuzz` found 삼만점영 (30000.0) rejected: a point after 만 was taken for `1억 점오`.
    assert parse_number("삼만점영") == Decimal("30000")
    assert parse_number("1억 점오") is None
