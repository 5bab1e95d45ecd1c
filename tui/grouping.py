"""Pure helpers that order an Answer's parts for the card: which hits go together, which prose once."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from tui import labels, texts

if TYPE_CHECKING:
    from assistant.models import Answer, Hit


@dataclass(frozen=True)
class RationaleBlock:
    """One section's rationale prose, shown once for all the hits from that section."""

    label: str
    text: str


def all_hits(answer: Answer) -> list[Hit]:
    """Every hit an answer holds, primary ones first."""
    related = [hit for group in answer.related for hit in group.hits]
    return [*answer.hits, *answer.referenced, *related, *answer.supporting]


def numbers_phrase(numbers: list[int]) -> str:
    """ "1", "1 og 2", "1, 2 og 3"."""
    words = [str(n) for n in sorted(set(numbers))]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " og " + words[-1]


def rationale_blocks(answer: Answer) -> list[RationaleBlock]:
    """The rationale, one block per distinct text, labelled by section and the recommendations it backs."""
    by_citation = {hit.citation: hit for hit in all_hits(answer)}
    grouped: dict[str, list[Hit | str]] = {}
    for citation, text in answer.rationale.items():
        grouped.setdefault(text, []).append(by_citation.get(citation, citation))
    return [RationaleBlock(_rationale_label(owners), text) for text, owners in grouped.items()]


def _rationale_label(owners: list[Hit | str]) -> str:
    """ "3.2.1 Poliklinisk avrusning (anbefaling 1, 2 og 3)", or the citation when no hit is known."""
    hits = [owner for owner in owners if not isinstance(owner, str)]
    if not hits:
        return str(owners[0])
    first = hits[0]
    place = labels.section_label(first.section or "", first.section_title or "").strip()
    recs = [hit.rec for hit in hits if hit.rec is not None]
    if not recs:
        return place
    return f"{place} ({texts.RATIONALE_FOR.format(recs=numbers_phrase(recs))})"


def is_other_source(hit: Hit) -> bool:
    """Evidence and background from the sources besides the guideline (never recommendations)."""
    return hit.kind == "evidence" or (hit.kind == "passage" and not labels.is_guideline(hit))


def split_primary(hits: list[Hit]) -> tuple[list[Hit], list[Hit]]:
    """The guideline's hits and the other sources' hits, each in rank order."""
    own = [hit for hit in hits if not is_other_source(hit)]
    return own, [hit for hit in hits if is_other_source(hit)]
