"""The yardstick for a cold answer: a bare rank-bm25 script over the same sources.

Reads the guideline's text files, splits them into paragraphs, tokenises with one regex,
builds BM25Okapi and prints the best paragraph's first line for the question in argv.
No analysis, no cache, no answer assembly: what "a quick script" would cost.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from rank_bm25 import BM25Okapi

SOURCES = Path(__file__).resolve().parent.parent / "corpus" / "sources"
_WORD = re.compile(r"\w+")


def main(question: str) -> None:
    paragraphs = [p for path in sorted(SOURCES.glob("*.txt"))
                  for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    model = BM25Okapi([_WORD.findall(p.lower()) for p in paragraphs])
    scores = model.get_scores(_WORD.findall(question.lower()))
    best = max(range(len(paragraphs)), key=scores.__getitem__)
    print(paragraphs[best].strip().splitlines()[0])


if __name__ == "__main__":
    main(" ".join(sys.argv[1:]))
