"""The words of `tense_rules.toml` (`rules()`), SAME_YEAR and NEXT_YEAR, and the word sets and
patterns more than one of the tense modules reads (extractors/tense.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from extractors.rules_data import read_rules, word_lists
from extractors.words import RO, Word

CLOSING_QUOTES = frozenset({"’", "”", "'", '"', "」", "』"})
LIST_MARKS = ("▲", "△", "■", "□", "●", "○", "◆", "◇", "-", "·")
SEGMENT_ENDS = frozenset({"…", "...", "‥"})
FRAMING = frozenset({"보면", "보니", "보면,", "보니,", "비교하면", "비교하면,"})
LINKING_NOUNS = frozenset({"만큼", "데다", "가운데", "반면", "뒤", "후", "이후"})
CLAUSE_ENDS = frozenset({"고", "며", "으며", "다며", "라며", "지만", "으나", "는데", "은데"})
TOPIC_PARTICLES = frozenset({"은", "는", "이", "가"})
OBJECT = frozenset({"을", "를"})
OPENING_PARENS = ("(", "（")
CLOSING_PARENS = (")", "）")
UNITS_APART = frozenset({"원", "명", "개", "%"})  # a unit written apart from its number
YEAR = re.compile(r"[’']?\d{2,4}년")
MONTH = re.compile(r"\d+(월|분기|반기|일)")


#: The year of `같은 해` when its sentence names none before it: one named earlier in the article.
SAME_YEAR = 0
NEXT_YEAR = 1  # `이듬해` with no year before it in the sentence: the article's earlier year + 1


@dataclass(frozen=True)
class _Rules:
    plan_nouns: frozenset[str]
    plan_verbs: frozenset[str]
    allocate: frozenset[str]
    level_changes: frozenset[str]
    raise_or_cut: frozenset[str]
    goal_nouns: frozenset[str]
    result_nouns: frozenset[str]
    share: frozenset[str]
    share_told: frozenset[str]
    shares: frozenset[str]
    counts_allocated: frozenset[str]
    allocate_into: frozenset[str]
    included: frozenset[str]
    items_of: frozenset[str]
    itemized: tuple[str, ...]
    funding_topics: frozenset[str]
    recorded: frozenset[str]
    subtracting: frozenset[str]
    budget_sides: frozenset[str]
    allocations_named: frozenset[str]
    pledges: frozenset[str]
    term_start: frozenset[str]
    project_costs: frozenset[str]
    accounts: frozenset[str]
    fields: frozenset[str]
    funds: frozenset[str]
    sizes: frozenset[str]
    stopped: frozenset[str]
    holding: frozenset[str]
    short_of: frozenset[str]
    made: frozenset[str]
    job_counters: frozenset[str]
    now: frozenset[str]
    totals: frozenset[str]
    as_of: frozenset[str]
    building: frozenset[str]
    breakdown: tuple[str, ...]
    allocated_parts: tuple[str, ...]
    intro: tuple[str, ...]
    change_goal: frozenset[str]
    forecasts: frozenset[str]
    expected: frozenset[str]
    national_funds: tuple[str, ...]
    reflected: frozenset[str]
    won_totals: tuple[str, ...]
    asked: frozenset[str]
    own_budgets: frozenset[str]
    quotas: tuple[str, ...]
    program_terms: tuple[str, ...]
    confirmed: frozenset[str]
    settled: tuple[str, ...]
    accounts_sides: tuple[str, ...]
    plan_endings: frozenset[str]
    relative: dict[str, int]
    terms: frozenset[str]
    term_end: frozenset[str]
    term_years: frozenset[str]
    new_year: frozenset[str]
    new_year_in: re.Pattern[str]
    following: frozenset[str]
    part_of: frozenset[str]
    comparison: tuple[str, ...]
    since: tuple[str, ...]
    record: frozenset[str]
    period: frozenset[str]
    exceed: frozenset[str]
    stative: frozenset[str]
    set_goal: frozenset[str]
    acts: frozenset[str]
    program_heads: tuple[str, ...]
    program_acts: frozenset[str]
    content: frozenset[str]
    budget: tuple[str, ...]
    budget_size: frozenset[str]
    project_nouns: tuple[str, ...]
    agreements: tuple[str, ...]
    looked_into: frozenset[str]
    spend: frozenset[str]
    spent_adnominal: frozenset[str]
    secured: frozenset[str]
    same_year: tuple[str, ...]  # a tuple: matched with str.startswith too
    next_year: tuple[str, ...]
    year_before: frozenset[str]
    moved_to: frozenset[str]
    then_words: frozenset[str]
    agenda: frozenset[str]
    met_rates: frozenset[str]
    origins: tuple[str, ...]
    funding: frozenset[str]
    gap_adjectives: frozenset[str]
    frames_if: frozenset[str]
    spans_after: frozenset[str]
    same_period: frozenset[str]
    same_period_nouns: frozenset[str]
    named_before: frozenset[str]
    streak: tuple[str, ...]
    term_events: tuple[str, ...]
    all_along: frozenset[str]
    cumulative: frozenset[str]
    supplementary: tuple[str, ...]
    yearly_average: tuple[str, ...]
    past_month: frozenset[str]
    coming_month: frozenset[str]
    last_month: tuple[str, ...]
    allotted: tuple[str, ...]
    amounts: tuple[str, ...]
    still_to_do: frozenset[str]
    headcounts: frozenset[str]
    tally_nouns: tuple[str, ...]
    kept_rates: tuple[str, ...]
    result_labels: frozenset[str]
    held: frozenset[str]
    submitted: frozenset[str]
    calls: tuple[str, ...]
    won: frozenset[str]
    pledges_done: frozenset[str]
    prizes: frozenset[str]
    prizes_elsewhere: frozenset[str]
    awards: frozenset[str]
    awards_won: tuple[str, ...]
    evaluations: frozenset[str]
    # Whether a text holds any relative year word, or 해 or any same-year word: asked of every
    # word of a sentence, so one search instead of a test per word.
    relative_in: re.Pattern[str]
    same_year_in: re.Pattern[str]


@lru_cache(maxsize=1)
def rules() -> _Rules:
    data = read_rules("tense_rules.toml")
    given = {
        "plan_nouns": frozenset(data["plan"]["nouns"]),
        "plan_verbs": frozenset(data["plan"]["verbs"]),
        "level_changes": frozenset(data["plan"]["changes"]),
        "goal_nouns": frozenset(data["plan"]["goal"]),
        "result_nouns": frozenset(data["plan"]["result"]),
        "plan_endings": frozenset(data["plan"]["endings"]),
        "relative": dict(data["years"]["relative"]),
        "new_year_in": _any_of(data["years"]["new_year"]),
        "same_year": tuple(data["years"]["same"]),
        "next_year": tuple(data["years"]["next"]),
        "year_before": frozenset(data["years"]["before"]),
        "relative_in": _any_of(data["years"]["relative"]),
        "same_year_in": _any_of(["해", *data["years"]["same"], *data["years"]["next"]]),
    }
    # (the other fields are the lists of the same names: rules_data.word_lists)
    return _Rules(**word_lists(_Rules, data, given))


def _any_of(words: Iterable[str]) -> re.Pattern[str]:
    """A pattern found in a text when any of `words` is in it (never, for no words)."""
    return re.compile("|".join(map(re.escape, words)) or "(?!)")


DURATION = re.compile(r"\d+년간")
HALVES = {"상반기": 6, "하반기": 12}


def closed_by_comma(words: list[Word], k: int) -> bool:
    """Word k is a figure with 로 and a comma after it: its clause ends there, the copula left
    out (`일자리 예산은 412억원으로, …`)."""
    forms = words[k].particle_forms()
    return (
        words[k].has_number
        and bool(forms)
        and set(forms) <= RO
        and k + 1 < len(words)
        and words[k + 1].text == ","
    )


def stem_in(w: Word, stems: Iterable[str]) -> bool:
    """The word's stem, or its first morpheme (`넘어` is 넘 + 어), is one of `stems`."""
    return w.stem in stems or (bool(w.parts) and w.parts[0][0] in stems)


def opens_with_part(opened: list[Word]) -> bool:
    """A sentence opening on `이 가운데`, `이 중`, `그중`: a part of what the one before told."""
    if not opened:
        return False
    if opened[0].text in ("이중", "그중"):
        return True
    return len(opened) > 1 and opened[0].text in ("이", "그") and opened[1].stem in rules().part_of


def segment_bounds(words: list[Word], first: int) -> tuple[int, int]:
    """The words [start, end) of the headline segment word `first` stands in, between the `…`
    around it (all of a sentence without)."""
    start = next((k + 1 for k in range(first - 1, -1, -1) if words[k].text in SEGMENT_ENDS), 0)
    end = next((k for k in range(first, len(words)) if words[k].text in SEGMENT_ENDS), len(words))
    return start, end


def passive(w: Word) -> bool:
    """The verb is a passive with 되 (`포함됐다`, `반영됐다`)."""
    return any(p == "되" for p, _ in w.parts)


def clause_end(w: Word) -> bool:
    """A predicate whose ending closes a clause (`만들어`, `늘었고`; `22개였던` does not, nor
    `만들어진`, whose 어 only joins its auxiliary verb)."""
    ends = [t.split("-")[0] for _, t in w.parts if t.startswith("E")]
    return bool(ends) and ends[-1] in ("EC", "EF")


def clause_topic(
    words: list[Word], first: int, particles: frozenset[str] = frozenset({"은", "는"})
) -> int | None:
    """The nearest word before word `first` in its clause marked by one of `particles` alone
    (the topic, `삭감된 사업은 … 19건이다`; or the subject too), if any."""
    for k in range(first - 1, -1, -1):
        w = words[k]
        if w.predicate and clause_end(w):
            return None
        forms = w.particle_forms()
        if len(forms) == 1 and forms[0] in particles:
            return k
    return None


def opened_part_of(words: list[Word], first: int) -> Word | None:
    """The noun a sentence opens on, before word `first`, as the whole it takes parts of
    (`불용액 가운데 인건비가 58억원, …`, `증액분 가운데 …`), if any."""
    opened = [w for w in words[:first] if not w.punct][:3]
    return next((w for w, nxt in pairwise(opened) if nxt.stem in rules().part_of), None)
