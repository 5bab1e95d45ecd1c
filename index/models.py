"""The index contract: what a search returns to the assistant."""

from __future__ import annotations

from dataclasses import dataclass, field

from corpus.models import Chunk

_record = dataclass(slots=True, kw_only=True)


@_record
class AnalyzedQuery:
    """What the analyser made of a query, for `veileder index explain` and `understood_as`."""

    text: str
    tokens: list[str]
    """Surface tokens after cleaning and stop-word removal."""
    terms: list[str]
    """Index terms searched (lemmas/stems, compound parts, expansions)."""
    weights: dict[str, float] = field(default_factory=dict)
    """Index term -> its query weight (1 for a word asked, less for parts and expansions)."""
    lemmas: dict[str, str] = field(default_factory=dict)
    splits: dict[str, list[str]] = field(default_factory=dict)
    repairs: dict[str, str] = field(default_factory=dict)
    """Unknown word -> the corpus word it was repaired to."""
    expansions: list[str] = field(default_factory=list)
    """Words added from the lexicon."""
    unknown: list[str] = field(default_factory=list)
    """Content words neither the corpus nor the lexicon knows (related words included)."""
    related: list[str] = field(default_factory=list)
    """Words the lexicon relates to a corpus term but the sources never discuss ("nesespray"
    for "nalokson"): searched as that term, yet named things the sources lack."""
    related_terms: list[str] = field(default_factory=list)
    """The index terms those related words search ("nalokson"): where the nearest passages are."""
    unfamiliar_compounds: list[str] = field(default_factory=list)
    """Everyday compounds the sources never use, whose parts never stand together in them
    ("hjertestarter": "hjerte", "starte"): searched by their parts, which do not mean the whole."""
    english: bool = False
    """The question reads as English (its function words are English)."""


@_record
class ScoredChunk:
    """A chunk and its score for one query."""

    chunk: Chunk
    score: float
    bm25: float
    """The first-stage score before re-ranking."""
    matched: dict[str, float] = field(default_factory=dict)
    """Index term -> its share of `bm25` (for `veileder index explain`)."""
    from_keywords: list[str] = field(default_factory=list)
    """Matched terms that only the unit's curated keywords give, not its text."""
    features: dict[str, float] = field(default_factory=dict)
    """Second-stage feature -> its value in [0, 1], for the assistant's learned ranker."""


@_record
class SearchResult:
    """Ranked hits and the analysed query."""

    query: AnalyzedQuery
    hits: list[ScoredChunk]


@_record
class IndexManifest:
    """What a persisted index was built from; a mismatch means rebuild."""

    corpus_fingerprint: str
    lexicon_fingerprint: str
    analyser_version: str
    chunk_count: int
    built_at: str
    sources_key: str = ""
    """sha256 of the default source files and corpus code, so a cold start can tell a
    stale index without parsing the corpus; empty when built from a corpus passed in."""
