"""What staff asked when a unit was the answer: the labelled questions' words, per target.

Built by assistant/learning from the labelled question sets (never the frozen one) and
shipped as assistant/data/memory.json. A recommendation's own wording rarely matches
how people ask ("skjelver og svetter" for "abstinens"); the words of questions whose
right answer it is bridge that gap. The ranker sees how much of a question's specific
words earlier questions about the same recommendation or section used.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache

from corpus.models import Chunk

from corpus.errors import VeilederError

from assistant.linear import DATA


def target_keys(chunk: Chunk) -> tuple[str, str]:
    """The chunk's recommendation key and section key ("003|8.4.6|3", "003|8.4.6|")."""
    rec = str(chunk.rec) if chunk.kind == "recommendation" and chunk.rec is not None else ""
    return f"{chunk.source_id}|{chunk.section or ''}|{rec}", f"{chunk.source_id}|{chunk.section or ''}|"


def expect_key(target: dict) -> str:
    """The memory key of one expected target of a labelled question."""
    return f"{target['source']}|{target.get('section', '')}|{target.get('rec', '') or ''}"


@dataclass
class QuestionMemory:
    """Target key -> {term: number of questions using it}, and how many questions each key has."""

    terms: dict[str, dict[str, int]] = field(default_factory=dict)
    questions: dict[str, int] = field(default_factory=dict)

    def add(self, key: str, terms) -> None:
        """Remember the terms of one question whose answer is `key`."""
        bag = self.terms.setdefault(key, {})
        for term in set(terms):
            bag[term] = bag.get(term, 0) + 1
        self.questions[key] = self.questions.get(key, 0) + 1

    def similarity(self, key: str, mass: dict[str, float]) -> tuple[float, float]:
        """(share of the query's mass earlier questions used, the same weighted by how often)."""
        bag = self.terms.get(key)
        total = sum(mass.values())
        if not bag or not total:
            return 0.0, 0.0
        count = self.questions[key]
        present = sum(m for t, m in mass.items() if t in bag)
        frequent = sum(m * bag[t] / count for t, m in mass.items() if t in bag)
        return present / total, frequent / total

    def to_json(self) -> str:
        """Stable text, so a rebuild compares equal."""
        payload = {key: {"questions": self.questions[key], "terms": dict(sorted(bag.items()))}
                   for key, bag in sorted(self.terms.items())}
        return json.dumps(payload, ensure_ascii=False, indent=0, sort_keys=True) + "\n"


def memory_from_json(text: str) -> QuestionMemory:
    """Parse memory.json's text."""
    raw = json.loads(text)
    return QuestionMemory({k: dict(v["terms"]) for k, v in raw.items()}, {k: int(v["questions"]) for k, v in raw.items()})


@lru_cache(maxsize=1)
def shipped_memory() -> QuestionMemory:
    """assistant/data/memory.json; VeilederError if it is missing or corrupt."""
    path = DATA / "memory.json"
    try:
        return memory_from_json(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise VeilederError(
            f"Modellfilen {path} mangler eller er skadet; bygg den med «veileder index train».", repr(exc)
        ) from exc
