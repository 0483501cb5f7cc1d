"""Metric and subject in the shapes of city and county press releases: goals set for a rate, the
shares of a cost each budget pays, a fee cut from one percent to another, the items of a
breakdown each named by its own word. Sentences written for these tests; none is taken from the
corpus or the gold files."""

from __future__ import annotations

import pytest
from articles import body_figures as in_article
from articles import found


@pytest.mark.parametrize(
    ("body", "surface", "metric"),
    [
        # a goal noun between a rate and its percent: the goal is a level of that rate
        ("여성 고용률 목표 58.5%는 지난해보다 높다.", "58.5%", "여성 고용률"),
        ("시는 청년 고용률 목표 46.5%를 제시했다.", "46.5%", "청년 고용률"),
        ("군은 실업률 목표를 3.1%로 정했다.", "3.1%", "실업률"),
        # a charge written as a percent, taken from one to another, as topic or object
        ("가입 수수료도 2.0%에서 1.5%로 내렸다.", "2.0%", "가입 수수료"),
        ("가입 수수료도 2.0%에서 1.5%로 내렸다.", "1.5%", "가입 수수료"),
        # the shares of a cost each budget pays
        ("보일러 교체비의 60%를 국비로, 20%를 군비로 지원한다.", "60%", "국비 비중"),
        ("보일러 교체비의 60%를 국비로, 20%를 군비로 지원한다.", "20%", "군비 비중"),
        ("사업비는 국비 50%, 도비 15%, 시군비 35%로 구성된다.", "15%", "도비 비중"),
        # what the owner pays is a budget too; a noun that ends in an act done to a cost names
        # its own share
        (
            "시는 점포 100곳에 수리비를 최대 200만 원(자부담 10%)까지 지원한다.",
            "10%",
            "자부담 비중",
        ),
        ("진료비는 본인부담 30%를 뺀 나머지를 시가 낸다.", "30%", "진료비 본인부담률"),
        # what one bears oneself is a cost an act covers a share of
        ("군은 어선 화재보험 자부담의 40%를 지원한다.", "40%", "어선 화재보험 자부담 지원율"),
        # giving back a share of a cost is refunding it, across what it is paid in
        ("반값 숙박은 숙박비의 50%를 지역화폐로 돌려주는 사업이다.", "50%", "숙박비 환급률"),
        # how much of a goal written in parentheses before 대비
        ("군은 일자리 1만개를 만들어 목표(9천500개) 대비 105.3%였다.", "105.3%", "달성률"),
    ],
)
def test_metric_in_county_releases(body, surface, metric):
    assert found(body, surface).metric == metric


@pytest.mark.parametrize(
    ("body", "surface", "metric"),
    [
        # a bound with 로 is where a level went, no means of paying
        ("재정자립도는 2012년 처음으로 30% 아래로 떨어졌다.", "30%", "재정자립도"),
        # the share of a charge an act covers stays that act's
        (
            "청년 가구에 전세자금 대출이자를 연 최대 3%까지 지원한다.",
            "3%",
            "전세자금 대출이자 지원율",
        ),
    ],
)
def test_metric_rules_keep_their_bounds(body, surface, metric):
    assert found(body, surface).metric == metric


@pytest.mark.parametrize(
    ("body", "surface", "subject"),
    [
        # a type Kiwi reads as one proper noun is no place: each item of the list names its own
        ("유형별로는 참여형 1천120명, 봉사형 380명, 재능나눔형 210명이다.", "380명", "봉사형"),
        # an adverb Kiwi reads inside a compound noun is part of it
        ("계획은 신규사업 7건과 계속사업 12건으로 구성된다.", "12건", "계속사업"),
        # what the verb designates examples may stand before them
        (
            "군은 청정마을 조성사업 대상지로 북면 등 4곳을 추가 지정했다.",
            "4곳",
            "청정마을 조성사업 대상지",
        ),
        # a counter that names what it counts leaves the noun after it to the next count
        ("교육은 초등학교 30개교 학생 5천여 명을 찾아간다.", "5천여 명", "학생"),
        ("시는 300가구 주민 800명에게 알린다.", "300가구", "가구"),
        # people of a program named in quotes before a generic head
        ("군은 ‘섬 한달살기’ 프로그램 참가자 60명을 모집한다.", "60명", "섬 한달살기 참가자"),
        # a quoted object the verb takes from one count to another
        ("군은 ‘마을 돌봄매니저’를 10명에서 16명으로 늘린다.", "16명", "마을 돌봄매니저"),
        # times spread over with a light verb count its object, across when and where
        (
            "군은 영농 기술교육을 1월 5일부터 2월 2일까지 12개 읍면에서 28회에 걸쳐 진행한다.",
            "28회",
            "영농 기술교육",
        ),
        # the new year and a provisional figure are no part of what is counted
        ("시는 새해 청년 150명을 채용한다.", "150명", "청년"),
        (
            "시는 일자리 3만개를 목표로 했다. 시는 “잠정 실적이 2만7천여개로 넘쳤다”고 했다.",
            "2만7천여개",
            "일자리",
        ),
    ],
)
def test_subject_in_county_releases(body, surface, subject):
    assert found(body, surface).subject == subject


@pytest.mark.parametrize(
    "title",
    [
        "일자리 목표 4만개 상향…예산 2천억",  # a goal raised
        "시장 “임기 내 일자리 5만개 약속 지킬 것”",  # a goal promised
    ],
)
def test_an_act_done_to_a_goal_after_its_count_is_no_name(title):
    (f,) = [f for f in in_article("본문이다.", title=title) if f.kind == "count"]
    assert f.subject == "일자리"


def test_items_of_a_breakdown_are_parts_of_the_whole_counted_before():
    body = "시는 올해 일자리 2만개를 만든다. 분야별로는 ▲공공부문 7천개 ▲민간부문 1만1천개다."
    assert found(body, "7천개").subject == "공공부문 일자리"
    assert found(body, "1만1천개").subject == "민간부문 일자리"
    # an item that is already a kind of the whole keeps its name
    body = "시는 주택 1천호를 공급한다. 유형별로는 공공주택 600호, 민간주택 400호다."
    assert found(body, "400호").subject == "민간주택"


def test_a_compound_read_as_a_proper_noun_ending_like_a_village_is_a_thing():
    body = (
        "(단위: 개)\n구분 | 2025년 | 2026년\n직접일자리 | 9,500 | 9,800\n민간일자리 | 3,200 | 3,500"
    )
    assert found(body, "9,500").subject == "직접일자리"


def test_a_column_of_a_goal_for_a_rate_measures_that_rate():
    body = (
        "계획은 다음과 같다.\n\n| 연도 | 예산(억원) | 일자리 목표(개) | 고용률 목표(%) |\n"
        "|---|---|---|---|\n| 2024년 | 3,100 | 21,000 | 64.5 |\n| 2025년 | 3,300 | 22,000 | 65.0 |"
    )
    assert found(body, "64.5").metric == "고용률"


def test_a_share_each_budget_pays_before_a_word_of_ratio():
    body = "사업비는 30억 원 규모에 도비 40%, 군비 60% 비율로 편성됐다."
    assert found(body, "40%").metric == "도비 비중"
    assert found(body, "60%").metric == "군비 비중"


def test_a_topic_that_says_which_of_them_are_served_names_a_self_naming_count():
    assert found("관정 설치 지원사업 대상은 52농가다.", "52농가").subject == "설치 지원사업 대상"


def test_the_last_of_examples_joined_before_deung_is_not_what_is_counted():
    body = "시는 전국 터미널과 공항 등 25곳에 안내판을 설치한다."
    assert found(body, "25곳").subject is None


def test_a_phrase_of_means_of_two_words_and_an_act_of_spending():
    body = "반값 숙박은 숙박비의 50%를 모바일 지역화폐로 돌려주는 사업이다."
    assert found(body, "50%").metric == "숙박비 환급률"
    assert [g.metric for g in in_article("본문이다.", title="상반기 65% 이상 집행")] == ["집행률"]
    # a noun of means may end the sentence's words without a verb after it
    assert found("예산은 30%를 국비로", "30%").metric == "국비 비중"
    assert found("설치비 50%를 모바일", "50%").metric is None  # and a bare noun may end them
