"""Chunks -> the Hits of the answer contract."""

from __future__ import annotations

from corpus.models import Chunk

from assistant.models import Hit


def to_hit(chunk: Chunk, rank: int, score: float) -> Hit:
    """One contract Hit from a chunk, its rank (1-based) and score."""
    return Hit(
        rank=rank,
        kind=chunk.kind,
        file=chunk.file,
        source_title=chunk.source_title,
        section=chunk.section,
        section_title=chunk.section_title,
        rec=chunk.rec,
        grade=chunk.grade,
        strength=chunk.strength,
        page=chunk.page,
        text=chunk.text,
        citation=chunk.citation,
        score=round(float(score), 3),
    )


def to_hits(scored: list[tuple[Chunk, float]]) -> list[Hit]:
    """Ranked Hits from (chunk, score) pairs already in order."""
    return [to_hit(chunk, rank, score) for rank, (chunk, score) in enumerate(scored, start=1)]
