"""Kinds of program names that unseen articles hold (issue 8, item 3), on sentences written for
these tests: enumerated budget items, quoted names, heads other than 사업 that the sentence
presents as programs, leading years; and funding categories, which are not programs."""

from __future__ import annotations

import pytest
from articles import program_names as names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # enumerated budget items: a bullet, the name, its amount (issue 8: also a line closed
        # by 지원, the budget's own item)
        (
            "군은 ▲하천둑 보강사업 12억원 ▲마을안길 정비 및 경관 개선 지원 4억원을 담았다.",
            ["하천둑 보강사업", "마을안길 정비 및 경관 개선 지원"],
        ),
        (
            "○청소년 교통비 지원 7억원 ○산후조리비 지원사업 3억원 등이다.",
            ["청소년 교통비 지원", "산후조리비 지원사업"],
        ),
        ("▲해안 둘레길의 쉼터 조성사업 6억 5천만 원이 포함됐다.", ["해안 둘레길의 쉼터 조성사업"]),
        ("‣어르신 문화누리 이용권(2억원)도 새로 넣었다.", ["어르신 문화누리 이용권"]),
        # quoted names and quoted budget items
        (
            "시는 '우리 동네 햇살돌봄단'을 꾸려 홀로 사는 어르신을 찾아간다.",
            ["우리 동네 햇살돌봄단"],
        ),
        (
            "봉사자들은 ‘이웃과 함께하는 김장나눔 캠페인’을 펼쳤다.",
            ["이웃과 함께하는 김장나눔 캠페인"],
        ),
        (
            "도는 ‘섬마을 빈집 정비’ 5억 원과 ‘청년 창업 공간 조성’ 3억 원을 반영했다.",
            ["섬마을 빈집 정비", "청년 창업 공간 조성"],
        ),
        # heads other than 사업, presented as programs by their verb
        ("구는 골목 안전지킴이를 운영한다.", ["골목 안전지킴이"]),
        (
            "센터는 중장년 드론 방제 전문가 양성 과정을 개설했다.",
            ["중장년 드론 방제 전문가 양성 과정"],
        ),
        ("군은 귀농인 선도농가 현장교육을 실시했다.", ["귀농인 선도농가 현장교육"]),
        (
            "교육청은 ‘2026학년도 제2차 신규교사 수업설계 연수’를 열었다.",
            ["신규교사 수업설계 연수"],
        ),
        # a leading year is not part of the name
        ("2027년 농가 햇빛발전 지원사업 신청을 받는다.", ["농가 햇빛발전 지원사업"]),
        ("시는 ‘2026년 동네책방 살리기 프로젝트’를 시작한다.", ["동네책방 살리기 프로젝트"]),
        # a -기 noun inside a name
        ("읍은 살맛나는 골목 만들기 공모사업에 뽑혔다.", ["골목 만들기 공모사업"]),
        # heads written as the second part of one word
        (
            "도는 수출기업 긴급경영안정자금과 어촌 정착지원급여를 늘린다.",
            ["수출기업 긴급경영안정자금", "어촌 정착지원급여"],
        ),
        ("시는 우수기능인력 추천제를 올해 도입한다.", ["우수기능인력 추천제"]),
    ],
)
def test_kinds_of_names(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # funding categories and budget words say how a program is paid for, not which
        "보통교부세사업과 국고보조사업이 줄었다.",
        "균형발전특별회계 사업과 특별교부금 사업을 따로 관리한다.",
        "▲국도비보조금 1,200억 원 ▲지방세 300억 원이 들어온다.",
        # a kind of fund or a count of projects
        "시설자금과 운영자금을 나눠 빌려준다.",
        "▲청년 분야 12개 사업 30억원을 편성했다.",
        # facility running costs and works in a list are not programs
        "○경로당 운영지원 9억원 ○복지관 운영 4억원 ○체육공원 조성 6억원",
        # presented heads without a verb that runs them are plain nouns
        "학생들이 진로 교육에 참여했다.",
        "직원 급여와 사무 자금이 늘었다.",
        # organisations and panels ending in 단
        "도는 현장 점검 자문단을 구성했다.",
    ],
)
def test_not_programs(text):
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # names that share the head of one word through a middle dot are each a name
        ("군은 밭농업·논농업직불금을 함께 지급한다.", ["밭농업직불금", "논농업직불금"]),
        ("도는 청년기본소득·청년구직수당을 묶어 안내했다.", ["청년기본소득", "청년구직수당"]),
        (
            "군은 갯벌 탐방로 조성·어촌관광활성화사업에 20억원을 쓴다.",
            ["갯벌 탐방로 조성사업", "어촌관광활성화사업"],
        ),
        # a phrase after a list closed by 등 names the list's kind, not one more program; a
        # place's own version is a name even there
        ("출산수당과 양육수당 등 주요 양육 지원금을 준다.", ["출산수당", "양육수당"]),
        ("놀이터 확충 등 해남형 아동행복제도를 다듬었다.", ["해남형 아동행복제도"]),
        # a quote that is a name, beside one that is a speech
        (
            "시는 ‘골목상권 살림 지원’을 시작했고, 시장은 “골목이 살아야 지원도 산다”고 했다.",
            ["골목상권 살림 지원"],
        ),
        # what stands before a relational noun says what the program is based on
        ("마을 주도 햇빛발전 공유사업을 넓힌다.", ["햇빛발전 공유사업"]),
    ],
)
def test_names_in_coordinations_lists_and_quotes(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # words joined by a middle dot are alternatives: 음악·미술 프로그램 is a kind of program
        "복지관은 음악·미술 프로그램을 늘렸다.",
        "센터는 상담·교육·체험 프로그램을 운영한다.",
        # a phrase after a list closed by 등 names the list's kind
        "특산물 포장 개선 등의 마케팅 사업도 벌인다.",
        # someone's words in quotes
        "박 군수 “청년 정착 지원”을 강조했다.",
        "그는 “어르신 돌봄 지원이 먼저”라며 웃었다.",
        # relational nouns: what the program is based on or about
        "읍은 공동체 기반 돌봄사업을 평가했다.",
        "축제 관련 홍보사업이 늘었다.",
        # nouns that work as postpositions (대신 …)
        "추첨 대신 심사제를 쓴다.",
    ],
)
def test_kinds_speech_and_descriptions_are_not_programs(text):
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a target group with a category makes one program of a kind; a category inside one
        # compound word is part of a coined name
        (
            "청년 일자리 사업과 노인일자리사업 참여자를 뽑는다.",
            ["청년 일자리 사업", "노인일자리사업"],
        ),
        ("읍은 공공근로사업과 공공일자리사업을 함께 편다.", ["공공근로사업", "공공일자리사업"]),
        # one specific word before a fund or benefit, once its kind is set aside
        ("구는 소상공인 육성자금 40억원을 푼다.", ["소상공인 육성자금"]),
        ("○양육급여 20억원 ○주거급여 8억원", ["양육급여", "주거급여"]),
        # a dotted part takes the shared head only when it is a modifier like the last part's
        ("도는 공립요양병원·출산축하수당 등을 알렸다.", ["출산축하수당"]),
        ("시는 쌀·밀직불금을 준다.", ["쌀직불금", "밀직불금"]),
        # a list of names with one head that a verb presents
        (
            "센터는 텃밭 가꾸기 기초교육, 청년농부 현장교육, 온라인 창업교육 등을 운영한다.",
            ["텃밭 가꾸기 기초교육", "청년농부 현장교육", "온라인 창업교육"],
        ),
        ("복지관은 홀몸어르신 안부확인 서비스를 운영한다.", ["홀몸어르신 안부확인 서비스"]),
        # a quoted campaign named by what it does
        ("구는 ‘더 푸른 골목 만들기’에 주민 200명이 나섰다고 밝혔다.", ["더 푸른 골목 만들기"]),
        # a ministry says whose program, not which; what follows it may still be a name
        ("해양수산부 갯마을 활력 사업에 뽑혔다.", ["갯마을 활력 사업"]),
    ],
)
def test_specific_names(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # category nouns written apart say which kind of program, not which one
        "구는 공공 일자리 사업과 체험형 일자리 사업 참여자를 모집한다.",
        # … the kind a quoted program is of (a place's own kind: 동구형 …)
        "구는 동구형 일자리 사업인 「…」 참여자를 모집한다.",
        "시는 파출소 신설 사업과 귀촌형 인구 유입 사업을 검토한다.",
        # kinds of fund every lender offers
        "은행은 경영안정자금과 시설설비자금, 특수목적자금을 빌려준다.",
        # a minister, a ministry and a generic kind of project
        "이영희 행정안전부 재정사업 평가에서 군이 뽑혔다.",
        # a quoted aim that ends in the action itself
        "군은 ‘걱정 없는 살림 운영’을 내세웠다.",
        # a subject of training with one word
        "공무원들은 청렴교육을 실시했다.",
        # a target group alone before a head
        "청년 사업이 늘었다.",
        # words quoted as a demand are not a campaign
        "그는 “함께 노력하기”를 당부했다.",
    ],
)
def test_generic_phrases_are_not_programs(text):
    assert names(text) == []
