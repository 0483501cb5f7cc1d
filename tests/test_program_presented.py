"""Program names as releases of other provinces and ministries present them (issue 8, item 3):
free-choice words inside a quoted name, a place's 형 kept one noun, pilots, a manner word before
a quoted 지원, the payment a program pays, events that are held, and a province before a name.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from articles import article
from articles import program_names as names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 누구나, 어디서나: one word of free choice, not a topic that makes the quote a clause
        ("시는 올해도 ‘누구나 반값 캠핑’ 사업을 이어간다.", ["누구나 반값 캠핑 사업"]),
        ("구는 ‘어디서나 민원 상담’ 사업을 시행한다.", ["어디서나 민원 상담 사업"]),
        # a topic inside the quote still makes it a clause, a slogan
        ("시는 ‘시민은 누구나 주인’ 캠페인을 벌인다.", []),
    ],
)
def test_free_choice_words_in_quoted_names(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a province's short name with 형, which Kiwi keeps one noun
        ("전라남도는 ‘전남형 만원주택’ 입주자를 모집한다.", ["전남형 만원주택"]),
        ("도는 신혼부부를 위한 ‘경북형 안심주택’ 800호를 공급한다.", ["경북형 안심주택"]),
        # a city's 형, when the text names the city with its suffix
        ("여수시는 ‘여수형 청년 쉼터’를 새로 연다.", ["여수형 청년 쉼터"]),
        # a kind that ends alike is no place
        ("군은 ‘귀촌형 마을 주택’을 짓는다.", []),
        ("시는 ‘여수형 청년 쉼터’를 새로 연다.", []),
    ],
)
def test_quoted_place_version_of_one_noun(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pilot names the one scheme it tries
        ("시는 올해 통합돌봄 시범사업 대상을 모든 동으로 넓힌다.", ["통합돌봄 시범사업"]),
        ("군은 자율주행 버스 시범 사업을 시작한다.", ["자율주행 버스 시범 사업"]),
        # a place alone says where it is tried; a pilot alone names none
        ("시설 딸기(논산 시범사업)를 재배했다.", []),
        ("시는 시범사업 대상을 넓힌다.", []),
    ],
)
def test_pilot_with_one_word(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 우선 before a quoted 지원 says how the support is given
        (
            "또한 ‘공공임대 청년농 우선 지원’을 통해 농지를 청년농에게 빌려준다.",
            ["공공임대 청년농 우선 지원"],
        ),
        ("시는 ‘우선 지원’을 한다.", []),
    ],
)
def test_manner_word_before_quoted_support(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the money a program pays, with the program as the clause's topic
        (
            "청년 창업농 육성사업은 청년에게 월 최대 100만 원의 창업농정착지원금을 지급하는"
            " 사업이다.",
            ["청년 창업농 육성사업"],
        ),
        (
            "특히 ‘청년 희망 더드림 사업’은 청년 300명에게 월 20만원씩 근속장려금을 2년간"
            " 지급한다.",
            ["청년 희망 더드림 사업"],
        ),
        # another topic pays it, or no program is the topic: a program of its own
        (
            "청년 희망 사업은 인기가 높고, 군은 청년 정착장려금을 지급한다.",
            ["청년 희망 사업", "청년 정착장려금"],
        ),
        ("군은 출산 가정에 출산장려금을 지급한다.", ["출산장려금"]),
    ],
)
def test_payment_of_the_topic_program(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held: an event, even after the adnominal of a benefit
        ("농식품부는 국산 과일을 최대 40% 할인하는 ‘국산 과일 대장터’를 연중 개최한다.", []),
        # the same quote run as a benefit stays a program
        (
            "농식품부는 국산 과일을 최대 40% 할인하는 ‘국산 과일 대장터’를 연중 시행한다.",
            ["국산 과일 대장터"],
        ),
    ],
)
def test_quote_that_is_held_is_an_event(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_province_before_a_name_in_the_title() -> None:
    from pipeline.run.extract import extract_article

    record = extract_article(
        article(
            "2026-03-05T09:00:00",
            "고흥군, 전남도 지역건강증진사업 평가 ‘우수’",
            "고흥군은 전라남도가 실시한 ‘지역사회 지역건강증진사업 평가’에서 우수 기관으로"
            " 뽑혔다. 군은 지역사회 지역건강증진사업으로 걷기 교실을 열었다.",
        )
    )
    assert [p.name for p in record.programs] == ["지역사회 지역건강증진사업"]


def test_finding_before_a_name_is_no_part_of_it() -> None:
    # 조사 결과: as the study found, an adverbial before the noun phrase
    assert names("학회 조사 결과 육아장려금을 50만원 올려도 효과가 작았다.") == ["육아장려금"]
