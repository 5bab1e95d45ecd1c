"""The labelled questions the models learn from, and their cross-validation folds.

Every set in tests/data except the frozen one: the frozen set is measured only. Folds
group questions by what they are about (the first expected recommendation or section),
so that no question's near-twin sits in its training folds; an unanswerable question is
its own group.
"""

from __future__ import annotations

import zlib
from pathlib import Path

from assistant.evaluation import Question, read_questions

DATA_DIR = Path(__file__).resolve().parents[2] / "tests" / "data"
TRAINING_SETS = (
    "dev", "own", "calibration", "validation", "train", "extra", "scenes", "scenes-neg", "keywords",
    "chapters", "more", "next", "styles", "mixed",
)
DECISION_SETS = ("turns",)
"""Sets only the follow-up decision is fitted to: bare fragments and topic changes, which
show how a question leans on the turn before it. The ranker and the coverage model never
see them, so they also measure the whole path on such turns unseen."""
FROZEN_SET = "frozen"
FOLDS = 5


def set_path(name: str) -> Path:
    """tests/data/questions-<name>.jsonl."""
    return DATA_DIR / f"questions-{name}.jsonl"


def training_questions() -> list[Question]:
    """All labelled questions the models may be fitted to (never the frozen set)."""
    found: list[Question] = []
    for name in TRAINING_SETS:
        if set_path(name).exists():
            found.extend(read_questions(set_path(name)))
    return found


def decision_only_questions() -> list[Question]:
    """The questions of DECISION_SETS (the follow-up decision is fitted to these and the training sets)."""
    return [q for name in DECISION_SETS if set_path(name).exists() for q in read_questions(set_path(name))]


def group_of(question: Question) -> str:
    """What the question is about: its first target, or its own id when unanswerable."""
    if not question.expect:
        return "none:" + question.id
    target = question.expect[0]
    return ":".join(str(target.get(key, "")) for key in ("source", "section", "rec"))


def fold_of(question: Question) -> int:
    """A stable fold number from the question's group (the same on every machine)."""
    return zlib.crc32(group_of(question).encode("utf-8")) % FOLDS
