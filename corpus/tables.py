"""Markdown tables ("| a | b |" lines) as TableRows: cells keyed by the header row."""

from __future__ import annotations

import re

from corpus.models import ParseWarning, Source, Span, TableRow
from corpus.prose import tidy

_SEPARATOR_CELL = re.compile(r"^:?-{3,}:?$")


def is_table_line(text: str) -> bool:
    """True for a markdown table line."""
    return text.startswith("|") and text.endswith("|") and len(text) > 2


def cells_of(text: str) -> list[str]:
    """The cells of one table line, tidied."""
    return [tidy(cell) for cell in text.strip()[1:-1].split("|")]


def table_rows(
    source: Source,
    rows: list[tuple[int, str]],
    section: str | None,
    title: str | None,
    first_id: int,
    warnings: list[ParseWarning],
) -> list[TableRow]:
    """The body rows of one table (its header first, the "|---|" line skipped).

    A row's text names each cell by its column ("Effekt: Nedgang"), so a row read alone still makes sense.
    """
    (header_line, header_text), *body = rows
    header = cells_of(header_text)
    found = []
    for line_no, text in body:
        cells = cells_of(text)
        if all(_SEPARATOR_CELL.match(cell) for cell in cells):
            continue
        if len(cells) != len(header):
            warnings.append(
                ParseWarning(
                    file=source.file,
                    line=line_no,
                    message="Tabellraden har et annet antall celler enn overskriftsraden.",
                    text=text,
                )
            )
        keys = header + [f"Kolonne {n}" for n in range(len(header) + 1, len(cells) + 1)]
        found.append(
            TableRow(
                id=f"{source.id}:t{first_id + len(found)}",
                source_id=source.id,
                section=section,
                table_title=title,
                cells=dict(zip(keys, cells, strict=False)),
                text=" | ".join(f"{key}: {cell}" for key, cell in zip(keys, cells, strict=False)),
                span=Span(start=line_no, end=line_no),
            )
        )
    if not found:
        warnings.append(
            ParseWarning(file=source.file, line=header_line, message="Tabell uten rader.", text=header_text)
        )
    return found
