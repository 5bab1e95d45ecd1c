"""python -m benchmarks: index build/load times, search and Assistant.ask latency at 1x/10x/100x,
cold start against `python -c pass` and a bare rank-bm25 script, memory over a 10,000-question chat.

Prints a table and asserts nothing. `--quick` skips the 100x corpus.
"""

from __future__ import annotations

import sys

from benchmarks.chat_memory import chat_memory_rows
from benchmarks.cold_start import cold_start_rows
from benchmarks.timing import (
    cold_query,
    corpus_load_times,
    index_build_and_load,
    latency_table,
    peak_rss_mib,
)
from benchmarks.tui_start import tui_start_rows


def main(argv: list[str]) -> None:
    """Run every measurement and print one line per figure."""
    from corpus import load_corpus

    corpus = load_corpus()
    rows: list[tuple[str, str]] = []
    rows += corpus_load_times()
    index, build_rows = index_build_and_load(corpus)
    rows += build_rows
    rows += latency_table(corpus, index, factors=(1, 10) if "--quick" in argv else (1, 10, 100))
    rows += cold_query()
    rows += cold_start_rows()
    rows += chat_memory_rows()
    rows += tui_start_rows()
    rows.append(("peak RSS of this process", f"{peak_rss_mib():.0f} MiB"))
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")


if __name__ == "__main__":
    main(sys.argv[1:])
