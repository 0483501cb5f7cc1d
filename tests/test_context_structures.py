"""Metric and subject read from the structure around a figure (issue 8, items 1 and 7): a rate
a relative clause after the percent describes, what a `N%의` percent is of, the items of a list of
changes in parentheses, titles that put the changed thing between the percent and its verb.
Sentences written for these tests in the styles of 통계청, ministries, provincial offices and
regional dailies; none is taken from the corpus or the gold files."""

from __future__ import annotations

import pytest
from articles import article

from extractors.figures import extract_figures
from pipeline.run.extract import extract_article


def only(text: str, surface: str):
    (found,) = [f for f in extract_figures(text) if f.surface == surface]
    return found


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        # a relative clause after the percent describes the rate named after it
        ("2003년 52.7%였던 한빛시 재정자립도는 지난해 29.4%로 내려앉았다.", "52.7%", "재정자립도"),
        ("누리군은 한때 40%대를 넘던 재정자립도가 10%대로 낮아졌다.", "40%", "재정자립도"),
        ("1990년대 70%대를 웃도는 자급률을 보였던 쌀도 예외가 아니다.", "70%", "자급률"),
        ("2015년 68.2%로 정점을 찍었던 재정자주도는 해마다 낮아졌다.", "68.2%", "재정자주도"),
        ("지난해 2.9%였던 청년 실업률이 올해 3.4%로 올랐다.", "2.9%", "청년 실업률"),
        ("도는 81.3%에 이르는 만족도를 성과로 꼽았다.", "81.3%", "만족도"),
        # a rate whose 도 Kiwi reads as a particle (`재정자주도도` as 재정자주 + 도 + 도)
        ("재정자주도도 2024년 52.1%를 기록했다.", "52.1%", "재정자주도"),
        # `N%의 X`: the percent is of X
        ("기한을 넘기면 3%의 가산금이 붙는다.", "3%", "가산금"),
        ("창업기업에는 0.8%의 보증료를 적용한다.", "0.8%", "보증료"),
        ("10만 원을 넘는 금액은 16.5%의 세액공제 혜택을 받는다.", "16.5%", "세액공제율"),
        ("최대 30%의 할인 혜택을 준다.", "30%", "할인율"),
        ("노사는 올해 3.5%의 임금 인상에 합의했다.", "3.5%", "인상률"),
        ("체납액에는 최대 75%의 중가산금 부과되며 압류가 뒤따른다.", "75%", "중가산금"),
        # items of a list in parentheses share the change verb after them, across 과/와, 등에서
        # and the subject of the change
        ("화학제품(18.2%)과 선박(11.4%) 등에서 수출이 늘었다.", "18.2%", "증가율"),
        ("화학제품(18.2%)과 선박(11.4%) 등에서 수출이 늘었다.", "11.4%", "증가율"),
        ("승용차(9.1%), 가전제품(4.4%) 등의 판매가 줄어 소매판매는 감소했다.", "9.1%", "감소율"),
        ("토목(23.5%) 부문이 크게 늘며 건설수주가 증가했다.", "23.5%", "증가율"),
        ("건설수주는 건축(8.6%)에서 늘어 4.1% 증가했다.", "8.6%", "증가율"),
        ("광공업 생산은 전자부품(12.2%) 등에서 생산이 감소해 줄었다.", "12.2%", "감소율"),
        # a title that puts the changed thing between the percent and its change word
        ("경남 제조업 4.2% 생산 감소…전국은 1.1% 동반 상승", "4.2%", "감소율"),
        ("경남 제조업 4.2% 생산 감소…전국은 1.1% 동반 상승", "1.1%", "상승률"),
        ("제주 2.5%·전북 1.8% 고용 증가", "2.5%", "증가율"),
        ("제주 2.5%·전북 1.8% 고용 증가", "1.8%", "증가율"),
        # a statistic of a rate still names the rate
        ("전국 기초자치단체의 금리 평균은 2.48%였다.", "2.48%", "금리"),
        ("도내 시군 금고 이자율 평균 2.1%", "2.1%", "금고 이자율"),
        ("청년 고용률 최고치는 47.9%다.", "47.9%", "청년 고용률"),
        # a rate before 역시/또한 is the clause's topic, nearer than the sentence's
        (
            "3분기 고용률은 62.1%로 0.4%p 올랐고, 실업률 역시 3.1%로 0.2%p 상승했다.",
            "0.2%p",
            "실업률",
        ),
        ("만족도 또한 전체 응답자의 71%가 만족한다고 답했다.", "71%", "만족도"),
        # a determiner between a rate and its figure
        ("여성 고용률 첫 60% 돌파", "60%", "여성 고용률"),
        # a threshold of income is named by the income it is a share of
        ("대상은 기준중위소득 120% 이하 가구다.", "120%", "기준중위소득"),
        # `N%대의 X`: a rate in the tens named after it
        ("누리군은 1990년대까지 40%대의 재정자립도를 지켰다.", "40%", "재정자립도"),
        # a change in points of the rate the verb takes as its object
        ("정부는 중소기업 대출 금리를 최대 2%p 인하한다.", "2%p", "중소기업 대출 금리"),
        ("도는 청년 고용률을 2030년까지 3%p 높인다.", "3%p", "청년 고용률"),
        # a percent in parentheses inside the name of its rate
        ("누리군은 65세 이상 인구(31.2%) 비율이 도내 최고다.", "31.2%", "인구 비율"),
        ("한빛시(61.2%) 고용률이 가장 높았다.", "61.2%", "고용률"),
        ("바다군은 청년 가구(18.5%) 비중이 가장 컸다.", "18.5%", "청년 가구 비중"),
        # a label with a colon on a list or table line
        ("- 청년 실업률 : 6.1%", "6.1%", "청년 실업률"),
        ("참여율: 80%, 만족도: 92%", "92%", "만족도"),
        # rates joined before 각각 go to the percentages after it in order
        ("고용률과 실업률은 각각 61.8%, 3.4%로 나타났다.", "61.8%", "고용률"),
        ("고용률과 실업률은 각각 61.8%, 3.4%로 나타났다.", "3.4%", "실업률"),
        ("누리군의 고용률, 실업률, 참가율은 각각 58.2%, 2.7%, 60.3%였다.", "2.7%", "실업률"),
        ("누리군의 고용률, 실업률, 참가율은 각각 58.2%, 2.7%, 60.3%였다.", "60.3%", "참가율"),
        # one rate before 각각 goes to every item
        ("남녀 고용률은 각각 70.1%, 55.2%다.", "55.2%", "남녀 고용률"),
        # a part of a cost named with 가운데/중 before the share an act covers
        ("대출 이자 가운데 2%를 지원한다.", "2%", "대출 이자 지원율"),
    ],
)
def test_metric_from_the_structure_around_the_percent(text, surface, metric):
    assert only(text, surface).metric == metric


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a part of a population after `N%의` is not a rate of anything
        ("조사 결과 42%의 주민이 사업에 찬성했다.", "42%"),
        ("전체 응답 중 18%의 기업이 인력난을 꼽았다.", "18%"),
        ("35%의 청년이 취업 준비 중이다.", "35%"),
        # nor is a part of an amount, or a range
        ("도는 20%의 예산을 절감했다.", "20%"),
        ("사업비의 50%의 범위에서 지원한다.", "50%"),
        # a relative clause that describes a thing that is not a rate names no metric
        ("2020년 30%였던 한빛시는 지난해 사업을 마쳤다.", "30%"),
        ("5%를 넘는 사업장은 점검 대상이다.", "5%"),
        # items in parentheses followed by a verb that is not a change
        ("청년층(25.3%)이 가장 많았고 중장년층(20.1%)이 뒤를 이었다.", "25.3%"),
        ("서비스업(30.2%)과 제조업(20.1%)에서 만족도가 높아졌다.", "30.2%"),
        # answers of a part of the people asked are not a share (비중) of anything
        ("전체 응답자의 64.5%가 만족한다고 답했다.", "64.5%"),
        ("전체 참여자의 88%가 계속 참여하겠다고 밝혔다.", "88%"),
        # levels listed with 로 before a change verb are not changes
        ("한빛시는 2012년 37.1%, 2013년 31.4%로 급락했다.", "37.1%"),
        ("한빛시는 2012년 37.1%, 2013년 31.4%로 급락했다.", "31.4%"),
        # points of a thing that is not a rate name no metric
        ("시는 사업비를 2%p 늘린다.", "2%p"),
        # a statistic after a noun that is not a rate names nothing
        ("참여 기업 평균 12%를 기록했다.", "12%"),
    ],
)
def test_no_metric_made_up_from_the_structure(text, surface):
    assert only(text, surface).metric is None


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        # a share of a whole amount is a share; of a count of things, empty (round 13)
        ("전체 민원의 84%를 인공지능이 처리했다.", "84%", None),
        ("전체 예산의 12.5%를 복지에 쓴다.", "12.5%", "비중"),
    ],
)
def test_shares_and_sentences_that_go_on(text, surface, metric):
    assert only(text, surface).metric == metric


def test_a_sentence_naming_only_places_and_verbs_goes_on_with_the_rate_before_it():
    doc = article(
        "2026-02-10T09:00:00",
        "한빛시 재정자립도 28.1%",
        "한빛시 재정자립도는 28.1%였다. 이는 도 평균(41.2%)은 물론 전국 평균(45.0%)과 "
        "비교해도 낮은 수준이다. 시는 세수 확대 방안을 찾는다.",
    )
    metrics = [(f.surface, f.metric) for f in extract_article(doc).figures if f.section == "body"]
    assert metrics == [
        ("28.1%", "재정자립도"),
        ("41.2%", "재정자립도"),
        ("45.0%", "재정자립도"),
    ]


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # after a bare 개 the noun with 의 is what is counted, not what belongs to it
        ("전국 17개 시도의 고용률을 비교했다.", "17개", "시도"),
        ("도내 22개 대학의 신입생 충원율이 떨어졌다.", "22개", "대학"),
        ("통계청은 전국 30개 도시의 소비자물가를 조사했다.", "30개", "도시"),
        # but a word of quality or amount with 의 stands between the count and its noun
        ("2만6000개 양질의 일자리를 만든다.", "2만6000개", "일자리"),
        ("연간 100명 안팎의 근로자가 일한다.", "100명", "근로자"),
        ("2030년까지 5만 명 이상의 인력이 필요하다.", "5만 명", "인력"),
        # an act after a count of things is what happens to them; after a count of times it is
        # what is counted
        ("올해 노후 주택 350호 철거", "350호", "노후 주택"),
        ("시는 연 2회 점검한다.", "2회", "점검"),
        ("올해 두 차례 정비에도 문제가 이어졌다.", "두 차례", "정비"),
        # but not a light verb, nor past a name right before the count
        ("올해 교육 3회 실시", "3회", "교육"),
        ("‘찾아가는 이동상담소’ 12회 운영", "12회", "찾아가는 이동상담소"),
        # a manner word between a count and the act that names it; a count per head is no name
        ("청년 창업가 모집…30명 선착순 모집", "30명", "모집 인원"),
        ("인구 대비 의사 수는 1천 명당 2.1명이다.", "2.1명", "의사"),
        # a money unit with 씩 before a count is no name
        ("학생 1인당 20만 원씩 모두 3천 명에게 지급한다.", "3천 명", "지급 대상"),
        # a label with a colon on a list or table line
        ("참가 인원: 300명", "300명", "참가 인원"),
        ("○ 모집 대상: 청년 창업가 30명", "30명", "청년 창업가"),
        # a signed change in parentheses after the item it is of (a list in a statistics release)
        ("남성(+3만 명)과 여성(+5만 명) 모두 늘었다.", "5만 명", "여성"),
        ("제조업(-4만 2천 명, -0.9%)에서 감소했다.", "-4만 2천 명", "제조업"),
        # 도 glued to a counter is the particle, not a province
        ("벤처기업 제품 6개도 혁신상을 받았다.", "6개", "벤처기업 제품"),
        # a kind of place glued to the counter; a part of a whole of places
        ("대전 5개구 중 중구에만 시설이 없다.", "5개", "구"),
        ("도내 22개 시군 가운데 15곳이 참여했다.", "15곳", "시군"),
        ("전국 243개 지자체 중 120곳이 응답했다.", "120곳", "지자체"),
        # a part of a count before it counts the same things
        ("시민 10명 중 7명이 정책에 만족했다.", "7명", "시민"),
        ("응답자 1만 2천 명 중 8천 명이 찬성했다.", "8천 명", "응답자"),
        ("귀농 가구 10가구 가운데 7가구가 만족했다.", "7가구", "귀농 가구"),
        # households a relative clause before the counter describes
        ("최근 5년간 귀농·귀촌한 4500가구를 대상으로 조사했다.", "4500가구", "귀농·귀촌 가구"),
        ("올해 입주한 320세대에 관리비를 지원한다.", "320세대", "입주 세대"),
        # a mark opens the next item of a list: its noun is not the count's before it
        ("▲하천 정비 12건 ▲농로 포장 31건 등을 추진한다.", "31건", "농로 포장"),
        ("△경로당 보수 9곳 △마을회관 신축 2곳을 마쳤다.", "2곳", "마을회관 신축"),
        # a noun right before a count of households still names it
        ("도는 공공임대주택 1천200가구를 공급한다.", "1천200가구", "공공임대주택"),
    ],
)
def test_subject_from_the_structure_around_the_count(text, surface, subject):
    assert only(text, surface).subject == subject


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # the count is the subject of a relative clause: the main clause's topic is not it
        ("핵심 사업은 연간 90만 명이 찾는 해수욕장을 정비하는 사업이다.", "90만 명"),
        ("이번 축제는 하루 3만 명 이상이 다녀가는 행사로 자리 잡았다.", "3만 명"),
        # a clause has one subject: another subject before the count's is not what it counts
        ("물류창고에서 화재가 발생해 3명이 반출되고 7명이 남았다.", "3명"),
        # a whole that names nothing gives its part nothing
        ("전체 10명 중 3명이 여성이다.", "3명"),
    ],
)
def test_a_count_takes_no_subject_from_another_clause(text, surface):
    assert only(text, surface).subject is None


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # people who died or were hurt are named by it, not by another subject before them
        ("물류창고에서 화재가 발생해 3명이 숨지고 7명이 다쳤다.", "3명", "사망자"),
        ("물류창고에서 화재가 발생해 3명이 숨지고 7명이 다쳤다.", "7명", "부상자"),
        ("공사 현장에서 붕괴 사고가 나 2명이 다쳤다.", "2명", "부상자"),
        ("하루 평균 4.2명이 숨진 셈이다.", "4.2명", "사망자"),
    ],
)
def test_people_who_died_or_were_hurt(text, surface, subject):
    assert only(text, surface).subject == subject


def test_a_count_of_households_names_itself_when_nothing_else_does():
    doc = article(
        "2026-01-20T09:00:00",
        "제주도, 취약계층 난방비 지원",
        "제주도는 올해 도비 12억 원을 들여 저소득 3천 가구에 난방비를 지원한다. "
        "신청은 읍면동 주민센터에서 받는다. "
        "한편 지난해에는 2천800가구가 지원을 받았다.",
    )
    subjects = [(f.surface, f.subject) for f in extract_article(doc).figures if f.kind == "count"]
    # the noun right before names the first; the next takes it across the sentences
    assert subjects == [("3천 가구", "저소득"), ("2천800가구", "저소득")]


def test_a_count_of_households_with_nothing_named_is_of_households():
    doc = article(
        "2026-03-02T09:00:00",
        "경남도 주거환경 개선 사업 착수",
        "경남도는 올해 주거환경 개선 사업을 시작한다. 모두 450가구에 집수리비를 지원한다.",
    )
    subjects = [(f.surface, f.subject) for f in extract_article(doc).figures if f.kind == "count"]
    assert subjects == [("450가구", "가구")]


def test_counters_of_dwellings_carry_a_subject_to_one_another():
    doc = article(
        "2026-02-27T09:00:00",
        "부산 미분양 4천120호로 감소…한 달 새 830가구 줄어",
        "부산의 미분양 주택은 4천120호로 집계됐다. 전달보다 830가구가 줄었다.",
    )
    subjects = [(f.surface, f.subject) for f in extract_article(doc).figures if f.kind == "count"]
    assert subjects == [
        ("4천120호", "미분양"),
        ("830가구", "미분양"),
        ("4천120호", "미분양 주택"),
        ("830가구", "미분양 주택"),
    ]
    # a counter of things that are not dwellings carries nothing to them
    doc = article(
        "2026-02-27T09:00:00",
        "한빛시 체육관 3곳 준공",
        "한빛시는 체육관 3곳을 준공했다. 올해 120가구에 집수리비를 준다.",
    )
    subjects = [(f.surface, f.subject) for f in extract_article(doc).figures if f.kind == "count"]
    assert ("120가구", "가구") in subjects


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # a self-naming counter gives way to a name of the same things, before it or after 의
        ("도교육청은 혁신학교 42개교를 지정했다.", "42개교", "혁신학교"),
        ("도교육청은 올해 42개교의 혁신학교를 운영한다.", "42개교", "혁신학교"),
        ("군은 85농가의 친환경 인증 농가에 장려금을 준다.", "85농가", "친환경 인증 농가"),
        # after 의 what the counted things have is not them
        ("군은 85농가의 소득을 조사했다.", "85농가", "농가"),
        ("도교육청은 42개교의 급식 실태를 점검했다.", "42개교", "개교"),
        # a measure word after a gloss in parentheses measures the noun before the gloss
        ("청년 취업자(15~29세) 수는 12만 명으로 줄었다.", "12만 명", "청년 취업자"),
        (
            "여성 경제활동인구(취업자+실업자) 수는 지난해 31만 명에서 올해 33만 명으로 늘었다.",
            "33만 명",
            "여성 경제활동인구",
        ),
    ],
)
def test_self_naming_counters_and_measures(text, surface, subject):
    assert only(text, surface).subject == subject


def test_a_counter_naming_itself_takes_the_earlier_name_of_the_same_things():
    doc = article(
        "2026-01-05T09:00:00",
        "도교육청 혁신학교 확대",
        "도교육청은 2024년 52개교의 혁신학교를 운영한 데 이어 2025년 61개교, 올해 70개교로 "
        "늘렸다. 한편 도내 농가 지원도 이어진다. 군은 120농가에 사료비를 지원했다.",
    )
    subjects = [(f.surface, f.subject) for f in extract_article(doc).figures if f.kind == "count"]
    assert subjects == [
        ("52개교", "혁신학교"),
        ("61개교", "혁신학교"),
        ("70개교", "혁신학교"),
        # a name of other things is never carried to a self-naming counter
        ("120농가", "농가"),
    ]


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # with the count as the object, a topic naming people or a body is who acts
        ("올해 봉사단은 모두 14가구를 찾아 집을 고쳤다.", "14가구", None),
        ("자원봉사자들이 직접 9세대를 방문해 김장을 전했다.", "9세대", None),
        ("구 보건소는 어르신 200명을 방문해 건강을 살폈다.", "200명", "어르신"),
        # but a thing as the topic is what the count counts
        ("특허도 31건을 새로 얻었다.", "31건", "특허"),
        ("수출 기업 수는 지난해 1만 2천 개를 기록했다.", "1만 2천 개", "수출 기업"),
        # a headline: the act right after a count of people names them
        ("내년 공공근로 참여자 모집…12개 사업 840명 모집", "840명", "모집 인원"),
        ("한빛공사 하반기 신입사원 채용…총 65명 채용", "65명", "채용 인원"),
        # a noun right before still names them in a headline
        ("한빛시, 청년 인턴 40명 채용", "40명", "청년 인턴"),
        # the halves of a year are a time, not what is counted
        ("올해 상·하반기 380명에게 장학금을 지급했다.", "380명", "장학금 지급 대상"),
    ],
)
def test_subject_of_objects_and_headlines(text, surface, subject):
    assert only(text, surface).subject == subject


@pytest.mark.parametrize(
    "text",
    [
        "한화는 7회말 2점을 뽑아 역전했다.",
        "롯데는 5회초 1사 만루에서 점수를 냈다.",
        "키움은 9회말 동점을 만들었다.",
    ],
)
def test_the_halves_of_an_inning_are_not_counts(text):
    assert not [f for f in extract_figures(text) if f.unit == "회"]


def test_a_count_of_times_is_still_a_count():
    assert [f.surface for f in extract_figures("시는 연 2회 점검하고 3회 말까지 접수한다.")] == [
        "2회",
        "3회",
    ]


def test_a_count_of_companies_with_nothing_named_is_of_companies():
    doc = article(
        "2026-02-11T09:00:00",
        "경남도 투자협약 체결",
        "경남도는 지난해 41개사와 투자협약을 맺었다. 올해는 협약 기업 52개사를 발굴한다.",
    )
    subjects = [(f.surface, f.subject) for f in extract_article(doc).figures if f.kind == "count"]
    assert subjects == [("41개사", "기업"), ("52개사", "협약 기업")]


def test_a_frame_naming_a_new_thing_stops_a_subject_carried_over():
    doc = article(
        "2026-01-15T09:00:00",
        "경남 기초연금 수급자 늘어",
        "부부가 함께 받는 수급자는 12만 명으로 늘었다. 시군별 지급 현황에서는 진주시가 "
        "4만 명으로 가장 많았다. 김해시는 2만 명이었다.",
    )
    subjects = [(f.surface, f.subject) for f in extract_article(doc).figures if f.kind == "count"]
    # `진주시가`, which Kiwi reads as 진주 + 시가 (a price), is a city and its 가
    assert subjects == [("12만 명", "수급자"), ("4만 명", None), ("2만 명", None)]


def test_a_city_read_with_its_particle_as_one_noun_is_not_what_is_counted():
    assert only("지역활동인구는 진주시가 11만 명으로 가장 많았다.", "11만 명").subject == (
        "지역활동인구"
    )
