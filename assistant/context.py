"""Conversation context: is a question a follow-up, and what does it mean then?

A follow-up ("og for opioider?", "hva med gravide?", "hvilken dose?") keeps the topic of
the turn that set it and swaps or adds a substance, population, setting or detail. A
question with a topic of its own starts a new one. The decision rests on what the
question contains, never on its position in the conversation alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.facets import Facet, detect, facet_words, implied_search
from assistant.followup import OPENERS, THRESHOLD, followup_probability, followup_row
from assistant.linear import LinearModel
from assistant.models import Turn
from assistant.text import fold, words

_BACK_REFERENCES = {
    "han", "hun", "ham", "henne", "de", "dem", "deres", "hans", "hennes", "den", "det", "dette",
    "disse", "denne", "dere", "he", "she", "they", "them", "his", "her", "it", "this", "that", "those",
}
_CONJUNCTIONS = {"hvis", "dersom", "når", "nar", "men", "eller", "også", "ogsa", "if", "when", "but", "also"}
_DETAIL_WORDS = {
    "dose", "doser", "dosen", "dosering", "doseringen", "mengde", "mye", "lenge", "ofte", "varighet",
    "hvor", "hvordan", "hvem", "hva", "nar", "hvilke", "hvilken", "hvilket", "kriterier", "behandling",
    "behandlingen", "legemidler", "legemiddel", "medisiner", "medisin", "medikamenter", "symptomer",
    "tegn", "grad", "gradering", "anbefaling", "anbefalingen", "dose?", "dosage", "dose", "how", "much",
    "long", "often", "which", "who", "when", "what", "treatment", "drug", "drugs", "medication",
    "avrusning", "avrusningen", "pasient", "pasienten", "pasienter", "kan", "skal", "bor", "man", "vi",
    "er", "har", "for", "med", "i", "pa", "ved", "om", "og", "en", "et", "til", "av", "the", "a", "for",
    "in", "with", "of", "and", "is", "are", "do", "does", "should", "can", "ikke", "nei", "ja", "da",
    "sa", "tidligere", "gang", "gangen", "noe", "mer", "fler", "flere", "andre", "annen", "annet",
}


@dataclass
class Reading:
    """How a question is read in its conversation: the text to search and its facets."""

    query: str
    facets: dict[str, list[Facet]]
    topic: str
    followup: bool
    carried: list[str] = field(default_factory=list)
    """Words carried over from earlier turns, for `understood_as`."""
    focus: tuple[Facet, ...] = ()
    """The facets a follow-up names itself: what the user turned to."""
    chance: float | None = None
    """The learned decision's probability that the question leans on the earlier turn."""


def read_in_context(question: str, previous: Turn | None, model: LinearModel | None = None) -> Reading:
    """Merge a follow-up with the topic of `previous`; otherwise read the question alone."""
    named = detect(question)
    chance = None if previous is None or previous.status == "invalid" else followup_chance(question, named, previous, model)
    if chance is None or chance < THRESHOLD:
        implied = implied_search(question, named)
        return Reading(" ".join([question, *implied]), named, _strip_facets(question, named), False, implied,
                       chance=chance)
    adds_detail = len(_own_topic_words(words(question), named)) >= 2
    facets = _merged_facets(previous, named, swap=not adds_detail)
    topic = " ".join(previous.topic_terms)
    carried = [topic, *_facet_search_words(facets, named)]
    query = " ".join([_strip_opener(question), *carried])
    # A short follow-up turns to what it names; one with details of its own adds to the topic.
    focus = () if adds_detail else tuple(facet for group in named.values() for facet in group)
    return Reading(query, facets, topic, True, carried, focus, chance)


def followup_chance(question: str, named: dict[str, list[Facet]], previous: Turn,
                    model: LinearModel | None = None) -> float:
    """The learned probability that the question leans on the earlier turn (assistant/followup.py)."""
    return followup_probability(followup_row(question, named, previous.question, set(previous.facets)), model)


def _own_topic_words(tokens: list[str], named: dict[str, list[Facet]]) -> list[str]:
    triggers = facet_words(named)
    return [
        word for word in tokens
        if word not in _DETAIL_WORDS and word not in _BACK_REFERENCES and word not in _CONJUNCTIONS
        and len(word) > 2 and not any(word.startswith(t) for t in triggers)
    ]


def _merged_facets(previous: Turn, named: dict[str, list[Facet]], swap: bool) -> dict[str, list[Facet]]:
    """Carry the earlier facets; a short follow-up swaps a named kind ("og for opioider?"),
    one with details of its own adds to it ("should the benzo taper start before admission?")."""
    from assistant.facets import all_facets

    by_key = {(facet.kind, facet.key): facet for facet in all_facets()}
    merged = {kind: [by_key[(kind, key)] for key in keys.split(",") if (kind, key) in by_key]
              for kind, keys in previous.facets.items()}
    for kind, group in named.items():
        kept = [] if swap else merged.get(kind, [])
        merged[kind] = kept + [facet for facet in group if facet not in kept]
    return {kind: group for kind, group in merged.items() if group}


def _facet_search_words(facets: dict[str, list[Facet]], named: dict[str, list[Facet]]) -> list[str]:
    return [facet.search for kind, group in facets.items() if kind not in named for facet in group]


def _strip_opener(question: str) -> str:
    return OPENERS.sub("", question, count=1).strip()


def _strip_facets(question: str, named: dict[str, list[Facet]]) -> str:
    """The question's topic without the facet words, so a follow-up can swap them."""
    triggers = facet_words(named)
    kept = [token for token in question.split() if not any(fold(token).strip("?.,!").startswith(t) for t in triggers)]
    return " ".join(kept)


def facets_as_strings(facets: dict[str, list[Facet]]) -> dict[str, str]:
    """Facets in the form a Turn stores them: kind -> comma-separated keys."""
    return {kind: ",".join(facet.key for facet in group) for kind, group in facets.items()}
