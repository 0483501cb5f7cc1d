"""Plan or result, and which year, across short articles of one city over several years: every
budget, 고용률 and 일자리 figure. Figures from ../shared/facts/cheonan-jobs.md, sentences our own,
in the different ways Korean press releases and papers report a goal and its outcome."""

from __future__ import annotations

from datetime import datetime

import pytest
from articles import article

from pipeline.run.extract import extract_article

PLAN, DONE = True, False


def years_and_plans(published: str, title: str, body: str, org: str = "천안시") -> list:
    """(surface, year, is_target) of every figure of an article, in order."""
    doc = article(published, title, body, org=org)
    return [(f.surface, f.year, f.is_target) for f in extract_article(doc).figures]


# (article, [(section, surface, year, plan)]) — every budget, 고용률 and 일자리 figure
CASES = [
    (
        article(
            "2017-01-15",
            "천안시, 지난해 일자리 1만8802개 창출…목표 128% 달성",
            "천안시는 지난해 일자리 1만8802개를 만들어 당초 목표인 1만4589개를 크게 넘어섰다고 "
            "밝혔다. 목표 대비 달성률은 128%다.\n시는 지난해 일자리 사업에 494억원을 투입했다.",
        ),
        [
            ("title", "1만8802개", 2016, DONE),
            ("title", "128%", 2016, DONE),
            ("body", "1만8802개", 2016, DONE),
            ("body", "1만4589개", 2016, PLAN),
            ("body", "128%", 2016, DONE),
            ("body", "494억원", 2016, DONE),
        ],
    ),
    (
        article(
            "2017-02-01",
            "천안시 일자리 예산 늘려",
            "천안시의 올해 일자리 예산은 569억원으로 지난해 494억원보다 75억원 늘었다. "
            "시는 이 예산으로 일자리 1만5313개를 만들 예정이다.",
        ),
        [
            ("body", "569억원", 2017, PLAN),
            ("body", "494억원", 2016, PLAN),
            ("body", "75억원", 2017, PLAN),
            ("body", "1만5313개", 2017, PLAN),
        ],
    ),
    (
        article(
            "2019-07-29",
            "천안시 상반기 일자리 목표 75% 달성",
            "천안시는 상반기에 1만6621개의 일자리를 창출했다고 밝혔다. 이는 올해 목표 2만2천개의 "
            "75%에 해당한다. 하반기에는 5천여개를 더 만들 계획이다.",
        ),
        [
            ("title", "75%", 2019, DONE),
            ("body", "1만6621개", 2019, DONE),
            ("body", "2만2천개", 2019, PLAN),
            ("body", "75%", 2019, DONE),
            ("body", "5천여개", 2019, PLAN),
        ],
    ),
    (
        article(
            "2022-02-14",
            "천안시 일자리 성적표",
            "천안시는 2021년 일자리 2만6천개를 목표로 했으나 실제로는 2만7천여개를 만들었다. "
            "고용률도 목표치인 67%에 못 미친 66.4%에 그쳤다.",
        ),
        [
            ("body", "2만6천개", 2021, PLAN),
            ("body", "2만7천여개", 2021, DONE),
            ("body", "67%", 2021, PLAN),
            ("body", "66.4%", 2021, DONE),
        ],
    ),
    (
        article(
            "2022-01-10",
            "천안시 일자리 2만8천개 목표",
            "천안시가 2022년 일자리 2만8000여개를 만든다. 이를 위해 4029억원의 예산을 편성했다. "
            "목표 고용률은 67.5%다.",
        ),
        [
            ("title", "2만8천개", 2022, PLAN),
            ("body", "2만8000여개", 2022, PLAN),
            ("body", "4029억원", 2022, PLAN),
            ("body", "67.5%", 2022, PLAN),
        ],
    ),
    (
        article(
            "2023-01-12",
            "천안시, 2023년 일자리 2만8천개 창출 목표 세워",
            "천안시가 올해 일자리 창출 목표를 2만8000개로 잡았다. 시는 고용률 68% 달성을 위해 "
            "일자리 사업에 3500억원을 투입하기로 했다.",
        ),
        [
            ("title", "2만8천개", 2023, PLAN),
            ("body", "2만8000개", 2023, PLAN),
            ("body", "68%", 2023, PLAN),
            ("body", "3500억원", 2023, PLAN),
        ],
    ),
    (
        article(
            "2024-03-20",
            "천안시 일자리 목표 초과 달성",
            "천안시는 2023년 일자리 2만8928개를 창출해 목표(2만8000개)의 103.3%를 달성했다. "
            "올해는 1조 199억 8200만 원을 투입해 일자리 2만9000개를 만들 계획이며, 15~64세 "
            "고용률 69%를 목표로 하고 있다.",
        ),
        [
            ("body", "2만8928개", 2023, DONE),
            ("body", "2만8000개", 2023, PLAN),
            ("body", "103.3%", 2023, DONE),
            ("body", "1조 199억 8200만 원", 2024, PLAN),
            ("body", "2만9000개", 2024, PLAN),
            ("body", "69%", 2024, PLAN),
        ],
    ),
    (
        article(
            "2025-09-30",
            "천안시 고용률 68.6% 기록",
            "천안시의 2024년 고용률이 68.6%를 기록했다. 같은 해 일자리는 3만766개가 창출돼 "
            "목표치인 2만9000개를 106.1% 달성했다.",
        ),
        [
            ("title", "68.6%", 2024, DONE),  # the body dates the headline's figure
            ("body", "68.6%", 2024, DONE),
            ("body", "3만766개", 2024, DONE),
            ("body", "2만9000개", 2024, PLAN),
            ("body", "106.1%", 2024, DONE),
        ],
    ),
    (
        article(
            "2026-02-10",
            "천안시, 올해 일자리 3만개 목표",
            "천안시는 지난해 일자리 3만1117개를 만들어 목표 3만개의 103.7%를 달성했다고 10일 "
            "밝혔다. 시는 올해도 일자리 3만개를 창출할 계획이다.",
        ),
        [
            ("title", "3만개", 2026, PLAN),
            ("body", "3만1117개", 2025, DONE),
            ("body", "3만개", 2025, PLAN),
            ("body", "103.7%", 2025, DONE),
            ("body", "3만개", 2026, PLAN),
        ],
    ),
    # a headline ending in a noun (`투입`, `도전`) decides nothing: it is the body's figure, and
    # a headline rounds the amount down (`1조 199억` for `1조 199억 8200만 원`)
    (
        article(
            "2024-03-21",
            "천안시 일자리 사업에 1조 199억 투입",
            "천안시가 올해 일자리 사업 107개에 1조 199억 8200만 원을 쏟아붓는다.",
        ),
        [
            ("title", "1조 199억", 2024, PLAN),
            ("body", "107개", 2024, PLAN),
            ("body", "1조 199억 8200만 원", 2024, PLAN),
        ],
    ),
    (
        article(
            "2026-02-11",
            "천안시 일자리 3만개 재도전",
            "천안시는 올해도 일자리 3만개 창출을 목표로 120개 세부사업을 추진한다.",
        ),
        [
            ("title", "3만개", 2026, PLAN),
            ("body", "3만개", 2026, PLAN),
            ("body", "120개", 2026, PLAN),
        ],
    ),
    # ... unless the headline's year lies ahead: a budget passed for next year is still a plan
    (
        article(
            "2026-12-16",
            "천안시 2027년 예산 2조 확정",
            "천안시의회는 2027년도 본예산 2조원을 15일 의결했다.",
        ),
        [
            ("title", "2조", 2027, PLAN),
            ("body", "2조원", 2027, PLAN),
        ],
    ),
    # -ㄹ 수 있었다 is what could be done: a result; -ㄹ 수 있다 still looks ahead
    (
        article(
            "2025-12-20",
            "천안시 고용률 68% 넘어",
            "시 관계자는 “고용률 68%를 넘길 수 있었다”고 말했다. "
            "그는 “내년에는 일자리 3만개를 만들 수 있다”고 덧붙였다.",
        ),
        [
            ("title", "68%", 2025, DONE),
            ("body", "68%", 2025, DONE),
            ("body", "3만개", 2026, PLAN),
        ],
    ),
    # a year in a later clause is not the year of a clause closed in the past before it
    (
        article(
            "2026-02-20",
            "천안시 관광 수입 늘어",
            "천안시의 지난해 관광객은 크게 늘었다. 관광 수입은 1조 2천억원으로 1년 전보다 4.1% "
            "늘어난 것으로 집계됐으며, 올해는 1조 3천억원까지 늘어날 전망이다.",
        ),
        [
            ("body", "1조 2천억원", 2025, DONE),
            ("body", "4.1%", 2025, DONE),
            ("body", "1조 3천억원", 2026, PLAN),
        ],
    ),
    # a base of comparison joined by 와/과 to 비교하다/견주다 keeps its own year
    (
        article(
            "2017-04-22",
            "천안시 일자리 예산 늘어",
            "천안시가 올해 일자리 분야에 569억원을 배정했다. 지난해 494억원과 비교하면 75억원 "
            "많다. 지난해와 견줘 15% 늘어난 규모다.",
        ),
        [
            # the sentence after goes on about the budget: its amounts are the budget's, and
            # how much it grew is planned as the budget is (round 14)
            ("body", "569억원", 2017, PLAN),
            ("body", "494억원", 2016, PLAN),
            ("body", "75억원", 2017, PLAN),
            ("body", "15%", 2017, PLAN),
        ],
    ),
    # a year still ahead is a plan whatever the verb; a purpose clause (-기 위해) is a plan; a
    # budget named after its amount (`…원 규모의 예산`) is an allocation; a year with its own
    # particle is the clause's time even before a comparison (`지난 2019년에는 목표보다`)
    (
        article(
            "2020-01-09",
            "천안시 올해 일자리 2만4천개 목표",
            "천안시는 올해 일자리 2만4천개를 만들기 위해 3천억원 규모의 예산을 마련했다. "
            "지난 2019년에는 목표보다 많은 2만3천여개가 만들어졌다. "
            "시는 내년 예산안에도 일자리 사업비 1100억원을 반영했다.",
        ),
        [
            ("title", "2만4천개", 2020, PLAN),
            ("body", "2만4천개", 2020, PLAN),
            ("body", "3천억원", 2020, PLAN),
            ("body", "2만3천여개", 2019, DONE),
            ("body", "1100억원", 2021, PLAN),
        ],
    ),
    # the budget as the clause's topic a few words before its amount; a year that opens the
    # period compared (`전년 같은 기간(…)보다`) is not carried to the next sentence
    (
        article(
            "2022-08-06",
            "천안시 일자리 예산 1조원 넘어",
            "천안시의 올해 일자리 예산이 사상 처음으로 1조원을 넘었다. 상반기 고용률은 68.2%로 "
            "전년 같은 기간(66.9%)보다 1.3%포인트 올랐다. 시는 연말까지 고용률 68.5%를 "
            "달성하겠다고 밝혔다.",
        ),
        [
            ("title", "1조원", 2022, PLAN),
            ("body", "1조원", 2022, PLAN),
            ("body", "68.2%", 2022, DONE),
            ("body", "66.9%", 2021, DONE),
            ("body", "1.3%포인트", 2022, DONE),
            ("body", "68.5%", 2022, PLAN),
        ],
    ),
    # a year inside the base figure's noun phrase is the base's, not the change's; a list of
    # years gives each figure its own
    (
        article(
            "2021-12-29",
            "천안시 내년 일자리 예산 편성",
            "천안시는 2022년 본예산에 일자리 예산 4029억원을 편성했다. 올해 일자리 예산 "
            "4,222억2000만원보다 193억원가량 적다. 시가 만든 일자리는 2019년 2만3천여개, "
            "2020년 2만4천여개로 늘었다.",
        ),
        [
            ("body", "4029억원", 2022, PLAN),
            ("body", "4,222억2000만원", 2021, PLAN),
            ("body", "193억원", 2022, PLAN),
            ("body", "2만3천여개", 2019, DONE),
            ("body", "2만4천여개", 2020, DONE),
        ],
    ),
    # an answer that decides nothing takes the plan of the question right before it; an answer
    # to a question about results stays a result
    (
        article(
            "2024-02-15",
            "천안시 일자리 정책 문답",
            "Q. 올해 일자리 목표는?\nA. 2만9000개다.\nQ. 지난해에는 얼마나 만들었나?\n"
            "A. 3만766개다. 목표의 106.1%다.",
        ),
        [
            ("body", "2만9000개", 2024, PLAN),
            ("body", "3만766개", 2023, DONE),
            ("body", "106.1%", 2023, DONE),
        ],
    ),
    # a month just before publication, named without a year, is the latest such month, not the
    # year an earlier sentence spoke of; a month long past keeps the article's year
    (
        article(
            "2026-02-12",
            "천안시 고용률 동향",
            "지난해 연간 고용률은 68.6%로 집계됐다. 1월 고용률은 67.9%로 0.4%p 올랐고 취업자는 "
            "3200명 늘었다.",
        ),
        [
            ("body", "68.6%", 2025, DONE),
            ("body", "67.9%", 2026, DONE),
            ("body", "0.4%p", 2026, DONE),
            ("body", "3200명", 2026, DONE),
        ],
    ),
    (
        article(
            "2024-06-20",
            "천안시 지난해 일자리 돌아보니",
            "천안시는 2023년 일자리 2만8928개를 만들었다. 3월에는 채용박람회로 420명이 취업했다.",
        ),
        [
            ("body", "2만8928개", 2023, DONE),
            ("body", "420명", 2023, DONE),
        ],
    ),
    # `이듬해` / `다음 해` is the year after the one named before it, in the sentence or earlier
    (
        article(
            "2026-01-30",
            "천안시 일자리 3년",
            "2022년에는 일자리 2만8100개를 만들었고, 이듬해에는 목표 2만8000개를 넘어 "
            "2만9300개를 만들었다.\n그다음 해 목표는 2만9000개였다.\n다음 해에는 3만200개를 "
            "만들었다.",
        ),
        [
            ("body", "2만8100개", 2022, DONE),
            ("body", "2만8000개", 2023, PLAN),
            ("body", "2만9300개", 2023, DONE),
            ("body", "2만9000개", 2024, PLAN),
            ("body", "3만200개", 2025, DONE),
        ],
    ),
    # an arrow parts two words as a space does: each side keeps its own year
    (
        article(
            "2026-02-05",
            "천안 일자리 2023년 2만8900개→작년 3만1100개",
            "천안시가 만든 일자리가 꾸준히 늘었다.",
        ),
        [
            ("title", "2만8900개", 2023, DONE),
            ("title", "3만1100개", 2025, DONE),
        ],
    ),
    # the goal as the topic with 도, through an adnominal inside a ▲ item; a figure a copula's
    # relative clause says the goal was; N years before the publication or the sentence's year
    (
        article(
            "2023-01-18",
            "천안시 올해 일자리 목표",
            "부문별 목표는 ▲청년 일자리 5100개 ▲창업을 통한 일자리 2300개다.\n"
            "일자리 목표도 2019년 2만2000개에서 올해 2만8000개로 늘었다.\n"
            "3년 전 2만5000개였던 목표는 5년 전 목표(2만개)보다도 높았다.",
        ),
        [
            ("body", "5100개", 2023, PLAN),
            ("body", "2300개", 2023, PLAN),
            ("body", "2만2000개", 2019, PLAN),
            ("body", "2만8000개", 2023, PLAN),
            ("body", "2만5000개", 2020, PLAN),
            ("body", "2만개", 2018, PLAN),
        ],
    ),
    # a table whose rows name their unit: cells of a goal or a budget row are plans
    (
        article(
            "2025-02-20",
            "천안시 일자리 성과",
            "시는 지난해 목표를 넘었다고 밝혔다.\n구분 | 2023년 | 2024년\n"
            "일자리 목표(개) | 27,500 | 28,600\n일자리 실적(개) | 28,100 | 29,900\n"
            "일자리 예산(억원) | 9,400 | 9,900",
        ),
        [
            ("body", "27,500", 2023, PLAN),
            ("body", "28,600", 2024, PLAN),
            ("body", "28,100", 2023, DONE),
            ("body", "29,900", 2024, DONE),
            ("body", "9,400", 2023, PLAN),
            ("body", "9,900", 2024, PLAN),
        ],
    ),
    # years as row labels: the cell's year from its row, plan or result from its column's head
    (
        article(
            "2025-01-20",
            "천안시 일자리 예산 추이",
            "연도별 계획은 다음과 같다.\n구분 | 예산(억원) | 일자리 목표(개) | 일자리 실적(개)\n"
            "2022년 | 4,100 | 27,000 | 28,300\n2023년 | 5,200 | 28,000 | 29,100",
        ),
        [
            ("body", "4,100", 2022, PLAN),
            ("body", "27,000", 2022, PLAN),
            ("body", "28,300", 2022, DONE),
            ("body", "5,200", 2023, PLAN),
            ("body", "28,000", 2023, PLAN),
            ("body", "29,100", 2023, DONE),
        ],
    ),
    # an interview's questions without a question mark; a subject with 이/가 between N년 전 and
    # the figure; a base joined by 에 비해; a result noun heading the figure; the goal as a
    # subject with 가
    (
        article(
            "2022-02-10",
            "[인터뷰] 천안시 일자리정책과장",
            "천안시의 올해 일자리 대책을 물었다.\n— 올해 계획의 핵심은.\n"
            "“예산 4,100억원을 들여 일자리 2만7500개를 만드는 것이다.”\n"
            "— 지난해와 비교하면.\n“일자리 예산은 올해 4,100억원으로 지난해 4,300억원에 비해 "
            "200억원 줄었다. 3년 전 일자리 예산이 610억원이었던 것과 비교하면 여전히 크다.”\n"
            "“지난해 목표가 2만6500개, 고용률 66.5%였으니 올해는 더 높다. 관계자는 "
            "올해 실적(1만2000개)을 상반기에 넘어설 것이라고 했다.”",
        ),
        [
            ("body", "4,100억원", 2022, PLAN),
            ("body", "2만7500개", 2022, PLAN),
            ("body", "4,100억원", 2022, PLAN),
            ("body", "4,300억원", 2021, PLAN),
            ("body", "200억원", 2022, PLAN),
            ("body", "610억원", 2019, PLAN),
            ("body", "2만6500개", 2021, PLAN),
            ("body", "66.5%", 2021, PLAN),
            ("body", "1만2000개", 2022, DONE),
        ],
    ),
    # the parts of a breakdown take the year and plan or result of the whole they add up to, or
    # of the nearest amount before; a year heading another subject after the figure's own phrase
    # has closed is that subject's
    (
        article(
            "2018-01-22",
            "천안시 지난해 일자리 실적",
            "천안시가 지난해 일자리 1만6400개를 만들어 목표 1만5300개를 넘었다.\n"
            "분야별로는 ▲기업 유치 7000개 ▲공공 일자리 5400개 ▲창업 4000개다.\n"
            "올해 일자리 예산은 610억원으로 늘었다.\n"
            "세부적으로는 ▲직접일자리 210억원 ▲직업훈련 95억원 등이다.\n"
            "고용률 62% 목표의 달성 여부는 내년 상반기 통계가 나와야 알 수 있다.",
        ),
        [
            ("body", "1만6400개", 2017, DONE),
            ("body", "1만5300개", 2017, PLAN),
            ("body", "7000개", 2017, DONE),
            ("body", "5400개", 2017, DONE),
            ("body", "4000개", 2017, DONE),
            ("body", "610억원", 2018, PLAN),
            ("body", "210억원", 2018, PLAN),
            ("body", "95억원", 2018, PLAN),
            ("body", "62%", 2018, PLAN),
        ],
    ),
    # a change's starting figure (에서) keeps its own year, and the sentence goes on in the
    # year after it; a year in the parenthesis right after a figure is its year; the goal as
    # topic before 역시; a goal clause on the noun before the figure; a past clause closed by
    # 만큼; a year opening a compared period in an earlier clause is not the figure's
    (
        article(
            "2023-01-25",
            "천안시 일자리 목표",
            "올해 예산은 지난해보다 줄었지만 목표 일자리는 지난해 2만7000개에서 1500개 늘렸다.\n"
            "시는 ▲청년 일자리 6100개 ▲여성 일자리 2300개 등 대상별 목표를 세웠다.\n"
            "고용률 목표 역시 61.5%('18년)에서 68.5%('22년)로 높아졌다.\n"
            "목표로 내건 일자리 2만8500개로 나누면 1개당 1400만원꼴이다.\n"
            "지난해 연말에는 2만8100개로 목표를 넘겼던 만큼, 올해도 달성이 가능할 것으로 본다.\n"
            "지난해 상반기 1만2000개보다 900개 늘었는데, 민간 일자리가 6,400개로 공공일자리를 "
            "앞질렀다.",
        ),
        [
            ("body", "2만7000개", 2022, PLAN),
            ("body", "1500개", 2023, PLAN),
            ("body", "6100개", 2023, PLAN),
            ("body", "2300개", 2023, PLAN),
            ("body", "61.5%", 2018, PLAN),
            ("body", "68.5%", 2022, PLAN),
            ("body", "2만8500개", 2023, PLAN),
            ("body", "1400만원", 2023, DONE),
            ("body", "2만8100개", 2022, DONE),
            ("body", "1만2000개", 2022, DONE),
            ("body", "900개", 2023, DONE),
            ("body", "6,400개", 2023, DONE),
        ],
    ),
    # a goal changed to the figure; the goal as a frame (`목표만 보면`); a change's starting
    # figure takes the year a span before it starts from
    (
        article(
            "2025-02-03",
            "천안시 일자리 목표 조정",
            "시는 올해 목표를 당초 3만1000개로 잡았으나 2만9500개로 조정했다.\n"
            "민간 부문 목표만 보면 1만6000개로 지난해보다 많다.\n"
            "2018년부터 2024년까지 일자리 예산은 610억원에서 1조원으로 늘었다.",
        ),
        [
            ("body", "3만1000개", 2025, PLAN),
            ("body", "2만9500개", 2025, PLAN),
            ("body", "1만6000개", 2025, PLAN),
            ("body", "610억원", 2018, PLAN),
            ("body", "1조원", 2024, PLAN),
        ],
    ),
    # a total over several years has no year: a span of years before it (`4년간`, `3년 동안`,
    # `2025~2029년` right before it), not one year (`1년간`) nor a figure with its own year
    (
        article(
            "2022-10-13",
            "천안시, 민선 8기 4년간 일자리 11만5천개 만든다",
            "시는 4년간(2023~2026년) 일자리 11만5000개를 만든다.\n"
            "지난 3년 동안 일자리 8만6000개를 만들었다.\n"
            "지난 3년간 감액된 교부금은 ‘21년 300억원, ‘22년 200억원이다.\n"
            "가입자에게 1년간 월 2만원을 지원한다.\n"
            "2025~2029년 취업자는 3만2000명 늘어날 전망이다.",
        ),
        [
            ("title", "11만5천개", None, PLAN),
            ("body", "11만5000개", None, PLAN),
            ("body", "8만6000개", None, DONE),
            ("body", "300억원", 2021, DONE),
            ("body", "200억원", 2022, DONE),
            ("body", "2만원", 2022, PLAN),
            ("body", "3만2000명", None, PLAN),
        ],
    ),
]


@pytest.mark.parametrize(("doc", "expected"), CASES, ids=lambda v: getattr(v, "title", ""))
def test_each_figure_has_its_year_and_plan_or_result(doc, expected):
    got = [(f.section, f.surface, f.year, f.is_target) for f in extract_article(doc).figures]
    assert got == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a year before a record's start (with its nouns between) is not the figure's year
        ("이번 1월 고용률(62.7%)은 2000년 통계 작성 이래 가장 높은 수치다.", [("62.7%", 2026)]),
        ("고용률은 1989년 집계 시작 이후 처음으로 70%를 넘었다.", [("70%", 2026)]),
        ("고용률은 '25년 8월 이후 6개월째 전국 평균(61.0%)을 웃돌았다.", [("61.0%", 2026)]),
        # 현재 is the publication's year: a total since a start is counted up to now
        (
            "재단은 1991년부터 현재까지 모두 1만8253명에게 150억 원을 지급했다.",
            [("1만8253명", 2026), ("150억 원", 2026)],
        ),
        # the base N years before the sentence's own year
        (
            "2025년 하반기 고용률은 67.1%로 1년 전(65.9%)보다 높다.",
            [("67.1%", 2025), ("65.9%", 2024)],
        ),
        # ... but an event's year is the time the figure follows
        (
            "2018년 22개였던 기금은 2019년 정비 이후 18개로 줄었다.",
            [("22개", 2018), ("18개", 2019)],
        ),
    ],
)
def test_a_record_start_is_not_the_figures_year(body, expected):
    doc = article("2026-02-11", "한빛시 고용동향", body)
    got = [(f.surface, f.year) for f in extract_article(doc).figures if f.section == "body"]
    assert got == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a relative clause setting the figure as the goal
        ("한빛시가 목표로 삼았던 2만9000개를 웃도는 성과다.", [("2만9000개", PLAN)]),
        ("목표로 한 300명보다 많은 342명이 참여했다.", [("300명", PLAN), ("342명", DONE)]),
        # the content of a plan, in a present relative clause before the plan noun
        (
            "한빛시는 일자리 1만5천개를 만드는 내용의 일자리 대책을 내놨다.",
            [("1만5천개", PLAN)],
        ),
        ("한빛시는 일자리 1만5천개를 만드는 계획을 발표했다.", [("1만5천개", PLAN)]),
        # ... not a past one, nor another noun
        ("한빛시는 일자리 1만5천개를 만든 성과를 발표했다.", [("1만5천개", DONE)]),
        ("한빛시는 일자리 1만5천개를 만드는 사업을 마쳤다.", [("1만5천개", DONE)]),
    ],
)
def test_goals_and_plans_named_around_the_figure(body, expected):
    doc = article("2017-06-01", "한빛시 일자리", body, org="한빛시")
    got = [(f.surface, f.is_target) for f in extract_article(doc).figures if f.section == "body"]
    assert got == expected


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # a budget as the topic, with the amount it grew from, a year in parentheses or 도
        (
            "한빛시 일자리 예산 추이",
            "일자리 예산도 2019년 300억원에서 2024년 900억원으로 불어났다. 올해 예산은 "
            "전년(900억원)보다 줄었다.",
            [("300억원", 2019, PLAN), ("900억원", 2024, PLAN), ("900억원", 2025, PLAN)],
        ),
        # the goal as the clause's topic names the figures after it
        (
            "한빛시 일자리 대책",
            "올해 주요 목표는 ▲고용률 66% 달성 ▲일자리 1만개 창출 등이다. 목표치는 지난해 "
            "9천개에서 올해 1만개로 늘었다.",
            [
                ("66%", 2026, PLAN),
                ("1만개", 2026, PLAN),
                ("9천개", 2025, PLAN),
                ("1만개", 2026, PLAN),
            ],
        ),
        # a goal set to the figure with the goal as topic; a goal clause on the topic noun
        (
            "한빛시 고용률 목표",
            "고용률 목표는 지난해보다 높은 66.5%로 잡았다. 지난해 목표로 내건 일자리는 9천개였다.",
            [("66.5%", 2026, PLAN), ("9천개", 2025, PLAN)],
        ),
        # a headline's segments are clauses of their own
        (
            "한빛시, 지난해 일자리 1만1천개 달성…올해도 1만개 목표",
            "한빛시는 지난해 일자리 1만1천개를 만들었다. 올해 목표는 1만개다.",
            [
                ("1만1천개", 2025, DONE),
                ("1만개", 2026, PLAN),
                ("1만1천개", 2025, DONE),
                ("1만개", 2026, PLAN),
            ],
        ),
        # a quoted plan named after the clause; a year of a later clause is that clause's
        (
            "한빛시 일자리 계획",
            "한빛시는 500억원을 투입하는 '2026년 일자리 대책 세부계획'을 확정했다. 시장은 "
            '"연말까지 일자리 1만개를 달성하고, 오는 2028년까지 1만2천개 시대를 열겠다"고 말했다.',
            [("500억원", 2026, PLAN), ("1만개", 2026, PLAN), ("1만2천개", 2028, PLAN)],
        ),
    ],
)
def test_budgets_goals_and_clauses(title, body, expected):
    got = years_and_plans("2026-02-02", title, body, org="한빛시")
    assert got == expected


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # a table whose column heads are years: each cell its column's year, and a goal or a
        # result as its row's label says
        (
            "한빛시 일자리 실적",
            "최근 2년간 실적은 다음과 같다.\n구분 | 2024년 | 2025년\n일자리 목표 | 9천개 | "
            "1만개\n일자리 실적 | 9500개 | 1만1천개\n",
            [
                ("9천개", 2024, PLAN),
                ("1만개", 2025, PLAN),
                ("9500개", 2024, DONE),
                ("1만1천개", 2025, DONE),
            ],
        ),
        # counted as of a date is a result; an amount under a budget topic is a plan
        (
            "한빛시 일자리",
            "10월 말 현재 일자리 8천여 개를 만들어 연말까지 목표 달성이 무난할 것으로 보인다. "
            "올해 일자리 예산은 본예산 300억원을 포함해 320억원으로 늘었다.",
            [("8천여 개", 2026, DONE), ("300억원", 2026, PLAN), ("320억원", 2026, PLAN)],
        ),
        # -ㄴ 데 이어 closes what was done; a goal the same as last year's is this year's
        (
            "한빛시 일자리",
            "시는 지난해 일자리 1만1천개를 만들어 목표를 달성한 데 이어, 올해는 1만개를 목표로 "
            "뛴다. 그러나 올해 목표는 지난해와 같은 1만개에 머물렀다.",
            [("1만1천개", 2025, DONE), ("1만개", 2026, PLAN), ("1만개", 2026, PLAN)],
        ),
        # a headline filed under a year (`[결산 2025]`); its segments are clauses of their own
        (
            "[결산 2025] 한빛시 일자리 1만개 넘었다…올해 500억원 투입",
            "▲일자리 1만1천여 개 창출\n시는 올해 일자리 사업에 500억원을 투입한다.",
            [
                ("1만개", 2025, DONE),
                ("500억원", 2026, PLAN),
                ("1만1천여 개", 2025, DONE),
                ("500억원", 2026, PLAN),
            ],
        ),
        # a sentence with no topic of its own goes on about the budget planned before it;
        # money a past adnominal says was put in was spent
        (
            "한빛시 일자리 예산",
            "시는 올해 일자리 사업에 600억원을 투입한다. 이는 지난해 실제 투입된 500억원보다 "
            "100억원 많은 규모다. 2020년 300억원과 비교하면 두 배로 불었다.",
            [
                ("600억원", 2026, PLAN),
                ("500억원", 2025, DONE),
                ("100억원", 2026, PLAN),
                ("300억원", 2020, PLAN),
            ],
        ),
        # Kiwi reads the subject 목표가 as a price (목표가): still the goal
        (
            "한빛시 일자리",
            "2016년 목표가 4천개였던 점을 감안하면 두 배 넘게 늘었다.",
            [("4천개", 2016, PLAN)],
        ),
    ],
)
def test_tables_dates_and_goals(title, body, expected):
    got = years_and_plans("2026-01-05", title, body, org="한빛시")
    assert got == expected


def test_a_topic_alone_on_a_broken_line_asks_nothing() -> None:
    """`위원회는` cut off from its sentence is no interviewer's question (`— 올해 목표는.` is)."""
    doc = article(
        "2025-03-01",
        "추진위원회 개최",
        "위원회는\n시는 2022년에 3개 분야 20개 과제를 발굴했다.\n— 올해 목표는.\n“과제 25개다.”",
    )
    got = [(f.surface, f.subject, f.is_target) for f in extract_article(doc).figures]
    assert got == [("3개", "분야", DONE), ("20개", "과제", DONE), ("25개", "과제", PLAN)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a rate raised from last year's level: the level is reached, the new one a goal
        (
            "청년 고용률을 지난해 45%에서 올해 48%로 높인다.",
            [("45%", 2025, DONE), ("48%", 2026, PLAN)],
        ),
        # ... a count may start from last year's goal, and a budget stays a budget
        (
            "신규 일자리를 지난해 2만8000개에서 3만개로 늘린다.",
            [("2만8000개", 2025, PLAN), ("3만개", 2026, PLAN)],
        ),
        (
            "예산을 지난해 4029억원에서 1조원으로 늘리겠다.",
            [("4029억원", 2025, PLAN), ("1조원", 2026, PLAN)],
        ),
        # a goal for a term of office is for no single year
        (
            "시장은 임기 안에 일자리 3만개를 만들겠다고 약속했다.",
            [("3만개", None, PLAN)],
        ),
        # a plan spoken only of what is to come takes no past year from the sentence before
        (
            "한빛시는 지난해 일자리 3만766개를 만들었다. 시는 3만1000개를 만들겠다. "
            "시는 다시 3만2000개를 만들 계획이다.",
            [("3만766개", 2025, DONE), ("3만1000개", 2026, PLAN), ("3만2000개", 2026, PLAN)],
        ),
        # ... but a goal told in the past is about the year before it
        (
            "한빛시는 지난해 일자리 3만766개를 만들었다. 당초 목표는 2만9000개였다.",
            [("3만766개", 2025, DONE), ("2만9000개", 2025, PLAN)],
        ),
    ],
)
def test_changes_terms_and_plans_ahead(body, expected):
    got = years_and_plans("2026-02-10", "한빛시 일자리", body, org="한빛시")
    assert got == expected


def test_a_rate_raised_from_one_years_level_to_anothers_is_the_objects_rate() -> None:
    doc = article(
        "2026-02-10", "한빛시 고용", "시는 여성 고용률을 작년 55%에서 올해 60%까지 끌어올렸다."
    )
    got = [(f.surface, f.metric) for f in extract_article(doc).figures]
    assert got == [("55%", "여성 고용률"), ("60%", "여성 고용률")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the formal present announces a plan; being, having and states are facts
        (
            "“공공근로 인원도 1200명으로 늘립니다. 현재 참여자는 300명입니다. 센터는 5곳이 "
            "있습니다. 감액 규모가 3억원이라는 보도는 사실과 다릅니다.”",
            [
                ("1200명", 2026, PLAN),
                ("300명", 2026, DONE),
                ("5곳", 2026, DONE),
                ("3억원", 2026, DONE),
            ],
        ),
        # a year with its own particle is its clause's time, not the base's after it
        (
            "지난해에는 목표 1만7000개보다 많은 1만7650개를 만들었다.",
            [("1만7000개", 2025, PLAN), ("1만7650개", 2025, DONE)],
        ),
        # a goal taken as the object, moved from one figure to another
        (
            "시는 올해 일자리 목표를 지난해 2만9000개에서 3만개로 늘려 잡았다.",
            [("2만9000개", 2025, PLAN), ("3만개", 2026, PLAN)],
        ),
        # ... but a share of the goal is what was done
        ("시는 일자리 목표를 106% 달성했다.", [("106%", 2026, DONE)]),
        # 내년도, 전년도 are years; a base whose unit stands apart keeps 전년도 to itself
        ("시는 내년도 예산 20억5000만원을 들여 지원한다.", [("20억5000만원", 2027, PLAN)]),
        (
            "전년도 6,029억 원보다 476억 원 늘었다. 이 가운데 35억 원은 새로 반영됐다.",
            [("6,029억 원", 2025, DONE), ("476억 원", 2026, DONE), ("35억 원", 2026, PLAN)],
        ),
    ],
)
def test_formal_endings_clause_years_and_moved_goals(body, expected):
    got = years_and_plans("2026-02-10", "한빛시 일자리", body, org="한빛시")
    assert got == expected


def test_a_table_that_splits_an_amount_takes_its_year_and_plan() -> None:
    body = (
        "한빛시가 2024년 일자리 종합계획을 확정했다.\n"
        "107개 사업에 1조 199억 8200만 원을 투입해 일자리 2만9000개를 만든다.\n"
        "올해 고용률은 3분기 기준 68.1%로 집계됐다.\n[분야별 예산] (단위: 억원)\n"
        "분야 | 사업 수 | 금액\n공공일자리 | 30개 | 1,842\n기업 지원 | 40개 | 5,316\n"
        "고용 안정 | 37개 | 3,041.8\n합계 | 107개 | 10,199.8"
    )
    doc = article("2023-12-27", "한빛시 일자리", body, org="한빛시")
    got = [
        (f.surface, f.year, f.is_target) for f in extract_article(doc).figures if f.kind == "money"
    ]
    assert got == [
        ("1조 199억 8200만 원", 2024, PLAN),
        ("1,842", 2024, PLAN),
        ("5,316", 2024, PLAN),
        ("3,041.8", 2024, PLAN),
        ("10,199.8", 2024, PLAN),
    ]


def test_the_parts_of_a_total_over_several_years_have_no_year_either() -> None:
    body = (
        "한빛시가 일자리 로드맵을 내놨다. 2023~2026년 4년간 일자리 12만개를 만드는 것이 "
        "핵심이다. 부문별 목표는 ▲기업 유치 4만5000개 ▲창업 1만5000개 ▲공공 4만개 ▲청년 2만개다."
    )
    doc = article("2022-09-20", "한빛시 일자리", body, org="한빛시")
    got = [(f.surface, f.year, f.year_source) for f in extract_article(doc).figures]
    assert got == [
        ("12만개", None, "span"),
        ("4만5000개", None, "span"),
        ("1만5000개", None, "span"),
        ("4만개", None, "span"),
        ("2만개", None, "span"),
    ]


def test_a_figure_of_that_period_is_of_the_span_before_it() -> None:
    body = (
        "2023~2026년 4년간 일자리 12만개를 만드는 것이 핵심이다. "
        "이 기간 투입할 예산은 모두 4조2000억원이다. 올해 예산은 8천억원이다."
    )
    doc = article("2022-09-20", "한빛시 일자리", body, org="한빛시")
    got = [(f.surface, f.year, f.year_source) for f in extract_article(doc).figures]
    assert got == [
        ("12만개", None, "span"),
        ("4조2000억원", None, "span"),
        ("8천억원", 2022, "clause"),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a year in an earlier sentence that only heads a base of comparison is not carried on
        (
            "한빛시는 올해 일자리 1만3,820개를 만들었다. 지난해 1만2,610개에 이어 2년 연속 "
            "목표를 넘겼다. 고용률은 지난해보다 1%포인트 올랐다. 취업자는 3만명이었다.",
            [
                ("1만3,820개", 2021, DONE),
                ("1만2,610개", 2020, DONE),
                ("1%포인트", 2021, DONE),
                ("3만명", 2021, DONE),
            ],
        ),
        # a year after the figure heading the phrase of what it is compared with is the base's;
        # a past level compared with is a level reached, even in a sentence of goals
        (
            "고용률 목표 60.8%는 지난해 충남 시 지역 평균 고용률(59.7%)보다 1.1%포인트 높다.",
            [("60.8%", 2021, PLAN), ("59.7%", 2020, DONE), ("1.1%포인트", 2021, PLAN)],
        ),
        # ... but not a goal compared with, which stays a goal of its year
        ("지난해 목표였던 1만3500개보다 눈높이를 높였다.", [("1만3500개", 2020, PLAN)]),
        # a span from one year to an earlier one is a total over them; up to now, a running one
        (
            "2018년 하반기부터 지난해까지 6만8,000여개를 만들었다. 1991년부터 현재까지 "
            "1만8253명에게 지급했다.",
            [("6만8,000여개", None, DONE), ("1만8253명", 2021, DONE)],
        ),
        # a term of office in its parenthesis; 민선 1기 as an event is no time of the figure
        (
            "민선 6기(2014년 7월~2018년 6월)에는 일자리 9만8,400여개를 만들었다. 1995년 민선 "
            "1기 출범 이후 8개 시·군의 재정자립도는 낮아졌다.",
            [("9만8,400여개", None, DONE), ("8개", 1995, DONE)],
        ),
        # N years after
        ("시 관계자는 “4년 뒤 고용률 70% 시대를 열겠다”고 말했다.", [("70%", 2025, PLAN)]),
        # a state the figure's clause is in, whatever is then planned about it
        (
            "청년층 고용률은 39.8%로 여전히 낮아 청년 일자리 대책을 보강하기로 했다.",
            [("39.8%", 2021, DONE)],
        ),
        # the whole a part of is spent is not spent; a past adnominal of spending before the
        # budget, and 투입했다, are
        (
            "일자리 예산 3,420억원 가운데 1,870억원을 집행했다. 올해 집행한 일자리 예산은 "
            "1,742억원이다. 시는 올해 일자리 예산 1,040억원을 투입했다.",
            [
                ("3,420억원", 2021, PLAN),
                ("1,870억원", 2021, DONE),
                ("1,742억원", 2021, DONE),
                ("1,040억원", 2021, DONE),
            ],
        ),
        # 예산안 is a budget
        (
            "내년 일자리 예산안은 올해 569억원보다 62억원 늘었다.",
            [("569억원", 2021, PLAN), ("62억원", 2022, PLAN)],
        ),
    ],
)
def test_bases_spans_and_spending(body, expected):
    got = years_and_plans("2021-12-27", "한빛시 일자리", body, org="한빛시")
    assert got == expected


@pytest.mark.parametrize(
    ("published", "body", "expected"),
    [
        # the first half just ended is this year's; in January the second half is last year's
        ("2025-07-10", "시는 상반기 일자리 8,940개를 만들었다.", [("8,940개", 2025)]),
        ("2026-01-20", "하반기 고용률은 62.4%였다.", [("62.4%", 2025)]),
        ("2026-02-20", "4분기 고용률은 62.4%였다.", [("62.4%", 2025)]),
        # 새해 written in December is the coming year
        ("2018-12-20", "시는 새해 청년 150명에게 인건비를 지원한다.", [("150명", 2019)]),
        ("2019-01-03", "시는 새해 청년 150명에게 인건비를 지원한다.", [("150명", 2019)]),
    ],
)
def test_halves_quarters_and_the_new_year(published, body, expected):
    doc = article(published, "한빛시 일자리", body, org="한빛시")
    assert [(f.surface, f.year) for f in extract_article(doc).figures] == expected


def test_list_items_under_a_line_of_goals_are_goals() -> None:
    body = (
        "올해 일자리 예산은 2,350억원이다.\n\n분야별 목표는 다음과 같다.\n"
        "▲첨단산업 일자리 4,200개\n▲청년 일자리 2,800개\n\n분야별 실적은 다음과 같다.\n"
        "▲청년 일자리 2,100개"
    )
    doc = article("2023-01-10", "한빛시 일자리", body, org="한빛시")
    got = [(f.surface, f.is_target) for f in extract_article(doc).figures]
    assert got == [("2,350억원", PLAN), ("4,200개", PLAN), ("2,800개", PLAN), ("2,100개", DONE)]


def test_a_heading_that_opens_on_its_figure_is_read_without_error() -> None:
    # `◇두 차례 …`: an item mark right on the figure leaves no words before it to read a topic in
    body = "◇두 차례 추경으로 예산 역대 최대\n올해 예산은 추경을 거쳐 1조2,300억원으로 늘었다."
    doc = article("2024-12-20", "한빛시 결산 인터뷰", body, org="한빛시")
    got = [(f.surface, f.year, f.is_target) for f in extract_article(doc).figures]
    assert ("1조2,300억원", 2024, PLAN) in got


def test_an_amount_said_again_is_of_the_year_it_was_first_told() -> None:
    body = (
        "한빛시는 올해 일자리 예산으로 4,222억2000만원을 편성했다.\n"
        "“지난해에는 2만5,368개를 만들었습니다.”\n"
        "“4,222억2000만원은 지난해 3,615억원보다 16.8% 많습니다.”"
    )
    doc = article("2021-02-03", "한빛시 일자리", body, org="한빛시")
    got = [(f.surface, f.year) for f in extract_article(doc).figures if f.kind != "percent"]
    assert got == [
        ("4,222억2000만원", 2021),
        ("2만5,368개", 2020),
        ("4,222억2000만원", 2021),
        ("3,615억원", 2020),
    ]


def test_the_parts_of_an_increase_take_its_year_and_plan() -> None:
    body = (
        "한빛시는 일자리 분야 예산 126억원을 추가로 편성한 추경안을 제출했다. 고용률은 지난해 "
        "하반기 62.4%로 떨어졌다. 증액분은 ▲고용유지 지원 58억원 ▲도약장려금 32억원 "
        "▲공공근로 24억원 ▲직업훈련 12억원이다."
    )
    got = years_and_plans("2025-06-20", "한빛시 추경", body, org="한빛시")
    assert got[2:] == [
        ("58억원", 2025, PLAN),
        ("32억원", 2025, PLAN),
        ("24억원", 2025, PLAN),
        ("12억원", 2025, PLAN),
    ]


def test_a_budget_goes_on_past_an_aside_of_results() -> None:
    body = (
        "한빛시가 올해 107개 사업에 1조 199억 8200만 원을 투입해 일자리 2만9000개를 만든다.\n"
        "시는 20일 세부계획을 공시했다. 시는 5대 전략을 중심으로 계획을 추진한다.\n"
        "지난해에는 2만8000개를 목표로 2만8928개를 만들었다. 지난해 하반기 고용률은 68.1%로 "
        "집계됐다.\n분야별 예산은 고용장려금 3,870억원, 직접일자리 1,286억원 등이다."
    )
    got = years_and_plans("2024-03-20", "한빛시 일자리", body, org="한빛시")
    assert got[-2:] == [("3,870억원", 2024, PLAN), ("1,286억원", 2024, PLAN)]


def test_the_parts_find_the_amount_they_add_up_to_further_back() -> None:
    body = (
        "한빛시는 일자리 분야 예산 126억원을 추가로 편성한 추경안을 제출했다. 이에 따라 올해 "
        "일자리 예산은 2,088억원에서 2,214억원으로 늘어난다. 고용 사정이 나빠진 데 따른 "
        "조치다. 고용률은 지난해 하반기 62.4%로 떨어졌다. 같은 기간 이웃 시는 63.8%였다. "
        "증액분은 ▲고용유지 지원 58억원 ▲도약장려금 32억원 ▲공공근로 24억원 ▲직업훈련 12억원이다."
    )
    got = years_and_plans("2025-06-20", "한빛시 추경", body, org="한빛시")
    assert got[-4:] == [
        ("58억원", 2025, PLAN),
        ("32억원", 2025, PLAN),
        ("24억원", 2025, PLAN),
        ("12억원", 2025, PLAN),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a plan noun as the topic of a list of figures
        (
            "올해 계획은 ▲직접 일자리 4210개 ▲창업 320개 등이다.",
            [("4210개", PLAN), ("320개", PLAN)],
        ),
        # a goal set in a relative clause stays a goal when it is compared with
        (
            "시는 지난해 목표로 잡았던 2만8000개보다 928개 많은 2만8928개를 만들었다.",
            [("2만8000개", PLAN), ("928개", DONE), ("2만8928개", DONE)],
        ),
        # an amount in the parenthesis after a program's name is what it is given
        (
            "올해 주요 사업은 ▲한빛형 공공근로사업(95억원) ▲‘청년 디딤돌 사업’(24억원) "
            "▲‘중장년 재취업 지원사업’ 확대(11억원) 등이다.",
            [("95억원", PLAN), ("24억원", PLAN), ("11억원", PLAN)],
        ),
        # a goal set to a figure before it; the goal passed is what was reached
        (
            "시는 연초 3만8000개로 잡았던 일자리 목표를 11월 말 기준 4만1250개로 넘어섰다.",
            [("3만8000개", PLAN), ("4만1250개", DONE)],
        ),
        # a plan after its act holds the figure
        ("시장이 일자리 7만개 창출 계획을 설명하고 있다.", [("7만개", PLAN)]),
        # the whole a share of was spent, not spent itself
        (
            "상반기 일자리 예산은 412억원을 집행해 연간 예산 780억원의 52.8%를 썼다.",
            [("412억원", DONE), ("780억원", PLAN), ("52.8%", DONE)],
        ),
        # a budget changed as the object of the verb
        (
            "시는 일자리 예산을 620억원에서 780억원으로 늘렸다.",
            [("620억원", PLAN), ("780억원", PLAN)],
        ),
        # goals put up and taken on
        ("천안시는 3만개, 청주시는 4만6000개를 내걸었다.", [("3만개", PLAN), ("4만6000개", PLAN)]),
        ("원주시, 올해 고용률 67% 도전", [("67%", PLAN)]),
        # a program's amount right after its name; a budget looked at kind by kind
        (
            "주요 사업은 ▲청년 창업 지원사업 32억원 ▲어르신 일자리 사업 57억원 등이다.",
            [("32억원", PLAN), ("57억원", PLAN)],
        ),
        (
            "올해 예산을 부문별로 보면 복지 1,210억원, 교육 340억원이다.",
            [("1,210억원", PLAN), ("340억원", PLAN)],
        ),
        # a quoted program's amount; a supplementary budget and what was allocated are budgets
        (
            "시의회는 '한빛 청년 인재 양성 사업' 31억원을 원안대로 의결했다.",
            [("31억원", PLAN)],
        ),
        (
            "추경 규모는 기정예산보다 1,240억원 늘어난 1조 2,410억원이다.",
            [("1,240억원", PLAN), ("1조 2,410억원", PLAN)],
        ),
        ("당초 편성액은 1,420억원으로, 집행률은 93.1%다.", [("1,420억원", PLAN), ("93.1%", DONE)]),
        # what a program costs is its budget
        (
            "사업비는 국비 42억원, 도비 6억원, 군비 15억원이다.",
            [("42억원", PLAN), ("6억원", PLAN), ("15억원", PLAN)],
        ),
        # money a past adnominal says was put in, settled accounts: results
        ("지난해 같은 분야에 들인 예산은 모두 512억 원이었다.", [("512억 원", DONE)]),
        ("이는 지난해 결산액 912억 원보다 늘어난 규모다.", [("912억 원", DONE)]),
        # a figure the bare goal noun follows is the goal
        ("연말까지 2만1천여개 목표 '순항'", [("2만1천여개", PLAN)]),
        # amounts reflected in a budget are allocated; a count reflected is done
        (
            "복지 분야에는 ▲경로당 운영 21억원 ▲아이돌봄 지원 14억원 등을 반영했다.",
            [("21억원", PLAN), ("14억원", PLAN)],
        ),
        (
            "요건 검토 결과를 반영해 신청자 9,120명 가운데 8,870명을 지급대상자로 확정했다.",
            [("9,120명", DONE), ("8,870명", DONE)],
        ),
        # a budget taken as the base the figure is measured by is no frame of budgets
        (
            "본예산을 기준으로 보면 실제 세수는 2조1000억원 늘어난 것이다.",
            [("2조1000억원", DONE)],
        ),
    ],
)
def test_goals_budgets_and_plans_in_other_shapes(body, expected):
    doc = article("2024-03-20", "한빛시 일자리", body, org="한빛시")
    got = [(f.surface, f.is_target) for f in extract_article(doc).figures if f.section == "body"]
    assert got == expected


def test_a_cumulative_count_over_years_and_a_terms_pledge_have_no_year() -> None:
    body = (
        "시 관계자는 “3년 누적 9만811개의 일자리가 시민 곁으로 갔다”고 말했다. 시는 “민선 8기 "
        "공약인 고용률 70% 달성을 위해 노력하겠다”고 말했다."
    )
    doc = article("2026-02-10", "한빛시 일자리", body, org="한빛시")
    got = [(f.surface, f.year, f.year_source) for f in extract_article(doc).figures]
    assert got == [("9만811개", None, "span"), ("70%", None, "span")]


def test_a_two_column_table_splitting_an_amount_takes_its_year_and_plan() -> None:
    body = (
        "한빛시가 2024년 일자리 종합계획을 확정했다.\n"
        "107개 사업에 1조 199억 8200만 원을 투입해 일자리 2만9000개를 만든다.\n"
        "올해 고용률은 3분기 기준 68.1%로 집계됐다.\n[분야별 예산] (단위: 억원)\n"
        "분야 | 예산\n공공일자리 | 1,842\n기업 지원 | 5,316\n고용 안정 | 3,041.8\n합계 | 10,199.8"
    )
    got = years_and_plans("2023-12-27", "한빛시 일자리", body, org="한빛시")
    assert got[-4:] == [
        ("1,842", 2024, PLAN),
        ("5,316", 2024, PLAN),
        ("3,041.8", 2024, PLAN),
        ("10,199.8", 2024, PLAN),
    ]


def test_a_breakdown_is_of_the_whole_made_not_of_the_goal_it_is_measured_against() -> None:
    body = (
        "한빛시가 올해 일자리 3만1,200개를 만든 것으로 집계됐다. 이는 목표 2만8,000개의 "
        "111.4%에 해당한다.\n분야별로는 공공일자리 8,100개, 민간일자리 1만5,300개 등이다."
    )
    doc = article("2024-12-28", "한빛시 일자리", body, org="한빛시")
    got = [(f.surface, f.is_target) for f in extract_article(doc).figures if f.kind == "count"]
    assert got == [
        ("3만1,200개", DONE),
        ("2만8,000개", PLAN),
        ("8,100개", DONE),
        ("1만5,300개", DONE),
    ]


def test_a_sub_headline_the_body_opens_with_takes_the_storys_year_and_flag() -> None:
    body = (
        "82개 사업에 2,450억원 투입…일자리 1만2천개 목표\n【담당 한빛시 일자리정책과】\n"
        "한빛시가 올해 일자리 예산으로 2,450억원을 편성했다. 시는 일자리 1만2천개를 만든다."
    )
    got = years_and_plans("2024-02-01", "한빛시 일자리 대책", body, org="한빛시")
    assert got[1:3] == [("2,450억원", 2024, PLAN), ("1만2천개", 2024, PLAN)]


def test_the_year_before_is_before_the_year_the_sentence_named() -> None:
    body = (
        "고용률은 지난해 하반기 69.8%로 전년(69.2%)보다 0.6%p 올랐다. "
        "올해 1분기 고용률은 61%로 전년 동기보다 높다."
    )
    doc = article("2026-01-07", "한빛시 고용", body, org="한빛시")
    got = [(f.surface, f.year) for f in extract_article(doc).figures if f.unit == "%"]
    assert got == [("69.8%", 2025), ("69.2%", 2024), ("61%", 2026)]


def test_a_year_heading_a_base_figure_with_a_noun_between_is_the_bases_only() -> None:
    body = (
        "한빛시는 2027년도 본예산 5,410억 원을 확정했다. 이는 2026년 본예산 5,120억 원 대비 "
        "290억 원 증액된 규모로, 일반회계 5,180억 원, 특별회계 230억 원으로 구성됐다."
    )
    doc = article("2026-12-15", "한빛시 2027년도 본예산 확정", body, org="한빛시")
    got = [(f.surface, f.year) for f in extract_article(doc).figures if f.section == "body"]
    assert got == [
        ("5,410억 원", 2027),
        ("5,120억 원", 2026),
        ("290억 원", 2027),
        ("5,180억 원", 2027),
        ("230억 원", 2027),
    ]


def test_a_breakdown_is_not_of_a_base_of_comparison_and_heads_say_year_and_flag() -> None:
    body = (
        "한빛시는 일자리 예산 1,610억원을 투입한다고 밝혔다. 예산은 지난해 1,480억원보다 8.8% "
        "늘었다.\n분야별로는 ▲청년 일자리 사업 52억원 ▲공공일자리 사업 330억원 등이다.\n"
        "[주요 지표] (단위: 개)\n구분 | 2024년 실적 | 2026년 목표\n일자리 | 31,200 | 33,000"
    )
    got = years_and_plans("2026-01-06", "한빛시 2026년 일자리 대책", body, org="한빛시")
    assert got[-4:] == [
        ("52억원", 2026, PLAN),
        ("330억원", 2026, PLAN),
        ("31,200", 2024, DONE),
        ("33,000", 2026, PLAN),
    ]


def test_a_term_heading_the_figures_noun_phrase_is_a_span_but_its_first_year_is_one() -> None:
    doc = article(
        "2022-08-01",
        "한빛시, 민선 8기 일자리 8만개 만든다",
        "시는 민선 8기 첫해 일자리 2만1천개를 만든다.",
        org="한빛시",
    )
    got = [(f.surface, f.year, f.subject) for f in extract_article(doc).figures]
    assert got == [("8만개", None, "일자리"), ("2만1천개", 2022, "일자리")]


def test_the_year_before_in_a_december_release_about_next_year_is_this_year() -> None:
    doc = article(
        "2026-12-14",
        "한빛군, 2027년도 본예산 5,410억 원 확정",
        "한빛군은 5,410억 원 규모의 본예산을 확정했다. 이는 전년 5,120억 원 대비 290억 원 "
        "증액된 규모다.",
        org="한빛군",
    )
    got = [(f.surface, f.year) for f in extract_article(doc).figures if f.section == "body"]
    assert got == [("5,410억 원", 2027), ("5,120억 원", 2026), ("290억 원", 2027)]


def test_a_sub_headline_the_cleaner_set_apart_takes_the_storys_flag() -> None:
    from pipeline.run.engine import clean_task, extract_task
    from schemas.records import RawDocument

    body = (
        "- 2분기 고용률 66.1%…올해 일자리 3만개·예산 2,140억원 투입 -\n"
        "【담당 일자리정책과 041-000-0000】\n"
        "한빛시는 올해 일자리 예산으로 2,140억원을 편성하고 일자리 3만개를 만들 계획이다."
    )
    raw = RawDocument(
        source="t.jsonl#1",
        body=body,
        media_type="application/jsonl-record",
        title="한빛시 일자리 대책",
        published_at="2026-02-11T09:00:00+09:00",
    )
    figures = extract_task(clean_task(raw)).figures
    got = [(f.section, f.surface, f.is_target) for f in figures if f.unit != "%"]
    assert got == [
        ("subtitle", "3만개", True),
        ("subtitle", "2,140억원", True),
        ("body", "2,140억원", True),
        ("body", "3만개", True),
    ]


def test_a_budget_list_after_an_aside_on_this_years_results_goes_on_for_next_year() -> None:
    body = (
        "한빛군은 2027년도 본예산 9,120억원이 의결됐다고 밝혔다. 일자리 관련 예산은 "
        "402억원으로 늘었다. 올해는 11월 말 기준 2,910개의 일자리를 만들었다.\n"
        "주요 사업은 ▲농촌인력중개센터 운영 8억원 ▲노인 일자리 지원사업 121억원 등이다."
    )
    got = years_and_plans("2026-12-18", "한빛군 2027년도 본예산 확정", body, org="한빛군")
    assert got[-2:] == [("8억원", 2027, PLAN), ("121억원", 2027, PLAN)]


def test_a_quarter_reported_a_quarter_later_is_this_years_and_a_base_is_no_thread() -> None:
    body = (
        "지난해에는 일자리 4만1천여개를 만들었다. 1분기 고용률은 62.3%로 지난해 같은 기간"
        "(61.8%)보다 0.5%p 높아졌다."
    )
    doc = article("2026-06-14", "한빛도 고용", body, org="한빛도")
    got = [(f.surface, f.year) for f in extract_article(doc).figures if f.unit == "%"]
    assert got == [("62.3%", 2026), ("61.8%", 2025)]
    body = (
        "한빛군은 2027년도 본예산을 의결했다. 일자리 예산은 420억원으로 올해 380억원보다 늘었다. "
        "올해는 일자리 3,010개를 만들었다.\n주요 사업은 ▲청년 창업 지원사업 14억원 등이다."
    )
    doc = article("2026-12-18", "한빛군 본예산", body, org="한빛군")
    assert [(f.surface, f.year) for f in extract_article(doc).figures][-1] == ("14억원", 2027)


def test_the_year_before_after_a_sentence_of_last_year_is_the_year_before_that() -> None:
    body = "한빛시 고용률은 지난해 하반기 68.9%로 역대 최고였다. 이는 전년 68.2%보다 0.7%p 높다."
    doc = article("2026-01-20", "한빛시 고용률", body, org="한빛시")
    got = [(f.surface, f.year) for f in extract_article(doc).figures if f.unit == "%"]
    assert got == [("68.9%", 2025), ("68.2%", 2024)]


def test_the_year_before_skips_the_year_of_a_base_in_its_sentence() -> None:
    body = (
        "취업자 수는 17만3천명으로 2018년(16만9천명)보다 4천명 늘었고, 하반기 고용률은 "
        "63.9%로 전년 하반기(63.1%)보다 0.8%포인트 올랐다."
    )
    doc = article("2020-02-10", "한빛시 고용", body, org="한빛시")
    got = [(f.surface, f.year) for f in extract_article(doc).figures if f.unit == "%"]
    assert got == [("63.9%", 2019), ("63.1%", 2018)]


def test_a_table_of_settled_and_budgeted_columns_and_a_settled_base() -> None:
    body = (
        "한빛시는 올해 1,210억 원을 들여 일자리 1만7천개를 만들겠다고 밝혔다.\n"
        "이는 지난해 결산액 1,050억 원보다 160억 원 늘어난 규모다.\n"
        "<분야별 일자리 예산> (단위: 억원)\n분야 | 2018년 결산 | 2019년 예산 | 증감\n"
        "직접일자리 | 430 | 470 | 40\n합계 | 1,050 | 1,210 | 160"
    )
    doc = article("2019-03-12", "한빛시 일자리 예산", body, org="한빛시")
    got = {(f.surface, f.year, f.is_target) for f in extract_article(doc).figures}
    assert {
        ("1,050억 원", 2018, DONE),
        ("430", 2018, DONE),
        ("470", 2019, PLAN),
        ("1,050", 2018, DONE),
        ("1,210", 2019, PLAN),
    } <= got


def test_items_under_a_line_of_what_is_to_come_are_this_years_goals() -> None:
    body = (
        "지난해 군의 고용률은 65.8%로 목표 65%를 넘었다.\n"
        "군은 목표 달성을 위해 다음 분야에 예산을 나눠 투입한다.\n"
        "▲신산업 기업 유치 204억 원(민간 일자리 1천900개) ▲노인 공공일자리 233억 원(2천100개)"
    )
    got = years_and_plans("2023-02-14", "한빛군 일자리", body, org="한빛군")
    assert got[2:] == [
        ("204억 원", 2023, PLAN),
        ("1천900개", 2023, PLAN),
        ("233억 원", 2023, PLAN),
        ("2천100개", 2023, PLAN),
    ]
    # a year with a parenthesis of its goal and result is no figure's aside
    doc = article("2021-01-20", "한빛시", "2015년(목표 1만8천개·실적 1만7천420개) 이후 처음이다.")
    got = [(f.surface, f.is_target) for f in extract_article(doc).figures]
    assert got == [("1만8천개", PLAN), ("1만7천420개", DONE)]


def test_counted_so_far_money_put_in_then_done_and_a_base_in_several_words() -> None:
    body = (
        "시는 지난해에도 추경을 통해 일자리 예산 388억 원을 추가 투입해 공공일자리 2천40개를 "
        "제공했다. 올해 일자리 목표는 1만5천800개로, 5월 말 기준 7천410개를 달성했다. "
        "올해 일자리 관련 예산은 1조 1,120억 원으로 작년 1조 410억 원보다 늘었다."
    )
    got = years_and_plans("2021-06-10", "한빛시 일자리", body, org="한빛시")
    assert ("388억 원", 2020, DONE) in got
    assert ("1만5천800개", 2021, PLAN) in got
    assert ("7천410개", 2021, DONE) in got
    assert ("1조 1,120억 원", 2021, PLAN) in got
    assert ("1조 410억 원", 2020, PLAN) in got


def test_a_level_compared_with_last_year_and_changed_is_measured_unless_foreseen() -> None:
    body = (
        "반면 청년층 고용률은 41.8%로 전년 동기 43.2%보다 1.4%p 떨어져 대책이 시급하다는 "
        "지적이 나온다. 연구원은 올해 농가 인구가 전년 대비 2.1% 줄어 감소폭이 확대될 것으로 "
        "전망했다."
    )
    doc = article("2023-08-17", "한빛도 고용", body, org="한빛도")
    got = [(f.surface, f.is_target) for f in extract_article(doc).figures]
    assert got == [("41.8%", DONE), ("43.2%", DONE), ("1.4%p", DONE), ("2.1%", PLAN)]


# Short articles and (surface, year, plan) of every figure in them
ARTICLES = [
    pytest.param(
        "2021-08-17",
        "한빛시 일자리",
        "한빛시는 올해 상반기 일자리 2만1340개를 만들었다.\n유형별 실적은 다음과 같다.\n"
        "(단위: 개)\n유형 | 목표 | 상반기 실적\n직접일자리 | 9,500 | 6,120\n"
        "기업 유치 | 21,000 | 11,030",
        "한빛시",
        [
            ("2만1340개", 2021, DONE),
            ("9,500", 2021, PLAN),
            ("6,120", 2021, DONE),
            ("21,000", 2021, PLAN),
            ("11,030", 2021, DONE),
        ],
        id="a_table_without_years_takes_plan_and_result_from_its_heads",
    ),
    pytest.param(
        "2024-01-10",
        "한빛시 일자리",
        "시는 올해 일자리 목표를 2만1000개(지난해 1만9400개)로 잡았다. 고용률 목표는 "
        "69%(2023년 67.4%)다.",
        "한빛시",
        [
            ("2만1000개", 2024, PLAN),
            ("1만9400개", 2023, DONE),
            ("69%", 2024, PLAN),
            ("67.4%", 2023, DONE),
        ],
        id="an_aside_in_parentheses_keeps_its_year_and_outcome_to_itself",
    ),
    pytest.param(
        "2023-01-12",
        "한빛시 일자리",
        "한빛시가 올해 일자리 대책을 내놨다.\n◇한빛시 분야별 일자리 예산 (단위: 억원)\n"
        "구분 | 2022년 | 2023년\n직접일자리 | 1,152 | 1,238\n합계 | 4,029 | 4,386",
        "한빛시",
        [
            ("1,152", 2022, PLAN),
            ("1,238", 2023, PLAN),
            ("4,029", 2022, PLAN),
            ("4,386", 2023, PLAN),
        ],
        id="a_table_titled_a_budget_is_a_plan_in_each_years_column",
    ),
    pytest.param(
        "2024-12-20",
        "고용률 역대 최고 70.1%…내년 예산 2,980억원 편성",
        "본문이다.",
        "천안시",
        [("70.1%", 2024, DONE), ("2,980억원", 2025, PLAN)],
        id="a_headlines_ellipsis_closes_the_clause_a_year_after_it_opens",
    ),
    pytest.param(
        "2024-01-05",
        "한빛시 일자리",
        "시의 일자리가 늘었다.\n◇한빛시 일자리 창출 실적 (단위: 개)\n연도 | 목표 | 실적\n"
        "2022 | 31,000 | 32,140\n2023 | 33,000 | 34,002",
        "한빛시",
        [
            ("31,000", 2022, PLAN),
            ("32,140", 2022, DONE),
            ("33,000", 2023, PLAN),
            ("34,002", 2023, DONE),
        ],
        id="a_columns_goal_says_more_than_a_title_of_results",
    ),
    pytest.param(
        "2023-01-10",
        "한빛시 일자리",
        "이는 2021년(4천210개·고용률 63.9%)과 비교하면 610개 늘어난 목표다.",
        "한빛시",
        [("4천210개", 2021, DONE), ("63.9%", 2021, DONE), ("610개", 2023, PLAN)],
        id="a_parenthesis_of_figures_after_a_year_compared_with_is_that_years_results",
    ),
    pytest.param(
        "2024-10-10",
        "한빛시 예산",
        "올해 일자리 예산은 2,410억 원(지난해 2,290억 원)으로, 이 가운데 9월 말까지 "
        "1,760억 원을 집행했다.",
        "한빛시",
        [
            ("2,410억 원", 2024, PLAN),
            ("2,290억 원", 2023, PLAN),
            ("1,760억 원", 2024, DONE),
        ],
        id="a_part_spent_leaves_the_whole_a_budget_and_an_asides_year_is_its_own",
    ),
    pytest.param(
        "2022-07-20",
        "한빛군 조선업 일자리",
        "지난해 군은 조선업 고용 지원에 38억 원을 썼다. 군은 하반기 조선업 인력 유치를 위해 "
        "21억 원을 추가로 투입한다. ▲정착지원금 8억 원 ▲기술교육원 운영 7억 원 등이다.",
        "한빛군",
        [
            ("38억 원", 2021, DONE),
            ("21억 원", 2022, PLAN),
            ("8억 원", 2022, PLAN),
            ("7억 원", 2022, PLAN),
        ],
        id="a_list_going_on_from_a_planned_budget_is_of_that_budgets_year",
    ),
]


@pytest.mark.parametrize(("published", "title", "body", "org", "expected"), ARTICLES)
def test_every_figure_of_an_article(published, title, body, org, expected) -> None:
    assert years_and_plans(published, title, body, org=org) == expected


# Short articles and (surface, year) of every figure in them
ARTICLE_YEARS = [
    pytest.param(
        "2022-01-18",
        "한빛시 일자리",
        "일자리 목표는 지난해 2만6000개에서 올해 2만8000여개로 늘었지만, 예산은 4,222억원에서 "
        "4029억원으로 줄었다.",
        "한빛시",
        [
            ("2만6000개", 2021),
            ("2만8000여개", 2022),
            ("4,222억원", 2021),
            ("4029억원", 2022),
        ],
        id="a_change_told_like_the_one_before_it_starts_in_its_year",
    ),
    pytest.param(
        "2022-07-01",
        "창원시장 “임기 내 일자리 5만개…올해 2870억 투입”",
        "본문이다.",
        "천안시",
        [("5만개", None), ("2870억", 2022)],
        id="a_relative_year_right_before_a_figure_is_its_own_not_a_terms",
    ),
    pytest.param(
        "2019-03-01",
        "한빛시 일자리",
        "시는 2017년 일자리 예산 620억원을 편성했다. 시는 이듬해 일자리 예산을 620억원에서 "
        "780억원으로 늘렸다.",
        "한빛시",
        [("620억원", 2017), ("620억원", 2017), ("780억원", 2018)],
        id="a_change_in_the_year_after_starts_in_the_year_before",
    ),
    pytest.param(
        "2025-01-20",
        "한빛시 일자리",
        "최근 3년간(2022~2024년) 일자리 예산은 1,410→1,488→1,530억원으로 늘었다. "
        "2019년부터 2023년까지 고용률은 63.1%→65.2%로 올랐다.",
        "한빛시",
        [
            ("1,410", 2022),
            ("1,488", 2023),
            ("1,530억원", 2024),
            ("63.1%", 2019),
            ("65.2%", 2023),
        ],
        id="the_sides_of_a_chain_of_arrows_are_the_years_of_the_span_before_it",
    ),
]


@pytest.mark.parametrize(("published", "title", "body", "org", "expected"), ARTICLE_YEARS)
def test_every_figures_year_in_an_article(published, title, body, org, expected) -> None:
    got = years_and_plans(published, title, body, org=org)
    assert [(surface, year) for surface, year, _ in got] == expected


# Short articles and (surface, year, is_target) of every figure: quotes, pledges, spans, levels
# taken up, shares and budget tables
MORE_ARTICLES = [
    pytest.param(
        "2023-12-18",
        "한빛시, 내년 일자리 3만개 목표",
        "한빛시가 내년 일자리 3만개 창출을 목표로 세웠다. 지난해에는 2만7천개를 만들었다. "
        "시장은 “고용률 68%를 꼭 이루겠다”고 말했다.",
        "한빛시",
        [
            ("3만개", 2024, PLAN),
            ("3만개", 2024, PLAN),
            ("2만7천개", 2022, DONE),
            ("68%", 2024, PLAN),
        ],
        id="a_quoted_plan_told_in_the_past_is_not_of_a_year_past",
    ),
    pytest.param(
        "2024-02-05",
        "한빛시 일자리",
        "올해 목표는 당초 계획(4,500개)보다 500개 많다. 지금까지 3만1천개로 시장 공약(4만개)의 "
        "78%에 머물렀다.",
        "한빛시",
        [
            ("4,500개", 2024, PLAN),
            ("500개", 2024, PLAN),
            ("3만1천개", 2024, DONE),
            ("4만개", 2024, PLAN),
            ("78%", 2024, DONE),
        ],
        id="a_plan_or_pledge_before_a_figure_in_parentheses_gives_its_figure",
    ),
    pytest.param(
        "2024-02-05",
        "한빛시 일자리",
        "시는 민선 8기 출범 이후 지난해까지 모두 2만2천개의 일자리를 만들었다. 시가 2년 반 "
        "동안 만든 일자리는 2만2천개다.",
        "한빛시",
        [("2만2천개", None, DONE), ("2만2천개", None, DONE)],
        id="a_total_from_an_event_up_to_a_year_or_over_years_and_a_half_has_no_year",
    ),
    pytest.param(
        "2024-02-05",
        "한빛시 고용률",
        "지난해 한빛시 고용률은 61.2%로, 시는 이를 올해 62%로 끌어올린다는 방침이다.",
        "한빛시",
        [("61.2%", 2023, DONE), ("62%", 2024, PLAN)],
        id="a_level_the_next_clause_takes_up_is_where_it_stands",
    ),
    pytest.param(
        "2024-11-20",
        "한빛시 예산안",
        "한빛시가 내년도 예산안을 8,400억원으로 편성했다. 분야별로는 복지 분야가 3,100억원으로 "
        "가장 큰 비중을 차지했다.",
        "한빛시",
        [("8,400억원", 2025, PLAN), ("3,100억원", 2025, PLAN)],
        id="a_part_that_takes_up_a_share_of_a_budget_is_planned_as_the_budget_is",
    ),
    pytest.param(
        "2024-11-20",
        "한빛시 예산",
        "한빛시의 예산은 해마다 늘었다.\n[한빛시 연도별 본예산 현황] (단위: 억원)\n"
        "구분 | 2022년 | 2023년\n일반회계 | 6,100 | 6,420",
        "한빛시",
        [("6,100", 2022, PLAN), ("6,420", 2023, PLAN)],
        id="a_table_whose_title_names_a_budget_among_its_words_is_a_plan",
    ),
]


@pytest.mark.parametrize(("published", "title", "body", "org", "expected"), MORE_ARTICLES)
def test_quotes_pledges_spans_levels_shares_and_budget_tables(
    published, title, body, org, expected
) -> None:
    assert years_and_plans(published, title, body, org=org) == expected


def test_a_unit_note_under_a_table_gives_its_rows_units_and_a_cells_aside_is_its_own() -> None:
    body = (
        "한빛시가 올해 일자리 대책을 내놨다.\n[한빛시 일자리 목표·실적]\n"
        "구분 | 2023년 | 2024년\n일자리 예산 | 1,210 | 1,305\n일자리 목표 | 9,800 | 10,200\n"
        "고용률 목표 | 61.5 | 62.0\n고용률 | 61.4 | 62.0(목표)\n(단위: 억원, 개, %)"
    )
    doc = article("2024-01-22", "한빛시 일자리", body, org="한빛시")
    got = [(f.surface, f.unit, f.year, f.is_target) for f in extract_article(doc).figures]
    assert got == [
        ("1,210", "KRW", 2023, PLAN),
        ("1,305", "KRW", 2024, PLAN),
        ("9,800", "개", 2023, PLAN),
        ("10,200", "개", 2024, PLAN),
        ("61.5", "%", 2023, PLAN),
        ("62.0", "%", 2024, PLAN),
        ("61.4", "%", 2023, DONE),
        ("62.0", "%", 2024, PLAN),
    ]


# Totals since a term began, pledges and a level a plan starts from
TERMS_AND_PLEDGES = [
    pytest.param(
        "한빛시는 민선 8기 출범 후 누적 일자리가 4만2,100개로 집계됐다고 밝혔다.",
        [("4만2,100개", None, DONE)],
        id="a_total_since_the_term_began_has_no_year",
    ),
    pytest.param(
        "민선 8기 출범 이후 만든 일자리는 3만 8천 개로, 공약 목표 5만개의 76%다.",
        [("3만 8천 개", None, DONE), ("5만개", None, PLAN), ("76%", None, DONE)],
        id="a_total_made_since_the_term_began_and_the_pledged_goal",
    ),
    pytest.param(
        "시장은 “시민과 약속한 일자리 5만 개를 꼭 지키겠다”고 말했다. 일자리 공약 5만 개는 "
        "이미 절반을 넘었다.",
        [("5만 개", None, PLAN), ("5만 개", None, PLAN)],
        id="a_pledged_figure_is_the_terms_plan",
    ),
    pytest.param(
        "시는 2022년 민선 8기 출범 당시 61.3%였던 고용률을 2026년까지 65%로 높인다.",
        [("61.3%", 2022, DONE), ("65%", 2026, PLAN)],
        id="the_level_at_the_terms_start_is_that_years_result",
    ),
]


@pytest.mark.parametrize(("body", "expected"), TERMS_AND_PLEDGES)
def test_totals_since_a_term_began_pledges_and_levels_a_plan_starts_from(body, expected):
    doc = article("2025-02-10", "한빛시 일자리", body, org="한빛시")
    got = [(f.surface, f.year, f.is_target) for f in extract_article(doc).figures]
    assert got == expected


# Round 13: rankings of goals, breakdowns that add up, bases made of a clause, budgets raised,
# parts of a goal, years glued to a list item, spans over linked verbs and levels that stood
ROUND_13 = [
    pytest.param(
        "2024-03-20",
        "도내 주요 시의 올해 일자리 목표를 보면 한빛시가 2만1000개로 가장 많고, 새솔시(1만4500개),"
        " 푸른시(8600개) 순이다.",
        [("2만1000개", 2024, PLAN), ("1만4500개", 2024, PLAN), ("8600개", 2024, PLAN)],
        id="the_items_after_the_first_of_a_ranking_of_goals_are_goals",
    ),
    pytest.param(
        "2023-03-08",
        "인근 도시의 올해 일자리 목표를 비교하면 한빛시가 3만2000개로 가장 많고 새솔시(2만개)가"
        " 뒤를 이었다.",
        [("3만2000개", 2023, PLAN), ("2만개", 2023, PLAN)],
        id="goals_compared_city_by_city_and_the_one_that_follows",
    ),
    pytest.param(
        "2020-01-15",
        "한빛시는 올해 일자리 9000개를 만든다. 지난해에는 일자리 8700개를 만들어 목표를 넘겼다."
        " 분야별로는 공공일자리 2,500개, 민간 일자리 5,300개, 창업 1,200개를 목표로 잡았다.",
        [
            ("9000개", 2020, PLAN),
            ("8700개", 2019, DONE),
            ("2,500개", 2020, PLAN),
            ("5,300개", 2020, PLAN),
            ("1,200개", 2020, PLAN),
        ],
        id="parts_that_add_up_to_this_years_goal_are_of_its_year",
    ),
    pytest.param(
        "2021-07-22",
        "한빛시는 올해 상반기 일자리 5,100개를 만들었다. 지난해 상반기 고용률이 크게 떨어졌던"
        " 것과 비교하면 회복세가 뚜렷하다. 시는 추가경정예산에 일자리 예산 40억원을 증액 편성했다.",
        [("5,100개", 2021, DONE), ("40억원", 2021, PLAN)],
        id="a_year_in_a_clause_compared_with_is_not_carried",
    ),
    pytest.param(
        "2025-07-24",
        "시는 제2회 추경에서 일자리 예산을 57억원 증액해 본예산 2,310억원을 2,367억원으로 늘렸다.",
        [("57억원", 2025, PLAN), ("2,310억원", 2025, PLAN), ("2,367억원", 2025, PLAN)],
        id="a_budget_raised_in_a_supplementary_budget_is_allocated",
    ),
    pytest.param(
        "2022-01-12",
        "한빛시는 올해 일자리 1만2000개를 만들 계획이다. 청년 일자리는 3,100개로 전체 목표의"
        " 25.8% 수준이다.",
        [("1만2000개", 2022, PLAN), ("3,100개", 2022, PLAN), ("25.8%", 2022, DONE)],
        id="a_part_put_as_a_share_of_the_whole_goal_is_planned",
    ),
    pytest.param(
        "2020-12-18",
        "시는 일자리 예산으로 지난해 310억 원, 올해 345억 원을 투입한 데 이어 내년에는 380억 원을"
        " 편성했다.",
        [("310억 원", 2019, DONE), ("345억 원", 2020, DONE), ("380억 원", 2021, PLAN)],
        id="money_put_in_before_a_new_budget_was_spent",
    ),
    pytest.param(
        "2026-02-10",
        "군은 민선 8기 4년간 일자리 목표 8,000개를 넘어 모두 8,640개의 일자리를 창출했다. 앞서"
        " 민선 7기에는 일자리 6,000개를 목표로 세워 6,420개를 만들었다.",
        [
            ("8,000개", None, PLAN),
            ("8,640개", None, DONE),
            ("6,000개", None, PLAN),
            ("6,420개", None, DONE),
        ],
        id="a_term_reaches_the_totals_of_verbs_linked_to_its_first",
    ),
    pytest.param(
        "2022-09-20",
        "시는 2026년까지 고용률 66%를 달성할 계획이다. 시는 이를 위해 임기 동안 국·도비를"
        " 포함해 총 1,800억 원을 일자리 사업에 투입할 계획이다.",
        [("66%", 2026, PLAN), ("1,800억 원", None, PLAN)],
        id="a_term_reaches_an_amount_across_what_it_includes",
    ),
    pytest.param(
        "2026-01-20",
        "2022년 7월부터 지난해 말까지 누적 일자리는 1만 4,210개다.",
        [("1만 4,210개", None, DONE)],
        id="a_total_up_to_the_end_of_a_year_is_a_span",
    ),
    pytest.param(
        "2026-02-10",
        "군은 올해 일자리 2,400개를 만들고, 지난해 하반기 61.2%였던 고용률을 62%로 끌어올릴"
        " 계획이다.",
        [("2,400개", 2026, PLAN), ("61.2%", 2025, DONE), ("62%", 2026, PLAN)],
        id="the_year_of_a_level_that_stood_is_not_the_raised_levels",
    ),
    pytest.param(
        "2023-03-08",
        "한빛시는 민선 8기 4년간 일자리 9만개·2026년까지 고용률 68%를 공약했다.",
        [("9만개", None, PLAN), ("68%", 2026, PLAN)],
        id="a_year_glued_to_a_list_item_by_a_middle_dot",
    ),
    pytest.param(
        "2025-12-17",
        "지난 3년간 세수 감소에 대응하여 5,200억 원을 사용한 결과 기금 전입금도 2,100억 원"
        " 감소됐다.",
        [("5,200억 원", None, DONE), ("2,100억 원", 2025, DONE)],
        id="a_span_stops_at_a_clause_closed_by_a_linking_noun",
    ),
]


@pytest.mark.parametrize(("published", "body", "expected"), ROUND_13)
def test_rankings_breakdowns_bases_budgets_raised_and_spans_over_linked_verbs(
    published, body, expected
):
    doc = article(published, "한빛시 일자리", body, org="한빛시")
    got = [(f.surface, f.year, f.is_target) for f in extract_article(doc).figures]
    assert got == expected


def test_a_second_sub_headline_takes_the_bodys_plan() -> None:
    from articles import SEOUL

    from schemas.records import Article, Section

    doc = Article(
        source="test",
        sections=[
            Section("title", "한빛시, 지난해 일자리 9천 개 창출"),
            Section("subtitle", "- 지난해 목표 대비 104% 달성 -"),
            Section("lead", "- 올해 일자리 9,500개 목표…820억 원 투입 -"),
            Section(
                "body",
                "한빛시는 지난해 일자리 9,000개를 만들었다고 밝혔다. 시는 올해 일자리 예산 "
                "820억 원을 투입해 일자리 9,500개를 만든다.",
            ),
        ],
        title="한빛시, 지난해 일자리 9천 개 창출",
        published_at=datetime(2024, 1, 20, tzinfo=SEOUL),
        org="한빛시",
    )
    got = [(f.section, f.surface, f.year, f.is_target) for f in extract_article(doc).figures]
    assert ("lead", "820억 원", 2024, PLAN) in got


ROUND_14 = [
    pytest.param(
        "2023-02-06",
        "2019년 군은 212억원으로 일자리 3,100개를 목표로 했고 고용률 목표는 61.5%였지만, 올해는"
        " 예산이 두 배로 늘었다.",
        [("212억원", 2019, PLAN), ("3,100개", 2019, PLAN), ("61.5%", 2019, PLAN)],
        id="a_figures_own_copula_closes_its_clause_before_a_later_year",
    ),
    pytest.param(
        "2024-01-22",
        "고용률 목표는 64.2%로 전년도 목표(63.8%)보다 0.4%포인트 높였다.",
        [("64.2%", 2024, PLAN), ("63.8%", 2023, PLAN), ("0.4%포인트", 2024, PLAN)],
        id="a_years_goal_in_parentheses_compared_with_is_the_base",
    ),
    pytest.param(
        "2024-03-11",
        "고용률 목표는 15~64세 기준 66.4%로 정했다.",
        [("66.4%", 2024, PLAN)],
        id="a_basis_of_ages_is_no_date_a_count_stands_at",
    ),
    pytest.param(
        "2025-02-03",
        "민선 8기 들어 2년간 만든 일자리는 누적 4만1200개로, 임기 공약인 '4년간 일자리 9만개'"
        " 대비 달성률은 45.8%다.",
        [("4만1200개", None, DONE), ("9만개", None, PLAN), ("45.8%", None, DONE)],
        id="a_figure_after_a_pledges_copula_is_the_pledge_not_the_one_before",
    ),
    pytest.param(
        "2022-09-14",
        "한빛구가 민선 8기 임기 동안 일자리 2만개를 만들고 고용률을 63%까지 끌어올리겠다는 공약"
        " 이행계획을 발표했다.",
        [("2만개", None, PLAN), ("63%", None, PLAN)],
        id="a_rate_the_term_promises_to_reach_is_the_terms",
    ),
    pytest.param(
        "2022-09-14",
        "일자리 분야 공약은 9개로, 소요 예산은 1,280억원에 이른다.",
        [("9개", 2022, DONE), ("1,280억원", None, PLAN)],
        id="what_the_terms_pledges_cost_is_over_the_term",
    ),
    pytest.param(
        "2023-06-01",
        "구의 고용률은 2018년 58.2%에서 이듬해 57.6%까지 떨어졌다가 지난해 59.1%로 올랐다.",
        [("58.2%", 2018, DONE), ("57.6%", 2019, DONE), ("59.1%", 2022, DONE)],
        id="the_year_after_one_a_change_starts_from",
    ),
    pytest.param(
        "2025-07-21",
        "상반기 실적은 2만2100개로 지난해 같은 기간 일자리 실적(2만400개)보다 1,700개 늘었다.",
        [("2만2100개", 2025, DONE), ("2만400개", 2024, DONE), ("1,700개", 2025, DONE)],
        id="a_compared_period_with_the_nouns_of_what_it_counted",
    ),
    pytest.param(
        "2024-12-18",
        "시의회는 내년도 예산을 9,870억원으로 확정했다. 올해 본예산 9,410억원보다는 460억원"
        " 늘었다.",
        [("9,870억원", 2025, PLAN), ("9,410억원", 2024, PLAN), ("460억원", 2025, PLAN)],
        id="what_a_budget_rose_by_over_another_budget_is_allocated",
    ),
]


@pytest.mark.parametrize(("published", "body", "expected"), ROUND_14)
def test_clauses_bases_pledges_and_changes_of_budgets(published, body, expected):
    doc = article(published, "한빛시 일자리", body, org="한빛시")
    got = [(f.surface, f.year, f.is_target) for f in extract_article(doc).figures]
    assert got == expected


def test_a_budget_in_a_tables_title_leaves_its_rates_levels() -> None:
    doc = article(
        "2025-01-15",
        "한빛구 일자리 예산 추이",
        "한빛구의 일자리 예산은 꾸준히 늘었다.\n<한빛구 일자리 예산·고용률 추이>\n"
        "(단위: 억원, %)\n구분 | 2022년 | 2023년 | 2024년\n일자리 예산 | 410 | 452 | 498\n"
        "고용률 | 60.2 | 60.9 | 61.3\n",
        org="한빛구",
    )
    got = [(f.surface, f.year, f.is_target) for f in extract_article(doc).figures]
    assert ("452", 2023, PLAN) in got
    assert ("60.9", 2023, DONE) in got


ROUND_14_RELEASES = [
    pytest.param(
        "2021-11-22",
        "군은 내년도 예산안을 4천120억 원으로 편성했다. 분야별로는 사회복지 분야가 1천35억 원으로"
        " 가장 많고, 농림해양수산 902억 원, 환경 411억 원 순이다.",
        [
            ("4천120억 원", 2022, PLAN),
            ("1천35억 원", 2022, PLAN),
            ("902억 원", 2022, PLAN),
            ("411억 원", 2022, PLAN),
        ],
        id="the_first_item_of_a_ranking_is_planned_as_the_others",
    ),
    pytest.param(
        "2024-03-04",
        "분야별 증액 규모는 ▲일자리 41억 원 ▲복지 67억 원이다.",
        [("41억 원", 2024, PLAN), ("67억 원", 2024, PLAN)],
        id="the_size_of_a_budgets_raise_as_the_topic",
    ),
    pytest.param(
        "2021-11-18",
        "군은 내년 일자리 1천800개를 만들고, 고용률을 올해 상반기 64.3%에서 66%까지 끌어올린다는"
        " 목표다.",
        [("1천800개", 2022, PLAN), ("64.3%", 2021, DONE), ("66%", 2022, PLAN)],
        id="a_rate_raised_from_a_half_of_this_year",
    ),
    pytest.param(
        "2026-02-12",
        "연도별로는 ▲2023년 9천800개 ▲2024년 1만300개 ▲2025년 1만1200개다.",
        [("9천800개", 2023, DONE), ("1만300개", 2024, DONE), ("1만1200개", 2025, DONE)],
        id="a_year_glued_to_a_list_mark",
    ),
    pytest.param(
        "2024-08-27",
        "정부예산안에 국비 2조 3천억 원이 반영됐다. 이는 올해 최종 확보한 국비 2조 1천억 원보다"
        " 2천억 원 늘어난 규모다.",
        [("2조 3천억 원", 2024, DONE), ("2조 1천억 원", 2024, DONE), ("2천억 원", 2024, DONE)],
        id="a_base_secured_in_a_past_adnominal_is_the_funds_won",
    ),
    pytest.param(
        "2024-12-12",
        "군은 2025년 국비 3천억 원을 확보했다. 이는 올해 확보한 2024년 국비 2천800억 원보다 200억"
        " 원 늘어난 것이다.",
        [("3천억 원", 2025, DONE), ("2천800억 원", 2024, DONE), ("200억 원", 2025, DONE)],
        id="the_years_heading_a_base_written_in_words_are_the_bases",
    ),
]


@pytest.mark.parametrize(("published", "body", "expected"), ROUND_14_RELEASES)
def test_rankings_raises_rates_from_halves_list_years_and_bases_secured(published, body, expected):
    doc = article(published, "한빛군 예산", body, org="한빛군")
    got = [(f.surface, f.year, f.is_target) for f in extract_article(doc).figures]
    assert got == expected


def test_a_sub_headline_takes_the_bodys_year_over_the_one_above_it() -> None:
    from articles import SEOUL

    from schemas.records import Article, Section

    doc = Article(
        source="test",
        sections=[
            Section("title", "한빛시, 지난해 고용률 64.1%…올해 일자리 9천개 목표"),
            Section("subtitle", "- 2024년 하반기 지역별고용조사 결과 -"),
            Section("lead", "- 일자리 예산 388억 원 투입…민선 8기 목표 3만 개 순항 -"),
            Section(
                "body",
                "한빛시의 지난해 하반기 고용률은 64.1%로 집계됐다. 시는 올해 일자리 예산 388억"
                " 원을 투입해 일자리 9천개를 만든다. 민선 8기 출범 이후 지난해 말까지 만든"
                " 일자리는 2만1천 개로, 임기 목표 3만 개의 70%다.",
            ),
        ],
        title="한빛시, 지난해 고용률 64.1%…올해 일자리 9천개 목표",
        published_at=datetime(2025, 1, 20, tzinfo=SEOUL),
        org="한빛시",
    )
    got = [(f.section, f.surface, f.year, f.is_target) for f in extract_article(doc).figures]
    assert ("lead", "388억 원", 2025, PLAN) in got
    assert ("lead", "3만 개", None, PLAN) in got


# Round 13: (published, title, body, [(surface, year, plan)]) for the figures named, in order.
ROUND_13 = [
    # a headline's `…` parts two facts: the past year of the first is not the goal's after it
    (
        "2024-01-10",
        "한빛시, 지난해 일자리 8,420개 만들어 목표 초과…고용률 66.2% 목표",
        "한빛시는 올해 고용률을 66.2%까지 끌어올리고 일자리 9천개를 만들겠다고 밝혔다.",
        [("8,420개", 2023, DONE), ("66.2%", 2024, PLAN), ("66.2%", 2024, PLAN)],
    ),
    # 비해 written apart from its base: the base's year is not the increase's
    (
        "2021-12-28",
        "한빛시 내년 일자리 예산",
        "한빛시는 2022년 본예산에 일자리 예산 1,040억원을 편성했다. 올해 본예산 930억원에 "
        "비해 110억원 증액된 규모다.",
        [("930억원", 2021, PLAN), ("110억원", 2022, PLAN)],
    ),
    # a year opening the base's adnominal clause is the base's only
    (
        "2019-02-20",
        "한빛시 일자리 예산",
        "시는 올해 일자리 사업에 본예산 620억원을 투입한다. 지난해 추경을 포함해 집행한 "
        "550억원보다 70억원 많다.",
        [("550억원", 2018, DONE), ("70억원", 2019, PLAN)],
    ),
    # the figure's own past adnominal says it was done, whatever the sentence then plans
    (
        "2026-03-25",
        "한빛군 일자리",
        "지난해 6,200개를 만든 군은 올해 6,600개를 만든다. 군수는 “지난해 7,300개를 만든 "
        "경험을 살려 올해도 목표를 넘기겠다”고 말했다. 군은 국비 30억원을 포함한 총사업비 "
        "45억원으로 사업을 추진한다.",
        [
            ("6,200개", 2025, DONE),
            ("6,600개", 2026, PLAN),
            ("7,300개", 2025, DONE),
            ("30억원", 2026, PLAN),
        ],
    ),
    # a running total since the term began has no year, the term glued to 민선 or left unsaid
    (
        "2025-02-05",
        "한빛시 일자리",
        "민선8기 출범 이후 지금까지 3만1천여개의 일자리가 만들어졌다. 임기 4년간 4만개가 "
        "공약인데, 출범 이후 지금까지 3만1천여개를 만들었다.",
        [("3만1천여개", None, DONE), ("3만1천여개", None, DONE)],
    ),
    # a range of years with an adverb of the total between is a total over them
    (
        "2026-02-10",
        "한빛구 일자리 예산",
        "구는 2022~2025년 일자리 사업에 모두 1,640억원을 집행했다.",
        [("1,640억원", None, DONE)],
    ),
    # a plan for a period still ahead is this year's, not a later deadline's an earlier sentence set
    (
        "2024-07-22",
        "한빛시 상반기 일자리",
        "시는 상반기 일자리 6,800개를 만들었다. 또 2026년까지 고용률 63%를 달성한다는 목표도 "
        "세웠다. 시장은 “하반기에도 기업 채용을 지원해 남은 5,400개를 채우겠다”고 말했다.",
        [("63%", 2026, PLAN), ("5,400개", 2024, PLAN)],
    ),
    # a clause taking up a budget the sentence allocated, and an amount of a budget secured
    (
        "2023-01-16",
        "한빛시 일자리 예산",
        "시는 올해 일자리 예산 1,300억원을 편성했으며, 이는 지난해 1,120억원보다 180억원 늘어난 "
        "규모다. 시는 2021년 일자리 예산으로 900억원을 편성했으며, 이듬해에는 이를 960억원으로 "
        "늘린 바 있다. 시는 올해 추경에서 일자리 예산 15억원을 더해 모두 1,315억원을 확보했다.",
        [
            ("1,120억원", 2022, PLAN),
            ("180억원", 2023, PLAN),
            ("960억원", 2022, PLAN),
            ("1,315억원", 2023, PLAN),
        ],
    ),
    # what a budget, the object, is cut by; a figure heading the goal noun right after it
    (
        "2025-06-30",
        "한빛구 추경",
        "구는 추경에서 일자리 예산을 12억원 줄여 전체 일자리 예산이 611억원으로 조정됐다. "
        "지난해에는 8,300개 목표에 8,540개를 창출했다. 지난해 8,540개로 목표를 넘었다.",
        [
            ("12억원", 2025, PLAN),
            ("611억원", 2025, PLAN),
            ("8,300개", 2024, PLAN),
            ("8,540개", 2024, DONE),
            ("8,540개", 2024, DONE),
        ],
    ),
    # a headline's segment that is the figure alone is told by the next segment's verb
    (
        "2025-01-10",
        '[인터뷰] 한빛구청장 "올해 일자리 1만1천개…고용률 63% 넘긴다"',
        "한빛구가 올해 일자리 예산으로 800억원을 편성했다.",
        [("1만1천개", 2025, PLAN), ("63%", 2025, PLAN)],
    ),
    # a list under a line opening the parts of an amount still to be used is planned
    (
        "2025-10-15",
        "한빛시 추경",
        "시는 추경에 일자리 예산 14억원을 증액했다.\n\n증액분은 다음 사업에 쓰인다.\n"
        "- 청년 창업 일자리 지원 6억원\n- 농촌 일손 지원 8억원",
        [("14억원", 2025, PLAN), ("6억원", 2025, PLAN), ("8억원", 2025, PLAN)],
    ),
    # a quote's sentence closed before the figure keeps its year to itself
    (
        "2021-07-22",
        "한빛구 고용",
        '구청장은 "지난해 투입한 일자리 예산 470억원이 고용 유지에 큰 역할을 했다"며 '
        '"하반기에도 고용률을 60% 이상으로 유지하겠다"고 말했다.',
        [("470억원", 2020, DONE), ("60%", 2021, PLAN)],
    ),
    # 전년 after a sentence of this year is last year, under a headline of next year's budget
    (
        "2023-08-30",
        "한빛시, 내년 일자리 예산 690억 반영",
        "한빛시는 내년도 본예산안에 일자리 예산 690억원을 반영할 계획이다.\n\n올해 상반기 "
        "고용률은 62.8%로 집계됐다. 전년 같은 기간 61.9%보다 0.9%p 높다.",
        [("62.8%", 2023, DONE), ("61.9%", 2022, DONE)],
    ),
    # a percent of the goal's noun phrase is how much of it was met
    (
        "2025-07-10",
        "한빛시 판매",
        "판매액은 목표 금액의 97%에 그쳤다.",
        [("97%", 2025, DONE)],
    ),
    # a column's year with (계획) after it makes its cells plans, whatever the title says
    (
        "2024-01-16",
        "한빛군 일자리",
        "〈한빛군 일자리 예산·실적〉 (단위: 억원, 개)\n| 구분 | 2023년 | 2024년(계획) |\n"
        "| 일자리 창출 | 2,312 | 2,450 |",
        [("2,312", 2023, DONE), ("2,450", 2024, PLAN)],
    ),
    # parts in 개 and 명 that add up to the jobs made, not to the goal named between
    (
        "2023-07-20",
        "한빛군 상반기 일자리",
        "군은 올해 상반기 일자리 1,200개를 창출했다. 연간 목표 2,000개를 향해 순조롭다.\n"
        "분야별로는 ▲직접 일자리 650개 ▲직업훈련을 통한 취업 180명 ▲창업 일자리 90개 "
        "▲기업 유치에 따른 고용 280명 등이다.",
        [("650개", 2023, DONE), ("180명", 2023, DONE), ("90개", 2023, DONE), ("280명", 2023, DONE)],
    ),
    # a running total up to now in a sentence that named the term is over the term's years
    (
        "2025-03-05",
        "한빛군 일자리 재원",
        '군수는 "임기 4년간 일자리 분야에 모두 800억원을 투입하기로 했고, 지금까지 460억원을 '
        '집행했다"고 말했다.',
        [("800억원", None, PLAN), ("460억원", None, DONE)],
    ),
    # a level counted, closed by 만큼 before a clause that looks ahead
    (
        "2019-12-12",
        "한빛군 고용",
        "상반기 고용률도 65.4%로 집계된 만큼 군은 내년 목표 달성이 어렵지 않을 것으로 보고 있다.",
        [("65.4%", 2019, DONE)],
    ),
    # the parts of an allocation, listed under their own line or after `추경 반영분은`
    (
        "2021-09-28",
        "한빛군 추경",
        "군의 올해 일자리 예산이 추경에서 20억원 늘었다.\n\n증액분 주요 내역은 다음과 같다.\n"
        "- 희망일자리 14억원\n- 청년 취업 장려금 6억원\n\n추경 반영분은 ▲관광 일자리 4억원 "
        "▲청년 창업 공간 3억원이다.",
        [
            ("14억원", 2021, PLAN),
            ("6억원", 2021, PLAN),
            ("4억원", 2021, PLAN),
            ("3억원", 2021, PLAN),
        ],
    ),
    # the base's adnominal clause, then nouns of its own; more or less than a budget is allocated
    (
        "2019-02-26",
        "한빛시 예산",
        "시는 올해 일자리 사업에 590억원을 투입한다. 지난해 일자리 사업에 실제 집행한 480억원보다 "
        "110억원 많은 규모다. 지난해 추경까지 합친 최종 예산 500억원보다는 90억원 많다. 내년 "
        "예산은 올해 본예산 590억원보다 20억원 적다.",
        [
            ("480억원", 2018, DONE),
            ("110억원", 2019, PLAN),
            ("500억원", 2018, PLAN),
            ("90억원", 2019, PLAN),
            ("20억원", 2020, PLAN),
        ],
    ),
    # a goal exceeded, with a particle of its own; a settlement's fiscal year; budget words
    (
        "2024-08-30",
        "한빛군 결산",
        "고용률은 64.0%로 시가 세운 목표치 63.4%도 넘어섰다. 2023회계연도 결산에 따르면 군은 "
        "일자리 예산현액 120억원 가운데 112억원을 지출했다. 의회에 낸 원안은 130억원이었다.",
        [("63.4%", 2024, PLAN), ("120억원", 2023, PLAN), ("112억원", 2023, DONE)],
    ),
    # a span of years written `N년 동안에는`
    (
        "2022-11-25",
        "한빛시 일자리",
        "시는 민선7기 4년 동안에는 3만2천개를 만들었다.",
        [("3만2천개", None, DONE)],
    ),
    # a past year's level stated with 로 stands; a year after a headline's `…` is another fact's;
    # a year of what the figure is likened to is that figure's
    (
        "2022-04-14",
        "한빛시, 1회 추경서 일자리 예산 25억원 증액…지난해 목표 미달 지적",
        "한빛시가 올해 첫 추경에서 일자리 예산 25억원을 증액했다. 지난해 고용률은 61.3%로 시가 "
        "2026년까지 달성하겠다고 밝힌 65%에 미치지 못한다. 올해 상반기 고용률은 61.5%로 "
        "2020년 61.4%와 거의 같았다.",
        [
            ("25억원", 2022, PLAN),
            ("25억원", 2022, PLAN),
            ("61.3%", 2021, DONE),
            ("65%", 2026, PLAN),
            ("61.5%", 2022, DONE),
            ("61.4%", 2020, DONE),
        ],
    ),
    # a reported past closed by 다며; the base after the amount a budget is raised to; the items
    # of a list share the verb that sets them as goals
    (
        "2019-09-20",
        "한빛시 일자리",
        "시 관계자는 올해 상반기에만 4,200개의 일자리를 만들었다며 올해 목표 1만개는 무난히 "
        "달성할 것이라고 답했다. 시는 올해 청년 일자리 예산을 90억원으로 지난해 70억원보다 "
        "늘렸다. 시는 올해 목표를 일자리 8천개, 고용률 56%로 낮춰 잡았다.",
        [
            ("4,200개", 2019, DONE),
            ("90억원", 2019, PLAN),
            ("70억원", 2018, PLAN),
            ("8천개", 2019, PLAN),
            ("56%", 2019, PLAN),
        ],
    ),
    # a span whose adnominal joins an auxiliary verb with 어; twelve months to a June
    (
        "2020-06-30",
        "한빛시 공약",
        "지난 2년간 실제 만들어진 일자리는 1만4,100개로 공약의 40% 수준에 머물렀다. 지난 6월 "
        "말까지 1년간 실적은 4,300개로 집계됐다.",
        [("1만4,100개", None, DONE), ("4,300개", None, DONE)],
    ),
    # the goal's own clause closed by `N개로,`; what a goal came to; a pledge after a quote;
    # a result noun before the figure over a pledge after it; what must still be made
    (
        "2025-01-22",
        "한빛시 공약 '4만개' 약속",
        "민선8기 일자리 목표는 4년간 15만개로, 지난해 말까지 누적 10만2천여개를 달성했다. "
        "앞서 민선7기에 세웠던 4년간 일자리 5,000개 목표는 5,300개로 초과 달성됐다. 민선8기 "
        "출범 이후 지난해 말까지 누적 실적은 4만2천개로, 임기 내 8만개를 만들겠다던 공약의 "
        "절반을 넘겼다. 남은 1년 동안 2만개가 넘는 일자리를 더 만들어야 한다.",
        [
            ("4만개", None, PLAN),
            ("15만개", None, PLAN),
            ("10만2천여개", None, DONE),
            ("5,300개", None, DONE),
            ("4만2천개", None, DONE),
        ],
    ),
    # a part of a budget carried over; a budget whose clause its copula closes before spending;
    # a field of the budget told before
    (
        "2023-10-31",
        "한빛시 예산안",
        "시는 2024년도 예산안으로 7조1,200억원을 편성해 시의회에 제출했다. 일자리 분야는 "
        "3,050억원으로 올해 2,810억원보다 240억원이 늘었다. 올해 예산 가운데 6억원은 공사가 "
        "늦어지면서 이월됐다. 올해 일자리 예산은 2,810억원이며 9월 말 현재 1,900억원을 집행했다.",
        [
            ("3,050억원", 2024, PLAN),
            ("2,810억원", 2023, PLAN),
            ("240억원", 2024, PLAN),
            ("6억원", 2023, DONE),
            ("2,810억원", 2023, PLAN),
            ("1,900억원", 2023, DONE),
        ],
    ),
    # a figure with 로 and a comma closes its clause: the next clause's year is not its own
    (
        "2024-11-12",
        "한빛시 예산안",
        "시는 2025년도 본예산안을 1조2,150억원으로 편성했다. 일자리 예산은 402억원으로, 올해 "
        "상반기 고용률이 59.1%까지 떨어진 데 대응해 크게 늘렸다.",
        [("402억원", 2025, PLAN), ("59.1%", 2024, DONE)],
    ),
    # an amount cut in a sentence about a budget; a field of a budget raised; the year's end
    # still ahead; a goal's breakdown after this year's and last year's goals; a pledge noun
    # after its figure, and a running total to last year's end in the term
    (
        "2024-10-11",
        "한빛군 추경",
        "노인 일자리 사업은 국비 감액에 따라 3억원을 줄였다. 일자리 분야는 90억원이 증액돼 "
        "본예산 400억원을 포함해 모두 490억원이 됐다. 지난해에는 2,300개를 목표로 세워 "
        "2,350개를 달성했다. 군수는 “연말까지 남은 320개 일자리도 만들겠습니다”라고 말했다.",
        [("3억원", 2024, PLAN), ("490억원", 2024, PLAN), ("320개", 2024, PLAN)],
    ),
    (
        "2018-04-03",
        "한빛시 일자리 목표",
        "시는 올해 일자리 3만1천개를 만든다는 목표를 세웠다. 지난해에는 일자리 3만1,046개를 "
        "창출해 목표였던 3만개를 넘어섰다.\n부문별 목표는 ▲직접일자리 1만1,000개 ▲창업 "
        "지원 2,000개다.\n시는 민선6기 4년간 일자리 12만개 약속 가운데 지난해 말까지 "
        "9만1천여개를 달성했다.",
        [
            ("1만1,000개", 2018, PLAN),
            ("2,000개", 2018, PLAN),
            ("12만개", None, PLAN),
            ("9만1천여개", None, DONE),
        ],
    ),
    # a part of a goal and what a goal came to are done; a pledge as the topic; a period ahead
    # in the figure's clause; spent before a budget that a part is taken of; what a supplement
    # added; a copula's adnominal before a budget
    (
        "2019-07-30",
        "한빛시 일자리",
        "2016년에는 1만1000개 목표 가운데 1만800개에 그쳤지만, 이듬해 1만2500개 목표를 "
        "1만3100개로 초과 달성했다. 당초 공약은 4년간 4만개였다. 시는 2017년 4,100개, 지난해 "
        "4,380개를 만든 데 이어 하반기에 2,100개를 더 만들 계획이다. 의원은 지난해 투입한 일자리 "
        "예산 290억원 가운데 40억원이 불용 처리됐다고 지적했다. 시는 올해 본예산 410억원을 세운 "
        "데 이어 1회 추경에서 35억원을 더했다. 2017년 300억원이던 일자리 예산이 크게 불었다.",
        [
            ("1만800개", 2016, DONE),
            ("1만3100개", 2017, DONE),
            ("4만개", None, PLAN),
            ("2,100개", 2019, PLAN),
            ("290억원", 2018, DONE),
            ("35억원", 2019, PLAN),
            ("300억원", 2017, PLAN),
        ],
    ),
    # a headline's half gone by is done; a few years right before a figure are its span; a
    # quote reported by the figure's adnominal is inside its noun phrase
    (
        "2021-08-10",
        "한빛시 올 상반기 일자리 1만1천개…2019년 세운 '3년 3만개' 계획 초과 전망",
        "시민단체는 시가 2019~2020년 2년간 만들었다고 밝힌 일자리 2만1천여개 중 절반은 "
        "단기 일자리라고 주장했다.",
        [("1만1천개", 2021, DONE), ("3만개", None, PLAN), ("2만1천여개", None, DONE)],
    ),
    # what is done with the budget just named takes its year; a goal's breakdown in 명 under
    # goals counted in 개
    (
        "2024-11-12",
        "한빛시 예산안",
        "시는 2025년도 본예산안을 1조1,150억원으로 편성했다. 일자리 예산은 401억원으로, 올해 "
        "상반기 고용률 하락에 대응해 크게 늘렸다. 시는 이 예산으로 ▲재취업 1,100명 ▲청년 일자리 "
        "640개를 만들 계획이다.",
        [("1,100명", 2025, PLAN), ("640개", 2025, PLAN)],
    ),
    (
        "2018-04-03",
        "한빛시 일자리 목표",
        "시는 올해 일자리 3만1천개를 만든다는 목표를 세웠다. 지난해에는 일자리 3만1,046개를 "
        "창출해 목표였던 3만개를 넘어섰다.\n부문별 목표는 ▲직접일자리 1만1,000개 ▲직업훈련 "
        "연계 취업 4,100명이다.",
        [("1만1,000개", 2018, PLAN), ("4,100명", 2018, PLAN)],
    ),
    # a list of bases after the figure keeps its years; each base keeps its own; what stood then,
    # compared with through `것과`; a figure followed on from with its noun
    (
        "2023-02-21",
        "한빛군 고용률",
        "군의 지난해 하반기 고용률은 70.4%로 집계됐다. 전년 같은 기간보다 1.4%p 오른 수치로, "
        "2019년 하반기 65.1%, 2020년 하반기 66.2%와 비교하면 상승 폭이 더 뚜렷하다. 이는 지난 "
        "2015년 61.5%였던 것과 비교해 크게 오른 수치다. 군은 2020년 2,000개, 이듬해 2,300개에 "
        "이어 지난해 2,500개를 만들었다.",
        [
            ("70.4%", 2022, DONE),
            ("1.4%p", 2022, DONE),
            ("65.1%", 2019, DONE),
            ("66.2%", 2020, DONE),
            ("61.5%", 2015, DONE),
            ("2,000개", 2020, DONE),
            ("2,300개", 2021, DONE),
            ("2,500개", 2022, DONE),
        ],
    ),
    # a budget proposed or cut in a year's last months is the next year's; passed, fixed, cut or
    # restored amounts are allocated; a goal framed kind by kind; a settlement's accounts
    (
        "2019-01-08",
        "한빛시 예산",
        "시는 지난해 11월 1조7,100억원 규모의 예산안을 시의회에 제출했으나, 시의회가 지난해 12월 "
        "정례회에서 행사성 경비 등 40억원을 깎았다. 1회 추경에서 6억원을 되살렸다. 시의회는 "
        "추경 2,800억원을 의결했다. 올해 목표를 분야별로 보면 ▲직접일자리 4,800개 ▲창업 "
        "3,200개다.\n(단위: 억원)\n회계연도 | 예산현액 | 집행액 | 불용액\n2017 | 16,900 | "
        "14,200 | 900",
        [
            ("1조7,100억원", 2019, PLAN),
            ("40억원", 2019, PLAN),
            ("6억원", 2019, PLAN),
            ("2,800억원", 2019, PLAN),
            ("4,800개", 2019, PLAN),
            ("3,200개", 2019, PLAN),
            ("16,900", 2017, PLAN),
            ("14,200", 2017, DONE),
            ("900", 2017, DONE),
        ],
    ),
    # a figure set as the goal; put in, then made in the past past an adjective; a year heading a
    # goal that is the base is the clause's too; a clause comparing the budget just allocated
    (
        "2026-01-13",
        "한빛군 일자리",
        "지난해 일자리 목표로 7,100개를 세웠는데 12월 말 기준 7,600개를 만들었다. 지난해에는 "
        "일자리 예산 170억원을 투입해 목표 3,500개보다 적은 3,400개의 일자리를 창출했다. "
        "지난해 일자리 목표 6,100개 대비 실적은 6,500개였다. 군은 올해 일자리 예산 380억 원을 "
        "편성했는데, 지난해 3백40억 원보다 40억 원 늘었다.",
        [
            ("7,100개", 2025, PLAN),
            ("170억원", 2025, DONE),
            ("6,500개", 2025, DONE),
            ("3백40억 원", 2025, PLAN),
            ("40억 원", 2026, PLAN),
        ],
    ),
    # a total to a month's end of this year, in a list of years, is that year's, term or no term
    (
        "2019-12-16",
        "한빛도 일자리",
        "도는 민선7기 4년간 일자리 26만개를 목표로 하고 있으며, 2018년 6만4천개, 올해 11월 "
        "말까지 6만2,800개를 만들었다.",
        [("26만개", None, PLAN), ("6만4천개", 2018, DONE), ("6만2,800개", 2019, DONE)],
    ),
    # a year heading a from-value whose unit is written apart; a budget with 만 as its topic
    (
        "2018-11-20",
        "한빛시 내년 예산",
        "시는 내년 예산 1조 4천억 원을 편성했다. 이 가운데 일자리 예산은 8백억 원으로 올해 "
        "6백50억 원에서 150억 원 증액됐다. 여기에 들어가는 예산만 9백억 원에 이른다.",
        [("8백억 원", 2019, PLAN), ("6백50억 원", 2018, PLAN), ("9백억 원", 2019, PLAN)],
    ),
    # a goal beside a result in parentheses; a figure joined to a goal; a building project's
    # total cost, while a program's total for the year keeps it
    (
        "2021-06-08",
        "한빛시 일자리",
        "시는 지난해 일자리 7천900개(목표 7천500개)를 만들었다. 올해 목표로 잡은 고용률 60.5%와 "
        "일자리 8천500개 달성에도 빨간불이 켜졌다. 사업비 284억원이 투입되는 이 주택은 2026년 "
        "준공 예정이다. 시는 올해 총사업비 1억원을 투입해 영농부산물 파쇄를 지원한다.",
        [
            ("7천900개", 2020, DONE),
            ("7천500개", 2020, PLAN),
            ("60.5%", 2021, PLAN),
            ("8천500개", 2021, PLAN),
            ("284억원", None, PLAN),
            ("1억원", 2021, PLAN),
        ],
    ),
    # a forecast with a result noun as topic is planned; a budget's own figure as the topic;
    # money poured in, then falling short
    (
        "2023-01-09",
        "한빛시 일자리",
        "지난해 증가세가 유지된다면 올해 실적은 3만개 안팎에 이를 전망이다. 올해 예산 312억 원은 "
        "지난해 287억 원보다 25억 원 많다. 지난해에도 625억원을 쏟아붓고도 목표의 4분의 3에 "
        "그쳤다.",
        [
            ("3만개", 2023, PLAN),
            ("312억 원", 2023, PLAN),
            ("287억 원", 2022, PLAN),
            ("25억 원", 2023, PLAN),
            ("625억원", 2022, DONE),
        ],
    ),
    # a year in an aside after what was done with the figure; done before something else, under a
    # headline of next year; a budget's aside of another year; money being put in
    (
        "2018-11-27",
        "한빛시, 내년 일자리 예산 1천억원 첫 돌파",
        "시는 내년 일자리 1만5천개를 만든다는 목표다. 시장은 “추경 35억원을 쓴 데 이어 내년에는 "
        "업종 전환을 지원하겠다”고 말했다. 군은 올해 일자리 예산 274억원(작년 251억원)을 "
        "편성했다. 시는 올해 1조 199억 원을 투입하고 있으며, 9월 말 기준 2만4천개를 달성했다.",
        [
            ("35억원", 2018, DONE),
            ("274억원", 2018, PLAN),
            ("251억원", 2017, PLAN),
            ("1조 199억 원", 2018, PLAN),
        ],
    ),
    (
        "2025-01-09",
        "한빛시 관광 예산",
        "▲관광·일자리 예산 210억원 확보(작년 188억원)",
        [("210억원", 2025, PLAN), ("188억원", 2024, PLAN)],
    ),
    # what was made set against a goal after it; a goal topic's figure made and stopping short
    (
        "2019-02-13",
        "한빛시 일자리",
        "◇ 지난해 1만8200개 창출, 목표엔 못 미쳐\n시가 지난해 내건 일자리 2만개 목표는 1만8200개 "
        "창출에 그쳐 달성하지 못했다.",
        [("1만8200개", 2018, DONE), ("2만개", 2018, PLAN), ("1만8200개", 2018, DONE)],
    ),
    # goals changed to, lowered and raised by; a goal set through a list; a budget requested; a
    # year heading a from-value with nouns between; a budget closed by its comma; spent before
    (
        "2020-06-25",
        "한빛시 일자리 목표",
        "시는 연초 세웠던 고용률 목표 65%를 63.5%로 하향 조정했다. 올해 일자리 목표 1만4천개도 "
        "1만2천개로 내렸다. 시는 목표를 1만5천개로 3천개 늘렸다. 시는 올해 초 일자리 목표로 "
        "고용률 61.5%, 취업자 24만8천명을 세웠다. 시는 당초 1천250억원을 요구했다. 올해 예산은 "
        "지난해 본예산 388억원에서 24억원 늘었다. 올해 예산은 528억원으로, 지난해 추경까지 더해 "
        "집행했던 541억원보다는 13억원 적다.",
        [
            ("63.5%", 2020, PLAN),
            ("1만2천개", 2020, PLAN),
            ("3천개", 2020, PLAN),
            ("61.5%", 2020, PLAN),
            ("24만8천명", 2020, PLAN),
            ("1천250억원", 2020, PLAN),
            ("24억원", 2020, PLAN),
            ("528억원", 2020, PLAN),
            ("541억원", 2019, DONE),
        ],
    ),
    # a goal stated in the present is this year's; a past pledge's adnominal does not plan the
    # figure before it; a total made over a span stays made whatever is then planned
    (
        "2026-02-10",
        "한빛시 일자리",
        "지난해 일자리 4만900개를 만들었다. 고용률 목표는 63%다. 시는 민선8기 출범 이후 지난해 "
        "말까지 일자리 4만1천300개를 만들어 임기 내 4만개를 만들겠다던 공약을 조기에 달성했다. "
        "시장은 “4년 동안 만든 일자리 4만3천개의 성과를 이어가겠다”고 말했다.",
        [
            ("63%", 2026, PLAN),
            ("4만1천300개", None, DONE),
            ("4만개", None, PLAN),
            ("4만3천개", None, DONE),
        ],
    ),
    # counted up to a month already over, whatever is then expected
    (
        "2025-11-18",
        "한빛군 일자리",
        "군은 올해 10월 말까지 일자리 8,700개를 만들어 연간 목표 9,000개 달성이 무난할 것으로 "
        "보인다. 군은 12월까지 9,100개를 만들 계획이다.",
        [("8,700개", 2025, DONE), ("9,000개", 2025, PLAN), ("9,100개", 2025, PLAN)],
    ),
    # a headline's noun of allocating; an allocating adnominal before an amount; a pledge after
    # an act noun; an amount unspent; a past year's figures made and linked on with 며
    (
        "2020-07-28",
        "한빛시, 3회 추경 일자리 예산 110억원 편성…청년 일자리 12억원 불용 보도 해명",
        "시는 지난해 청년일자리 사업에 편성한 48억원 가운데 45억원을 집행했다. 민선7기 4년간 "
        "일자리 12만개 창출 공약은 순항 중이다. 재작년 2만1300개, 지난해 2만1900개를 만들며 이어온 "
        "증가세를 올해도 지키겠다는 것이다.",
        [
            ("110억원", 2020, PLAN),
            ("12억원", 2020, DONE),
            ("48억원", 2019, PLAN),
            ("45억원", 2019, DONE),
            ("12만개", None, PLAN),
            ("2만1300개", 2018, DONE),
            ("2만1900개", 2019, DONE),
        ],
    ),
    # a quoted goal before 목표를 exceeded; money put in now; a budget stated in the present;
    # a running total in a sentence naming `N년 동안`; spent in the past with 는데
    (
        "2022-03-15",
        "한빛시 일자리",
        "지난해 일자리 1만개를 만들었다. 지난해 하반기 고용률은 63.1%로, 시가 내놨던 ‘2021년 "
        "고용률 63%’ 목표를 넘어섰다. 시는 올해 일자리 분야에 980억원을 투입하는데, 이는 "
        "본예산의 5.8%에 해당한다. 일자리 예산은 ○직접 일자리 140억원 ○취업 지원 70억원 등 모두 "
        "210억원이다. 시장은 “2018년 취임 당시 4년 동안 일자리 3만개를 약속했는데, 지금까지 "
        "3만2천여개를 만들었다”고 말했다. 지난해 상반기에는 5,200억원을 썼는데, 올해는 더 "
        "앞당기겠다.",
        [
            ("63%", 2021, PLAN),
            ("980억원", 2022, PLAN),
            ("140억원", 2022, PLAN),
            ("70억원", 2022, PLAN),
            ("210억원", 2022, PLAN),
            ("3만2천여개", None, DONE),
            ("5,200억원", 2021, DONE),
        ],
    ),
    # items in parentheses after a program topic an adnominal heads
    (
        "2019-08-27",
        "한빛시 추경",
        "시의회는 일자리 예산 23억원을 삭감했다. 삭감된 사업은 (청년 인턴 지원 11억원, 공공 "
        "일자리 8억원, 창업 공간 조성 4억원)이다.",
        [("11억원", 2019, PLAN), ("8억원", 2019, PLAN), ("4억원", 2019, PLAN)],
    ),
    # the amount of a budget named after it, its time and order between
    (
        "2026-09-08",
        "한빛시 추경",
        "시는 2,140억원 규모의 올해 제3회 추가경정예산안을 시의회에 제출했다고 밝혔다.",
        [("2,140억원", 2026, PLAN)],
    ),
    # how much a goal was raised, set with 잡다
    (
        "2023-05-10",
        "한빛시 고용률 목표",
        "시는 올해 고용률 목표를 지난해보다 0.8%p 높게 잡았다. 일자리 목표도 420개 많게 잡았다.",
        [("0.8%p", 2023, PLAN), ("420개", 2023, PLAN)],
    ),
]


@pytest.mark.parametrize(("published", "title", "body", "expected"), ROUND_13)
def test_round_13_bases_segments_and_deeds(published, title, body, expected):
    got = years_and_plans(published, title, body, org="한빛시")
    named = {surface for surface, _, _ in expected}
    assert [g for g in got if g[0] in named] == expected


# Round 14 of plan/year rules (yearsT37–T39): each case failed before its rule.
BUDGET_CHANGES_DESTINATIONS_AND_TABLES = [
    # a budget's rate of growth is planned as the budget is, whatever tense tells the growth
    (
        "2021-11-18",
        "한빛시 내년 예산안",
        "시는 내년 일자리 예산으로 1,230억원을 편성했다. 일자리 예산은 1,230억원으로 올해 "
        "1,100억원보다 11.8% 증가했다.",
        [("11.8%", 2022, PLAN)],
    ),
    # ... and so is the rate that comes before the amount it grew to
    (
        "2022-11-22",
        "한빛시 내년 예산안",
        "분야별로는 복지 분야에 올해보다 7.4% 늘어난 920억원을 반영했다.",
        [("7.4%", 2023, PLAN), ("920억원", 2023, PLAN)],
    ),
    # what a raise of a budget comes to (증액분) is allocated, and the items it holds
    (
        "2020-07-24",
        "한빛시 추경",
        "이 가운데 복지 분야 증액분은 210억원으로, 긴급 돌봄 사업 95억원 등이 담겼다.",
        [("210억원", 2020, PLAN), ("95억원", 2020, PLAN)],
    ),
    # a year money was carried over to is no year of the figure: the settled year goes on
    (
        "2023-06-15",
        "한빛시 결산",
        "시가 제출한 2022회계연도 결산서에 따르면 일자리 예산 640억원 가운데 590억원이 "
        "집행됐다. 나머지 50억원 중 31억원은 올해로 이월됐고 19억원은 쓰지 못했다.",
        [("31억원", 2022, DONE), ("19억원", 2022, DONE)],
    ),
    (
        "2023-06-15",
        "한빛시 결산",
        "시가 제출한 2022회계연도 결산서에 따르면 일자리 예산 590억원이 집행됐다. 다음 해로 "
        "넘긴 이월액은 31억원이었다. 같은 해 일자리 실적은 8,120개로 집계됐다.",
        [("31억원", 2022, DONE), ("8,120개", 2022, DONE)],
    ),
    # a quotation opening on a count of years is no two-digit year
    (
        "2025-02-20",
        "한빛시 고용률 64.1% '10년 새 4.2%p↑'",
        "한빛시의 지난해 하반기 고용률은 64.1%로 집계됐다.",
        [("64.1%", 2024, DONE), ("64.1%", 2024, DONE)],
    ),
    # passing a goal still to come is planned, and so is what is done to pass it
    (
        "2025-07-10",
        "한빛시 하반기 일자리",
        '시 관계자는 "하반기에 청년 채용 지원 인원을 250명 늘려 목표를 무난히 넘길 것"이라고 '
        "말했다. 시는 일자리 4천개가량을 추가로 만들어 연간 목표를 넘어선다는 방침이다.",
        [("250명", 2025, PLAN), ("4천개", 2025, PLAN)],
    ),
    # a budget beside what was spent of it by a month already over was not counted
    (
        "2023-12-08",
        "한빛시 예산 집행",
        "일자리 예산 집행액은 11월 말까지 820억원으로 본예산 900억원의 91.1%에 달했다.",
        [("820억원", 2023, DONE), ("900억원", 2023, PLAN)],
    ),
    # the amount set to be spent fast and what a budget is funded by are allocated
    (
        "2024-07-10",
        "한빛시 신속집행",
        "한빛시는 올해 상반기 신속집행 대상액 1,500억원 가운데 1,020억원을 집행했다.",
        [("1,500억원", 2024, PLAN), ("1,020억원", 2024, DONE)],
    ),
    # a deadline still ahead is one figure's, not the time of the list after it
    (
        "2026-01-21",
        "한빛시 일자리 대책",
        "시는 올해 일자리 9천개를 만들겠다고 밝혔다. 산업단지가 완공되면 2028년까지 신규 고용 "
        "1,500명이 생길 것으로 내다봤다.\n\n주요 사업은 다음과 같다.\n○청년 정착 지원금: 월 "
        "20만원, 300명\n○신중년 일자리: 150명",
        [
            ("1,500명", 2028, PLAN),
            ("20만원", 2026, PLAN),
            ("300명", 2026, PLAN),
            ("150명", 2026, PLAN),
        ],
    ),
    # plans set now, after a sentence that went back to last year, are this year's
    (
        "2023-01-10",
        "한빛시 신년 기자회견",
        "시장은 올해 일자리 9천500개를 만들겠다고 밝혔다. 지난해에는 9천120개를 만들어 목표를 "
        "넘겼다. 시는 ▲청년 일자리 2,100개 ▲노인 일자리 4,300개 등 대상별 목표도 함께 내놨다.",
        [("9천120개", 2022, DONE), ("2,100개", 2023, PLAN), ("4,300개", 2023, PLAN)],
    ),
    # ... but a goal only named in the past (`목표였던`) sets nothing now
    (
        "2019-02-12",
        "한빛시 지난해 실적",
        "지난해 일자리는 8천200개로 집계됐습니다. 고용률 역시 목표였던 63%에 못 미치는 "
        "61.9%에 머물렀습니다.",
        [("63%", 2018, PLAN), ("61.9%", 2018, DONE)],
    ),
    # the first of the values a goal-setting verb sets, its 로 left out
    (
        "2021-01-12",
        "한빛시 일자리 목표",
        "시는 올해 일자리 목표를 8만개, 고용률 목표를 61.0%로 정했다.",
        [("8만개", 2021, PLAN), ("61.0%", 2021, PLAN)],
    ),
    # the size of the budget the sentence before planned grew by a planned rate
    (
        "2023-01-18",
        "한빛시 일자리 대책",
        "한빛시가 올해 2,480억원을 투입해 일자리 5만개를 창출한다. 지난해 일자리 "
        "예산(2,300억원)보다 7.8% 늘어난 규모다.",
        [("7.8%", 2023, PLAN)],
    ),
    # what was spent and what was left unused, as topics, in a sentence about a budget
    (
        "2024-06-12",
        "한빛시 결산",
        "지난해 일자리 예산 현액은 3백40억 원이었지만 실제 지출은 3백12억 원에 그쳤습니다. "
        "남은 불용액만 28억 원입니다.",
        [("3백40억 원", 2023, PLAN), ("3백12억 원", 2023, DONE), ("28억 원", 2023, DONE)],
    ),
    # a table of years handed over to by a sentence about budgets: allocated amounts
    (
        "2026-01-21",
        "한빛시 일자리 예산",
        "본예산 기준 연도별 일자리 예산은 다음과 같습니다.\n\n(단위: 억원)\n2024년 418\n"
        "2025년 441\n2026년 465\n\n시는 올해 목표를 9천 개로 잡았습니다.",
        [("418", 2024, PLAN), ("441", 2025, PLAN), ("465", 2026, PLAN)],
    ),
    # a sentence after a table is no row of it, and what came only to a figure is a result
    (
        "2021-02-08",
        "한빛시 일자리 예산",
        "연도별 일자리 예산은 다음과 같다.\n(단위: 억원)\n▲2019년 610 ▲2020년 680\n"
        "특히 지난해에는 680억원을 편성하고도 실제 집행액은 590억원, 집행률 86.8%에 머물렀다.",
        [("680억원", 2020, PLAN), ("590억원", 2020, DONE)],
    ),
    (
        "2024-11-27",
        "한빛시 예산 심사",
        "올해 일자리 9천개를 만들겠다던 목표가 10월 말 현재 7,650개, 달성률 85%에 머문 점이 "
        "지적됐다.",
        [("9천개", 2024, PLAN), ("7,650개", 2024, DONE), ("85%", 2024, DONE)],
    ),
    # a budget's growth takes the latest year of the amounts it compares, and its own
    (
        "2018-01-16",
        "한빛시 일자리 종합계획",
        "한빛시는 올해 일자리 8천개 창출을 목표로 제시했다. 지난해에는 7,420개를 만들었다. 시는 "
        "이를 위해 일자리 예산 640억원을 편성했으며, 이는 지난해 590억원보다 50억원(8.5%) 늘어난 "
        "규모다.",
        [("640억원", 2018, PLAN), ("590억원", 2017, PLAN), ("8.5%", 2018, PLAN)],
    ),
    # a count in the parenthesis of a planned amount is what the money is to pay for
    (
        "2023-09-12",
        "한빛시 추경",
        "추경 증액분은 ▲노인 일자리 확대 40억원(1,100명) ▲청년 직업훈련 12억원 등이다.",
        [("40억원", 2023, PLAN), ("1,100명", 2023, PLAN)],
    ),
    # after last year's goal, the parts of jobs are the parts of the latest goal
    (
        "2016-01-19",
        "한빛시 일자리 목표",
        "한빛시는 올해 일자리 창출 목표를 9천개로 정했다. 지난해 8,700개의 일자리를 만들어 "
        "목표(8천개)의 108.8%를 달성했다. 분야별로는 ▲직접 일자리 2,400개 ▲직업훈련 1,300명 "
        "등이다.",
        [("2,400개", 2016, PLAN), ("1,300명", 2016, PLAN)],
    ),
    # ... but not the parts of what was done
    (
        "2021-07-28",
        "한빛시 상반기 일자리",
        "한빛시가 올해 상반기 일자리 4천2백 개를 만들어 연간 목표 7천 개의 60%를 달성했습니다. "
        "계층별로는 청년 일자리가 천4백 개, 어르신 일자리가 2천 개였습니다.",
        [("천4백 개", 2021, DONE), ("2천 개", 2021, DONE)],
    ),
    # the items of an agenda as the topic are what is to be done
    (
        "2019-01-22",
        "한빛시 일자리 대책",
        "올해 주요 과제는 ▲청년 일자리 1,200개 ▲여성 일자리 900개 ▲기업 유치 12개사다.",
        [("1,200개", 2019, PLAN), ("900개", 2019, PLAN), ("12개사", 2019, PLAN)],
    ),
    # a term's pledge named by a pledging verb's adnominal is planned; what was made of it
    # from a month of one year to a month of another is a total of the term, and so is its rate
    (
        "2024-06-02",
        "한빛시 민선 8기 반환점",
        "시가 임기 내 약속한 일자리 3만개 가운데 2022년 7월부터 올해 5월까지 만들어진 일자리는 "
        "1만2,400개로 달성률이 41.3%에 머물렀다.",
        [("3만개", None, PLAN), ("1만2,400개", None, DONE), ("41.3%", None, DONE)],
    ),
    # within one year such a tally is that year's
    (
        "2023-02-10",
        "한빛시 일자리",
        "시는 지난해 7월부터 12월까지 일자리 5,820개를 만들었다.",
        [("5,820개", 2022, DONE)],
    ),
    # what is left of a term, a year and more, is a span
    (
        "2020-11-18",
        "한빛시 일자리 공약",
        "공약을 지키려면 남은 1년 7개월 동안 1만880개를 더 만들어야 한다. 시장은 남은 1년 반 동안 "
        "9천개를 더 만들겠다고 말했다.",
        [("1만880개", None, PLAN), ("9천개", None, PLAN)],
    ),
    # money left over from last year's accounts funds this year's supplementary budget
    (
        "2024-03-28",
        "한빛시, 1차 추경 520억원…지난해 잉여금으로 재원 마련",
        "시는 520억원 규모의 제1회 추가경정예산안을 편성했다. 추경 재원은 지난해 결산에서 생긴 "
        "순세계잉여금 310억원과 국·도비 보조금 210억원으로 마련했다.",
        [
            ("520억원", 2024, PLAN),
            ("520억원", 2024, PLAN),
            ("310억원", 2024, PLAN),
            ("210억원", 2024, PLAN),
        ],
    ),
    # a goal's amount (목표액) is a goal
    (
        "2020-07-10",
        "한빛시 신속집행",
        "시는 상반기에 1,120억원을 집행했다. 이는 행정안전부가 제시한 상반기 목표액 "
        "1,000억원의 112% 수준이다.",
        [("1,120억원", 2020, DONE), ("1,000억원", 2020, PLAN)],
    ),
    # national funds an allocating adnominal heads are what was won (round 20)
    (
        "2026-04-15",
        "한빛시 국비",
        "올해 정부 예산에 반영된 한빛시 국비는 4,740억원으로 지난해 4,215억원보다 525억원 늘었다.",
        [("4,740억원", 2026, DONE), ("4,215억원", 2025, DONE), ("525억원", 2026, DONE)],
    ),
    # a headline's figure before `목표 N% 달성` is what met the goal, not the goal
    (
        "2024-02-10",
        "한빛시, 지난해 일자리 1만2천개 목표 104.3% 달성",
        "한빛시는 지난해 일자리 1만2천개를 만들었다고 밝혔다.",
        [("1만2천개", 2023, DONE), ("104.3%", 2023, DONE), ("1만2천개", 2023, DONE)],
    ),
    # a goal filled by a share (채우다) is met; money paid out before (-ㄴ 바 있다) was spent
    (
        "2019-07-20",
        "한빛군 상반기 일자리 2,140개, 목표 57% 채워",
        "군은 앞서 제1회 추경에서 재난지원금 등으로 60억원을 편성해 이미 52억원을 주민들에게 "
        "지급한 바 있다.",
        [("57%", 2019, DONE), ("60억원", 2019, PLAN), ("52억원", 2019, DONE)],
    ),
    # a paragraph opened by an item mark does not go on in another item's years
    (
        "2025-07-30",
        "두 도시 상반기 일자리 실적",
        "수도권 도시들이 올해 상반기 일자리 실적을 내놨다.\n\n○한빛시=올해 목표 2만개 가운데 "
        "6월 말까지 1만1200개를 만들었다. 지난해에는 1만9천개를 기록했다.\n\n○새솔시=상반기 "
        "8,300개로 연간 목표 1만5천개의 절반을 넘겼다.",
        [("8,300개", 2025, DONE), ("1만5천개", 2025, PLAN)],
    ),
    # ... while a release's paragraphs that all open with ○ go on in each other's years
    (
        "2021-12-16",
        "한빛시 공공일자리 예산",
        "○ 한빛시의회는 15일 2022년도 본예산을 의결했다.\n\n○ 노인일자리 참여자는 "
        "3,120명으로 늘어난다.",
        [("3,120명", 2022, PLAN)],
    ),
    # a half another clause measured is not the half a goal after the comma is for
    (
        "2023-02-22",
        "한빛시 작년 고용률",
        "지난해 하반기 고용률은 63.1%였다. 하반기 지역별고용조사 기준 고용률은 63.1%로 전년보다 "
        "0.9%p 올랐지만, 목표로 했던 64.0%에는 미치지 못했다.",
        [("64.0%", 2022, PLAN)],
    ),
    # the level a rate fell to, heading the rate a will raises, was reached
    (
        "2018-12-20",
        "한빛시 고용률",
        "시는 올해 61.1%까지 떨어진 고용률을 62%로 회복시키겠다고 밝혔다.",
        [("61.1%", 2018, DONE), ("62%", 2018, PLAN)],
    ),
    # a gap told by an adjective before the goal it sizes is planned as the goal is
    (
        "2018-01-15",
        "한빛도 고용률 목표",
        "도는 고용률 목표를 지난해 실적(60.4%)보다 0.5%p 높은 60.9%로 설정했다.",
        [("60.4%", 2017, DONE), ("0.5%p", 2018, PLAN), ("60.9%", 2018, PLAN)],
    ),
    # a figure whose verb sets a condition (-면) is what is to happen; a frame (`종합하면`) is none
    (
        "2018-03-10",
        "한빛시 산단",
        '시 관계자는 "협력업체 40여곳이 올해 안에 입주를 마치면 고용률 목표 달성도 어렵지 '
        '않다"고 말했다. 시 자료를 종합하면 지난해 입주 기업은 모두 25곳으로 집계됐다.',
        [("40여곳", 2018, PLAN), ("25곳", 2017, DONE)],
    ),
    # how much of a goal was nearly reached (육박) or came only to (에 그쳐) is a result
    (
        "2019-07-20",
        '한빛시, 상반기 일자리 5,940개…"목표 60% 육박"',
        "한빛시의 지난해 일자리는 9,120개로 목표 95%에 그쳤다.",
        [("60%", 2019, DONE), ("95%", 2018, DONE)],
    ),
    # `목표 N% 그쳐` with its particle left out; a size with 로 takes up the budget before
    (
        "2021-02-10",
        "코로나에 막힌 한빛시 일자리…지난해 목표 91% 그쳐",
        "내년 일자리 예산은 1,160억원으로 편성됐다. 올해보다 15.9% 늘어난 규모로, 공공일자리 "
        "확대 등이 담겼다.",
        [("91%", 2020, DONE), ("15.9%", 2022, PLAN)],
    ),
    # what a goal is raised to (`N개로 목표를 높였다`), a figure set straight by 잡다 (`N%로
    # 잡았다`), and money a field is given (`분야에 N억 원을 잡았다`) are planned
    (
        "2023-01-10",
        "한빛군 신년 문답",
        '김 군수는 "올해는 2천 개로 목표를 높였다"고 말했다. 고용률은 64.5%로 잡았다. 일자리 '
        "분야에 344억 원을 잡았다.",
        [("2천 개", 2023, PLAN), ("64.5%", 2023, PLAN), ("344억 원", 2023, PLAN)],
    ),
    # a level a year heads, where a rate came only to, keeps that year to itself
    (
        "2024-01-25",
        "한빛도 청년 일자리",
        "도는 청년 일자리 분야에 318억원을 배정해 지난해 41.8%에 머문 청년 고용률을 44%까지 "
        "끌어올린다는 계획이다.",
        [("318억원", 2024, PLAN), ("41.8%", 2023, DONE), ("44%", 2024, PLAN)],
    ),
    # a budget told before goes on kind by kind (`분야별로는 …에 N억원, …이 담겼다`), and an
    # agenda's items with 로는 are planned
    (
        "2025-09-02",
        "한빛도 내년 국비",
        "정부 예산안에 한빛도 국비가 3조 2,134억원 반영됐다. 분야별로는 첨단산업 육성에 "
        "870억원, 사회간접자본에 1조 1,540억원이 담겼다. 주요 과제로는 ▲기업 30개사 추가 유치 "
        "▲청년 정착 지원 500명 등을 제시했다.",
        [
            ("870억원", 2026, PLAN),
            ("1조 1,540억원", 2026, PLAN),
            ("30개사", 2026, PLAN),
            ("500명", 2026, PLAN),
        ],
    ),
    # a half after `같은 해` is of that year, not one still ahead
    (
        "2019-02-12",
        "한빛시 2018년 일자리",
        "2018년 일자리는 9,120개였다. 같은 해 하반기 고용률은 61.4%로 집계돼 목표치 62.0%에는 "
        "0.6%p 못 미쳤다.",
        [("61.4%", 2018, DONE), ("62.0%", 2018, PLAN)],
    ),
    # a caption on the unit note's line names a table's cells; a row's own note decides first
    (
        "2023-02-10",
        "한빛시 일자리 예산",
        "시는 올해 일자리 예산을 871억원으로 정했다.\n\n◇한빛시 일자리 예산 추이 (단위: 억원)\n"
        "2021년(결산) 696\n2022년(결산) 702\n2023년(본예산) 871\n\n시는 목표를 꼭 이루겠다고 "
        "밝혔다.",
        [("696", 2021, DONE), ("702", 2022, DONE), ("871", 2023, PLAN)],
    ),
    (
        "2025-03-20",
        "한빛시 일자리 예산 10년",
        "한빛시 일자리 예산은 크게 늘었다.\n\n<한빛시 연도별 일자리 예산> (단위: 억원)\n"
        "2023년 526\n2024년 560\n2025년 615\n\n시는 성과 점검을 강화한다.",
        [("526", 2023, PLAN), ("560", 2024, PLAN), ("615", 2025, PLAN)],
    ),
    # a budget's accounts (일반회계, 특별회계) are budgets, their amounts and growth planned
    (
        "2019-11-20",
        "한빛시 내년 예산안",
        "시는 내년도 본예산안을 1조1,046억원으로 편성했다. 회계별로는 일반회계가 8,896억원으로 "
        "824억원, 특별회계가 2,150억원으로 208억원 각각 늘었다.",
        [("8,896억원", 2020, PLAN), ("824억원", 2020, PLAN), ("2,150억원", 2020, PLAN)],
    ),
    # the goal a tally counted to a month is set against stays the goal; money carried over
    # from last year is of the year it is to be spent; what one said one will make is planned
    (
        "2024-12-10",
        "한빛시 일자리",
        '올해는 11월 말 기준 3만2870개로 목표 3만3000개에 근접했다. 시 관계자는 "지난해 이월된 '
        '72억원은 올해 청년 창업 지원에 투입할 계획"이라고 말했다. 시가 추경으로 만들겠다는 '
        "1,500개의 일자리도 연말까지 채운다.",
        [
            ("3만2870개", 2024, DONE),
            ("3만3000개", 2024, PLAN),
            ("72억원", 2024, PLAN),
            ("1,500개", 2024, PLAN),
        ],
    ),
    # a year heading a noun whose amount stands in parentheses before 과 비교하면 is the base's
    (
        "2019-11-20",
        "한빛시 내년 예산안",
        "시는 내년도 본예산안을 9,046억원으로 편성했다. 올해 본예산(8,270억원)과 비교하면 "
        "776억원 늘었다.",
        [("8,270억원", 2019, PLAN), ("776억원", 2020, PLAN)],
    ),
    # a headline's noun phrase closed by a comma keeps a later segment's year to that segment
    (
        "2018-01-20",
        "한빛시 일자리 목표 1만개\n- 고용률 62.5% 목표, 지난해 9,640개로 목표 108% 달성",
        "시는 올해 일자리 1만개를 만든다.",
        [("62.5%", 2018, PLAN)],
    ),
    # a budget's growth is judged by the amounts before it, when there are any
    (
        "2019-11-20",
        "한빛시 내년 예산안",
        "시는 내년도 본예산안을 1조1,046억원으로 편성했다. 올해 본예산(9,870억원)과 비교하면 "
        "1,176억원, 11.9% 늘어 처음으로 1조원을 넘어섰다.",
        [("11.9%", 2020, PLAN)],
    ),
    # items inside a sentence whose topic is its programs, with no verb of their own
    (
        "2024-01-15",
        "한빛구 청년 일자리",
        "올해 주요 사업은 ▲청년인턴 300명 ▲창업 공간 입주기업 40개 팀 ▲취업 아카데미 500명 등이다.",
        [("300명", 2024, PLAN), ("40개", 2024, PLAN), ("500명", 2024, PLAN)],
    ),
    # a rate of change closed in its own clause is not a budget's growth a later clause tells
    (
        "2024-12-30",
        "한빛도 일자리 결산",
        "도내 청년 인구는 2019년 47만3천명에서 올해 41만9천명으로 5년 새 11.4% 줄었고, 청년 "
        "일자리 예산도 올해 1,148억원에서 내년 1,090억원으로 줄어든다.",
        [("11.4%", 2024, DONE)],
    ),
    # a goal set against what came of it (-는데) is told looking back: no plan set now
    (
        "2020-02-11",
        "한빛시장 라디오 인터뷰",
        "진행자= 지난해 일자리 실적이 목표를 넘었다고요. 시장= 네, 9천 개를 목표로 잡았는데 "
        "9,280개가 나왔습니다. 103% 달성입니다.",
        [("9천 개", 2019, PLAN), ("9,280개", 2019, DONE), ("103%", 2019, DONE)],
    ),
    # a clause closed on a present deed (-며,) plans its amount; what a plan holds (계획에는)
    (
        "2016-01-19",
        "한빛시 일자리 종합계획",
        "이를 위해 48개 사업에 946억원을 투입하며, 이는 지난해보다 늘어난 규모다. 올해 "
        "계획에는 ▲공공 일자리 2,400개 ▲청년 일자리 1,800개가 포함됐다.",
        [("946억원", 2016, PLAN), ("2,400개", 2016, PLAN), ("1,800개", 2016, PLAN)],
    ),
    # `주요 내역은 ▲…` breaks down the budget before it; a goal in parentheses before 대비 is
    # a base, no whole a later breakdown divides
    (
        "2021-12-17",
        "한빛군의회, 내년 본예산 의결",
        "일자리 분야에는 올해보다 23억원 늘어난 186억원이 편성됐다. 주요 내역은 ▲노인일자리 "
        "74억원 ▲청년 정착 지원 12억원 등이다.",
        [("74억원", 2022, PLAN), ("12억원", 2022, PLAN)],
    ),
    (
        "2023-12-19",
        "한빛시, 올해 일자리 4만2천여개 창출",
        "한빛시는 11월 말 기준 올해 일자리 4만2186개를 창출해 연간 목표(3만9500개) 대비 "
        "106.8%를 달성했다. 주요 유형별로는 ▲직접일자리 1만5420개 ▲고용서비스 1만1025명 등이다.",
        [("1만5420개", 2023, DONE), ("1만1025명", 2023, DONE)],
    ),
    # programs named after the items (`… 등이 주요 사업이다`), even on a ○ line after an intro
    (
        "2024-01-10",
        "한빛군 신년 기자회견",
        "군수는 10일 군청에서 신년 기자회견을 열었다.\n\n○ 올해 본예산은 3,426억원으로, 이 "
        "가운데 일자리 분야에 218억원을 배정했다. ▲어르신 일자리 920명 ▲청년 정착금 지원 150명 "
        "등이 주요 사업이다.",
        [("920명", 2024, PLAN), ("150명", 2024, PLAN)],
    ),
    # the size of the count the sentence before planned, and its rate, are planned
    (
        "2021-01-27",
        "한빛군 노인일자리",
        "군은 올해 노인일자리 사업에 52억원을 투입해 어르신 1,860명에게 일자리를 제공한다."
        "\n\n○ 이는 지난해 참여자 1,540명보다 320명(20.8%) 늘어난 규모다.",
        [("1,540명", 2020, DONE), ("320명", 2021, PLAN), ("20.8%", 2021, PLAN)],
    ),
    # a figure joined by a middle dot to a goal's figure is a goal; an agenda's list after a
    # line whose last sentence hands over to it (`주요 추진 과제는 다음과 같다.`)
    (
        "2026-01-20",
        "한빛시 일자리 목표\n- 2026년 목표 7천개·고용률 65.5%…예산 431억원 투입",
        "올해 일자리 예산은 431억원으로 지난해보다 4.3% 늘었다. 주요 추진 과제는 다음과 같다."
        "\n○ 직접일자리: 노인·공공근로 등 2,450명\n○ 청년: 청년 정착 지원 180명",
        [("65.5%", 2026, PLAN), ("2,450명", 2026, PLAN), ("180명", 2026, PLAN)],
    ),
    # a rate stated with 로 before a comma is the level it stands at, whatever the next clause
    # sets; where a rate stopped (에 머물러) was measured, whatever must follow
    (
        "2016-07-20",
        "한빛시 고용률",
        "상반기 한빛시 고용률은 60.4%로, 시가 내건 올해 목표 60.2%를 0.2%p 웃돌았다. 다만 일자리 "
        "예산 가운데 집행률은 48.5%에 머물러, 하반기 속도를 높여야 한다는 지적이 나온다.",
        [("60.4%", 2016, DONE), ("60.2%", 2016, PLAN), ("48.5%", 2016, DONE)],
    ),
    # a half before another clause is not the half a goal after it is for
    (
        "2017-02-10",
        "한빛시 지난해 일자리",
        "지난해 한빛시는 일자리 9천개를 만들었다. 다만 하반기 구조조정 여파로 고용률은 64.5%에 "
        "그쳐 목표치 65.0%에 0.5%p 못 미쳤다.",
        [("65.0%", 2016, PLAN)],
    ),
    # a year heading the base a figure is compared with (`…와 비교하면`) is no time the
    # article goes on in
    (
        "2020-08-05",
        "한빛시 상반기 일자리",
        "시는 올해 상반기 일자리 5,420개를 만들었다. 지난해 같은 기간 실적 6,100개와 비교하면 "
        "680개 줄어든 수치다. 시는 긴급 공공일자리에 1,300명을 채용했다.",
        [("6,100개", 2019, DONE), ("680개", 2020, DONE), ("1,300명", 2020, DONE)],
    ),
    # a sub-headline under a headline of two years goes on in the last one it read
    (
        "2024-01-24",
        "한빛시, 작년 일자리 9,240개 달성…올해 1만개 목표",
        "- 청년 일자리 예산 210억원으로 확대 -\n한빛시는 지난해 일자리 9,240개를 만들었다고 "
        "24일 밝혔다. 올해는 일자리 1만개를 만든다.",
        [("210억원", 2024, PLAN)],
    ),
    # ... unless the body tells its figure, in its own year
    (
        "2018-12-27",
        "한빛시, 올 한 해 일자리 2만1천개…내년 2만3천개 목표",
        "- 투자유치 1조2천억원, 3분기 고용률 66.1% -\n시는 올 한 해 일자리 2만1천개를 만들었다. "
        "기업 투자유치 실적은 1조2천억원으로 지난해 9천억원보다 33% 많았다. 시는 내년 일자리 "
        "목표를 2만3천개로 잡았다.",
        [("1조2천억원", 2018, DONE), ("1조2천억원", 2018, DONE)],
    ),
    # a budget broken down by kind: the kinds are the subjects of its parts, not new topics
    (
        "2018-12-14",
        "한빛시 내년 예산 확정",
        "시의회는 2019년도 한빛시 예산 8,210억원을 의결했다. 회계별로는 일반회계 6,900억원, "
        "특별회계 1,310억원이다. 분야별로는 사회복지가 2,460억원으로 올해 2,230억원보다 "
        "230억원 늘었다.",
        [("2,460억원", 2019, PLAN), ("2,230억원", 2018, PLAN), ("230억원", 2019, PLAN)],
    ),
    # the contents a year not yet over is to give, listed after `…은 다음과 같다.`
    (
        "2025-02-12",
        "한빛군 올해 정착 지원",
        "한빛군은 지난해 청년 30명에게 정착 지원금을 줬다.\n올해 주요 지원 내용은 다음과 같다.\n"
        "▲출산장려금 첫째 400만원·둘째 700만원\n▲귀농인 주택 수리비 가구당 1,200만원(30가구)",
        [("400만원", 2025, PLAN), ("700만원", 2025, PLAN), ("1,200만원", 2025, PLAN)],
    ),
    # a month named as gone (`지난 9월`, `지난달`) or to come (`오는 3월`) is of the year that
    # month fell or falls in, however far back, not of the year the article spoke of before
    (
        "2022-12-20",
        "한빛군 내년 예산",
        "한빛군은 내년 예산을 5,200억원으로 편성했다. 군은 지난 9월 태풍으로 침수된 상가 210곳에 "
        "복구비 31억원을 지원한 바 있다. 군 인구는 지난달 말 기준 4만2,300명이다. 오는 3월부터 "
        "청년 인턴 40명을 모집한다.",
        [
            ("210곳", 2022, DONE),
            ("31억원", 2022, DONE),
            ("4만2,300명", 2022, DONE),
            ("40명", 2023, PLAN),
        ],
    ),
    # asides of other years frame no later sentence: the same month a year before, the start
    # of a record with its figure in parentheses (of that year), the base of a multiple
    (
        "2019-09-11",
        "한빛도 8월 고용동향",
        "지난달 취업자는 1,820만 명으로 1년 전보다 12만 명 늘었다. 2017년 1월(15만 명) 이후 "
        "가장 큰 증가폭이다. 지난해 같은 달에는 취업자 증가폭이 1천 명에 그쳤다. 고용률은 "
        "62.4%로 0.3%p 올랐다.",
        [("15만 명", 2017, DONE), ("1천 명", 2018, DONE), ("62.4%", 2019, DONE)],
    ),
    (
        "2020-01-15",
        "한빛도 연간 고용동향",
        "지난해 연간 취업자는 1,790만 명으로 전년 대비 21만 명 늘었다. 2018년 증가폭(7만 명)의 "
        "3배를 웃도는 규모다. 고용률은 61.5%로 0.2%p 상승해 1997년 통계 기준 변경 이후 가장 "
        "높았다. 실업자는 52만 명이다.",
        [("7만 명", 2018, DONE), ("61.5%", 2019, DONE), ("52만 명", 2019, DONE)],
    ),
    # a settlement's table: a row of an account names whose money it is, the title and the
    # column say it was collected and spent; the spent money as a topic a past adnominal heads
    (
        "2019-06-18",
        "한빛시 결산",
        "시는 2018회계연도 결산서를 제출했다. 지난해 최종예산은 9,100억원이었고, 지출한 세출은 "
        "8,020억원으로 집계됐다.\n\n<2018회계연도 세입·세출 결산 현황> (단위: 억원)\n"
        "구분 | 예산현액 | 세입 | 세출\n일반회계 | 7,900 | 7,750 | 6,960\n",
        [
            ("8,020억원", 2018, DONE),
            ("7,900", 2018, PLAN),
            ("7,750", 2018, DONE),
            ("6,960", 2018, DONE),
        ],
    ),
    # what a budget is drawn up of (짜이다) is allocated
    (
        "2020-04-08",
        "한빛시 추경",
        "시는 1,200억원 규모의 추가경정예산안을 편성했다. 세출은 ▲민생 안정 640억원 ▲방역 "
        "120억원으로 짜였다.",
        [("640억원", 2020, PLAN), ("120억원", 2020, PLAN)],
    ),
    # an arithmetic's -면 (빼면) sets no condition still to be met, and what is left (남는다) is
    (
        "2017-06-12",
        "한빛도 결산",
        "한빛도의 2016회계연도 결산상 잉여금은 1,660억원이다. 여기서 이월액 900억원과 반납금 "
        "120억원을 빼면 순세계잉여금은 640억원이 남는다.",
        [("900억원", 2016, DONE), ("120억원", 2016, DONE), ("640억원", 2016, DONE)],
    ),
    # a settlement's spending told item by item after its topic was spent
    (
        "2019-06-18",
        "한빛시 결산",
        "시의 2018회계연도 최종예산은 9,900억원이었다. 분야별 지출은 ▲사회복지 3,020억원 "
        "▲환경 1,150억원 순으로 많았다.",
        [("3,020억원", 2018, DONE), ("1,150억원", 2018, DONE)],
    ),
    # a plan spoken only of what is to come is not of the past year the headline reports
    (
        "2017-06-12",
        "한빛도, 지난해 세출 집행률 89.4%",
        "한빛도는 2016회계연도 결산 결과 순세계잉여금이 640억원이라고 밝혔다. 추경 규모는 "
        "1,000억원 안팎이 될 것으로 보인다.",
        [("1,000억원", 2017, PLAN)],
    ),
    # a sentence handing over to a table by `아래 표와 같다` names what its cells are
    (
        "2020-01-02",
        "한빛부 창업지원 예산",
        "올해 창업지원 예산은 9,800억원이다. 지원 유형별 예산은 아래 표와 같다.\n(단위: 억원)\n"
        "구분 | 2019년 | 2020년\n사업화 | 4,100 | 5,300\n",
        [("4,100", 2019, PLAN), ("5,300", 2020, PLAN)],
    ),
    # a table's title in angle brackets of another kind (〈…〉) names its cells all the same
    (
        "2019-01-30",
        "한빛시 일자리 대책",
        "시는 올해 일자리 9천개를 만든다.\n〈분야별 일자리 예산〉 (단위: 억원)\n"
        "구분 | 2018년 | 2019년\n직접일자리 | 310 | 345\n",
        [("310", 2018, PLAN), ("345", 2019, PLAN)],
    ),
    # a yearly average is of several years, none of them its own
    (
        "2022-01-26",
        "한빛시 일자리 실적",
        "2018~2021년 평균으로 보면 한빛시의 일자리 실적은 연평균 2만1400개로 가장 많았고, 실적 "
        "증가율도 연평균 4.6%로 높았다. 같은 기간 연평균 증가율은 동구 3.2%, 서구 2.1% 순이었다. "
        "4년간 모두 2만개로, 한 해 평균 5천개꼴이다.",
        [
            ("2만1400개", None, DONE),
            ("4.6%", None, DONE),
            ("3.2%", None, DONE),
            ("2.1%", None, DONE),
            ("5천개", None, DONE),
        ],
    ),
    # a plan as the frame the items are seen through (`공급 계획을 유형별로 보면`) plans them
    (
        "2021-01-20",
        "한빛부 노인일자리",
        "지난해에는 목표 74만 개를 넘겼다. 올해 공급 계획을 유형별로 보면 ▲공익활동 52만 개 "
        "▲시장형 11만 개다.",
        [("52만 개", 2021, PLAN), ("11만 개", 2021, PLAN)],
    ),
    # ... and a term before the frame (`임기 중 … 계획을 보면`) is the items' span
    (
        "2022-08-17",
        "한빛시 민선8기 일자리",
        "한빛시는 임기 4년 동안 일자리 3만개를 만들겠다고 밝혔다. 임기 중 분야별 계획을 보면 "
        "▲공공부문 9,800개 ▲창업 2,500개 등이다.",
        [("9,800개", None, PLAN), ("2,500개", None, PLAN)],
    ),
    # the kinds a planned count is made of (`일자리 유형은 ▲…`) are planned as it is
    (
        "2023-05-08",
        "한빛구 장애인 일자리",
        "구는 올해 장애인 일자리 사업 참여자 120명을 선발해 운영한다. 구는 지난해 100명에게 "
        "일자리를 제공했다. 일자리 유형은 ▲행정도우미 50명 ▲복지일자리 70명이다.",
        [("50명", 2023, PLAN), ("70명", 2023, PLAN)],
    ),
    # the government's draft of a budget (정부안) is of the year it is for; what a place had
    # reflected in it is won (round 20)
    (
        "2018-12-10",
        "한빛도, 2019년 국가예산 3조 2,100억원 확보",
        "한빛도는 국회를 통과한 2019년도 정부 예산에 도 관련 국가예산 3조 2,100억원이 "
        "반영됐다고 밝혔다. 지난 8월 말 발표된 정부안은 3조 1,700억원이었으나 국회 심의를 "
        "거치며 400억원이 늘었다.",
        [("3조 1,700억원", 2019, DONE)],
    ),
    # `같은 기간` after a total over a term is that term; after a year (`지난해 같은 기간`) it
    # is that year's
    (
        "2026-05-20",
        "한빛시 민선8기 성적표",
        "민선8기 출범 이후 올해 4월 말까지 창출한 일자리는 누적 4만2천개다. 같은 기간 유치한 "
        "투자는 6조원으로 목표 8조원의 75%에 그쳤다. 지난해 같은 기간에는 투자 1조원을 "
        "유치했다.",
        [("6조원", None, DONE), ("8조원", None, PLAN), ("75%", None, DONE), ("1조원", 2025, DONE)],
    ),
    # a goal as the topic, set by the sentence's verb (`목표는 …로 … 잡았다`), is set now
    (
        "2026-01-28",
        "한빛시 일자리 대책",
        "시는 올해 일자리 9,500개를 만들겠다고 밝혔다. 지난해 실적은 9,300개로 목표 대비 "
        "103%였다. 고용률 목표는 63.5%로, 지난해 연간 고용률 63.1%보다 0.4%p 높게 잡았다. "
        "이번 계획은 4개 분야 22개 과제로 구성됐다.",
        [("63.5%", 2026, PLAN), ("22개", 2026, PLAN)],
    ),
    # a column of no year after a year's measures that year's (a rate met, a change); a budget
    # table's rate of change is planned as the budget is
    (
        "2026-01-20",
        "한빛도 장애인 일자리",
        "도는 올해 장애인 일자리 900명을 채용한다.\n<사업별 추진 현황> (단위: 명, %)\n"
        "사업 | 2025년 계획 | 2025년 실적 | 달성률 | 2026년 계획\n"
        "일반형 | 400 | 412 | 103.0 | 430\n",
        [("103.0", 2025, DONE)],
    ),
    (
        "2020-01-29",
        "한빛시 복지 예산",
        "시는 올해 복지 예산으로 6,100억원을 편성했다.\n<주요 복지사업 예산 비교> (단위: 억원, %)\n"
        "사업 | 2019년 | 2020년 | 증감률\n기초연금 | 1,200 | 1,380 | 15.0\n",
        [("15.0", 2020, PLAN)],
    ),
    # an item marked inside a sentence takes no year from another item, only from the words
    # leading into the list; a sign glued to an amount (`△6,239억원`) marks no item
    (
        "2019-12-27",
        "한빛시장 송년 기자회견",
        "시장이 밝힌 내년 주요 목표는 다음과 같다. ▲일자리 1만2천개 창출 ▲수소차 800대 보급 "
        "▲신도시 공정률 2022년까지 50% 달성",
        [("1만2천개", 2020, PLAN), ("800대", 2020, PLAN), ("50%", 2022, PLAN)],
    ),
    (
        "2025-11-20",
        "한빛교육청 예산",
        "감액된 교부금 4,100억원(‘23년 △2,500억원, ‘24년 △1,600억원)에 대응했다.",
        [("2,500억원", 2023, DONE), ("1,600억원", 2024, DONE)],
    ),
    # a figure whose copula ends a quoted sentence in the past was; `작년 말 현재` is as of
    # last year's end; money distributed (배분) is allocated
    (
        "2026-01-02",
        "한빛시장 신년사",
        '그는 "작년 한빛페이 발행액은 2,100억원이었다"며 "올해는 3천억원 발행을 목표로 '
        '하겠다"고 했다. 작년 말 현재 공약 이행률은 84.1%다. 시장은 "복지 분야에 '
        '6,200억원을 배분했다"고 설명했다.',
        [
            ("2,100억원", 2025, DONE),
            ("3천억원", 2026, PLAN),
            ("84.1%", 2025, DONE),
            ("6,200억원", 2026, PLAN),
        ],
    ),
    # a budget to be spent (쓰겠다) is no budget spent
    (
        "2023-01-02",
        "한빛시장 신년사",
        '시장은 "올해 시 예산은 9,200억원으로 작년보다 2.1% 줄었지만, 꼭 필요한 곳에 '
        '쓰겠다"고 했다.',
        [("9,200억원", 2023, PLAN), ("2.1%", 2023, PLAN)],
    ),
    # a bare `지금` is the publication's time; `지금까지` runs a total up to it
    (
        "2021-06-10",
        "한빛시장 라디오 인터뷰",
        '시장은 "내년에는 연간 7만 대 생산 체제를 갖춥니다"고 했다. 그는 "지금 채용된 '
        '인원이 420명입니다"라고 말했다. 시장은 "취임 이후 지금까지 투자협약 31건을 '
        '체결했다"고 했다.',
        [("420명", 2021, DONE), ("31건", None, DONE)],
    ),
    # a speaker's label joined by `=` (`○시장=작년 …`) joins no word to the year after it
    (
        "2021-12-21",
        "한빛시의회 시정질문",
        "○이 의원=작년에 폐기물 처리에 들어간 돈은 얼마입니까?\n○허 시장=작년 처리비로 "
        "182억 원을 지출했습니다. 올해는 200억 원 안팎이 될 것으로 봅니다.",
        [("182억 원", 2020, DONE), ("200억 원", 2021, PLAN)],
    ),
    # a headline's figure takes no year still to come from its next segment
    (
        "2021-12-21",
        '한빛시의회 시정질문 "매립장 여유 14%뿐"…시장 "소각시설 2025년 준공"',
        "시의회는 시정질문을 이어갔다.",
        [("14%", 2021, DONE)],
    ),
    # what a row's year notes (`2021년(목표)`) says of its cells
    (
        "2021-01-26",
        "한빛시 일자리 목표",
        "시는 올해 일자리 6,500개를 만든다.\n<일자리 지표> (단위: 개, %)\n"
        "연도 | 일자리 창출 | 고용률\n2020년 | 6,210 | 60.2\n2021년(목표) | 6,500 | 61.0\n",
        [("6,210", 2020, DONE), ("60.2", 2020, DONE), ("61.0", 2021, PLAN)],
    ),
    # a year heading a noun compared with (`2022년 결산과 비교하면`) is that noun's, a base
    (
        "2024-06-19",
        "한빛군 지난해 결산",
        "한빛군은 2023회계연도 결산 결과 세입 4,100억원, 세출 3,600억원으로 집계됐다고 밝혔다. "
        "2022년 결산과 비교하면 세입은 2.4% 증가했다. 이월액은 310억원으로 정리됐다.",
        [("2.4%", 2023, DONE), ("310억원", 2023, DONE)],
    ),
    # what was done `그동안` (all along, so far) is of no one year
    (
        "2020-03-10",
        "한빛군수 인터뷰",
        "A. 그동안 기업 19곳을 유치했습니다. 작년에는 일자리 310개가 생겼습니다.",
        [("19곳", None, DONE), ("310개", 2019, DONE)],
    ),
    # a relative year with 쯤 or 께 (about then) is that year
    (
        "2024-02-14",
        "한빛도 일자리정책관 인터뷰",
        "A. 내년쯤에는 고용률 64% 시대를 열겠습니다. 작년께 시작한 사업에는 120명이 참여했습니다.",
        [("64%", 2025, PLAN), ("120명", 2023, DONE)],
    ),
    # plans set now, after sentences of next year's budget, are that year's
    (
        "2017-12-14",
        "한빛군 2018년 본예산 확정",
        "군의회는 일반회계 3,100억원과 특별회계 300억원을 합한 2018년도 예산안을 의결했다. "
        "의회는 업무추진비 등을 깎았고, 삭감된 4억원은 예비비로 넘겨 편성했다. 세입 가운데 "
        "국비는 820억원이다.",
        [("820억원", 2018, PLAN)],
    ),
    # a deed's past adnominal heading the subject a total counts was done, whatever follows
    (
        "2026-01-08",
        "한빛군수 신년 인터뷰",
        '"임기 중에 만든 일자리가 모두 9천개쯤 됩니다. 처음 약속한 8천개는 넘겼죠." 그는 '
        '"그동안 재취업한 중장년이 1,400명인데, 앞으로 3년 동안 2천명을 더 보태겠다"고 했다.',
        [("9천개", None, DONE), ("1,400명", None, DONE)],
    ),
    # a count a change starts from, in a year gone by, stood there; a goal's or a quota's
    # starting value stays planned
    (
        "2026-01-08",
        "한빛군수 신년 인터뷰",
        '"외국인 계절근로자를 작년 520명에서 올해 700명으로 늘립니다." 군은 청년 월세 지원 '
        "정원을 지난해 1,800명에서 2,400명으로 늘린다.",
        [("520명", 2025, DONE), ("700명", 2026, PLAN), ("1,800명", 2025, PLAN)],
    ),
    # ... and so is a count its subject's deed heads, told with the copula or 되다 now
    (
        "2019-07-22",
        "한빛도 일자리경제실장 인터뷰",
        '"올 상반기 도내에서 만들어진 일자리가 4만1천개 정도 됩니다. 현재 입주를 확정한 기업은 '
        '15곳이고, 완공과 함께 일자리 900개가 생길 겁니다." 목표 고용률은 64.0%다.',
        [
            ("4만1천개", 2019, DONE),
            ("15곳", 2019, DONE),
            ("900개", 2019, PLAN),
            ("64.0%", 2019, PLAN),
        ],
    ),
    # an article going on in a term of office (`민선8기 공약 실천계획`) gives its figures no one
    # year; people counted are counted at a time, and a term's start told in passing is none
    (
        "2022-11-15",
        "한빛시, 민선8기 공약 확정",
        "한빛시는 15일 민선8기 공약 실천계획을 확정·발표했다. 계획은 84개 공약으로 짜였다. "
        "총사업비는 4조2,100억원이다. 검토에는 시민배심원단 30명이 참여했다.",
        [("84개", None, PLAN), ("4조2,100억원", None, PLAN), ("30명", 2022, DONE)],
    ),
    (
        "2026-01-02",
        "한빛교육청 정기인사",
        "신임 국장은 민선 4기 출범과 함께 예산과장을 역임했다. 이번 인사에서 5급 40명이 전보됐다.",
        [("40명", 2026, DONE)],
    ),
    # a budget related to pledges is a budget of its year, not a pledge for the term
    (
        "2024-07-01",
        "한빛도 공약 중간평가",
        "도는 하반기 제2회 추경에 공약 관련 예산 640억원을 편성하고, 내년 말까지 이행률을 "
        "80%로 높인다는 목표를 세웠다. 공약 총사업비는 3조1,000억원이다.",
        [("640억원", 2024, PLAN), ("80%", 2025, PLAN)],
    ),
    # a column headed by a year's half (`2022년 하반기`) is of that year
    (
        "2024-07-01",
        "한빛도 공약사업비",
        "도는 공약 이행 중간평가 결과를 발표했다.\n<연도별 공약사업비 집행> (단위: 억원)\n"
        "구분 | 2022년 하반기 | 2023년\n집행 | 1,980 | 7,620\n",
        [("1,980", 2022, DONE), ("7,620", 2023, DONE)],
    ),
    # pledges counted by their state are counted, not promised; those left are still to keep
    (
        "2019-07-02",
        "한빛시 공약 점검",
        "민선7기 공약은 모두 96개다. 현재 정상 추진 중인 공약은 70개, 조정이 필요한 공약은 "
        "5개로 분류됐다. 임기 내 마무리해야 할 남은 공약은 81개다.",
        [("70개", 2019, DONE), ("5개", 2019, DONE)],
    ),
    # what a council cuts (깎았다) from a budget is a change of an allocation, planned
    (
        "2024-08-27",
        "한빛시의회 추경 의결",
        "시의회는 제2회 추경안을 의결했다. 의회는 청사 설계비 12억원, 홍보비 6억원 등 모두 "
        "2건을 깎았다.",
        [("12억원", 2024, PLAN), ("6억원", 2024, PLAN)],
    ),
    # money secured as a budget (예산으로 확보) is allocated; the parts a plan holds (`세부적으로
    # ▲… 등이 담겼다`) are planned as the plan is, and so are those it will hold (`담길 예정`)
    (
        "2021-01-18",
        "한빛시 일자리 대책",
        "올해는 역대 최대인 1,420억원을 일자리 예산으로 확보했다. 시는 이를 바탕으로 일자리 "
        "1만6천개를 창출할 계획이다. 세부적으로 ▲뉴딜 일자리 900명 ▲노인 일자리 5,600명 등이 "
        "담겼다. 추경에는 고용유지 지원 180억원 등이 담길 예정이다.",
        [
            ("1,420억원", 2021, PLAN),
            ("900명", 2021, PLAN),
            ("5,600명", 2021, PLAN),
            ("180억원", 2021, PLAN),
        ],
    ),
    # what the partners of an agreement promised (약속한 투자액은) and planned (고용 계획 인원은)
    # was planned
    (
        "2022-03-29",
        "한빛시 투자협약 점검",
        "지난해 협약 당시 9개 기업이 약속한 투자액은 모두 1,940억원, 고용 계획 인원은 380명이었다.",
        [("1,940억원", 2021, PLAN), ("380명", 2021, PLAN)],
    ),
    # the year of the whole a share is taken of keeps to that whole and frames nothing after
    (
        "2023-07-25",
        "한빛도 상반기 관광객",
        "올 상반기 관광객은 412만명으로 집계됐다. 2019년 상반기 430만명의 95.8% 수준이다. "
        "외국인 관광객은 18만명이었다.",
        [("430만명", 2019, DONE), ("95.8%", 2023, DONE), ("18만명", 2023, DONE)],
    ),
    # a figure forecast (예상하다, 전망하다) is planned, as `전망이다` already was
    (
        "2019-05-10",
        "한빛시 입주 물량",
        "시는 올해 입주 물량을 이월분을 포함해 8,200호로 예상하고 있다. 한빛공사는 올해 "
        "정규직 300여명을 채용할 것으로 전망했다.",
        [("8,200호", 2019, PLAN), ("300여명", 2019, PLAN)],
    ),
    # the parts of a goal as the topic (`목표의 분야별 내역은`); a column of a year's budget
    # (`2017년 본예산`) is of that year
    (
        "2018-01-25",
        "한빛시 일자리 목표",
        "지난해에는 일자리 4,200개를 만들었다. 올해 일자리 목표의 분야별 내역은 ▲신산업 "
        "2,100개 ▲공공일자리 900개다.\n분야별 예산 (단위: 억원)\n분야 | 2017년 본예산 | "
        "2018년 본예산\n직접일자리 | 71 | 80\n",
        [("2,100개", 2018, PLAN), ("900개", 2018, PLAN), ("71", 2017, PLAN), ("80", 2018, PLAN)],
    ),
    # the same month of an earlier year than the release's, told as an aside (`2018년 4월에는
    # …였다`, `전년 동월인 2016년 12월`, `2024년 연간`), frames no later sentence; a year that
    # heads a figure in parentheses (`2019년 7월(61.3%)`) neither
    (
        "2019-05-15",
        "한빛시 4월 고용동향",
        "'2019년 4월 한빛시 고용동향'에 따르면 실업률은 4.6%로 올랐다. 2018년 4월에는 실업률이 "
        "3.4%였다. 고용률은 58.0%로 전달보다 0.5%p 올랐다.",
        [("4.6%", 2019, DONE), ("3.4%", 2018, DONE), ("58.0%", 2019, DONE)],
    ),
    (
        "2018-01-17",
        "한빛시 12월 고용동향",
        "지난해 연간 고용률은 59.1%였다. 12월만 놓고 보면 고용률은 58.6%였다. 전년 동월인 "
        "2016년 12월 실업률은 3.5%였다. 청년층 고용률은 40.2%로 낮았다.",
        [("58.6%", 2017, DONE), ("3.5%", 2016, DONE), ("40.2%", 2017, DONE)],
    ),
    (
        "2026-01-14",
        "한빛시 작년 고용률",
        "지난해 한빛시의 연간 고용률은 59.7%였다. 2024년 연간 고용률은 59.2%였다. 연간 "
        "실업률은 3.1%로 내려갔다.",
        [("59.7%", 2025, DONE), ("59.2%", 2024, DONE), ("3.1%", 2025, DONE)],
    ),
    (
        "2021-08-18",
        "한빛시 7월 고용률",
        "한빛시의 7월 고용률은 61.0%였다. 2019년 7월(61.3%)에는 아직 못 미친다. 실업률은 "
        "4.3%로 내렸다.",
        [("61.0%", 2021, DONE), ("61.3%", 2019, DONE), ("4.3%", 2021, DONE)],
    ),
    # a time put beside the month before (`전월인 지난해 12월에는`, `개편되기 전인 2019년
    # 상반기에는`), the same month a year before `지난달`, and the start of a run of months
    # (`지난해 8월부터 12개월째`) frame no later sentence; a breakdown takes no whole from an aside
    (
        "2021-02-24",
        "한빛시 1월 고용",
        "지난달 한빛시 종사자는 1,812만명으로 줄었다. 지난해 1월에는 종사자가 32만명 늘었었다. "
        "전월인 지난해 12월에는 감소 폭이 31만명이었다. 건설업은 1만4천명 줄어 지난해 8월부터 "
        "6개월째 감소했다. 교육서비스업은 7만8천명 감소했다.",
        [
            ("32만명", 2020, DONE),
            ("31만명", 2020, DONE),
            ("1만4천명", 2021, DONE),
            ("7만8천명", 2021, DONE),
        ],
    ),
    (
        "2021-07-21",
        "한빛도 상반기 일자리",
        "한빛도는 올해 상반기 6만1,347개의 일자리를 창출했다. 센터가 개편되기 전인 2019년 "
        "상반기에는 4만8,920개에 그쳤다. 유형별로는 직접일자리 2만7,413개, 직업훈련 9,862개 "
        "등이다.",
        [("4만8,920개", 2019, DONE), ("2만7,413개", 2021, DONE), ("9,862개", 2021, DONE)],
    ),
    # the sides of a change told without years (`같은 기간 40.8%→39.9%→38.6%`, `27만2천명에서
    # 26만6천명으로`) take the years named before, in order: in its sentence after `같은 기간`,
    # else in the sentence before
    (
        "2018-01-23",
        "한빛시 청년 고용률",
        "한빛시 청년 고용률은 2015년 41.2%, 2016년 40.5%, 지난해 39.7%로 낮아졌다. 두리시는 "
        "같은 기간 40.8%→39.9%→38.6%를 기록했다.",
        [("40.8%", 2015, DONE), ("39.9%", 2016, DONE), ("38.6%", 2017, DONE)],
    ),
    (
        "2021-03-10",
        "한빛시 취업자",
        "지난해 하반기 한빛시 취업자는 52만1천명으로 2019년 같은 기간 53만4천명보다 "
        "1만3천명 감소했다. 두리시는 27만2천명에서 26만6천명으로 줄었다.",
        [("27만2천명", 2019, DONE), ("26만6천명", 2020, DONE)],
    ),
    (
        "2023-02-07",
        "한빛시 고용률",
        "한빛시 고용률은 2018년 59.1%, 지난해 59.4%로 오르는 데 그쳤고, 두리시는 같은 기간 "
        "60.2%에서 60.0%로 떨어졌다.",
        [("60.2%", 2018, DONE), ("60.0%", 2022, DONE)],
    ),
    # a breakdown breaks down the figure of the year the article speaks of when it comes, not a
    # nearer one of another year; jobs in 개 and 명 alike
    (
        "2016-01-26",
        "한빛시 일자리 계획",
        "한빛시는 올해 1,086억원을 투입해 일자리 1만4,200개를 만들겠다고 밝혔다. 시는 지난해 "
        "일자리 1만3,615개를 만들었다. 올해 일자리 예산은 지난해 본예산 1,002억원보다 8.4% "
        "늘었다. 분야별로는 ▲직접 일자리 5,100개 ▲직업능력개발 2,650명 등이다.",
        [("5,100개", 2016, PLAN), ("2,650명", 2016, PLAN)],
    ),
    # a part of what the sentence before told (`이 가운데`) is of its year, a deadline too, and
    # of a budget's plan
    (
        "2017-03-08",
        "한빛시 투자협약",
        "협약 기업들은 2019년까지 모두 1,150억원을 투자하고 신규 인력 420명을 채용하기로 했다. "
        "이 가운데 한빛바이오는 320억원을 들여 공장을 짓고 130명을 새로 고용할 계획이다.",
        [("320억원", 2019, PLAN), ("130명", 2019, PLAN)],
    ),
    (
        "2025-02-04",
        "한빛시 일자리 대책",
        "시는 올해 일자리 1만3천개를 목표로 제시했다. 올해 일자리 예산은 1,742억원으로 늘었다. "
        "이 가운데 노인일자리가 5,320개, 223억원으로 가장 큰 비중을 차지한다.",
        [("5,320개", 2025, PLAN), ("223억원", 2025, PLAN)],
    ),
    # a base's noun phrase may end on a genitive (`지난해 2023년도 예산 심의 때의 231억원보다`):
    # its year frames nothing after; revenue foreseen (`내다봤다`, `추계했다`) is planned, of the
    # budget told before
    (
        "2023-12-15",
        "한빛시의회 예산 의결",
        "의회는 2024년도 예산안을 의결했다. 감액 규모는 지난해 2023년도 예산 심의 때의 "
        "231억원보다 67억원 줄었다. 가장 많이 깎인 분야는 홍보 예산으로 38억원이 줄었다.",
        [("231억원", 2023, PLAN), ("38억원", 2024, PLAN)],
    ),
    (
        "2017-11-01",
        "한빛시 내년 예산",
        "일자리 사업 예산은 2,860억원으로 올해 2,420억원보다 18.2% 늘렸다. 세입은 지방세 "
        "3조8,940억원, 세외수입 6,720억원 등으로 내다봤다. 세입은 국고보조금 5조6,470억원 등으로 "
        "추계했다.",
        [("3조8,940억원", 2018, PLAN), ("6,720억원", 2018, PLAN), ("5조6,470억원", 2018, PLAN)],
    ),
    # a total since a year something began, all together or up to now, has no one year
    (
        "2017-02-08",
        "한빛군 귀농 지원",
        "2012년 사업 시행 이후 정착지원금을 받은 가구는 모두 218가구에 이른다. 도는 2016년 "
        "지원을 시작한 뒤 지난해까지 소상공인 3만8천여 곳에 1조2,400억원을 공급했다. 지난해에는 "
        "35가구가 지원금을 받았다.",
        [
            ("218가구", None, DONE),
            ("3만8천여 곳", None, DONE),
            ("1조2,400억원", None, DONE),
            ("35가구", 2016, DONE),
        ],
    ),
    # a plan verb's past adnominal heading a later figure (`당초 계획했던 2,000억원의`) is that
    # figure's, not the earlier ones'
    (
        "2024-01-29",
        "한빛도 소상공인 자금",
        "지난해에는 소상공인 5,412곳이 특별자금 2,138억원을 이용해 당초 계획했던 2,000억원의 "
        "106.9%를 집행했다.",
        [
            ("5,412곳", 2023, DONE),
            ("2,138억원", 2023, DONE),
            ("2,000억원", 2023, PLAN),
            ("106.9%", 2023, DONE),
        ],
    ),
    # a clause with a topic of its own is not of the budget an earlier clause was about (but a
    # part of it, `이 가운데 국비는`, is)
    (
        "2023-06-08",
        "한빛도 결산",
        "지난해 최종예산은 13조1,540억원이었으며, 세입은 13조4,892억원, 세출은 11조8,105억원으로 "
        "집계됐다. 올해 예산은 지난해 15억원보다 20% 늘었으며, 이 가운데 국비는 6억3천만원이다.",
        [
            ("13조1,540억원", 2022, PLAN),
            ("13조4,892억원", 2022, DONE),
            ("11조8,105억원", 2022, DONE),
            ("6억3천만원", 2023, PLAN),
        ],
    ),
    # amounts right after one due by a year ahead, adding up to it, are its parts, due then too;
    # the amount of an agreement to invest is planned, a year's tally of agreements is not
    (
        "2019-07-03",
        "한빛시 투자협약",
        "한빛시는 기업 3곳과 2,300억원 투자협약을 맺었다. 기업들은 2022년까지 모두 2,300억원을 "
        "투자한다. 가사는 1,200억원을, 나사는 650억원을 투자할 계획이다. 다사는 450억원을 "
        "들인다. 시는 지난해 기업 38곳과 1조4,600억원 규모의 투자협약을 맺었다.",
        [
            ("1,200억원", 2022, PLAN),
            ("650억원", 2022, PLAN),
            ("450억원", 2022, PLAN),
            ("1조4,600억원", 2018, DONE),
        ],
    ),
    (
        "2017-03-15",
        "한빛도, 5개 기업과 1,850억원 투자협약…2019년까지 일자리 420개",
        "한빛도는 투자협약을 체결했다. 기업들은 2019년까지 모두 1,850억원을 투자한다.",
        [("1,850억원", 2019, PLAN), ("1,850억원", 2019, PLAN)],
    ),
    # a goal or a forecast changed: from, to and by are planned, of the goal's year
    (
        "2022-02-09",
        "한빛도 관광객 목표",
        "도는 올해 관광객 유치 목표를 지난해 말 수립한 1,500만명에서 1,350만명으로 150만명 하향 "
        "조정했다. 올해 실업률 전망치도 당초 3.9%에서 4.3%로 높였다.",
        [
            ("1,500만명", 2022, PLAN),
            ("1,350만명", 2022, PLAN),
            ("150만명", 2022, PLAN),
            ("3.9%", 2022, PLAN),
            ("4.3%", 2022, PLAN),
        ],
    ),
    # allocating while the year ran (`편성하면서`) sets no plan now
    (
        "2021-06-10",
        "한빛시 결산",
        "시는 2020회계연도 결산 결과 세입 1조4,915억원으로 집계됐다. 추경을 네 차례 편성하면서 "
        "최종 예산현액은 1조4,206억원까지 늘었다. 세출 집행률은 89.3%였다.",
        [("1조4,206억원", 2020, PLAN), ("89.3%", 2020, DONE)],
    ),
    # settled accounts confirmed are what they came to, not a budget
    (
        "2019-06-18",
        "한빛시 결산",
        "2018회계연도 결산 결과 세입은 2조1,468억원으로 나타났다. 반환금 685억원을 제외한 "
        "순세계잉여금은 1,052억원으로 확정됐다. 시는 이 가운데 780억원을 추경예산안에 반영한다.",
        [("1,052억원", 2018, DONE), ("780억원", 2019, PLAN)],
    ),
    # the sentence before names the start of its change too (`2015년 48.2%에서 지난해 35.7%로`);
    # a goal changed keeps to its own year (`목표도 30만명에서 12만명으로 크게 낮췄다`)
    (
        "2018-01-22",
        "한빛시 청년 고용률",
        "한빛시 청년 고용률은 2015년 48.2%에서 지난해 하반기 35.7%로 떨어졌다. 두리시도 같은 "
        "기간 39.8%에서 33.1%로 하락했다.",
        [("39.8%", 2015, DONE), ("33.1%", 2017, DONE)],
    ),
    (
        "2022-02-09",
        "한빛도 관광 목표",
        "도는 올해 관광객 목표를 지난해 말 세운 1,500만명에서 1,350만명으로 낮췄다. 외국인 "
        "관광객 목표도 30만명에서 12만명으로 크게 낮췄다.",
        [("30만명", 2022, PLAN), ("12만명", 2022, PLAN)],
    ),
    # a settlement: revenue and spending confirmed are settled; the surplus put into this year's
    # supplementary budget frames nothing after it; 연내 is this year
    (
        "2024-06-10",
        "한빛군 결산",
        "군은 2023회계연도 결산 결과 세입은 9,046억원, 세출은 7,692억원으로 확정됐다. 군은 "
        "순세계잉여금 중 450억원을 올해 제1회 추경에 편성했다. 지방세 징수액은 412억원으로 "
        "늘었다. 또 부진한 38건을 연내 마무리하기로 했다.",
        [
            ("9,046억원", 2023, DONE),
            ("7,692억원", 2023, DONE),
            ("450억원", 2024, PLAN),
            ("412억원", 2023, DONE),
            ("38건", 2024, PLAN),
        ],
    ),
    # a program's terms changed from one figure to another are planned on both sides
    (
        "2023-01-31",
        "한빛시 청년 정책",
        "시는 청년 정착 장려금 대상을 300명에서 450명으로 늘리고, 청년 창업 지원금 한도를 "
        "1인당 3천만원에서 5천만원으로 높였다.",
        [
            ("300명", 2023, PLAN),
            ("450명", 2023, PLAN),
            ("3천만원", 2023, PLAN),
            ("5천만원", 2023, PLAN),
        ],
    ),
    # the whole half is taken of (`2023년 32만7천명의 절반`) frames no later sentence
    (
        "2025-01-15",
        "취업자 증가",
        "지난해 연간 취업자는 전년보다 15만9천명 늘었다. 증가 폭은 2023년 32만7천명의 절반 "
        "수준으로 줄었다. 청년층 취업자는 20만8천명 줄었다.",
        [("32만7천명", 2023, DONE), ("20만8천명", 2024, DONE)],
    ),
    # a later clause's verb of spending has its own amount: the budget before is still planned
    (
        "2019-09-05",
        "한빛시 신중년 일자리",
        "관련 예산은 지난해 38억원에서 올해 52억원으로 36.8% 늘렸고, 8월 말 현재 24억7천만원을 "
        "집행했다.",
        [
            ("38억원", 2018, PLAN),
            ("52억원", 2019, PLAN),
            ("36.8%", 2019, PLAN),
            ("24억7천만원", 2019, DONE),
        ],
    ),
    # two measures listed after the same period are no series; a sentence naming only an
    # aside's year still names a time, so the term named before it frames nothing after
    (
        "2023-12-05",
        "한빛도 고용",
        "올해 3분기 도내 취업자는 96만2천명, 고용률은 61.4%로 지난해 같은 기간보다 각각 1만명, "
        "0.9%p 늘었다.",
        [("1만명", 2023, DONE), ("0.9%p", 2023, DONE)],
    ),
    (
        "2021-07-15",
        "한빛시 상반기",
        "민선7기 들어 3년간 유치한 투자는 모두 11조8천억원가량이다. 상반기 고용률은 64.3%로 "
        "코로나19 확산 전인 2019년 상반기 63.1%를 넘어섰다. 시는 추경 예산 420억원을 편성했다.",
        [("11조8천억원", None, DONE), ("420억원", 2021, PLAN)],
    ),
    # a term named after the year the article is about is an aside: the budget goes on
    (
        "2022-11-01",
        "한빛시 내년 예산안",
        "한빛시는 2023년도 예산안을 4조5,876억원으로 편성했다. 시는 민선8기 4년간 공약 이행에 "
        "모두 2조4천억원이 들어갈 것으로 추산하고 있다. 산업단지 조성에는 860억원을 투입하고, "
        "일자리 예산으로는 1,960억원을 편성해 일자리 3만5천개를 만들 계획이다.",
        [
            ("2조4천억원", None, PLAN),
            ("860억원", 2023, PLAN),
            ("1,960억원", 2023, PLAN),
            ("3만5천개", 2023, PLAN),
        ],
    ),
    # a program's terms told in the present are its plan (not a size, `투자 규모는`)
    (
        "2024-01-29",
        "한빛도 소상공인 자금",
        "업체당 융자 한도는 일반 소상공인 5천만원이다. 기업당 지원 인원은 최대 3명이다. 올해 "
        "유치한 기업의 투자 규모는 8,470억원이다.",
        [("5천만원", 2024, PLAN), ("3명", 2024, PLAN), ("8,470억원", 2024, DONE)],
    ),
    # the count as of now is the one a change starts from, not the one it is raised to
    (
        "2019-03-10",
        "한빛시 사회적경제",
        "사회적경제 기업도 현재 86곳에서 연말까지 100곳으로 늘린다.",
        [("86곳", 2019, DONE), ("100곳", 2019, PLAN)],
    ),
    # projects a budget is cut or raised in are allocated as its money is
    (
        "2018-12-14",
        "한빛도의회 예산 의결",
        "도의회는 2019년도 예산안을 의결했다. 예결위는 43개 사업 178억원을 삭감하고, 27개 사업 "
        "78억원을 증액했다.",
        [
            ("43개", 2019, PLAN),
            ("178억원", 2019, PLAN),
            ("27개", 2019, PLAN),
            ("78억원", 2019, PLAN),
        ],
    ),
    # the items of a cut (`삭감 항목은`) are of the budget cut
    (
        "2025-04-18",
        "한빛시의회 추경 의결",
        "의회는 2025년도 제1회 추경예산안 가운데 12억원을 삭감했다. 삭감 항목은 축제 홍보비 "
        "5억원, 영상 제작비 4억원 등 2건이다.",
        [("5억원", 2025, PLAN), ("4억원", 2025, PLAN)],
    ),
    # a table whose years run back: its change columns are the latest year's, and its head goes
    # on in that year
    (
        "2021-11-09",
        "한빛군 내년 예산안",
        "한빛군이 2022년 예산안을 4,980억원으로 편성했다.\n<한빛군 2022년 예산안> (단위: 억원, "
        "%)\n구분 | 2022년 | "
        "2021년 | 증감 | 증감률\n총계 | 4,980 | 4,560 | 420 | 9.2\n분야별로는 사회복지 "
        "968억원(19.4%) 등이다.",
        [
            ("4,560", 2021, PLAN),
            ("420", 2022, PLAN),
            ("9.2", 2022, PLAN),
            ("968억원", 2022, PLAN),
        ],
    ),
    # amounts put in, year by year, after a budget are what was spent, not the budget's kinds
    (
        "2021-12-14",
        "한빛시 공약 점검",
        "4년간 공약 사업비는 7조2,300억원이었으며, 지난달까지 6조1,950억원을 투입했다. 연도별 "
        "투입액은 2019년 1조8,920억원, 2020년 2조640억원, 올해 1조5,550억원이다.",
        [("1조8,920억원", 2019, DONE), ("2조640억원", 2020, DONE), ("1조5,550억원", 2021, DONE)],
    ),
    # a budget's share in the parenthesis right after it is planned as the budget is
    (
        "2018-11-12",
        "한빛군 내년 예산안",
        "한빛군은 2019년 예산안을 4,120억원으로 편성했다. 분야별로는 농림 분야가 "
        "1,024억원(24.9%)으로 가장 많고 사회복지 분야 788억원(19.2%), 환경 분야 412억원 "
        "순이었다.",
        [("24.9%", 2019, PLAN), ("19.2%", 2019, PLAN)],
    ),
    # the settled surplus told as such is what the accounts came to, even after a budget
    (
        "2020-07-10",
        "한빛시 추경",
        "시는 제1회 추경예산안을 980억원 규모로 편성했다. 주요 재원은 지난해 순세계잉여금 "
        "615억원 가운데 462억원과 국·도비 보조금 518억원 등이다.",
        [("615억원", 2019, DONE), ("462억원", 2020, PLAN), ("518억원", 2020, PLAN)],
    ),
    # an average over a count of years (`최근 5년 평균`) and a running total up to last year in a
    # term (`민선8기 … 지난해까지 12만3,600개`) have no one year
    (
        "2023-02-07",
        "한빛도 고용률",
        "창업 생존율은 소상공인 3년 생존율 평균(39.1%)을 웃돈다. 최근 5년 평균 고용률은 시 지역이 "
        "58.7%로 군 지역 66.2%보다 낮았다. 시는 민선8기 임기 내 일자리 16만개 창출 목표 가운데 "
        "지난해까지 12만3,600개를 달성했다.",
        [("39.1%", 2023, DONE), ("58.7%", None, DONE), ("12만3,600개", None, DONE)],
    ),
    # a program's term as topic changed across years (`한도는 지난해 …에서 올해 …로 올렸다`);
    # money allocated before more is done is still allocated (`410억원을 반영한 데 이어`)
    (
        "2018-02-08",
        "한빛시 빈집 정비",
        "동당 철거비 지원 한도는 지난해 1,500만원에서 올해 2,000만원으로 올렸다. 시는 올해 제1회 "
        "추경에서 순세계잉여금 중 410억원을 반영한 데 이어 사업 예산을 조정하겠다고 밝혔다.",
        [("1,500만원", 2017, PLAN), ("2,000만원", 2018, PLAN), ("410억원", 2018, PLAN)],
    ),
    # startups supported in 건 are among a jobs goal's parts
    (
        "2016-01-26",
        "한빛시 일자리 계획",
        "시는 올해 일자리 1만2천개를 만들겠다고 밝혔다. 지난해에는 1만1,850개를 만들었다. 올해 "
        "일자리 예산은 지난해 본예산 1,002억원보다 8.4% 늘었다. 분야별로는 ▲직접 일자리 "
        "4,850개 ▲고용서비스 3,400명 ▲창업 지원 150건이다.",
        [("4,850개", 2016, PLAN), ("3,400명", 2016, PLAN), ("150건", 2016, PLAN)],
    ),
    # an earlier year as the topic with a past copula looks back in passing
    (
        "2026-01-15",
        "한빛시 작년 고용률",
        "지난해 한빛시 고용률은 59.2%로 전년보다 0.3%p 올랐다. 한빛시 청년 고용률은 2022년에는 "
        "43.0%로 중위권이었다. 7개 특·광역시 중 고용률이 가장 높은 곳은 인천(63.5%)이었다.",
        [("43.0%", 2022, DONE), ("63.5%", 2025, DONE)],
    ),
    # a rate told as the share of a planned budget (`…의 10.6%에 해당한다`) is planned; a share
    # spent is not
    (
        "2023-01-31",
        "한빛시 일자리 예산",
        "올해 일자리 예산은 2,105억원으로 지난해보다 10.0% 늘었다. 이는 올해 본예산 1조9,870억원의 "
        "10.6%에 해당한다. 지난해에는 연간 예산 780억원의 52.8%를 썼다.",
        [("10.6%", 2023, PLAN), ("52.8%", 2022, DONE)],
    ),
    # a list under a heading of programs or of allocations (`■ 주요 사업`, `◇ 주요 편성 내역`)
    (
        "2021-05-12",
        "한빛시 추경",
        "시는 1,215억원 규모의 2021년도 제1회 추가경정예산안을 편성해 시의회에 제출했다.\n"
        "추경안이 의결되면 시 예산은 당초 1조4,362억원에서 1조5,577억원으로 8.5% 늘어난다.\n"
        "재원은 순세계잉여금 612억원 등으로 충당했다.\n◇ 주요 편성 내역\n"
        "▲예방접종센터 운영 지원 47억원 ▲도로 개설 16곳 218억원\n■ 주요 사업\n"
        "○신중년 일자리 11억원…250명",
        [
            ("47억원", 2021, PLAN),
            ("16곳", 2021, PLAN),
            ("11억원", 2021, PLAN),
            ("250명", 2021, PLAN),
        ],
    ),
    # national funds put in the government's budget (`국비 반영액`) are what the place won, of the
    # budget's year (round 20; rounds 18–19 read them planned)
    (
        "2024-12-11",
        "한빛시 내년 국비 확보",
        "2025년도 정부 예산에 한빛시 현안사업 국비 5,210억원이 담겼다. 어려운 세수 여건에서도 "
        "국비 반영액은 올해 4,980억원보다 230억원(4.6%) 늘었다.",
        [("4,980억원", 2024, DONE), ("230억원", 2025, DONE), ("4.6%", 2025, DONE)],
    ),
    # a count of projects right before the planned amount they are given is allocated too
    (
        "2017-07-24",
        "한빛시 추경 확정",
        "시의회는 올해 제2회 추가경정예산 612억원을 의결했다. 분야별로는 청년 일자리 관련 "
        "14개 사업 211억원, 도로 정비 7개 사업 95억원이다. 심의 과정에서는 3건, 12억원이 "
        "증액됐다.",
        [("14개", 2017, PLAN), ("7개", 2017, PLAN), ("3건", 2017, PLAN)],
    ),
    # a rate a change is told from, with no rate it changed to, is of the period compared with:
    # the one the sentence names, else the year before; `1년 전` counts from the year the
    # article goes on in, not the publication's
    (
        "2022-01-12",
        "한빛도 연간 고용동향",
        "2021년 한빛도 연평균 고용률은 61.2%로 전년보다 0.4%p 올랐다. 청년층 고용률은 40.1%로 "
        "1년 전(41.5%)보다 1.4%p 떨어졌다. 여성 고용률은 52.3%에서 0.8%p 높아졌다. 2020년 "
        "상반기와 비교하면 군 지역 고용률은 66.0%에서 1.1%p 낮아졌다.",
        [("41.5%", 2020, DONE), ("52.3%", 2020, DONE), ("66.0%", 2020, DONE)],
    ),
    # a budget's items listed after an aside of last year go on in the budget's year; a year
    # heading the base of a multiple (`지난해 … 증액분(287억원)의 두 배`) frames nothing after
    (
        "2019-04-16",
        "한빛군 제1회 추경",
        "군은 2019년도 제1회 추가경정예산안을 본예산보다 1,027억원 늘어난 7,367억원으로 "
        "편성했다. 지난해 재정자립도가 11.2%에 그친 만큼 의존 재원 비중이 높다. 주요 세출 "
        "내역은 ▲마을안길 정비 86억원 ▲소하천 정비 64억원 등이다.",
        [("86억원", 2019, PLAN), ("64억원", 2019, PLAN)],
    ),
    (
        "2020-06-23",
        "한빛군 2회 추경",
        "군은 532억원 규모의 제2회 추가경정예산안을 편성했다. 지난해 제2회 추경 증액분(287억원)의 "
        "두 배에 가까운 규모다. 재원은 국·도비 보조금 318억원과 지방교부세 96억원으로 충당했다.",
        [("287억원", 2019, PLAN), ("318억원", 2020, PLAN), ("96억원", 2020, PLAN)],
    ),
    # money put in while drafting a budget (`추경안을 편성하면서 … 투입했다`) is part of it; an
    # amount of a supplementary budget proposal (`254억원 규모의 2회 추경안`) is a budget
    (
        "2023-08-29",
        "군 단위 2회 추경",
        "한빛군은 376억원 규모의 제2회 추가경정예산안을 편성하면서 순세계잉여금 208억원을 "
        "투입했다. 누리군은 254억원 규모의 2회 추경안에 예비비 40억원을 따로 확보했다.",
        [("208억원", 2023, PLAN), ("254억원", 2023, PLAN), ("40억원", 2023, PLAN)],
    ),
    # what a budget is funded by is planned, the settled surplus among it too; lists under a
    # bracketed heading of a budget's items or funding (`<세출 주요 내용>`, `[재원 내역]`)
    (
        "2023-03-21",
        "한빛시 1회 추경",
        "시는 1,085억원 규모의 제1회 추가경정예산안을 시의회에 제출했다. 재원은 지방교부세 "
        "증액분 318억원, 순세계잉여금 341억원이다.\n[재원 내역]\n○ 국·도비 보조금 247억원 "
        "○ 조정교부금 31억원\n<세출 주요 내용>\n○ 민생경제: 상품권 할인 지원 60억원, 공공요금 "
        "지원 25억원",
        [
            ("341억원", 2023, PLAN),
            ("247억원", 2023, PLAN),
            ("31억원", 2023, PLAN),
            ("60억원", 2023, PLAN),
            ("25억원", 2023, PLAN),
        ],
    ),
    # a rate a budget grew by over another budget is planned, in a headline too
    (
        "2024-04-09",
        "한빛군 추경 847억원…본예산 대비 11.8% 증가",
        "군은 847억원 규모의 추가경정예산안을 군의회에 제출했다. 추경 뒤 예산은 본예산보다 "
        "11.8% 늘었다. 지난해 집행액은 예산 대비 92.1%였다.",
        [("11.8%", 2024, PLAN), ("11.8%", 2024, PLAN), ("92.1%", 2023, DONE)],
    ),
    # an agenda with 로 before a list whose verb sets goals (`주요 과제로 ▲… 제시했다`), and a
    # strategy as the list's topic (`핵심 전략으로는 ▲… 내세웠다`): the items are goals
    (
        "2026-01-20",
        "한빛시 일자리 계획",
        "시는 주요 과제로 ▲청년 일자리 1,500개 ▲신규 창업 120건을 제시했다. 핵심 전략으로는 "
        "▲기업 60곳 유치 ▲노인 일자리 1만4천개 등을 내세웠다.",
        [
            ("1,500개", 2026, PLAN),
            ("120건", 2026, PLAN),
            ("60곳", 2026, PLAN),
            ("1만4천개", 2026, PLAN),
        ],
    ),
    # a budget's total size (`예산 총규모는`) and its revenue side (`세입은`) go on with it
    (
        "2020-09-01",
        "한빛시 2회 추경",
        "시는 제2회 추경안을 편성했다. 추경 후 예산 총규모는 1조3,212억원으로 본예산 "
        "1조2,130억원보다 8.9% 늘었다. 세입은 지방세 1,120억원, 지방교부세 5,670억원 등으로 "
        "구성됐다.",
        [("1조3,212억원", 2020, PLAN), ("8.9%", 2020, PLAN), ("1,120억원", 2020, PLAN)],
    ),
    # a budget's share told by a copula or as the topic's 비중 is planned (not one of what was
    # spent); a detailed plan as a list's topic; a line that hands over to a list of programs
    # in its last sentence, whatever results a sentence before it named
    (
        "2018-01-25",
        "한빛시 일자리 계획",
        "올해 일자리 예산은 451억원으로 본예산 1조2,046억원의 3.7%다. 일자리 예산 비중은 "
        "4.7%로 높아졌다. 상반기에 집행한 예산은 200억원으로 연간 예산 451억원의 "
        "44.3%다. 올해 세부계획은 유형별로 ▲직접일자리 3,850개 ▲고용서비스 2,100개다.\n"
        "청년 일자리 목표는 지난해 실적 1,758개보다 높였다. 주요 청년 사업은 다음과 같다.\n"
        "○ 청년 창업 인큐베이팅: 창업팀 25팀 선발",
        [
            ("3.7%", 2018, PLAN),
            ("4.7%", 2018, PLAN),
            ("44.3%", 2018, DONE),
            ("3,850개", 2018, PLAN),
            ("25팀", 2018, PLAN),
        ],
    ),
    # the settled surplus a part is taken from after its comma (`…으로, 이 가운데`) is what the
    # accounts came to; what a 것 says was allocated (`추경에 반영된 건 1,650억원`) and counts
    # put in a budget (`… 2,500명 등이 새로 반영됐다`) are planned
    (
        "2017-08-20",
        "한빛시 2회 추경",
        "2016회계연도 순세계잉여금은 1,910억원으로, 이 가운데 이번 추경에 반영된 건 1,200억원에 "
        "그쳤다. 일자리 분야에서는 청년 희망일자리 2,500명, 고용유지 지원 1,800곳 등이 새로 "
        "반영됐다.",
        [("1,910억원", 2016, DONE), ("1,200억원", 2017, PLAN), ("2,500명", 2017, PLAN)],
    ),
    # goals joined to the topic by 와 (`유형별 목표와 예산은 ▲…`) make a list's counts goals; a
    # budget that is only the base of a rate is no budget the next sentence goes on about
    (
        "2023-02-15",
        "한빛시 일자리 목표 공시",
        "유형별 목표와 예산은 ▲직접일자리 2,150개(284억원) ▲고용서비스 1,620개(18억원)다.",
        [("2,150개", 2023, PLAN), ("1,620개", 2023, PLAN)],
    ),
    (
        "2022-06-28",
        "한빛시 결산 승인",
        "2021회계연도 결산 결과 세입은 1조1,356억원으로 집계됐다. 예산현액 1조812억원 대비 "
        "집행률은 91.3%였다. "
        "잉여금 1,482억원 가운데 이월금 621억원과 반환금 48억원을 빼면 순세계잉여금은 "
        "813억원이다.",
        [("1,482억원", 2021, DONE), ("621억원", 2021, DONE), ("48억원", 2021, DONE)],
    ),
    # amounts marked as items of a sentence that decides nothing, after a planned budget of the
    # same year, are its items (`분야별로는 …에 무게가 실렸다. ○… 22억원 ○… 등이다`)
    (
        "2020-06-23",
        "한빛군 2회 추경",
        "군은 532억원 규모의 제2회 추가경정예산안을 편성했다. 분야별로는 민생경제 회복에 무게가 "
        "실렸다. ○긴급재난지원금 군 부담분 22억원 ○소상공인 경영안정지원금 15억원 등이다. "
        "지난해에는 ▲도로 정비 30억원 등을 집행했다.",
        [("22억원", 2020, PLAN), ("15억원", 2020, PLAN), ("30억원", 2019, DONE)],
    ),
    # what was done since taking office, told in the past right after 취임 이후, is of the term
    (
        "2024-03-10",
        "한빛시장 인터뷰",
        "“취임 이후 47개 기업과 투자협약을 맺었습니다. 취임 이후 3곳을 더 찾겠습니다.”",
        [("47개", None, DONE), ("3곳", 2024, PLAN)],
    ),
    # the end of a term of office is the term's last year: the one named, else the one running
    (
        "2023-03-15",
        "한빛시 일자리 목표 공시",
        "시는 민선8기 임기 말 고용률을 65%까지 끌어올리겠다고 밝혔다. 시장은 임기 말까지 기업 "
        "20곳을 유치하겠다고 했다. 지난해 고용률은 63.2%였다.",
        [("65%", 2026, PLAN), ("20곳", 2026, PLAN), ("63.2%", 2022, DONE)],
    ),
    # goals listed right after a sentence whose last figure is planned over a term are its parts
    (
        "2022-11-22",
        "한빛시 민선8기 일자리 계획",
        "시는 임기 4년간 일자리 5만개를 만든다. 연차별 목표는 2023년 1만2,300개, 2026년 "
        "1만2,700개다. 4년간 투입 예산은 4,350억원 규모다. 핵심 "
        "전략별로는 ▲해상풍력 배후단지 조성 3,000개 ▲원도심 도시재생 1,200개 등의 일자리를 "
        "만든다는 계획이다.",
        [("3,000개", None, PLAN), ("1,200개", None, PLAN)],
    ),
    # a pledge noun right after the figure names it the pledge, whatever the verb tells of it
    (
        "2025-06-20",
        "한빛도 일자리 성적표",
        "임기 내 기업 투자유치 20조원 공약은 이미 넘어섰다. 반면 청년 일자리 5만개 공약은 "
        "지난달까지 3만8,600개에 그쳤다.",
        [("20조원", None, PLAN)],
    ),
    # the year of a record a figure passes (`2022년의 1조307억원을 넘어 역대 최대다`) is that
    # amount's, no time the next sentences go on in
    (
        "2026-03-17",
        "한빛시 1회 추경",
        "시는 올해 첫 추경안을 1조1,540억원 규모로 편성했다. 1회 추경 규모로는 2022년의 "
        "1조307억원을 넘어 역대 최대다. 재원은 ▲순세계잉여금 4,210억원 ▲지방채 2,000억원으로 "
        "구성됐다.",
        [("1조307억원", 2022, PLAN), ("4,210억원", 2026, PLAN), ("2,000억원", 2026, PLAN)],
    ),
    # a line that decides nothing, right under a heading of goals (`○분야별 목표`), is of goals of
    # the year ahead of a heading of last year's results; a sub-headline that is a sentence cut
    # short (`◇일자리 목표는 넘었지만…`) heads no goals
    (
        "2020-01-21",
        "한빛도 일자리 대책",
        "도는 올해 일자리 8만2천개 창출을 목표로 제시했다.\n○지난해 실적\n도는 지난해 "
        "7만9,120개를 만들었다.\n○분야별 목표\n기업 유치·지원 2만4,500개, 청년 일자리 "
        "1만1,200개다.\n◇일자리 목표는 넘었지만…공공 비중 높아\n올해 공공일자리가 1만2,900개로 "
        "전체의 60.3%를 차지했다.",
        [
            ("2만4,500개", 2020, PLAN),
            ("1만1,200개", 2020, PLAN),
            ("1만2,900개", 2020, DONE),
        ],
    ),
    # the goal a list of goals breaks down is the latest one the article set, however far back
    # (`분야별 목표는 ▲…` four sentences after this year's goal, with last year's goal between)
    (
        "2026-02-09",
        "한빛구 일자리 목표",
        "구는 올해 일자리 2만6천개 창출을 목표로 정했다. 지난해에는 목표 2만5천개보다 418개 "
        "많은 2만5,418개의 일자리를 만들었다. 고용률은 63.4%로 가장 높았다. 올해 일자리 예산은 "
        "1,036억원으로 전년보다 5.2% 늘었다. 분야별 목표는 ▲직접일자리 7,850개 ▲직업훈련 "
        "3,400명 등이다.",
        [("7,850개", 2026, PLAN), ("3,400명", 2026, PLAN)],
    ),
    # a tally of pledges on a day: the term's pledges are planned for the whole term, what is
    # done or under way of them and the rate kept are results counted over the term so far, of
    # no one year (round 19; round 18 gave them the day's year), however the day is named
    # (`49개는 정상 추진 중이며` is under way, no whole); after `이 중` under the pledges the
    # sentence before counted; a budget's part is no tally
    (
        "2024-07-02",
        "한빛시 민선 8기 공약 점검",
        "한빛시는 민선 8기 공약 이행 상황을 점검한 결과 지난달 말 기준 이행률이 41.2%로 "
        "집계됐다고 밝혔다. 공약 88건 가운데 완료 17건, 정상 추진 65건, 부진 6건이다. 공약 "
        "118개 가운데 63개를 완료했고 49개는 정상 추진 중이다. 군의 민선8기 공약은 5대 분야 "
        "54개 사업이다. 이 중 완료 사업은 12개, 정상 추진 40개다. 시는 내년 본예산 7조 "
        "3,000억원 가운데 1조 2,300억원을 공약사업에 배정했다.",
        [
            ("41.2%", None, DONE),
            ("88건", None, PLAN),
            ("17건", None, DONE),
            ("65건", None, DONE),
            ("118개", None, PLAN),
            ("63개", None, DONE),
            ("49개", None, DONE),
            ("54개", None, PLAN),
            ("12개", None, DONE),
            ("40개", None, DONE),
            ("7조 3,000억원", 2025, PLAN),
            ("1조 2,300억원", 2025, PLAN),
        ],
    ),
    # a ranking of places by the budget told before goes on about that budget: its topics are
    # the places ranked, no new topic (`… 순으로 규모가 컸다`, `가장 적은 곳은 …`, `뒤를 이었다`)
    (
        "2018-12-20",
        "한빛도 시군 내년 예산",
        "한빛도 18개 시군의 내년도 본예산 총규모는 21조원으로 편성됐다. 시 지역에서는 "
        "가람시가 2조3,100억원으로 가장 많았다. 이어 나래시가 1조5,320억원, 다솜시 "
        "1조3,980억원 순으로 규모가 컸다. 군 지역에서는 바름군이 5,420억원으로 가장 많았고, "
        "사랑군은 3,910억원으로 가장 적었다. 가장 적은 곳은 아름군으로 3,100억원이었다.",
        [
            ("1조5,320억원", 2019, PLAN),
            ("1조3,980억원", 2019, PLAN),
            ("5,420억원", 2019, PLAN),
            ("3,910억원", 2019, PLAN),
            ("3,100억원", 2019, PLAN),
        ],
    ),
    # what a budget named before the figure includes (`포함됐다`), or the budget the sentence
    # before planned, is planned as the budget is
    (
        "2024-11-12",
        "한빛구 내년 예산",
        "구는 2025년도 본예산안을 8,734억원 규모로 편성했다. 일자리 분야 예산은 186억원으로, "
        "노인 일자리 3,920개와 청년 일자리 사업 12개가 포함됐다. 신규 사업은 모두 87개 사업, "
        "1,120억원이 포함됐다.",
        [
            ("3,920개", 2025, PLAN),
            ("12개", 2025, PLAN),
            ("87개", 2025, PLAN),
            ("1,120억원", 2025, PLAN),
        ],
    ),
    # since a term began (`민선 6기 들어`), and a running total taken from a term's goal written
    # apart (`민선 7기 일자리 목표 18만개 가운데 지난해 말까지`): over the term, no one year
    (
        "2021-01-20",
        "한빛시 일자리 성과",
        "민선 6기 들어 지난해까지 만든 일자리는 모두 16만5천여개에 이른다. 시는 민선 7기 "
        "일자리 목표 18만개 가운데 지난해 말까지 11만4천여개를 만들었다.",
        [("16만5천여개", None, DONE), ("18만개", None, PLAN), ("11만4천여개", None, DONE)],
    ),
    # national or provincial funds secured (`도비 2억원을 확보했다`) are money put in a budget;
    # funds won in a competitive call (`공모에 선정돼 국비 9억6천만원을 확보했다`) are what the
    # place achieved, a result of the year won (round 19; round 18 read them planned)
    (
        "2025-03-18",
        "한빛군 지역혁신 프로젝트",
        "군은 고용노동부의 '2025년 지역혁신 프로젝트' 공모에 선정돼 국비 9억6천만원을 "
        "확보했다고 밝혔다. 지난해에는 도비 2억원을 확보했다.",
        [("9억6천만원", 2025, DONE), ("2억원", 2024, PLAN)],
    ),
    # a settlement: a clause whose own verb records what the accounts came to is no part of the
    # budget an earlier clause named; a sentence working out the surplus (`…을 빼면
    # 순세계잉여금은 …이다`) is of the accounts throughout; the surplus put into a supplementary
    # budget with no year named is of the year the supplementary budget amends (publication's)
    (
        "2023-06-22",
        "한빛시 2022년 결산",
        "시의회는 22일 2022회계연도 결산 승인안을 의결했다. 결산 결과 시의 지난해 최종 "
        "예산현액은 3조 4,122억원이며, 세입 3조 5,012억원, 세출 3조 1,448억원을 기록했다. "
        "세계잉여금 3,564억원에서 이월액 2,318억원과 보조금 반환금 74억원을 빼면 "
        "순세계잉여금은 1,172억원이다. 시는 순세계잉여금 가운데 820억원을 제2회 추경 재원으로 "
        "반영했다.",
        [
            ("3조 4,122억원", 2022, PLAN),
            ("3조 5,012억원", 2022, DONE),
            ("3조 1,448억원", 2022, DONE),
            ("3,564억원", 2022, DONE),
            ("74억원", 2022, DONE),
            ("820억원", 2023, PLAN),
        ],
    ),
    # what an award gave (the prize, the places chosen) is a result of the day it is given,
    # whatever the tense and the year in the evaluation's quoted name or a line before; an
    # award still to be given, or a prize word naming a program, is not
    (
        "2026-01-15",
        "한빛구, 일자리 공시제 평가 '대상'",
        "- 지난해 일자리 1만2,400개 창출\n구는 고용노동부의 '2025년 지역 일자리 목표 공시제 "
        "평가'에서 대상을 받아 인센티브 2억원을 확보했다고 밝혔다. 도는 '2025년 시군 일자리 "
        "창출 평가' 결과 6곳을 우수 시군으로 선정했다. 군은 도 평가에서 최우수 군으로 선정돼 "
        "시상금 5천만원을 받는다. 협회는 추후 시상식을 열고 대상 3명에게 상금 100만원을 수여할 "
        "예정이다. 구는 관광 인센티브(7억원)을 반영했다.",
        [
            ("2억원", 2026, DONE),
            ("6곳", 2026, DONE),
            ("5천만원", 2026, DONE),
            ("100만원", 2026, PLAN),
            ("7억원", 2026, PLAN),
        ],
    ),
    # national funds (국비) are a budget: the year's funds a new year's are compared with, the
    # change, a table's row of them, the funds a part was spent of
    (
        "2019-12-11",
        "한빛도 내년 국비 확보",
        "도는 내년 국비 3조1,843억원을 확보했다고 밝혔다. 올해 국비 3조105억원에 비해서는 "
        "1,738억원(5.8%) 늘었다. 도는 지난해 국비 2조7,412억원 가운데 2조6,100억원을 "
        "집행했다.\n(단위: 억원)\n구분 | 2017년 | 2018년\n국비 | 25,880 | 27,400",
        [
            ("3조105억원", 2019, PLAN),
            ("1,738억원", 2020, PLAN),
            ("5.8%", 2020, PLAN),
            ("2조7,412억원", 2018, PLAN),
            ("2조6,100억원", 2018, DONE),
            ("25,880", 2017, PLAN),
            ("27,400", 2018, PLAN),
        ],
    ),
    # the time of an earlier year's event as a topic (`2024년도 예산 심의 때는 …`), told in the
    # past after sentences of a later year, looks back in passing: the next sentences go on in
    # the article's year
    (
        "2024-12-11",
        "한빛도, 2025년 국비 확보",
        "도는 2025년도 정부예산에 국비 9조 1,595억원이 반영됐다고 밝혔다. 2024년도 예산 심의 "
        "때는 국회에서 1,467억원이 증액됐지만, 이번에는 증액 심사가 이뤄지지 않았다. 새만금 "
        "관련 예산은 8,725억원으로 올해 6,626억원보다 31.7% 증가했다.",
        [("1,467억원", 2024, PLAN), ("8,725억원", 2025, PLAN), ("31.7%", 2025, PLAN)],
    ),
    # the day's agreements added up (`3개 기업과 총 1,250억원 규모의 투자협약`) and an amount a
    # present adnominal of investing heads into an agreement (`…을 투자하는 내용의 업무협약`)
    # are what the firms are to invest, planned; an amount ending a sentence on it is no error
    (
        "2019-11-28",
        "한빛군 투자협약",
        "군은 28일 3개 기업과 총 1,250억원 규모의 투자협약을 체결했다. 도는 기업 5곳과 총 "
        "1조 2,000억원을 투자하는 내용의 업무협약(MOU)을 맺었다. 군은 올해 들어 모두 27개 "
        "기업과 8,460억원의 투자협약을 맺었다. 기업은 300억원을 투자하는",
        [
            ("1,250억원", 2019, PLAN),
            ("1조 2,000억원", 2019, PLAN),
            ("8,460억원", 2019, DONE),
        ],
    ),
    # an answer goes on in the year its question names, not in an earlier answer's (`Q.` on a
    # line of its own); a pledge noun right after an opening quote is still the pledges
    (
        "2025-07-01",
        "[민선8기 3년] 한빛군수 인터뷰",
        'Q. 지난 3년을 돌아보면.\nA. "인구 감소 폭도 2021년 912명에서 지난해 310명으로 '
        '줄었습니다."\nQ. 공약 이행률은.\nA. "공약 71개 가운데 46개를 완료했고 이행률은 '
        '83.7%입니다."\nQ. 지난해 살림은 어땠나.\nA. "세입은 6,874억원이었습니다."',
        [
            ("71개", None, PLAN),
            ("46개", None, DONE),
            ("83.7%", None, DONE),
            ("6,874억원", 2024, DONE),
        ],
    ),
    # a table's row of rates of change measures the row above it: planned under a row of
    # budgets (`본예산`, `예산액`)
    (
        "2019-11-20",
        "한빛군 내년 예산안",
        "군은 내년도 예산안을 4,987억원으로 편성했다.\n(단위: 억원)\n구분 | 2017년 | 2018년 | "
        "2019년 | 2020년(안)\n예산액 | 3,905 | 4,214 | 4,562 | 4,987\n증감률 | 4.2% | 7.9% | "
        "8.3% | 9.3%",
        [("3,905", 2017, PLAN), ("4.2%", 2017, PLAN), ("7.9%", 2018, PLAN), ("8.3%", 2019, PLAN)],
    ),
    # a place as topic, the amount its budget grew to or from and the rate after it (`함양군은
    # 6,311억원으로 6.6% 늘었으며`): that place's budget, told as the one before was planned
    (
        "2025-11-26",
        "경남 서부 군 내년 예산",
        "이들 군의 내년 예산안 합계는 2조3,970억원으로 올해보다 6.4% 늘었다. 함양군은 "
        "6,311억원으로 6.6% 늘었으며 관광 사업에 95억원을 배정했다. 완도군은 올해 본예산 "
        "6,371억원보다 9.1% 늘려 증가 폭이 가장 컸다. 진도군은 올해 5,102억원에서 7.5%, "
        "강진군은 4,804억원에서 6.7% 증가했다.",
        [
            ("6,311억원", 2026, PLAN),
            ("6.6%", 2026, PLAN),
            ("5,102억원", 2025, PLAN),
            ("4,804억원", 2025, PLAN),
        ],
    ),
    # a base's figures listed before a comparing verb (`올해 본예산 21개 사업, 49억원과
    # 비교하면`) keep their year; the year names no time the changes and the list after go on in
    (
        "2018-11-20",
        "한빛시, 내년 청년정책 27개 사업에 67억원 편성",
        "시는 내년도 본예산안에 청년정책 27개 사업, 67억원을 편성했다. 올해 본예산 21개 사업, "
        "49억원과 비교하면 사업은 6개, 예산은 36.7% 늘었다. 주요 사업은 다음과 같다.\n○ 청년 "
        "월세 지원 14억원(700명)",
        [
            ("21개", 2018, PLAN),
            ("49억원", 2018, PLAN),
            ("36.7%", 2019, PLAN),
            ("14억원", 2019, PLAN),
            ("700명", 2019, PLAN),
        ],
    ),
    # what a budget named as where it goes is given to hold (`추경에 … 담았다`) is allocated (not
    # money given `마음을 담아`); put into this year's supplementary budget, of the year it
    # amends, not a year the sentence before named
    (
        "2026-02-24",
        "한빛시, 올해 첫 추경 2,140억원",
        "지사장이 고향사랑기부금 100만원을 응원의 마음을 담아 기탁했다. "
        "시는 2,140억원 규모의 2026년도 제1회 추가경정예산안을 편성했다. 순세계잉여금은 지난해 "
        "결산 전 추정치로, 2024회계연도 결산 순세계잉여금 1,386억원보다 적은 규모다. 시는 이번 "
        "추경에 ▲도로·교통 인프라 612억원 ▲일자리 지원 384억원 등 모두 156개 사업을 담았다.",
        [
            ("100만원", 2026, DONE),
            ("612억원", 2026, PLAN),
            ("384억원", 2026, PLAN),
            ("156개", 2026, PLAN),
        ],
    ),
    # a relative year with 까지 ends the span a term opened (`민선 8기 들어 지난해까지 만든
    # 일자리는`), no year of the figure's own; alone it is the figure's year
    (
        "2025-03-01",
        "한빛시 일자리",
        "민선 8기 들어 지난해까지 만든 일자리는 3만9천여개에 이른다. 지난해까지 만든 청년 "
        "일자리는 9천개에 이른다.",
        [("3만9천여개", None, DONE), ("9천개", 2024, DONE)],
    ),
    # a ranking right after a sentence whose amounts and rates were all planned ranks those
    # budgets (amounts, growth rates, shares), its later items as its first; a record of a
    # level (`고용률은 45.6%로 … 가장 높았다`) is no ranking of budgets
    (
        "2018-12-18",
        "한빛도 주요 시 내년 예산 비교",
        "가람시는 내년 본예산을 3조2,108억원으로 편성했다. 이는 올해 본예산 2조9,870억원보다 "
        "7.5% 늘어난 것이다. 나래시는 1조6,420억원으로 뒤를 이었고, 다솜시 1조3,115억원 "
        "순이었다. 증가율로 보면 다솜시가 전년 대비 11.4% 늘어 가장 높았고 나래시 9.1% "
        "순이었다. 지난해 청년 고용률은 45.6%로 통계 작성 이후 가장 높았다.",
        [
            ("1조6,420억원", 2019, PLAN),
            ("1조3,115억원", 2019, PLAN),
            ("11.4%", 2019, PLAN),
            ("9.1%", 2019, PLAN),
            ("45.6%", 2017, DONE),
        ],
    ),
    # a term's first thing (`민선 7기 첫 추가경정예산`) is of its year, no span; what funds the
    # budget told before (`재원은 2024회계연도 … 추계한 순세계잉여금 1,420억원과 …`) is of that
    # budget's year, not the settled year an item names
    (
        "2025-03-12",
        "한빛시 조기 추경",
        "시는 민선 8기 첫 조기 추가경정예산으로 3,105억원 규모의 2025년 제1회 추경안을 "
        "편성했다. 이번 추경으로 시 예산 규모는 기정예산 6,540억원에서 7,152억원으로 늘어난다. "
        "재원은 2024회계연도 출납 폐쇄 결과를 토대로 추계한 순세계잉여금 1,420억원과 지방교부세 "
        "정산분 905억원이다.",
        [
            ("6,540억원", 2025, PLAN),
            ("7,152억원", 2025, PLAN),
            ("1,420억원", 2025, PLAN),
            ("905억원", 2025, PLAN),
        ],
    ),
    # a heading that names only a year and goals (`□ 2024년 목표`) heads the goals listed under
    # it, after a heading of last year's results
    (
        "2024-01-09",
        "한빛도 신년 기자회견",
        "도지사는 9일 신년 기자회견을 열고 올해 도정 목표를 발표했다.\n□ 지난해 주요 성과\n○ "
        "고용률 64.8%로 역대 최고 기록\n□ 2024년 목표\n○ 일자리 9만5천개(직접 일자리 3만1,200개 "
        "포함)\n○ 고용률 65.5% 달성",
        [
            ("64.8%", 2023, DONE),
            ("9만5천개", 2024, PLAN),
            ("3만1,200개", 2024, PLAN),
            ("65.5%", 2024, PLAN),
        ],
    ),
    # what a promise heads, a noun or two between (`약속한 신규 고용 인원은`, `약속받은 신규
    # 고용은`), was promised: planned; a promise made is no deed done
    (
        "2024-05-01",
        "한빛시 투자협약",
        "시는 기업 5곳과 투자협약을 맺었다. 협약 기업들이 약속한 신규 고용 인원은 2,140명이다. "
        "시가 약속받은 신규 고용은 모두 7,120명이었지만, 실제 채용된 인원은 2,860명에 그쳤다.",
        [("2,140명", 2024, PLAN), ("7,120명", 2024, PLAN), ("2,860명", 2024, DONE)],
    ),
    # a table's column of what was promised (`약속 투자액`, `약속 고용`) is planned; its column
    # of what came of it (`실제 투자`) is not
    (
        "2021-03-10",
        "한빛시 투자협약 점검",
        "시가 3년간 맺은 투자협약을 점검했다.\n구분 | 협약 기업 | 약속 투자액 | 약속 고용 | 실제 "
        "투자\n2018년 | 21곳 | 9,800억원 | 2,350명 | 4,870억원",
        [("9,800억원", 2018, PLAN), ("2,350명", 2018, PLAN), ("4,870억원", 2018, DONE)],
    ),
    # a budget's share is planned as the budget is: told right after the planned amount with 로
    # (`…예산이 5,004억원으로 67.5%에 달했다`), or a table of budget shares by year
    (
        "2025-12-20",
        "한빛도 새해 예산 확정",
        "도는 내년 본예산을 8조8,152억원으로 확정했다. 이 가운데 사회복지 예산이 "
        "3조4,100억원으로 38.7%에 달했다.\n<사회복지 예산 비중 추이> (단위: %)\n구분 | 2023년 | "
        "2024년\n한빛 | 31.2 | 32.5",
        [("38.7%", 2026, PLAN), ("31.2", 2023, PLAN), ("32.5", 2024, PLAN)],
    ),
    # a running total since a term began up to last month (`출범 이후 지난달까지`) is over the
    # term; last month alone dates a count of its year
    (
        "2024-07-01",
        "한빛시장 인터뷰",
        '"민선 8기 출범 이후 지난달까지 일자리 2만1,060개를 만들었다." 시는 지난달까지 청년 '
        "일자리 1,200개를 만들었다.",
        [("2만1,060개", None, DONE), ("1,200개", 2024, DONE)],
    ),
    # a table's columns headed by relative years (`분야 | 올해 | 내년 | 증감률`) are of the years
    # they name, counted from the publication
    (
        "2025-12-15",
        "한빛시장 인터뷰",
        "내년 본예산은 3조 4,280억원으로 올해보다 7.3% 늘었다.\n□ 주요 분야 본예산 (단위: "
        "억원)\n분야 | 올해 | 내년 | 증감률\n일자리·경제 | 1,124 | 1,318 | 17.3%",
        [("1,124", 2025, PLAN), ("1,318", 2026, PLAN)],
    ),
    # national funds secured in a year gone by, no other budget named, were won then: a result,
    # and so are funds secured this year or for next year (round 20)
    (
        "2019-01-15",
        "한빛군 신년 인터뷰",
        "군은 지난해 군정 사상 최대인 국비 1,870억원을 확보했고, 올해는 국비 2,000억원을 확보했다.",
        [("1,870억원", 2018, DONE), ("2,000억원", 2019, DONE)],
    ),
    # a budget's share of the whole budget, told after its amount with the whole between, is
    # planned as the amount is
    (
        "2015-01-07",
        "한빛시 예산",
        "한빛시의 올해 예산은 8,214억원이다. 일자리 관련 예산은 412억원으로 전체 예산의 5.0%를 "
        "차지한다. 복지 예산은 1,052억원으로 전체의 12.8%를 차지한다.",
        [("5.0%", 2015, PLAN), ("12.8%", 2015, PLAN)],
    ),
    # a goal rate (`목표율`) is a goal as `목표치` is, whatever the result beside it did
    (
        "2019-07-08",
        "한빛시 신속집행",
        "한빛시의 상반기 신속집행률은 63.2%로 집계됐다. 이는 정부 목표율 58%를 5.2%포인트 "
        "웃돈 것이다. 한빛시는 하반기 목표율을 당초 90%에서 92%로 올렸다.",
        [("63.2%", 2019, DONE), ("58%", 2019, PLAN), ("90%", 2019, PLAN), ("92%", 2019, PLAN)],
    ),
    # a tally of pledges done in one year its clause names is that year's; one up to a day
    # (`지난해 말까지`, `2월 말 현재`) is over the term so far; a rate of pledges kept that is
    # aimed at (`97%를 달성하는 것을 목표로`) is a goal of the term's last year
    (
        "2020-01-15",
        "한빛시장 신년 회견",
        "시장은 지난해에만 공약 12건을 완료했다고 말했다. 공약 54건 가운데 지난해 말까지 30건을 "
        "완료했다. 2월 말 현재 완료 공약은 31건이다. 시는 임기 말까지 이행률 97%를 달성하는 "
        "것을 목표로 하고 있다.",
        [("12건", 2019, DONE), ("30건", None, DONE), ("31건", None, DONE), ("97%", 2022, PLAN)],
    ),
    # a total up to a year gone by with `누적` before it is over the years up to then; a span
    # opened by a half year (`2022년 하반기부터 올해 5월까지`); `이 기간` after a span is of it,
    # not of the year the span ends in
    (
        "2023-05-31",
        "한빛시 결산",
        "2018년부터 재건에 쓰인 특별재생사업비는 지난해까지 누적 2,257억원에 이른다. 시는 "
        "2019년부터 지난해까지 출산장려금으로 412억원을 지원했고, 이 기간 전입 지원을 받은 "
        "청년은 3,184명이다. 2022년 하반기부터 올해 5월까지 만들어진 일자리는 누적 8만7천여개다. "
        "올해 누적 방문객은 30만명이다.",
        [
            ("2,257억원", None, DONE),
            ("412억원", None, DONE),
            ("3,184명", None, DONE),
            ("8만7천여개", None, DONE),
            ("30만명", 2023, DONE),
        ],
    ),
    # a settled amount's noun heads it even where Kiwi reads the noun apart (`확인된 이월액` as
    # 이/MM + 월 + 액); a settled amount recorded with 로 stays settled whatever the sentence
    # then plans
    (
        "2025-07-10",
        "한빛시 결산",
        "지난해 결산에서 확인된 이월액 2,846억원과 불용액 531억원도 과제로 꼽힌다. 지난해 "
        "불용액이 587억원으로 잠정 집계됨에 따라 올해는 불용액을 450억원 이하로 낮추기로 했다.",
        [
            ("2,846억원", 2024, DONE),
            ("531억원", 2024, DONE),
            ("587억원", 2024, DONE),
            ("450억원", 2025, PLAN),
        ],
    ),
    # a year said in someone's words (`"지난해 … 평가에서 최우수상을 받아 …"고 말했다`) dates the
    # award, as no evaluation's quoted name does; an amount a budget was submitted at is planned
    (
        "2022-01-25",
        "한빛시 일자리",
        "시는 당초 11조2,520억원을 제출했으나 시의회 심사 과정에서 50억원이 삭감됐다. 시 "
        '관계자는 "지난해 일자리 대책 평가에서 최우수상을 받아 국비 인센티브 2억원을 '
        '확보했다"고 말했다.',
        [("11조2,520억원", 2022, PLAN), ("50억원", 2022, PLAN), ("2억원", 2021, DONE)],
    ),
    # under a headline of a plan over a span of years, a sentence naming only the span
    # (`2019~2023`) or planning over one (`5년간`) goes on in it: a plan told next has no one
    # year of it
    (
        "2018-12-18",
        "한빛시 2019~2023 중기지방재정계획…5년간 8조원",
        "첫해인 내년 예산은 1조 5,420억원이다. 분야별로는 사회복지에 5년간 2조 4,100억원, "
        "교통·물류에 9,870억원을 배분했다. 관광 인프라 등 신규 투자사업에는 4,620억원이 "
        "반영됐다. 시는 2019~2023 중기지방재정계획을 확정했다. 분야별로는 사회복지 "
        "6조 1,300억원이 배정됐다.",
        [
            ("1조 5,420억원", 2019, PLAN),
            ("2조 4,100억원", None, PLAN),
            ("9,870억원", None, PLAN),
            ("4,620억원", None, PLAN),
            ("6조 1,300억원", None, PLAN),
        ],
    ),
    # funds won in calls this year or in a year gone by are results of the year won, also told
    # as what was secured (`공모사업으로 확보한 국비는`), and so are funds reflected in the
    # government's budget (round 20)
    (
        "2021-06-14",
        "한빛시 공모사업",
        "한빛시는 올해 상반기 정부 공모사업 27건에 선정돼 국비 318억원을 확보했다고 밝혔다. "
        "지난해 공모사업으로 확보한 국비는 274억원이었다. 시는 내년 정부예산안에 국비 "
        "2,631억원을 반영했다.",
        [("318억원", 2021, DONE), ("274억원", 2020, DONE), ("2,631억원", 2022, DONE)],
    ),
    # what a project costs in all (`총사업비`), to a deadline or not, is over its years, and so
    # are the funds' shares of it, in a parenthesis, after `가운데` or in the next sentence's
    # sources (`재원은 국비 …`); a year of its own before it keeps that year
    (
        "2022-10-18",
        "한빛시 공모 선정",
        "한빛시는 2026년까지 총사업비 190억원(국비 100억원, 시비 90억원)을 들여 거점을 "
        "조성한다. 재원은 국비 95억원, 도비 28억5천만원, 시비 66억5천만원이다. 청년창업 "
        "지원사업은 2025년까지 총사업비 60억원 가운데 국비 30억원으로 추진된다. 시는 올해 "
        "총사업비 3억원을 투입해 파쇄를 지원한다.",
        [
            ("190억원", None, PLAN),
            ("100억원", None, PLAN),
            ("90억원", None, PLAN),
            ("95억원", None, PLAN),
            ("28억5천만원", None, PLAN),
            ("66억5천만원", None, PLAN),
            ("60억원", None, PLAN),
            ("30억원", None, PLAN),
            ("3억원", 2022, PLAN),
        ],
    ),
    # a budget told as what was spent (`집행한 일자리 예산은 11월 말 기준 …`) is spent money, a
    # result; `전년` with no year before it in its sentence is the year before the one the
    # article goes on in; a span of years named alone frames no level a report then gives
    (
        "2025-02-19",
        "한빛도 고용률 역대 최고",
        "지난해 하반기 한빛도 고용률은 65.2%로 집계됐다. 전년 같은 기간(64.6%)보다 0.6%p "
        "높다. 도가 집행한 일자리 예산은 11월 말 기준 1,085억원이었다. 2023~2024년 순유출 "
        "인구는 9,321명이다. 상용근로자 비중은 64.8%다.",
        [
            ("65.2%", 2024, DONE),
            ("64.6%", 2023, DONE),
            ("1,085억원", 2024, DONE),
            ("64.8%", 2024, DONE),
        ],
    ),
    # a program's total for the year keeps it; a term's pledges' total cost is over the term
    (
        "2025-03-10",
        "한빛군 영농부산물 파쇄",
        "군은 총사업비 1억 원을 투입해 영농부산물 수거·파쇄 지원에 나선다. 군은 민선 8기 "
        "공약사업 95건을 확정하고 총사업비 6조8,420억원을 투입한다.",
        [("1억 원", 2025, PLAN), ("6조8,420억원", None, PLAN)],
    ),
    # a budget put in or secured over a span gone by, told as a topic (`2년간 공약사업에 투입된
    # 사업비는`, `지난 1년간 확보한 재원은`), is what was spent or won, a result
    (
        "2024-07-01",
        "한빛시 민선 8기 2년",
        "2년간 공약사업에 투입된 사업비는 5,184억원이며, 올해 예산에는 3,260억원이 반영됐다. "
        "지난 1년간 확보한 재원은 7,241억원으로 전체의 12.7% 수준이다.",
        [("5,184억원", None, DONE), ("3,260억원", 2024, PLAN), ("7,241억원", 2024, DONE)],
    ),
    # what came in or was settled, measured against the budget, differs from it by a settled
    # amount, not an allocated one (a budget against a budget still is)
    (
        "2025-06-12",
        "한빛시 2024회계연도 결산",
        "세입 결산액은 1조9,870억원으로 최종예산 1조8,950억원보다 920억원 많았다. 세입은 당초 "
        "예산 1조 3,960억원보다 2,885억원 많았다. 내년 예산은 올해 본예산 2조 1,065억원보다 "
        "1,069억원 늘었다.",
        [("920억원", 2024, DONE), ("2,885억원", 2024, DONE), ("1,069억원", 2026, PLAN)],
    ),
    # a part of the goal told before it in the sentence (`목표는 일자리 9,500개로, 이 중 …`),
    # deciding nothing itself, is a part of that goal (a part done, `… 63개를 완료했다`, is not)
    (
        "2016-01-20",
        "한빛시 일자리",
        "올해 목표는 일자리 9,500개로, 이 중 청년 일자리는 3,200개다.",
        [("9,500개", 2016, PLAN), ("3,200개", 2016, PLAN)],
    ),
    # what a council cut (`잘렸다`) from what was requested (`요구액`) is a budget's, planned
    (
        "2016-09-23",
        "한빛시의회, 2회 추경 37억원 삭감",
        "삭감 규모가 가장 큰 항목은 시청사 신축 설계비로, 요구액 15억원 가운데 10억원이 잘렸다.",
        [("15억원", 2016, PLAN), ("10억원", 2016, PLAN)],
    ),
    # what a budget told before holds (`주요 사업으로는 … 등이 담겼다`), after an aside of last
    # year's accounts, is that budget's, planned
    (
        "2026-02-24",
        "한빛시, 올해 첫 추경 874억원 편성",
        "한빛시는 874억원 규모의 2026년도 제1회 추가경정예산안을 편성했다. 2025회계연도 "
        "순세계잉여금은 약 450억원에 그쳤다. 주요 사업으로는 지역화폐 할인 지원 42억원, "
        "소상공인 이자 지원 15억원 등이 담겼다.",
        [("450억원", 2025, DONE), ("42억원", 2026, PLAN), ("15억원", 2026, PLAN)],
    ),
    # a field's share of the term's pledges is planned as they are (not a state they are in);
    # a count joined by 과 to a goal's next item (`1만8,000개 창출과 고용률 59.5% 달성 목표를`)
    # is a goal as that item is
    (
        "2024-02-20",
        "한빛시 일자리 목표",
        "민선 8기 공약은 모두 87건으로, 이 가운데 일자리 분야가 19건이다. 시는 올해 일자리 "
        "1만8,000개 창출과 고용률 59.5% 달성 목표를 발표했다.",
        [
            ("87건", None, PLAN),
            ("19건", None, PLAN),
            ("1만8,000개", 2024, PLAN),
            ("59.5%", 2024, PLAN),
        ],
    ),
    # a year heading a goal told as an aside (`2026년 목표였던 60%를`) is the goal's, not a time
    # the next sentence goes on in; a past year so told is still when the sentence's act was
    (
        "2026-02-11",
        "한빛시 고용률 역대 최고",
        "지난해 하반기 고용률은 60.3%로, 2026년 목표였던 60%를 1년 앞당겨 넘어섰다. 청년 "
        "고용률은 44.1%로 전년보다 2.9%포인트 올랐다.",
        [("60.3%", 2025, DONE), ("60%", 2026, PLAN), ("44.1%", 2025, DONE)],
    ),
    # a line labelled before a colon is of goals (`○ 올해 목표: …`) or results (`- 올해 성과:
    # …`); a year opening a parenthesis with its figure (`(지난해 438만명)`) is an aside, no time
    # the next line goes on in
    (
        "2024-01-08",
        "한빛군, 2024년 주요업무계획 발표",
        "- 지난해 성과: 기업 투자유치 1조 2,400억원\n○ 올해 목표: 집행률 90% 이상, 불용액 "
        "비율 2% 이내\n▲ 관광: 관광객 500만명 유치(지난해 438만명)\n▲ 인구: 출생아 180명, "
        "전입 2,000명 목표",
        [
            ("1조 2,400억원", 2023, DONE),
            ("90%", 2024, PLAN),
            ("2%", 2024, PLAN),
            ("438만명", 2023, DONE),
            ("180명", 2024, PLAN),
            ("2,000명", 2024, PLAN),
        ],
    ),
    # items under a heading of results (`〈2018 주요 성과〉`) are results of the year it names, as
    # items under a heading of plans (`〈2019 업무계획〉`) are plans of its year
    (
        "2018-12-20",
        "한빛시 2018 송년 결산…2019년 5대 목표 제시",
        "한빛시는 20일 올해 주요 성과와 내년도 업무계획을 함께 발표했다.\n〈2018 주요 성과〉\n"
        "- 투자유치 3조 1,200억원(68개 기업)\n- 일자리 2만4천여개 창출\n〈2019 업무계획〉\n"
        "- 투자유치 3조 5,000억원, 일자리 2만6천개",
        [
            ("3조 1,200억원", 2018, DONE),
            ("2만4천여개", 2018, DONE),
            ("3조 5,000억원", 2019, PLAN),
            ("2만6천개", 2019, PLAN),
        ],
    ),
    # a count of projects whose topic a budget's allocating verb heads (`삭감된 사업은`, `감액
    # 대상은`) is planned as the budget's money is; projects done are not
    (
        "2015-06-20",
        "한빛시의회 추경 심사",
        "삭감된 사업은 시민의 날 기념행사 지원금 등 19건이다. 감액 대상은 312건으로, 행사 "
        "예산이 주로 조정됐다. 감액된 사업은 모두 33건이며, 홍보 예산 7억원이 깎였다. 완료된 "
        "사업은 12건이다.",
        [("19건", 2015, PLAN), ("312건", 2015, PLAN), ("33건", 2015, PLAN), ("12건", 2015, DONE)],
    ),
    # a sentence naming a budget's year and a settlement's goes on in the budget's; a sentence
    # naming the settlement it tells (`지난해 결산에서 세입은 …`) is no budget going on
    (
        "2015-06-26",
        "한빛시의회 첫 추경 심사 마무리",
        "한빛시의회는 26일 2015년도 제1회 추가경정예산안과 2014회계연도 결산 승인안을 처리했다. "
        "시는 올해 본예산보다 834억원 늘린 1조 394억원의 추경안을 제출했다. 이로써 추경 예산은 "
        "1조 382억원으로 확정됐다. 함께 승인된 지난해 결산에서 세입은 1조 1,120억원, 세출은 "
        "9,740억원으로 집계됐다.",
        [
            ("834억원", 2015, PLAN),
            ("1조 394억원", 2015, PLAN),
            ("1조 382억원", 2015, PLAN),
            ("1조 1,120억원", 2014, DONE),
            ("9,740억원", 2014, DONE),
        ],
    ),
    # a supplementary budget told as a topic (`제2회 추경안은 …`) with no year named amends the
    # budget of the year it is drawn up in, not the settled year told before
    (
        "2020-06-26",
        "한빛시의회, 2019회계연도 결산 승인",
        "결산 결과 지난해 세입은 3조 1,540억원으로 집계됐다. 이어 심사한 제2회 추경안은 시가 "
        "제출한 3조 2,410억원 가운데 17억원이 삭감된 3조 2,393억원으로 확정됐다.",
        [
            ("3조 1,540억원", 2019, DONE),
            ("3조 2,410억원", 2020, PLAN),
            ("17억원", 2020, PLAN),
            ("3조 2,393억원", 2020, PLAN),
        ],
    ),
    # what a plan noun heads (`당초 계획 1,050명보다`, `계획 인원 1,180명을 넘어섰다`) is the plan's
    # figure, whatever was done against it
    (
        "2016-12-20",
        "한빛군 노인일자리",
        "노인일자리는 당초 계획 1,050명보다 많은 1,124명이 참여했다. 참여 인원은 1,210명으로 계획 "
        "인원 1,180명을 넘어섰다.",
        [
            ("1,050명", 2016, PLAN),
            ("1,124명", 2016, DONE),
            ("1,210명", 2016, DONE),
            ("1,180명", 2016, PLAN),
        ],
    ),
    # how many a program takes, set with 로 by a verb fixing or changing it (`규모를 … 180개 늘린
    # 1,520개로 확정했다`), is planned, and so is the change to it
    (
        "2015-01-20",
        "한빛군 노인일자리 확대",
        "한빛군이 올해 노인일자리 사업 규모를 지난해보다 180개 늘린 1,520개로 확정했다.",
        [("180개", 2015, PLAN), ("1,520개", 2015, PLAN)],
    ),
    # a headline's approximate count (`1만7천여개`) is the body's figure it rounds down
    # (`1만7,238개` made), before an exact one of the same value (`목표 1만7,000개`)
    (
        "2024-03-20",
        "한빛시 지난해 일자리 1만7천여개 창출…올해 목표 1만8천개",
        "한빛시는 올해 일자리 1만8,000개 창출 목표를 발표했다. 지난해에는 1만7,238개의 일자리를 "
        "만들어 목표 1만7,000개 대비 101.4%를 달성했다.",
        [("1만7천여개", 2023, DONE), ("1만8천개", 2024, PLAN)],
    ),
    # counted since a time in a year gone by (`지난해 하반기 이후`) up to now is over more than
    # one year: no year of its own
    (
        "2023-01-20",
        "한빛시 일자리",
        "시는 민선 8기 일자리 5만 2,000개 목표 가운데 지난해 하반기 이후 7,140개를 달성했다고 "
        "설명했다.",
        [("5만 2,000개", None, PLAN), ("7,140개", None, DONE)],
    ),
    # a budget heading the base of a settled share (`세출 결산액은 최종예산 2조 350억원의`) is
    # planned; parts of a settled amount (`불용액 가운데 … 사업비가 27억원`) are settled; an award
    # told `당시` is of the time told before, not the publication's
    (
        "2026-06-09",
        "한빛구 2025회계연도 결산",
        "세출 결산액은 최종예산 2조 350억원의 91.1%다. 불용액 가운데 인건비가 58억원, 일자리 "
        "사업비가 27억원이었다. 지난해 상반기 신속집행률은 63.4%를 기록했다. 구는 당시 신속집행 "
        "평가에서 1위를 차지해 재정 인센티브 3,000만원을 받았다.",
        [
            ("2조 350억원", 2025, PLAN),
            ("58억원", 2025, DONE),
            ("27억원", 2025, DONE),
            ("3,000만원", 2025, DONE),
        ],
    ),
    # a sentence opening on the parts of an allocation told before (`증액분 가운데 …`) is of
    # that budget, planned, of its year (not of a past year an aside before it named)
    (
        "2015-07-20",
        "한빛시 1회 추경",
        "한빛시는 올해 첫 추가경정예산안을 7조8,146억원 규모로 편성했다. 시는 지난해 말 37.5%였던 "
        "채무비율을 낮추기 위해 증액 폭을 최소화했다고 설명했다. 증액분 가운데 국비 보조사업 "
        "매칭이 812억원, 청년 일자리 사업이 96억원이다.",
        [("812억원", 2015, PLAN), ("96억원", 2015, PLAN)],
    ),
    # money returned (`반납한 국비는`) or granted (`국비 83억원이 교부됐다`) is what happened to the
    # funds, a result
    (
        "2016-05-25",
        "한빛시 국비 결산",
        "미집행으로 반납한 국비는 37억원이었다. 정원 관련 사업에만 국비 83억원이 교부됐다.",
        [("37억원", 2016, DONE), ("83억원", 2016, DONE)],
    ),
    # a topic headed by what someone said will be (`창출하겠다고 공시한 일자리는`) is what was
    # promised, however tallied; a ranking of counts right after goes on about those goals
    (
        "2021-03-01",
        "광역단체 올해 일자리 목표",
        "17개 광역자치단체가 올해 창출하겠다고 공시한 일자리는 모두 158만 3천개로 집계됐다. "
        "경기도가 54만 1천개로 가장 많았고 서울 31만 2천개가 뒤를 이었다.",
        [("158만 3천개", 2021, PLAN), ("54만 1천개", 2021, PLAN), ("31만 2천개", 2021, PLAN)],
    ),
    # a budget's growth rate told as its topic (`예산안의 평균 증가율은 8.7%로`) is planned as
    # the budget is (a rate of a level's growth is not)
    (
        "2020-11-12",
        "8대 도시 예산안",
        "서울시가 2021년도 예산안으로 40조 453억원을 편성했다. 8대 도시 예산안의 평균 증가율은 "
        "8.7%로 정부 예산안 증가율 8.5%를 웃돌았다. 지난해 고용률 증가율은 1.2%였다.",
        [("8.7%", 2021, PLAN), ("1.2%", 2019, DONE)],
    ),
    # what a council cut (`깎였고`) is a budget's; cases a budget cuts or allocates (`12건을 전액
    # 삭감했습니다`) are its projects, planned as its money is (cases handled are not)
    (
        "2023-12-20",
        "한빛구의회, 내년 예산 5,872억원 의결",
        "구정 홍보 영상 제작비 2억원이 전액 깎였다. 새로 편성된 사업 54건 가운데 타당성이 부족한 "
        "12건을 전액 삭감했습니다. 민원 15건을 처리했다.",
        [("2억원", 2024, PLAN), ("54건", 2024, PLAN), ("12건", 2024, PLAN), ("15건", 2024, DONE)],
    ),
    # the items of a list `등` closes into a plan as the verb's object (`… 등 5개 분야 계획을
    # 내놨다`) are what the plan holds; items of a goal met (`… 등 8곳은 목표를 달성했다`) are not
    (
        "2026-02-10",
        "한빛시 2026년 일자리 대책",
        "시는 직접일자리 1만2,400개, 직업훈련 3,100명 등 5개 분야 계획을 내놨다. 집행률은 ▲가람시 "
        "74.2% ▲나래시 72.8% 등 8곳은 목표를 달성했다.",
        [("1만2,400개", 2026, PLAN), ("3,100명", 2026, PLAN), ("74.2%", 2026, DONE)],
    ),
    # a figure an act is expected to bring (`일자리 830개 기대`, `고용 창출이 기대된다`) is
    # planned; the segment before it keeps its own verb, and `기대 이상` expects nothing
    (
        "2018-12-20",
        "한빛시, 올해 투자유치 2,150억원…일자리 830개 기대",
        "- 기업 37곳과 협약…일자리 7,800개 창출 기대\n축제에는 지난해 기대 이상으로 12만명이 "
        "찾았다.",
        [("37곳", 2018, DONE), ("7,800개", 2018, PLAN), ("12만명", 2017, DONE)],
    ),
    # a budget told as put in, in its passive (`투입된 예산은`), is spent: the amount it is
    # compared with and what it grew by are spent too; one still to be put in is not
    (
        "2025-12-22",
        "한빛군 공약 점검",
        "올해 공약사업에 투입된 예산은 2,047억원으로 전년(1,862억원)보다 185억원 늘었다. 내년에 "
        "투입되는 예산은 2,300억원이다.",
        [
            ("2,047억원", 2025, DONE),
            ("1,862억원", 2024, DONE),
            ("185억원", 2025, DONE),
            ("2,300억원", 2026, PLAN),
        ],
    ),
    # under a headline of national funds won, the items and new projects the article lists are
    # what was won, of the budget's year; a goal for more and a request stay planned
    (
        "2019-09-03",
        "한빛도, 내년 정부예산 6조 4,120억원 반영…역대 최대",
        "주요 반영 사업은 ▲광역철도 기본계획 수립 30억원 ▲바이오 국가산단 조성 150억원 등이다. "
        "신규사업은 14건, 86억원이 포함됐다. 도는 국회 심의에서 2,000억원 이상을 추가로 확보한다는 "
        "목표다. 도는 국비 500억원 반영을 건의했다.",
        [
            ("30억원", 2020, DONE),
            ("150억원", 2020, DONE),
            ("14건", 2020, DONE),
            ("86억원", 2020, DONE),
            ("2,000억원", 2020, PLAN),
            ("500억원", 2020, PLAN),
        ],
    ),
    # under a headline of national funds won, a comparison told as a state (`… 436억원이
    # 많다`) is of what was won, as a deed told in the present (`… 추진한다`) is not
    (
        "2017-09-05",
        "한빛도, 내년 국비 2,184억원 반영",
        "2년 전인 2016년 국비 1,748억원과 비교하면 436억원이 많다. 도는 이 가운데 120억원으로 "
        "항만 정비를 추진한다.",
        [("1,748억원", 2016, DONE), ("436억원", 2018, DONE), ("120억원", 2018, PLAN)],
    ),
    # a list of figures after the same period takes its years in order, not the span of a
    # total before it
    (
        "2019-02-12",
        "충청권 일자리 목표",
        "충청권 시·도가 최근 3년간 일자리 목표를 평균 103% 달성했다. 한빛도는 2016년 7만2천개, "
        "2017년 7만5천개, 지난해 7만9,300개의 일자리를 만들었다. 같은 기간 두리도는 6만1천개, "
        "6만4,500개, 6만8천개를 만들어 목표 대비 각각 101.7%, 104.2%, 106.3%를 달성했다.",
        [
            ("103%", None, DONE),
            ("6만1천개", 2016, DONE),
            ("6만4,500개", 2017, DONE),
            ("6만8천개", 2018, DONE),
            ("101.7%", 2016, DONE),
            ("106.3%", 2018, DONE),
        ],
    ),
    # a budget's total (`예산 합계는`, `예산 총액은`) and what an analysis of budgets found
    # (`본예산을 분석한 결과`) are budgets, planned
    (
        "2023-02-07",
        "한빛도 일자리 예산",
        "도내 시·군의 일자리 예산 합계는 2018년 2,480억원, 지난해 3,350억원이었다. 올해 일자리 "
        "예산 총액은 3,610억원으로 지난해보다 7.8% 늘었다.",
        [("2,480억원", 2018, PLAN), ("3,350억원", 2022, PLAN), ("3,610억원", 2023, PLAN)],
    ),
    (
        "2026-01-15",
        "광역시 일자리 예산",
        "각 시의 2026년도 본예산을 분석한 결과 한빛시가 1조3,420억원으로 가장 많았고 두리시 "
        "1조120억원 순이었다.",
        [("1조3,420억원", 2026, PLAN), ("1조120억원", 2026, PLAN)],
    ),
    # the same period of last year said to be like the figure (`작년 같은 달과 같았으며`) or
    # taken a multiple of (`작년 같은 달의 3배`, `지난해 같은 달 2만8천명의 두 배`) is a base
    (
        "2017-04-19",
        "한빛시 3월 고용",
        "한빛시 고용률은 61.2%로 작년 같은 달과 같았으며, 취업자는 142만명으로 늘었다. "
        "일시휴직자는 9만1천명으로 작년 같은 달의 3배로 늘었다. 실업자는 5만명으로 지난해 같은 "
        "달 2만8천명의 두 배 가까이로 늘었다.",
        [
            ("61.2%", 2017, DONE),
            ("142만명", 2017, DONE),
            ("9만1천명", 2017, DONE),
            ("5만명", 2017, DONE),
            ("2만8천명", 2016, DONE),
        ],
    ),
    # goals made public (공개) after a list are goals, of the year that sets them
    (
        "2021-01-20",
        "한빛시 일자리 목표",
        "한빛시는 올해 일자리 2만개를 만들겠다고 밝혔다. 지난해에는 1만9천개를 만들었다. 시는 "
        "▲청년 일자리 2,400개 ▲노인 일자리 7,800개 등 분야별 목표도 함께 공개했다.",
        [("2,400개", 2021, PLAN), ("7,800개", 2021, PLAN)],
    ),
    # what a plan holds, told as said (-ㄴ다는 내용의), is planned
    (
        "2024-02-10",
        "한빛시 일자리 대책",
        "시는 올해 714억원을 투입해 일자리 8,000개를 창출한다는 내용의 '2024년 일자리 대책 "
        "세부계획'을 수립해 공시했다.",
        [("714억원", 2024, PLAN), ("8,000개", 2024, PLAN)],
    ),
    # a table drawn with box-drawing bars: its cells are read, each of its column's year, and
    # what the column's head notes of its year (실적, 계획) comes before the row's budget
    (
        "2018-01-25",
        "한빛시 일자리 대책",
        "최근 3년간 일자리 사업비는 다음과 같다.\n\n< 연도별 일자리 사업비 > (단위: 억원)\n"
        "구분 │ 2016년(실적) │ 2017년(실적) │ 2018년(계획)\n사업비 │ 642 │ 695 │ 737\n\n"
        "시는 올해 일자리 7천개를 만든다.",
        [("642", 2016, DONE), ("695", 2017, DONE), ("737", 2018, PLAN)],
    ),
    # a table cut by single spaces under its unit note: each column is of its head's year
    (
        "2022-12-16",
        "한빛시 내년 예산 확정",
        "분야별 편성 현황은 다음과 같다.\n\n(단위: 억원)\n구분 2022년 2023년\n직업훈련 96 104\n"
        "고용장려금 233 251\n\n시는 내년 일자리 목표를 1만2천개로 정했다.",
        [("104", 2023, PLAN), ("233", 2022, PLAN), ("251", 2023, PLAN)],
    ),
]


@pytest.mark.parametrize(
    ("published", "title", "body", "expected"), BUDGET_CHANGES_DESTINATIONS_AND_TABLES
)
def test_budget_growth_carried_over_years_spans_and_tables_of_years(
    published, title, body, expected
):
    got = years_and_plans(published, title, body, org="한빛시")
    named = {surface for surface, _, _ in expected}
    assert [g for g in got if g[0] in named] == expected
