"""Metric and subject on the forms national ministries, national dailies and other provinces'
papers use (issue 8, fourth pass): change rates across a base of comparison, the nearest rate,
a rate spread over the items of its sentence, rates of money, and people counted as the object
of what is done to them. Sentences written for these tests."""

from __future__ import annotations

import pytest

from extractors.figures import extract_figures


def only(text: str, surface: str):
    (found,) = [f for f in extract_figures(text) if f.surface == surface]
    return found


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        # the percent is the amount of a change: the change's rate
        ("2월 농식품 수출은 지난해 같은 달보다 5.1% 감소했다.", "5.1%", "감소율"),
        ("수산물 수입은 전년 동월 대비 8.2% 늘어난 3억 달러였다.", "8.2%", "증가율"),
        ("화장품 수출이 1년 전과 비교해 41.3%나 급증했다.", "41.3%", "증가율"),
        ("선박 수출은 전년에 비해 12.6%만 늘었다.", "12.6%", "증가율"),
        ("농가 판매가격은 지난해 같은 기간보다 2.7% 하락했다.", "2.7%", "하락률"),
        ("생활물가는 전월 대비 0.4% 상승했다.", "0.4%", "상승률"),
        # a list with a base of comparison before each item shares the verb after the last
        (
            "상용근로자는 전년 동월 대비 1만 2천 명(+2.4%), 일용근로자는 전년 동월 대비 "
            "3천 명(+6.1%)이 늘었다.",
            "2.4%",
            "증가율",
        ),
        # a signed item in a list of changes
        ("정밀기계(-7.4%), 섬유(-2.2%) 등은 감소했다.", "-7.4%", "증감률"),
        # a change in points is never a growth rate, even as one token (`%포인트`)
        ("청년 비중은 31.2%로 전년보다 0.8%포인트 상승했다.", "0.8%포인트", "청년 비중"),
        # how much of a goal was met, the goal written as a figure or named before
        ("지난해 일자리 3만1117개를 만들어 목표 3만개의 103.7%를 달성했다.", "103.7%", "달성률"),
        ("일자리 2만8928개로 목표(2만8000개)의 103.3%를 채웠다.", "103.3%", "달성률"),
        ("일자리는 3만766개로 목표치인 2만9000개를 106.1% 달성했다.", "106.1%", "달성률"),
        ("한빛시는 지난해 목표를 106.1% 초과 달성했다.", "106.1%", "달성률"),
        ("한빛시 일자리 목표 128% 달성", "128%", "달성률"),
        # a rate taken to a percent a year
        ("한국은행은 기준금리를 연 3.25%로 0.25%포인트 인하했다.", "3.25%", "기준금리"),
        ("시는 대출 금리를 연 2%로 낮춘다.", "2%", "대출 금리"),
        # the nearest rate wins over an earlier one
        ("한빛시 고용률은 61.4%로 올랐고 실업률 역시 2.9%로 내려갔다.", "2.9%", "실업률"),
        ("취업률은 72%, 진학률은 또한 18%로 집계됐다.", "18%", "진학률"),
        # a rate that ranks the topic's noun spreads over the items that follow
        (
            "재정자주도가 가장 높은 군은 누리군(61.2%)이며 가장 낮은 곳은 바다군(44.7%)이다.",
            "44.7%",
            "재정자주도",
        ),
        ("고용률이 가장 높은 시는 한빛시 (66.1%) 였다.", "66.1%", "고용률"),
        (
            "도내 고용률 상위 지역은 누리군(70.2%)이었고 하위는 한빛시(55.3%)였다.",
            "55.3%",
            "고용률",
        ),
        # a frame the sentence opens with names the rate of its items
        ("시군별 실업률 비교에서 누리군(1.8%)은 바다군(2.1%)에 이어 낮았다.", "2.1%", "실업률"),
        (
            "업종별 취업자 비중을 보면 제조업이 18.4%, 서비스업이 61.7%로 나타났다.",
            "61.7%",
            "취업자 비중",  # what it is broken down by (`업종별`) is no part of its name
        ),
        # a rate whose parenthesis says how it was measured
        ("올해 고용률(연령 표준화 기준)은 64.2%를 기록했다.", "64.2%", "고용률"),
        ("전국에서 가장 큰 세수 감소율(전년대비 6.3%)을 보였다.", "6.3%", "세수 감소율"),
        # a rate taken from or to a percent by the verb it is the object of
        ("도는 지역업체 하도급률을 48%에서 65%까지 끌어올린다.", "48%", "지역업체 하도급률"),
        ("도는 지역업체 하도급률을 48%에서 65%까지 끌어올린다.", "65%", "지역업체 하도급률"),
        ("현재 38.2% 수준인 지역 조달률을 높인다.", "38.2%", "지역 조달률"),
        # a counter written apart is not part of the rate's name
        ("15~29 세 청년 고용률은 46.3%였다.", "46.3%", "청년 고용률"),
        # a signed item in parentheses is a change; unless what is said of it names the rate
        ("품목별로는 반도체(+12.3%), 선박(-3.1%) 등이다.", "-3.1%", "증감률"),
        ("화순군(-2.4%)도 순유출률 높은 지역에 들었다.", "-2.4%", "순유출률"),
        # a rate inside the object's phrase; a determiner glued to the rate (순/MM + 유입률)
        ("정부는 올해 경제성장률 전망치를 1.9%로 낮췄다.", "1.9%", "경제성장률"),
        ("누리군은 순유입률 4.1%를 기록했다.", "4.1%", "순유입률"),
        # more verbs of change
        ("배추 도매가격은 한 달 새 38% 급등했다.", "38%", "상승률"),
        ("수입 물량이 14% 뛰었다.", "14%", "증가율"),
        ("축산물 가격은 3.1% 올라 물가를 끌어올렸다.", "3.1%", "상승률"),
        ("전세 가격은 0.2% 떨어졌다.", "0.2%", "하락률"),
        # rates of money
        ("도는 축산농가에 연 1.5% 저리로 융자한다.", "1.5%", "연리"),
        ("이 자금은 2.5% 이차보전을 받는다.", "2.5%", "이차보전"),
        ("창업 기업은 보증료 0.3% 감면을 받는다.", "0.3%", "보증료 감면율"),
        ("도는 노동자에게 본인 부담금의 70%를 지원한다.", "70%", "본인 부담금 지원율"),
        ("보험료는 어업인 부담 20%로 낮춘다.", "20%", "어업인 부담률"),
        ("한빛시, 체육 지원(58.1%) 등 사업 집행률 70% 밑돌아", "58.1%", "사업 집행률"),
        ("연 2%대 성장을 이어 가려면 인력이 필요하다.", "2%", "성장률"),
        # examples in parentheses and 등, then the rate they are examples of
        ("청소년 체육 지원(58.1%) 등 체육 사업의 집행률은 70%를 밑돌았다.", "58.1%", "집행률"),
        # the reader of a spaced text: a particle written apart still belongs to the percent
        ("청년 ‘쉬었음’ 비중도 2023 년 10.1% 에서 2025 년 19.4% 로 늘었다.", "19.4%", "비중"),
    ],
)
def test_metric_of_a_percent_in_other_sources(text, surface, metric):
    assert only(text, surface).metric == metric


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # people counted as the object or passive subject of what is done to them; the topic
        # is who does it, never what is counted
        ("한빛공사는 올해 하반기에 총 512명을 채용한다.", "512명", "채용 인원"),
        ("지난해 협약 기업에 215명이 새로 채용됐다.", "215명", "채용 인원"),
        ("군은 65세 이상 420명을 대상으로 건강검진을 실시한다.", "420명", "건강검진 대상"),
        ("도는 심사를 거쳐 38곳을 우수 기관으로 선정했다.", "38곳", "우수 기관"),
        # a name in quotes right before a count of things (not of people, who attend it)
        ("관내 ‘사랑의 공유냉장고’ 21곳에 물품을 전달했다.", "21곳", "사랑의 공유냉장고"),
        # a verb of amount between the count and its noun
        ("기존 9종에 달하던 구비서류를 5종으로 줄인다.", "9종", "구비서류"),
        ("기존 9종에 달하던 구비서류를 5종으로 줄인다.", "5종", "구비서류"),
        ("하루 한 차례 하던 수질 검사를 세 차례로 늘렸다.", "한 차례", "수질 검사"),
        # a kind of place named with the noun that qualifies it; a basis before the count
        ("도는 우수 시군 6곳을 시상했다.", "6곳", "우수 시군"),
        ("참여 기업은 사업장 기준 약 120개소다.", "120개소", "사업장"),
        # items of a list joined by a middle dot
        ("장학생 130명(중학생 20명·고등학생 50명·대학생 60명)을 뽑았다.", "50명", "고등학생"),
        # a bare noun right before a count names it, whatever follows; but a bare 개 or a
        # count of times needs the noun after it
        ("한빛교육청, 교육공무원 412명 정기인사 단행", "412명", "교육공무원"),
        ("급수인구 3만 명 이하 지자체가 평가 대상이다.", "3만 명", "급수인구"),
        ("상시근로자 30명 미만 사업장을 돕는다.", "30명", "상시근로자"),
        ("관광·숙박·체험 3개 부문에서 시상했다.", "3개", "부문"),
        ("매년 상·하반기 두 차례 합동훈련을 한다.", "두 차례", "합동훈련"),
        # an age counts nothing: the noun after it is what the count before it counts
        ("15~64세 경제활동인구가 10년간 19만 명 줄어든다.", "19만 명", "경제활동인구"),
        # after 의 comes what belongs to the counted, not what is counted
        ("협약 기업 20개사의 매출액은 35% 늘었다.", "20개사", "협약 기업"),
        # after the count's own 의 an act is what it counts
        ("협약으로 약 640명의 신규 고용을 창출한다.", "640명", "신규 고용"),
        ("프로그램은 모두 185명의 참여로 마무리됐다.", "185명", "참여자"),
        # the counter names the thing only when nothing before it says more
        ("한우 농가 120농가에 사료비를 지원한다.", "120농가", "한우 농가"),
    ],
)
def test_subject_of_a_count_in_other_sources(text, surface, subject):
    assert only(text, surface).subject == subject


@pytest.mark.parametrize(
    ("text", "surface", "wrong"),
    [
        # the subject of a relative clause is not what the main clause counts
        ("공연과 전시가 어우러진 이번 축제에는 1,200명이 다녀갔다.", "1,200명", "전시"),
        # an event in quotes is not the people who attend it
        ("‘청년의 날’ 행사에 150여명 참여", "150여명", "청년의 날"),
        # what happens to the count is not what it counts
        ("농가 인구 190만명 붕괴", "190만명", "붕괴"),
        # a year before the count is not what it counts
        ("필요 인력은 연평균 5만4000명에서 19만1000명으로 는다.", "5만4000명", "연평균"),
    ],
)
def test_a_count_does_not_take_a_neighbour_for_its_subject(text, surface, wrong):
    assert only(text, surface).subject != wrong
