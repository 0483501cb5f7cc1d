"""Program names in the forms of national dailies and ministries (issue 8): quoted payments and
schemes that a clause of giving describes, quoted names with a budget, financial products, and
what stays no program. Sentences written for these tests."""

from __future__ import annotations

import pytest
from articles import program_names as names

from extractors.programs import extract_programs, merge_programs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quote after the adnominal of a verb of giving money or a benefit
        (
            "군은 난방비의 절반을 돌려주는 ‘겨울나기 난방 나눔’을 올해도 이어간다.",
            ["겨울나기 난방 나눔"],
        ),
        (
            "도는 농기계 수리비를 지급하는 ‘농기계 안심수리’에 5억원을 배정했다.",
            ["농기계 안심수리"],
        ),
        ("시내버스 요금을 면제하는 '어르신 무임버스'가 인기를 끌었다.", ["어르신 무임버스"]),
        ("수업료를 감면해 주는 ‘배움 동행’은 다음 달 접수한다.", ["배움 동행"]),
        ("장비를 빌려주는 ‘농기계 임대 나눔’이 인기다.", ["농기계 임대 나눔"]),
        # Kiwi reads 경기 기후 as a noun with the copula and a -기 ending: still a name
        ("시는 폭염 피해를 보장하는 '경기 기후 돌봄'을 도입했다.", ["경기 기후 돌봄"]),
        # plain 주다 gives money with an amount as its object, not a smile
        ("시는 매달 20만 원을 주는 ‘농촌 청년 디딤’을 새로 만든다.", ["농촌 청년 디딤"]),
        ("주민에게 웃음을 주는 ‘행복 나눔 편지’가 화제다.", []),
        # 주다 as an auxiliary gives nothing of itself: the main verb decides
        ("날씨 정보를 보내 주는 ‘바다 알림’을 내려받았다.", []),
        # a body or a rule that gives it is no program
        ("장비를 빌려주는 ‘농기계임대센터’가 문을 열었다.", []),
        ("이용 권리를 보장하는 ‘정보 접근 지침’을 지켜야 한다.", []),
        # a quote followed by its budget, without an amount
        ("시 관계자는 “‘마을 돌봄 나눔’ 예산이 줄었다”고 말했다.", ["마을 돌봄 나눔"]),
        ("도는 ‘섬마을 통학선’ 사업비를 늘렸다.", ["섬마을 통학선"]),
        # a two-way mark is not closed by the other one: ' inside "…"
        (
            "담당자는 \"내년에는 '청소년 통학 나눔' 예산을 늘리겠다\"고 밝혔다.",
            ["청소년 통학 나눔"],
        ),
    ],
)
def test_quotes_of_giving_and_budgets(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # financial products, internships and town campaigns close quoted names
        ("요즘 ‘다자녀 특례대출’ 문의가 늘었다.", ["다자녀 특례대출"]),
        ("군은 ‘농업인 안전보험’ 가입을 권했다.", ["농업인 안전보험"]),
        ("구는 ‘경력단절 여성 인턴십’ 같은 일자리를 늘린다.", ["경력단절 여성 인턴십"]),
        ("‘우리 동네 걷기 운동’이 석 달째 이어지고 있다.", ["우리 동네 걷기 운동"]),
        # unquoted they are kinds or plain words
        ("주택담보대출 금리가 올랐다.", []),
        ("매일 걷기 운동을 하면 좋다.", []),
        # savings accounts are named like 계좌 and 통장, with two words
        ("정부는 ‘청년희망적금’을 새로 내놓았다.", ["청년희망적금"]),
        ("정기적금 금리가 내렸다.", []),
        # months of a pension credited for a life event
        ("‘실업 크레디트’는 구직급여를 받는 동안 보험료를 지원한다.", ["실업 크레디트"]),
        ("군 복무 크레디트 기간이 늘어난다.", ["군 복무 크레디트"]),
    ],
)
def test_products_and_credits(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Kiwi reads the -이 of a noun of persons as the subject particle: no clause without a
        # predicate after it
        ("구는 ‘어르신 말벗섬김이 사업’ 인력을 늘렸다.", ["어르신 말벗섬김이 사업"]),
        # and 인 of 어업인 as the subject particle after a vowel
        ("도는 '귀어 어업인 정착 사업'을 한다.", ["귀어 어업인 정착 사업"]),
        # a quoted clause still is one
        ("시는 ‘주민이 만드는 마을 사업’을 펼친다.", []),
        # a compound whose first part Kiwi reads as an adverb is a coined name
        ("구는 바로일자리 사업 참여자를 다음 달 모집한다.", ["바로일자리 사업"]),
        # but 직접일자리 is a category of employment programs (direct job creation)
        ("구는 직접일자리 사업 참여자를 다음 달 모집한다.", []),
        # also inside the word (국민/NNG 내일/MAG 배움/VV+ETN 카드), a -ㅁ noun before 카드
        ("올해부터 국민내일배움카드를 발급한다.", ["국민내일배움카드"]),
        ("도는 어르신 든든채움카드를 준다.", ["어르신 든든채움카드"]),
        ("정부는 공공 일자리 사업을 늘린다.", []),
        # what is in force now is no name of the rule
        ("요금은 현행 정액제로 유지된다.", []),
    ],
)
def test_kiwi_readings_and_leading_words(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a special grant says how it is given, not which (with a province with its suffix)
        ("강원도 특별지원금과 국민성금이 합산됐다.", []),
        ("수해 농가 특별지원금이 지급됐다.", ["수해 농가 특별지원금"]),
        # what earns the money of a body is a kind
        ("마을기업 수익 사업을 늘리겠다.", []),
        # the benefits paid by law to the veterans' register
        ("올해 보훈급여가 5% 오른다.", []),
        # a quoted -기 phrase before a noun of method names a technique
        ("‘콩 두둑 넓게 심기’ 기술을 쓴 밭은 수확이 늘었다.", []),
        ("군은 ‘콩 두둑 넓게 심기’를 펼친다.", ["콩 두둑 넓게 심기"]),
    ],
)
def test_kinds_and_methods(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a mention that leaves words out of a quoted name of the article, before or after it
        (
            "구가 운영한 독서 모임 프로그램이 호응을 얻었다. 구립도서관의 ‘청소년 독서 모임 나눔"
            " 프로그램’은 정원이 찼다.",
            ["청소년 독서 모임 나눔 프로그램"],
        ),
        (
            "‘농촌 어르신 안부전화 나눔 사업’이 시작됐다. 어르신 안부전화 사업은 연말까지"
            " 이어진다.",
            ["농촌 어르신 안부전화 나눔 사업"],
        ),
        # another head, or words out of order, name another program
        (
            "청소년 독서 모임 캠페인을 연다. ‘청소년 독서 모임 나눔 프로그램’도 이어간다.",
            ["청소년 독서 모임 캠페인", "청소년 독서 모임 나눔 프로그램"],
        ),
    ],
)
def test_shortened_mentions_of_a_quoted_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name with an abbreviation of its own in parentheses is one program
        ("이민자 조기적응프로그램(KIPP) 수료자가 늘었다.", ["이민자 조기적응프로그램(KIPP)"]),
        ("도는 통합 돌봄 사업(ICB)을 넓힌다.", ["통합 돌봄 사업(ICB)"]),
        # without it, or with a generic word's abbreviation, the kind stays a kind
        ("도는 통합 돌봄 사업을 넓힌다.", []),
        ("국토부는 사회간접자본(SOC) 사업을 늘린다.", []),
        # credit to spend on bills, in either spelling
        ("소상공인 에너지 크레딧을 지원한다.", ["소상공인 에너지 크레딧"]),
    ],
)
def test_abbreviations_and_credits(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 수당 written apart after one word: the pay for what it does
        ("봉사자에게는 하루 3만 원의 방역활동 수당을 준다.", []),
        ("소방대원에게 야간 수당을 지급한다.", []),
        # a coined allowance, or one that says whom it serves, is a program
        ("군은 청년 수당을 올린다.", ["청년 수당"]),
        ("군은 어촌정착수당을 올린다.", ["어촌정착수당"]),
        ("군은 어업인 공익수당을 올린다.", ["어업인 공익수당"]),
    ],
)
def test_pay_for_an_activity(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_later_quoted_name_that_contains_the_first_is_recorded() -> None:
    title = extract_programs("어민 30만원 ‘유류비 크레딧’…내달 신청", "title")
    body = extract_programs(
        "해수부는 ‘연안어업 유류비 크레딧’ 30만원을 준다. 수산 체험 캠페인도 연다."
    )
    merged = merge_programs(title + body)
    assert [(p.name, p.section) for p in merged] == [
        ("연안어업 유류비 크레딧", "body"),
        ("수산 체험 캠페인", "body"),
    ]
    # unquoted, the later and longer mention keeps the first one's name
    body = extract_programs("해수부는 연안어업 유류비 크레딧 30만원을 준다.")
    assert [p.name for p in merge_programs(title + body)] == ["유류비 크레딧"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # guarantees, named loans and mutual aid close quoted names
        ("재단은 ‘청년 창업 특례보증’ 한도를 두 배로 늘린다.", ["청년 창업 특례보증"]),
        ("공사의 ‘임대보증금반환보증’ 가입 건수가 늘었다.", ["임대보증금반환보증"]),
        ("‘보금자리론’ 금리가 석 달 만에 내렸다.", ["보금자리론"]),
        ("‘노란우산’ 공제에 가입한 사장님이 늘었다.", ["노란우산 공제"]),
        ("참전유공자는 ‘보훈대부’ 한도가 늘었다.", ["보훈대부"]),
        ("업계는 ‘재즈 대부’ 공연을 열었다.", []),
        # 론 of an argument or a common noun, and the deductions of the tax law, are none
        ("당 안팎에서 ‘책임론’이 번지고 ‘여론’도 나빠졌다.", []),
        ("‘월세 세액공제’를 받으려면 서류가 필요하다.", []),
        # a bullet alone does not make a product a name; a budget line with its amount does
        ("△기능인력 우대공제 △교통비 지원 등을 돕는다.", []),
        ("▲소상공인 특례보증 30억원 ▲전통시장 주차장 조성 12억원", ["소상공인 특례보증"]),
        # a scholarship coined in one word is named; written apart, it is a kind
        ("대학은 지역우수장학금을 학기마다 지급한다.", ["지역우수장학금"]),
        ("동문회가 성적 우수 장학금을 전달했다.", []),
        # a program's version or type is part of its name
        ("‘햇살론17’ 공급이 작년보다 늘었다.", ["햇살론17"]),
        ("‘농촌인재장학금 2유형’은 성적을 보지 않는다.", ["농촌인재장학금 2유형"]),
        # what people apply for or receive is a program; a permit is not
        ("주민은 ‘빈집 수리 나눔’을 신청할 수 있다.", ["빈집 수리 나눔"]),
        ("그는 ‘건축 허가’를 신청했다.", []),
        ("‘농가 희망 디딤’ 수급자는 3천 명이다.", ["농가 희망 디딤"]),
        # a breakdown by each (-별) and a measure a rule sets are no names
        ("일반 정책자금 금리는 분기별 정책자금 금리에 맞춘다.", []),
        ("7월부터 시행되는 ‘주택담보인정비율(LTV)’은 더 엄격해진다.", []),
        # a product of a special provision is a scheme, also unquoted; a kind of loan is not
        ("신생아 특례대출 소득 요건이 완화된다.", ["신생아 특례대출"]),
        ("특례 디딤돌대출 금리를 내린다.", ["특례 디딤돌대출"]),
        ("주택담보대출 금리가 올랐다.", []),
        # a syllable Kiwi reads as a particle or a determiner inside a compound is part of it
        ("청년도약계좌 가입자가 200만명을 넘었다.", ["청년도약계좌"]),
        ("기후동행카드 판매량이 늘었다.", ["기후동행카드"]),
        # a Korean other name in parentheses glued after the head is one mention
        (
            "청소년에게 ‘스포츠 이용권(스포츠바우처)’을 새로 지급한다.",
            ["스포츠 이용권(스포츠바우처)"],
        ),
    ],
)
def test_ministry_schemes(text: str, expected: list[str]) -> None:
    assert names(text) == expected
