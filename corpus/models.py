"""The corpus contract: typed records every later stage reads.

Plain dataclasses, so that answering from a built index imports no validation library:
the parser's output is validated by pydantic when the corpus is built (corpus/validation.py),
a stored index by msgspec when it is read (index/store.py).

Line numbers are 1-based lines of the source file as shipped, so a warning or a
citation can always be checked against the file itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Grade = Literal["A", "B", "C", "D"]
Strength = Literal["skal", "bør", "kan"]
Certainty = Literal["Høy", "Middels", "Liten", "Svært liten"]
ChunkKind = Literal["recommendation", "passage", "evidence", "directory", "glossary"]
SourceKind = Literal["guideline", "evidence_summary", "handbook", "article", "thesis"]


# Frozen records: the parsed corpus is shared by every later stage and never changes.
_record = dataclass(frozen=True, slots=True, kw_only=True)


@_record
class Span:
    """A range of lines in a source file."""

    start: int
    """First line, 1-based."""
    end: int
    """Last line, inclusive."""


@_record
class Source:
    """One source document as the manifest describes it."""

    id: str
    """The first three characters of the file name, e.g. "003"."""
    file: str
    """The file's name exactly as shipped in corpus/sources/."""
    title: str
    short_title: str
    """The title used in citation lines."""
    publisher: str
    year: int | None = None
    kind: SourceKind
    authority: int
    """1 is the most authoritative; answers prefer lower numbers."""
    draft: bool = False
    """True for a text that says of itself that it is not final."""
    draft_notice: str | None = None
    """The Norwegian notice shown wherever a draft's text is shown."""


@_record
class Section:
    """A heading of a source and the lines it governs."""

    source_id: str
    number: str
    """As printed ("3.2.1", "12"), or the heading text for a source without numbers."""
    title: str
    chapter: str
    """The top-level number ("3" for 3.2.1)."""
    parent: str | None
    span: Span


@_record
class Recommendation:
    """One numbered item under an "Anbefaling(er)" heading of the guideline."""

    id: str
    """Stable id, e.g. "003:8.3.2:r4" (or "003:3.4:l2r1" for a section's second list)."""
    source_id: str
    section: str
    section_title: str
    chapter: str
    number: int
    """Its number within its list, as printed."""
    list_index: int = 1
    """1 for the section's first recommendation list, 2 for a second one."""
    text: str
    """Verbatim, paragraphs rebuilt, list items on their own lines."""
    lead: str
    """The text before any list items."""
    items: list[str] = field(default_factory=list)
    """List items verbatim, sub-items prefixed with "o "."""
    grade: Grade | None
    strength: Strength | None
    """The first of skal/bør/kan the text uses."""
    span: Span
    page: int | None = None
    rationale: str | None = None
    """The section's "Bakgrunn" and "Vurdering" prose."""


@_record
class Passage:
    """A rebuilt prose paragraph (or a few short ones) of one section."""

    id: str
    source_id: str
    section: str | None
    section_title: str | None
    chapter: str | None
    heading: str | None = None
    """A sub-heading inside the section, e.g. "Bakgrunn" or "Vurdering"."""
    text: str
    span: Span
    page: int | None = None


@_record
class EvidenceRow:
    """A result row of an evidence summary, with its certainty."""

    id: str
    source_id: str
    section: str | None
    outcome: str
    certainty: Certainty | None
    effect: str
    """The effect figures as printed (relative effect, absolute numbers)."""
    text: str
    """The row verbatim, cells joined with " | "."""
    span: Span


@_record
class TableRow:
    """One row of a markdown table in a source."""

    id: str
    source_id: str
    section: str | None
    table_title: str | None
    cells: dict[str, str]
    """Column header -> cell text."""
    text: str
    span: Span


@_record
class DirectoryEntry:
    """A detox unit or prison health service in the guideline's appendix."""

    id: str
    source_id: str
    section: str
    """Its appendix section, e.g. "14.1.8"."""
    name: str
    region: str | None
    owner: str | None
    address: str | None
    phone: str | None
    web: str | None
    contact: str | None
    unit_type: str | None
    outpatient: bool | None
    """Whether it offers outpatient detox; None where the entry does not say."""
    patient_groups: str | None
    substances: str | None
    fields: dict[str, str] = field(default_factory=dict)
    """Every "Label: value" pair of the entry as printed (prison entries have their own labels)."""
    text: str
    """The whole entry verbatim."""
    span: Span


@_record
class GlossaryTerm:
    """An abbreviation, a defined term, a grade or a strength word."""

    id: str
    source_id: str
    term: str
    kind: Literal["abbreviation", "definition", "grade", "strength"]
    definition: str
    section: str | None
    span: Span


@_record
class ParseWarning:
    """A place where the parser was unsure; the text was kept."""

    file: str
    line: int | None
    message: str
    text: str = ""


@_record
class Chunk:
    """One retrievable unit with everything a citation needs."""

    id: str
    kind: ChunkKind
    source_id: str
    file: str
    source_title: str
    section: str | None
    section_title: str | None
    chapter: str | None
    chapter_title: str | None
    rec: int | None = None
    grade: str | None = None
    """A–D for recommendations, the certainty word for evidence."""
    strength: Strength | None = None
    page: int | None = None
    text: str
    """Verbatim text shown to the user."""
    context: str = ""
    """Extra text indexed but never shown as quoted (titles, entry fields)."""
    citation: str
    order: int
    """Position in the corpus, used to break ties deterministically."""


@_record
class Corpus:
    """Everything parsed from the five sources."""

    sources: list[Source]
    sections: list[Section]
    recommendations: list[Recommendation]
    passages: list[Passage]
    evidence: list[EvidenceRow]
    table_rows: list[TableRow]
    directory: list[DirectoryEntry]
    glossary: list[GlossaryTerm]
    warnings: list[ParseWarning]
    chunks: list[Chunk]
    fingerprint: str
    """sha256 over the source files' bytes and the parser version."""
