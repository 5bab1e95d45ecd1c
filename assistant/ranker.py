"""The learned ranker: orders the first stage's pool by boosted trees over rank features.

Fitted with LightGBM's lambdarank on the labelled questions (assistant/learning); the
trees (assistant/data/ranker.json) replace the hand-set multipliers the ranking had
before (kind weights, facet boosts and penalties, second-stage feature weights).
"""

from __future__ import annotations

import math
from functools import lru_cache

from corpus.models import Chunk
from index.models import ScoredChunk

from assistant.linear import LinearModel
from assistant.rank_features import RANK_FEATURES, QuestionSignals, rank_features
from assistant.trees import TreeEnsemble, load_trees


@lru_cache(maxsize=1)
def ranker_model() -> TreeEnsemble:
    """The shipped ranking model."""
    return load_trees("ranker", RANK_FEATURES)


def rank(
    hits: list[ScoredChunk], signals: QuestionSignals, model: TreeEnsemble | LinearModel | None = None,
) -> tuple[list[ScoredChunk], list[float], list[list[float]]]:
    """The hits best first, their linear scores and their feature rows (same order)."""
    if not hits:
        return [], [], []
    model = model or ranker_model()
    rows = rank_features(hits, signals)
    scores = model.scores(rows).tolist()
    order = sorted(range(len(hits)), key=lambda i: (-scores[i], i))
    return [hits[i] for i in order], [scores[i] for i in order], [rows[i] for i in order]


def relative_scores(hits: list[ScoredChunk], scores: list[float]) -> list[tuple[Chunk, float]]:
    """(chunk, score relative to the best, in (0, 1]) for answer assembly and display."""
    best = scores[0] if scores else 0.0
    return [(hit.chunk, round(math.exp(max(-30.0, score - best)), 4)) for hit, score in zip(hits, scores)]


def mentioning_first(
    scored: list[tuple[Chunk, float]], hits: list[ScoredChunk], terms: list[str]
) -> list[tuple[Chunk, float]]:
    """Hits that matched one of `terms` first, the order kept otherwise: in a not-covered
    answer, the passages on the term a related word was searched as ("koffein" for
    "energidrikk") are the nearest to what was asked."""
    if not terms:
        return scored
    mentioning = {hit.chunk.id for hit in hits if any(term in hit.matched for term in terms)}
    return sorted(scored, key=lambda pair: pair[0].id not in mentioning)
