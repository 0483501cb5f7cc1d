"""Lines of a budget that say what money supports, and kinds of payment, are no program names
(docs/guideline.md, "Programs"): 지원 names a program only when a verb presents it, a quote names
it or a place's own version leads it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from extractors.programs import extract_programs


def names(text: str) -> list[str]:
    return [p.name for p in extract_programs(text)]


# -- a bulleted budget line closed by 지원 -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cost, an act or a group before 지원: what the money of the line supports
        (
            "복지 분야는 ▲어린이집 보육료 지원 12억원 ▲노인 무료 급식 지원 3억원이 담겼다.",
            [],
        ),
        (
            "경제 분야에는 ▲소상공인 대출이자 지원 40억원 ▲지역화폐 발행 지원 90억원을 편성했다.",
            [],
        ),
        # a name with a head of its own on the same list stays
        (
            "주요 사업은 ▲농가 재해보험료 지원 9억원 ▲청년농 정착 지원사업 7억원 등이다.",
            ["청년농 정착 지원사업"],
        ),
        # a place's own version says which program, also where Kiwi keeps it one proper noun
        ("○순천형 청년 창업지원 5억원 ○경로당 냉방비 지원 2억원", ["순천형 청년 창업지원"]),
    ],
)
def test_budget_line_of_support(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # presented by its verb, 지원 is a program as before
        ("군은 올해 청년 월세 지원을 시행한다.", ["청년 월세 지원"]),
    ],
)
def test_support_named_otherwise(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_running_cost_of_a_place_version_facility() -> None:
    # 운영 지원 after a facility is its running cost, even with a place's own version before it
    assert names("주요 사업은 ▲광양형 공공어린이집 운영 지원 8억원 등이다.") == []
