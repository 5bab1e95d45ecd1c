"""Rebuild paragraphs from PDF text where every printed line is a line of its own.

Each content line carries what follows it: how many blank lines, and whether one of
them is whitespace-only (the PDF's empty paragraph, a strong break). A paragraph ends
at a sentence end that is also marked as a break: two trailing spaces, a short line,
or a gap; or at a line without a sentence end (a byline) followed by a gap and a capital.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from corpus.prose import ends_sentence


@dataclass
class Line:
    """A non-blank source line and the blank lines after it."""

    no: int
    raw: str
    blanks: int = 0
    spacer: bool = False

    @property
    def text(self) -> str:
        """The line without surrounding whitespace."""
        return self.raw.strip()


def content_lines(lines: list[str], first: int = 1, last: int | None = None) -> list[Line]:
    """The non-blank lines of `first`..`last` (1-based, inclusive), with their gaps."""
    found: list[Line] = []
    for line_no in range(first, (last or len(lines)) + 1):
        raw = lines[line_no - 1]
        if raw.strip():
            found.append(Line(line_no, raw))
        elif found:
            found[-1].blanks += 1
            found[-1].spacer = found[-1].spacer or raw != ""
    return found


def short_width(lines: list[Line]) -> int:
    """Lines shorter than this did not reach the right margin."""
    widths = [len(line.raw.rstrip()) for line in lines]
    return int(0.8 * statistics.median(widths)) if widths else 0


@dataclass(frozen=True)
class BreakRule:
    """How a source marks a paragraph break."""

    min_gap: int
    """Blank lines that count as a gap (1 where wrapped lines follow each other directly)."""
    width: int
    """short_width() of the source."""

    def gap(self, line: Line) -> bool:
        """True when the blank lines after `line` separate paragraphs."""
        return line.spacer or line.blanks >= self.min_gap

    def ends(self, line: Line, following: Line | None) -> bool:
        """True when a paragraph ends after `line`."""
        if following is None:
            return True
        short = len(line.raw.rstrip()) < self.width
        if ends_sentence(line.text):
            return _trailing(line.raw) >= 2 or short or self.gap(line)
        return following.text[:1].isupper() and self.gap(line)


def _trailing(raw: str) -> int:
    return len(raw) - len(raw.rstrip())
