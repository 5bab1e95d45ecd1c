"""Answers that need no ranking: a section by number, a term, a grade or a strength word."""

from __future__ import annotations

from corpus.models import Chunk

from assistant.catalog import Catalog
from assistant.text import fold


def section_chunks(catalog: Catalog, number: str) -> list[Chunk]:
    """The section's recommendations (or, if it has none, its prose), in order."""
    recs = catalog.under(number, "recommendation")
    return recs or catalog.under(number, "passage")


def glossary_chunks(catalog: Catalog, term: str) -> list[Chunk]:
    """The glossary entry for `term`, then the section titled by it, if any (e.g. 7.3.4 CIWA-Ar)."""
    found = [catalog.glossary_terms[term]] if term in catalog.glossary_terms else []
    for number, title in catalog.section_titles.items():
        if fold(title).strip() == term:
            found.extend(catalog.under(number, "passage")[:2])
    return found


def grading_chunks(catalog: Catalog, argument: str) -> list[Chunk]:
    """The grade's or strength words' definitions from sections 2.11 and 2.13."""
    wanted = {fold(word) for word in argument.split()}
    terms = [
        chunk for chunk in catalog.chunks
        if chunk.kind == "glossary" and fold(chunk.context) in wanted and _is_scheme(chunk)
    ]
    return terms or [c for c in catalog.chunks if c.kind == "glossary" and fold(c.context) in wanted]


def _is_scheme(chunk: Chunk) -> bool:
    return (chunk.section or "").startswith("2.1")
