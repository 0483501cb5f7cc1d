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
