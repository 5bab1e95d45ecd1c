"""Parse the four sources beside the guideline, each by the layout its kind has.

Every source gets sections named by their heading text (number = title = chapter),
passages of about 25–150 words, and, where the source has them, table rows (000)
and evidence rows with their certainty (002).
"""

from __future__ import annotations

from collections.abc import Callable

from corpus.article import parse_article
from corpus.blocks import build
from corpus.cochrane import parse_summary
from corpus.handbook import parse_handbook
from corpus.models import ParseWarning, Source
from corpus.parts import SourceParts
from corpus.thesis import thesis_blocks


def _parse_thesis(source: Source, lines: list[str]) -> SourceParts:
    warnings: list[ParseWarning] = []
    parts = build(source, thesis_blocks(source, lines, warnings), len(lines))
    parts.warnings[:0] = warnings
    return parts


_PARSERS: dict[str, Callable[[Source, list[str]], SourceParts]] = {
    "article": parse_article,
    "thesis": _parse_thesis,
    "evidence_summary": parse_summary,
    "handbook": parse_handbook,
}


def parse_other(source: Source, lines: list[str]) -> SourceParts:
    """Sections, passages, evidence rows, table rows and warnings of a source that is not the guideline."""
    parser = _PARSERS.get(source.kind)
    if parser is None:
        parts = parse_handbook(source, lines)
        message = f"Ukjent kildetype «{source.kind}»; lest som avsnitt og lister."
        parts.warnings.insert(0, ParseWarning(file=source.file, line=None, message=message))
        return parts
    return parser(source, lines)
