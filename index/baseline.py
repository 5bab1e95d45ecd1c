"""The naive baseline the evaluation shows side by side: whitespace tokens, BM25 over raw paragraphs.

No analysis, no lexicon, no chunking: blank-line-separated paragraphs of the source
files as shipped. It exists only to show what the real index adds.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

import numpy as np

from corpus.models import Corpus, Section

Paragraph = tuple[str, int, int, str]
"""(file name, first line, last line, text); lines are 1-based."""


def naive_search(query: str, top: int = 5, sources_dir: Path | None = None) -> list[Paragraph]:
    """Rank raw paragraphs by rank-bm25 over lower-cased whitespace tokens."""
    paragraphs, model = _model(str(sources_dir or _default_sources()))
    tokens = query.lower().split()
    if not tokens or top <= 0:
        return []
    scores = model.get_scores(tokens)
    order = sorted(np.flatnonzero(scores > 0).tolist(), key=lambda i: (-scores[i], i))
    return [paragraphs[i] for i in order[:top]]


def paragraph_section(corpus: Corpus, paragraph: Paragraph) -> Section | None:
    """The deepest section of `corpus` whose span holds the paragraph's first line."""
    file, first, _, _ = paragraph
    source_ids = {s.id for s in corpus.sources if s.file == file}
    holding = [
        s for s in corpus.sections
        if s.source_id in source_ids and s.span.start <= first <= s.span.end
    ]
    return max(holding, key=lambda s: s.span.start, default=None)


def read_paragraphs(path: Path) -> list[Paragraph]:
    """Split a file on blank lines into (file, first line, last line, text)."""
    paragraphs: list[Paragraph] = []
    block: list[str] = []
    start = 0
    lines = path.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate([*lines, ""], start=1):
        if line.strip():
            start = start or number
            block.append(line)
        elif block:
            paragraphs.append((path.name, start, number - 1, "\n".join(block)))
            block, start = [], 0
    return paragraphs


@lru_cache(maxsize=2)
def _model(sources_dir: str):
    from rank_bm25 import BM25Okapi

    paragraphs = [p for f in sorted(Path(sources_dir).glob("*.txt")) for p in read_paragraphs(f)]
    return paragraphs, BM25Okapi([p[3].lower().split() or [""] for p in paragraphs])


def _default_sources() -> Path:
    # The corpus package's data directory, found without importing (and so parsing) it.
    return Path(find_spec("corpus").origin).parent / "sources"
