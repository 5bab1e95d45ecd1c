"""The Cochrane summary (002): headings, paragraphs, bullet lists and its result tables.

Headings are the title (the first run of unpunctuated lines), lines in capitals
("HVA SIER FORSKNINGEN?"), short questions ("Hva er psykososiale tiltak?") and table
captions ("Resultattabell 1. ..."). A table runs from its caption to its footnote ("* Tallene ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from corpus.blocks import Block, build, heading, text_block
from corpus.evidence import certainty_of, table_rows
from corpus.models import EvidenceRow, ParseWarning, Source
from corpus.paragraphs import BreakRule, Line, content_lines, short_width
from corpus.parts import SourceParts
from corpus.prose import ends_sentence, join_wrapped, tidy, word_count

_CAPTION = re.compile(r"^Resultattabell \d+\.")
_FOOTNOTE = re.compile(r"^\*\s")
_CREDIT = re.compile(r"^Illustrasjon:")
_BULLET = "•"


@dataclass
class _State:
    """What the scan has collected so far."""

    source: Source
    rule: BreakRule
    blocks: list[Block] = field(default_factory=list)
    evidence: list[EvidenceRow] = field(default_factory=list)
    warnings: list[ParseWarning] = field(default_factory=list)
    paragraph: list[Line] = field(default_factory=list)
    items: list[list[Line]] = field(default_factory=list)
    lead: str = ""
    lead_start: int | None = None


def parse_summary(source: Source, lines: list[str]) -> SourceParts:
    """Sections, passages, evidence rows and warnings of an evidence summary."""
    content = content_lines(lines)
    state = _State(source, BreakRule(min_gap=1, width=short_width(content)))
    index = 0
    while index < len(content):
        index = _step(state, content, index)
    _flush_paragraph(state)
    _flush_list(state)
    parts = build(source, state.blocks, len(lines))
    parts.evidence.extend(state.evidence)
    parts.warnings[:0] = state.warnings
    _check_summary(state, parts)
    return parts


def _step(state: _State, content: list[Line], index: int) -> int:
    """Handle the line at `index`; return the index of the next unhandled line."""
    line = content[index]
    following = content[index + 1] if index + 1 < len(content) else None
    title_lines = _title_run(state, content, index)
    if _CAPTION.match(line.text):
        return _table(state, content, index)
    if _CREDIT.match(line.text):
        state.warnings.append(
            ParseWarning(file=state.source.file, line=line.no, message="Bildekreditering hoppet over.", text=line.text)
        )
    elif title_lines or _is_heading(state, line):
        run = content[index : index + max(title_lines, 1)]
        _add_heading(state, join_wrapped([item.text for item in run]), run[0].no, run[-1].no)
        return index + len(run)
    elif line.text.startswith(_BULLET):
        _start_item(state, line)
    elif state.items and not state.items[-1][-1].spacer:
        state.items[-1].append(line)
    else:
        _flush_list(state)
        state.paragraph.append(line)
        if state.rule.ends(line, following):
            _flush_paragraph(state)
    return index + 1


def _title_run(state: _State, content: list[Line], index: int) -> int:
    """Length of the title: the first run of two or more unbroken, unpunctuated lines."""
    if any(block.kind == "heading" for block in state.blocks) or state.paragraph:
        return 0
    run = 0
    while index + run < len(content) and not ends_sentence(content[index + run].text):
        run += 1
        if content[index + run - 1].blanks:
            break
    return run if run >= 2 else 0


def _is_heading(state: _State, line: Line) -> bool:
    text = line.text
    capitals = len(text) >= 5 and text == text.upper() and any(char.isalpha() for char in text)
    question = text.endswith("?") and word_count(text) <= 8 and not state.paragraph
    return capitals or question


def _add_heading(state: _State, text: str, start: int, end: int) -> None:
    _flush_paragraph(state)
    _flush_list(state)
    state.blocks.append(heading(tidy(text), start, end))


def _start_item(state: _State, line: Line) -> None:
    if not state.items and state.paragraph and state.paragraph[-1].text.endswith(":"):
        state.lead = join_wrapped([item.text for item in state.paragraph])
        state.lead_start = state.paragraph[0].no
        state.paragraph.clear()
    _flush_paragraph(state)
    state.items.append([line])


def _flush_paragraph(state: _State) -> None:
    if state.paragraph:
        text = join_wrapped([line.text for line in state.paragraph])
        state.blocks.append(text_block(text, state.paragraph[0].no, state.paragraph[-1].no))
        state.paragraph.clear()


def _flush_list(state: _State) -> None:
    if not state.items:
        return
    texts = [join_wrapped([line.text for line in item]) for item in state.items]
    start = state.lead_start or state.items[0][0].no
    state.blocks.append(
        text_block("\n".join([*([state.lead] if state.lead else []), *texts]), start, state.items[-1][-1].no)
    )
    state.items.clear()
    state.lead, state.lead_start = "", None


def _table(state: _State, content: list[Line], index: int) -> int:
    caption = content[index]
    _add_heading(state, caption.text, caption.no, caption.no)
    end = next((i for i in range(index + 1, len(content)) if _FOOTNOTE.match(content[i].text)), len(content))
    rows = table_rows(
        state.source, tidy(caption.text), content[index + 1 : end], len(state.evidence) + 1, state.warnings
    )
    state.evidence.extend(rows)
    return end


def _check_summary(state: _State, parts: SourceParts) -> None:
    """Warn where a summary bullet's certainty differs from the table row it summarises."""
    for passage in parts.passages:
        for item in passage.text.split("\n"):
            stated = certainty_of(item) if "tillit" in item else None
            row = _closest_row(state.evidence, item) if stated else None
            if row and row.certainty and row.certainty != stated:
                message = (
                    f"Sammendraget sier «{stated}» tillit, men resultattabellen sier «{row.certainty}» "
                    f"for «{row.outcome}»."
                )
                parts.warnings.append(
                    ParseWarning(file=state.source.file, line=row.span.start, message=message, text=item)
                )


def _closest_row(rows: list[EvidenceRow], item: str) -> EvidenceRow | None:
    words = set(item.casefold().split())
    scored = [(len(words & set(row.text.casefold().split())), row) for row in rows]
    best = max(scored, key=lambda pair: pair[0], default=(0, None))
    return best[1] if best[0] >= 5 else None
