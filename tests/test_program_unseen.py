"""Program names in the forms of articles the rules were not written on (issue 8, item 3): where
a name starts and ends, and what is never a program, on sentences written for these tests in the
styles of ministries, city halls and regional dailies."""

from __future__ import annotations

import pytest
from articles import program_names as names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group (團) that runs a program keeps its 단
        ("동구는 홀몸 어르신 안부 돌봄단을 꾸렸다.", ["홀몸 어르신 안부 돌봄단"]),
        ("읍 주민들은 마을 자율방범단을 운영한다.", ["마을 자율방범단"]),
        # a place's own version of a program is a name (a category noun after it too)
        (
            "강원특별자치도는 강원형 공공 일자리 사업 참여자를 이달 말까지 모집한다.",
            ["강원형 공공 일자리 사업"],
        ),
        ("부산시는 부산형 일자리 사업 2단계를 시작했다.", ["부산형 일자리 사업"]),
        # a kind of program with the copula, then the quoted program of that kind
        (
            "앞서 모집을 마친 군산형 일자리 사업인 ‘새만금 일터 나눔’은 예산을 늘렸다.",
            ["새만금 일터 나눔"],
        ),
        ("도 역점사업인 ‘청년 마을 이음’이 성과를 냈다.", ["청년 마을 이음"]),
        # a number inside a word names one road
        ("국도24호선 확장공사가 내년 봄 끝난다.", ["국도24호선 확장공사"]),
        # a quoted item whose budget word stands before its amount
        ("시는 ‘푸른 하천 되살리기’ 예산 3억 원을 세웠다.", ["푸른 하천 되살리기"]),
        (
            "충청북도는 ‘2027 청년 창업 펀드’ 사업비 50억 원을 편성했다.",
            ["청년 창업 펀드"],
        ),
        # members of a list closed by 등, before the kind the verb presents
        (
            "농촌진흥청은 스마트팜 입문교육, 드론 방제 실습교육 등 신규 농업인에 맞춘 영농 교육을"
            " 꾸준하게 운영한다.",
            ["스마트팜 입문교육", "드론 방제 실습교육"],
        ),
        # a number's bound (이상, 이하) is no part of the name after it
        (
            "아산시는 65세 이상 어르신 무료 건강검진 사업을 다음 달부터 실시한다.",
            ["어르신 무료 건강검진 사업"],
        ),
        ("도는 만 19세 이하 청소년 교통비 지원사업 신청을 받는다.", ["청소년 교통비 지원사업"]),
        # a base that the program builds is its object, not what it is based on
        (
            "경상북도는 청년농부 창농 기반 구축 사업에 올해 60억원을 투입한다.",
            ["청년농부 창농 기반 구축 사업"],
        ),
        ("군은 스마트농업 기반 조성사업을 시작했다.", ["스마트농업 기반 조성사업"]),
        # a quote, one word of action and a project head written apart
        (
            "수협은 ‘공동 수산물 냉동 창고’ 건립 사업을 내년까지 마친다.",
            ["공동 수산물 냉동 창고 건립 사업"],
        ),
        ("금천구는 ‘우리 동네 돌봄’ 지원 사업 대상자를 모집한다.", ["우리 동네 돌봄 지원 사업"]),
        # a quoted place's own version of something is that place's program
        (
            "시민들은 ‘여수형 통합돌봄’ 덕분에 병원 가는 길이 편해졌다고 말했다.",
            ["여수형 통합돌봄"],
        ),
        # a city or province says whose program, and the rest must still say which
        ("광주시 청년 월세 지원사업 신청이 몰렸다.", ["광주시 청년 월세 지원사업"]),
        # what follows an adnominal of including is the kind of the programs before it
        ("군은 첫만남이용권을 포함한 출산 지원금을 상품권으로 준다.", ["첫만남이용권"]),
        ("시는 기초연금을 비롯한 노후 지원 사업을 손본다.", ["기초연금"]),
        # "such as": the quoted program is an example of the kind after 같은
        ("구는 ‘주 4일 출근제’ 같은 일·가정 양립 제도를 늘린다.", ["주 4일 출근제"]),
        ("시는 청년 월세 지원사업과 같은 주거 복지 사업을 늘린다.", ["청년 월세 지원사업"]),
        # … unless it is a place's own program
        (
            "군은 아동수당을 포함한 고창형 양육 지원 사업을 늘린다.",
            ["아동수당", "고창형 양육 지원 사업"],
        ),
        # a program named after the term of the administration that runs it
        (
            "민선 8기 역점 사업인 청년 희망 사다리 사업이 성과를 냈다.",
            ["청년 희망 사다리 사업"],
        ),
        # a quoted fund that is lent as a program is one
        ("군은 ‘2027 어촌 정착 기금’ 사업비 30억 원을 확정했다.", ["어촌 정착 기금"]),
        # a quoted name that ends in a head of its own; the bare head after it says what it is
        (
            "전북도는 ‘농촌 일자리 나눔 프로젝트’ 사업 참여 시군을 정했다.",
            ["농촌 일자리 나눔 프로젝트"],
        ),
        ("도는 ‘청년 창업 지원’ 사업을 새로 열었다.", ["청년 창업 지원 사업"]),
        ("시는 ‘우리 동네 한바퀴’ 공모사업에 뽑혔다.", ["우리 동네 한바퀴 공모사업"]),
        # a number of persons before a noun names a group (1인 가구), not an amount
        ("구는 1인 가구 안심 장비 지원 사업 신청을 받는다.", ["1인 가구 안심 장비 지원 사업"]),
        ("중기부는 1인 창조기업 지원사업 공고를 냈다.", ["1인 창조기업 지원사업"]),
        # a -기 noun of a verb with its auxiliary (살아보기, 해보기) inside a name
        ("전남도는 청년 전남 살아보기 사업 참가자를 모집한다.", ["청년 전남 살아보기 사업"]),
        ("군은 ‘귀농 미리 해보기’ 참가자를 모집한다.", ["귀농 미리 해보기"]),
        ("시는 ‘전통시장 함께 살려보기’를 펼친다.", ["전통시장 함께 살려보기"]),
        # … or closing a compound of nouns (우리마을가꾸기), after a bullet too
        ("▲우리마을가꾸기 경관개선사업 4억원", ["우리마을가꾸기 경관개선사업"]),
        ("군은 골목상권살리기 캠페인을 벌인다.", ["골목상권살리기 캠페인"]),
        # a name after (이하 …) is the alias of the name before it
        (
            "중기부는 소상공인 스마트상점 기술보급사업(이하 스마트상점 사업) 참여자를 모집한다.",
            ["소상공인 스마트상점 기술보급사업"],
        ),
        (
            "시는 청년 창업 공간 조성 사업(이하 ‘창업 공간 사업’)을 추진한다.",
            ["청년 창업 공간 조성 사업"],
        ),
        # a season before a name says when, not which
        ("시는 여름철 물놀이 안전 캠페인을 벌였다.", ["물놀이 안전 캠페인"]),
        # an irregular verb's -기 noun (돕기, 잇기) is a word of a name too
        ("구는 연말 이웃돕기 성금 모금 캠페인을 펼친다.", ["이웃돕기 성금 모금 캠페인"]),
        ("도 역점사업인 ‘청년 마을 잇기’가 성과를 냈다.", ["청년 마을 잇기"]),
        # a named bridge says which works are meant
        ("▲해남 북평2교 확장공사 6억원이 반영됐다.", ["해남 북평2교 확장공사"]),
        # the topic that runs a program is not its name; the program still is
        (
            "대전 서구는 저소득층 아동을 위한 드림스타트 프로그램으로 올해 아동 300명을 도왔다.",
            ["드림스타트 프로그램"],
        ),
        # among several, one named program
        (
            "도는 여러 사업 가운데 청년 월세 지원사업을 먼저 시행한다.",
            ["청년 월세 지원사업"],
        ),
    ],
)
def test_names_in_unseen_forms(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # words ending in 단 that are no group: a means, a diagnosis, a menu
        "구는 민원 접수 수단을 새로 마련했다.",
        "시는 노후 교량 안전 진단을 실시한다.",
        "교육청은 학교 급식 식단을 운영한다.",
        # a program based on something: the name starts after 기반, and too little is left
        "지역사회 기반 영양사업이 늘었다.",
        # a city with one sector word names a kind of its programs
        "대전시 일자리 사업 참여자가 늘었다.",
        "울산시 창업·취업사업 예산이 늘었다.",
        # a quoted day is what the words after it act on, not the program's name
        "시는 ‘바다의 날’ 홍보 사업을 알렸다.",
        # grants and participatory budgets say how programs are paid for
        "구는 주민참여예산 사업 30건을 확정했다.",
        "군은 특별조정교부금 사업으로 마을 안길을 넓혔다.",
        "도는 지방소멸대응기금 사업 12건을 새로 짰다.",
        # a fund or account before a head written apart pays for programs
        "정선군은 폐광지역개발기금 사업 예산을 두 배로 늘렸다.",
        # the term of an elected administration is a time, and what is left is generic
        "민선 8기 공약사업 이행률이 85%에 이르렀다.",
        # … and a group alone before a head names a kind
        "시는 3인 가구 지원사업을 늘린다.",
        # a foundation is an organisation
        "장학생 선발 기준은 ‘재단’ 누리집에서 안내한다.",
        # festivals (祭) are events, not programs
        "군은 올해 지역 향토 문화제 예산을 두 배로 늘렸다.",
        "강릉 단오제 예산 늘려",
        # a place's name before the suffix 형 says whose; a kind before it says which kind
        "시는 체험형 일자리 사업을 늘린다.",
        "구는 정주형 인구 유입 사업을 검토한다.",
        # an event of that kind is not named as a program
        "시 대표 축제인 ‘봄꽃 축제’가 열린다.",
        "구는 맞춤형 일자리 사업을 편다.",
        # a phrase after a word of many names a kind of programs
        "시는 다양한 청년 창업 지원 프로그램을 운영한다.",
        "군은 여러 노인 복지 사업을 벌이고 있다.",
        "도는 각종 농가 경영 지원사업을 함께 추진한다.",
        "복지부는 다양한 노년 건강 증진 및 여가 활동 지원사업에 예산을 더 썼다.",
        # a funding source with its abbreviation
        "군은 사회간접자본(SOC) 국비 보조금이 줄어 도로 공사를 미뤘다.",
        # a quoted aim is no budget item, whatever follows it
        "‘빚 없는 도시’ 예산 3억 원",
        # the kind a list is of, and a list that the verb does not present
        "시는 어르신 디지털교육, 주부 창업교육 등 평생 교육에 참여한 주민을 조사했다.",
        # works on a thing any city has are kinds of project
        "진주시는 도로 확장 사업과 청사 신축 사업을 마무리했다.",
        "군은 교량 보수 사업 예산을 줄였다.",
        # the place or agency that runs a program is not its name
        "산림청은 숲을 가꾸는 사업으로 일자리 500개를 만들었다.",
    ],
)
def test_not_programs_in_unseen_forms(text):
    assert names(text) == []
