"""The coverage verdict: answered, partial or not_covered, from the learned coverage model.

The model (assistant/data/coverage.json, fitted by assistant/learning) gives the
probability that the sources answer the question. Its two thresholds were chosen on
cross-validated predictions by an explicit cost (a wrong refusal and a confident wrong
answer each cost more than a partial answer; the costs are in the file).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from index.models import AnalyzedQuery, ScoredChunk

from assistant import honesty
from assistant.coverage_features import COVERAGE_FEATURES, coverage_features
from assistant.linear import LinearModel
from assistant.trees import TreeEnsemble, load_trees
from assistant.memory import Neighbours


@dataclass(frozen=True)
class Verdict:
    """The status, the model's probability, the features it saw and the words the sources lack."""

    status: str
    probability: float
    row: list[float]
    missing: list[str]


@lru_cache(maxsize=1)
def coverage_model() -> TreeEnsemble:
    """The shipped coverage model."""
    return load_trees("coverage", COVERAGE_FEATURES)


def probability(model: TreeEnsemble | LinearModel, row: list[float]) -> float:
    """P(the sources answer the question) for one feature row."""
    score = float(model.scores([row])[0])
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


def judge(
    query: AnalyzedQuery, ranked: list[ScoredChunk], scores: list[float], followup: bool, nynorsk: bool,
    model: TreeEnsemble | LinearModel | None = None, ask_terms: set[str] | None = None, neighbours: Neighbours = Neighbours(),
) -> Verdict:
    """Decide the status for a question and its ranked hits."""
    model = model or coverage_model()
    row = coverage_features(query, ranked, scores, followup, nynorsk, ask_terms, neighbours)
    p = probability(model, row) if ranked else 0.0
    thresholds = model.extra.get("thresholds", {"not_covered": 0.5, "answered": 0.5})
    missing = honesty.missing_words(query)
    if not ranked or p < thresholds["not_covered"]:
        status = "not_covered"
    elif p < thresholds["answered"] or missing:
        # A question whose own words the sources lack is answered only in part: say which.
        status = "partial"
    else:
        status = "answered"
    return Verdict(status, round(p, 4), row, missing)
