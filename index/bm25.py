"""BM25 behind a small interface of our own: build(token_lists), scores(terms) -> np.ndarray.

rank-bm25 computes the statistics (IDF with its floor, document lengths); its own
`get_scores` loops in Python over every document for every term, so we turn its
numbers into per-term postings once and score with numpy (0.1 ms instead of ~10 ms
per query at 10x the corpus). tests/index/test_bm25.py checks both agree.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

K1 = 1.5
B = 0.75
EPSILON = 0.25
DELTA = 1.0


class BM25:
    """Okapi BM25 (or BM25+) scores of every unit for a bag of weighted query terms."""

    def __init__(self, variant: str = "okapi") -> None:
        self.variant = variant
        self.size = 0
        self.postings: dict[str, tuple[np.ndarray, np.ndarray]] = {}

    def build(self, token_lists: Sequence[Sequence[str]]) -> BM25:
        """Compute postings (unit ids, per-unit weights) for every term of the units."""
        model = self._model([list(tokens) or ["\x00"] for tokens in token_lists])
        self.size = len(token_lists)
        ids: dict[str, list[int]] = {}
        for unit, freqs in enumerate(model.doc_freqs):
            for term in freqs:
                ids.setdefault(term, []).append(unit)
        lengths = np.asarray(model.doc_len, dtype=np.float64)
        for term, units in ids.items():
            unit_ids = np.asarray(units, dtype=np.int32)
            tf = np.asarray([model.doc_freqs[u][term] for u in units], dtype=np.float64)
            self.postings[term] = (unit_ids, self._weights(model, term, tf, lengths[unit_ids]))
        return self

    def scores(self, terms: Sequence[str] | Mapping[str, float]) -> np.ndarray:
        """Score every unit; `terms` may map a term to its query weight (default 1)."""
        weighted = terms if isinstance(terms, Mapping) else {t: 1.0 for t in terms}
        total = np.zeros(self.size, dtype=np.float64)
        for term, weight in weighted.items():
            posting = self.postings.get(term)
            if posting is not None:
                total[posting[0]] += weight * posting[1]
        return total

    def contributions_of(self, terms: Mapping[str, float], units: Sequence[int]) -> list[dict[str, float]]:
        """Per unit, each query term's part of its score (terms a unit lacks are left out).

        One search per query term over all units, not one per unit and term.
        """
        found: list[dict[str, float]] = [{} for _ in units]
        wanted = np.asarray(units, dtype=np.int64)
        for term, weight in terms.items():
            posting = self.postings.get(term)
            if posting is None or not len(wanted):
                continue
            ids, values = posting
            at = np.minimum(np.searchsorted(ids, wanted), len(ids) - 1)
            for i in np.flatnonzero(ids[at] == wanted).tolist():
                found[i][term] = float(weight * values[at[i]])
        return found

    def to_arrays(self) -> tuple[list[str], dict[str, np.ndarray]]:
        """The postings as one CSC-like layout: terms, offsets, unit ids, weights (for storing)."""
        terms = sorted(self.postings)
        lengths = [len(self.postings[term][0]) for term in terms]
        offsets = np.zeros(len(terms) + 1, dtype=np.int64)
        np.cumsum(lengths, out=offsets[1:])
        units = [self.postings[term][0] for term in terms]
        weights = [self.postings[term][1] for term in terms]
        return terms, {
            "bm25_offsets": offsets,
            "bm25_units": np.concatenate(units) if units else np.zeros(0, dtype=np.int32),
            "bm25_weights": np.concatenate(weights) if weights else np.zeros(0, dtype=np.float64),
        }

    @classmethod
    def from_arrays(cls, variant: str, size: int, terms: list[str], arrays: dict[str, np.ndarray]) -> BM25:
        """Rebuild from to_arrays' output; ValueError if the parts disagree."""
        offsets, units, weights = arrays["bm25_offsets"], arrays["bm25_units"], arrays["bm25_weights"]
        if len(offsets) != len(terms) + 1 or len(units) != len(weights) or (len(offsets) and offsets[-1] != len(units)):
            raise ValueError("BM25 arrays disagree in size")
        if len(units) and (units.min() < 0 or units.max() >= size) or np.any(np.diff(offsets) < 0):
            raise ValueError("BM25 arrays out of range")
        model = cls(variant)
        model.size = size
        bounds = offsets.tolist()
        model.postings = {term: (units[bounds[i]:bounds[i + 1]], weights[bounds[i]:bounds[i + 1]])
                          for i, term in enumerate(terms)}
        return model

    def _model(self, corpus: list[list[str]]):
        from rank_bm25 import BM25Okapi, BM25Plus

        if self.variant == "plus":
            return BM25Plus(corpus, k1=K1, b=B, delta=DELTA)
        return BM25Okapi(corpus, k1=K1, b=B, epsilon=EPSILON)

    def _weights(self, model, term: str, tf: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        idf = model.idf[term]
        norm = K1 * (1 - B + B * lengths / model.avgdl)
        # BM25+ also adds idf * delta to every unit, matching or not: a constant per
        # query that cannot change the ranking, so it is left out.
        return idf * (tf * (K1 + 1) / (norm + tf))
