"""Program names of national schemes and of the bodies around them: an adjective glued inside a
compound after a mark, a name written after a kind and the copula, the body a quote names, who
pays, and a product with an abbreviation of its own. Sentences written for these tests."""

from __future__ import annotations

import pytest
from articles import program_names as names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adjective glued to the noun after it opens the compound, also after a mark glued
        # before it (a bullet, the ellipsis of a headline)
        ("▲파란하늘공제 희망장려금 월 5만 원 지급 ▲기타", ["파란하늘공제 희망장려금"]),
        ("자금 공급…노란숲공제 장려금 인상", ["노란숲공제 장려금"]),
        # a compound noun written after a kind and the copula names one program of that kind
        ("정부는 청년 주거 지원 프로그램인 희망둥지기금 대상을 넓힌다.", ["희망둥지기금"]),
        ("구는 대표 일자리 사업인 마을돌봄사업에 예산을 더 쓴다.", ["마을돌봄사업"]),
        # … but not a dependent noun or a one-noun adverbial after it
        ("어르신 돌봄 사업인 만큼 관심이 크다.", ["어르신 돌봄 사업"]),
        # a quote of a head of people right after a word for a body of people is that body's name
        ("시는 자원봉사단 ‘푸른바다 환경지킴이’ 발대식을 열었다.", []),
        ("군은 ‘우리 동네 안전지킴이’를 운영한다.", ["우리 동네 안전지킴이"]),
        # the government as the last word before a scheme head says who pays, not which program
        ("수소버스 정부 보조금이 줄었다.", []),
        # a financial product with its own Latin abbreviation is one scheme, also unquoted
        ("재단은 졸업 후 상환 학자금대출(GSL) 금리를 동결했다.", ["졸업 후 상환 학자금대출(GSL)"]),
        # a quoted title with the adnominal of a verb of change lists what changes
        ("노동부는 '2027년 달라지는 산업안전 제도'를 펴냈다.", []),
        ("복지부는 ‘새해 바뀌는 돌봄 지원 제도’를 안내했다.", []),
        # … while one program said to change, or a quote with another adnominal, is a name
        ("내년부터 바뀌는 청년 교통비 지원사업은 대상이 넓다.", ["청년 교통비 지원사업"]),
        ("구는 ‘찾아가는 마을 건강 사업’을 추진한다.", ["찾아가는 마을 건강 사업"]),
    ],
)
def test_schemes(text: str, expected: list[str]) -> None:
    assert names(text) == expected
