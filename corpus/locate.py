"""Find the guideline's headings by their text, so part parsers work from the lines alone.

The PDF text prints a heading either number-first ("14.1.3 Oversikt ...") or
number-last ("Gradering av anbefalinger 2.11"), sometimes with a leading space.
"""

from __future__ import annotations

import re

from corpus.models import Section

_NUMBER_FIRST = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2}){0,3})\s+([A-ZÆØÅ«\[].*?)\s*$")
_NUMBER_LAST = re.compile(r"^\s*([A-ZÆØÅ][^:]{2,90}?)\s+(\d{1,2}(?:\.\d{1,2}){1,3})\s*$")


def parse_heading(line: str) -> tuple[str, str] | None:
    """Return (number, title) when the line looks like a numbered heading, else None."""
    match = _NUMBER_FIRST.match(line)
    if match and len(match.group(2).split()) <= 14:
        return match.group(1), " ".join(match.group(2).split())
    match = _NUMBER_LAST.match(line)
    if match:
        return match.group(2), " ".join(match.group(1).split())
    return None


def find_heading(lines: list[str], number: str, start: int = 1) -> int | None:
    """The 1-based line of the heading numbered `number`, searching from line `start`."""
    for line_no in range(start, len(lines) + 1):
        heading = parse_heading(lines[line_no - 1])
        if heading and heading[0] == number:
            return line_no
    return None


def find_line(lines: list[str], text: str, start: int = 1, end: int | None = None) -> int | None:
    """The 1-based line whose stripped text equals `text` (case-insensitive)."""
    wanted = text.casefold()
    for line_no in range(start, (end or len(lines)) + 1):
        if lines[line_no - 1].strip().casefold() == wanted:
            return line_no
    return None


def section_end(lines: list[str], heading_line: int, sections: list[Section]) -> int:
    """The last line governed by the heading at `heading_line`: before the next heading."""
    later_starts = [s.span.start for s in sections if s.span.start > heading_line]
    limit = min(later_starts, default=len(lines) + 1)
    for line_no in range(heading_line + 1, limit):
        if parse_heading(lines[line_no - 1]):
            return line_no - 1
    return limit - 1


def section_number_for(sections: list[Section], title: str) -> str | None:
    """The number of a passed section whose title is `title` (case-insensitive), if any."""
    wanted = title.casefold()
    for section in sections:
        if section.title.casefold() == wanted:
            return section.number
    return None
