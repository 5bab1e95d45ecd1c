"""Ranked chunks -> an Answer: primary hits, referenced and related recommendations,
supporting material from the other sources, and the rationale behind each recommendation."""

from __future__ import annotations

from corpus.models import Chunk

from assistant.catalog import Catalog
from assistant.hits import to_hits
from assistant.models import Answer, Status
from assistant.references import referenced
from assistant.related import related_groups

SUPPORTING = 2
"""At most this many passages from the other sources under an answer."""
SUPPORTING_SHARE = 0.5
"""...and only those scoring at least this share of the best hit: background must be on topic."""


def assemble(
    catalog: Catalog,
    scored: list[tuple[Chunk, float]],
    *,
    question: str,
    understood_as: str,
    status: Status,
    top: int,
    message: str | None = None,
    expansions: list[str] | None = None,
    choices: list[str] | None = None,
) -> Answer:
    """Build the Answer for `scored` (already ranked) and the given status."""
    primary = scored[:top]
    chunks = [chunk for chunk, _ in primary]
    refs = _referenced(catalog, chunks)
    related = related_groups(catalog, chunks + refs, scored[top:]) if status != "not_covered" else []
    shown_files = [c.file for c in chunks + refs] + [h.file for g in related for h in g.hits]
    return Answer(
        question=question,
        understood_as=understood_as,
        status=status,
        message=message,
        hits=to_hits(primary),
        referenced=to_hits([(chunk, 0.0) for chunk in refs]),
        related=related,
        supporting=to_hits(_supporting(scored, chunks)),
        rationale={c.citation: catalog.rationales[c.id] for c in chunks + refs if c.id in catalog.rationales},
        expansions=expansions or [],
        choices=choices or [],
        draft_notice=catalog.draft_notice if any(f.startswith("003") for f in shown_files) else None,
    )


def _referenced(catalog: Catalog, chunks: list[Chunk]) -> list[Chunk]:
    shown = {chunk.id for chunk in chunks}
    found: list[Chunk] = []
    for chunk in chunks:
        for target in referenced(catalog, chunk):
            if target.id not in shown:
                shown.add(target.id)
                found.append(target)
    return found


def _supporting(scored: list[tuple[Chunk, float]], shown: list[Chunk]) -> list[tuple[Chunk, float]]:
    shown_ids = {chunk.id for chunk in shown}
    floor = SUPPORTING_SHARE * max((score for _, score in scored), default=0.0)
    others = [(c, s) for c, s in scored if c.source_id != "003" and c.id not in shown_ids and s >= floor > 0]
    return others[:SUPPORTING]


def invalid_answer(question: str, message: str) -> Answer:
    """The answer to input with nothing to search."""
    return Answer(question=question, understood_as="", status="invalid", message=message)
