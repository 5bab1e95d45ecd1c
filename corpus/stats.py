"""Counts behind `veileder corpus stats`: what was parsed, per source and kind."""

from __future__ import annotations

from collections import Counter

from corpus.models import Corpus


def kind_counts(corpus: Corpus) -> dict[str, Counter]:
    """Source id -> Counter of item kinds (sections, recommendations, passages, ...)."""
    counts: dict[str, Counter] = {source.id: Counter() for source in corpus.sources}
    for kind in ("sections", "recommendations", "passages", "evidence", "table_rows", "directory", "glossary"):
        for item in getattr(corpus, kind):
            counts[item.source_id][kind] += 1
    for warning in corpus.warnings:
        source_id = warning.file[:3]
        if source_id in counts:
            counts[source_id]["warnings"] += 1
    return counts


def grade_counts(corpus: Corpus) -> Counter:
    """Recommendations per grade; ungraded ones under "–"."""
    return Counter(rec.grade or "–" for rec in corpus.recommendations)


def strength_counts(corpus: Corpus) -> Counter:
    """Recommendations per strength word; none under "–"."""
    return Counter(rec.strength or "–" for rec in corpus.recommendations)


def recommendations_per_chapter(corpus: Corpus) -> Counter:
    """Recommendations per guideline chapter."""
    return Counter(rec.chapter for rec in corpus.recommendations)
