"""Subjects of counts and metrics of percents in the forms issue 8 item 1 still missed: Kiwi's
colloquial genitive 에, the words that close a headline's clause, people given only a sum, counts
listed with middle dots, names glossed in parentheses, goals met against their amount. Sentences
written for these tests; none is taken from the corpus or the gold files."""

from __future__ import annotations

import pytest
from articles import body_figures as in_article
from articles import found


@pytest.mark.parametrize(
    ("body", "surface", "subject"),
    [
        # 에 after a count is the particle of the recipient, not a genitive: the noun before the
        # count names it, not what they are given
        ("동문회, 지역 학생 30명에 생활장학금 900만 원 지급", "30명", "지역 학생"),
        ("청년회, 관내 학생 25명에 생활장학금 300만 원 전달", "25명", "학생"),
        # how an event went closes a headline's clause; it is never what a count counts
        ("군민 걷기대회 성황리 마무리 500명이 함께한 가을 축제", "500명", None),
    ],
)
def test_subject_forms(body, surface, subject):
    assert found(body, surface).subject == subject


def test_people_given_only_a_sum_are_not_named_by_the_verb():
    # with only an amount given, `전달 대상` would name nothing counted
    assert found("재단은 올해 학생 326명에게 총 4억원을 전달했다.", "326명").subject != "전달 대상"
    assert found("재단은 326명에게 총 4억원을 전달했다.", "326명").subject is None
    # a thing given still names them
    assert found("시는 청년 210명에게 교통비를 지급했다.", "210명").subject == "청년"
    assert found("시는 210명에게 교통비를 지급했다.", "210명").subject == "교통비 지급 대상"


@pytest.mark.parametrize(
    ("body", "surface", "subject"),
    [
        # a middle dot between a noun and the next item's number parts the items of a list of
        # counts, each with its noun after the counter
        ("시는 5개 분야·12개 부서·40개 과제를 선정했다.", "5개", "분야"),
        ("시는 5개 분야·12개 부서·40개 과제를 선정했다.", "12개", "부서"),
        # levels of schools joined by middle dots name the schools a count of 개교 counts
        ("도는 관내 초·중·고 57개교에 급식비를 지원한다.", "57개교", "초·중·고"),
        ("도내 유치원·초등학교 18개교가 참여했다.", "18개교", "유치원·초등학교"),
    ],
)
def test_subject_of_listed_counts(body, surface, subject):
    assert found(body, surface).subject == subject


def test_item_of_breakdown_counted_in_its_own_right_keeps_its_name():
    body = (
        "군은 올해 일자리 9천개를 만든다. 계획은 4대 분야 52개 과제로 짜였다. "
        "분야별로는 ▲공공 일자리 3천100개 ▲일자리 4천개 ▲기업 1,900개다."
    )
    # the article counts 일자리 itself: an item naming it is no part of the 과제 before
    assert found(body, "4천개").subject == "일자리"
    # an item naming no thing of its own is still its part of the whole before
    body = "군은 일자리 1만2천개를 만든다. 분야별로는 ▲공공부문 7,450개 ▲민간부문 4,550개다."
    assert found(body, "7,450개").subject == "공공부문 일자리"


@pytest.mark.parametrize(
    ("body", "surface", "metric"),
    [
        # items in parentheses joined by 과 own the rate named after the last with 의
        ("지역별로는 담양군(71.3%)과 곡성군(69.8%)의 고용률이 높았다.", "71.3%", "고용률"),
        ("지역별로는 담양군(71.3%)과 곡성군(69.8%)의 고용률이 높았다.", "69.8%", "고용률"),
        # the base of a gap in points in the parenthesis of the time compared with, and the base
        # of a gap named after it with 와의, take the rate of the sentence before
        (
            "졸업생 취업률은 68.0%로 집계됐다. 전년(61.5%)보다 6.5%p 오른 것으로, "
            "도내 대학 가운데 취업률 상승폭 1위(68.0%)다.",
            "61.5%",
            "졸업생 취업률",
        ),
        ("실업률은 3.1%였다. 전국 평균 2.8%와의 격차는 0.3%p로 줄었다.", "2.8%", "실업률"),
        # ages glossing a group stay inside the name of its rate
        ("노인(65세 이상) 고용률은 41.2%다.", "41.2%", "노인 고용률"),
    ],
)
def test_metric_of_items_bases_and_glosses(body, surface, metric):
    assert found(body, surface).metric == metric


def test_lone_span_before_a_rank_measures_the_rate_of_its_clause():
    body = "여성 고용률은 55.2%로 2.1%p 올라 8개 도 가운데 상승폭 1위(2.1%p)를 차지했다."
    points = [f for f in in_article(body) if f.surface == "2.1%p"]
    assert [f.metric for f in points] == ["여성 고용률", "여성 고용률"]
    # a span that is the topic names a rate of its own
    assert found("아파트값 상승폭은 전주(0.11%)보다 0.03%포인트 커졌다.", "0.03%포인트").metric == (
        "아파트값 상승폭"
    )


def test_ages_glossing_a_group_stay_in_the_name_of_its_count():
    assert found("시의 청년(19~34세) 인구는 3만 2,100명이다.", "3만 2,100명").subject == "청년 인구"


def test_total_after_a_list_of_counts_takes_no_item_name():
    body = "경로당 41곳, 마을회관 23곳, 복지관 6곳 등 모두 70곳에 냉방비를 지원한다."
    assert found(body, "6곳").subject == "복지관"
    assert found(body, "70곳").subject != "복지관"
    body = "전기 승용 3,100대, 전기 화물 450대 등 총 3,550대를 보급한다."
    assert found(body, "3,550대").subject is None


def test_a_count_per_each_is_not_of_them():
    # 마다 makes a count per each: the topic with it is not what is counted
    assert found("상담사마다 15가구 안팎을 맡는다.", "15가구").subject == "가구"


@pytest.mark.parametrize(
    ("body", "surface", "metric"),
    [
        # a word of now with 의 may stand between the object and the level it is kept at
        ("금통위는 기준금리를 현재의 연 3.00%로 유지했다.", "3.00%", "기준금리"),
        # the spread between two rates of interest is a rate given in points
        ("대출금리는 4.31%로 예대금리차는 1.44%p를 기록했다.", "1.44%p", "예대금리차"),
    ],
)
def test_metric_of_rates_of_interest(body, surface, metric):
    assert found(body, surface).metric == metric


def test_a_part_of_people_owned_with_its_own_의_takes_no_rate_of_the_sentence():
    body = "설문에서 재구매 의향은 81.2%로 나타났고, 응답자의 64.0%는 ‘추천하겠다’고 답했다."
    assert found(body, "81.2%").metric == "재구매 의향"
    assert found(body, "64.0%").metric is None
