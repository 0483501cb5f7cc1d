"""Program names in the lists of unseen county and province releases (issue 8, item 3): numbered
and dashed lines, a line announcing the list, counts that are no budgets, lines that run a
course, on sentences written for these tests."""

from __future__ import annotations

import pytest
from articles import program_names as names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a determiner glued to the noun after it opens a compound inside a budget line
        (
            "도는 ▲중장년 새출발 지원 210억 원 ▲여성 일자리 바우처 40억 원 등을 추진한다.",
            ["중장년 새출발 지원", "여성 일자리 바우처"],
        ),
        # circled numbers are bullets; the line before the list announces it as programs
        (
            "군의 어르신 분야 주요 사업은 다음과 같다.\n"
            "① 어르신 안경 구입비 지원 3억 2천만 원\n"
            "② 마을 건강 지도자 양성 운영 1억 원\n"
            "군은 모두 9억 원을 들인다.",
            ["어르신 안경 구입비 지원", "마을 건강 지도자 양성 운영"],
        ),
        # dashes opening lines are bullets; 운영 right after a course is the course run
        (
            "보건소 예산의 주요 내역은 다음과 같다.\n"
            "- 어르신 치아 검진 지원 8천만 원\n"
            "- 마을회관 요가 교실 운영 6천만 원\n"
            "보건소장은 이같이 밝혔다.",
            ["어르신 치아 검진 지원", "마을회관 요가 교실 운영"],
        ),
        # a list closed by 등도 with the verb of undertaking presents its lines as programs
        (
            "군은 ▲청년 창업 거리 조성 12억 원 ▲귀농인 주택 수리비 지원 3억 원 등도 추진한다.",
            ["청년 창업 거리 조성", "귀농인 주택 수리비 지원"],
        ),
    ],
)
def test_names_in_lists(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a line counts people, no budget of its own: not a line of spending with its amount
        "분야별로는 ▲직접 일자리 6천100개 ▲창업 지원 2천300명이다.",
    ],
)
def test_not_programs_in_lists(text):
    assert names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # limits of the rules above (these held before them and must still hold): a subtitle
        # between dashes is no list, and a line announced without a word of programs keeps a
        # facility's running cost out
        "- 돌봄 매니저 20명 위촉, 주 2회 방문 지원 -\n시는 이같이 밝혔다.",
        "주요 내역은 다음과 같다.\n- 경로당 운영 2억 원\n- 복지관 운영 3억 원\n시는 밝혔다.",
    ],
)
def test_limits_of_list_rules(text):
    assert names(text) == []
