"""Question sets and the scoring of ranked hits against their targets (questions-format.md)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV_SET = Path("/work/shared/dev-questions.jsonl")
OWN_SET = ROOT / "tests" / "data" / "questions-own.jsonl"
ANSWERABLE = {"lookup", "paraphrase", "colloquial", "english", "other_source", "directory", "followup"}
TARGET_KINDS = ANSWERABLE - {"followup"}
"""The kinds the Recall@3 target is set on (follow-ups need the assistant's carry-over)."""


@dataclass
class Scored:
    """One question's rank of the first matching hit (None when no hit of the top 5 matches)."""

    id: str
    kind: str
    rank: int | None


def load_questions(path: Path) -> list[dict]:
    """Read a JSONL question set; a missing file gives no questions."""
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def query_text(question: dict) -> str:
    """The question with its conversation context prepended (a stand-in for follow-up handling)."""
    return " ".join([*question.get("context", []), question["question"]])


def matches(source_id: str, section: str | None, rec: int | None, target: dict) -> bool:
    """Whether a hit (source, section, rec) satisfies one expected target."""
    if source_id != target["source"]:
        return False
    if target["source"] != "003" or "section" not in target:
        return True
    wanted = target["section"]
    if section is None or not (section == wanted or section.startswith(wanted + ".")):
        return False
    return "rec" not in target or rec == target["rec"]


def first_rank(hits: list[tuple[str, str | None, int | None]], targets: list[dict]) -> int | None:
    """1-based rank of the first hit matching any target, within the top 5."""
    for rank, hit in enumerate(hits[:5], start=1):
        if any(matches(*hit, target) for target in targets):
            return rank
    return None


def summary(scored: list[Scored]) -> dict[str, tuple[int, float, float, float]]:
    """Per kind and overall: (count, Recall@1, Recall@3, MRR)."""
    groups: dict[str, list[Scored]] = {}
    for item in scored:
        groups.setdefault(item.kind, []).append(item)
        groups.setdefault("ALL", []).append(item)
        if item.kind in TARGET_KINDS:
            groups.setdefault("ALL-no-followup", []).append(item)
    return {kind: _figures(items) for kind, items in sorted(groups.items())}


def _figures(items: list[Scored]) -> tuple[int, float, float, float]:
    n = len(items)
    r1 = sum(1 for i in items if i.rank == 1) / n
    r3 = sum(1 for i in items if i.rank and i.rank <= 3) / n
    mrr = sum(1 / i.rank for i in items if i.rank) / n
    return n, r1, r3, mrr
