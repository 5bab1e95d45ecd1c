"""Fit the follow-up decision (assistant/followup.py) by logistic regression, with grouped CV.

Examples come from the labelled questions: a labelled follow-up after the last turn of
its context leans on it (1); a `topic_change` question after its context does not (0);
and every standalone question, asked right after an unrelated labelled question, does
not either (0). Logistic regression, because the thirteen features are few, readable
and nearly additive, and `index explain` can then give each feature's share of the score.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import numpy as np

from assistant.evaluation import Question
from assistant.facets import detect
from assistant.followup import FOLLOWUP_FEATURES, THRESHOLD, followup_row
from assistant.learning.dataset import FOLDS, fold_of, group_of
from assistant.linear import LinearModel

SEED = 11
REGULARISATION = 1.0
"""scikit-learn's C. Grouped-CV misreads (follow-ups, new, topic changes) measured
2026-12-08: C 0.1: 54 + 9 + 0; C 1: 39 + 15 + 1; C 10: 37 + 18 + 1."""


@dataclass(frozen=True)
class Example:
    question: str
    previous: str
    leans: bool
    kind: str
    fold: int


def examples(questions: list[Question]) -> list[Example]:
    """Labelled (previous question, question, leans on it) triples."""
    rng = random.Random(SEED)
    alone = [q for q in questions if not q.context]
    found = []
    for question in questions:
        if question.context:
            if question.kind in ("followup", "topic_change"):
                found.append(Example(question.question, question.context[-1], question.kind == "followup",
                                     question.kind, fold_of(question)))
            continue
        group = group_of(question)
        other = rng.choice(alone)
        while group_of(other) == group:
            other = rng.choice(alone)
        found.append(Example(question.question, other.question, False, "new", fold_of(question)))
    return found


def rows(found: list[Example]) -> np.ndarray:
    return np.array([followup_row(e.question, detect(e.question), e.previous, set(detect(e.previous)))
                     for e in found])


def fit(matrix: np.ndarray, labels: np.ndarray, extra: dict | None = None) -> LinearModel:
    from sklearn.linear_model import LogisticRegression

    mean = matrix.mean(axis=0)
    scale = matrix.std(axis=0)
    scale[scale == 0] = 1.0
    model = LogisticRegression(C=REGULARISATION, max_iter=1000)
    model.fit((matrix - mean) / scale, labels)
    return LinearModel(FOLLOWUP_FEATURES, mean, scale, model.coef_[0], float(model.intercept_[0]), extra or {})


def fit_decision(questions: list[Question]) -> LinearModel:
    """The decision fitted on the questions' examples (the per-fold models of train.py)."""
    found = examples(questions)
    return fit(rows(found), np.array([e.leans for e in found], dtype=int))


def fit_followup(questions: list[Question]) -> LinearModel:
    """The decision fitted on all examples, with its grouped-CV misreads in `extra`."""
    found = examples(questions)
    matrix = rows(found)
    labels = np.array([e.leans for e in found], dtype=int)
    folds = np.array([e.fold for e in found])
    predicted = np.zeros(len(found), dtype=bool)
    for k in range(FOLDS):
        model = fit(matrix[folds != k], labels[folds != k])
        predicted[folds == k] = model.scores(matrix[folds == k]) >= np.log(THRESHOLD / (1 - THRESHOLD))
    misread: dict[str, list[int]] = {}
    for example, guess in zip(found, predicted):
        counts = misread.setdefault(example.kind, [0, 0])
        counts[0] += int(guess != example.leans)
        counts[1] += 1
    extra = {"cross_validated": {kind: {"misread": wrong, "of": total} for kind, (wrong, total) in sorted(misread.items())}}
    return fit(matrix, labels, extra)
