"""`not_covered`: deciding that the sources do not answer a question.

A BM25 score alone catches almost none of these. The strongest signal is a named thing
(a drug, a condition, a procedure) that neither the corpus nor the lexicon knows; the
weaker one is that the best hit shares too little of the question's content. Thresholds
are calibrated on our own answerable and unanswerable questions (tests/data/).
"""

from __future__ import annotations

from index.models import AnalyzedQuery, ScoredChunk

MIN_UNKNOWN_LENGTH = 5
"""Shorter unknown words are more often typos or function words than named things."""
MIN_TOP_SCORE = 0.0
"""Below this first-stage score nothing in the sources is close."""


def not_covered_reason(query: AnalyzedQuery, hits: list[ScoredChunk]) -> str | None:
    """A short English reason when the sources do not answer the query, else None."""
    if not hits:
        return "no hits"
    named = [word for word in query.unknown if len(word) >= MIN_UNKNOWN_LENGTH]
    if named:
        return f"unknown named words: {', '.join(named)}"
    if hits[0].bm25 <= MIN_TOP_SCORE:
        return "top score too low"
    return None


def not_covered_message(unknown: list[str]) -> str:
    """The plain Norwegian message shown first in a not-covered answer."""
    named = f" (fant ikke «{'», «'.join(unknown)}» i kildene)" if unknown else ""
    return (
        f"Kildene dekker ikke dette spørsmålet{named}. "
        "Avsnittene under er de nærmeste treffene, men de svarer ikke på spørsmålet."
    )
