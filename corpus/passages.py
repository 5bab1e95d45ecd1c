"""Turn a section's rebuilt prose into passages of roughly 25–150 words.

Paragraphs are grouped under the section's "Bakgrunn"/"Vurdering" sub-heading (the
passage's heading); a topical sub-heading ("Mulige årsaker til søvnproblemer") is
printed text and stays in the passage, on its own line before what it heads. Short
paragraphs are merged with their neighbours; a passage never crosses a section or a
"Bakgrunn"/"Vurdering" boundary, and a paragraph is never split.
"""

from __future__ import annotations

from dataclasses import dataclass

from corpus.lines import STRUCTURAL_HEADING, Unit
from corpus.models import Passage, Section, Span

MIN_WORDS = 25
MAX_WORDS = 150
_LINE_KINDS = ("item", "subitem", "lettered", "numbered", "heading")


@dataclass
class Group:
    """Consecutive prose units under one structural sub-heading (or none)."""

    heading: str | None
    units: list[Unit]


def group_units(units: list[Unit], heading: str | None = None) -> list[Group]:
    """Split units at "Bakgrunn"/"Vurdering" headings, which label the groups after them."""
    groups = [Group(heading, [])]
    for unit in units:
        if unit.kind == "heading" and STRUCTURAL_HEADING.match(unit.text):
            groups.append(Group(unit.text.rstrip(": "), _trailing_headings(groups[-1])))
        else:
            groups[-1].units.append(unit)
    return [group for group in groups if group.units]


def _trailing_headings(group: Group) -> list[Unit]:
    """Topical headings ending a group head the next one ("Akamprosat" before "Bakgrunn")."""
    cut = len(group.units)
    while cut and group.units[cut - 1].kind == "heading":
        cut -= 1
    moved, group.units[cut:] = group.units[cut:], []
    return moved


def join_units(units: list[Unit]) -> str:
    """Units as verbatim text: blank line between paragraphs, line break around items, headings."""
    text = ""
    for prev, unit in zip([None, *units], units):
        if prev is not None:
            close = prev.kind in _LINE_KINDS or unit.kind in _LINE_KINDS
            text += "\n" if close else "\n\n"
        text += unit.rendered()
    return text


def make_passages(
    section: Section, group: Group, first_number: int, source_id: str
) -> list[Passage]:
    """The group's passages, numbered "<source>:p<n>" from first_number on."""
    return [
        Passage(
            id=f"{source_id}:p{first_number + i}",
            source_id=source_id,
            section=section.number,
            section_title=section.title,
            chapter=section.chapter,
            heading=group.heading,
            text=join_units(chunk),
            span=Span(start=chunk[0].start, end=chunk[-1].end),
        )
        for i, chunk in enumerate(_chunks(group.units))
    ]


def _words(units: list[Unit]) -> int:
    return sum(len(unit.text.split()) for unit in units)


def _chunks(units: list[Unit]) -> list[list[Unit]]:
    """Greedy merge: close a chunk once it has enough words and the next unit would overfill it
    or opens a new topic; a short tail joins the chunk before it."""
    chunks: list[list[Unit]] = []
    current: list[Unit] = []
    for unit in units:
        full = _words(current) + len(unit.text.split()) > MAX_WORDS or unit.kind == "heading"
        if current and _words(current) >= MIN_WORDS and full and current[-1].kind != "heading":
            chunks.append(current)
            current = []
        current.append(unit)
    if chunks and _words(current) < MIN_WORDS and _words(chunks[-1] + current) <= MAX_WORDS:
        chunks[-1].extend(current)
    elif current:
        chunks.append(current)
    return chunks
