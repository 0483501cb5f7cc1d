"""What a percent measures: the metric of a percentage (docs/guideline.md).

Read from the sentence's words (extractors/words.py) and the roles their particles give them,
never "the nearest noun". In order, the first rule that names something wins:

1. the nearest rate named next to it: before it (`고용률 67%`, `고용률이 67%로`, `비율은 40%`,
   across a year, `각각` or an adverb: `실업률 역시 2.6%로`), before its parenthesis
   (`취업률 상승폭 2위(71.2%)` → 취업률, `고용률(OECD 기준)은 70.3%`, `감소율(전년대비 9.1%)`),
   or after it with or without 의 (`67%의 고용률`, `0.5% 이자`, `41.5% 수준인 계약률`), also
   across a relative clause (`44.4%였던 재정자립도`, `71.5%로 최고치를 기록했던 재정자주도`);
   what a `N%의` percent is of (`3%의 가산세`), unless a population (`30%의 주민`); a rate
   with 의 is what the percent is a part of (`기준 중위소득의 32% 이하`), and so is an income
   before a threshold (`도시근로자 월평균 소득의 100% 이하`);
2. a rate the verb takes to or from the percent (`계약률을 60%까지 끌어올리고`, `비중을 5%에서
   25%까지`, `성장률 전망치를 2.1%로`), also both sides of an arrow (`반영 비율을 20→30%로`);
3. rates of money: `연 1% 저리 융자` → 연리; a share of a cost an act covers, with the cost
   when named (`보증수수료 0.5% 감면` → 보증수수료 감면율, `보험료의 80%를 지원` → 보험료
   지원율, `농가 부담 10%` → 농가 부담률; also across a note in parentheses: `항공료의 50%(1인당
   최대 60만 원)를 지원`);
4. the verb the percent is the amount of (across bases of comparison: `1년 전보다`, `전년 동월
   대비`, `전년에 비해`; after 나/만/도: `31.7%나 급증`): `20% 늘어` → 증가율, `3.3% 감소` →
   감소율, `0.5% 상승`, `올라` → 상승률, `하락`, `떨어져` → 하락률, `30% 할인` → 할인율;
   items in parentheses share the change verb after them (`화합물(76.0%)과 회로(29.5%) 등에서
   수출이 증가한`, `… 등 9개 비목에서 지출이 증가했고`, `배추(51.5%)와 무(52.2%)는 절반 넘게
   올랐다`), and a title may put the changed thing before it (`3.3% 생산 감소`);
   a signed item of a list in parentheses is a change (`금속(-9.7%)`, `반도체(+12.3%)` →
   증감률) unless what the sentence says of it names the rate (`철원군(-1.8%)도 순유출률 높은`);
5. an owner with 의: `목표의 104%` → 달성률; `수출액의 67.4%를 차지`, `전체 예산안의 21.4%`,
   `전체 면적의 42%` (a whole amount), a percent alone after an amount (`국비 30억 원(60%)`) →
   비중 (share of); a part of a whole counted in people or things (`전체의 58.4%`, `전체 빈집의
   46.2%`, `전체 건수의 88.8%를 차지`, `7만 명(33.6%)으로 가장 많았고`) stays empty;
6. the rate the clause is about (`종사 비중이 각각 16.0%, 15.1%로`), then the rate the
   sentence's topic names, spread over the items after it across their verbs
   (`재정자립도는 목포시가 30%로 높았고, 신안군이 8%로`), also through a relative clause
   (`재정자립도가 가장 높은 지자체는 포천시(31.9%)`) or a frame (`실업률 비교에서 …`, `취업자
   비중을 보면 …`), until a topic that names a new thing: places and ranks (`하위는`, `가장
   낮은 곳은`) go on with it;
7. examples in parentheses, then 등 and the rate they are examples of (`배치 지원(66.8%) 등 …
   사업의 집행률은`).
Also: rates joined before 각각 go to its percentages in order (`고용률과 실업률은 각각 62.1%,
3.2%`); a statistic of a rate names it (`금리 평균은`); a rate before 역시/또한 is the clause's
topic; a label with a colon names it (`고용률: 67.2%`); a percent in parentheses inside its
rate's name (`종사자(28.8%) 비중이`); a part of people asked is no share (`응답자의 62.4%`).
A change in points (`0.7%p`, `0.2%포인트`) is never a growth rate but the clause's level rate,
or of the rate the verb takes across a base of comparison (`인상률을 4인 가구보다 0.69%p 높게`).
An index is counted in points and a price level or an income is no percent either, so a percent
that changes one is its change (`생산지수가 2.4% 늘었다` → 증가율, `기준 중위소득 6.51% 인상` →
인상률, `물가는 20%는 오른 것 같다` → 상승률); a percent in the parenthesis of what is compared
with is a level (`지난해(52.4%)보다` → the clause's rate); items before 등 and a trend take its
change (`사과(31.4%) 등 과일 값 오름세가` → 상승률); a list mark glued to the next item (`(42.1%)
▲긴 대기시간`) is no sign of change. A price that rises or falls (the noun before the percent or
the clause's topic ends in 물가, 값, 가격 …) changes by 상승률 or 하락률, whatever verb says it
(`쌀값 18.7% 뛰어`, `소비자물가 2.2%↑`, `24.6% 비싸졌다`, `12% 싸졌다`; `40% 싸게 팔기로` is a
discount, 할인율), and a level set by a decision (임금, 중위소득, 단가, 수당 …) by 인상률 or 인하율
(`최저임금은 … 4.7% 올랐다`); an index named as a topic takes the change verb at the end of its
list (`제외지수는 2.0%, … 제외지수는 1.9% 상승했다`); a prefix joins the noun of the verb
(`역성장했다` → 성장률); the span of a change is a rate of its own when no other is named
(`상승폭은 전주(0.11%)보다 0.03%포인트 커졌다`; `취업률 상승폭` stays 취업률). The walk to the
verb of a list crosses its order (`… 순으로 많이 올랐다`) and, after the subject of the items, a
base and a degree (`31개 품목이 평균보다 더 올랐다`); a rate given per month in its parenthesis is
named before it (`소득환산율(월 4.17%)`); the next place of a list after `·` or `,` takes the rate
named before the first (`재정자립도 서울 76%·전남 26%`); a bound after a percent carries its
particle and a word of now may stand before it (`자립률을 60% 이상으로`, `세율을 현행 25.3%에서
30%로`); an adverb made of a noun (`상대적으로`) names nothing new in a sentence going on with the
places of the one before. A percent with 로 may name its rate as the subject after it
(`세종은 1.5%로 상승률이 가장 낮았다`); the items that follow the first of a ranking (`… 뒤를
이었다`, `… 순이었다`) take what it measures (`follows_ranking`), unless it is a share or a signed
change, which are said of their own item only. Kiwi's reading of `낮아졌다` as 낮 + 어 + 지 is
the change 낮아지 (phrases.change_head); an act named before a percent that grows by it is that
change, not the share it covers (`청년농업인 지원 38% 확대` → 증가율); a goal noun made of 목표
(`연간 목표액(289억 원)의 108.1%`) is met as 목표 is; a rate glossed by a more precise rate in its
parenthesis is that one (`비율(노쇼율)은` → 노쇼율); an income with 이/가 before a threshold
measures it as with 의 (`원가구 소득이 100% 이하`); the walk to a list's verb crosses a clause of
leaving out (`세종을 제외한 8개 도는`). A bound glued to a percent of more or fewer after a
comparison keeps it a change (`1년 전보다 20%가량 많아` → 증가율); a concentration is a rate
(`혈중알코올농도 0.08%`); a headline's adverb of a sudden fall or rise after a percent is its change
(`우울감 38% 뚝` → 감소율, `30% 껑충` → 증가율). A goal noun between a rate and its percent is a
level of the rate (`고용률 목표 60.8%`); a charge taken to a percent is charged at it (`수수료도
1.2%에서 0.8%로`); the budget that pays a share names it (`50%를 국비로`, `국비 50%` → 국비 비중).
Items of a list may name their subject and level before their change (`사업소득이 90만원으로
1.5%, … 각각 증가했다`); a rate may be named after a ranking's order (`… 순으로 비중이 컸다`); a
level before a change in points of it is no change (`평균 13.4%, … 0.3%p 상승`); a level reckoned
net of prices (`실질임금`) rises by 상승률; a percent a list takes with 차지 takes no earlier rate
(`taken_as_share`).

Across sentences (extractors/timeline.py): a change in points takes the earlier level rate; a
percent on a list line takes the rate of the heading line above the list (`■ 재정자립도` /
`한빛시 31.5%`, `rate_of_heading`); a percent in a sentence that goes on with the ranking of the
sentence before (`이어 …`, places and figures only, or nothing new named: `continues_rate`) takes
its level rate; the next item of a list or the other end of a range takes the level rate of the
percent before it (`기준 중위소득의 32% 이하, 의료급여 40% 이하`, `150% 이하에서 200% 이하`,
`100% 이하(맞벌이는 120% 이하)`:
`follows_item`); a cell of a table, the rate its column's head or its row's label names
(`구분 | 2024년 | 2025년 | 증감률`: `cell_rate`); a percent in the parenthesis of what the
percent before it is compared with, the same rate, level or change (`1.8% 늘어 전국(1.6%)과
비슷한`, `… 늘었다. 전국(0.8%)을 웃도는`: `compared_with`). Places that are subjects of a list
share its change verb (`대구가 0.4%, 경북이 0.5% 각각 줄어`).

When no rule applies the metric stays empty. Words live in `context_rules.toml`; the noun phrases
it reads, in extractors/phrases.py. The rules live in modules of their own: a rate named next to the
percent or by the verb that takes it in extractors/metric_named.py, the change a percent is the
amount of in extractors/metric_change.py, shares in extractors/metric_share.py, the rate the clause
or sentence is about in extractors/metric_topic.py, items of lists and examples in
extractors/metric_items.py, the words they share in extractors/metric_words.py; what a percent
takes from other sentences and tables, in extractors/metric_carried.py.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from extractors.metric_carried import compared_after_figure, gap_of_compared_place
from extractors.metric_change import (
    changed_level,
    changed_within_clause,
    compared_before,
    index_changed,
    level_change,
    rate_compared,
    rate_made_after,
    signed_item,
    topic_before,
)
from extractors.metric_items import (
    rate_after_examples,
    rate_after_order,
    rate_after_parenthesis,
    rate_said_of_item,
    trend_of_examples,
)
from extractors.metric_named import (
    annual_rate,
    rate_acted_on,
    rate_as_subject_after,
    rate_described_after,
    rate_named_after,
    rate_named_before,
    rate_of_goal,
    rate_of_met_goal,
    rate_respectively,
)
from extractors.metric_share import (
    rate_of_action,
    rate_of_owner,
    rate_picked_from,
    share_of_named_act,
    share_of_source,
    share_ranked,
)
from extractors.metric_topic import (
    rate_of_act_topic,
    rate_of_clause,
    rate_of_sentence,
    span_of_rate,
)
from extractors.metric_words import in_base_parenthesis, is_points, is_signed
from extractors.phrases import Place, place_of, rules
from extractors.words import Word


def metric_of(doc: Doc, start: int, end: int, sent: Span) -> str | None:
    """The rate a percentage at tokens [start, end) measures, or None."""
    p = place_of(doc, start, end, sent)
    outer = _percent_of_group(p)
    if outer is not None:
        # `연 최대 2.5%(신혼부부 3.0%)를 지원`: the same rate for the group the note names
        return metric_of(doc, outer.start, outer.end, sent)
    compared = compared_after_figure(p) and not in_base_parenthesis(p)
    if compared or (is_points(doc, end) and gap_of_compared_place(p)):
        # `3.2% 올라 전국 평균(2.9%)을 0.3%포인트 웃돌았다`: what the figure is compared with,
        # and the gap between the two, measure what the figure measures, level or change, not
        # the topic (extractors/timeline.py carries it); a level with 보다 is the clause's rate
        # (`참여율은 68.1%로 지난해(52.4%)보다`, below)
        return None
    if is_points(doc, end):
        # a change in points is a change of the rate the clause is about (`고용률은 … 0.4%p
        # 상승`), never a growth rate; with none named, the article's may carry over (timeline)
        return (
            span_of_rate(p, rate_named_before(p))
            or rate_picked_from(p)
            or rate_acted_on(p)
            or rate_of_clause(p)
            or rate_of_sentence(p)
        )
    r = rules()
    made = rate_made_after(p)
    if made in (r.increase_rate, r.decrease_rate) and is_signed(doc, start):
        made = r.signed  # `금속(-9.7%) 등에서 줄었으나`: a signed change in a list
    if in_base_parenthesis(p):
        # `지난해 같은 기간(52.4%)보다 15.7%p 높아졌다`: the level compared with, not a change
        return rate_named_before(p) or rate_of_clause(p) or rate_of_sentence(p)
    named = span_of_rate(p, rate_named_before(p))
    if named and named.endswith(r.indexes) and made is None and topic_before(p):
        made = index_changed(p)  # `제외지수는 2.0%, … 제외지수는 1.9% 상승했다`
    if named and named.endswith(r.indexes) and made in r.changes:
        # an index is counted in points, never in percent: a percent after it is its change
        # (`생산지수가 2.4% 늘었다` → 증가율)
        return level_change(made, named)
    if (
        named
        and made in r.changes
        and not named.endswith((*r.changes, *r.point_rates))
        and changed_within_clause(p)
        and not compared_before(p)
    ):
        # `불량률 41.2% 감소`, `불량률은 41.2%, 원가는 15.8% 줄었다`: a percent (not points) that is
        # the amount of a change is the rate's relative change, not its level; not a rate of
        # interest, whose changes are points written as percent (`금리가 0.6% 인하됐다`), nor a
        # rate set beside its earlier level (`재정자립도는 전년보다 1.2% 상승`), where a percent
        # is as often the gap in points
        return level_change(made, named)
    return (
        rate_respectively(p)
        or named
        or rate_named_after(p)
        or rate_as_subject_after(p)
        or rate_of_goal(p)
        or rate_of_met_goal(p)
        or annual_rate(p)
        or share_of_source(p)
        or rate_of_action(p)
        or share_of_named_act(p)
        or share_ranked(p)
        or level_change(made, changed_level(p))
        or rate_compared(p)
        or rate_described_after(p)
        or rate_after_parenthesis(p)
        or rate_after_order(p)
        or rate_said_of_item(p)
        or signed_item(doc, start, p)
        or rate_of_owner(p)
        or rate_of_act_topic(p)
        or trend_of_examples(p)
        or rate_of_clause(p)
        or rate_of_sentence(p)
        or rate_after_examples(p)
    )


def _percent_of_group(p: Place) -> Word | None:
    """The percent right before the parenthesis holding this one after a group of bare nouns
    (`2.5%(신혼부부 3.0%)`, `40%(청년 50%)`): the note gives the same rate for that group."""
    j = p.first - 1
    while j >= 0 and p.words[j].bare_noun:
        j -= 1
    close = p.last + 1
    if j < 1 or j == p.first - 1 or p.words[j].text not in ("(", "（"):
        return None
    if close >= len(p.words) or p.words[close].text not in (")", "）"):
        return None
    outer = p.words[j - 1]
    if not outer.has_number or "%" not in outer.text or outer.particles or outer.stem:
        return None
    return outer
