"""Metric of percentages and subject of counts where the percent is reckoned of one thing and
sizes another (`보조금을 투자액의 30%까지`), is picked out of a rate or a cost (`금리 가운데 2%p`),
ranks its items by a rate named after it (`92.7%로 참여율 1위`) or lists items whose amounts are
written in groups apart (issue 8, item 1). Sentences written for these tests; none is taken from
the corpus, the gold files or a tune file."""

from __future__ import annotations

import pytest
from articles import found


@pytest.mark.parametrize(
    ("body", "surface", "metric"),
    [
        # the object before an owner with 의 is what the percent of that owner sizes
        ("도는 공공 매입 가격을 시세의 70%에서 85%로 높이기로 했다.", "70%", "공공 매입 가격"),
        ("도는 공공 매입 가격을 시세의 70%에서 85%로 높이기로 했다.", "85%", "공공 매입 가격"),
        (
            "시는 창업기업에 임차 보조금을 임차료의 최대 40%까지, 장비 보조금은 최대 20%까지 "
            "지원한다.",
            "40%",
            "임차 보조금",
        ),
        # an act on a cost as the topic, the cost its share is of between
        ("농가 부담은 사업비의 30%다.", "30%", "농가 부담률"),
    ],
)
def test_what_a_percent_of_a_base_sizes(body, surface, metric):
    assert found(body, surface).metric == metric


@pytest.mark.parametrize(
    ("body", "surface", "metric"),
    [
        # a part picked out of a rate with 가운데 / 중, across the period of the percent
        (
            "폐업률은 3.1%였다. 시는 은행 대출 금리 가운데 최대 2%p를 보전한다.",
            "2%p",
            "은행 대출 금리",
        ),
        ("군은 은행 대출 금리 가운데 연 1.5%를 2년간 보전한다.", "1.5%", "은행 대출 금리 보전율"),
        # ... or out of a cost whose amount stands between
        ("이용료 2만 원 가운데 80%를 시가 지원한다.", "80%", "이용료 지원율"),
    ],
)
def test_a_part_picked_out_of_a_rate_or_a_cost(body, surface, metric):
    assert found(body, surface).metric == metric


@pytest.mark.parametrize(
    ("body", "surface", "metric"),
    [
        # the rate the first item ranks first in, after its percent, and the items that follow
        (
            "시군별로는 담양군이 88.5%로 완료율 1위를 차지했고 곡성군(85.2%), 구례군(80.1%)이 "
            "뒤를 이었다.",
            "88.5%",
            "완료율",
        ),
        (
            "시군별로는 담양군이 88.5%로 완료율 1위를 차지했고 곡성군(85.2%), 구례군(80.1%)이 "
            "뒤를 이었다.",
            "80.1%",
            "완료율",
        ),
        # a share the sentence names is ranked like any rate: its bare items after the first
        (
            "분야별 비중은 복지가 38.2%로 가장 컸고, 교육 20.5%, 환경 12.4%, 문화 8.1% 순이었다.",
            "12.4%",
            "비중",
        ),
        # a bonus given as a share of what is charged
        ("구매 시 5% 인센티브를 준다.", "5%", "인센티브"),
    ],
)
def test_rates_named_after_the_percent(body, surface, metric):
    assert found(body, surface).metric == metric


def test_a_share_the_text_does_not_name_stays_with_its_item():
    body = (
        "국적별로는 베트남이 3,410명(33.2%)으로 가장 많았고 중국(1,200명), 필리핀(15.1%) 순이었다."
    )
    assert found(body, "15.1%").metric is None


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        (
            "일반회계는 5조 8,920억원으로 4.2%, 특별회계는 1조 2,315억원으로 9.1% 각각 증가했다.",
            "4.2%",
        ),
        (
            "본청 예산은 2조 1,500억원으로 3.1%, 사업소 예산은 3,150억원으로 6.2% 각각 늘었다.",
            "3.1%",
        ),
    ],
)
def test_items_whose_levels_are_written_in_groups_share_the_verb(body, surface):
    assert found(body, surface).metric == "증가율"


def test_who_does_the_act_may_stand_between_its_share_and_verb():
    assert (
        found("아이 돌봄 이용료의 80%를 도가 부담한다.", "80%").metric == "아이 돌봄 이용료 부담률"
    )


@pytest.mark.parametrize(
    ("body", "surface", "subject"),
    [
        # a topic that names people names them, not the verb they are the subject of
        ("참여 농가 가운데 청년농업인은 80명이 참여했다.", "80명", "청년농업인"),
        # how much a count amounts to is no name of it
        (
            "김장용 절임배추는 올해 3만 상자를 판매했다. 택배비는 상자당 3,000원을 지원하며, "
            "2만 상자 분량이다.",
            "2만 상자",
            "김장용 절임배추",
        ),
        # a past verb made a noun (`쉬었음`) is the name of a state in the name it stands in,
        # although Kiwi ends a sentence there
        ("청년 고용률은 하락했고, 쉬었음 청년은 42만명에 달했다.", "42만명", "쉬었음 청년"),
        (
            "쉬었음 인구는 254만명으로 집계됐다. 이 가운데 30대는 31만2천명이었다.",
            "31만2천명",
            "30대 쉬었음 인구",
        ),
    ],
)
def test_what_a_count_counts(body, surface, subject):
    assert found(body, surface).subject == subject


def test_a_notice_ending_in_a_past_noun_form_still_ends_its_sentence():
    from pipeline.nlp import analyze

    doc = analyze("점검을 완료했음. 시설 30곳을 점검했다.\n결과를 보고했음\n시정 10건")
    assert sum(1 for t in doc if t.is_sent_start) == 4


def test_a_compound_ending_in_an_act_names_its_own_rate():
    assert found("초과분은 15%의 세액공제 혜택을 받는다.", "15%").metric == "세액공제율"
