"""Turn parsed items into retrievable Chunks with citation fields."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from corpus.citation import cite
from corpus.models import Chunk, Section, Source
from corpus.parts import SourceParts


class _Titles:
    """Section and chapter titles by (source id, number)."""

    def __init__(self, sections: list[Section]) -> None:
        self._titles = {(s.source_id, s.number): s.title for s in sections}
        self._chapters = {(s.source_id, s.number): s.chapter for s in sections}

    def section(self, source_id: str, number: str | None) -> str | None:
        return self._titles.get((source_id, number)) if number else None

    def chapter_of(self, source_id: str, number: str | None) -> str | None:
        if not number:
            return None
        return self._chapters.get((source_id, number), number.split(".")[0])

    def chapter_title(self, source_id: str, chapter: str | None) -> str | None:
        return self._titles.get((source_id, chapter)) if chapter else None


def build_chunks(sources: list[Source], parts: SourceParts) -> list[Chunk]:
    """Every recommendation, passage, evidence row, table row, directory entry and term."""
    by_id = {source.id: source for source in sources}
    titles = _Titles(parts.sections)
    raw = [
        *_recommendations(parts, by_id, titles),
        *_passages(parts, by_id, titles),
        *_evidence(parts, by_id, titles),
        *_directory(parts, by_id, titles),
        *_glossary(parts, by_id, titles),
    ]
    return [replace(chunk, order=n) for n, chunk in enumerate(raw)]


def _base(source: Source, section: str | None, titles: _Titles) -> dict:
    chapter = titles.chapter_of(source.id, section)
    return {
        "source_id": source.id,
        "file": source.file,
        "source_title": source.title,
        "section": section,
        "section_title": titles.section(source.id, section),
        "chapter": chapter,
        "chapter_title": titles.chapter_title(source.id, chapter),
        "order": 0,
    }


def _context(*words: str | None) -> str:
    return " \n".join(word for word in words if word)


def _recommendations(parts: SourceParts, by_id: dict, titles: _Titles) -> Iterator[Chunk]:
    for rec in parts.recommendations:
        source = by_id[rec.source_id]
        base = _base(source, rec.section, titles) | {"section_title": rec.section_title}
        yield Chunk(
            **base,
            id=rec.id,
            kind="recommendation",
            rec=rec.number,
            grade=rec.grade,
            strength=rec.strength,
            page=rec.page,
            text=rec.text,
            context=_context(rec.section_title, base["chapter_title"]),
            citation=cite(source, rec.section, rec.section_title, rec=rec.number, grade=rec.grade, page=rec.page),
        )


def _passages(parts: SourceParts, by_id: dict, titles: _Titles) -> Iterator[Chunk]:
    for passage in parts.passages:
        source = by_id[passage.source_id]
        base = _base(source, passage.section, titles)
        base["section_title"] = passage.section_title or base["section_title"]
        yield Chunk(
            **base,
            id=passage.id,
            kind="passage",
            page=passage.page,
            text=passage.text,
            context=_context(base["section_title"], base["chapter_title"]),
            citation=cite(source, passage.section, base["section_title"], page=passage.page),
        )


def _evidence(parts: SourceParts, by_id: dict, titles: _Titles) -> Iterator[Chunk]:
    for row in parts.evidence:
        source = by_id[row.source_id]
        certainty = f"tillit til resultatet: {row.certainty}" if row.certainty else None
        yield Chunk(
            **_base(source, row.section, titles),
            id=row.id,
            kind="evidence",
            grade=row.certainty,
            text=row.text,
            citation=cite(source, row.section, None, label=_context(row.outcome, certainty).replace(" \n", ", ")),
        )
    for table_row in parts.table_rows:
        source = by_id[table_row.source_id]
        yield Chunk(
            **_base(source, table_row.section, titles),
            id=table_row.id,
            kind="passage",
            text=table_row.text,
            context=table_row.table_title or "",
            citation=cite(source, table_row.section, None, label=table_row.table_title),
        )


def _directory(parts: SourceParts, by_id: dict, titles: _Titles) -> Iterator[Chunk]:
    for entry in parts.directory:
        source = by_id[entry.source_id]
        base = _base(source, entry.section, titles)
        yield Chunk(
            **base,
            id=entry.id,
            kind="directory",
            text=entry.text,
            context=_context(entry.region, base["section_title"], "avrusning adresse telefon"),
            citation=cite(source, entry.section, base["section_title"], label=entry.name),
        )


def _glossary(parts: SourceParts, by_id: dict, titles: _Titles) -> Iterator[Chunk]:
    for term in parts.glossary:
        source = by_id[term.source_id]
        base = _base(source, term.section, titles)
        yield Chunk(
            **base,
            id=term.id,
            kind="glossary",
            text=f"{term.term}: {term.definition}" if term.definition else term.term,
            context=term.term,
            citation=cite(source, term.section, base["section_title"], label=term.term),
        )
