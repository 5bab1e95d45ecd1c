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


def chapter_overview(corpus: Corpus) -> list[tuple[str, str, int, int]]:
    """(chapter, title, sections, recommendations) for each numbered guideline chapter."""
    guideline = [s for s in corpus.sections if s.source_id == "003" and s.number[:1].isdigit()]
    recs = recommendations_per_chapter(corpus)
    rows = []
    for chapter in (s for s in guideline if s.number == s.chapter):
        sections = sum(1 for s in guideline if s.chapter == chapter.number and s.number != chapter.number)
        rows.append((chapter.number, " ".join(chapter.title.split()), sections, recs.get(chapter.number, 0)))
    return rows
