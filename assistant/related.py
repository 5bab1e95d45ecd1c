"""Related recommendations, grouped by what they apply to (general, a substance, a population)."""

from __future__ import annotations

from corpus.models import Chunk

from assistant.catalog import Catalog
from assistant.facets import all_facets
from assistant.hits import to_hits
from assistant.models import RelatedGroup

GENERAL = "Generelt"
PER_GROUP = 3


def related_groups(
    catalog: Catalog, primary: list[Chunk], candidates: list[tuple[Chunk, float]]
) -> list[RelatedGroup]:
    """Recommendations near the primary ones: same-titled sections elsewhere, then other strong hits."""
    shown = {chunk.id for chunk in primary}
    pool = _same_titled(catalog, primary) + [
        (chunk, score) for chunk, score in candidates if chunk.kind == "recommendation"
    ]
    groups: dict[str, list[tuple[Chunk, float]]] = {}
    for chunk, score in pool:
        if chunk.id in shown:
            continue
        shown.add(chunk.id)
        group = groups.setdefault(_label(chunk), [])
        if len(group) < PER_GROUP:
            group.append((chunk, score))
    return [RelatedGroup(label=label, hits=to_hits(pairs)) for label, pairs in groups.items()]


def _same_titled(catalog: Catalog, primary: list[Chunk]) -> list[tuple[Chunk, float]]:
    first = next((chunk for chunk in primary if chunk.kind == "recommendation"), None)
    if first is None or not first.section_title:
        return []
    return [(chunk, 0.0) for chunk in catalog.recommendations_titled(first.section_title)]


def _label(chunk: Chunk) -> str:
    for facet in all_facets():
        if facet.kind in ("substance", "population") and facet.covers(chunk.section):
            return facet.label
    return GENERAL
