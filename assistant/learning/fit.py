"""Fit the ranker and the coverage model, choose the verdict thresholds, measure by CV.

Both models are LightGBM tree ensembles (see fit_ranker and fit_coverage for why), shipped
as node tables in JSON (assistant/trees.py) and explained feature by feature; answering
needs only numpy. Steps (assistant/learning/dataset.py has the folds):
1. the first stage's pool and rank features of every labelled question (model-free);
2. per fold, a lambdarank ranker on the other folds; every question is then asked with
   the ranker that never saw its fold, giving out-of-fold rankings and coverage features;
3. per fold, a coverage model on the other folds' out-of-fold features; thresholds for
   answered / partial / not_covered minimise the cost below over out-of-fold predictions;
4. the cross-validated figures come from asking each fold's questions through the same
   Assistant.ask path as `veileder eval`, with that fold's two models;
5. the shipped models are fitted on all questions.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from assistant.coverage_features import COVERAGE_FEATURES
from assistant.evaluation import Question, hit_matches
from assistant.linear import LinearModel
from assistant.trees import TreeEnsemble, from_lightgbm
from assistant.models import Conversation
from assistant.rank_features import RANK_FEATURES
from assistant.service import Assistant, Observation

COSTS = {
    "answerable": {"answered": 0.0, "partial": 0.25, "not_covered": 1.0},
    "unanswerable": {"answered": 1.0, "partial": 0.7, "not_covered": 0.0},
}
"""A wrong refusal hides the answer and a confident wrong answer misleads: both cost 1. A
partial answer costs a little when right (it hedges) and much when wrong (it still leads
with a passage as if it answered)."""
COVERAGE_PARAMS = {
    "objective": "binary", "n_estimators": 200, "learning_rate": 0.05, "num_leaves": 7,
    "min_child_samples": 20, "reg_lambda": 1.0, "deterministic": True, "n_jobs": 1, "seed": 7,
    "verbose": -1,
}
"""The ranker's tree size for the yes/no question "do the sources answer it", with an L2
penalty on leaf values: without it, grouped CV cost rose from 204 to 211."""
RANKER_PARAMS = {
    "objective": "lambdarank", "n_estimators": 150, "learning_rate": 0.05, "num_leaves": 7,
    "min_child_samples": 20, "lambdarank_truncation_level": 10, "deterministic": True, "n_jobs": 1,
    "seed": 7, "verbose": -1,
}
"""Small trees, few rounds: a few hundred questions, and the ranking must generalise."""


@dataclass
class Sample:
    """What one labelled question gave: its pool's rank rows and labels, its coverage row."""

    question: Question
    rank_rows: list[list[float]]
    relevant: list[bool]
    coverage_row: list[float] | None = None


def observe(assistant: Assistant, question: Question) -> Observation | None:
    """Ask `question` after its context; the observation of the scored question (None if not searched)."""
    seen: list[Observation] = []
    conversation = Conversation()
    for earlier in question.context:
        assistant.ask(earlier, conversation)
    assistant.observer = seen.append
    try:
        assistant.ask(question.question, conversation)
    finally:
        assistant.observer = None
    return seen[-1] if seen else None


def _relevant(observation: Observation, question: Question) -> list[bool]:
    return [
        any(hit_matches(h.chunk.file, h.chunk.section, h.chunk.rec, h.chunk.kind == "recommendation", t)
            for t in question.expect)
        for h in observation.hits
    ]


def zero_model(features: tuple[str, ...]) -> LinearModel:
    """A model that scores everything 0 (the ranker then keeps first-stage order)."""
    n = len(features)
    return LinearModel(features, np.zeros(n), np.ones(n), np.zeros(n), 0.0)


def first_stage_ranker() -> LinearModel:
    """Scores by first-stage rank only: the order the pool came in."""
    model = zero_model(RANK_FEATURES)
    model.coef[RANK_FEATURES.index("first_rank")] = 1.0
    return model


def _dropped(rows, names: tuple[str, ...], drop: frozenset[str]) -> np.ndarray:
    """The rows with the dropped features zeroed (they then get no weight)."""
    matrix = np.array(rows, dtype=float)
    for name in drop:
        matrix[:, names.index(name)] = 0.0
    return matrix


def fit_ranker(samples: list[Sample], drop: frozenset[str] = frozenset()) -> TreeEnsemble:
    """LightGBM lambdarank over each question's pool: the right candidates first.

    Why LightGBM: measured against a pairwise logistic model on the same features and
    folds, its trees find the interactions (a named substance matters for a
    recommendation, not for a directory entry) that a linear model cannot, for about
    four points of Recall@1; single-threaded and deterministic, so a rebuild is equal.
    """
    import lightgbm

    rows = np.vstack([_dropped(s.rank_rows, RANK_FEATURES, drop) for s in samples])
    labels = np.concatenate([np.array(s.relevant, dtype=int) for s in samples])
    model = lightgbm.LGBMRanker(**RANKER_PARAMS)
    model.fit(rows, labels, group=[len(s.rank_rows) for s in samples])
    return from_lightgbm(model.booster_.dump_model(), RANK_FEATURES)


def fit_coverage(samples: list[Sample], thresholds: dict | None = None, drop: frozenset[str] = frozenset()) -> TreeEnsemble:
    """Gradient-boosted trees for "the sources answer it" on the coverage features.

    Why trees rather than the logistic regression used before: an unknown word means
    little in a Nynorsk or a follow-up question and much in a short Bokmål one, and a
    near labelled neighbour outweighs a weak BM25 score; a linear model cannot weigh
    one feature by another. Measured by grouped CV on the same folds and thresholds
    chosen by the same cost: total cost 221.5 -> 204.1, answerable questions wrongly
    refused 88 -> 68 of 1,289, unanswerable caught 423 -> 425 of 475. The classes are
    weighted to equal total weight, as "balanced" did for the logistic model.
    """
    import lightgbm

    usable = [s for s in samples if s.coverage_row is not None]
    x = _dropped([s.coverage_row for s in usable], COVERAGE_FEATURES, drop)
    y = np.array([bool(s.question.expect) for s in usable], dtype=int)
    weight = np.where(y == 1, 0.5 / y.mean(), 0.5 / (1 - y.mean()))
    model = lightgbm.LGBMClassifier(**COVERAGE_PARAMS)
    model.fit(x, y, sample_weight=weight)
    extra = {"thresholds": thresholds} if thresholds else {}
    return from_lightgbm(model.booster_.dump_model(), COVERAGE_FEATURES, extra)


def choose_thresholds(probabilities: list[float], answerable: list[bool]) -> dict[str, float]:
    """The (not_covered, answered) probability cut-offs with the least total cost."""
    grid = [round(step / 100, 2) for step in range(101)]
    p = np.array(probabilities)
    a = np.array(answerable)
    best = (float("inf"), 0.5, 0.5)
    for i, low in enumerate(grid):
        for high in grid[i:]:
            status_nc, status_partial = p < low, (p >= low) & (p < high)
            cost = (
                COSTS["answerable"]["not_covered"] * np.sum(a & status_nc)
                + COSTS["answerable"]["partial"] * np.sum(a & status_partial)
                + COSTS["unanswerable"]["answered"] * np.sum(~a & ~status_nc & ~status_partial)
                + COSTS["unanswerable"]["partial"] * np.sum(~a & status_partial)
            )
            if cost < best[0] - 1e-9:
                best = (float(cost), low, high)
    return {"not_covered": best[1], "answered": best[2]}
