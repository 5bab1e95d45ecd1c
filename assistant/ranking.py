"""Re-weight search hits by the facets a question names or carries over.

A question about opioids should get chapter 10's recommendation before the general one
and before alcohol's; a question that names no substance should get the general one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpus.models import Chunk
from index.models import ScoredChunk

from assistant.facets import Facet, all_facets
from assistant.text import fold

NAMED_BOOST = {"substance": 1.6, "population": 1.25}
"""A hit in a section written for a facet the question names. Populations boost less: a
question about pregnant women's screening belongs to the screening section, not chapter 12."""
OTHER_PENALTY = 0.6
"""A hit in a section written for another facet of the same kind (another substance)."""
UNNAMED_PENALTY = 0.85
"""A substance-specific hit when the question names no substance: prefer the general text."""


PROMOTE = 0.5
"""A recommendation scoring at least this share of a prose passage of its own section goes first."""


DIRECTORY_BOOST = 3.0
"""A directory entry when the question names a place or unit of the directory."""


_ACTION = re.compile(
    r"\b(bør|bor|skal|må|ma|hva gjør|hva gjor|hva gjøres|hvordan (?:bør|skal|behandle\w*|medisiner\w*|gi|gis|trappe\w*|avruse\w*|følge\w*|folge\w*)|"
    r"hvilke[nt]? (?:medisin\w*|legemidl\w*|legemiddel|behandling\w*|dose\w*|tiltak)|kan vi|kan man|"
    r"should|must|how (?:do|should|can) we|what (?:should|do|can) we|which (?:drug|medication|medicine)\w*|can we)\b",
    re.IGNORECASE,
)
ACTION_BOOST = 1.2
"""A recommendation when the question asks what to do: the recommendation is the answer,
the prose about the condition its background."""


def asks_what_to_do(question: str) -> bool:
    """The question asks what to do (bør, skal, hva gjør vi, which drug), not what something is."""
    return bool(_ACTION.search(question))


def reweight(
    scored: list[tuple[Chunk, float]],
    facets: dict[str, list[Facet]],
    directory: bool = False,
    focus: tuple[Facet, ...] = (),
    action: bool = False,
) -> list[tuple[Chunk, float]]:
    """Return the hits re-scored by facet (and directory intent), sorted, ties by corpus order.

    `focus` holds the facets a follow-up itself names ("og hvis hun er gravid?"): what the
    user turned to weighs like a named substance, whatever its kind.
    """
    rescored = [
        (chunk, score * (ACTION_BOOST if action and chunk.kind == "recommendation" else 1.0) * _factor(chunk, facets, focus) * (DIRECTORY_BOOST if directory and chunk.kind == "directory" else 1))
        for chunk, score in scored
    ]
    return recommendations_first(sorted(rescored, key=lambda pair: (-pair[1], pair[0].order)))


def recommendations_first(ranked: list[tuple[Chunk, float]]) -> list[tuple[Chunk, float]]:
    """Put a section's recommendation before its own prose when both answer well.

    Staff ask what to do: the recommendation is the answer, the prose its background.
    """
    result = list(ranked)
    for position, (chunk, score) in enumerate(result):
        if chunk.kind != "passage" or chunk.source_id != "003":
            continue
        for later in range(position + 1, len(result)):
            candidate, candidate_score = result[later]
            if candidate.kind == "recommendation" and _same_branch(candidate.section, chunk.section):
                if candidate_score >= PROMOTE * score:
                    result.insert(position, result.pop(later))
                break
    return result


def _same_branch(first: str | None, second: str | None) -> bool:
    """True if one section is the other or lies below it (10.4.1 and 10.4)."""
    if not first or not second:
        return False
    return first == second or first.startswith(second + ".") or second.startswith(first + ".")


SETTING_BOOST = 1.3
"""A hit whose section title names the setting the question asks about ("hjemme" -> Poliklinisk avrusning)."""


def _factor(chunk: Chunk, facets: dict[str, list[Facet]], focus: tuple[Facet, ...] = ()) -> float:
    if chunk.source_id != "003":
        return 1.0
    factor = SETTING_BOOST if _titled_by_setting(chunk, facets.get("setting", [])) else 1.0
    for kind in ("substance", "population"):
        owner = _owner(chunk.section, kind)
        named = facets.get(kind, [])
        if owner is None:
            continue
        if owner in focus:
            factor *= NAMED_BOOST["substance"]
        elif owner in named:
            # A facet carried from earlier turns is context; the one turned to leads.
            factor *= 1.0 if focus else owner.boost or NAMED_BOOST[kind]
        elif kind == "substance":
            factor *= OTHER_PENALTY if named else UNNAMED_PENALTY
    return factor


def _titled_by_setting(chunk: Chunk, settings: list[Facet]) -> bool:
    title = fold(chunk.section_title or "")
    return any(word in title for facet in settings for word in facet.search.split())


@lru_cache(maxsize=4096)
def _owner(section: str | None, kind: str) -> Facet | None:
    return next((facet for facet in all_facets() if facet.kind == kind and facet.covers(section)), None)


def mentioning_first(
    scored: list[tuple[Chunk, float]], hits: list[ScoredChunk], terms: list[str]
) -> list[tuple[Chunk, float]]:
    """Hits that matched one of `terms` first, the order kept otherwise: in a not-covered
    answer, the passages on the term a related word was searched as ("koffein" for
    "energidrikk") are the nearest to what was asked."""
    if not terms:
        return scored
    mentioning = {hit.chunk.id for hit in hits if any(term in hit.matched for term in terms)}
    return sorted(scored, key=lambda pair: pair[0].id not in mentioning)
