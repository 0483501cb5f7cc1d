"""Budget lines of building, names joined by a middle dot, lists by field (docs/guideline.md,
"Programs"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from articles import program_names as names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a line of building with its own amount in a list presented as programs, as 조성 is
        (
            "주요 사업은 ▲나주 에너지 실증플랫폼 구축 40억 원 ▲영산강 생태탐방로 조성 "
            "6억 원 등이다.",
            ["나주 에너지 실증플랫폼 구축", "영산강 생태탐방로 조성"],
        ),
        # a budget that only holds the line keeps it out
        ("▲나주 에너지 실증플랫폼 구축 40억 원 ▲도로 재포장 5억 원 등을 편성했다.", []),
    ],
)
def test_line_of_building(text: str, expected: list[str]) -> None:
    assert sorted(names(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a middle dot glued between two nouns joins two words of one line's name
        (
            "주요 사업은 ▲귀농인·귀촌인 빈집 수리 지원 3억 원 ▲청년 창업 지원사업 5억 원 등이다.",
            ["귀농인·귀촌인 빈집 수리 지원", "청년 창업 지원사업"],
        ),
    ],
)
def test_dot_inside_a_line(text: str, expected: list[str]) -> None:
    assert sorted(names(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list by field whose lines are all longer than one word names what the money goes to
        (
            "분야별로는 ▲해남형 반값 여행 지원사업 12억 원 ▲귀농인 주택 수리비 지원 3억 원 "
            "▲경로당 냉난방비 2억 원 등을 반영했다.",
            ["해남형 반값 여행 지원사업", "귀농인 주택 수리비 지원"],
        ),
        # a one-word line makes the lines fields
        (
            "분야별로는 ▲직접일자리 218억 원 ▲창업지원 118억 원 ▲문화·교육 45억 원 "
            "▲청년 주택 수리비 지원 3억 원이다.",
            [],
        ),
    ],
)
def test_list_by_field(text: str, expected: list[str]) -> None:
    assert sorted(names(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what leads the list calls its lines 사업: lines of support and of building supported
        # are programs also without their amounts
        (
            "주요 사업은 ▲귀농인 정착지원금 ▲귀촌인 빈집 수리비 지원 ▲귀농인 영농기반 조성 지원 "
            "등이다.",
            ["귀농인 정착지원금", "귀촌인 빈집 수리비 지원", "귀농인 영농기반 조성 지원"],
        ),
        # without such a lead the lines say what the money supports
        (
            "군은 ▲귀농인 정착지원금 ▲귀촌인 빈집 수리비 지원 ▲귀농인 영농기반 조성 지원 "
            "등을 반영했다.",
            ["귀농인 정착지원금"],
        ),
    ],
)
def test_lines_led_as_projects(text: str, expected: list[str]) -> None:
    assert sorted(names(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hyphen after a Latin letter joins one word of the line's name
        (
            "주요 사업은 ▲나주 K-에너지 스퀘어 조성 15억원 ▲청년 주거비 지원사업 12억원 등이다.",
            ["나주 K-에너지 스퀘어 조성", "청년 주거비 지원사업"],
        ),
        # what selling a local currency at a discount costs is no program
        (
            "주요 사업은 ▲나주페이 인센티브 지원 50억원 ▲나주사랑상품권 할인 보전금 8억 원 "
            "▲청년 주거비 지원사업 12억원 등이다.",
            ["청년 주거비 지원사업"],
        ),
    ],
)
def test_hyphen_and_currency_lines(text: str, expected: list[str]) -> None:
    assert sorted(names(text)) == sorted(expected)
