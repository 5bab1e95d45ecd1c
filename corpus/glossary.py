"""The guideline's glossary: abbreviations ("Forkortelser"), terms ("Sentrale begrep"),
the grades A–D (section 2.11) and what "skal", "bør" and "kan" mean (section 2.13).

Only what these lists and sections print becomes a term; nothing is invented.
"""

from __future__ import annotations

import re

from corpus.glossary_lists import Record, read_records, split_definition
from corpus.locate import find_heading, find_line, section_end, section_number_for
from corpus.models import GlossaryTerm, ParseWarning, Section, Source, Span
from corpus.parts import SourceParts
from corpus.prose import join_wrapped, sentences, slug

ABBREVIATIONS = "Forkortelser"
DEFINITIONS = "Sentrale begrep"
GRADES_SECTION = "2.11"
STRENGTH_SECTION = "2.13"
_FRONT_MATTER = 600
"""The glossary lists sit in the front matter; searching further would only risk a false match."""

_ABBREVIATION = re.compile(r"^(\S+)(?:\s+(.*))?$")
_GRADE = re.compile(r"^([A-D])\s+(\S.*)$")
_QUOTED_WORD = re.compile(r"[”\"«]\s*(skal|bør|kan)\s*[”\"»]", re.IGNORECASE)


class _Builder:
    """Collects terms with unique ids and the warnings met on the way."""

    def __init__(self, source: Source) -> None:
        self.source = source
        self.parts = SourceParts()
        self._ids: set[str] = set()

    def add(self, term: str, kind: str, definition: str, section: str | None, span: Span) -> None:
        """Append one term; a repeated slug gets a numeric suffix so ids stay unique."""
        base = f"{self.source.id}:gl:{slug(term) or kind}"
        term_id, n = base, 1
        while term_id in self._ids:
            n += 1
            term_id = f"{base}-{n}"
        self._ids.add(term_id)
        self.parts.glossary.append(
            GlossaryTerm(
                id=term_id,
                source_id=self.source.id,
                term=term,
                kind=kind,
                definition=definition,
                section=section,
                span=span,
            )
        )

    def warn(self, line: int | None, message: str, text: str = "") -> None:
        """Record a place where the parser was unsure."""
        self.parts.warnings.append(ParseWarning(file=self.source.file, line=line, message=message, text=text))


def parse_glossary(source: Source, lines: list[str], sections: list[Section]) -> SourceParts:
    """Abbreviations, defined terms, grades and strength words of the guideline, in source order."""
    builder = _Builder(source)
    _lists(builder, lines, sections)
    _grades(builder, lines, sections)
    _strengths(builder, lines, sections)
    return builder.parts


def _lists(builder: _Builder, lines: list[str], sections: list[Section]) -> None:
    abbreviations = find_line(lines, ABBREVIATIONS, end=min(_FRONT_MATTER, len(lines)))
    definitions = find_line(lines, DEFINITIONS, start=abbreviations or 1, end=min(_FRONT_MATTER, len(lines)))
    if abbreviations is None or definitions is None:
        builder.warn(None, "Fant ikke listene «Forkortelser» og «Sentrale begrep».")
        return
    section = section_number_for(sections, ABBREVIATIONS) or ABBREVIATIONS
    for record in read_records(lines, abbreviations + 1, definitions - 1, "abbreviation", builder.warn):
        _abbreviation(builder, record, section)
    end = section_end(lines, definitions, [])
    section = section_number_for(sections, DEFINITIONS) or DEFINITIONS
    for record in read_records(lines, definitions + 1, end, "definition", builder.warn):
        _definition(builder, record, section)


def _abbreviation(builder: _Builder, record: Record, section: str) -> None:
    match = _ABBREVIATION.match(record.text)
    term, definition = match.group(1), match.group(2) or ""
    if not definition:
        builder.warn(
            record.start, f"Forkortelsen «{term}» står uten forklaring; beholdt med tom forklaring.", record.text
        )
    builder.add(term, "abbreviation", definition, section, record.span)


def _definition(builder: _Builder, record: Record, section: str) -> None:
    term, definition = split_definition(record.text)
    if not definition:
        builder.warn(
            record.start, "Begrepet mangler tankestrek mellom ord og forklaring; beholdt uten forklaring.", record.text
        )
    builder.add(term, "definition", definition, section, record.span)


def _grades(builder: _Builder, lines: list[str], sections: list[Section]) -> None:
    heading = find_heading(lines, GRADES_SECTION)
    if heading is None:
        builder.warn(None, f"Fant ikke avsnitt {GRADES_SECTION} (gradering av anbefalinger).")
        return
    end = section_end(lines, heading, sections)
    found = 0
    for record in read_records(lines, heading + 1, end, "grade", builder.warn):
        grade = _GRADE.match(record.text)
        if grade:
            builder.add(grade.group(1), "grade", grade.group(2), GRADES_SECTION, record.span)
            found += 1
    if found != 4:
        builder.warn(heading, f"Fant {found} graderinger i avsnitt {GRADES_SECTION}, ventet A–D.")


def _strengths(builder: _Builder, lines: list[str], sections: list[Section]) -> None:
    heading = find_heading(lines, STRENGTH_SECTION)
    if heading is None:
        builder.warn(None, f"Fant ikke avsnitt {STRENGTH_SECTION} (bruk av skal og bør).")
        return
    end = section_end(lines, heading, sections)
    text = join_wrapped(lines[heading:end])
    span = Span(start=heading + 1, end=end)
    for word, definition in _strength_definitions(text).items():
        builder.add(word, "strength", definition, STRENGTH_SECTION, span)


def _strength_definitions(text: str) -> dict[str, str]:
    """Each quoted word's sentences; sentences quoting no word apply to all three."""
    by_word: dict[str, list[str]] = {"skal": [], "bør": [], "kan": []}
    for sentence in sentences(text):
        quoted = {word.casefold() for word in _QUOTED_WORD.findall(sentence)}
        for word, kept in by_word.items():
            if word in quoted or not quoted:
                kept.append(sentence)
    return {word: " ".join(kept) for word, kept in by_word.items() if kept}
