"""Metric and subject read from the structure around a figure (issue 8, items 1 and 7): a rate
a relative clause after the percent describes, what a `N%의` percent is of, the items of a list of
changes in parentheses, titles that put the changed thing between the percent and its verb.
Sentences written for these tests in the styles of 통계청, ministries, provincial offices and
regional dailies; none is taken from the corpus or the gold files."""

from __future__ import annotations

import pytest

from extractors.figures import extract_figures


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
        ("10만 원을 넘는 금액은 16.5%의 세액공제 혜택을 받는다.", "16.5%", "세액공제 혜택"),
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
        # a relative clause that describes a thing that is not a rate names no metric
        ("2020년 30%였던 한빛시는 지난해 사업을 마쳤다.", "30%"),
        ("5%를 넘는 사업장은 점검 대상이다.", "5%"),
        # items in parentheses followed by a verb that is not a change
        ("청년층(25.3%)이 가장 많았고 중장년층(20.1%)이 뒤를 이었다.", "25.3%"),
        ("서비스업(30.2%)과 제조업(20.1%)에서 만족도가 높아졌다.", "30.2%"),
    ],
)
def test_no_metric_made_up_from_the_structure(text, surface):
    assert only(text, surface).metric is None
