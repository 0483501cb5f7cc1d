"""Metric and subject in the shapes of sentences national dailies, ministries, statistics offices
and provinces beyond the sample write (issue 8): counts of times and the act they count, people
named by what happened to them, parts of a whole across a relative clause, prices that rise and
levels set by a decision, shares a percent takes. Sentences written for these tests; none is taken
from the corpus or the gold files."""

from __future__ import annotations

import pytest

from extractors.figures import extract_figures


def only(text: str, surface: str):
    (found,) = [f for f in extract_figures(text) if f.surface == surface]
    return found


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # a count of times before the act it counts, with what the act is done to
        ("황사경보는 312회 발령돼 지난해보다 잦았다.", "312회", "황사경보 발령"),
        ("시는 단수가 4회 이상 반복되면 요금을 감면한다.", "4회", "단수 반복"),
        ("교통 통제 58회 발령", "58회", "교통 통제 발령"),
        ("산사태는 여덟 차례 발생했다.", "여덟 차례", "산사태 발생"),
        # ... but one who acts is no part of its name; 여 glued before the counter
        ("구조대는 지난해 하루 평균 3,100여 차례 출동했다.", "3,100여 차례", "출동"),
        # an object before the count is what is done so often
        ("점검반은 하천 순찰을 1만 2천여 회 수행했다.", "1만 2천여 회", "하천 순찰"),
        # people named by what they did, with how (`중도`) before it
        ("이 가운데 4만명이 중도 탈퇴해 탈퇴율이 높아졌다.", "4만명", "중도 탈퇴자"),
        ("하루 평균 250명이 이용하는 무료 급식소는 단가를 올렸다.", "250명", "이용자"),
        # a verbal noun of reaching, announcing or including after a count names nothing
        ("농촌 빈집은 9만호 육박", "9만호", "농촌 빈집"),
        ("체납자 510명(법인 38개 포함)", "38개", "법인"),
        # the rest, what is in force now, a part of a period: never a name
        ("나머지 12명은 답하지 않았다.", "12명", None),
        ("운행 차량은 현행 412대를 유지한다.", "412대", "운행 차량"),
    ],
)
def test_subject_of_acts_and_of_people(text: str, surface: str, subject: str | None) -> None:
    assert only(text, surface).subject == subject


def test_a_breakdown_word_is_no_part_of_a_name() -> None:
    # `연령대별 인원은`: what the count is broken down by names nothing counted
    assert only("연령대별 인원은 30대가 1만 명으로 가장 많았다.", "1만 명").subject == "인원"


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # the object a verb takes from a count written in several words to the new count
        ("시는 돌봄 인원을 지난해 3만 2천 명에서 4만 명으로 늘린다.", "4만 명", "돌봄 인원"),
        # a currency written apart is never what a count counts
        ("시는 지원금 3억 5천만 원을 820가구에 지급한다.", "820가구", None),
        # a part of a whole, across a relative clause that picks it out
        ("전국 17개 시도 가운데 인구가 줄어든 곳은 12곳이었다.", "12곳", "시도"),
        ("2천여 개 상점 가운데 수산물을 파는 240곳이 참여했다.", "240곳", "상점"),
        ("전체 쉼터 850곳 가운데 97곳의 간판이 바뀐다.", "97곳", "쉼터"),
        ("탑승객 420명 가운데 415명을 구조했다.", "415명", "탑승객"),
        # a counter naming itself, and the topic that names a kind of it
        ("문을 닫은 학교는 21개교로 집계됐다.", "21개교", "학교"),
        ("특수학급은 640학급으로 늘었다.", "640학급", "특수학급"),
        # a change right before the count it made
        ("올해는 지난해보다 38개 늘어난 410개 단체가 참여한다.", "38개", "단체"),
        # a note in parentheses between a count and its 의
        ("시는 상습 체납자 2,310명(법인 120개 포함)의 명단을 공개했다.", "2,310명", "상습 체납자"),
        # an item's figure in parentheses is no gloss of the name before it
        ("입국자는 일본(120명)·대만(80명) 등 9개국에서 왔다.", "9개국", None),
        # a topic glossed after a quote, a measure after a quote: the name quoted
        ("‘빈 점포’(6개월 이상 공실)는 412곳으로 늘었다.", "412곳", "빈 점포"),
        ("‘빈집 정비 사업’ 실적은 320동에 그쳤다.", "320동", "빈집 정비 사업"),
        # what people take part in, named by its quoted name before a generic head
        ("‘청년 쉼터’ 사업에는 올해 2천150명이 참여했다.", "2천150명", "청년 쉼터 참여자"),
        # a long proper noun ending in a word of bodies is what the count after it counts
        ("도는 시군 농업기술센터 21곳을 거점으로 지정했다.", "21곳", "농업기술센터"),
        # a one-syllable topic with 은/는 is a name (with 도 Kiwi may have cut a name: 진+도)
        ("동은 4천여 개, 반은 2만 개다.", "2만 개", "반"),
        # 국내, like 도내 and 관내, says where, not what
        ("국내 체류 유학생은 21만 명이다.", "21만 명", "체류 유학생"),
        # a qualified 대상 the count is made (`투표 대상으로 올렸다`)
        ("시는 62건을 심사 대상으로 올렸다.", "62건", "심사 대상"),
        # the people of an industry, which Kiwi reads as a noun and a copula
        ("지원 대상은 임업인 412가구, 어업인 96가구다.", "412가구", "임업인"),
        # how long or in which turn (`두 달째`) is never a name
        ("실업자는 석 달째 5만명을 웃돌았다.", "5만명", "실업자"),
        # children by their order of birth, with a bound after the group
        (
            "첫째아는 12만 4천 명으로 늘었고, 둘째아 이상은 6만 명에 그쳤다.",
            "12만 4천 명",
            "첫째아",
        ),
        (
            "첫째아는 12만 4천 명으로 늘었고, 둘째아 이상은 6만 명에 그쳤다.",
            "6만 명",
            "둘째아 이상",
        ),
        # residents that Kiwi reads as a proper noun are people, not a place
        ("구민 25명으로 꾸려진 평가단이 점검한다.", "25명", "구민"),
    ],
)
def test_subject_of_parts_objects_and_names(text: str, surface: str, subject: str | None) -> None:
    assert only(text, surface).subject == subject


def test_homes_counted_in_ho_are_houses_and_say_nothing_of_households() -> None:
    from articles import article

    from pipeline.run.extract import extract_article

    body = "시는 도심에 2만 호를 새로 짓는다. 올해 입주를 신청한 곳은 4,120가구다."
    got = {
        f.surface: f.subject
        for f in extract_article(article("2025-05-01", "보도자료", body)).figures
        if f.kind == "count"
    }
    assert got["2만 호"] == "주택"  # named by its counter only
    assert got["4,120가구"] == "가구"  # not the houses the counter of the count before named


def test_a_speaker_before_a_straight_quote_is_not_what_is_counted() -> None:
    text = '박 의원은 "마을에 사는 3만여 명에게 버스는 유일한 교통"이라고 말했다.'
    assert only(text, "3만여 명").subject is None


def test_a_count_in_the_parenthesis_of_a_compared_time_counts_what_the_count_before_does() -> None:
    from articles import article

    from pipeline.run.extract import extract_article

    body = (
        "우수 식당은 84곳으로 전년(79곳)보다 5곳 늘었다. 관광객은 전년(12만명)보다 9% 늘었다. "
        "시는 ▲전기버스 40대 추가 도입(총 240대) ▲수소버스 10대 구입을 추진한다."
    )
    got = {
        f.surface: f.subject
        for f in extract_article(article("2025-05-01", "보도자료", body)).figures
        if f.kind == "count"
    }
    assert got["79곳"] == "우수 식당"
    assert got["240대"] == "전기버스"  # a total after the act done to the count before
    assert got["12만명"] == "관광객"  # alone, the clause's topic names it


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        # a price rises or falls, whatever verb says it
        ("3월 생활물가 3.1%↑, 배춧값 22.4% 뛰어", "3.1%", "상승률"),
        ("3월 생활물가 3.1%↑, 배춧값 22.4% 뛰어", "22.4%", "상승률"),
        ("오징어는 1년 새 31.2% 비싸졌다.", "31.2%", "상승률"),
        ("돼지고기는 한 달 새 12% 싸졌다.", "12%", "하락률"),
        ("마트는 제철 과일을 최대 35% 싸게 판다.", "35%", "할인율"),
        # a level set by a decision is raised or cut
        ("올해 최저임금은 시간당 1만30원에서 1만320원으로 2.9% 올랐다.", "2.9%", "인상률"),
        ("내년 기준중위소득은 올해보다 5.2% 오른다.", "5.2%", "인상률"),
        # an index changes by a percent; the verb may come after the list
        ("신선식품지수는 3.4%, 국제기구 방식의 근원지수는 2.6% 상승했다.", "3.4%", "상승률"),
        # the base of a comparison and a later degree between the items and their verb
        ("반찬(4.4%)·도시락(3.9%) 등 12개 품목이 평균보다 더 올랐다.", "4.4%", "상승률"),
        ("중구(0.21%)·서구(0.17%)·남구(0.12%) 순으로 많이 올랐다.", "0.17%", "상승률"),
        # a change that goes the wrong way, a prefix before the noun of the verb
        ("울산(-2.1%)과 부산(-0.4%) 등 3개 시도는 역성장했다.", "-2.1%", "성장률"),
        # how far a change went, named alone
        ("하락폭은 전월(0.21%)보다 0.05%포인트 줄었다.", "0.05%포인트", "하락폭"),
        # alone, places and an adverb of how name no rate
        ("부산(4.1%)과 대구(3.8%)는 상대적으로 높았다.", "4.1%", None),
        # a rate given per month in its parenthesis
        ("주택의 소득환산율(월 1.04%)을 낮춘다.", "1.04%", "소득환산율"),
        # the next place of a list the rate named before the first
        ("고용률 세종 71%·제주 69% 격차", "69%", "고용률"),
        # becoming lower or higher, which Kiwi reads as an adjective and 지다
        ("불안 점수가 평균 9.1점에서 6.2점으로 32% 낮아졌다.", "32%", "감소율"),
        # an act named before the percent that grows by it is a change, not a share
        ("청년 창업 지원 24% 확대", "24%", "증가율"),
        # a goal made of 목표 with its amount in parentheses
        ("징수액은 연간 목표액(120억 원)의 104.2%를 달성했다.", "104.2%", "달성률"),
        # a gloss that names the rate more precisely than the word before it
        ("예약하고 오지 않은 비율(부도율)은 4.2%였다.", "4.2%", "부도율"),
        # an income with 이/가 before a threshold
        ("부모 소득이 120% 이하여야 한다.", "120%", "부모 소득"),
        # the next item of a list, across a clause of leaving out
        ("광역시는 0.05%, 세종을 제외한 도는 0.02% 각각 떨어졌다.", "0.05%", "하락률"),
        # a bound glued to a percent of more or fewer after a comparison
        ("관람객은 지난해보다 15%가량 많았다.", "15%", "증가율"),
        # headline adverbs of a sudden fall or rise after the percent
        ("체납액 21% 뚝…징수 효과", "21%", "감소율"),
        ("관광객 30% 껑충", "30%", "증가율"),
        # a concentration is a rate
        ("단속 기준(혈중알코올농도 0.03% 이상)을 강화했다.", "0.03%", "혈중알코올농도"),
        # the rate as the subject of what the clause says after the percent
        ("광주는 0.8%로 증가율이 가장 낮았다.", "0.8%", "증가율"),
        # a bound written after the percent, a word of now before it
        ("부채비율을 현행 180%에서 150% 이하로 낮춘다.", "150%", "부채비율"),
        ("회수율을 80% 이상으로 끌어올리겠다.", "80%", "회수율"),
    ],
)
def test_metric_of_prices_levels_and_lists(text: str, surface: str, metric: str | None) -> None:
    assert only(text, surface).metric == metric


def test_items_that_follow_the_first_of_a_ranking_take_its_rate() -> None:
    from articles import article

    from pipeline.run.extract import extract_article

    body = (
        "강원(3.1%)이 가장 많이 올랐고 충북(2.7%), 전남(2.5%)이 뒤를 이었다.\n"
        "수산물은 멸치(-4.2%), 김(3.3%), 굴(1.9%) 순이었다.\n"
        "업종별로는 음식점이 410곳(28.1%)으로 가장 많았고 카페 220곳(15.1%)이 뒤를 이었다."
    )
    got = {
        f.surface: f.metric
        for f in extract_article(article("2025-05-01", "보도자료", body)).figures
        if f.kind == "percent"
    }
    assert got["2.7%"] == got["2.5%"] == "상승률"
    # a signed change and a share are said of their own item only
    assert got["3.3%"] is None and got["15.1%"] is None


def test_a_sentence_going_on_with_the_places_before_takes_their_rate() -> None:
    from articles import article

    from pipeline.run.extract import extract_article

    body = (
        "실업률은 강원(3.9%)·전북(3.4%) 차례로 높았다. 부산(2.1%)과 대구(1.8%)는 상대적으로 낮았다."
    )
    got = {
        f.surface: f.metric
        for f in extract_article(article("2025-05-01", "보도자료", body)).figures
        if f.kind == "percent"
    }
    assert got["2.1%"] == got["1.8%"] == "실업률"
