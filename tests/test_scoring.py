"""Scoring as docs/guideline.md defines it: multiset figure matching, strict/lenient program
matching."""

import json
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.scoring import (
    PROGRAMS_LENIENT,
    PROGRAMS_STRICT,
    Evaluation,
    Mention,
    match_figures,
    match_programs,
    mention_from_gold,
    pair_figures,
)


def m(kind: str, value: str, unit: str, surface: str = "", section: str = "body") -> Mention:
    return Mention(kind, Decimal(value), unit, surface, section)


def test_gold_values_parsed_with_decimal_compare_exactly():
    line = '{"kind": "percent", "value": 60.8, "unit": "%", "surface": "60.8%", "section": "body"}'
    gold = mention_from_gold(json.loads(line, parse_float=Decimal))
    assert gold.value == Decimal("60.8")
    assert gold.key == ("percent", Decimal("60.8"), "%")
    # 1.30명 and 1.3 are the same number; trailing zeros must not break a match.
    assert m("count", "1.30", "명").key == m("count", "1.3", "명").key


def test_gold_value_read_as_float_is_refused():
    with pytest.raises(ValueError, match="parse_float=Decimal"):
        mention_from_gold(json.loads('{"kind": "percent", "value": 60.8, "unit": "%"}'))


@pytest.mark.parametrize(
    "record",
    [{"kind": "money", "unit": "KRW"}, {"kind": "money", "value": "억", "unit": "KRW"}, "67%"],
)
def test_bad_gold_figure_is_a_value_error(record):
    with pytest.raises(ValueError):
        mention_from_gold(record)


def test_figures_match_as_multisets():
    gold = [
        m("money", "422220000000", "KRW", "4222억2000만원", "title"),
        m("money", "422220000000", "KRW", "4,222억2000만원"),
        m("percent", "67", "%", "67%"),
    ]
    # The amount is found once, the rate twice: one miss and one spurious mention.
    pred = [
        m("money", "422220000000", "KRW", "4,222억2000만원"),
        m("percent", "67", "%", "67%", "title"),
        m("percent", "67", "%", "67%"),
    ]
    missed, spurious = match_figures(pred, gold)
    assert missed == [gold[0]]  # the title mention, not the body one found with the same surface
    assert spurious == [pred[1]]


def test_units_and_kinds_must_agree():
    gold = [m("count", "26000", "개", "2만6천개"), m("percent", "0.6", "%p", "0.6%p")]
    pred = [m("count", "26000", "명", "2만6천명"), m("percent", "0.6", "%", "0.6%")]
    missed, spurious = match_figures(pred, gold)
    assert len(missed) == 2 and len(spurious) == 2


def test_evaluation_sums_over_articles_per_kind():
    ev = Evaluation()
    ev.add_article(
        "a1",
        predicted=[m("money", "300000000", "KRW"), m("count", "37", "개사")],
        gold=[m("money", "300000000", "KRW"), m("count", "37", "개사"), m("count", "5346", "명")],
        predicted_programs=[],
        gold_programs=[],
    )
    ev.add_article(
        "a2",
        predicted=[m("count", "2019", "명"), m("percent", "15.3", "%")],
        gold=[m("percent", "15.3", "%")],
        predicted_programs=[],
        gold_programs=[],
    )
    count = ev.tallies["count"]
    assert (count.gold, count.pred, count.tp) == (2, 2, 1)
    assert count.precision == 0.5
    assert count.recall == 0.5
    assert count.f1 == 0.5
    assert ev.tallies["money"].f1 == 1.0
    assert ev.tallies["percent"].f1 == 1.0


def test_empty_row_scores_one_and_all_missed_scores_zero():
    ev = Evaluation()
    ev.add_article("a", [], [], [], ["어르신 일자리사업"])
    assert ev.tallies["money"].f1 == 1.0
    assert ev.tallies[PROGRAMS_LENIENT].f1 == 0.0
    assert ev.tallies[PROGRAMS_LENIENT].recall == 0.0


def test_program_names_compare_without_white_space_strict_and_lenient():
    pred = ["청년일자리지원플랫폼 구축사업", "천안형 공공근로사업", "일자리사업"]
    gold = ["청년일자리지원플랫폼 구축 사업", "천안형 공공근로", "어르신 일자리사업"]
    strict = match_programs(pred, gold, lenient=False)
    assert strict == [("청년일자리지원플랫폼 구축사업", "청년일자리지원플랫폼 구축 사업")]
    lenient = match_programs(pred, gold, lenient=True)
    assert len(lenient) == 3
    assert ("천안형 공공근로사업", "천안형 공공근로") in lenient
    assert ("일자리사업", "어르신 일자리사업") in lenient


def test_lenient_matching_is_one_to_one_and_maximal():
    # "일자리사업" fits both gold names; a greedy choice of the first would leave
    # "어르신 일자리사업" without its only possible partner.
    pred = ["일자리사업", "어르신 일자리사업"]
    gold = ["어르신 일자리사업", "지역공동체 일자리사업"]
    pairs = match_programs(pred, gold, lenient=True)
    assert sorted(pairs) == [
        ("어르신 일자리사업", "어르신 일자리사업"),
        ("일자리사업", "지역공동체 일자리사업"),
    ]
    # One predicted name can never account for two gold names.
    assert len(match_programs(["일자리사업"], gold, lenient=True)) == 1


def test_programs_count_once_per_article_and_details_show_boundaries():
    ev = Evaluation()
    diff = ev.add_article(
        "a",
        predicted=[],
        gold=[],
        predicted_programs=["아이돌봄 지원사업", "아이돌봄 지원 사업", "천안시직장맘지원센터"],
        gold_programs=["아이돌봄 지원사업", "지역기업 경쟁력 강화 지원 사업"],
    )
    strict, lenient = ev.tallies[PROGRAMS_STRICT], ev.tallies[PROGRAMS_LENIENT]
    assert (strict.gold, strict.pred, strict.tp) == (2, 2, 1)
    assert (lenient.gold, lenient.pred, lenient.tp) == (2, 2, 1)
    assert diff.missed_programs == ["지역기업 경쟁력 강화 지원 사업"]
    assert diff.spurious_programs == ["천안시직장맘지원센터"]
    assert diff.program_boundaries == []


def test_as_dict_rounds_and_lists_only_articles_with_differences():
    ev = Evaluation()
    ev.add_article("ok", [m("percent", "67", "%", "67%")], [m("percent", "67", "%", "67%")], [], [])
    ev.add_article("bad", [], [m("percent", "-0.7", "%", "-0.7%")], ["A 사업"], ["A 사업 추진"])
    out = ev.as_dict(details=True)
    assert out["articles"] == 2
    assert out["scores"]["percent"] == {
        "gold": 2,
        "pred": 1,
        "tp": 1,
        "precision": 1.0,
        "recall": 0.5,
        "f1": 0.6667,
    }
    assert [d["id"] for d in out["details"]] == ["bad"]
    assert out["details"][0]["missed"][0]["value"] == "-0.7"
    assert out["details"][0]["program_boundaries"] == [
        {"predicted": "A 사업", "gold": "A 사업 추진"}
    ]
    json.dumps(out, ensure_ascii=False)  # plain JSON, for scripts and the quality gate


names = st.lists(
    st.sampled_from(["가 사업", "가사업", "나 사업", "가나 사업", "다", "라 프로그램"]), unique=True
)


@given(names, names)
def test_matching_is_one_to_one_and_lenient_finds_at_least_strict(pred, gold):
    strict = match_programs(pred, gold, lenient=False)
    lenient = match_programs(pred, gold, lenient=True)
    for pairs in (strict, lenient):
        assert len({p for p, _ in pairs}) == len(pairs)
        assert len({g for _, g in pairs}) == len(pairs)
    for p, g in strict:
        assert p.replace(" ", "") == g.replace(" ", "")
    for p, g in lenient:
        a, b = p.replace(" ", ""), g.replace(" ", "")
        assert a in b or b in a
    assert len(strict) <= len(lenient)


# --- metric and subject ------------------------------------------------------------------------


def test_metric_and_subject_are_compared_on_paired_figures_strict_and_lenient():
    rate = Mention("percent", Decimal("67"), "%", "67%", "body", metric="청년 고용률")
    jobs = Mention("count", Decimal("26000"), "개", "2만6천개", "body", subject="일자리")
    other = Mention("count", Decimal("3"), "곳", "3곳", "body", subject="센터")
    predicted = [
        Mention("percent", Decimal("67"), "%", "67%", "body", metric="고용률"),
        Mention("count", Decimal("26000"), "개", "2만6천개", "body", subject="일자리"),
        Mention("count", Decimal("3"), "곳", "3곳", "title", subject="센터"),  # other section
    ]
    evaluation = Evaluation()
    diff = evaluation.add_article("a", predicted, [rate, jobs, other], [], [])
    t = evaluation.tallies
    assert (t["metric_strict"].tp, t["metric_lenient"].tp, t["metric_lenient"].gold) == (0, 1, 1)
    assert (t["subject_strict"].tp, t["subject_lenient"].tp) == (1, 1)
    assert t["subject_lenient"].gold == 1  # the 3곳 of another section is not paired
    assert diff.context == []


def test_a_disagreement_is_listed_and_an_empty_prediction_counts_as_a_miss():
    gold = [
        Mention("count", Decimal("85"), "명", "85명", "body", subject="학생"),
        Mention("count", Decimal("4"), "곳", "4곳", "body", subject="센터"),
        Mention("percent", Decimal("3"), "%", "3%", "body"),
    ]
    predicted = [
        Mention("count", Decimal("85"), "명", "85명", "body", subject="대비"),
        Mention("count", Decimal("4"), "곳", "4곳", "body"),
        Mention("percent", Decimal("3"), "%", "3%", "body", metric="증가율"),
    ]
    evaluation = Evaluation()
    diff = evaluation.add_article("b", predicted, gold, [], [])
    subject = evaluation.tallies["subject_lenient"]
    metric = evaluation.tallies["metric_lenient"]
    assert (subject.gold, subject.pred, subject.tp) == (2, 1, 0)
    assert (metric.gold, metric.pred, metric.tp, metric.recall) == (0, 1, 0, 1.0)
    assert [(name, p.surface, g.subject) for name, p, g in diff.context] == [
        ("subject", "85명", "학생"),
        ("subject", "4곳", "센터"),
        ("metric", "3%", None),
    ]
    shown = evaluation.as_dict(details=True)["details"][0]["context"]
    assert (shown[0]["field"], shown[0]["predicted"], shown[0]["gold"]) == (
        "subject",
        "대비",
        "학생",
    )


def test_pairs_prefer_the_same_surface():
    gold = [
        Mention("count", Decimal("5"), "명", "5명", "body", subject="학생"),
        Mention("count", Decimal("5"), "명", "다섯 명", "body", subject="교사"),
    ]
    predicted = [Mention("count", Decimal("5"), "명", "다섯 명", "body", subject="교사")]
    ((_, g),) = pair_figures(predicted, gold)
    assert g.subject == "교사"


def test_gold_metric_and_subject_are_read_from_the_gold_line():
    m = mention_from_gold(
        {"kind": "percent", "value": 67, "unit": "%", "metric": " 고용률 ", "subject": None}
    )
    assert (m.metric, m.subject) == ("고용률", None)


def timed(surface: str, value: str, is_target: bool | None, year: int | None, section="body"):
    return Mention("count", Decimal(value), "개", surface, section, is_target=is_target, year=year)


def test_plan_and_year_are_scored_on_labelled_gold_figures_only():
    gold = [
        timed("2만6천개", "26000", True, 2021),
        timed("2만5천개", "25000", False, 2020),
        timed("1만4천개", "14000", False, None),  # a total over a term: no year
        timed("300개", "300", None, None),  # not labelled: counts in no plan or year row
        timed("7개", "7", False, 2021),  # labelled but not found: wrong in every row's recall
    ]
    predicted = [
        timed("2만6천개", "26000", True, 2021),
        timed("2만5천개", "25000", False, 2021),
        timed("1만4천개", "14000", True, None),
        timed("300개", "300", True, 2021),
    ]
    evaluation = Evaluation()
    diff = evaluation.add_article("a", predicted, gold, [], [])
    scores = {row: evaluation.tallies[row] for row in ("plan", "year", "plan_year")}
    assert [(t.gold, t.pred, t.tp) for t in scores.values()] == [(4, 3, 2), (4, 3, 2), (4, 3, 1)]
    assert scores["plan_year"].recall == pytest.approx(1 / 4)
    assert [g.surface for _, g in diff.timing] == ["2만5천개", "1만4천개"]
    shown = evaluation.as_dict(details=True)["details"][0]["timing"]
    assert shown[0]["predicted"] == {"is_target": False, "year": 2021}
    assert shown[0]["gold"] == {"is_target": False, "year": 2020}


def test_the_core_row_scores_money_employment_rates_and_jobs_only():
    def fig(kind, value, unit, is_target, year, metric=None, subject=None):
        return Mention(kind, Decimal(value), unit, value, "body", metric, subject, is_target, year)

    gold = [
        fig("money", "142000000000", "KRW", True, 2016),
        fig("percent", "60.5", "%", True, 2016, metric="청년 고용률"),
        fig("percent", "8.4", "%", True, 2016, metric="증가율"),  # not a core figure
        fig("count", "12000", "개", False, 2015, subject="직접 일자리"),
        fig("count", "2300", "명", True, 2016, subject="직업능력개발"),  # not a core figure
    ]
    predicted = [
        fig("money", "142000000000", "KRW", True, 2016),
        fig("percent", "60.5", "%", True, 2015),
        fig("percent", "8.4", "%", True, 2016),
        fig("count", "2300", "명", False, 2016),
    ]
    evaluation = Evaluation()
    evaluation.add_article("a", predicted, gold, [], [])
    core = evaluation.tallies["plan_year_core"]
    # three core figures: the money right, the rate's year wrong, the jobs not found
    assert (core.gold, core.pred, core.tp) == (3, 2, 1)
    assert evaluation.tallies["plan_year"].tp == 2


def test_gold_plan_and_year_are_read_and_checked():
    gold = mention_from_gold(
        {"kind": "count", "value": 5, "unit": "개", "is_target": False, "year": None}
    )
    assert gold.timing == (False, None)
    assert mention_from_gold({"kind": "count", "value": 5, "unit": "개"}).is_target is None
    for bad in ({"is_target": "yes"}, {"is_target": True, "year": "2021"}, {"year": True}):
        with pytest.raises(ValueError, match=r"gold (is_target|year)"):
            mention_from_gold({"kind": "count", "value": 5, "unit": "개", **bad})


@pytest.mark.parametrize("section", ["subtitle", "lead"])
def test_a_sub_headline_figure_pairs_with_the_gold_body(section):
    gold = [Mention("percent", Decimal("81"), "%", "81%", "body", metric="점유율")]
    predicted = [Mention("percent", Decimal("81"), "%", "81%", section, metric="점유율")]
    assert pair_figures(predicted, gold) == [(predicted[0], gold[0])]
    assert pair_figures([Mention("percent", Decimal("81"), "%", "81%", "title")], gold) == []
