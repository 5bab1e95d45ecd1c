"""Answer quality must not fall below agreed floors, measured where no model was fitted.

Two measurements count (tests/data/README.md): the frozen set, which no model,
threshold or lexicon entry is ever fitted to, asked through the shipped models; and
the grouped cross-validation of the training sets, recorded in coverage.json by
`veileder index train` (test_learned_models checks the file is what the code builds).
Figures on the training sets themselves would flatter the models and are not floors.
The floors sit a little below what was measured; the wrongly-not-covered share is a
ceiling.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.evaluation import by_kind, read_questions, run_assistant
from assistant.linear import DATA

ROOT = Path(__file__).resolve().parents[1]
FROZEN = ROOT / "tests" / "data" / "questions-frozen.jsonl"
# Measured 2026-12-07 with the tree coverage model, trained on 2,089 questions (201 frozen
# questions): R@1 .86, R@3 .93, Nynorsk R@3 .94, wrongly not covered .019, caught .897.
FROZEN_FLOOR = {"r1": 0.83, "r3": 0.91, "nn_r3": 0.90, "wrongly": 0.04, "caught": 0.87}
# Measured 2026-12-07 (grouped 5-fold CV over the 2,089 training questions, the hard
# everyday-word, scene, keyword, chapter and follow-up sets included): R@1 .822, R@3 .904,
# wrongly not covered .031, caught .828. The cost-chosen cut-offs now trade some refusals
# of unanswerable questions for partial answers (cost .7 each) to refuse fewer answerable
# ones (cost 1): on the same 1,764 questions the total cost fell from 221.5 to 199.2 (as the
# README says), so the caught floor is lowered.
CV_FLOOR = {"recall_at_1": 0.80, "recall_at_3": 0.89, "wrongly_not_covered": 0.045, "unanswerable_caught": 0.81}


@pytest.mark.slow
def test_the_frozen_set_stays_above_the_floor(real_assistant):
    questions = read_questions(FROZEN)
    outcomes = run_assistant(real_assistant.ask, questions)
    table = by_kind(outcomes)
    answerable = [o for o in outcomes if o.answerable]
    unanswerable = [o for o in outcomes if not o.answerable]
    wrongly = sum(o.status == "not_covered" for o in answerable) / len(answerable)
    caught = sum(o.status == "not_covered" for o in unanswerable) / len(unanswerable)
    print(f"\nfrozen: R@1 {table['alle'].r1:.3f}, R@3 {table['alle'].r3:.3f}, Nynorsk R@3 "
          f"{table['språk nn'].r3:.3f}, wrongly not covered {wrongly:.3f}, caught {caught:.3f}")
    assert table["alle"].r1 >= FROZEN_FLOOR["r1"]
    assert table["alle"].r3 >= FROZEN_FLOOR["r3"]
    assert table["språk nn"].r3 >= FROZEN_FLOOR["nn_r3"]
    assert wrongly <= FROZEN_FLOOR["wrongly"]
    assert caught >= FROZEN_FLOOR["caught"]


def test_the_cross_validated_figures_of_the_shipped_models_stay_above_the_floor():
    figures = json.loads((DATA / "coverage.json").read_text(encoding="utf-8"))["cross_validated"]
    assert figures["recall_at_1"] >= CV_FLOOR["recall_at_1"]
    assert figures["recall_at_3"] >= CV_FLOOR["recall_at_3"]
    assert figures["wrongly_not_covered"] <= CV_FLOOR["wrongly_not_covered"]
    assert figures["unanswerable_caught"] >= CV_FLOOR["unanswerable_caught"]
