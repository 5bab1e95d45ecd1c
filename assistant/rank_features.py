"""Per-candidate ranking features: what the learned ranker (assistant/data/ranker.json) weighs.

Every feature is a plain number computed from the first stage's hit and the question as
read in its conversation; none carries a hand-set weight. The ranker's coefficients say
how much each counts (`veileder index explain` shows them per hit).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from corpus.models import Chunk
from index.general_words import bokmal_profile
from index.models import ScoredChunk

from assistant.associations import Associations
from assistant.facets import Facet, all_facets
from assistant.memory import Neighbours
from assistant.text import fold

RANK_FEATURES = (
    "bm25_log", "bm25_rel", "first_rank", "section", "coverage", "proximity", "phrase", "title",
    "intent", "title_precision", "keyword_share", "length_log", "mass_coverage", "own_coverage", "bridged", "bridge_strength",
    "memory_best", "memory_sum", "memory_share",
    "is_rec", "is_passage", "is_evidence", "is_directory", "is_glossary", "in_guideline",
    "substance_named", "substance_other", "substance_unnamed", "population_named", "focus",
    "setting_title", "directory_asked", "action_rec", "definition_prose", "rec_beside_prose", "prose_beside_rec",
    "has_number", "number_asked", "sibling_rank", "sibling_rel", "sibling_unique",
)

SIBLING_FEATURES = ("sibling_rank", "sibling_rel", "sibling_unique")
"""Computed over the whole pool (_sibling_features), appended after the per-hit ones."""
PER_HIT_FEATURES = RANK_FEATURES[:-len(SIBLING_FEATURES)]

_ACTION = re.compile(
    r"\b(bør|bor|skal|må|ma|hva gjør|hva gjor|hva gjøres|hvordan (?:bør|skal|behandle\w*|medisiner\w*|gi|gis|trappe\w*|avruse\w*|følge\w*|folge\w*)|"
    r"hvilke[nt]? (?:medisin\w*|legemidl\w*|legemiddel|behandling\w*|dose\w*|tiltak)|kan vi|kan man|"
    r"should|must|how (?:do|should|can) we|what (?:should|do|can) we|which (?:drug|medication|medicine)\w*|can we)\b",
    re.IGNORECASE,
)
_DEFINITION = re.compile(
    r"\b(hva er|hva betyr|hva menes|hva kjennetegner|hvorfor|what is|what are|what does|why|"
    r"kva er|kva betyr|kvifor|kva meiner)\b",
    re.IGNORECASE,
)
_NUMBER_ASKED = re.compile(
    r"\b(hvor mye|hvor mange|hvor lenge|hvor ofte|kor mykje|kor mange|kor lenge|kor ofte|"
    r"how much|how many|how long|how often|dose\w*|dosering|mg|prosent|%)",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d")


def asks_what_to_do(question: str) -> bool:
    """The question asks what to do (bør, skal, hva gjør vi, which drug), not what something is."""
    return bool(_ACTION.search(question))


def asks_for_number(question: str) -> bool:
    """The question asks for a quantity: a dose, how many, how long, how often."""
    return bool(_NUMBER_ASKED.search(question))


def states_number(chunk: Chunk) -> bool:
    """The unit has a digit (a dose, a score, a duration): the ranker's cached has_number."""
    return _unit_features(chunk.kind, chunk.source_id, chunk.text)[-1] > 0


@dataclass(frozen=True)
class QuestionSignals:
    """What the question itself says, computed once per question."""

    facets: dict[str, list[Facet]]
    focus: tuple[Facet, ...]
    directory: bool
    action: bool
    definition: bool
    number: bool
    mass: dict[str, float]
    """Query term -> weight times specificity (rare words carry the question)."""
    own: dict[str, float]
    """The mass of the terms the question itself asks (in a follow-up, not the carried ones)."""
    mass_total: float
    own_total: float
    bridge: Callable[[frozenset[str]], tuple[float, float]]
    """Unit terms -> how the question's mass reaches them through word associations."""
    terms_of: Callable[[str], frozenset[str]]
    """Chunk id -> the unit's index terms."""
    neighbours: Neighbours = Neighbours()
    """The nearest labelled questions (assistant/memory.py)."""


def question_signals(question: str, facets, focus, directory: bool, weights: dict[str, float],
                     own_terms: set[str] | None, associations: Associations,
                     terms_of: Callable[[str], frozenset[str]], neighbours: Neighbours = Neighbours()) -> QuestionSignals:
    """The question-level inputs of the ranking features."""
    mass = {term: weight * specificity(term) for term, weight in weights.items()}
    own = mass if own_terms is None else {t: m for t, m in mass.items() if t in own_terms}
    return QuestionSignals(
        facets=facets, focus=tuple(focus), directory=directory, action=asks_what_to_do(question),
        definition=bool(_DEFINITION.search(question)), number=asks_for_number(question),
        mass=mass, own=own, mass_total=sum(mass.values()), own_total=sum(own.values()),
        bridge=associations.bridge_for(mass), terms_of=terms_of, neighbours=neighbours,
    )


@lru_cache(maxsize=65536)
def specificity(term: str) -> float:
    """8 minus the word's larger Zipf frequency (nb/en), floored at 0.5: rare words weigh most."""
    return max(0.5, 8.0 - bokmal_profile(term).zipf)


def _share(mass: dict[str, float], total: float, matched) -> float:
    return sum(m for t, m in mass.items() if t in matched) / total if total else 0.0


def rank_features(hits: list[ScoredChunk], signals: QuestionSignals) -> list[list[float]]:
    """One row of RANK_FEATURES per first-stage hit, in the hits' order."""
    if not hits:
        return []
    best = max(hit.bm25 for hit in hits) or 1.0
    prose_sections = {h.chunk.section for h in hits[:5] if h.chunk.kind == "passage" and h.chunk.source_id == "003"}
    rec_sections = {h.chunk.section for h in hits if h.chunk.kind == "recommendation"}
    siblings = _sibling_features(hits, signals.mass)
    return [_row(position, hit, best, prose_sections, rec_sections, signals) + siblings[position]
            for position, hit in enumerate(hits)]


def _sibling_features(hits: list[ScoredChunk], mass: dict[str, float]) -> list[list[float]]:
    """Per hit, how it stands among the pool's units of its own section and kind.

    Most wrong first answers are a neighbouring recommendation of the right section: what
    tells siblings apart is the part of the question only one of them matches.
    """
    groups: dict[tuple, list[int]] = {}
    for i, hit in enumerate(hits):
        groups.setdefault((hit.chunk.source_id, hit.chunk.section, hit.chunk.kind), []).append(i)
    total = sum(mass.values()) or 1.0
    rows: list[list[float]] = [[]] * len(hits)
    for members in groups.values():
        best = max(hits[i].bm25 for i in members) or 1.0
        place = {i: n for n, i in enumerate(sorted(members, key=lambda i: -hits[i].bm25))}
        for i in members:
            others = set().union(*(hits[j].matched.keys() for j in members if j != i))
            unique = sum(m for t, m in mass.items() if t in hits[i].matched and t not in others)
            rows[i] = [1.0 / (1 + place[i]), hits[i].bm25 / best, unique / total]
    return rows


def _row(position: int, hit: ScoredChunk, best: float, prose_sections: set, rec_sections: set,
         signals: QuestionSignals) -> list[float]:
    """The PER_HIT_FEATURES of one hit, in their order (built as a list: thirty hits a question)."""
    chunk, features = hit.chunk, hit.features
    kind, matched = chunk.kind, hit.matched
    length_log, *kinds, has_number = _unit_features(kind, chunk.source_id, chunk.text)
    keyword = sum(v for t, v in matched.items() if t in hit.from_keywords)
    bridged, strength = signals.bridge(signals.terms_of(chunk.id))
    return [
        math.log1p(hit.bm25), hit.bm25 / best, 1.0 / (1 + position),
        *(float(features.get(name, 0.0)) for name in _RERANK_FEATURES),
        keyword / hit.bm25 if hit.bm25 else 0.0, length_log,
        _share(signals.mass, signals.mass_total, matched), _share(signals.own, signals.own_total, matched),
        bridged, strength, *signals.neighbours.for_hit(chunk), *kinds,
        *_facet_features(chunk, signals),
        float(signals.directory and kind == "directory"),
        float(signals.action and kind == "recommendation"),
        float(signals.definition and kind == "passage"),
        float(kind == "recommendation" and _beside(chunk.section, prose_sections)),
        float(kind == "passage" and chunk.section in rec_sections),
        has_number, float(signals.number) * has_number,
    ]


_RERANK_FEATURES = RANK_FEATURES[RANK_FEATURES.index("section"):RANK_FEATURES.index("keyword_share")]
"""The index's second-stage features (index/rerank.py), as RANK_FEATURES lists them."""


@lru_cache(maxsize=8192)
def _unit_features(kind: str, source_id: str, text: str) -> tuple[float, ...]:
    """length_log, is_rec … in_guideline, has_number: they depend on the unit alone (the same
    units come back question after question)."""
    return (
        math.log1p(len(text) / 100),
        float(kind == "recommendation"), float(kind == "passage"), float(kind == "evidence"),
        float(kind == "directory"), float(kind == "glossary"), float(source_id == "003"),
        float(_NUMBER.search(text) is not None),
    )


def _beside(section: str | None, prose_sections: set) -> bool:
    return any(_same_branch(section, other) for other in prose_sections)


def _same_branch(first: str | None, second: str | None) -> bool:
    """True if one section is the other or lies below it (10.4.1 and 10.4)."""
    if not first or not second:
        return False
    return first == second or first.startswith(second + ".") or second.startswith(first + ".")


def _facet_features(chunk: Chunk, signals: QuestionSignals) -> tuple[float, ...]:
    """substance_named, substance_other, substance_unnamed, population_named, focus, setting_title."""
    if chunk.source_id != "003":
        return _NO_FACETS
    substance = _owner(chunk.section, "substance")
    named = signals.facets.get("substance", [])
    key = None if substance is None else 0 if substance in named else 1 if named else 2
    population = _owner(chunk.section, "population")
    return (
        float(key == 0), float(key == 1), float(key == 2),
        float(population is not None and population in signals.facets.get("population", [])),
        float(any(owner is not None and owner in signals.focus for owner in (substance, population))),
        float(_titled_by_setting(chunk, signals.facets.get("setting", []))),
    )


_NO_FACETS = (0.0,) * 6


def _titled_by_setting(chunk: Chunk, settings: list[Facet]) -> bool:
    title = fold(chunk.section_title or "")
    return any(word in title for facet in settings for word in facet.search.split())


@lru_cache(maxsize=4096)
def _owner(section: str | None, kind: str) -> Facet | None:
    return next((facet for facet in all_facets() if facet.kind == kind and facet.covers(section)), None)
