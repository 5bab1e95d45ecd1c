"""Score the naive baseline (whitespace tokens, BM25 over blank-line paragraphs) on a set.

The baseline returns raw line ranges; we map each to its guideline section and
recommendation by line span so it is scored by the same targets as the assistant.
"""

from __future__ import annotations

from collections.abc import Callable

from corpus.models import Corpus

from assistant.evaluation import TOP, Outcome, Question, hit_matches

NaiveHit = tuple[str, int, int, str]
"""(file, first line, last line, text)."""


class LineMap:
    """Line -> most specific section and recommendation, for the guideline."""

    def __init__(self, corpus: Corpus) -> None:
        self._sections = sorted(
            (s for s in corpus.sections if s.source_id == "003"), key=lambda s: (s.span.start, -s.span.end)
        )
        self._recs = [r for r in corpus.recommendations if r.source_id == "003"]

    def section_at(self, line: int) -> str | None:
        found = None
        for section in self._sections:
            if section.span.start <= line <= section.span.end:
                found = section.number
        return found

    def rec_at(self, start: int, end: int) -> int | None:
        for rec in self._recs:
            if rec.span.start <= end and start <= rec.span.end:
                return rec.number
        return None


def run_baseline(search: Callable[[str, int], list[NaiveHit]], corpus: Corpus,
                 questions: list[Question]) -> list[Outcome]:
    """Outcomes of the naive baseline; follow-ups search their context and question together."""
    lines = LineMap(corpus)
    outcomes = []
    for question in questions:
        if not question.expect:
            outcomes.append(Outcome(question, None, "answered"))
            continue
        hits = search(" ".join([*question.context, question.question]), TOP)
        outcomes.append(Outcome(question, _rank(hits, question.expect, lines), "answered"))
    return outcomes


def _rank(hits: list[NaiveHit], expect: list[dict], lines: LineMap) -> int | None:
    for rank, (file, start, end, _text) in enumerate(hits[:TOP], start=1):
        section = lines.section_at(start) if file.startswith("003") else None
        rec = lines.rec_at(start, end) if section else None
        if any(hit_matches(file, section, rec, rec is not None, target) for target in expect):
            return rank
    return None
