"""Parse the guideline (source 003) into sections, recommendations and prose passages.

Entry point for the loader. The directory entries (14.1.3–14.1.8, 14.2.1–14.2.5) and
the glossary ("Forkortelser", "Sentrale begrep") are parsed by corpus.directory and
corpus.glossary from the sections found here, so they give no passages here.
Pages are not derivable: the text prints a page number only four times, and its page
breaks cannot be counted reliably, so every page is None.
"""

from __future__ import annotations

import re

from corpus.lines import NOISE_MESSAGES, REC_HEADING, is_blank, noise_reason, paragraph_units
from corpus.models import ParseWarning, Section, Source
from corpus.parts import SourceParts
from corpus.passages import group_units, join_units, make_passages
from corpus.recommendations import parse_list
from corpus.sections import find_sections

DIRECTORY_TITLES = ("Oversikt over avrusningsenheter", "Oversikt avrusning i fengsler")
"""Title openings of the appendix sections that hold directory entries."""
GLOSSARY_SECTIONS = ("Forkortelser", "Sentrale begrep")

_TABLE_CAPTION = re.compile(r"^\s*Tabell \d+\.\d+\s*[-–]")
_PROSE_MIN_WORDS = 8
_PROSE_ALPHA_SHARE = 0.7


def parse_guideline(source: Source, lines: list[str]) -> SourceParts:
    """Sections, recommendations, passages and warnings for the whole guideline."""
    sections, warnings = find_sections(source, lines)
    parts = SourceParts(sections=sections, warnings=warnings)
    own = [section for section in sections if not is_parsed_elsewhere(section)]
    tables = _tables(source, lines, own, parts.warnings)
    parts.warnings.extend(_noise_warnings(source, lines, own))
    parts.warnings.extend(_front_warnings(source, lines, sections))
    for section in own:
        _parse_section(source, lines, section, tables, parts)
    return parts


def is_parsed_elsewhere(section: Section) -> bool:
    """True for the directory and glossary sections, whose text other parsers own."""
    return section.number in GLOSSARY_SECTIONS or section.title.startswith(DIRECTORY_TITLES)


def _body_start(section: Section) -> int:
    """First line after the heading; a chapter's span holds no heading line of its own."""
    is_chapter = section.number.isdigit()
    return section.span.start if is_chapter else section.span.start + 1


def _parse_section(
    source: Source, lines: list[str], section: Section, skip: set[int], parts: SourceParts
) -> None:
    """Passages of the section's prose and recommendations of each of its lists."""
    cursor, list_index = _body_start(section), 0
    for n in range(cursor, section.span.end + 1):
        if n < cursor or not REC_HEADING.match(lines[n - 1]):
            continue
        rationale = _add_prose(source, lines, section, cursor, n - 1, skip, parts)
        list_index += 1
        found = parse_list(source, lines, section, n, list_index, rationale)
        parts.recommendations.extend(found.recommendations)
        parts.warnings.extend(found.warnings)
        cursor = found.end + 1
    _add_prose(source, lines, section, cursor, section.span.end, skip, parts)


def _add_prose(
    source: Source,
    lines: list[str],
    section: Section,
    start: int,
    end: int,
    skip: set[int],
    parts: SourceParts,
) -> str | None:
    """Add the passages of lines start..end; return their text as a recommendation rationale."""
    groups = group_units(paragraph_units(lines, start, end, skip=skip))
    for group in groups:
        number = len(parts.passages) + 1
        parts.passages.extend(make_passages(section, group, number, source.id))
    return "\n\n".join(join_units(group.units) for group in groups) or None


def _tables(
    source: Source, lines: list[str], sections: list[Section], warnings: list[ParseWarning]
) -> set[int]:
    """Lines of the tables ("Tabell 14.1 - ...") to leave out of passages, with a warning each.

    A table runs from its caption to the first line that reads as prose again.
    """
    skipped: set[int] = set()
    for section in sections:
        for n in range(section.span.start, section.span.end + 1):
            if n in skipped or not _TABLE_CAPTION.match(lines[n - 1]):
                continue
            end = _table_end(lines, n, section.span.end)
            skipped.update(range(n, end + 1))
            message = f"Tabell (linje {n}–{end}) er ikke tatt med som avsnitt"
            warnings.append(_warn(source, n, message, lines[n - 1]))
    return skipped


def _table_end(lines: list[str], caption: int, limit: int) -> int:
    for n in range(caption + 1, limit + 1):
        words = lines[n - 1].split()
        alpha = sum(word.isalpha() for word in words)
        if len(words) >= _PROSE_MIN_WORDS and alpha >= _PROSE_ALPHA_SHARE * len(words):
            return n - 1
    return limit


def _noise_warnings(
    source: Source, lines: list[str], sections: list[Section]
) -> list[ParseWarning]:
    """One warning per layout-noise line left out of the text (titles are structure, not noise)."""
    warnings = []
    for section in sections:
        for n in range(section.span.start, section.span.end + 1):
            reason = None if is_blank(lines[n - 1]) else noise_reason(lines, n)
            if reason and reason != "tittel":
                warnings.append(_warn(source, n, NOISE_MESSAGES[reason], lines[n - 1]))
    return warnings


def _front_warnings(
    source: Source, lines: list[str], sections: list[Section]
) -> list[ParseWarning]:
    """The text before the first heading (the draft notice and a stray copy of chapter 11's
    introduction) belongs to no section; it is reported, not made into passages."""
    first = min((s.span.start for s in sections), default=len(lines) + 1)
    units = paragraph_units(lines, 1, first - 1)
    message = "Tekst før første overskrift er ikke tatt med som avsnitt"
    return [_warn(source, unit.start, message, unit.rendered()) for unit in units]


def _warn(source: Source, line: int, message: str, text: str) -> ParseWarning:
    return ParseWarning(file=source.file, line=line, message=message, text=text.strip())

