"""Does a question lean on the turn before it? A learned decision over general word classes.

The features are closed classes of Norwegian (Bokmål and Nynorsk) and English words: an
opening connective, finite verbs, question words, pronouns that point back, and how
many words of its own the question brings. A bare fragment ("hvilken dose?", "kor lenge
då?", "for how long?") has no finite verb and few words of its own; a complete new
question has both. The weights are fitted by assistant/learning/followup_fit.py on the
labelled conversations in tests/data; `veileder index explain` shows each feature's share.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from assistant.facets import Facet, facet_words
from assistant.linear import LinearModel, load_linear
from assistant.text import words

OPENERS = re.compile(
    r"^\s*(?:og|men|enn|hva\s+med|hva\s+om|kva\s+med|kva\s+om|hvis|viss|dersom|om|samme|"
    r"gjelder\s+(?:det|dette|den)|også|ogsa|òg|"
    r"what\s+about|how\s+about|and|what\s+if|same|also|if)\b",
    re.IGNORECASE,
)
ADDING = re.compile(
    r"\b(?:legge\s+til|leggje\s+til|i\s+tillegg|kombinere\s+med|add|in\s+addition|combine\s+with)\b",
    re.IGNORECASE,
)
"""Asking to add something ("kan vi legge til karbamazepin?") presumes what is already given."""
FINITE_VERBS = {
    # Bokmål and Nynorsk auxiliaries, modals and the commonest finite verbs, folded (ø → o, å → a).
    "er", "var", "blir", "ble", "vert", "vart", "blei", "har", "hadde", "kan", "kunne", "skal", "skulle",
    "bor", "burde", "ma", "matte", "vil", "ville", "far", "fikk", "fekk", "gjor", "gjer", "gjorde",
    "trenger", "treng", "finnes", "fins", "finst", "gar", "gir", "gjev", "gis", "gjevast", "brukes",
    "brukast", "bruker", "brukar", "anbefales", "anbefalast", "sier", "seier", "betyr", "tyder",
    "holder", "held", "hjelper", "hjelp", "kommer", "kjem", "varer", "varar", "tar", "tek", "gjelder",
    "gjeld", "skjer", "hender", "pleier", "pleiar", "behandles", "behandlast", "doseres", "doserast",
    # English
    "is", "are", "was", "were", "do", "does", "did", "can", "could", "should", "shall", "must", "will",
    "would", "may", "might", "has", "have", "had", "need", "needs",
}
QUESTION_WORDS = {
    "hva", "hvem", "hvor", "hvordan", "hvorfor", "hvilken", "hvilke", "hvilket", "nar", "kva", "kven",
    "kor", "korleis", "kvifor", "kvar", "kvi", "what", "who", "where", "how", "why",
    "which", "when",
}
PERSONAL_PRONOUNS = {"han", "hun", "ho", "ham", "henne", "dei", "dem", "deira", "he", "she", "they", "them",
                     "him", "her"}
POINTING_WORDS = {"det", "dette", "den", "denne", "disse", "dei", "desse", "it", "this", "that", "those",
                  "same", "samme", "sama", "da", "then", "der", "there"}
SMALL_WORDS = {
    "og", "i", "pa", "ved", "om", "en", "ein", "et", "eit", "til", "av", "for", "med", "fra", "etter",
    "under", "uten", "utan", "hos", "som", "at", "ikke", "ikkje", "ogsa", "men", "eller", "hvis", "viss",
    "dersom", "vi", "man", "me", "eg", "jeg", "du", "the", "a", "an", "of", "to", "in", "on", "with",
    "and", "or", "if", "not", "also", "we", "you", "mye", "lenge", "ofte", "mange", "much",
    "long", "often", "many", "kor", "bare", "berre", "only",
}

FOLLOWUP_FEATURES = (
    "opener", "adding", "log_words", "own_words", "finite_verb", "verb_first", "question_word_first",
    "personal_pronoun", "pointing_word", "own_seen_before", "names_facet", "same_facet_kind", "asks",
)
THRESHOLD = 0.5
"""At or above: read with the earlier turn."""


def followup_row(question: str, named: dict[str, list[Facet]], previous_question: str,
                 previous_kinds: set[str]) -> list[float]:
    """The decision's features for one question after `previous_question`."""
    tokens = words(question)
    own = own_words(tokens, named)
    earlier = {word[:5] for word in words(previous_question) if len(word) >= 4}
    seen = sum(1 for word in own if len(word) >= 4 and word[:5] in earlier)
    return [
        float(bool(OPENERS.match(question))),
        float(bool(ADDING.search(question))),
        math.log1p(len(tokens)),
        float(len(own)),
        float(any(token in FINITE_VERBS for token in tokens)),
        float(bool(tokens) and tokens[0] in FINITE_VERBS),
        float(bool(tokens) and tokens[0] in QUESTION_WORDS),
        float(any(token in PERSONAL_PRONOUNS for token in tokens)),
        float(any(token in POINTING_WORDS for token in tokens)),
        seen / len(own) if own else 0.0,
        float(sum(len(group) for group in named.values())),
        float(bool(previous_kinds & set(named))),
        # A question mark tells a fragment that asks ("moderat?") from a keyword search ("tiamin").
        float(question.rstrip().endswith("?")),
    ]


def own_words(tokens: list[str], named: dict[str, list[Facet]]) -> list[str]:
    """The question's words that are neither small words, question words, verbs of the
    closed classes, pointing words nor the facets it names: what it brings of its own."""
    triggers = facet_words(named)
    return [
        word for word in tokens
        if len(word) > 2 and word not in SMALL_WORDS and word not in QUESTION_WORDS
        and word not in FINITE_VERBS and word not in PERSONAL_PRONOUNS and word not in POINTING_WORDS
        and not any(word.startswith(t) for t in triggers)
    ]


def followup_probability(row: list[float], model: LinearModel | None = None) -> float:
    """P(the question leans on the earlier turn)."""
    model = model or followup_model()
    score = float(model.scores([row])[0])
    return 1.0 / (1.0 + math.exp(-score))


@lru_cache(maxsize=1)
def followup_model() -> LinearModel:
    """The shipped decision (assistant/data/followup.json)."""
    return load_linear("followup", FOLLOWUP_FEATURES)
