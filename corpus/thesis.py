"""Blocks of the bachelor thesis (001): numbered headings ("2.1 LITTERATURSTUDIE SOM METODE"),
the unnumbered "Sammendrag" and "Abstract", and paragraphs rebuilt from wrapped PDF lines.

Page numbers standing alone and table-of-contents lines (dot leaders) are left out with a warning.
"""

from __future__ import annotations

import re

from corpus.blocks import Block, heading, text_block
from corpus.models import ParseWarning, Source
from corpus.paragraphs import BreakRule, Line, content_lines, short_width
from corpus.prose import ends_sentence, join_wrapped

_NUMBERED = re.compile(r"^(\d+(?:\.\d+)*\.?)\s+([A-ZÆØÅ].*)$")
_PAGE_NUMBER = re.compile(r"^\d{1,3}$")
_TOC_LINE = re.compile(r"\.{4,}\s*\d+$")
_MAX_HEADING_WORDS = 12


def thesis_blocks(source: Source, lines: list[str], warnings: list[ParseWarning]) -> list[Block]:
    """Headings and paragraphs of the thesis, in source order."""
    content = _without_furniture(source, content_lines(lines), warnings)
    rule = BreakRule(min_gap=2, width=short_width(content))
    blocks: list[Block] = []
    paragraph: list[Line] = []
    index = 0
    while index < len(content):
        line = content[index]
        following = content[index + 1] if index + 1 < len(content) else None
        title = _heading(line, following, paragraph)
        if title:
            _flush(blocks, paragraph)
            end = following.no if title != line.text else line.no
            blocks.append(heading(title, line.no, end))
            index += 2 if end != line.no else 1
            continue
        paragraph.append(line)
        if following is None or rule.ends(line, following) or _heading(following, None, []):
            _flush(blocks, paragraph)
        index += 1
    _flush(blocks, paragraph)
    return blocks


def _without_furniture(source: Source, content: list[Line], warnings: list[ParseWarning]) -> list[Line]:
    kept = []
    for line in content:
        if _PAGE_NUMBER.match(line.text):
            warnings.append(
                ParseWarning(file=source.file, line=line.no, message="Sidetall hoppet over.", text=line.text)
            )
            if kept:
                kept[-1].spacer = True
        elif _TOC_LINE.search(line.text):
            warnings.append(
                ParseWarning(file=source.file, line=line.no, message="Innholdsfortegnelse hoppet over.", text=line.text)
            )
        else:
            kept.append(line)
    return kept


def _heading(line: Line, following: Line | None, paragraph: list[Line]) -> str | None:
    """The heading's text (a wrapped capitals heading joined) when `line` is a heading."""
    if paragraph and not ends_sentence(paragraph[-1].text):
        return None
    text = line.text
    numbered = _NUMBERED.match(text)
    if numbered and len(text.split()) <= _MAX_HEADING_WORDS and not text.endswith("."):
        if text.isupper() and following and following.text.isupper() and len(following.text.split()) <= 3:
            return f"{text} {following.text}"
        return text
    if _is_unnumbered_heading(text, following):
        return text
    return None


def _is_unnumbered_heading(text: str, following: Line | None) -> bool:
    plain = len(text.split()) <= 3 and text[:1].isupper() and not ends_sentence(text)
    return plain and text[-1:] not in ",:;)" and bool(following) and following.text[:1].isupper()


def _flush(blocks: list[Block], paragraph: list[Line]) -> None:
    if paragraph:
        blocks.append(text_block(join_wrapped([line.raw for line in paragraph]), paragraph[0].no, paragraph[-1].no))
        paragraph.clear()
