"""Program names in forms that ministries, national dailies and other provinces' papers use
(docs/guideline.md, "Programs"), on sentences written for these tests in several sources' styles;
each rule with the phrases it must leave alone."""

from __future__ import annotations

import pytest
from articles import program_names as names

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
        # 인 of 농업인 is no copula: the people a program serves
        ("군은 농업인 공익수당을 올린다.", ["농업인 공익수당"]),
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


# -- quoted names that a verb presents ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the quoted object of a verb that takes only undertakings
        ("도는 하반기부터 ‘골목상권 바로 결제’를 추진한다.", ["골목상권 바로 결제"]),
        (
            "행정안전부는 '찾아가는 마을 세무 상담'을 시행한다고 밝혔다.",
            ["찾아가는 마을 세무 상담"],
        ),
        ("구는 「동네 한바퀴 안전순찰」을 꾸준히 펼친다.", ["동네 한바퀴 안전순찰"]),
        ("군은 ‘청정 바닷가 가꾸기 운동’을 펼친다.", ["청정 바닷가 가꾸기 운동"]),
        # the quote after the adnominal of such a verb (도가 추진하는 ‘…’, 시행 중인 ‘…’)
        ("도가 추진하는 ‘청년 마을 이음’은 올해로 3년째다.", ["청년 마을 이음"]),
        ("구가 시행 중인 ‘동네 안심 귀갓길’이 호응을 얻었다.", ["동네 안심 귀갓길"]),
        # a coined name before its head may end like a verb
        ("충북도는 '일하는 밥퍼' 사업 참여 인원을 늘렸다.", ["일하는 밥퍼 사업"]),
        # a quoted name before a head that the verb presents (…교육을 실시했다)
        (
            "시는 직원 400명을 대상으로 ‘청렴 한마당’ 청렴교육을 실시했다.",
            ["청렴 한마당 청렴교육"],
        ),
    ],
)
def test_quoted_names_presented_by_a_verb(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # plans, agreements and events are undertaken too, but are not programs
        "시는 ‘2030 관광 활성화 계획’을 추진한다.",
        "양 기관은 ‘지역 상생 협약’을 추진했다.",
        # what the verb undertakes is the noun after the quote (정책), or an event (투어)
        "군이 추진 중인 ‘2027년 철도관광 원년의 해’ 정책에 발맞췄다.",
        "재단이 추진한 ‘부산 관광객 초청 팸투어’가 마무리됐다.",
        # 지침상 (in terms of the guideline) says where a rule applies, not which program
        "공모 지침상 민간투자 사업 중 절반은 숙박시설에 투자해야 한다.",
        # 도입 and 운영 also take systems and facilities
        "시는 생성형 AI 기반 정산 시스템인 ‘AI 여비봇’을 도입했다.",
        "군은 ‘행복 빨래방’을 운영한다.",
        # a slogan is a clause, not a name
        "시는 ‘빚 없는 도시’를 추진한다.",
        "군은 ‘주민과 함께 만드는’을 추진한다.",
        # without the verb that presents it, a quoted name before 교육 is a topic
        "직원들이 ‘청렴 한마당’ 청렴교육에 참여했다.",
    ],
)
def test_quoted_objects_that_are_not_programs(text: str) -> None:
    assert names(text) == []


# -- courses and classes ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a course or class is a program when quoted, listed or run by its verb
        ("군은 저소득층 청소년을 위한 '주말 승마 체험 강좌'를 마쳤다.", ["주말 승마 체험 강좌"]),
        ("보건소는 어르신 건강 요가교실을 운영한다.", ["어르신 건강 요가교실"]),
        ("평생학습관은 시민 드론 조종 강좌를 개설했다.", ["시민 드론 조종 강좌"]),
        (
            "도서관은 ▲그림책 미술교실 ▲가족 보드게임 교실을 열었다.",
            ["그림책 미술교실", "가족 보드게임 교실"],
        ),
    ],
)
def test_courses_and_classes(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a classroom, and a course as a plain noun
        "학생들은 교실에서 수업을 들었다.",
        "강좌 수강료는 무료다.",
        # 일반 says no more than 사업 itself: a legal category of water supply
        "군은 일반수도사업 운영 평가에서 최우수를 받았다.",
        # a benefit a social insurance pays by law, and a payment noun alone
        "실업급여 수급자가 늘었다.",
        "퇴직급여 적립금이 늘었다.",
        "보조금 부정수급을 막겠다.",
    ],
)
def test_courses_and_categories_that_are_not_programs(text: str) -> None:
    assert names(text) == []


# -- 및 inside one name ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 및 between two nouns of one name: one program for two aims or two groups
        (
            "군은 귀농인 정착 지원사업, 농업 창업 및 주택 구입 지원사업 등을 편다.",
            ["귀농인 정착 지원사업", "농업 창업 및 주택 구입 지원사업"],
        ),
        ("시는 청년 및 신혼부부 주거 지원사업을 시행한다.", ["청년 및 신혼부부 주거 지원사업"]),
        ("도는 소상공인 및 중소기업 육성자금 300억원을 푼다.", ["소상공인 및 중소기업 육성자금"]),
        # after a facility, 및 joins a place and a program
        (
            "시각장애인지원센터 및 장애인 특별운송사업 운영을 돕는다.",
            ["장애인 특별운송사업"],
        ),
        # after a name of its own, 및 joins two programs
        (
            "구는 골목상권 활성화 지원 및 청년창업 공간 조성사업을 묶었다.",
            ["청년창업 공간 조성사업"],
        ),
    ],
)
def test_names_joined_by_mit(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # two sector words joined by 및 say no more than one of them
        "관련 실증 및 기술개발 사업에 투자가 이어진다.",
    ],
)
def test_mit_that_does_not_make_a_name(text: str) -> None:
    assert names(text) == []


# -- a word that ends like a ministry --------------------------------------------------------------


def test_a_voucher_is_no_agency() -> None:
    # 바우처 ends in 처 like 기획예산처, but the name goes on over it to its project head
    assert names("도는 ‘어촌체험바우처 사업’을 연다.") == ["어촌체험바우처 사업"]
    assert names("시는 관광바우처 지원사업을 확대한다.") == ["관광바우처 지원사업"]
    assert names("군은 농식품 바우처 지원사업 대상을 넓힌다.") == ["농식품 바우처 지원사업"]


def test_people_ending_in_bu_are_not_ministries() -> None:
    # 신혼부부 and 청년농부 are people; a ministry before a name says whose program it is
    assert names("군은 신혼부부 주거 지원사업을 연다.") == ["신혼부부 주거 지원사업"]
    assert names("도는 청년농부 스마트팜 지원사업을 편다.") == ["청년농부 스마트팜 지원사업"]
    assert names("보건복지부 노인 돌봄 사업에 선정됐다.") == ["노인 돌봄 사업"]


# -- what people join or apply for; a name in apposition ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quote followed by 참여, 참가자, 신청 …: what one takes part in is a program
        ("시는 올해 「청년 일경험 드림」 참여 기업을 모집한다.", ["청년 일경험 드림"]),
        ("인천시는 '인천 i-플러스 차비' 신청을 받는다.", ["인천 i-플러스 차비"]),
        ("구는 ‘2027 청년 인턴십’ 참가자 50명을 모집한다.", ["청년 인턴십"]),
        # the program's own name in apposition to its description: one mention
        (
            "요건은 하동군 섬진강 완주 인증사업 ‘섬진강 한바퀴’ 참여 등이다.",
            ["하동군 섬진강 완주 인증사업 섬진강 한바퀴"],
        ),
        (
            "시는 청년 주거 지원사업 '청춘 보금자리'를 추진한다.",
            ["청년 주거 지원사업 청춘 보금자리"],
        ),
    ],
)
def test_joined_and_apposed_names(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # events are joined too
        "‘여수 밤바다 불꽃축제’ 참가자가 늘었다.",
        "‘2027 청소년 드론 경진대회’ 참가 신청을 받는다.",
        # a club is joined (가입), a facility used: neither is a program
        "고액기부자모임 ‘나눔리더클럽’ 가입이 늘었다.",
        # a quote that is a clause
        "‘모두가 웃는 마을’ 참여를 호소했다.",
    ],
)
def test_joined_things_that_are_not_programs(text: str) -> None:
    assert names(text) == []


# -- payment instruments and 지원 presented by a verb ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a card or account as the second part of one word, with two words before it
        ("정부는 청년도약계좌 가입 요건을 완화한다.", ["청년도약계좌"]),
        ("도는 농어민행복카드 발급을 시작했다.", ["농어민행복카드"]),
        # 지원 presented as an undertaking by its verb
        ("부산시는 부산형 청년 월세 지원을 시행한다.", ["부산형 청년 월세 지원"]),
        ("도는 중소기업 수출 물류비 지원을 시작한다.", ["중소기업 수출 물류비 지원"]),
    ],
)
def test_cards_accounts_and_presented_support(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "지원금은 본인 명의 계좌로 입금된다.",
        "신용카드나 체크카드로 결제할 수 있다.",
        "시는 주거 지원을 실시한다.",
        "청년 월세 지원에 관심이 많다.",
    ],
)
def test_cards_accounts_and_support_that_are_not_programs(text: str) -> None:
    assert names(text) == []


# -- a topic defined as a program; stages inside a name ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # X는 … 하는 사업으로/제도로 …: the topic is defined as a program
        (
            "특히 '서울형 아이돌봄비'는 조부모가 손주를 돌보면 월 30만 원을 주는 사업으로 "
            "신청자가 몰렸다.",
            ["서울형 아이돌봄비"],
        ),
        (
            "행복드림버스는 교통 소외지역 주민의 이동을 돕는 제도로 올해 노선이 늘었다.",
            ["행복드림버스"],
        ),
        # a stage after a name's noun is part of the name
        ("광주시는 빛그린산단 2단계 조성사업을 추진한다.", ["빛그린산단 2단계 조성사업"]),
        ("도는 어촌뉴딜 2차 사업 대상지를 발표했다.", ["어촌뉴딜 2차 사업"]),
        # a card or passbook program as the second part of one word
        ("복지부는 희망키움통장 가입 대상을 넓혔다.", ["희망키움통장"]),
    ],
)
def test_definitions_and_stages(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # what the topic is like, or someone's words, is no definition
        "신 지사장은 “좋은 인연으로 좋은 제도로 도움 줄 수 있어 기쁘다”며 웃었다.",
        "김 대표는 “지역 아이들을 돕는 사업으로 보답하겠다”고 말했다.",
        # a leading stage or round is not part of a name
        "1단계 사업이 끝났다.",
        "시는 2027년 1차 추경에 청년 사업을 반영했다.",
        # 통장 alone is a village head or a bank book
        "마을 통장과 이장이 함께 점검했다.",
        "지원금은 본인 통장으로 입금된다.",
    ],
)
def test_definitions_and_stages_that_are_not_names(text: str) -> None:
    assert names(text) == []


def test_a_later_quoted_name_is_the_program_not_the_earlier_part() -> None:
    text = (
        "협회는 신규 채용 근로자에게 고용장려금을 주는 ‘뿌리기업 인력 채움 고용장려금 사업’을 "
        "벌였다. 고용장려금 신청은 다음 달 받는다."
    )
    assert names(text) == ["뿌리기업 인력 채움 고용장려금 사업"]


def test_the_first_mention_stands_when_no_quote_names_it() -> None:
    text = "군은 농업인 공익수당을 올린다. 도내 농업인 공익수당 지급 기준도 같다."
    assert names(text) == ["농업인 공익수당"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a course or service over two activities is one name, not one per activity
        ("군은 청년을 대상으로 농업일자리 탐색·체험교육을 실시한다.", ["농업일자리 탐색·체험교육"]),
        # a noun saying how the verb is done stands between the object and its verb
        ("시는 산모·신생아 건강관리 서비스를 확대 운영한다.", ["산모·신생아 건강관리 서비스"]),
        ("도는 청년 마을활동가 교육을 시범 실시한다.", ["청년 마을활동가 교육"]),
        # a compound's first noun read as a pronoun (우리/NP 동네) is part of the name
        ("구는 어르신 안부를 살피는 우리동네 돌봄지킴이를 운영한다.", ["우리동네 돌봄지킴이"]),
        ("시는 1인 가구를 돕는 생활안전 매니저를 배치한다.", ["생활안전 매니저"]),
        # the verb still decides: a plain noun before an unrelated verb is no program
        ("교육을 확대해 달라는 요청이 많았다.", []),
        ("공무원을 현장에 배치한다.", []),
    ],
)
def test_courses_services_and_the_verb_that_presents_them(text, expected):
    assert names(text) == expected


# -- what people take part in or are served by; a service named in one word ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the quote with 에 before a clause whose predicate is 참여하다
        ("‘다함께 꿈터’에는 초등학생 40명이 참여한다.", ["다함께 꿈터"]),
        ("어민 200명이 ‘바다 살림 동행’에 참여했다.", ["바다 살림 동행"]),
        ("주민들이 ‘골목 정원 가꾸미’에도 참여해 꽃을 심었다.", ["골목 정원 가꾸미"]),
        # a contest one enters, a body one joins, an event, a place, another predicate
        ("구는 ‘2027 청년 드론 대상’에 참가해 상을 받았다.", []),
        ("시민 단체들은 ‘하천 살리기 협의회’에 참여했다.", []),
        ("관광객 5만명이 ‘바다 빛 축제’에 참여했다.", []),
        ("‘다함께 꿈터’에서 40명이 참여한다.", []),
        ("‘다함께 꿈터’에 대한 관심이 커져 참여가 늘었다.", []),
        ("‘다함께 꿈터’에 예산을 늘렸다.", []),
    ],
)
def test_a_quote_people_take_part_in(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a presented head followed by the people it serves
        ("장애인 주간활동 서비스 이용자가 늘었다.", ["장애인 주간활동 서비스"]),
        ("청년 월세 지원 신청자가 2천명을 넘었다.", ["청년 월세 지원"]),
        # one specific word before the head names no program
        ("안전 교육 대상자는 100명이다.", []),
        ("올해 재난 지원 대상자는 줄었다.", []),
        # a service named in one word with the group it serves
        ("지난해 한부모가족돌봄서비스를 이용한 가구가 늘었다.", ["한부모가족돌봄서비스"]),
        ("장애인활동지원서비스 단가를 올린다.", ["장애인활동지원서비스"]),
        ("지난해 아이등하원돌봄서비스를 이용한 가구가 늘었다.", ["아이등하원돌봄서비스"]),
        # a sector, one word before the head, a list of fields
        ("사업자가 전기통신서비스를 제공한다.", []),
        ("결혼서비스 가격이 올랐다.", []),
        ("근무 분야는 환경정화·정보화·공공서비스 등이다.", []),
        # a bundle of supports under a quoted name; unquoted a product
        ("‘청년 귀농 정착패키지’의 지원 한도를 올린다.", ["청년 귀농 정착패키지"]),
        ("여행사는 제주 관광 패키지 상품을 판다.", []),
    ],
)
def test_services_their_users_and_packages(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who pays, written last before the head, says which kind (as 자체 사업 does)
        ("수소버스 국비 보조금 300억원", []),
        ("전기 트럭 도비 지원금을 늘린다.", []),
        ("수소버스 보조금 300억원", ["수소버스 보조금"]),
        # the public purse that pays an operator says as little
        ("도는 마을버스 재정 지원금을 늘린다.", []),
        ("군은 농어촌버스 재정지원금 40억원을 편성했다.", []),
    ],
)
def test_a_funding_source_before_the_head(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place's own version makes a service or course a program without a verb that runs it
        ("부산시는 부산형 통합돌봄 서비스를 16개 구군으로 확대한다.", ["부산형 통합돌봄 서비스"]),
        # a kind of service (맞춤형, 체감형) does not
        ("도는 맞춤형 직무 교육을 늘린다.", []),
        ("시는 체감형 서비스를 늘린다.", []),
    ],
)
def test_a_place_version_of_a_service(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quoted -기 name whose verb Kiwi reads with an adverb for its first syllable
        (
            "강원특별자치도는 ‘강원 청년 일자리 더하기’ 참여자 300명을 모집한다.",
            ["강원 청년 일자리 더하기"],
        ),
        ("군은 ‘농촌 일손 더하기’를 추진한다.", ["농촌 일손 더하기"]),
        ("시는 ‘골목 상권 함께하기’에 참여한 상인을 지원한다.", ["골목 상권 함께하기"]),
    ],
)
def test_a_verbal_noun_read_with_an_adverb(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # benefits a social insurance pays anyone insured, by law
        ("고용보험의 구직급여 지급액이 늘었다.", []),
        ("육아휴직급여 수급자가 7만명이다.", []),
        ("장기요양급여 이용자가 늘었다.", []),
        # a benefit paid as a program keeps its name
        ("군은 청년 구직급여를 신설한다.", ["청년 구직급여"]),
        ("도는 기초주거급여 기준을 넓힌다.", ["기초주거급여"]),
    ],
)
def test_insurance_benefits_by_law(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quoted card, account or fund Kiwi keeps as one token
        ("시는 ‘농어민행복카드’ 발급을 늘린다.", ["농어민행복카드"]),
        ("도는 ‘다자녀행복카드’ 혜택을 넓힌다.", ["다자녀행복카드"]),
        # one word before the head, or a plain noun ending in 제
        ("‘교통카드’를 쓴다.", []),
        ("‘경제’를 살린다.", []),
    ],
)
def test_a_quoted_one_token_name_with_an_attached_head(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an amount glued to the name's noun is part of a coined name, not a leading number
        ("백원택시는 마을 주민이 100원만 내고 타는 교통 지원 사업이다.", ["백원택시"]),
        ("2026년 청년 월세 지원사업을 연다.", ["청년 월세 지원사업"]),
        # money on an occasion of life; after a name of its own a dot joins two names
        ("군은 입학축하금·교복 바우처를 준다.", ["입학축하금", "교복 바우처"]),
        ("소농·면적직불금을 올린다.", ["소농직불금", "면적직불금"]),
        ("시는 산모·신생아 건강관리 서비스를 확대 운영한다.", ["산모·신생아 건강관리 서비스"]),
    ],
)
def test_coined_amounts_and_names_joined_by_a_dot(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # settling, investing, issuing: aims and acts that payments of every kind serve
        ("군은 전입한 청년에게 정착지원금 300만원을 준다.", []),
        ("시는 입주 기업에 투자보조금을 준다.", []),
        ("상품권 할인을 위한 발행 지원금 80억원을 담았다.", []),
        ("문을 닫는 가게에 폐업지원금 250만원을 준다.", []),
        ("구는 온라인 취업 지원 프로그램을 늘린다.", []),
        # with a group or another word they name one program
        ("구는 귀농 정착 지원사업을 연다.", ["귀농 정착 지원사업"]),
        ("도는 지방투자촉진보조금을 연계한다.", ["지방투자촉진보조금"]),
        ("도는 소상공인 폐업지원금을 올린다.", ["소상공인 폐업지원금"]),
        ("군은 청년 취업 지원사업을 연다.", ["청년 취업 지원사업"]),
    ],
)
def test_payments_named_only_by_their_aim(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quoted -기 phrase that says what the noun before it does, in a verbless headline
        ("조선 수주 ‘숨 고르기’…상반기 발주 급감", []),
        ("수출 ‘몸집 불리기’, 내수는 부진", []),
        # after a place, or with a verb, it is a campaign
        ("구 ‘우리 동네 꽃길 가꾸기’…주민 300명 참여", ["우리 동네 꽃길 가꾸기"]),
        ("군은 ‘더 푸른 골목 만들기’를 추진한다.", ["더 푸른 골목 만들기"]),
    ],
)
def test_a_headline_figure_of_speech_is_no_campaign(text: str, expected: list[str]) -> None:
    assert names(text) == expected
