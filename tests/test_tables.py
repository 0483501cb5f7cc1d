"""Plain-text table lines: cells, the head row, the year a column names; and the figures in
their cells (extractors/table_figures.py)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractors.figures import extract_figures
from extractors.tables import cell_at, cells, column_year, head_line, label_name, row_label

TABLE = "실적은 다음과 같다.\n구분 | 2024년 | '25년\n목표 | 9천개 | 1만개\n"


def test_cells_follow_the_line_s_separator() -> None:
    assert cells("a | b | c") == ["a ", " b ", " c"]
    assert cells("a  b\tc") == ["a", "b", "c"]
    assert cells("a b c") == ["a", "b", "c"]
    assert cells("a b  c") == ["a b", "c"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # single spaces: the words before the first number are the row's label
        ("해외 관광객 수 1,204 1,388 15.3", ["해외 관광객 수", "1,204", "1,388", "15.3"]),
        ("65세 이상 7,210 7,604", ["65세 이상", "7,210", "7,604"]),
        ("구분 2024년 2025년 증감률", ["구분", "2024년", "2025년", "증감률"]),
        # wide gaps: numbers one space after the label's words are cells of their own
        ("여성 참가율 55.1    56.0    0.9", ["여성 참가율", "55.1", "56.0", "0.9"]),
        ("2025년 3월    2026년 3월", ["2025년 3월", "2026년 3월"]),
    ],
)
def test_a_label_of_several_words(line: str, expected: list[str]) -> None:
    assert cells(line) == expected
    at = line.rindex(expected[-1])
    assert cell_at(line, at)[1] == len(expected) - 1


def test_a_cell_s_column_and_its_head() -> None:
    at = TABLE.index("1만개")
    line, column, before = cell_at(TABLE, at)
    assert (line, column, before) == ("목표 | 9천개 | 1만개", 2, " ")
    head = head_line(TABLE, at)
    assert head == "구분 | 2024년 | '25년"
    assert [column_year(head, n) for n in range(4)] == [None, 2024, 2025, None]


@pytest.mark.parametrize(
    ("at", "head"),
    [
        (0, None),  # prose
        (TABLE.index("2024"), None),  # the head row itself has no head above it
        (TABLE.index("9천개"), "구분 | 2024년 | '25년"),
        (len(TABLE), None),  # past the last line
    ],
)
def test_the_head_of_a_row(at: int, head: str | None) -> None:
    assert head_line(TABLE, at) == head


def test_a_row_label_and_its_name() -> None:
    assert row_label("| 예산(억원) | 820 | 905 |") == "예산(억원)"
    assert row_label("신규 채용(명)\t120\t135") == "신규 채용(명)"
    assert label_name("예산(억원)") == "예산"
    assert label_name("달성률") == "달성률"


def test_a_row_whose_label_names_its_unit() -> None:
    text = (
        "연도별 성과는 아래와 같다.\n"
        "구분 | 2024년 | 2025년\n"
        "신규 채용(명) | 1,240 | 1,315\n"
        "지원 예산(억원) | 82.5 | 90\n"
        "취업률(%) | 61.2 | 63.8\n"
        "참여 기업 | 41 | 57\n"
    )
    got = [(f.surface, f.kind, f.value, f.unit) for f in extract_figures(text)]
    assert got == [
        ("1,240", "count", 1240, "명"),
        ("1,315", "count", 1315, "명"),
        ("82.5", "money", 8250000000, "KRW"),
        ("90", "money", 9000000000, "KRW"),
        ("61.2", "percent", Decimal("61.2"), "%"),
        ("63.8", "percent", Decimal("63.8"), "%"),
    ]  # a row with no unit anywhere (`참여 기업`) is no figure


def test_a_label_in_parentheses_in_prose_is_no_table() -> None:
    assert extract_figures("올해 목표(개) 수는 12 정도다.") == []


def test_column_heads_name_units_and_rates() -> None:
    text = (
        "시도별 | 신생아(명) | 혼인(건) | 전년비(%)\n"
        "한빛시 | 4,120 | 2,310 | 3.5\n"
        "| 누리군 | 380 | 215 | -1.2 |\n"
    )
    got = [(f.surface, f.kind, f.value, f.unit) for f in extract_figures(text)]
    assert got == [
        ("4,120", "count", 4120, "명"),
        ("2,310", "count", 2310, "건"),
        ("3.5", "percent", Decimal("3.5"), "%"),
        ("380", "count", 380, "명"),
        ("215", "count", 215, "건"),
        ("-1.2", "percent", Decimal("-1.2"), "%"),
    ]


def test_a_table_of_rates_and_their_changes_in_points() -> None:
    text = (
        "주요 지표 (단위: %, %p)\n"
        "구분 | 고용률 | 전년 대비 | 실업률 | 증감\n"
        "한빛시 | 61.4 | 0.7 | 3.2 | -0.4\n"
    )
    got = [(f.surface, f.value, f.unit) for f in extract_figures(text)]
    assert got == [
        ("61.4", Decimal("61.4"), "%"),
        ("0.7", Decimal("0.7"), "%p"),
        ("3.2", Decimal("3.2"), "%"),
        ("-0.4", Decimal("-0.4"), "%p"),
    ]


def test_an_amount_a_count_and_a_rate_named_by_their_columns_heads() -> None:
    text = (
        "(단위: 억원, 개, %)\n"
        "연도 | 일자리 예산 | 목표 일자리 | 달성 일자리 | 고용률\n"
        "2022 | 1,412 | 1만6000 | 1만7215 | 64.8\n"
    )
    got = [(f.surface, f.kind, f.value, f.unit) for f in extract_figures(text)]
    assert got == [
        ("1,412", "money", 141200000000, "KRW"),
        ("1만6000", "count", 16000, "개"),
        ("1만7215", "count", 17215, "개"),
        ("64.8", "percent", Decimal("64.8"), "%"),
    ]


def test_a_rates_goal_and_result_columns_are_in_percent_beside_counts() -> None:
    text = (
        "<연도별 목표와 실적> (단위: 개, %)\n"
        "연도 | 일자리 목표 | 일자리 실적 | 고용률 목표 | 고용률 실적\n"
        "2023 | 31,000 | 32,140 | 66.0 | 66.4\n"
    )
    got = [(f.surface, f.value, f.unit) for f in extract_figures(text)]
    assert got == [
        ("31,000", 31000, "개"),
        ("32,140", 32140, "개"),
        ("66.0", Decimal("66.0"), "%"),
        ("66.4", Decimal("66.4"), "%"),
    ]


def test_a_unit_note_under_the_table_and_rows_of_goals() -> None:
    # the note stands alone on the line after the last row; a rate's goal row is in %
    text = (
        "[한빛시 일자리 예산·목표 추이]\n"
        "구분 | 2019년 | 2020년\n"
        "일자리 예산 | 2,870 | 3,615\n"
        "일자리 목표 | 22,161 | 24,000\n"
        "고용률 목표 | 65.0 | 66.0\n"
        "(단위: 억원, 개, %)\n"
        "시장은 예산을 늘리겠다고 말했다.\n"
    )
    got = [(f.surface, f.value, f.unit) for f in extract_figures(text)]
    assert got == [
        ("2,870", 287000000000, "KRW"),
        ("3,615", 361500000000, "KRW"),
        ("22,161", 22161, "개"),
        ("24,000", 24000, "개"),
        ("65.0", Decimal("65.0"), "%"),
        ("66.0", Decimal("66.0"), "%"),
    ]


# Cells and items under a note of one unit (`(단위: 억원)`), and under notes of several units:
# `test_cells_in_the_units_of_a_note` reads both.
ONE_UNIT_NOTES = [
    # a cell that writes a larger magnitude itself is read with the unit after its digits
    # (`1조240` is 1조 240억); Kiwi may tag the second cell's 조 a noun
    (
        "(단위: 억원)\n| 분야 | 2021년 | 2022년 |\n| 사회복지 | 3조1,240 | 3조4,580 |\n"
        "| 일자리 | 9,870 | 1조240 |\n도는 예산을 늘렸다.\n",
        [
            ("3조1,240", 3124000000000, "KRW"),
            ("3조4,580", 3458000000000, "KRW"),
            ("9,870", 987000000000, "KRW"),
            ("1조240", 1024000000000, "KRW"),
        ],
    ),
    # written a space apart (`2조 9,953`) it is one cell; `2조` alone is written whole
    (
        "(단위: 억원)\n| 사업 | 2025년 | 총사업비 |\n"
        "| 고속도로 | 1,005 | 2조 9,953 |\n| 철도 | 300 | 2조 |\n",
        [
            ("1,005", 100500000000, "KRW"),
            ("2조 9,953", 2995300000000, "KRW"),
            ("300", 30000000000, "KRW"),
            ("2조", 2000000000000, "KRW"),
        ],
    ),
    # two amounts in the note: what each one is given (`1인당`) takes the smaller; a head
    # with a year and what it holds (`2023년 예산`) names the column, not a time the rows
    # run by
    (
        "(단위: 억원, %, 만원)\n시군 | 2023년 예산 | 재정자립도 | 채무 잔액 | 1인당 채무\n"
        "한빛 | 30,870 | 33.2 | 1,240 | 19\n",
        [
            ("30,870", 3087000000000, "KRW"),
            ("33.2", Decimal("33.2"), "%"),
            ("1,240", 124000000000, "KRW"),
            ("19", 190000, "KRW"),
        ],
    ),
    # the note stands in the sentence, the list's items end on bare numbers in its unit
    (
        "주요 편성 내역(단위: 억원)은 ○노인 일자리 412 ○청년 정착 지원 96 등이다.",
        [("412", 41200000000, "KRW"), ("96", 9600000000, "KRW")],
    ),
    # a note in a sentence with no list reads no number
    ("올해 예산(단위: 억원)은 3년 전보다 늘었다.", []),
    # the note ends a heading, the items fill the line under it
    (
        "□ 분야별 일자리 예산 (단위: 억원)\n○ 직접일자리 2조8,000 ○ 직업훈련 2조1,000\n"
        "취약계층 참여 인원은 늘어난다.",
        [("2조8,000", 2800000000000, "KRW"), ("2조1,000", 2100000000000, "KRW")],
    ),
    # a row's own unit in parentheses wins over the note's one unit
    (
        "□ 연도별 일자리 예산 추이 (단위: 억원)\n구분 | 2016년 | 2017년\n일자리 예산 | 1,245 | "
        "1,297\n전체 예산 대비 비중(%) | 8.9 | 9.1",
        [
            ("1,245", 124500000000, "KRW"),
            ("1,297", 129700000000, "KRW"),
            ("8.9", Decimal("8.9"), "%"),
            ("9.1", Decimal("9.1"), "%"),
        ],
    ),
    # the rows end at an interviewer's question (`- 올해 목표는.`) and a quoted answer
    # (`"…만들겠다."`): prose, where a bare number takes no unit from the table above
    (
        "◇ 연도별 일자리 창출 실적 (단위: 개)\n구분 | 2024년 | 2025년\n실적 | 3,916 | 4,274\n"
        '- 올해 목표는.\n"올해는 4500 이상을 만들겠다."',
        [("3,916", 3916, "개"), ("4,274", 4274, "개")],
    ),
]


def test_a_unit_note_in_prose_after_a_table_of_its_own() -> None:
    # a note above the next table is that table's, not the one it follows
    text = (
        "구분 | 2024년 | 2025년\n"
        "목표(개) | 40 | 55\n"
        "\n"
        "예산 현황 (단위: 억원)\n"
        "구분 | 2024년 | 2025년\n"
        "예산 | 12 | 15\n"
    )
    got = [(f.surface, f.unit) for f in extract_figures(text)]
    assert got == [("40", "개"), ("55", "개"), ("12", "KRW"), ("15", "KRW")]


def test_labels_name_a_cell_s_metric_or_subject() -> None:
    from articles import article

    from pipeline.run.extract import extract_article

    body = (
        "주요 지표 (단위: %, %p)\n"
        "구분 | 취업률 | 전년 대비\n"
        "한빛시 | 71.0 | 1.1\n"
        "\n"
        "시군별 | 귀농 가구(가구) | 전년비(%)\n"
        "누리군 | 312 | 4.0\n"
        "\n"
        "구분 | 2024년 | 2025년\n"
        "청년 창업 목표(곳) | 40 | 55\n"
    )
    got = [
        (f.surface, f.metric, f.subject)
        for f in extract_article(article("2025-03-01", "지표", body)).figures
    ]
    assert got == [
        ("71.0", "취업률", None),
        ("1.1", "취업률", None),  # the change of the rate before it
        ("312", None, "귀농 가구"),
        ("4.0", "증감률", None),  # a change in percent of the row's count, signed
        ("40", None, "청년 창업"),
        ("55", None, "청년 창업"),
    ]


SEVERAL_UNIT_NOTES = [
    # one unit per column, in the head row's order
    (
        "<학교 현황> (단위: 개교, 학급, 명)\n구분 | 학교 수 | 학급 수 | 학급당 학생 수\n"
        "초등 | 610 | 12,240 | 21.5\n",
        [("610", 610, "개교"), ("12,240", 12240, "학급"), ("21.5", Decimal("21.5"), "명")],
    ),
    # a column's head names its unit; the one left goes to the rest; labels are no cells
    (
        "(단위: 건, 명)\n구분 | 사고 건수 | 사망자 | 부상자\n0~19세 | 3,910 | 29 | 210\n",
        [("3,910", 3910, "건"), ("29", 29, "명"), ("210", 210, "명")],
    ),
    # the head row is no row of figures; a `대비` column beside amounts holds their rate
    (
        "(단위: 호, %)\n구분 | 1~9월 | 전년 동기 대비\n착공 | 18,230 | -12.0\n",
        [("18,230", 18230, "호"), ("-12.0", Decimal("-12.0"), "%")],
    ),
    # a unit in a label's parentheses is no figure itself
    (
        "구분 | 2024년 | 2025년\n출생아 수(천 명) | 23.8 | 25.4\n",
        [("23.8", 23800, "명"), ("25.4", 25400, "명")],
    ),
    # numbers with their big units in cells; a row labelled as a rate is in %
    (
        "(단위: 개, %)\n구분 | 2023년 | 2024년\n목표 | 2만7000 | 2만8500\n달성률 | 101.4 | 103\n",
        [
            ("2만7000", 27000, "개"),
            ("2만8500", 28500, "개"),
            ("101.4", Decimal("101.4"), "%"),
            ("103", 103, "%"),
        ],
    ),
    # a count and an amount under a head of years: the rows say which (money for `…효과`)
    (
        "(단위: 만 명, 억원)\n구분 | 2024년 | 2025년\n방문객 | 52.1 | 60\n"
        "경제 파급효과 | 410 | 455\n",
        [
            ("52.1", 521000, "명"),
            ("60", 600000, "명"),
            ("410", 41000000000, "KRW"),
            ("455", 45500000000, "KRW"),
        ],
    ),
    # a column of a rate named by its suffix (재정자립도) under an amount and %
    (
        "(단위: 억원, %)\n시도 | 본예산 | 재정자립도\n한빛 | 51,200 | 61.3\n",
        [("51,200", 5120000000000, "KRW"), ("61.3", Decimal("61.3"), "%")],
    ),
    # a table ends where the next one's header starts, even with no blank line between
    (
        "<표1> (단위: 억원)\n구분 | 2024 | 2025\n예산 | 100 | 120\n"
        "<표2> (단위: 명)\n구분 | 2024 | 2025\n인원 | 30 | 40\n",
        [
            ("100", 10000000000, "KRW"),
            ("120", 12000000000, "KRW"),
            ("30", 30, "명"),
            ("40", 40, "명"),
        ],
    ),
    # three units: a change column in its left neighbour's unit, a rate's change in points;
    # a year head with a note (`2026(안)`) is a year
    (
        "(단위: 천명, %, %p)\n구분 | 취업자 | 증감 | 고용률 | 전년동월비\n"
        "청년 | 3,650 | -120 | 45.2 | -0.8\n",
        [
            ("3,650", 3650000, "명"),
            ("-120", -120000, "명"),
            ("45.2", Decimal("45.2"), "%"),
            ("-0.8", Decimal("-0.8"), "%p"),
        ],
    ),
    (
        "(단위: 만 가구, 억원)\n구분\t2025\t2026(안)\n수급 가구\t158.0\t164.3\n"
        "지급액\t29,512\t31,459\n",
        [
            ("158.0", 1580000, "가구"),
            ("164.3", 1643000, "가구"),
            ("29,512", 2951200000000, "KRW"),
            ("31,459", 3145900000000, "KRW"),
        ],
    ),
    # an amount and %: a row naming its own unit (`전환율(%)`) is in it, under year heads
    (
        "(단위: 명, %)\n구분 | 2023년 | 2024년 | 2025년(목표)\n"
        "참여 인원(명) | 310 | 380 | 450\n정규직 전환율(%) | 63.5 | 72.1 | 75\n",
        [
            ("310", 310, "명"),
            ("380", 380, "명"),
            ("450", 450, "명"),
            ("63.5", Decimal("63.5"), "%"),
            ("72.1", Decimal("72.1"), "%"),
            ("75", 75, "%"),
        ],
    ),
    # times as column heads (`2024.10`, `2025년`): the rows say what they hold, a rate row
    # in %, its change in points, a count row's change in the count's unit
    (
        "(단위: 천명, %, %p)\n구분 | 2024.10 | 2025.10 | 증감 | 증감률\n"
        "취업자 | 28,847 | 29,040 | 193 | 0.7\n고용률 | 63.1 | 63.4 | 0.3 | -\n",
        [
            ("28,847", 28847000, "명"),
            ("29,040", 29040000, "명"),
            ("193", 193000, "명"),
            ("0.7", Decimal("0.7"), "%"),
            ("63.1", Decimal("63.1"), "%"),
            ("63.4", Decimal("63.4"), "%"),
            ("0.3", Decimal("0.3"), "%p"),
        ],
    ),
    (
        "(단위: 천명, %, %p)\n구분\t2024년\t2025년\t증감\n취업자\t27,996\t28,189\t193\n"
        "고용률(%)\t62.9\t63.1\t0.2\n",
        [
            ("27,996", 27996000, "명"),
            ("28,189", 28189000, "명"),
            ("193", 193000, "명"),
            ("62.9", Decimal("62.9"), "%"),
            ("63.1", Decimal("63.1"), "%"),
            ("0.2", Decimal("0.2"), "%p"),
        ],
    ),
    # words before a header's unit say which columns it is for; a label of several words
    # one space before the first cell, the others apart by wide gaps
    (
        "(단위: 천 명, %, 전년 대비 %p)\n구분      2025년 3월    2026년 3월    증감\n"
        "여성 취업자 12,310    12,402    92\n여성 고용률 54.8    55.3    0.5\n",
        [
            ("12,310", 12310000, "명"),
            ("12,402", 12402000, "명"),
            ("92", 92000, "명"),
            ("54.8", Decimal("54.8"), "%"),
            ("55.3", Decimal("55.3"), "%"),
            ("0.5", Decimal("0.5"), "%p"),
        ],
    ),
    # beside an amount, a column naming a rate's change is in points
    (
        "(단위: 가구, %p)\n구분 | 2024년 | 2025년 | 비중 증감\n1인 가구 | 8,120 | 8,433 | 1.2\n",
        [("8,120", 8120, "가구"), ("8,433", 8433, "가구"), ("1.2", Decimal("1.2"), "%p")],
    ),
    # single spaces: the words before the first number are the label
    (
        "(단위: 천 명, %)\n구분 2024년 2025년 증감률\n단체 관광객 1,250 1,400 12.0\n",
        [
            ("1,250", 1250000, "명"),
            ("1,400", 1400000, "명"),
            ("12.0", Decimal("12.0"), "%"),
        ],
    ),
    # a head row of months in digits is no row of cells
    (
        "(단위: 천 명, %)\n구분  2025.4  2026.4\n구직자  1,020  1,100\n참가율  55.0  57.5\n",
        [
            ("1,020", 1020000, "명"),
            ("1,100", 1100000, "명"),
            ("55.0", Decimal("55.0"), "%"),
            ("57.5", Decimal("57.5"), "%"),
        ],
    ),
    # beside an amount, a change on the same month of the year before is a rate
    (
        "(단위: 억 달러, %)\n품목 | 3월 | 전년동월비\n반도체 | 120 | 8.4\n",
        [("120", 12000000000, "USD"), ("8.4", Decimal("8.4"), "%")],
    ),
    # two units for three columns, none named by its head: not read
    ("(단위: 가구, 명)\n구분 | 읍 | 면 | 동\n인구 | 31 | 8 | 5\n", []),
    # ... unless the rows are years: the counters go to the columns in order, the last one
    # on to the columns after it
    (
        "(단위: 곳, 명)\n협약 연도 | 협약 기업 | 약속 고용 | 실제 고용\n2021년 | 14 | 1,230 | 842",
        [("14", 14, "곳"), ("1,230", 1230, "명"), ("842", 842, "명")],
    ),
    # columns headed by bare years (`2020 | 2021`, no 년): the rows say which unit
    (
        "(단위: 억원, 개)\n구분 | 2020 | 2021\n예산 | 344 | 412\n사업 수 | 72 | 87",
        [
            ("344", Decimal("34400000000"), "KRW"),
            ("412", Decimal("41200000000"), "KRW"),
            ("72", 72, "개"),
            ("87", 87, "개"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ONE_UNIT_NOTES + SEVERAL_UNIT_NOTES)
def test_cells_in_the_units_of_a_note(text: str, expected: list) -> None:
    assert [(f.surface, f.value, f.unit) for f in extract_figures(text)] == expected


def test_table_cells_take_the_unit_of_the_header() -> None:
    text = (
        "분야별 예산은 아래와 같다.\n"
        "(단위: 억원)\n"
        "분야 2025 2026\n"
        "복지 418 455.5\n"
        "교통 △37 1,020\n"
        "\n"
        "군은 예산을 다음 달 확정한다."
    )
    figures = extract_figures(text)
    assert [(f.kind, f.value, f.unit, f.surface) for f in figures] == [
        ("money", Decimal(v), "KRW", s)
        for v, s in [
            ("41800000000", "418"),
            ("45550000000", "455.5"),
            ("3700000000", "37"),
            ("102000000000", "1,020"),
        ]
    ]
    assert all(text[f.start : f.end] == f.surface for f in figures)


def test_a_row_of_labels_and_their_figures_on_one_line() -> None:
    # not a head row, though letters follow its first label; a range's start is no cell
    text = (
        "■ 연도별 공약사업비 집행액 (단위: 억원)\n"
        "▲2018년 하반기 2,110 ▲2019년 5,840 ▲2022년 1~5월 1,106\n"
        "\n"
        "시는 사업을 이어간다."
    )
    figures = extract_figures(text)
    assert [(f.value, f.surface) for f in figures] == [
        (Decimal("211000000000"), "2,110"),
        (Decimal("584000000000"), "5,840"),
        (Decimal("110600000000"), "1,106"),
    ]


@pytest.mark.parametrize(
    ("header", "kind", "unit", "scale"),
    [
        ("(단위: 천원)", "money", "KRW", 1000),
        ("[단위 : 백만 달러]", "money", "USD", 10**6),
        ("(단위: 명)", "count", "명", 1),
        ("(단위:%)", "percent", "%", 1),
    ],
)
def test_table_header_units(header: str, kind: str, unit: str, scale: int) -> None:
    got = [(f.kind, f.unit, f.value) for f in extract_figures(f"{header}\n읍 31 8\n")]
    assert got == [(kind, unit, Decimal(31 * scale)), (kind, unit, Decimal(8 * scale))]


def test_a_table_with_several_units_or_none_is_not_read() -> None:
    assert extract_figures("(단위: 억원, 명)\n읍 31 8\n") == []
    assert extract_figures("구분 2025 2026\n읍 31 8\n") == []


@pytest.mark.parametrize(
    "table",
    [
        "(단위: 억원, %)\n구분 | 2025년 | 2026년 | 증감률\n복지 | 1,200 | 1,260 | 5.0\n",
        "(단위: 억원, %)\n구분  2025년  2026년  증감\n복지  1,200  1,260  60(5.0)\n",
    ],
)
def test_a_table_of_amounts_and_rates(table: str) -> None:
    got = [(f.kind, f.value, f.surface) for f in extract_figures(table)]
    amounts = [("money", Decimal(v) * 10**8, s) for v, s in [(1200, "1,200"), (1260, "1,260")]]
    if "60(" in table:
        amounts.append(("money", Decimal(60) * 10**8, "60"))
    assert got == [*amounts, ("percent", Decimal("5.0"), "5.0")]


def _cells(body: str) -> list[tuple[str, str | None, str | None]]:
    from articles import article

    from pipeline.run.extract import extract_article

    return [
        (f.surface, f.metric, f.subject)
        for f in extract_article(article("2025-03-01", "현황", body)).figures
        if f.section == "body"
    ]


def test_a_column_head_names_what_its_cells_count() -> None:
    body = (
        "<읍면별 마을 현황> (단위: 개, 명)\n"
        "읍면 | 경로당 수 | 이용 인원\n"
        "누리읍 | 31 | 820\n"
        "합계 | 45 | 1,210\n"
    )
    assert _cells(body) == [
        ("31", None, "경로당"),  # `경로당 수`: the measure names what the noun before counts
        ("820", None, "이용 인원"),
        ("45", None, "경로당"),
        ("1,210", None, "이용 인원"),
    ]


def test_a_row_naming_a_kind_of_what_the_column_counts() -> None:
    body = "(단위: 곳, 명)\n구분 | 기관 수 | 종사자 수\n노인복지센터 | 12 | 340\n요양원 | 7 | 96\n"
    assert _cells(body) == [
        ("12", None, "노인복지센터"),  # a centre is a kind of 기관
        ("340", None, "종사자"),
        ("7", None, "기관"),  # 요양원 ends in no word of bodies: the column says it
        ("96", None, "종사자"),
    ]


def test_a_head_that_is_a_breakdown_leaves_the_row_to_name_it() -> None:
    body = "(단위: 호)\n구분 | 북부지구 | 남부지구\n임대주택 | 1,200 | 800\n"
    assert _cells(body) == [("1,200", None, "임대주택"), ("800", None, "임대주택")]


def test_a_table_s_title_names_what_rows_of_no_name_count() -> None:
    body = (
        "<수령별 보호수 현황> (단위: 그루)\n"
        "수령 | 그루수\n"
        "100년 미만 | 52\n"
        "합계 | 130\n"
        "\n"
        "<업종별 산업재해 사망자 현황>\n"
        "구분 | 2023년(명) | 2024년(명) | 증감률(%)\n"
        "숙박업 | 41 | 38 | -7.3\n"
        "\n"
        "<연령별 등록 인구> (단위: 명, %)\n"
        "연령 | 인구 | 비중\n"
        "20~29세 | 9,810 | 12.4\n"
    )
    assert _cells(body) == [
        ("52", None, "보호수"),  # `그루수` is the counter and 수: the title names what is counted
        ("130", None, "보호수"),
        ("41", None, "숙박업 산업재해 사망자"),  # the people at an industry
        ("38", None, "숙박업 산업재해 사망자"),
        ("-7.3", "증감률", None),
        ("9,810", None, "20~29세 인구"),  # an age range: the title's head noun names them
        ("12.4", "비중", None),
    ]


def test_a_title_that_names_a_plan_names_no_cell() -> None:
    body = "< 택지 공급 계획 > (단위: 호)\n구분 | 동지구 | 서지구\n전체 | 3,000 | 2,500\n"
    assert _cells(body) == [("3,000", None, None), ("2,500", None, None)]


def test_change_columns_of_counts_and_of_percents() -> None:
    body = "(단위: 건, %)\n구분 | 1~6월 | 전년 동기 대비 | 증감\n허가 | 4,210 | -3.1 | 12\n"
    got = _cells(body)
    assert ("-3.1", "증감률", None) in got  # a change of the row's amount, in percent
    assert ("4,210", None, "허가") in got


def test_rows_that_are_values_of_a_breakdown_take_what_the_title_counts() -> None:
    body = (
        "<시설 유형별 이용 건수 현황> (단위: 건)\n"
        "구분 | 2023년 | 2024년\n"
        "공공체육관 | 12,400 | 13,100\n"
        "\n"
        "<연도별 위생 점검 결과> (단위: 곳)\n"
        "구분 | 2023년 | 2024년\n"
        "점검 업소 | 3,210 | 2,980\n"
    )
    got = _cells(body)
    # a value of 시설 유형, and what the title counts of it
    assert ("12,400", None, "공공체육관 이용") in got
    # a breakdown by years runs through the columns: the row names what is counted
    assert ("3,210", None, "점검 업소") in got


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        # 단위 with an equals sign or a space, a basis beside the unit, a caption of a basis
        ("(단위 억원)\n구분 | 2025 | 2026\n교통 | 410 | 455\n", [41000000000, 45500000000]),
        ("[단위=명]\n구분 | 2025 | 2026\n귀농 | 410 | 455\n", [410, 455]),
        ("(단위: 명, 2025년 말 기준)\n구분 | 남 | 여\n귀농 | 410 | 455\n", [410, 455]),
        ("(2025년 12월 현재, 가구)\n구분 | 읍 | 면\n귀촌 | 410 | 455\n", [410, 455]),
        # a unit alone in brackets ending the title line above the table
        ("<읍면별 귀촌 가구> (가구)\n읍면 | 2025 | 2026\n동면 | 410 | 455\n", [410, 455]),
        ("(억원)\n구분 2025 2026\n도로 410 455\n", [41000000000, 45500000000]),
        # what an amount is paid per after a slash is no unit of its own
        ("(단위: 만원/월)\n구분 2025 2026\n청년 수당 25 28\n", [250000, 280000]),
        ("<요금> (단위: 원/년)\n구분 | 기존 | 변경\n가입비 | 12,000 | 15,000\n", [12000, 15000]),
        ("(단위: 천원/인)\n구분 | 2025 | 2026\n교육비 | 520 | 560\n", [520000, 560000]),
        # a title's unit glued to it, above the head row of years, is the table's
        ("시도별 출생아 수(명)\n구분 2024 2025\n서울 410 455\n", [410, 455]),
        # a column head's unit glued to it is no unit of the table
        (
            "(단위: 억원)\n구분 2025년 2026년 증감률(%)\n도로 410 455 11.0\n",
            [41000000000, 45500000000, Decimal("11.0")],
        ),
    ],
)
def test_table_captions_that_name_a_unit(table: str, expected: list[int]) -> None:
    assert [f.value for f in extract_figures(table)] == [Decimal(v) for v in expected]


def test_a_figure_in_brackets_ending_a_line_is_no_unit() -> None:
    text = "◎ 과장 승진(3명)\n◎ 팀장 전보(12명)\n◎ 주무관 신규(7명)\n"
    assert [f.value for f in extract_figures(text)] == [3, 12, 7]
    assert extract_figures("담당 부서(과)\n구분 | 2025\n교통 | 410\n") == []


def test_a_header_that_names_what_the_cells_are_compared_with() -> None:
    from articles import article

    from pipeline.run.extract import extract_article

    body = (
        "<시도별 생산 증감> (단위: 전년동월대비, %)\n구분 | 광공업 | 건설업\n가람도 | 3.1 | -0.4\n"
    )
    got = [
        (f.surface, f.value, f.unit, f.metric)
        for f in extract_article(article("2025-03-01", "지표", body)).figures
    ]
    assert got == [
        ("3.1", Decimal("3.1"), "%", "증감률"),
        ("-0.4", Decimal("-0.4"), "%", "증감률"),
    ]
    # a unit after the words of comparison is that part's unit
    text = "(단위: 천명, 전년비 %p)\n구분 | 2025 | 2026 | 증감\n고용률 | 60.1 | 60.9 | 0.8\n"
    assert [f.unit for f in extract_figures(text)][-1] == "%p"


def test_two_short_cells_apart_by_one_bar_are_a_row() -> None:
    from extractors.tables import is_row

    assert is_row("공공일자리 | 1,842")
    assert is_row("분야 | 예산")
    # a bar inside a sentence, or without spaces around it, is no table
    assert not is_row(
        "시는 올해 일자리 예산을 크게 늘렸다 | 홍길동 기자가 전한다는 소식이 이어진다고 밝혔다"
    )
    assert not is_row("A|B")
