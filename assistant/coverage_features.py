"""Per-question coverage features: what the learned coverage model (assistant/data/coverage.json) weighs.

How much of what the question asks is in the best unit, measured by the words' general
specificity (a rare word like "lårhalsbrudd" carries more of the question than "pasient"),
which of its words the sources do not know and what kind of words they are (a name, an
acronym, a rare word, an everyday noun, a verb form), how the lexicon reached the hits,
how clearly the best hit wins, and the question's language.
"""

from __future__ import annotations

import math
import re

from index.general_words import bokmal_profile
from index.models import AnalyzedQuery, ScoredChunk
from index.textnorm import capitalised_inside_sentences, fold

from assistant import honesty
from assistant.memory import Neighbours
from assistant.rank_features import asks_for_number, specificity, states_number

COVERAGE_FEATURES = (
    "top_score", "top_margin", "bm25_log", "mass_covered", "mass_covered_best3", "specific_covered",
    "strongest_term", "terms_log", "unknown_count", "unknown_share", "unknown_mass_share",
    "named_unknown", "unknown_capitalised", "unknown_acronym", "unknown_not_in_dictionary",
    "unknown_rarity", "unknown_plain_noun", "unknown_verb_form", "unfamiliar_compounds",
    "related_route", "repairs", "expansions", "english", "nynorsk", "followup",
    "top_is_rec", "top_is_passage", "top_is_directory", "top_in_guideline",
    "known_covered", "matched_specificity", "unknown_in_ask", "ask_mass_covered",
    "memory_answerable", "memory_unanswered_held", "memory_top", "number_asked", "number_in_best3",
)

SPECIFIC = 4.0
"""A term at least this specific (8 minus its Zipf frequency) names what is asked, not how."""


def coverage_features(
    query: AnalyzedQuery, ranked: list[ScoredChunk], scores: list[float], followup: bool, nynorsk: bool,
    ask_terms: set[str] | None = None, neighbours: Neighbours = Neighbours(),
) -> list[float]:
    """One row of COVERAGE_FEATURES for a question and its ranked hits (best first).

    `ask_terms` are the index terms of the sentence that asks, when scene sentences come
    before it (None: the whole question asks); `neighbours` the nearest labelled questions."""
    weights = query.weights or {term: 1.0 for term in query.terms}
    mass = {term: weight * specificity(term) for term, weight in weights.items()}
    total = sum(mass.values()) or 1.0
    unknown = [w for w in query.unknown if len(w) >= honesty.MIN_NAMED_LENGTH]
    unknown_mass = sum(specificity(w) for w in unknown)
    top = ranked[0] if ranked else None
    in_ask = _in_ask(query.text, unknown)
    values = {
        "top_score": scores[0] if scores else -10.0,
        "top_margin": scores[0] - scores[1] if len(scores) > 1 else 5.0 if scores else 0.0,
        "bm25_log": math.log1p(top.bm25) if top else 0.0,
        "mass_covered": _covered(mass, top) / total,
        "mass_covered_best3": max((_covered(mass, hit) for hit in ranked[:3]), default=0.0) / total,
        "specific_covered": _specific_share(mass, weights, top),
        "strongest_term": math.log1p(_strongest(ranked[:3])),
        "terms_log": math.log1p(len(weights)),
        "unknown_count": float(len(unknown)),
        "unknown_share": len(unknown) / max(1, len(set(query.tokens))),
        "unknown_mass_share": unknown_mass / (unknown_mass + total),
        "named_unknown": float(len(honesty.named_unknowns(query))),
        "english": float(query.english or honesty.reads_as_english(query.text)),
        "nynorsk": float(nynorsk),
        "followup": float(followup),
        "related_route": float(len(query.related)),
        "repairs": float(len(query.repairs)),
        "expansions": float(len(query.expansions)),
        "unfamiliar_compounds": float(len(query.unfamiliar_compounds)),
        "known_covered": _known_covered(mass, set(query.unknown), top),
        "matched_specificity": max((specificity(t) for t in top.matched), default=0.0) if top else 0.0,
        "ask_mass_covered": _ask_covered(mass, in_ask, ask_terms, top),
        "unknown_in_ask": float(len(in_ask)),
        "memory_answerable": neighbours.nearest_answerable(),
        "memory_unanswered_held": neighbours.unanswered_held(),
        "memory_top": neighbours.for_hit(top.chunk)[0] if top else 0.0,
        # "disulfiram dose": the sources name the drug but give no dose of it.
        "number_asked": float(asks_for_number(query.text)),
        "number_in_best3": float(any(states_number(hit.chunk) for hit in ranked[:3])),
        **_unknown_kinds(query, unknown),
        **_top_kind(top),
    }
    return [float(values[name]) for name in COVERAGE_FEATURES]


def _covered(mass: dict[str, float], hit: ScoredChunk | None) -> float:
    if hit is None:
        return 0.0
    return sum(value for term, value in mass.items() if term in hit.matched)


def _known_covered(mass: dict[str, float], unknown: set[str], hit: ScoredChunk | None) -> float:
    """Share of the mass of the words the sources know that the best unit matches: a
    question whose known part is matched well is about a covered subject, whatever else
    it names."""
    known = {t: m for t, m in mass.items() if t not in unknown}
    total = sum(known.values())
    return _covered(known, hit) / total if total else 0.0


def _ask_covered(mass: dict[str, float], unknown: list[str], ask_terms: set[str] | None,
                 hit: ScoredChunk | None) -> float:
    """Share of the asking sentence's mass the best unit matches, its unknown words counted
    as unmatched: a scene the sources know well does not cover a question they do not."""
    asked = mass if ask_terms is None else {t: m for t, m in mass.items() if t in ask_terms}
    missing = sum(specificity(w) for w in unknown)
    total = sum(asked.values()) + missing
    return _covered(asked, hit) / total if total else 0.0


def _specific_share(mass: dict[str, float], weights: dict[str, float], hit: ScoredChunk | None) -> float:
    """Share of the question's specific words (as asked, not expansions) found in the best unit."""
    specific = [t for t, w in weights.items() if w >= 1.0 and mass[t] / w >= SPECIFIC]
    if not specific:
        return 1.0
    return sum(1 for t in specific if hit is not None and t in hit.matched) / len(specific)


def _strongest(hits: list[ScoredChunk]) -> float:
    """The largest single term contribution in the top hits: did anything specific match?"""
    return max((value for hit in hits for value in hit.matched.values()), default=0.0)


def _unknown_kinds(query: AnalyzedQuery, unknown: list[str]) -> dict[str, float]:
    surfaces = honesty.surface_forms(query.text)
    capitalised = capitalised_inside_sentences(query.text)
    forms = [surfaces.get(word, [word]) for word in unknown]
    profiles = [[bokmal_profile(form) for form in group] for group in forms]
    return {
        "unknown_capitalised": float(sum(word in capitalised for word in unknown)),
        "unknown_acronym": float(sum(any(honesty.written_as_name(f) for f in group) for group in forms)),
        "unknown_not_in_dictionary": float(sum(not any(p.in_dictionary for p in group) for group in profiles)),
        "unknown_rarity": max((8.0 - max(p.zipf for p in group) for group in profiles), default=0.0),
        "unknown_plain_noun": float(sum(any(honesty.plain_noun(f) for f in group) for group in forms)),
        "unknown_verb_form": float(sum(any(honesty.verb_form(f.lower()) for f in group) for group in forms)),
    }


_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_WORD = re.compile(r"[^\W\d_]+")


def asking_sentence(text: str) -> str | None:
    """The sentence that asks (the last with a question mark, else the last), when sentences
    setting the scene come before it; None for a one-sentence question."""
    sentences = [part for part in _SENTENCE.split(text.strip()) if _WORD.search(part)]
    if len(sentences) < 2:
        return None
    return next((s for s in reversed(sentences) if "?" in s), sentences[-1])


def _in_ask(text: str, unknown: list[str]) -> list[str]:
    """The unknown words that stand in the sentence that asks, not in the sentences before
    it that set the scene ("Pasienten kom med drosje i natt. Hva skal legen sjekke?")."""
    asking = asking_sentence(text)
    if asking is None:
        return unknown
    words = {fold(word.lower()) for word in _WORD.findall(asking)}
    return [word for word in unknown if word in words]


def _top_kind(top: ScoredChunk | None) -> dict[str, float]:
    kind = top.chunk.kind if top else ""
    return {
        "top_is_rec": float(kind == "recommendation"),
        "top_is_passage": float(kind == "passage"),
        "top_is_directory": float(kind == "directory"),
        "top_in_guideline": float(top is not None and top.chunk.source_id == "003"),
    }
