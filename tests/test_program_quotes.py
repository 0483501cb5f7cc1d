"""A quoted name with one word of its kind and a project head after it, and the same program named
shorter in the headline (docs/guideline.md, "Programs"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from articles import article
from articles import program_names as names

from pipeline.run.extract import extract_article


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the quote names the program, the word after it what it does, the head which kind
        ("군은 올해 ‘느린 하루’ 관광 캠페인을 펼친다.", ["느린 하루 관광 캠페인"]),
        ("대표 사업인 ‘해뜰 7000’ 돌봄 사업은 거점을 늘린다.", ["해뜰 7000 돌봄 사업"]),
    ],
)
def test_quote_with_a_word_and_a_head(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a generic word or a linker between makes another program, or a kind of them
        "구는 ‘빚 없는 도시’ 관련 사업을 편다.",
        "구는 ‘청년 마을’ 후속 사업을 편다.",
        # a quoted day or event is what the words after it act on
        "군은 ‘갯벌의 날’ 홍보 사업을 벌였다.",
        "구는 ‘골목 빛 축제’ 관광 캠페인을 폈다.",
    ],
)
def test_quote_with_a_generic_word_and_a_head(text: str) -> None:
    assert names(text) == []


def test_headline_names_the_program_shorter() -> None:
    # the headline leaves out a word of the name the body quotes in full: one program, by its
    # full name
    doc = article(
        "2026-03-02",
        "한빛군, 쌀 소비촉진 ‘밥심 한 그릇’ 캠페인",
        "한빛군은 올해 ‘밥심 한 그릇’ 쌀소비 캠페인을 전국 휴게소에서 펼친다고 밝혔다.",
    )
    assert [p.name for p in extract_article(doc).programs] == ["밥심 한 그릇 쌀소비 캠페인"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a coined name may hold an adverbial particle; the bullet and the amount bound it
        (
            "일자리 분야는 ▲한빛형 청년 바다로 프로젝트 12억 원 등이다.",
            ["한빛형 청년 바다로 프로젝트"],
        ),
        ("▲어르신 마을로 찾아가는 사업 3억 원", []),
    ],
)
def test_item_with_a_particle_inside(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a particle before a closing -기 noun makes no clause: a campaign's name
        ("구는 ‘나도 꽃길 가꾸기’를 펼친다.", ["나도 꽃길 가꾸기"]),
        # Kiwi reads 남도 after a straight mark as 남 and the particle 도
        ("군은 '남도 한달살기' 4억 원을 투입한다.", ["남도 한달살기"]),
    ],
)
def test_particle_before_a_ki_noun(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_clause_with_a_predicate_before_the_ki_noun() -> None:
    # a predicate of its own before the -기 noun: a clause, a slogan
    assert names("구는 ‘청년이 살기 좋은 마을’을 펼친다.") == []
