"""The Index: build it from a corpus, then search it (first stage BM25, second stage re-rank)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from datetime import datetime, timezone

import numpy as np

from corpus.models import Chunk, Corpus
from index.analysis import Analyzer
from index.bm25 import BM25
from index.compositional import unfamiliar_compounds
from index.fingerprints import analyser_version
from index.lexicon import Lexicon, load_lexicon
from index.models import AnalyzedQuery, IndexManifest, ScoredChunk, SearchResult
from index.rerank import RERANK_DEPTH, rerank
from index.vocabulary import build_vocabulary

MAX_TOP = 100
_LIST_REC = re.compile(r":l(\d+)r\d+$")


@dataclass
class Index:
    """A searchable index over a corpus' chunks; picklable as a whole."""

    corpus: Corpus
    manifest: IndexManifest
    analyzer: Analyzer
    bm25: BM25
    unit_terms: list[list[str]]
    """Each unit's index terms in text order (for proximity and phrase features)."""
    title_terms: list[frozenset[str]]
    keyword_terms: list[frozenset[str]]
    """Each unit's terms that only its curated keywords give (none for most units)."""
    kinds: np.ndarray
    path: Path | None = None
    """The file the index was loaded from or saved to (set by load_index; None if never stored)."""

    @property
    def chunks(self) -> list[Chunk]:
        """The retrieval units, in corpus order."""
        return self.corpus.chunks

    def term_set(self, chunk_id: str) -> frozenset[str]:
        """The index terms of one unit (for learned word associations)."""
        sets = self.__dict__.get("_term_sets")
        if sets is None:
            sets = self.__dict__["_term_sets"] = {
                chunk.id: frozenset(terms) for chunk, terms in zip(self.chunks, self.unit_terms)}
        return sets.get(chunk_id, frozenset())

    def unit_layout(self, unit: int) -> tuple[dict[str, list[int]], frozenset[tuple[str, str]]]:
        """A unit's term positions and adjacent term pairs (for proximity and phrase features)."""
        layouts = self.__dict__.setdefault("_layouts", {})
        found = layouts.get(unit)
        if found is None:
            terms = self.unit_terms[unit]
            positions: dict[str, list[int]] = {}
            for position, term in enumerate(terms):
                positions.setdefault(term, []).append(position)
            found = layouts[unit] = (positions, frozenset(zip(terms, terms[1:])))
        return found

    def document_frequency(self) -> dict[str, int]:
        """Term -> number of units containing it (for training word associations)."""
        counts: dict[str, int] = {}
        for terms in self.unit_terms:
            for term in set(terms):
                counts[term] = counts.get(term, 0) + 1
        return counts

    def analyze(self, query: str) -> AnalyzedQuery:
        """What the analyser makes of `query` (terms, lemmas, splits, repairs, unknown words)."""
        return self.analyzer.query(query).analyzed

    def search(self, query: str, top: int = 10, kinds: set[str] | None = None) -> SearchResult:
        """Rank the chunks for `query`; any input gives a result (possibly without hits)."""
        weighted = self.analyzer.query(query if isinstance(query, str) else "")
        scores = self.bm25.scores(weighted.weights)
        if kinds is not None:
            scores[~np.isin(self.kinds, list(kinds))] = 0.0
        candidates = top_units(scores, RERANK_DEPTH)
        ranked = rerank(self, weighted, candidates, scores)
        kept = ranked[: max(0, min(int(top), MAX_TOP))]
        matched = self.bm25.contributions_of(weighted.weights, [unit for unit, _, _ in kept])
        hits = [self._hit(unit, final, float(scores[unit]), features, found)
                for (unit, final, features), found in zip(kept, matched)]
        weighted.analyzed.unfamiliar_compounds = unfamiliar_compounds(self, weighted.analyzed.splits)
        return SearchResult(query=weighted.analyzed, hits=hits)

    def _hit(self, unit: int, final: float, first: float, features: dict, matched: dict) -> ScoredChunk:
        return ScoredChunk(
            chunk=self.chunks[unit],
            score=round(final, 4),
            bm25=round(first, 4),
            matched={term: round(value, 4) for term, value in matched.items()},
            from_keywords=sorted(term for term in matched if term in self.keyword_terms[unit]),
            features={name: round(value, 4) for name, value in features.items()},
        )


def top_units(scores: np.ndarray, k: int) -> list[int]:
    """The k best units with a positive score, ties broken by corpus order (unit index)."""
    positive = int(np.count_nonzero(scores > 0))
    k = min(k, positive)
    if k == 0:
        return []
    picked = np.argpartition(-scores, k - 1)[:k] if k < len(scores) else np.arange(len(scores))
    # A tie at the cut-off must not depend on argpartition's internals.
    threshold = scores[picked].min()
    tied = np.flatnonzero(scores >= threshold)
    ordered = sorted(tied.tolist(), key=lambda u: (-scores[u], u))
    return ordered[:k]


def build_index(corpus: Corpus, lexicon: Lexicon | None = None, sources_key: str = "") -> Index:
    """Analyse every chunk of `corpus` and build the BM25 index (slow imports happen here)."""
    lexicon = lexicon or load_lexicon()
    texts = [unit_text(chunk, lexicon) for chunk in corpus.chunks]
    analyzer = Analyzer(build_vocabulary(texts, lexicon))
    unit_terms = [analyzer.document_terms(text) for text in texts]
    own_terms = [set(analyzer.document_terms(unit_text(chunk, None))) for chunk in corpus.chunks]
    return Index(
        corpus=corpus,
        manifest=_manifest(corpus, lexicon, sources_key),
        analyzer=analyzer,
        bm25=BM25().build(unit_terms),
        unit_terms=unit_terms,
        title_terms=[frozenset(analyzer.document_terms(_titles(c))) for c in corpus.chunks],
        keyword_terms=[frozenset(set(terms) - own) for terms, own in zip(unit_terms, own_terms)],
        kinds=np.array([c.kind for c in corpus.chunks]),
    )


def unit_text(chunk: Chunk, lexicon: Lexicon | None) -> str:
    """The text indexed for a chunk: its text, its context and any curated keywords."""
    parts = [chunk.text, chunk.context]
    if lexicon and chunk.kind == "recommendation" and chunk.section and chunk.rec is not None:
        match = _LIST_REC.search(chunk.id)
        key = (chunk.section, int(match.group(1)) if match else 1, chunk.rec)
        parts.extend(lexicon.keywords.get(key, ()))
    return "\n".join(parts)


def _titles(chunk: Chunk) -> str:
    return " ".join(t for t in (chunk.section_title, chunk.chapter_title) if t)


def _manifest(corpus: Corpus, lexicon: Lexicon, sources_key: str) -> IndexManifest:
    return IndexManifest(
        corpus_fingerprint=corpus.fingerprint,
        lexicon_fingerprint=lexicon.fingerprint,
        analyser_version=analyser_version(),
        chunk_count=len(corpus.chunks),
        built_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        sources_key=sources_key,
    )
