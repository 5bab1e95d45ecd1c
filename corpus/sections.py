"""Find the guideline's section tree: front-matter headings, chapters and numbered sections.

Layout facts this relies on (from reading the whole text):
- numbered headings come as "3.2.1 Poliklinisk avrusning" or as " Valg av riktig
  behandlingsnivå 3.2" (number last, always after a leading space);
- a chapter title ("8 AVRUSNING FRA ALKOHOL", sometimes wrapped onto a second
  all-capitals line) is the last text of the chapter's first page, so it comes after
  that page's sections; the page itself begins at a line with a leading space. When
  that page opens with prose before the chapter's first section, the prose is the
  chapter's introduction and belongs to the chapter, not to the previous section;
- chapter 12 has no numbered sections at all.

A section's span runs from its heading line to the line before the next section
starts. A chapter's span is its introduction, or, when it has none, its title lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.lines import (
    GRADE_ONLY,
    NUM_FIRST_HEADING,
    NUM_LAST_HEADING,
    REC_HEADING,
    is_blank,
    is_subheading,
    marker_of,
    noise_reason,
)
from corpus.models import ParseWarning, Section, Source, Span

FRONT_HEADINGS = ("INNLEDNING", "SAMMENDRAG", "Forkortelser", "Sentrale begrep")
"""Unnumbered headings before chapter 1; their heading text is their number."""

_CHAPTER_TITLE = re.compile(r"^\s*(\d{1,2}) +([A-ZÆØÅ][A-ZÆØÅ ,/\-]*?)\s*$")
_CAPS_CONTINUATION = re.compile(r"^\s*[A-ZÆØÅ/][A-ZÆØÅ ,/\-]*\s*$")
_MAX_TITLE_WORDS = 12


@dataclass
class Heading:
    """A heading found in the text, before spans are assigned."""

    number: str
    title: str
    line: int
    end: int
    kind: str
    """front, chapter or section."""

    @property
    def key(self) -> tuple[int, ...]:
        """The number as a tuple for ordering ("3.10" after "3.9")."""
        return tuple(int(part) for part in self.number.split("."))


def find_sections(
    source: Source, lines: list[str]
) -> tuple[list[Section], list[ParseWarning]]:
    """The section tree in document order, with warnings where the tree looks wrong."""
    warnings: list[ParseWarning] = []
    front = _front_headings(lines)
    chapters = _checked_chapters(source, lines, _chapter_titles(lines), warnings)
    numbered = _checked_sections(source, lines, _numbered_headings(lines), warnings)
    starts = _chapter_starts(lines, chapters, numbered, front)
    sections = _build(source, lines, front, chapters, numbered, starts)
    _check_parents(source, sections, warnings)
    return sections, warnings


def _warn(source: Source, line: int, message: str, text: str = "") -> ParseWarning:
    return ParseWarning(file=source.file, line=line, message=message, text=text)


def _front_headings(lines: list[str]) -> list[Heading]:
    """The unnumbered headings that stand alone on a line before chapter 1 starts."""
    found = []
    for n, raw in enumerate(lines, 1):
        if NUM_LAST_HEADING.match(raw) or _CHAPTER_TITLE.match(raw):
            break
        if raw.strip() in FRONT_HEADINGS:
            found.append(Heading(raw.strip(), raw.strip(), n, n, "front"))
    return found


def _chapter_titles(lines: list[str]) -> list[Heading]:
    """Every "N TITLE IN CAPITALS" line, with its all-capitals continuation line joined on."""
    found = []
    for n, raw in enumerate(lines, 1):
        match = _CHAPTER_TITLE.match(raw)
        if not match:
            continue
        words, end = [match.group(2)], n
        nxt = _next_nonblank(lines, n)
        if nxt and _CAPS_CONTINUATION.match(lines[nxt - 1]):
            words.append(lines[nxt - 1].strip())
            end = nxt
        title = " ".join(words).replace(" /", "/")
        found.append(Heading(match.group(1), title, n, end, "chapter"))
    return found


def _next_nonblank(lines: list[str], n: int) -> int | None:
    for m in range(n + 1, min(len(lines), n + 4) + 1):
        if not is_blank(lines[m - 1]):
            return m
    return None


def _numbered_headings(lines: list[str]) -> list[Heading]:
    """Candidate numbered headings in either layout, in document order."""
    found = []
    for n, raw in enumerate(lines, 1):
        first, last = NUM_FIRST_HEADING.match(raw), NUM_LAST_HEADING.match(raw)
        if first:
            number, title = first.group(1), first.group(2)
        elif last:
            number, title = last.group(2), last.group(1)
        else:
            continue
        title = " ".join(title.split())
        if len(title.split()) <= _MAX_TITLE_WORDS and not title.endswith("."):
            found.append(Heading(number, title, n, n, "section"))
    return found


def _checked_chapters(
    source: Source, lines: list[str], chapters: list[Heading], warnings: list[ParseWarning]
) -> list[Heading]:
    """Chapters whose number follows the previous one; others are reported and ignored."""
    kept: list[Heading] = []
    for chapter in chapters:
        expected = int(kept[-1].number) + 1 if kept else 1
        if int(chapter.number) != expected:
            message = f"Kapitteloverskrift {chapter.number} kommer etter kapittel {expected - 1}"
            warnings.append(_warn(source, chapter.line, message, lines[chapter.line - 1].strip()))
            continue
        kept.append(chapter)
    return kept


def _checked_sections(
    source: Source, lines: list[str], candidates: list[Heading], warnings: list[ParseWarning]
) -> list[Heading]:
    """Numbered headings whose numbers increase in document order.

    A candidate whose number does not come after the previous heading's is a
    reference or a caption rather than a heading; it is reported and left as text.
    """
    kept: list[Heading] = []
    for heading in candidates:
        if kept and heading.key <= kept[-1].key:
            message = (
                f"Nummerert linje {heading.number} er ikke tatt som overskrift: "
                f"nummeret kommer ikke etter {kept[-1].number}"
            )
            warnings.append(_warn(source, heading.line, message, lines[heading.line - 1].strip()))
            continue
        kept.append(heading)
    return kept


def _chapter_starts(
    lines: list[str], chapters: list[Heading], numbered: list[Heading], front: list[Heading]
) -> dict[str, int]:
    """First line of each chapter that starts a span: its introduction, or its whole text.

    A chapter with numbered sections only gets an entry when its first page opens
    with an introduction before the first section; a chapter without numbered
    sections starts at the first page its title closes.
    """
    starts = {}
    headings = sorted(numbered + front, key=lambda h: h.line)
    for chapter in chapters:
        children = [h for h in numbered if h.number.split(".")[0] == chapter.number]
        stop = children[0].line if children else chapter.line
        before = [h for h in headings if h.line < stop]
        if not before or (children and before[-1].kind != "section"):
            continue
        start = _page_start(lines, before[-1].line, stop)
        if start and (not children or _is_intro(lines, start, stop)):
            starts[chapter.number] = start
    return starts


def _page_start(lines: list[str], after: int, before: int) -> int | None:
    """The last line between two lines that opens a page (leading space, not a heading)."""
    for n in range(before - 1, after, -1):
        raw = lines[n - 1]
        if is_blank(raw) or not raw[0].isspace() or noise_reason(lines, n):
            continue
        if not (NUM_LAST_HEADING.match(raw) or GRADE_ONLY.match(raw)):
            return n
    return None


def _is_intro(lines: list[str], start: int, stop: int) -> bool:
    """Prose from start up to the first section, with no sub-heading or recommendation in it."""
    first = lines[start - 1]
    if not first.strip()[:1].isupper() or marker_of(first):
        return False
    for n in range(start, stop):
        raw = lines[n - 1]
        if is_blank(raw) or noise_reason(lines, n):
            continue
        if GRADE_ONLY.match(raw) or REC_HEADING.match(raw) or is_subheading(lines, n):
            return False
    return True


def _build(
    source: Source,
    lines: list[str],
    front: list[Heading],
    chapters: list[Heading],
    numbered: list[Heading],
    starts: dict[str, int],
) -> list[Section]:
    """Sections with spans, chapters placed before their first section."""
    opening = {h.line: h for h in front + numbered}
    opening.update({starts[c.number]: c for c in chapters if c.number in starts})
    bounds = sorted(opening)
    ends = [line - 1 for line in bounds[1:]] + [len(lines)]
    spans = {opening[line].line: Span(start=line, end=end) for line, end in zip(bounds, ends)}
    placed = []
    for heading in front + chapters + numbered:
        span = spans.get(heading.line) or Span(start=heading.line, end=heading.end)
        placed.append((_order(heading, numbered, span), _section(source, heading, span)))
    return [section for _, section in sorted(placed, key=lambda pair: pair[0])]


def _order(heading: Heading, numbered: list[Heading], span: Span) -> float:
    """Where a section sits in document order; a chapter just before its first section."""
    if heading.kind != "chapter":
        return span.start
    children = [h.line for h in numbered if h.number.split(".")[0] == heading.number]
    return min([span.start - 0.5] + [line - 0.5 for line in children])


def _section(source: Source, heading: Heading, span: Span) -> Section:
    parts = heading.number.split(".")
    if heading.kind == "front":
        chapter, parent = heading.number, None
    else:
        chapter = parts[0]
        parent = ".".join(parts[:-1]) if len(parts) > 1 else None
    return Section(
        source_id=source.id,
        number=heading.number,
        title=heading.title,
        chapter=chapter,
        parent=parent,
        span=span,
    )


def _check_parents(source: Source, sections: list[Section], warnings: list[ParseWarning]) -> None:
    """Report every section whose parent section was not found."""
    numbers = {s.number for s in sections}
    for section in sections:
        if section.parent and section.parent not in numbers:
            message = f"Overordnet avsnitt {section.parent} for {section.number} finnes ikke"
            warnings.append(_warn(source, section.span.start, message, section.title))
