"""Retrieval quality must not fall below agreed floors on the question sets.

The floors are lower bounds (ceilings for the wrongly-not-covered share), set a little
below what was measured, so a change that costs answers fails here. The frozen set is
only ever measured, never read for tuning (tests/data/README.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.evaluation import by_kind, read_questions, run_assistant

ROOT = Path(__file__).resolve().parents[1]
SETS = {
    "dev": ROOT.parent / "shared" / "dev-questions.jsonl",
    "own": ROOT / "tests" / "data" / "questions-own.jsonl",
    "frozen": ROOT / "tests" / "data" / "questions-frozen.jsonl",
    "calibration": ROOT / "tests" / "data" / "questions-calibration.jsonl",
    "validation": ROOT / "tests" / "data" / "questions-validation.jsonl",
}
FLOORS = {
    # About 0.04 below what was measured on 2026-12-04 (the last figure:
    # the most answerable questions that may be wrongly refused, as a share; 3% is the goal).
    # set: (core R@3, core R@1, followup R@3, unanswerable share, max wrongly-not-covered share)
    # measured: dev .97 .89 .83 1.00 .000 | own .97 .77 .81 1.00 .000 | frozen .86 .75 .93 .86 .013
    #           calibration .95 .86 – .96 .000 | validation .89 .70 .95 .75 .000
    "dev": (0.93, 0.85, 0.80, 0.95, 0.03),
    "own": (0.93, 0.73, 0.76, 0.94, 0.03),
    "frozen": (0.82, 0.71, 0.88, 0.79, 0.03),
    "calibration": (0.91, 0.82, None, 0.92, 0.03),
    "validation": (0.85, 0.66, 0.90, 0.71, 0.03),
}
CORE = "kjerne (6 typer)"


def measure(assistant, path: Path) -> tuple[float, float, float, float, float]:
    """The five floor figures of one question set, asked through the real assistant."""
    questions = read_questions(path)
    table = by_kind(run_assistant(lambda question, conversation: assistant.ask(question, conversation), questions))
    answerable = sum(1 for question in questions if question.expect)
    return (
        table[CORE].r3,
        table[CORE].r1,
        table["followup"].r3 if "followup" in table else None,
        table["unanswerable"].r3,
        round(table["alle"].wrongly_not_covered / answerable, 3),
    )


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(SETS))
def test_quality_stays_above_the_floor(real_assistant, name):
    path = SETS[name]
    if not path.is_file():
        pytest.skip(f"{path} not found: the shared question set sits beside the clone (../shared) in CI")
    core_r3, core_r1, followup_r3, unanswerable, wrongly = measure(real_assistant, path)
    print(f"\n{name}: core R@3 {core_r3:.3f}, core R@1 {core_r1:.3f}, followup R@3 {followup_r3}, "
          f"unanswerable {unanswerable:.3f}, wrongly not covered {wrongly:.3f}")
    floor_r3, floor_r1, floor_followup, floor_unanswerable, ceiling_wrongly = FLOORS[name]
    assert core_r3 >= floor_r3
    assert core_r1 >= floor_r1
    assert floor_followup is None or followup_r3 >= floor_followup
    assert unanswerable >= floor_unanswerable
    assert wrongly <= ceiling_wrongly
