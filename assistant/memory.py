"""The labelled questions, remembered: which of them a new question resembles, and what answered them.

The ranker's and the coverage model's other features are about words, so they carry over
to any unit. A clinician's question, though, is most often a rewording of one the
labelled sets already hold ("går det greit poliklinisk?" beside "kan han avruses
hjemme?"), and the labelled sets also hold hundreds of questions the sources do not
answer. `veileder index train` stores every labelled question's searched terms (tf-idf
over the labelled questions, unit length) and its targets in assistant/data/memory.json;
at answer time the nearest ones (cosine) become features: how strongly a hit is the
answer to similar questions, how close the question is to one the sources answer and
to one they do not. A question never counts as its own neighbour (the same text is
skipped), so the training rows see what a new question would see.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

import msgspec
import numpy as np

from corpus.errors import VeilederError
from corpus.models import Chunk

from assistant.lazy_json import LazyObject
from assistant.linear import DATA

NEIGHBOURS = 10
"""How many nearest labelled questions a question is compared with."""

Target = dict
"""One acceptable answer, as the question sets write it: source, and optionally section and rec."""


class _Stored(msgspec.Struct, frozen=True):
    rarest: float
    texts: list[str]
    targets: list[list[dict[str, str | int]]]
    terms: dict[str, msgspec.Raw]


@dataclass(frozen=True, slots=True)
class Neighbour:
    similarity: float
    contained: float
    """The share of the labelled question's (squared) tf-idf mass that the new question holds:
    "abstinens" holds little of "kratom abstinens", whose subject is the kratom."""
    text: str
    targets: tuple[Target, ...]


@dataclass(frozen=True)
class Neighbours:
    """The nearest labelled questions of one question, most similar first."""

    found: tuple[Neighbour, ...] = ()
    _answering: dict[tuple, list[int]] = field(default_factory=dict, repr=False, compare=False)
    """(source, section, rec) of a target -> the neighbours (positions in `found`) it belongs to:
    thirty hits a question are looked up, not matched target by target."""
    _total: float = field(default=0.0, repr=False, compare=False)
    """The neighbours' summed similarity (the denominator of every hit's share)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "_total", sum(n.similarity for n in self.found))
        for position, neighbour in enumerate(self.found):
            for target in neighbour.targets:
                key = (target["source"], target.get("section"), target.get("rec"))
                self._answering.setdefault(key, []).append(position)

    def for_hit(self, chunk: Chunk) -> tuple[float, float, float]:
        """(similarity of the nearest question the unit answers, the sum of the similarities of
        those it answers, and their share of all the neighbours' similarity).

        A target answers a unit as `veileder eval` scores it (assistant/evaluation.hit_matches):
        its source, a section the unit lies in, and the unit's own number for a recommendation."""
        if not self._answering:
            return 0.0, 0.0, 0.0
        positions: set[int] = set()
        for key in _keys(chunk.file[:3], chunk.section, chunk.rec if chunk.kind == "recommendation" else None):
            positions.update(self._answering.get(key, ()))
        if not positions:
            return 0.0, 0.0, 0.0
        answering = [self.found[p].similarity for p in positions]
        return max(answering), sum(answering), sum(answering) / self._total if self._total else 0.0

    def nearest_answerable(self) -> float:
        """Similarity of the nearest labelled question the sources answer."""
        return next((n.similarity for n in self.found if n.targets), 0.0)

    def unanswered_held(self) -> float:
        """The most of an unanswerable neighbour the question holds: it asks what that one asked."""
        return max((n.contained for n in self.found if not n.targets), default=0.0)


@lru_cache(maxsize=4096)
def _keys(source: str, section: str | None, rec: int | None) -> tuple[tuple, ...]:
    """The target keys that answer a unit: the source, each section it lies in, and a
    recommendation's own number (the same units come back question after question)."""
    keys: list[tuple] = [(source, None, None)]
    if section:
        parts = section.split(".")
        keys.extend((source, ".".join(parts[:n]), None) for n in range(1, len(parts) + 1))
        if rec is not None:
            keys.append((source, section, rec))
    return tuple(keys)


Term = tuple[float, list[int], list[float]]
"""A term's idf over the labelled questions, the questions holding it and its weight in
each one's unit-length vector."""


@dataclass
class Memory:
    """Labelled questions as an inverted index of unit-length tf-idf vectors."""

    texts: list[str] = field(default_factory=list)
    targets: list[tuple[Target, ...]] = field(default_factory=list)
    terms: Mapping[str, Term] = field(default_factory=dict)
    rarest: float = 1.0
    """The idf a term no labelled question holds is given (the largest there is)."""
    _columns: dict[str, tuple[np.ndarray, np.ndarray]] = field(default_factory=dict, repr=False, compare=False)

    def neighbours(self, weights: dict[str, float], text: str) -> Neighbours:
        """The NEIGHBOURS labelled questions nearest to a searched query, skipping the same text."""
        if not self.texts or not weights:
            return Neighbours()
        scores, held = np.zeros(len(self.texts)), np.zeros(len(self.texts))
        squares = 0.0
        for term, weight in weights.items():
            record = self.terms.get(term)
            value = weight * (record[0] if record else self.rarest)
            squares += value * value
            if record:
                entries, stored = self._column(term, record)
                scores[entries] += value * stored
                held[entries] += stored * stored
        norm = math.sqrt(squares) or 1.0
        own = _key(text)
        count = min(NEIGHBOURS + 1, len(scores))
        nearest = np.argpartition(-scores, count - 1)[:count]
        nearest = sorted((int(i) for i in nearest if scores[i] > 0), key=lambda i: (-scores[i], i))
        found = [Neighbour(round(float(scores[i]) / norm, 6), round(float(held[i]), 6), self.texts[i], self.targets[i])
                 for i in nearest if _key(self.texts[i]) != own]
        return Neighbours(tuple(found[:NEIGHBOURS]))

    def _column(self, term: str, record: Term) -> tuple[np.ndarray, np.ndarray]:
        """The term's postings as arrays, made on first use (a cold question pays for its own terms only)."""
        column = self._columns.get(term)
        if column is None:
            column = self._columns[term] = (np.array(record[1], dtype=np.int64), np.array(record[2], dtype=float))
        return column

    def to_json(self) -> str:
        """Stable text, so a rebuild compares equal."""
        payload = {
            "rarest": round(self.rarest, 6),
            "texts": self.texts,
            "targets": [list(t) for t in self.targets],
            "terms": {t: [round(idf, 6), entries, [round(w, 6) for w in weights]]
                      for t, (idf, entries, weights) in sorted(self.terms.items())},
        }
        return json.dumps(payload, ensure_ascii=False, separators=(",", ":")) + "\n"


def remember(questions: Iterable[tuple[str, dict[str, float], list[dict]]]) -> Memory:
    """A Memory of (question text, searched term weights, expected targets) triples."""
    kept = [(text, weights, expect) for text, weights, expect in questions if weights]
    frequency: dict[str, int] = {}
    for _, weights, _ in kept:
        for term in weights:
            frequency[term] = frequency.get(term, 0) + 1
    idf = {term: math.log(1 + len(kept) / (1 + count)) for term, count in frequency.items()}
    terms: dict[str, Term] = {}
    for entry, (_, weights, _) in enumerate(kept):
        vector = {term: weight * idf[term] for term, weight in weights.items()}
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        for term in sorted(vector):
            _, entries, values = terms.setdefault(term, (idf[term], [], []))
            entries.append(entry)
            values.append(vector[term] / norm)
    keys = ("source", "section", "rec")
    targets = [tuple({k: t[k] for k in keys if t.get(k) is not None} for t in expect) for _, _, expect in kept]
    return Memory([text for text, _, _ in kept], targets, terms, max(idf.values(), default=1.0))


@lru_cache(maxsize=1)
def shipped_memory() -> Memory:
    """assistant/data/memory.json; VeilederError if it is missing or corrupt."""
    path = DATA / "memory.json"
    try:
        stored = msgspec.json.decode(path.read_bytes(), type=_Stored)
    except (OSError, ValueError) as exc:
        raise VeilederError(
            f"Modellfilen {path} mangler eller er skadet; bygg den med «veileder index train».", repr(exc)
        ) from exc
    terms = LazyObject(stored.terms, Term, str(path))
    return Memory(stored.texts, [tuple(t) for t in stored.targets], terms, stored.rarest)


def _key(text: str) -> str:
    return " ".join(text.casefold().split())
