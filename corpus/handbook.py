"""The handbook chapter (004): one paragraph or list item per line.

A heading is a short line (at most 6 words) without a colon or closing punctuation
that does not directly follow a heading or list line; the run of unpunctuated lines
under a heading ("L5 Akamprosat", "L5 Buprenorfin", ...) is a list. Numbered items (" 1. ...") form a
list with the paragraph that introduces them (one not ending in a full stop).
"""

from __future__ import annotations

import re

from corpus.blocks import Block, build, heading, text_block
from corpus.models import Source
from corpus.parts import SourceParts
from corpus.prose import ends_sentence, tidy, word_count

_MAX_HEADING_WORDS = 6
_MAX_LIST_LINE_WORDS = 10
_NUMBERED_ITEM = re.compile(r"^\d+\.\s")
_CLAUSE_END = re.compile(r"[.,;:!?]$")


def parse_handbook(source: Source, lines: list[str]) -> SourceParts:
    """Sections and passages of the handbook chapter."""
    entries = [(n, tidy(line)) for n, line in enumerate(lines, start=1) if line.strip()]
    blocks: list[Block] = []
    items: list[tuple[int, str]] = []
    in_run = False
    for line_no, text in entries:
        listy = _is_unpunctuated(text, _MAX_LIST_LINE_WORDS)
        if _is_unpunctuated(text, _MAX_HEADING_WORDS) and not in_run:
            _flush(blocks, items)
            blocks.append(heading(text, line_no))
        elif (listy and in_run) or _NUMBERED_ITEM.match(text):
            items.append((line_no, text))
        else:
            _flush(blocks, items)
            items.append((line_no, text))
            if ends_sentence(text):
                _flush(blocks, items)
        in_run = listy
    _flush(blocks, items)
    return build(source, blocks, len(lines))


def _is_unpunctuated(text: str, max_words: int) -> bool:
    return (
        word_count(text) <= max_words
        and ":" not in text
        and not _CLAUSE_END.search(text)
        and not _NUMBERED_ITEM.match(text)
    )


def _flush(blocks: list[Block], items: list[tuple[int, str]]) -> None:
    if items:
        blocks.append(text_block("\n".join(text for _, text in items), items[0][0], items[-1][0]))
        items.clear()
