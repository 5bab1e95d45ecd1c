"""The guideline's appendix directory: detox units (14.1.3–14.1.8) and prison health services (14.2.1–14.2.5).

Sections are found by their headings ("14.1.3 Oversikt over avrusningsenheter - Helse Nord");
an entry starts at its name, the line(s) just before its first label: "Eier:" in the
unit lists, "Adresse:" in the prison lists (which have no owner).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.entry_fields import EntryBody, field_pairs, is_furniture, is_link, read_body, render
from corpus.links import assign_links
from corpus.locate import parse_heading, section_end
from corpus.models import DirectoryEntry, ParseWarning, Section, Source, Span
from corpus.parts import SourceParts
from corpus.prose import join_wrapped

_DIRECTORY_TITLE = re.compile(r"^Oversikt\b.*\bavrusning", re.IGNORECASE)
_REGION = re.compile(r"\s[-–]\s+(\S.*)$")
_YES_NO = re.compile(r"^(Ja|Nei)\b")
_CONTACT_LABELS = ("Kontaktperson", "Kontaktperson/e-post")
_PATIENT_LABELS = ("Type pasienter", "Hva slags rusmiddelproblemer har de innsatte")
_SUBSTANCE_LABELS = ("Type rusmidler (hovedtyngde)", "Type rusmidler", "Hovedtyngde type rusmidler")


@dataclass
class _Part:
    """One directory section: its number, region and lines."""

    number: str
    region: str | None
    start: int
    end: int


@dataclass
class Draft:
    """An entry being read: its section, name lines, span and body."""

    part: _Part
    name: str
    start: int
    end: int
    body: EntryBody


def parse_directory(source: Source, lines: list[str], sections: list[Section]) -> SourceParts:
    """Every detox unit and prison health service of the appendix, in source order."""
    parts = SourceParts()
    drafts = [draft for part in _parts(lines, sections) for draft in _drafts(source, lines, part, parts.warnings)]
    extra_links = assign_links(source, drafts, parts.warnings)
    for n, draft in enumerate(drafts, start=1):
        parts.directory.append(_entry(source, n, draft, extra_links.get(n - 1, []), parts.warnings))
    if not drafts:
        parts.warnings.append(
            ParseWarning(file=source.file, line=None, message="Fant ingen oppføringer i vedlegget (kapittel 14).")
        )
    return parts


def _parts(lines: list[str], sections: list[Section]) -> list[_Part]:
    found = []
    for line_no, line in enumerate(lines, start=1):
        heading = parse_heading(line)
        if heading and _DIRECTORY_TITLE.match(heading[1]):
            region = _REGION.search(heading[1])
            end = section_end(lines, line_no, sections)
            found.append(_Part(heading[0], region.group(1) if region else None, line_no, end))
    return found


def _drafts(source: Source, lines: list[str], part: _Part, warnings: list[ParseWarning]) -> list[Draft]:
    anchor = "Eier:" if _has_label(lines, part, "Eier:") else "Adresse:"
    anchors = [n for n in range(part.start + 1, part.end + 1) if lines[n - 1].strip().startswith(anchor)]
    starts = [_name_lines(lines, anchor_line, part.start) for anchor_line in anchors]
    _check_names(source, lines, part, starts, warnings)
    drafts = []
    for i, (name_lines, anchor_line) in enumerate(zip(starts, anchors, strict=True)):
        end = starts[i + 1][0] - 1 if i + 1 < len(starts) else part.end
        end = _last_content_line(lines, anchor_line, end)
        name = join_wrapped([lines[n - 1] for n in name_lines])
        drafts.append(Draft(part, name, name_lines[0], end, read_body(lines, anchor_line, end)))
    return drafts


def _check_names(
    source: Source, lines: list[str], part: _Part, starts: list[list[int]], warnings: list[ParseWarning]
) -> None:
    """Warn about text before a section's first entry and about names that do not look like names."""
    first = starts[0][0] if starts else part.end + 1
    skipped = [n for n in range(part.start + 1, first) if not is_furniture(lines[n - 1])]
    if skipped:
        text = join_wrapped([lines[n - 1] for n in skipped])
        warnings.append(_warn(source, skipped[0], "Tekst før første oppføring i avsnittet er ikke tatt med.", text))
    for name_lines in starts:
        if not _is_name_text(lines[name_lines[-1] - 1]):
            warnings.append(
                _warn(source, name_lines[-1], "Navnet på oppføringen er usikkert.", lines[name_lines[-1] - 1])
            )


def _has_label(lines: list[str], part: _Part, label: str) -> bool:
    return any(lines[n - 1].strip().startswith(label) for n in range(part.start + 1, part.end + 1))


def _name_lines(lines: list[str], anchor_line: int, floor: int) -> list[int]:
    """The entry's name: text lines before the anchor, a wrapped name continuing after one empty line."""
    n = anchor_line - 1
    while n > floor and is_furniture(lines[n - 1]):
        n -= 1
    name = [n]
    while n - 2 > floor and lines[n - 2] == "" and _is_name_text(lines[n - 3]):
        n -= 2
        name.insert(0, n)
    return name


def _is_name_text(line: str) -> bool:
    stripped = line.strip()
    plain = stripped and not stripped.startswith(("\uf0b7", "o ")) and ":" not in stripped
    return bool(plain) and not is_link(line) and not is_furniture(line) and not parse_heading(line)


def _last_content_line(lines: list[str], first: int, last: int) -> int:
    while last > first and is_furniture(lines[last - 1]):
        last -= 1
    return last


def _entry(source: Source, n: int, draft: Draft, links: list[str], warnings: list[ParseWarning]) -> DirectoryEntry:
    pairs, duplicates = field_pairs(draft.body)
    for label in duplicates:
        warnings.append(
            _warn(source, draft.start, f"Feltet «{label}» står flere ganger i «{draft.name}»; første verdi brukt.")
        )
    for line_no, text in draft.body.orphans:
        warnings.append(_warn(source, line_no, "Tekst uten felt i oppføringen; beholdt i teksten.", text))
    return DirectoryEntry(
        id=f"{source.id}:dir:{n}",
        source_id=source.id,
        section=draft.part.number,
        name=draft.name,
        region=draft.part.region,
        owner=_value(pairs, "Eier"),
        address=_value(pairs, "Adresse"),
        phone=_value(pairs, "Telefon"),
        web=_value(pairs, "Internett"),
        contact="; ".join(pairs[label] for label in _CONTACT_LABELS if pairs.get(label)) or None,
        unit_type=_value(pairs, "Type avdeling"),
        outpatient=_outpatient(source, draft, pairs, warnings),
        patient_groups=_value(pairs, *_PATIENT_LABELS),
        substances=_value(pairs, *_SUBSTANCE_LABELS),
        fields=pairs,
        text="\n".join([*render(draft.name, draft.body), *links]),
        span=Span(start=draft.start, end=draft.end),
    )


def _value(pairs: dict[str, str], *labels: str) -> str | None:
    return next((pairs[label] for label in labels if pairs.get(label)), None)


def _outpatient(source: Source, draft: Draft, pairs: dict[str, str], warnings: list[ParseWarning]) -> bool | None:
    value = pairs.get("Poliklinisk avrusning")
    if value is None:
        return None
    answer = _YES_NO.match(value)
    if not answer:
        warnings.append(
            _warn(source, draft.start, f"Uklart om «{draft.name}» har poliklinisk avrusning; satt til ukjent.", value)
        )
        return None
    return answer.group(1) == "Ja"


def _warn(source: Source, line: int, message: str, text: str = "") -> ParseWarning:
    return ParseWarning(file=source.file, line=line, message=message, text=text)
