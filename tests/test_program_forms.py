"""Program names in forms that ministries, national dailies and other provinces' papers use
(docs/guideline.md, "Programs"), on sentences written for these tests in several sources' styles;
each rule with the phrases it must leave alone."""

from __future__ import annotations

import pytest

from extractors.programs import extract_programs


def names(text: str) -> list[str]:
    return [p.name for p in extract_programs(text)]


# -- words Kiwi reads as verbs inside a name ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun derived with -ㅁ (나눔, 채움, 키움, 어울림) is a noun of the name
        ("시는 연말까지 희망2027나눔캠페인을 펼친다.", ["희망2027나눔캠페인"]),
        (
            "고용노동부는 중장년 일자리 채움 취업지원금 사업 참여자를 모집한다.",
            ["중장년 일자리 채움 취업지원금 사업"],
        ),
        ("군은 출생아 가정에 아이키움 바우처를 지급한다.", ["아이키움 바우처"]),
        ("구는 이웃사랑 나눔 캠페인을 연말까지 벌인다.", ["이웃사랑 나눔 캠페인"]),
        # an adjective fused with its noun is one compound (노란우산, 작은도서관)
        ("중기부는 노란우산 희망장려금 신청을 받는다.", ["노란우산 희망장려금"]),
        ("구는 작은도서관 활성화 사업을 올해도 이어 간다.", ["작은도서관 활성화 사업"]),
    ],
)
def test_verb_forms_inside_names(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an adjective written apart is a description, not part of a compound
        "구는 행복한 나눔 사업을 추진한다.",
        # a -ㅁ noun alone before a project head says no more than a sector word
        "복지관은 나눔 사업을 늘렸다.",
        # a clause before the head is no name
        "군은 어려움을 겪는 농가를 돕는 사업을 편다.",
    ],
)
def test_verb_forms_that_do_not_make_names(text: str) -> None:
    assert names(text) == []


# -- budget lines: a name with its own amount -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bullet and the amount bound the name; one specific word before 사업 is enough
        (
            "올해 본예산에는 ▲마을하천 정비사업 20억원 ▲농로 포장사업 15억원이 담겼다.",
            ["마을하천 정비사업", "농로 포장사업"],
        ),
        # the same lines written without bullets, as national dailies do
        (
            "주요 사업은 소하천 정비사업 12억원, 농로 포장사업 8억원 등이다.",
            ["소하천 정비사업", "농로 포장사업"],
        ),
    ],
)
def test_budget_lines(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # without an amount a sector and an action before 사업 stay a description
        "부서별로 ○하천 정비사업을 맡는다.",
        "시는 하천 정비사업에 힘쓴다.",
        # generic and funding words are no name even with an amount
        "신규사업 12억원과 국고보조사업 30억원이 늘었다.",
        "▲관련 사업 5억원",
    ],
)
def test_budget_lines_that_are_not_names(text: str) -> None:
    assert names(text) == []
