"""Split a glossary list of the PDF text into records, one per term.

Records are separated by whitespace-only lines (the PDF's empty paragraphs), while a
wrapped definition continues after a truly empty line. A record also starts where a
line begins a new term although the spacer is missing (after a page break).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from corpus.models import Span
from corpus.prose import ends_sentence, join_wrapped

_STARTS = {
    "abbreviation": re.compile(r"^[A-ZÆØÅ]{2,}[A-ZÆØÅ/]*(\s|$)"),
    "definition": re.compile(r"^[A-ZÆØÅ][\wæøå ]{1,40}? [–-] \S"),
    "grade": re.compile(r"^[A-D]\s"),
}
_DASH = re.compile(r"\s[–-]\s")


@dataclass
class Record:
    """The lines of one term, rejoined."""

    start: int
    end: int
    parts: list[str]

    @property
    def text(self) -> str:
        """The record's lines joined into one line."""
        return join_wrapped(self.parts)

    @property
    def span(self) -> Span:
        """The record's lines in the source."""
        return Span(start=self.start, end=self.end)


def is_page_header(text: str) -> bool:
    """True for a running header in capitals ("FORKORTELSER OG SENTRALE BEGREP")."""
    return len(text) > 12 and text == text.upper() and any(char.isalpha() for char in text)


def read_records(
    lines: list[str], first: int, last: int, kind: str, warn: Callable[[int, str, str], None]
) -> list[Record]:
    """The records of lines `first`..`last` (1-based, inclusive); page headers are skipped with a warning."""
    records: list[Record] = []
    open_record = False
    for line_no in range(first, last + 1):
        raw = lines[line_no - 1]
        text = raw.strip()
        if not text:
            open_record = open_record and raw == ""
            continue
        if is_page_header(text):
            warn(line_no, "Sidetopp midt i listen hoppet over.", text)
            open_record = False
            continue
        if open_record and not _starts_term(records[-1], text, kind):
            records[-1].parts.append(text)
            records[-1].end = line_no
        else:
            records.append(Record(line_no, line_no, [text]))
        open_record = True
    return records


def _starts_term(current: Record, text: str, kind: str) -> bool:
    if not _STARTS[kind].match(text):
        return False
    return kind != "definition" or ends_sentence(current.parts[-1])


def split_definition(text: str) -> tuple[str, str]:
    """Split "Term – definition" at the first dash between spaces; no dash gives (text, "")."""
    parts = _DASH.split(text, maxsplit=1)
    if len(parts) == 1:
        return text, ""
    return parts[0].strip(), parts[1].strip()
