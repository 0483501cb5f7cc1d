"""Quality floors on the dev gold set: no change may lower extraction quality silently.

The gold file lives beside the repository (../shared/gold/dev.jsonl) and is never copied into it.
Without it the gate skips, except under CI=true, where it must run.
"""

import os
from pathlib import Path

import pytest

from extractors.scoring import ROW_LABELS, Evaluation
from pipeline.evaluate import evaluate

DEV_GOLD = Path(__file__).resolve().parent.parent.parent / "shared" / "gold" / "dev.jsonl"

#: F1 floors per row of `sutja eval` (issue 2, "Done means").
FLOORS = {"money": 0.97, "percent": 0.98, "count": 0.95, "programs_lenient": 0.80}


@pytest.fixture(scope="module")
def dev_evaluation() -> Evaluation:
    if not DEV_GOLD.is_file():
        message = f"dev gold set not found at {DEV_GOLD} (../shared/gold/dev.jsonl)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return evaluate(DEV_GOLD)


@pytest.mark.parametrize("row", list(FLOORS))
def test_f1_floor_on_dev_gold(dev_evaluation, row):
    tally = dev_evaluation.tallies[row]
    assert tally.f1 >= FLOORS[row], (
        f"{ROW_LABELS[row]}: F1 {tally.f1:.3f} < {FLOORS[row]} "
        f"(gold {tally.gold}, predicted {tally.pred}, correct {tally.tp}); "
        "see `sutja eval ../shared/gold/dev.jsonl --details`"
    )
