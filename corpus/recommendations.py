"""Parse one "Anbefaling(er)" list of the guideline into Recommendation items.

A list runs from its heading to the next sub-heading or the end of its section.
Each numbered item is one recommendation; list items, lettered items and any
paragraph after it (such as "Følgende forhold bør vektlegges i vurderingen:") belong
to it. The grade letter sits at the end of the item's first or last line, or alone on
a line of its own; it is cut from the text. A paragraph ending in a colon right
before a numbered item ("Behovet for akutt intervensjon i TSB bør vurderes når:")
introduces every following item of the list and is put at the head of each.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from corpus.lines import Unit, paragraph_units
from corpus.models import ParseWarning, Recommendation, Section, Source, Span

# "må" is matched so that it can win over a later "kan" ("... må det sikres ..., kan ...");
# it is not one of the guideline's three strength words (2.13), so it yields None.
# A modal right after "som" belongs to a relative clause ("Pasienter som skal avruses ... bør").
_STRENGTH = re.compile(r"(?<!\bsom )\b(skal|bør|kan|må)\b", re.IGNORECASE)
_ITEM_KINDS = ("item", "subitem", "lettered")


@dataclass
class _Draft:
    """One recommendation while its units are being collected."""

    number: int
    start: int
    end: int
    units: list[Unit] = field(default_factory=list)
    grade: str | None = None


@dataclass
class RecList:
    """The recommendations of one list and the line where the list ends."""

    recommendations: list[Recommendation]
    end: int
    warnings: list[ParseWarning]


def parse_list(
    source: Source,
    lines: list[str],
    section: Section,
    heading_line: int,
    list_index: int,
    rationale: str | None,
) -> RecList:
    """Parse the list whose "Anbefalinger" heading is at heading_line, within its section."""
    units = paragraph_units(lines, heading_line + 1, section.span.end, grades=True)
    body, end = _list_body(units, section.span.end)
    warnings: list[ParseWarning] = []
    drafts = _drafts(source, body, warnings)
    _check_numbers(source, drafts, warnings)
    recs = [
        _recommendation(source, section, draft, list_index, rationale, warnings)
        for draft in drafts
    ]
    return RecList(recs, end, warnings)


def _list_body(units: list[Unit], section_end: int) -> tuple[list[Unit], int]:
    """The units before the first sub-heading, and the last line they may cover."""
    for i, unit in enumerate(units):
        if unit.kind == "heading":
            return units[:i], unit.start - 1
    return units, section_end


def _drafts(source: Source, units: list[Unit], warnings: list[ParseWarning]) -> list[_Draft]:
    """Group units by numbered item, carrying a list intro to every item after it."""
    drafts: list[_Draft] = []
    intro: list[Unit] = []
    for i, unit in enumerate(units):
        nxt = units[i + 1] if i + 1 < len(units) else None
        if unit.kind == "numbered":
            number = int(unit.marker.rstrip("."))
            drafts.append(_Draft(number, unit.start, unit.end, [*intro, unit]))
        elif not drafts:
            intro += [unit] if unit.kind != "grade" else []
            continue
        elif unit.kind == "text" and _is_intro(unit, nxt):
            intro = [unit]
            continue
        elif unit.kind != "grade":
            drafts[-1].units.append(unit)
        if unit.grade:
            _set_grade(source, drafts[-1], unit, warnings)
        drafts[-1].end = max(drafts[-1].end, unit.end)
    return drafts


def _warn(source: Source, line: int, message: str, text: str = "") -> ParseWarning:
    return ParseWarning(file=source.file, line=line, message=message, text=text)


def _is_intro(unit: Unit, nxt: Unit | None) -> bool:
    return unit.text.rstrip().endswith(":") and nxt is not None and nxt.kind == "numbered"


def _set_grade(source: Source, draft: _Draft, unit: Unit, warnings: list[ParseWarning]) -> None:
    if draft.grade is not None:
        message = f"Anbefaling {draft.number} har to gradsbokstaver; den første er brukt"
        warnings.append(_warn(source, unit.end, message, unit.grade))
        return
    draft.grade = unit.grade


def _check_numbers(source: Source, drafts: list[_Draft], warnings: list[ParseWarning]) -> None:
    """Report a list whose items are not numbered 1, 2, 3, ..."""
    for expected, draft in enumerate(drafts, 1):
        if draft.number != expected:
            message = f"Anbefaling nummer {draft.number} der nummer {expected} var ventet"
            warnings.append(_warn(source, draft.start, message))


def _recommendation(
    source: Source,
    section: Section,
    draft: _Draft,
    list_index: int,
    rationale: str | None,
    warnings: list[ParseWarning],
) -> Recommendation:
    text = "\n".join(_shown(unit) for unit in draft.units)
    if draft.grade is None:
        message = f"Anbefaling {draft.number} i {section.number} har ingen gradsbokstav (A–D)"
        warnings.append(_warn(source, draft.start, message, text))
    prefix = "" if list_index == 1 else f"l{list_index}"
    return Recommendation(
        id=f"{source.id}:{section.number}:{prefix}r{draft.number}",
        source_id=source.id,
        section=section.number,
        section_title=section.title,
        chapter=section.chapter,
        number=draft.number,
        list_index=list_index,
        text=text,
        lead="\n".join(_shown(u) for u in _before_items(draft.units)),
        items=[_item(unit) for unit in draft.units if unit.kind in _ITEM_KINDS],
        grade=draft.grade,
        strength=strength_of(text),
        span=Span(start=draft.start, end=draft.end),
        rationale=rationale,
    )


def _before_items(units: list[Unit]) -> list[Unit]:
    for i, unit in enumerate(units):
        if unit.kind in _ITEM_KINDS:
            return units[:i]
    return units


def _shown(unit: Unit) -> str:
    """A unit as a line of the recommendation text; the item's own number is left out."""
    return unit.text if unit.kind == "numbered" else unit.rendered()


def _item(unit: Unit) -> str:
    if unit.kind == "subitem":
        return f"o {unit.text}"
    if unit.kind == "lettered":
        return f"{unit.marker} {unit.text}"
    return unit.text


def strength_of(text: str) -> str | None:
    """The main clause's first of "skal", "bør" and "kan", or None (also when it says "må")."""
    match = _STRENGTH.search(text)
    word = match.group(1).lower() if match else None
    return None if word == "må" else word
