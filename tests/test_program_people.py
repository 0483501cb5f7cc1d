"""Quoted names of people a program employs or gathers (…지킴이, …매니저, …단) counted in 명 are
the people, not the program (docs/guideline.md, "Programs": …지킴이 is a program when the
sentence presents it as one). Sentences written for these tests."""

from __future__ import annotations

import pytest
from articles import program_names as names


@pytest.mark.parametrize(
    "text",
    [
        # counted right after the quote: the members
        "구는 ‘청년 홍보 서포터즈단’ 30명을 뽑아 활동비를 준다.",
        # the object whose number changes: the people employed
        "군은 ‘우리 마을 돌봄매니저’를 10명에서 15명으로 늘린다.",
        "시는 ‘골목 안전 지킴이’ 120명이 밤길을 순찰한다고 밝혔다.",
    ],
)
def test_counted_people_are_no_program(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # presented by its verb, the same kind of name is a program
        ("구는 올해 ‘골목 안전 지킴이’를 운영한다.", ["골목 안전 지킴이"]),
        # people counted after the program's head are its members, the program stays
        ("군은 ‘우리 마을 돌봄매니저’ 사업에 주민 20명을 뽑는다.", ["우리 마을 돌봄매니저 사업"]),
        # a head that is no person, counted in 명, still names a course
        ("도는 ‘청년 농업 아카데미’ 30명을 모집한다.", ["청년 농업 아카데미"]),
        # counted, then the object of a verb that runs a program: the group is presented
        ("군은 ‘섬마을 안전 지킴이단’ 40명을 위촉해 순찰을 돈다.", ["섬마을 안전 지킴이단"]),
        ("시는 ‘청년 홍보 서포터즈단’ 20명을 운영한다.", ["청년 홍보 서포터즈단"]),
    ],
)
def test_people_heads_that_name_programs(text: str, expected: list[str]) -> None:
    assert names(text) == expected
