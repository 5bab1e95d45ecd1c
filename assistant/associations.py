"""Learned word associations: which words of a question go with which words of its answer.

Staff ask in their own words ("skjelver", "hjemme", "Stesolid"); the guideline writes
"abstinens", "poliklinisk", "diazepam". From the labelled questions, assistant/learning
counts how often a question word meets a word of the unit that answers it, against how
common that word is in the corpus (lift); pairs seen in several questions are shipped as
assistant/data/associations.json. They are word pairs, not question-answer pairs: they
carry over to recommendations no labelled question asked about, which is what grouped
cross-validation measures.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

import msgspec

from corpus.errors import VeilederError

from assistant.lazy_json import LazyObject
from assistant.linear import DATA

MIN_QUESTIONS = 2
"""A pair must be seen in this many labelled questions."""
MIN_LIFT = 4.0
"""...and its answer word this many times more often than in the corpus at large."""
REMEMBERED = 65536
"""(term, unit) pairs whose strongest association is kept (bounded: a long session stays flat)."""


@dataclass
class Associations:
    """Question term -> {answer term: log lift}."""

    pairs: Mapping[str, dict[str, float]] = field(default_factory=dict)
    _best: dict[tuple[str, frozenset[str]], float | None] = field(default_factory=dict, repr=False, compare=False)
    """(question term, unit terms) -> the strongest partner in the unit: the same units come
    back for question after question, so this is looked up, not walked, for most hits."""

    def bridge_for(self, mass: dict[str, float]) -> Callable[[frozenset[str]], tuple[float, float]]:
        """For one question: unit terms -> (share of the query's mass reaching the unit only
        through an association, mean strength). The question's associated terms are found
        once, not for each of the thirty hits."""
        total = sum(mass.values())
        asked = [(term, weight) for term, weight in mass.items() if term in self.pairs] if total else []
        if not asked:
            return _unbridged

        def bridge(unit_terms: frozenset[str]) -> tuple[float, float]:
            reached = strength = 0.0
            for term, weight in asked:
                if term in unit_terms:
                    continue
                key = (term, unit_terms)
                best = self._best[key] if key in self._best else self._strongest(key)
                if best is not None:
                    reached += weight
                    strength += weight * best
            return reached / total, strength / total

        return bridge

    def _strongest(self, key: tuple[str, frozenset[str]]) -> float | None:
        term, unit_terms = key
        partners = self.pairs[term]
        # Walk the smaller side: a unit has tens of terms, a common word many partners.
        if len(partners) < len(unit_terms):
            best = max((v for w, v in partners.items() if w in unit_terms), default=None)
        else:
            best = max((partners[w] for w in unit_terms if w in partners), default=None)
        if len(self._best) >= REMEMBERED:
            self._best.clear()
        self._best[key] = best
        return best

    def to_json(self) -> str:
        """Stable text, so a rebuild compares equal."""
        payload = {a: {b: round(v, 4) for b, v in sorted(bs.items())} for a, bs in sorted(self.pairs.items())}
        return json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n"


def _unbridged(unit_terms: frozenset[str]) -> tuple[float, float]:
    return 0.0, 0.0


def learn(pairs_seen: list[tuple[set[str], set[str]]], document_frequency: dict[str, int], units: int) -> Associations:
    """Associations from (question terms, answer unit terms) of labelled questions."""
    asked: dict[str, int] = {}
    together: dict[tuple[str, str], int] = {}
    for question, answer in pairs_seen:
        for a in question:
            asked[a] = asked.get(a, 0) + 1
            for b in answer:
                if b != a:
                    together[(a, b)] = together.get((a, b), 0) + 1
    found: dict[str, dict[str, float]] = {}
    for (a, b), count in together.items():
        if count < MIN_QUESTIONS:
            continue
        lift = (count / asked[a]) / (document_frequency.get(b, 1) / units)
        if lift >= MIN_LIFT:
            found.setdefault(a, {})[b] = math.log(lift)
    return Associations(found)


@lru_cache(maxsize=1)
def shipped_associations() -> Associations:
    """assistant/data/associations.json; VeilederError if it is missing or corrupt."""
    path = DATA / "associations.json"
    try:
        raw = msgspec.json.decode(path.read_bytes(), type=dict[str, msgspec.Raw])
    except (OSError, ValueError) as exc:
        raise VeilederError(
            f"Modellfilen {path} mangler eller er skadet; bygg den med «veileder index train».", repr(exc)
        ) from exc
    return Associations(LazyObject(raw, dict[str, float], str(path)))
