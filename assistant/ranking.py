"""Re-weight search hits by the facets a question names or carries over.

A question about opioids should get chapter 10's recommendation before the general one
and before alcohol's; a question that names no substance should get the general one.
"""

from __future__ import annotations

from corpus.models import Chunk

from assistant.facets import Facet, all_facets

NAMED_BOOST = 1.6
"""A hit in a section written for a facet the question names."""
OTHER_PENALTY = 0.6
"""A hit in a section written for another facet of the same kind (another substance)."""
UNNAMED_PENALTY = 0.85
"""A substance-specific hit when the question names no substance: prefer the general text."""


def reweight(scored: list[tuple[Chunk, float]], facets: dict[str, list[Facet]]) -> list[tuple[Chunk, float]]:
    """Return the hits re-scored by facet and sorted, ties broken by corpus order."""
    rescored = [(chunk, score * _factor(chunk, facets)) for chunk, score in scored]
    return sorted(rescored, key=lambda pair: (-pair[1], pair[0].order))


def _factor(chunk: Chunk, facets: dict[str, list[Facet]]) -> float:
    if chunk.source_id != "003":
        return 1.0
    factor = 1.0
    for kind in ("substance", "population"):
        owner = _owner(chunk.section, kind)
        named = facets.get(kind, [])
        if owner is None:
            continue
        if owner in named:
            factor *= NAMED_BOOST
        elif kind == "substance":
            factor *= OTHER_PENALTY if named else UNNAMED_PENALTY
    return factor


def _owner(section: str | None, kind: str) -> Facet | None:
    return next((facet for facet in all_facets() if facet.kind == kind and facet.covers(section)), None)
