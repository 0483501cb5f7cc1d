"""Subjects of counts and metrics of percents in the forms issue 8 item 1 still missed: Kiwi's
colloquial genitive 에, the words that close a headline's clause, people given only a sum, counts
listed with middle dots, names glossed in parentheses, goals met against their amount. Sentences
written for these tests; none is taken from the corpus or the gold files."""

from __future__ import annotations

import pytest
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
