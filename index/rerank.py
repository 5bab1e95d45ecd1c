"""Second stage: features of the first stage's best units that BM25 cannot see.

Each feature is a number in [0, 1] (section mass, coverage, proximity, phrase, title,
intent). The index sets no weights on them: the assistant's ranker, learned from
labelled questions (assistant/learning), decides how much each counts.
"""

from __future__ import annotations

import re
from functools import lru_cache

RERANK_DEPTH = 30
"""How many first-stage units the second stage describes (the learned ranker's pool)."""

# What the question asks for -> how a unit that answers it looks.
_INTENTS = [
    (re.compile(r"\b(dose\w*|doser\w*|mg|hvor mye|mengde\w*|dosage|how much)\b"),
     re.compile(r"\d+\s*(mg|ml|g|mmol)\b|\bdos\w*", re.I)),
    (re.compile(r"\b(hvor ofte|how often|hyppig\w*)\b"),
     re.compile(r"\b(hver|daglig|ganger|timer?|døgn|uke\w*|regelmessig\w*)\b", re.I)),
    (re.compile(r"\b(hvem|who|hvilken spesialist|hvilket personell)\b"),
     re.compile(r"\b(lege\w*|sykepleier\w*|\w*personell\w*|spesialist\w*|fastleg\w*)\b", re.I)),
    (re.compile(r"\b(hvilke forhold|kriteri\w*|vilkår|indikasjon\w*|under what conditions|when should)\b"),
     re.compile(r"\b(dersom|hvis|ved|følgende|kriteri\w*)\b", re.I)),
]


Ranked = tuple[int, float, dict[str, float]]
"""(unit, final score, feature values)."""


def rerank(index, weighted, candidates: list[int], scores) -> list[Ranked]:
    """Return (unit, first-stage score, features) in first-stage order (ties by corpus order)."""
    if not candidates:
        return []
    asked = _asked(" ".join(weighted.words))
    section_mass = _section_mass(index, candidates, scores)
    weights, total = weighted.weights, sum(weighted.weights.values())
    final = []
    for unit in candidates:
        positions, pairs = index.unit_layout(unit)
        features = {
            "section": section_mass.get(_section_key(index.chunks[unit]), 0.0),
            "coverage": _coverage(weights, total, index.term_set(index.chunks[unit].id)),
            "proximity": _proximity(weighted.sequence, positions, len(index.unit_terms[unit])),
            "phrase": _phrase(weighted.sequence, pairs),
            "title": _coverage(weights, total, index.title_terms[unit]),
            "title_precision": _precision(weights, index.title_terms[unit]),
            "intent": _intent(asked, index.chunks[unit].text),
        }
        final.append((unit, float(scores[unit]), features))
    final.sort(key=lambda ranked: (-ranked[1], ranked[0]))
    return final


def _section_key(chunk) -> tuple[str, str | None]:
    return (chunk.source_id, chunk.section)


def _section_mass(index, candidates: list[int], scores) -> dict[tuple[str, str | None], float]:
    """Each section's share of the candidates' summed score, relative to the best section."""
    mass: dict[tuple[str, str | None], float] = {}
    for unit in candidates:
        key = _section_key(index.chunks[unit])
        mass[key] = mass.get(key, 0.0) + float(scores[unit])
    best = max(mass.values())
    return {key: value / best for key, value in mass.items()} if best > 0 else {}


def _coverage(weights: dict[str, float], total: float, present: frozenset[str]) -> float:
    return sum(w for t, w in weights.items() if t in present) / total if total else 0.0


def _precision(weights: dict[str, float], terms: frozenset[str]) -> float:
    """Share of a unit's title terms the query asks for ("Helse Vest" names 14.1.5's title)."""
    return sum(1 for t in terms if t in weights) / len(terms) if terms else 0.0


def _proximity(sequence: list[str], layout: dict[str, list[int]], length: int) -> float:
    """1 when the query's matched words sit next to each other, towards 0 as they spread."""
    wanted = set(sequence)
    found = [t for t in wanted if t in layout]
    distinct = len(found)
    if distinct < 2:
        return 0.0
    positions = sorted((i, t) for t in found for i in layout[t])
    best = length
    counts: dict[str, int] = {}
    left = 0
    for right, (position, term) in enumerate(positions):
        counts[term] = counts.get(term, 0) + 1
        while counts[positions[left][1]] > 1:
            counts[positions[left][1]] -= 1
            left += 1
        if len(counts) == distinct:
            best = min(best, position - positions[left][0] + 1)
    return (distinct / len(wanted)) * distinct / best


def _phrase(sequence: list[str], present: frozenset[tuple[str, str]]) -> float:
    """Share of the query's adjacent word pairs that occur adjacent in the unit."""
    pairs = list(zip(sequence, sequence[1:]))
    if not pairs:
        return 0.0
    return sum(1 for pair in pairs if pair in present) / len(pairs)


def _asked(question: str) -> tuple[int, ...]:
    """Which of _INTENTS the question asks for (a dose, a frequency, who, conditions)."""
    return tuple(i for i, (ask, _answer) in enumerate(_INTENTS) if ask.search(question))


def _intent(asked: tuple[int, ...], text: str) -> float:
    """1 when the question asks for a dose/frequency/who/conditions and the unit gives one."""
    if not asked:
        return 0.0
    gives = _gives(text)
    return sum(1 for i in asked if gives[i]) / len(asked)


@lru_cache(maxsize=8192)
def _gives(text: str) -> tuple[bool, ...]:
    """Which kinds of answer a unit's text gives (the same units come back question after question)."""
    return tuple(answer.search(text) is not None for _ask, answer in _INTENTS)
