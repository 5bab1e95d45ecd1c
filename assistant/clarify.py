"""`clarify`: a question that names no substance, answered by general and specific text alike.

We answer with the general recommendation and name the substance-specific ones as
choices the user can take as the next turn ("Og for opioider?").
"""

from __future__ import annotations

from corpus.models import Chunk

from assistant.catalog import Catalog
from assistant.facets import Facet, all_facets
from assistant.text import fold

WINDOW = 12
"""How many top hits are looked at for substance-specific alternatives."""


def substance_choices(
    scored: list[tuple[Chunk, float]], facets: dict[str, list[Facet]], catalog: Catalog
) -> list[Facet]:
    """Substances with their own recommendations on the topic of the general top hit.

    Only when the question names no substance, the top hit is a general recommendation,
    and a substance-specific one on the same topic also ranks near the top.
    """
    if facets.get("substance") or not scored:
        return []
    top = scored[0][0]
    if top.kind != "recommendation" or _substance(top) is not None or not top.section_title:
        return []
    title = fold(top.section_title)
    near = {chunk.id for chunk, _ in scored[:WINDOW] if fold(chunk.section_title or "") == title}
    same_topic = [c for c in catalog.recommendations_titled(top.section_title) if _substance(c)]
    if not any(chunk.id in near for chunk in same_topic):
        return []
    found: list[Facet] = []
    for chunk in same_topic:
        if (facet := _substance(chunk)) not in found:
            found.append(facet)
    return found if len(found) >= 2 else []


def general_first(scored: list[tuple[Chunk, float]], facets: dict[str, list[Facet]]) -> list[tuple[Chunk, float]]:
    """The best general recommendation on the top hit's topic first, when the question names
    no substance and the recommendations of two or more substances on that topic rank near
    the top, one of them first: the question is ambiguous between them.

    The guideline gives some topics a general section and one per substance under the same
    title (3.2.1 and 8.3.2, 9.3.1, 10.4.1 «Poliklinisk avrusning»). A question that names no
    substance asks the general one; the substances become choices (the answer contract:
    a `clarify` answer's hits hold the best general answer)."""
    if facets.get("substance") or not scored:
        return scored
    top = scored[0][0]
    if top.kind != "recommendation" or _substance(top) is None or not top.section_title:
        return scored
    title = fold(top.section_title)
    window = [(position, chunk) for position, (chunk, _score) in enumerate(scored[:WINDOW])
              if chunk.kind == "recommendation" and fold(chunk.section_title or "") == title]
    if len({_substance(chunk) for _position, chunk in window} - {None}) < 2:
        return scored
    general = next((position for position, chunk in window if _substance(chunk) is None), None)
    if general is None:
        return scored
    return [scored[general], *scored[:general], *scored[general + 1:]]


def _substance(chunk: Chunk) -> Facet | None:
    if chunk.source_id != "003":
        return None
    return next((f for f in all_facets() if f.kind == "substance" and f.covers(chunk.section)), None)


def choice_questions(choices: list[Facet]) -> list[str]:
    """The follow-up question each choice becomes."""
    return [f"Og for {facet.label.lower()}?" for facet in choices]


def clarify_message(choices: list[Facet]) -> str:
    """The Norwegian message naming the choices."""
    names = ", ".join(facet.label.lower() for facet in choices)
    return (
        "Svaret under er den generelle anbefalingen. Retningslinjen har egne anbefalinger "
        f"for {names}: velg ett av alternativene for å se dem."
    )
