"""Recall@1/@3 and MRR of Index.search (and the naive baseline) on the dev and own question sets.

Run: python -m benchmarks.retrieval [--misses]. Never reads the frozen set.
"""

from __future__ import annotations

import sys

from benchmarks.questions import (
    ANSWERABLE,
    DEV_SET,
    OWN_SET,
    Scored,
    first_rank,
    load_questions,
    query_text,
    summary,
)


def score_index(index, questions: list[dict], show_misses: bool = False) -> list[Scored]:
    """Rank of the first matching hit of Index.search for each answerable question."""
    scored = []
    for question in questions:
        if question["kind"] not in ANSWERABLE:
            continue
        hits = index.search(query_text(question), top=5).hits
        keys = [(h.chunk.source_id, h.chunk.section, h.chunk.rec) for h in hits]
        rank = first_rank(keys, question["expect"])
        scored.append(Scored(question["id"], question["kind"], rank))
        if show_misses and (rank is None or rank > 1):
            print(f"  {question['id']} rank={rank} {question['question'][:70]!r} "
                  f"want={question['expect'][:2]} got={[h.chunk.id for h in hits[:3]]}")
    return scored


def score_baseline(corpus, questions: list[dict]) -> list[Scored]:
    """The same scoring for the naive paragraph baseline, hits mapped to sections.

    A paragraph is not a recommendation, so the baseline is credited at section level
    (a target's `rec` is ignored): a generous reading of the baseline.
    """
    from index.baseline import naive_search, paragraph_section

    source_of = {s.file: s.id for s in corpus.sources}
    scored = []
    for question in questions:
        if question["kind"] not in ANSWERABLE:
            continue
        keys = []
        for paragraph in naive_search(query_text(question), top=5):
            section = paragraph_section(corpus, paragraph)
            keys.append((source_of.get(paragraph[0], ""), section.number if section else None, None))
        targets = [{k: v for k, v in t.items() if k != "rec"} for t in question["expect"]]
        scored.append(Scored(question["id"], question["kind"], first_rank(keys, targets)))
    return scored


def print_table(title: str, scored: list[Scored]) -> None:
    """Print per-kind figures."""
    print(f"\n{title}")
    print(f"  {'kind':<14}{'n':>4}{'R@1':>7}{'R@3':>7}{'MRR':>7}")
    for kind, (n, r1, r3, mrr) in summary(scored).items():
        print(f"  {kind:<14}{n:>4}{r1:>7.2f}{r3:>7.2f}{mrr:>7.2f}")


def main(argv: list[str]) -> None:
    """Build the index from the real corpus and print the tables."""
    from corpus import load_corpus
    from index import build_index

    corpus = load_corpus()
    index = build_index(corpus)
    misses = "--misses" in argv
    for name, path in (("dev", DEV_SET), ("own", OWN_SET)):
        questions = load_questions(path)
        if questions:
            print_table(f"Index.search on {name} ({path.name})", score_index(index, questions, misses))
            if "--baseline" in argv:
                print_table(f"naive baseline on {name}", score_baseline(corpus, questions))


if __name__ == "__main__":
    main(sys.argv[1:])
