"""Program names of unseen county and province releases (issue 8, item 3): a quote beside the
kind of program it is, a topic that refers back, rates and remarks that are no programs, budget
lines a verb of undertaking presents, and a headline's short form of a quoted name. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from articles import program_names as names

from extractors.programs import extract_programs, merge_programs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quote right after the kind of program it is names it, whatever verb follows
        (
            "보성군은 다원 체험 관광 프로그램 ‘차밭 속 하루’를 새로 운영한다.",
            ["다원 체험 관광 프로그램 차밭 속 하루"],
        ),
        ("읍내 공원에서는 체험 프로그램 ‘갯벌 속 하루’도 운영된다.", ["갯벌 속 하루"]),
        # a title an office is given after a program is no program
        ("보건소는 결핵 예방사업 ‘최우수 기관’에 뽑혔다.", ["결핵 예방사업"]),
        # words after a quote that say what kind of program it is: the quote names it
        ("시는 ‘섬마을 일주일 살기’ 청년 전용 프로그램을 새로 만든다.", ["섬마을 일주일 살기"]),
        # one noun and a head after a quote still make one name with it
        ("군은 ‘섬 살아보기’ 체류 프로그램을 마련한다.", ["섬 살아보기 체류 프로그램"]),
    ],
)
def test_quote_beside_its_kind(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a topic that refers back is no name, and what a clause says it is describes it
        ("해당 프로그램은 고령 농업인을 위한 영농 돌봄 프로그램이다.", []),
        (
            "이 사업은 귀농 5년 이내 농업인에게 농기계 임대료를 지원하는 충북도 대표 귀농 정착"
            " 사업이다.",
            [],
        ),
        # without a clause of what it does, the complement names the program it belongs to
        ("이번 사업은 행정안전부의 청년마을 만들기 지원사업이다.", ["청년마을 만들기 지원사업"]),
        # a topic of its own is still defined as a program
        ("청년 마을 이음 사업은 청년에게 주거를 지원하는 사업이다.", ["청년 마을 이음 사업"]),
    ],
)
def test_topic_that_refers_back(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a challenge with a name is a round of selection and support, or a campaign
        ("대구시는 ‘대구 청년 창업 챌린지’를 열었다.", ["대구 청년 창업 챌린지"]),
        ("대구시, ‘청년 창업 챌린지’ 60개 팀 선정", ["청년 창업 챌린지"]),
        ("축제에서는 노젓기 챌린지, 갯벌 체험이 열린다.", []),
        # an incentive in percent is the rate of a bonus on a purchase
        ("광주시는 온누리상품권 인센티브를 5%에서 8%로 높인다.", []),
        ("대구 지역사랑상품권 구매 인센티브 12% 유지", []),
        ("군은 여행사 관광객 유치 인센티브 3천만 원을 지급했다.", ["여행사 관광객 유치 인센티브"]),
        # a headline's last part in double marks is a remark
        ("충북도, 소상공인 지원에 200억 투입…“골목상권 회복 지원”", []),
        ("충북도, “골목상권 회복 지원” 신청 접수", ["골목상권 회복 지원"]),
    ],
)
def test_challenges_rates_and_remarks(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an amount after words of its period and bound, in parentheses, is the line's own
        (
            "주요 사업으로는 ▲다자녀 가정 학자금 이자 지원(연 최대 200만 원) ▲청년 농업인 영농"
            " 정착 지원 3억 원 등이다.",
            ["다자녀 가정 학자금 이자 지원", "청년 농업인 영농 정착 지원"],
        ),
        # the last line undertaken with 도; a rate of the cost inside a line
        (
            "군은 ▲귀농인 농기계 구입비 지원(연 최대 500만 원) ▲귀농인 빈집 임차료 70% 지원도"
            " 함께 추진한다.",
            ["귀농인 농기계 구입비 지원", "귀농인 빈집 임차료 70% 지원"],
        ),
        # lines a budget only holds stay lines of spending
        ("군은 ▲귀농인 농기계 구입비 지원 ▲귀농인 빈집 임차료 70% 지원도 함께 반영했다.", []),
    ],
)
def test_lines_a_verb_undertakes(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_headline_shortens_a_quoted_name() -> None:
    title = extract_programs("완도군, ‘갯마을 빨래방’ 참여 어르신 모집", "title")
    body = extract_programs("군은 첫 기금사업인 ‘갯마을 어르신 이동 빨래방 서비스’를 시작했다.")
    assert [p.name for p in merge_programs(title + body)] == ["갯마을 어르신 이동 빨래방 서비스"]


def test_a_quote_opening_with_a_year_is_the_fuller_name_without_it() -> None:
    title = extract_programs("대구시, ‘청년 창업 챌린지’ 60개 팀 선정", "title")
    body = extract_programs("대구시는 ‘2027 대구 청년 창업 챌린지’ 공모 결과 60개 팀을 뽑았다.")
    assert [p.name for p in merge_programs(title + body)] == ["대구 청년 창업 챌린지"]
