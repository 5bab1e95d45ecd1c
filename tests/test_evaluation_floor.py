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
import random
from pathlib import Path

import pytest

from assistant.evaluation import by_kind, read_questions, run_assistant
from assistant.linear import DATA

ROOT = Path(__file__).resolve().parents[1]
FROZEN = ROOT / "tests" / "data" / "questions-frozen.jsonl"
# Measured 2026-12-08 with the learned follow-up decision, trained on 2,737 questions (201
# frozen questions): R@1 .891, R@3 .960, Nynorsk R@3 .971, wrongly not covered .012, caught 1.0.
FROZEN_FLOOR = {"r1": 0.85, "r3": 0.95, "nn_r3": 0.93, "wrongly": 0.02, "caught": 0.92}
# Measured 2026-12-07 (grouped 5-fold CV over the 2,089 training questions, the hard
# everyday-word, scene, keyword, chapter and follow-up sets included): R@1 .822, R@3 .904,
# wrongly not covered .031, caught .828. The cost-chosen cut-offs now trade some refusals
# of unanswerable questions for partial answers (cost .7 each) to refuse fewer answerable
# ones (cost 1): on the same 1,764 questions the total cost fell from 221.5 to 199.2 (as the
# README says), so the caught floor is lowered.
# Measured 2026-12-08 on 2,737 questions (the styles and mixed sets added): R@1 .838,
# R@3 .913, wrongly not covered .033, caught .858.
CV_FLOOR = {"recall_at_1": 0.81, "recall_at_3": 0.90, "wrongly_not_covered": 0.045, "unanswerable_caught": 0.84}
# Measured 2026-12-08 (grouped 5-fold CV of the follow-up decision, followup.json): 51 of 430
# labelled follow-ups read alone, 25 of 2,351 new questions after an unrelated one read as
# follow-ups, 1 of 96 topic changes read as a follow-up. The hand rule it replaced misread
# 111 of 367, 158 of 1,797 and 14 of 74 on the sets of that morning.
DECISION_CEILING = {"followup": 0.13, "new": 0.02, "topic_change": 0.05}
# Measured 2026-12-08: 5 of the 174 frozen questions without context are answered
# differently when asked right after an unrelated frozen question (the hand rule: 15).
PAIRS_CEILING = 6


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


def test_the_follow_up_decision_misreads_few_turns_in_cross_validation():
    figures = json.loads((DATA / "followup.json").read_text(encoding="utf-8"))["cross_validated"]
    for kind, ceiling in DECISION_CEILING.items():
        assert figures[kind]["misread"] / figures[kind]["of"] <= ceiling, kind


@pytest.mark.slow
def test_a_new_question_after_an_unrelated_one_keeps_its_answer(real_assistant):
    from assistant.models import Conversation

    alone = [q for q in read_questions(FROZEN) if not q.context]
    rng = random.Random(11)
    changed = []
    for question in alone:
        other = rng.choice([o for o in alone if o.expect[:1] != question.expect[:1]])
        conversation = Conversation()
        real_assistant.ask(other.question, conversation)
        after = real_assistant.ask(question.question, conversation)
        first = real_assistant.ask(question.question, Conversation())
        if (after.status, after.hits[:1]) != (first.status, first.hits[:1]):
            changed.append(question.id)
    assert len(changed) <= PAIRS_CEILING, changed
