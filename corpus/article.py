"""The markdown-like article (000): one paragraph, bullet or table row per line.

A heading is a short line (at most 12 words) that is neither a bullet ("- ") nor a
table line and does not end like a sentence or a clause (a question mark is allowed).
Consecutive bullets form one list; a markdown table becomes TableRows.
"""

from __future__ import annotations

import re

from corpus.blocks import Block, build, heading, text_block
from corpus.models import ParseWarning, Source, TableRow
from corpus.parts import SourceParts
from corpus.prose import tidy, word_count
from corpus.tables import is_table_line, table_rows

_MAX_HEADING_WORDS = 12
_CLAUSE_END = re.compile(r"[.,;:!]$")


def parse_article(source: Source, lines: list[str]) -> SourceParts:
    """Sections, passages and table rows of the article."""
    warnings: list[ParseWarning] = []
    blocks: list[Block] = []
    rows: list[TableRow] = []
    pending: list[tuple[int, str]] = []
    for line_no, text in ((n, tidy(line)) for n, line in enumerate(lines, start=1)):
        if not text:
            continue
        if _starts_block(pending, _kind(text)):
            _close(source, blocks, rows, pending, warnings)
        pending.append((line_no, text))
    _close(source, blocks, rows, pending, warnings)
    parts = build(source, blocks, len(lines))
    parts.table_rows.extend(rows)
    parts.warnings[:0] = warnings
    return parts


def _starts_block(pending: list[tuple[int, str]], kind: str) -> bool:
    """Bullets and table lines continue a run of their own kind; anything else stands alone."""
    return kind in ("heading", "paragraph") or (bool(pending) and _kind(pending[-1][1]) != kind)


def _kind(text: str) -> str:
    if is_table_line(text):
        return "table"
    if text.startswith("- "):
        return "bullet"
    if word_count(text) <= _MAX_HEADING_WORDS and not _CLAUSE_END.search(text):
        return "heading"
    return "paragraph"


def _close(
    source: Source,
    blocks: list[Block],
    rows: list[TableRow],
    pending: list[tuple[int, str]],
    warnings: list[ParseWarning],
) -> None:
    if not pending:
        return
    kind, start, end = _kind(pending[0][1]), pending[0][0], pending[-1][0]
    if kind == "heading":
        blocks.append(heading(pending[0][1], start))
    elif kind == "table":
        section = next((b.text for b in reversed(blocks) if b.kind == "heading"), None)
        rows.extend(table_rows(source, pending, section, section, len(rows) + 1, warnings))
    else:
        blocks.append(text_block("\n".join(text for _, text in pending), start, end))
    pending.clear()
