"""Turn a source's headings and text blocks into Sections and Passages.

Used for the sources without section numbers (000, 001, 002, 004): each heading's text
is its section number, title and chapter. A passage is one block or a few short ones of
the same section, about 25–150 words; a longer block is cut at sentence (or item) ends.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from corpus.models import ParseWarning, Passage, Section, Source, Span
from corpus.parts import SourceParts
from corpus.prose import sentences, word_count

MIN_WORDS = 25
MAX_WORDS = 150


@dataclass
class Block:
    """A heading, a rebuilt paragraph or a list (items on their own lines), with its lines."""

    kind: str
    """"heading" or "text"."""
    text: str
    start: int
    end: int

    @property
    def words(self) -> int:
        """The block's word count."""
        return word_count(self.text)


def heading(text: str, start: int, end: int | None = None) -> Block:
    """A heading block."""
    return Block("heading", text, start, end or start)


def text_block(text: str, start: int, end: int) -> Block:
    """A paragraph or list block."""
    return Block("text", text, start, end)


def build(source: Source, blocks: list[Block], last_line: int) -> SourceParts:
    """Sections from the headings, passages from the text blocks; blocks before the first heading join it."""
    parts = SourceParts()
    groups = list(_by_section(blocks))
    for index, (head, body) in enumerate(groups):
        if head is None:
            _unsectioned(parts, source, body)
            continue
        end = groups[index + 1][0].start - 1 if index + 1 < len(groups) else last_line
        start = min([head.start, *(b.start for b in body)])
        number = _unique_number(parts, source, head)
        parts.sections.append(
            Section(
                source_id=source.id,
                number=number,
                title=number,
                chapter=number,
                parent=None,
                span=Span(start=start, end=end),
            )
        )
        for texts in _passage_groups(body):
            parts.passages.append(_passage(source, len(parts.passages) + 1, number, texts))
    return parts


def _by_section(blocks: list[Block]) -> Iterator[tuple[Block | None, list[Block]]]:
    front = list(_before_first_heading(blocks))
    rest = blocks[len(front) :]
    head, body = None, list(front)
    for block in rest:
        if block.kind == "heading":
            if head is not None:
                yield head, body
                body = []
            head = block
        else:
            body.append(block)
    if head is not None:
        yield head, body
    elif body:
        yield None, body


def _unsectioned(parts: SourceParts, source: Source, body: list[Block]) -> None:
    parts.warnings.append(
        ParseWarning(file=source.file, line=body[0].start, message="Fant ingen overskrifter; teksten er uten avsnitt.")
    )
    for texts in _passage_groups(body):
        parts.passages.append(_passage(source, len(parts.passages) + 1, None, texts))


def _before_first_heading(blocks: list[Block]) -> Iterator[Block]:
    for block in blocks:
        if block.kind == "heading":
            return
        yield block


def _unique_number(parts: SourceParts, source: Source, head: Block) -> str:
    taken = {section.number for section in parts.sections}
    number, n = head.text, 1
    while number in taken:
        n += 1
        number = f"{head.text} ({n})"
    if n > 1:
        parts.warnings.append(
            ParseWarning(
                file=source.file,
                line=head.start,
                message=f"Overskriften står flere ganger; kalt «{number}».",
                text=head.text,
            )
        )
    return number


def _passage_groups(body: list[Block]) -> Iterator[list[Block]]:
    current: list[Block] = []
    for block in (piece for b in body for piece in _pieces(b)):
        if current and not _fits(current, block):
            yield current
            current = []
        current.append(block)
    if current:
        yield current


def _fits(current: list[Block], block: Block) -> bool:
    words = sum(b.words for b in current)
    return words < MIN_WORDS or (block.words < MIN_WORDS and words + block.words <= MAX_WORDS)


def _pieces(block: Block) -> list[Block]:
    """The block itself, or cut at sentence (list: item) ends into pieces of at most MAX_WORDS."""
    if block.words <= MAX_WORDS:
        return [block]
    units = block.text.split("\n") if "\n" in block.text else sentences(block.text)
    glue = "\n" if "\n" in block.text else " "
    pieces: list[list[str]] = [[]]
    for unit in units:
        if pieces[-1] and word_count(glue.join([*pieces[-1], unit])) > MAX_WORDS:
            pieces.append([])
        pieces[-1].append(unit)
    return [text_block(glue.join(piece), block.start, block.end) for piece in pieces]


def _passage(source: Source, n: int, section: str | None, blocks: list[Block]) -> Passage:
    return Passage(
        id=f"{source.id}:p{n}",
        source_id=source.id,
        section=section,
        section_title=section,
        chapter=section,
        text="\n\n".join(block.text for block in blocks),
        span=Span(start=blocks[0].start, end=max(block.end for block in blocks)),
    )
