"""Score question sets as ../shared/design/questions-format.md says, through Assistant.ask."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from corpus.errors import VeilederError

from assistant.models import Answer, Conversation, Hit

TOP = 5
ANSWERABLE_CORE = ("lookup", "paraphrase", "colloquial", "english", "other_source", "directory")
"""The kinds the retrieval issue's done-criteria name together."""


@dataclass(frozen=True)
class Question:
    """One question of a set, with its conversation context and acceptable targets."""

    id: str
    question: str
    kind: str
    context: list[str]
    expect: list[dict]
    lang: str = "nb"


@dataclass
class Outcome:
    """The rank of the first matching hit (None if none in the top 5) and the status."""

    question: Question
    rank: int | None
    status: str

    @property
    def answerable(self) -> bool:
        return bool(self.question.expect)


@dataclass
class Scores:
    """Recall@1, Recall@3 and MRR over a group of outcomes."""

    n: int = 0
    r1: float = 0.0
    r3: float = 0.0
    mrr: float = 0.0
    wrongly_not_covered: int = 0
    misses: list[str] = field(default_factory=list)


def read_questions(path: Path) -> list[Question]:
    """Read a JSONL question set; VeilederError names the file and line when it is malformed."""
    questions = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            questions.append(Question(raw["id"], raw["question"], raw["kind"], raw.get("context", []), raw["expect"],
                                      raw.get("lang", "nb")))
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise VeilederError(f"Ugyldig spørsmål i {path}, linje {number}: {exc}", repr(exc)) from exc
    return questions


def hit_matches(hit_file: str, section: str | None, rec: int | None, is_rec: bool, target: dict) -> bool:
    """True if a hit (file, section, rec) satisfies one target of a question."""
    if hit_file[:3] != target["source"]:
        return False
    wanted = target.get("section")
    if wanted is None:
        return True
    if not section or not (section == wanted or section.startswith(wanted + ".")):
        return False
    return target.get("rec") is None or (is_rec and section == wanted and rec == target["rec"])


def rank_of(hits: list[Hit], expect: list[dict]) -> int | None:
    """The 1-based rank of the first of the top hits that matches a target."""
    for hit in hits[:TOP]:
        if any(hit_matches(hit.file, hit.section, hit.rec, hit.kind == "recommendation", t) for t in expect):
            return hit.rank
    return None


def run_assistant(ask: Callable[[str, Conversation], Answer], questions: Iterable[Question]) -> list[Outcome]:
    """Ask every question after its context, in a fresh conversation each."""
    outcomes = []
    for question in questions:
        conversation = Conversation()
        for earlier in question.context:
            ask(earlier, conversation)
        answer = ask(question.question, conversation)
        rank = rank_of(answer.hits, question.expect) if question.expect else None
        outcomes.append(Outcome(question, rank, answer.status))
    return outcomes


def score(outcomes: list[Outcome]) -> Scores:
    """Aggregate outcomes; an unanswerable question scores 1 when it was called not covered."""
    result = Scores(n=len(outcomes))
    for outcome in outcomes:
        if not outcome.answerable:
            hit = 1.0 if outcome.status == "not_covered" else 0.0
            result.r1 += hit
            result.r3 += hit
            result.mrr += hit
            if not hit:
                result.misses.append(outcome.question.id)
            continue
        if outcome.status == "not_covered":
            result.wrongly_not_covered += 1
        rank = outcome.rank
        result.r1 += rank is not None and rank <= 1
        result.r3 += rank is not None and rank <= 3
        result.mrr += 1 / rank if rank else 0.0
        if rank is None or rank > 3:
            result.misses.append(outcome.question.id)
    if result.n:
        result.r1, result.r3, result.mrr = (round(v / result.n, 3) for v in (result.r1, result.r3, result.mrr))
    return result


def by_kind(outcomes: list[Outcome]) -> dict[str, Scores]:
    """Scores per kind, for the core answerable kinds together, per language, and overall."""
    kinds = sorted({o.question.kind for o in outcomes})
    table = {kind: score([o for o in outcomes if o.question.kind == kind]) for kind in kinds}
    table["kjerne (6 typer)"] = score([o for o in outcomes if o.question.kind in ANSWERABLE_CORE])
    langs = sorted({o.question.lang for o in outcomes})
    if len(langs) > 1:
        for lang in langs:
            table[f"språk {lang}"] = score([o for o in outcomes if o.question.lang == lang])
    table["alle"] = score(outcomes)
    return table


def verdict_shares(outcomes: list[Outcome]) -> tuple[int, int, int, int]:
    """(answerable wrongly not_covered, answerable, unanswerable caught, unanswerable)."""
    answerable = [o for o in outcomes if o.answerable]
    unanswerable = [o for o in outcomes if not o.answerable]
    return (sum(o.status == "not_covered" for o in answerable), len(answerable),
            sum(o.status == "not_covered" for o in unanswerable), len(unanswerable))
