"""Result rows of an evidence summary's table ("Resultattabell 1. ...") with their certainty.

The PDF prints a row as: the outcome on one line, a sentence describing the result,
the figures ("382 per 1000 317 per 1000" / "(290 til 348 per 1000)*") and the certainty
word on a line of its own. The header lines end where the last header cell ends: a
line ending in "?" or in a footnote mark ("resultatet1").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from corpus.models import Certainty, EvidenceRow, ParseWarning, Source, Span
from corpus.paragraphs import Line
from corpus.prose import join_wrapped, tidy

_CERTAINTY_WORDS: dict[str, Certainty] = {
    "høy": "Høy",
    "middels": "Middels",
    "liten": "Liten",
    "svært liten": "Svært liten",
}
_CIRCLES: dict[int, Certainty] = {4: "Høy", 3: "Middels", 2: "Liten", 1: "Svært liten"}
_CERTAINTY_PHRASE = re.compile(r"\b(svært liten|liten|middels|høy)\s+tillit\b", re.IGNORECASE)
_FIGURES = re.compile(r"\bper 1000\b|\bSMD\d?\b")
_HEADER_END = re.compile(r"(\?|[a-zæøå]\d)$")
_TWO_RISKS = re.compile(r"(?<=per 1000)\s+(?=\d)")


def certainty_of(text: str) -> Certainty | None:
    """The certainty a cell or phrase states: a word ("Middels"), "middels tillit", or ⊕ circles."""
    word = _CERTAINTY_WORDS.get(tidy(text).casefold())
    if word:
        return word
    phrase = _CERTAINTY_PHRASE.search(text)
    if phrase:
        return _CERTAINTY_WORDS[phrase.group(1).casefold()]
    return _CIRCLES.get(text.count("⊕"))


@dataclass
class _Row:
    outcome: Line
    description: list[Line] = field(default_factory=list)
    figures: list[Line] = field(default_factory=list)
    certainty: Line | None = None

    def complete(self) -> bool:
        return bool(self.figures) and self.certainty is not None

    def lines(self) -> list[Line]:
        found = [self.outcome, *self.description, *self.figures]
        return found + ([self.certainty] if self.certainty else [])


def table_rows(
    source: Source, section: str, content: list[Line], first_id: int, warnings: list[ParseWarning]
) -> list[EvidenceRow]:
    """The evidence rows of one result table (its content lines, caption excluded).

    The header's cells wrap into each other in the PDF text, so it is kept in a warning, not as cells.
    """
    header = _header_length(content)
    if header:
        text = join_wrapped([line.text for line in content[:header]])
        warnings.append(
            ParseWarning(
                file=source.file,
                line=content[0].no,
                message="Tabellhodet er ikke delt i celler; teksten står her.",
                text=text,
            )
        )
    body = content[header:]
    rows: list[_Row] = []
    for index, line in enumerate(body):
        _place(rows, line, body[index - 1] if index else None)
    evidence = []
    for n, row in enumerate(rows, start=first_id):
        if not row.complete():
            warnings.append(
                ParseWarning(
                    file=source.file,
                    line=row.outcome.no,
                    message="Resultatrad uten tall eller tillit; beholdt slik den står.",
                    text=row.outcome.text,
                )
            )
        evidence.append(_evidence(source, section, n, row))
    return evidence


def _header_length(content: list[Line]) -> int:
    first_certainty = next((i for i, line in enumerate(content) if certainty_of(line.text)), len(content))
    ends = [i for i, line in enumerate(content[:first_certainty]) if _HEADER_END.search(line.text)]
    return ends[-1] + 1 if ends else 0


def _place(rows: list[_Row], line: Line, previous: Line | None) -> None:
    row = rows[-1] if rows else None
    if row is None:
        rows.append(_Row(line))
    elif row.certainty is None and certainty_of(line.text):
        row.certainty = line
    elif _is_figures(row, line, previous):
        row.figures.append(line)
    elif row.complete():
        rows.append(_Row(line))
    else:
        row.description.append(line)


def _is_figures(row: _Row, line: Line, previous: Line | None) -> bool:
    """The first line with figures, or a line printed directly under the figures."""
    if row.figures:
        return row.figures[-1] is previous and previous.blanks == 0
    return bool(_FIGURES.search(line.text))


def _evidence(source: Source, section: str, n: int, row: _Row) -> EvidenceRow:
    effect = join_wrapped([line.text for line in row.figures])
    certainty = row.certainty.text if row.certainty else ""
    cells = [
        row.outcome.text,
        join_wrapped([line.text for line in row.description]),
        *_TWO_RISKS.split(effect, maxsplit=1),
        certainty,
    ]
    lines = row.lines()
    return EvidenceRow(
        id=f"{source.id}:ev{n}",
        source_id=source.id,
        section=section,
        outcome=tidy(row.outcome.text),
        certainty=certainty_of(certainty) if certainty else None,
        effect=effect,
        text=" | ".join(tidy(cell) for cell in cells if tidy(cell)),
        span=Span(start=min(line.no for line in lines), end=max(line.no for line in lines)),
    )
