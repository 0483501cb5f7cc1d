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
        # a list written in a sentence, closed by 등 before a generic kind of 사업: its members
        # are programs, with their own amounts or none, quoted or not
        (
            "도 교육청 예산에는 학교 숲 가꾸기 40억 원, 농촌 학교 통학버스 운영 25억 원 등 핵심"
            " 사업이 담겼다.",
            ["학교 숲 가꾸기", "농촌 학교 통학버스 운영"],
        ),
        (
            "기금은 내년에도 어르신 안부 살핌 서비스, 청소년 진로 멘토링 등 3개 사업에 쓰인다.",
            ["어르신 안부 살핌 서비스", "청소년 진로 멘토링"],
        ),
        (
            "시는 ‘마을 빨래방 운영’, ‘청년 쉐어하우스’ 등 주거 지원 2종 사업을 편다.",
            ["마을 빨래방 운영", "청년 쉐어하우스"],
        ),
        (
            "군은 치매 예방 음악교실 3억 원, 독거노인 반찬 배달 2억 원, 경로당 순회 건강교실 중심"
            " 1억 원 등 3대 역점사업에 6억 원을 쓴다.",
            ["치매 예방 음악교실", "독거노인 반찬 배달", "경로당 순회 건강교실"],
        ),
        # the verb of a bulleted list presents its 지원 lines as it presents a list with commas
        (
            "군은 ▲청년 창업 바우처 ▲신혼부부 전세 대출이자 지원 ▲청년 귀향 축하금 등을 함께"
            " 운영한다.",
            ["청년 창업 바우처", "신혼부부 전세 대출이자 지원", "청년 귀향 축하금"],
        ),
        (
            "시는 ▲골목상권 간판 교체 지원 ▲1인 자영업자 산재보험료 지원 등 소상공인 2대 지원"
            " 시책을 운영한다.",
            ["골목상권 간판 교체 지원", "1인 자영업자 산재보험료 지원"],
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
        # a list before a named program is of its parts, before 사업의 … of aims, and one closed
        # by 등으로 of the parts of a budget
        "이번 점검에서는 감자 재배 기계화, 과수 스마트 관리 확산 등 주요 기술보급사업의 성과를"
        " 살폈다.",
        "관광 활성화, 정주 여건 개선 등 시 핵심 사업의 추진력이 커졌다.",
        "예산은 도로 포장 30억 원, 하천 정비 20억 원 등으로 짜였다.",
        "하지만 상수원 보호구역, 수도권 규제 등 중첩규제 탓에 세입이 줄었으며 복지 사업은 늘었다.",
        # a quote given money is no budget item when it is a body; unquoted, helpers are the
        # people and a pass a ticket
        "시는 ‘청년 창업 지원센터’에 5억 원을 투입한다.",
        "행사장에는 안내 도우미 20명이 배치됐다.",
        "고속도로 하이패스 차로를 늘린다.",
        # a budget that only holds its 지원 lines keeps them lines of spending
        "군은 ▲영유아 보육료 지원 ▲어르신 목욕비 지원 등을 반영했다.",
    ],
)
def test_limits_of_list_rules(text):
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a benefit followed by 수급 and who receives it states who is eligible
        (
            "에너지 바우처는 생계·주거급여 수급 가구 가운데 노인이 있는 가구에 난방비를 지원하는"
            " 제도다.",
            ["에너지 바우처"],
        ),
        ("군은 지원 대상을 기초연금 수급자 가운데 홀로 사는 어르신으로 넓힌다.", []),
        # the complement after a clause of what a quoted program does says what kind it is
        (
            "‘행복 밥상 나눔’은 자원봉사자가 혼자 사는 노인에게 반찬을 배달하는 주민 참여형 나눔"
            " 사업으로, 올해 30개 마을로 넓어진다.",
            ["행복 밥상 나눔"],
        ),
        (
            "‘청춘 이음 학교’는 퇴직 교사가 방과 후 학습을 돕는 마을 연계형 교육 지원사업이다.",
            ["청춘 이음 학교"],
        ),
        # also when the quote opens a line, which Kiwi may make a sentence of its own
        (
            "군은 이같이 밝혔다.\n\n‘늘봄 이웃’은 주민이 홀로 사는 이웃을 찾아가는 주민 참여형 돌봄"
            " 사업으로, 올해 12개 마을에서 활동한다.",
            ["늘봄 이웃"],
        ),
    ],
)
def test_what_a_sentence_says_of_a_program(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quote given its own money with 에 and a verb that funds is a budget item
        (
            "도는 ‘농촌 외국인 근로자 기숙사 신축’에 도비 20억 원을 지원한다.",
            ["농촌 외국인 근로자 기숙사 신축"],
        ),
        ("군은 ‘섬 마을 빨래방’에 2억 원을 들인다.", ["섬 마을 빨래방"]),
        # helpers a program places and a pass a city issues close quoted names
        (
            "군은 ‘어르신 말벗 지킴이’와 ‘경로당 식사 도우미’를 새로 도입했다.",
            ["어르신 말벗 지킴이", "경로당 식사 도우미"],
        ),
        ("시는 ‘남해안 섬 여행패스’를 출시했다.", ["남해안 섬 여행패스"]),
    ],
)
def test_quoted_names_given_money_or_placed(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a quote before a count of programs titles the group of them
        "도교육청, ‘미래 인재 교육’ 3대 역점사업에 900억 투입",
        "시는 ‘청년 창업 지원’ 5개 사업을 추진한다.",
        # a quote after a website with 의 is a menu or a feature of it
        "사전투표소 위치는 선거관리위원회 누리집(https://www.nec.go.kr)의 ‘투표소 찾기’ 서비스로"
        " 확인할 수 있다.",
        "군 누리집의 ‘우리동네 복지 찾기’ 메뉴에서 볼 수 있다.",
        # the cost of a loan glued to its word of lending: the loan made from a fund
        "도는 신혼부부·청년 전세자금 대출이자를 연 2%까지 보전한다.",
    ],
)
def test_quotes_that_name_no_program(text):
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fields counted before the kind are what programs fall in, not programs
        (
            "시는 직접일자리, 고용서비스, 창업지원 등 4개 분야 68개 사업에 1,120억 원을 투입한다.",
            [],
        ),
        # a budget broken down by field lists fields, also with their own amounts
        ("분야별로는 ▲직접일자리 218억 원 ▲고용장려금 64억 원 ▲창업지원 118억 원이다.", []),
        ("부문별 예산은 ▲청년 창업지원 12억 원 ▲고용서비스 3억 원이다.", []),
        # without 별, a field's programs listed are programs
        (
            "일자리 분야 주요 사업은 ▲청년 창업 지원 5억원 ▲경로당 냉방비 지원 2억원 등이다.",
            ["청년 창업 지원", "경로당 냉방비 지원"],
        ),
        (
            "사회적경제 육성, 청년 창업 지원 등 4개 사업에 쓴다.",
            ["사회적경제 육성", "청년 창업 지원"],
        ),
    ],
)
def test_lists_of_fields(text: str, expected: list[str]) -> None:
    assert names(text) == expected
