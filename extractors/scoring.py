"""Scoring predictions against gold annotations, as docs/guideline.md "Scoring" defines it.

Figures: per article, predicted and gold mentions are matched as multisets of
(kind, value, unit), values compared exactly as Decimals (so a gold `60.8` must be parsed with
`parse_float=Decimal`, never through a float). Programs: per article, names with white space
removed and counted once each (the guideline records a program once per article), matched one to
one either exactly (strict) or where one name contains the other (lenient). Counts are summed over
all articles per kind before precision, recall and F1 are computed (micro averages).

Metric and subject: predicted and gold figures are paired one to one by (kind, value, unit,
section); on each pair the metric (percent) and subject (count) are compared with white space
removed, equal (strict) or one containing the other (lenient). In those rows `gold` counts pairs
whose gold names one, `pred` pairs whose prediction names one, `tp` pairs where both agree: recall
is the share of named gold fields found, precision the share of predicted fields that are right
(a field the gold leaves empty counts against it).

Plan or result, and year: a gold figure that carries `is_target` is labelled for them (its `year`,
null for none, is then read as labelled too). Each labelled gold figure paired with a predicted one
counts towards three rows, `plan` (is_target agrees), `year` (year agrees) and `plan_year` (both):
`gold` counts the labelled figures, `pred` those paired with a prediction, `tp` the pairs that
agree, so recall is the share of labelled figures the extractors got right, a figure not found
counting as wrong. A fourth row, `plan_year_core`, counts the same for the figures issue 8's
done-means names, as the gold labels them: every money figure (budgets and the rest), a percent
whose metric names 고용률 and a count whose subject names 일자리.

Sections are compared as the guideline writes them: the extractors' `subtitle` and `lead` count as
`body`.

Pure: plain values in, plain values out; reading files and running the extractors is
`pipeline.evaluate`'s job.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

FIGURE_KINDS: tuple[str, ...] = ("money", "percent", "count")
PROGRAMS_STRICT = "programs_strict"
PROGRAMS_LENIENT = "programs_lenient"
#: Which field of a paired figure each context row compares (docs/guideline.md: metric of a percent,
#: subject of a count).
CONTEXT_FIELDS: dict[str, str] = {"metric": "percent", "subject": "count"}
CONTEXT_ROWS: tuple[str, ...] = tuple(
    f"{name}_{how}" for name in CONTEXT_FIELDS for how in ("strict", "lenient")
)
#: What each plan-or-year row compares on a pair of figures.
TIME_ROWS: tuple[str, ...] = ("plan", "year", "plan_year", "plan_year_core")
#: Which gold figures the `plan_year_core` row scores: every money figure, and a percent or count
#: whose gold metric or subject names one of these words (the figures a trend of jobs is built on).
CORE_NAMES: dict[str, str] = {"percent": "고용률", "count": "일자리"}
#: Rows of a score table, in display order.
SCORE_ROWS: tuple[str, ...] = (
    *FIGURE_KINDS,
    PROGRAMS_STRICT,
    PROGRAMS_LENIENT,
    *CONTEXT_ROWS,
    *TIME_ROWS,
)
ROW_LABELS: dict[str, str] = {
    "money": "money",
    "percent": "percent",
    "count": "count",
    PROGRAMS_STRICT: "programs (strict)",
    PROGRAMS_LENIENT: "programs (lenient)",
    "metric_strict": "metric (strict)",
    "metric_lenient": "metric (lenient)",
    "subject_strict": "subject (strict)",
    "subject_lenient": "subject (lenient)",
    "plan": "plan or result",
    "year": "year",
    "plan_year": "plan and year",
    "plan_year_core": "plan and year (core)",
}
#: The guideline's sections: the extractors' sub-headline and lead are body to it.
_SCORED_SECTION: dict[str, str] = {"subtitle": "body", "lead": "body"}

_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Mention:
    """One figure as scoring sees it; surface and section only help a person read the details."""

    kind: str
    value: Decimal
    unit: str
    surface: str = ""
    section: str = ""
    metric: str | None = None
    subject: str | None = None
    is_target: bool | None = None  # None on a gold figure: not labelled for plan and year
    year: int | None = None

    @property
    def key(self) -> tuple[str, Decimal, str]:
        return (self.kind, self.value, self.unit)

    @property
    def scored_section(self) -> str:
        return _SCORED_SECTION.get(self.section, self.section)

    @property
    def timing(self) -> tuple[bool | None, int | None]:
        return (self.is_target, self.year)


def mention_from_gold(record: Mapping[str, Any]) -> Mention:
    """A gold figure (a JSON object) → Mention; raises ValueError naming what is missing or bad."""
    try:
        kind, raw_value, unit = record["kind"], record["value"], record["unit"]
    except (KeyError, TypeError) as exc:
        raise ValueError(f"gold figure without kind/value/unit: {record!r}") from exc
    if isinstance(raw_value, float):
        # A float has already lost the exact decimal the annotator wrote.
        raise ValueError(f"gold value {raw_value!r} was parsed as a float; use parse_float=Decimal")
    if isinstance(raw_value, bool) or not isinstance(raw_value, int | Decimal | str):
        raise ValueError(f"gold value is not a number: {raw_value!r}")
    try:
        value = Decimal(raw_value)
    except ArithmeticError as exc:
        raise ValueError(f"gold value is not a number: {raw_value!r}") from exc
    is_target, year = record.get("is_target"), record.get("year")
    if is_target is not None and not isinstance(is_target, bool):
        raise ValueError(f"gold is_target is not true or false: {is_target!r}")
    if year is not None and (isinstance(year, bool) or not isinstance(year, int)):
        raise ValueError(f"gold year is not a whole number or null: {year!r}")
    return Mention(
        kind=str(kind),
        value=value,
        unit=str(unit),
        surface=str(record.get("surface") or ""),
        section=str(record.get("section") or ""),
        metric=_named(record.get("metric")),
        subject=_named(record.get("subject")),
        is_target=is_target,
        year=year,
    )


def is_core(m: Mention) -> bool:
    """Whether a figure is one the `plan_year_core` row scores (see CORE_NAMES)."""
    if m.kind == "money":
        return True
    word = CORE_NAMES.get(m.kind)
    named = m.metric if m.kind == "percent" else m.subject
    return bool(word and named and word in _SPACE.sub("", named))


def _named(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def program_key(name: str) -> str:
    """A program name as compared: NFC, white space removed."""
    return _SPACE.sub("", unicodedata.normalize("NFC", name))


@dataclass(slots=True)
class Tally:
    """Counts for one row of the score table."""

    gold: int = 0
    pred: int = 0
    tp: int = 0

    # With nothing predicted nothing is wrong, and with nothing to find nothing is missed: an
    # empty row scores 1.0 rather than dividing by zero; F1 then follows from P and R.
    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, gold: int, pred: int, tp: int) -> None:
        self.gold += gold
        self.pred += pred
        self.tp += tp

    def as_dict(self) -> dict[str, float | int]:
        return {
            "gold": self.gold,
            "pred": self.pred,
            "tp": self.tp,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(slots=True)
class ArticleDiff:
    """What one article got wrong: the material of `sutja eval --details`."""

    article_id: str
    missed: list[Mention] = field(default_factory=list)  # gold figures not predicted
    spurious: list[Mention] = field(default_factory=list)  # predicted figures not in gold
    missed_programs: list[str] = field(default_factory=list)  # no lenient match
    spurious_programs: list[str] = field(default_factory=list)  # no lenient match
    # (predicted, gold) pairs that match leniently but not strictly: boundary disagreements
    program_boundaries: list[tuple[str, str]] = field(default_factory=list)
    # (field, predicted, gold) for paired figures whose metric or subject do not agree leniently
    context: list[tuple[str, Mention, Mention]] = field(default_factory=list)
    # (predicted, gold) pairs whose plan-or-result or year differ from the gold's labels
    timing: list[tuple[Mention, Mention]] = field(default_factory=list)
    note: str | None = None  # e.g. the article could not be cleaned

    @property
    def empty(self) -> bool:
        return not (
            self.missed
            or self.spurious
            or self.missed_programs
            or self.spurious_programs
            or self.program_boundaries
            or self.context
            or self.timing
            or self.note
        )


@dataclass(slots=True)
class Evaluation:
    """Summed tallies per row plus the per-article differences."""

    tallies: dict[str, Tally] = field(default_factory=lambda: {r: Tally() for r in SCORE_ROWS})
    articles: list[ArticleDiff] = field(default_factory=list)

    def add_article(
        self,
        article_id: str,
        predicted: Iterable[Mention],
        gold: Iterable[Mention],
        predicted_programs: Iterable[str],
        gold_programs: Iterable[str],
        note: str | None = None,
    ) -> ArticleDiff:
        diff = ArticleDiff(article_id, note=note)
        predicted, gold = list(predicted), list(gold)
        for kind in FIGURE_KINDS:
            p = [m for m in predicted if m.kind == kind]
            g = [m for m in gold if m.kind == kind]
            missed, spurious = match_figures(p, g)
            self.tallies[kind].add(len(g), len(p), len(g) - len(missed))
            diff.missed += missed
            diff.spurious += spurious
        # Mentions of kinds outside the guideline's three can only be wrong.
        diff.spurious += [m for m in predicted if m.kind not in FIGURE_KINDS]

        pred_names = _unique_programs(predicted_programs)
        gold_names = _unique_programs(gold_programs)
        strict = match_programs(pred_names, gold_names, lenient=False)
        lenient = match_programs(pred_names, gold_names, lenient=True)
        self.tallies[PROGRAMS_STRICT].add(len(gold_names), len(pred_names), len(strict))
        self.tallies[PROGRAMS_LENIENT].add(len(gold_names), len(pred_names), len(lenient))
        matched_pred = {p for p, _ in lenient}
        matched_gold = {g for _, g in lenient}
        diff.missed_programs = [g for g in gold_names if g not in matched_gold]
        diff.spurious_programs = [p for p in pred_names if p not in matched_pred]
        diff.program_boundaries = [(p, g) for p, g in lenient if program_key(p) != program_key(g)]

        pairs = pair_figures(predicted, gold)
        self._add_timing(diff, pairs, gold)
        for p, g in pairs:
            for name, kind in CONTEXT_FIELDS.items():
                if p.kind != kind:
                    continue
                said, meant = getattr(p, name), getattr(g, name)
                for how in ("strict", "lenient"):
                    agree = context_agrees(said, meant, lenient=how == "lenient")
                    self.tallies[f"{name}_{how}"].add(
                        int(meant is not None), int(said is not None), int(agree)
                    )
                if not context_agrees(said, meant, lenient=True) and (said or meant):
                    diff.context.append((name, p, g))
        self.articles.append(diff)
        return diff

    def _add_timing(
        self, diff: ArticleDiff, pairs: list[tuple[Mention, Mention]], gold: list[Mention]
    ) -> None:
        labelled = sum(g.is_target is not None for g in gold)
        paired = [(p, g) for p, g in pairs if g.is_target is not None]
        plan = sum(p.is_target == g.is_target for p, g in paired)
        year = sum(p.year == g.year for p, g in paired)
        both = sum(p.timing == g.timing for p, g in paired)
        for row, agree in (("plan", plan), ("year", year), ("plan_year", both)):
            self.tallies[row].add(labelled, len(paired), agree)
        core = [(p, g) for p, g in paired if is_core(g)]
        self.tallies["plan_year_core"].add(
            sum(g.is_target is not None and is_core(g) for g in gold),
            len(core),
            sum(p.timing == g.timing for p, g in core),
        )
        diff.timing = [(p, g) for p, g in paired if p.timing != g.timing]

    def as_dict(self, *, details: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "articles": len(self.articles),
            "scores": {row: self.tallies[row].as_dict() for row in SCORE_ROWS},
        }
        if details:
            out["details"] = [_diff_as_dict(d) for d in self.articles if not d.empty]
        return out


def match_figures(
    predicted: list[Mention], gold: list[Mention]
) -> tuple[list[Mention], list[Mention]]:
    """Multiset match on (kind, value, unit) → (missed gold mentions, spurious predictions).

    Within one key, mentions with the same section and surface are paired first, so that the
    leftovers shown to a person are the ones that really differ.
    """
    by_key_pred: dict[tuple, list[Mention]] = defaultdict(list)
    by_key_gold: dict[tuple, list[Mention]] = defaultdict(list)
    for m in predicted:
        by_key_pred[m.key].append(m)
    for m in gold:
        by_key_gold[m.key].append(m)
    missed: list[Mention] = []
    spurious: list[Mention] = []
    for key in by_key_pred.keys() | by_key_gold.keys():
        p_left, g_left = _pair_off(by_key_pred[key], by_key_gold[key])
        n = min(len(p_left), len(g_left))
        missed += g_left[n:]
        spurious += p_left[n:]
    order = {id(m): i for i, m in enumerate(gold + predicted)}
    return sorted(missed, key=lambda m: order[id(m)]), sorted(spurious, key=lambda m: order[id(m)])


def _pair_off(pred: list[Mention], gold: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """Remove pairs with identical (section, surface); return what is left of each side."""
    gold_left = list(gold)
    pred_left: list[Mention] = []
    for p in pred:
        twin = next(
            (
                i
                for i, g in enumerate(gold_left)
                if (g.scored_section, g.surface) == (p.scored_section, p.surface)
            ),
            None,
        )
        if twin is None:
            pred_left.append(p)
        else:
            del gold_left[twin]
    return pred_left, gold_left


def pair_figures(predicted: list[Mention], gold: list[Mention]) -> list[tuple[Mention, Mention]]:
    """Predicted and gold figures that are the same mention: equal (kind, value, unit, section),
    one to one, those with the same surface paired first, the rest in text order."""
    by_key: dict[tuple, list[Mention]] = defaultdict(list)
    for g in gold:
        by_key[(*g.key, g.scored_section)].append(g)
    pairs: list[tuple[Mention, Mention]] = []
    unpaired: list[Mention] = []
    for p in predicted:
        left = by_key[(*p.key, p.scored_section)]
        twin = next((i for i, g in enumerate(left) if g.surface == p.surface), None)
        if twin is None:
            unpaired.append(p)
        else:
            pairs.append((p, left.pop(twin)))
    for p in unpaired:
        left = by_key[(*p.key, p.scored_section)]
        if left:
            pairs.append((p, left.pop(0)))
    return pairs


def context_agrees(predicted: str | None, gold: str | None, *, lenient: bool) -> bool:
    """Do a predicted and a gold metric (or subject) name the same thing? Both named, compared
    with white space removed: equal (strict) or one containing the other (lenient)."""
    if not predicted or not gold:
        return False
    p, g = program_key(predicted), program_key(gold)
    return p == g or (lenient and (p in g or g in p))


def match_programs(
    predicted: list[str], gold: list[str], *, lenient: bool
) -> list[tuple[str, str]]:
    """One-to-one matching of program names → the matched (predicted, gold) pairs.

    Strict: equal once white space is removed. Lenient: one contains the other. A maximum
    bipartite matching, so that a greedy choice cannot steal a partner another name needed.
    """
    pk = [program_key(p) for p in predicted]
    gk = [program_key(g) for g in gold]

    def fits(i: int, j: int) -> bool:
        if lenient:
            return bool(pk[i]) and bool(gk[j]) and (pk[i] in gk[j] or gk[j] in pk[i])
        return pk[i] == gk[j]

    partner_of_gold: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in range(len(gk)):
            if j in seen or not fits(i, j):
                continue
            seen.add(j)
            if j not in partner_of_gold or augment(partner_of_gold[j], seen):
                partner_of_gold[j] = i
                return True
        return False

    # Exact matches first, so that a lenient matching keeps the pairs a strict one would make.
    for i in sorted(range(len(pk)), key=lambda i: pk[i] not in gk):
        augment(i, set())
    return sorted(
        ((predicted[i], gold[j]) for j, i in partner_of_gold.items()),
        key=lambda pair: predicted.index(pair[0]),
    )


def _unique_programs(names: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for name in names:
        key = program_key(name)
        if key and key not in seen:
            seen.add(key)
            out.append(name)
    return out


def _mention_as_dict(m: Mention) -> dict[str, str]:
    return {
        "kind": m.kind,
        "value": format(m.value, "f"),
        "unit": m.unit,
        "surface": m.surface,
        "section": m.section,
    }


def _diff_as_dict(d: ArticleDiff) -> dict[str, Any]:
    return {
        "id": d.article_id,
        "note": d.note,
        "missed": [_mention_as_dict(m) for m in d.missed],
        "spurious": [_mention_as_dict(m) for m in d.spurious],
        "missed_programs": d.missed_programs,
        "spurious_programs": d.spurious_programs,
        "program_boundaries": [{"predicted": p, "gold": g} for p, g in d.program_boundaries],
        "context": [
            {"field": name, "predicted": getattr(p, name), "gold": getattr(g, name)}
            | _mention_as_dict(g)
            for name, p, g in d.context
        ],
        "timing": [
            {
                "predicted": {"is_target": p.is_target, "year": p.year},
                "gold": {"is_target": g.is_target, "year": g.year},
            }
            | _mention_as_dict(g)
            for p, g in d.timing
        ],
    }
