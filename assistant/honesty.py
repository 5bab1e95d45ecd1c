"""`not_covered`: deciding that the sources do not answer a question.

A BM25 score alone catches almost none of these. The strong signal is a named or rare
thing (a drug, a test, a procedure) that neither the corpus nor the lexicon knows: an
unknown word that is not an ordinary Norwegian or English word, or is a rare one, or is
capitalised inside a sentence; or a word the lexicon lists as only related to a corpus
term ("nesespray" beside "nalokson"): searched as that term, but named all the same.
Unknown but common words ("nettopp", "compare") say nothing about coverage one by one,
with one exception: an ordinary Norwegian noun the sources never use ("kniv", "drosje",
"vaksine") names the thing asked about, while an everyday verb or adverb ("kutte",
"skammer", "nettopp") only says how it is asked. Weaker signals count together: an unknown
word (or an everyday compound whose parts never meet in the sources) while nothing
specific matches, or half the question unknown. Thresholds are calibrated on our own
answerable and unanswerable questions (tests/data/questions-own.jsonl,
questions-calibration.jsonl and questions-validation.jsonl).
"""

from __future__ import annotations

from index.models import AnalyzedQuery, ScoredChunk

from index.general_words import profile
from index.textnorm import capitalised_inside_sentences
from assistant.text import fold, words

MIN_NAMED_LENGTH = 3
"""Shorter unknown words are more often stray letters than names ("QTc" counts)."""
RARE_ZIPF = 3.0
"""Below once per million words (Zipf 3) an unknown word is taken to name a thing."""
DEFINITE_NOUN_ZIPF = 4.0
"""A Norwegian noun in its definite form ("bagasjen", "førerkortet") names the thing asked
about; below this frequency an unknown one counts as named. Verbs and adverbs the sources
do not use ("overlevd", "skammer") stay neutral."""
_DEFINITE_ENDINGS = ("en", "et", "ene")
COMMON_NOUN_ZIPF = 5.0
"""An unknown noun in its base form below this frequency names the thing asked about; the
most frequent nouns ("natt", "dag") are more often part of how the question is put."""
DEFINITE_FORM_ZIPF = 1.5
"""A word is taken as a noun when its definite singular ("kniven", "drosjen") is in use
at least this often in Norwegian (Zipf)."""
VERB_ZIPF = 3.0
"""A word is a verb form when the infinitive it implies ("skamme" for "skammer") is at
least this frequent; a noun rarely has such a look-alike."""
_VERBAL_NOUN_ENDINGS = ("ing", "ingen", "inga", "inger", "ingene")
_VERB_ENDINGS = (("er", 2), ("te", 2), ("de", 2), ("et", 2), ("d", 1), ("t", 1))
"""Present and past tense and participle endings, and how many letters replace the
infinitive's -e."""


def not_covered_reason(query: AnalyzedQuery, hits: list[ScoredChunk]) -> str | None:
    """A short English reason when the sources do not answer the query, else None."""
    if not hits:
        return "no hits"
    named = named_unknowns(query)
    if named:
        return f"unknown named or rare words: {', '.join(named)}"
    if _unknown_and_weakly_matched(query, hits):
        return "an unknown word and no strong term match"
    if _mostly_unknown(query):
        return "half or more of the question's words unknown to the sources"
    return None


UNKNOWN_SHARE = 0.5
"""At this share of a question's content words unknown to the sources, what it asks about
is not in them ("Hvor kan ansatte parkere?", "har glemt passordet til pcen, hvem ringer
jeg?", "Is there a dress code or uniform for staff?")."""


def _mostly_unknown(query: AnalyzedQuery) -> bool:
    tokens = list(dict.fromkeys(query.tokens))
    strange = set(query.unknown) | set(query.unfamiliar_compounds)
    if not tokens or not strange:
        return False
    share = sum(1 for token in tokens if any(word in fold(token) for word in strange)) / len(tokens)
    return share >= UNKNOWN_SHARE


WEAK_MATCH = 5.0
"""If no query term contributes this much BM25 to any of the top hits, nothing specific matched."""


KEYWORD_COMMON_ZIPF = 5.0
"""A match that only a recommendation's curated keywords give, on one of the most common
words ("natt", "kjøpe"), says where to look, not that the sources cover the question;
a keyword like "nalokson" or "selvmord" still counts."""


def _unknown_and_weakly_matched(query: AnalyzedQuery, hits: list[ScoredChunk]) -> bool:
    """A Norwegian question with a word the sources don't know (or an everyday compound
    whose parts they never use together), whose known words only match weakly (generic
    words like "avrusning" or "pasient"): the topic is missing."""
    if not (query.unknown or query.unfamiliar_compounds) or query.english or reads_as_english(query.text):
        return False
    strongest = max(
        (share for hit in hits[:3] for term, share in hit.matched.items()
         if term not in hit.from_keywords or profile(term).zipf_nb < KEYWORD_COMMON_ZIPF),
        default=0.0,
    )
    return strongest < WEAK_MATCH


def named_unknowns(query: AnalyzedQuery) -> list[str]:
    """Unknown words of the query that name a thing (as typed): related by the lexicon to a
    corpus term, written as a name, in no dictionary, or rare."""
    surfaces = _surface_forms(query.text)
    english = query.english or reads_as_english(query.text)
    capitalised = capitalised_inside_sentences(query.text)
    return [
        surfaces.get(word, [word])[0]
        for word in query.unknown
        if len(word) >= MIN_NAMED_LENGTH
        and (word in query.related or word in capitalised or _names_a_thing(surfaces.get(word, [word]), english))
    ]


def missing_words(query: AnalyzedQuery) -> list[str]:
    """The words to name in a not-covered message: the named unknowns, else the everyday
    compounds and other words the sources never use (as typed)."""
    named = named_unknowns(query)
    if named:
        return named
    surfaces = _surface_forms(query.text)
    return [surfaces.get(word, [word])[0] for word in [*query.unfamiliar_compounds, *query.unknown]]


def reads_as_english(text: str) -> bool:
    """True when more of the question's words are clearly English than clearly Norwegian."""
    leaning = 0
    for word in text.split():
        found = profile(word.strip("?!.,:;()«»\"'"))
        if abs(found.zipf_en - found.zipf_nb) >= 1.0:
            leaning += 1 if found.zipf_en > found.zipf_nb else -1
    return leaning > 0


def _names_a_thing(forms: list[str], english: bool) -> bool:
    """Written as a name, in no dictionary, or rare in the question's language.

    An English word in a Norwegian question ("spice", "crack") is judged as Norwegian:
    there it is a name, however common it is in English.
    """
    if any(_written_as_name(form) for form in forms):
        return True
    profiles = [profile(form) for form in forms]
    if not any(p.in_dictionary for p in profiles):
        return True
    frequency = max(p.zipf if english else p.zipf_nb for p in profiles)
    if english:
        return frequency < RARE_ZIPF
    if any(_verbal_noun(form) for form in forms):
        return max(frequency, *(_zipf_nb(_indefinite(form)) for form in forms)) < RARE_ZIPF
    if any(_definite_noun(form) for form in forms):
        return frequency < DEFINITE_NOUN_ZIPF
    return frequency < RARE_ZIPF or any(_plain_noun(form) for form in forms)


def _definite_noun(form: str) -> bool:
    return len(form) >= 6 and form.lower().endswith(_DEFINITE_ENDINGS)


def _plain_noun(form: str) -> bool:
    """An ordinary Norwegian noun in its base form ("kniv", "vaksine", "permisjon"):
    not among the most frequent, with a definite form in use, and not a verb form."""
    word = form.lower()
    if _verb_form(word):
        return False
    endings = ("n",) if word.endswith("e") else ("en", "et")
    definite = max(_zipf_nb(word + ending) for ending in endings)
    return _zipf_nb(word) < COMMON_NOUN_ZIPF and definite >= DEFINITE_FORM_ZIPF


def _verbal_noun(form: str) -> bool:
    """A noun naming the act of a verb ("drikking", "røykingen"): the sources may well use
    the verb, so only a rare one counts."""
    return form.lower().endswith(_VERBAL_NOUN_ENDINGS)


def _indefinite(form: str) -> str:
    """The -ing form of a verbal noun ("drikkingen" -> "drikking"): its frequency is the
    word's, its definite and plural forms being rarer."""
    word = form.lower()
    return word[: word.rindex("ing") + 3]


def _verb_form(word: str) -> bool:
    """A tense or participle of a common verb ("skammer", "overlevd", "rømte"), or the
    stem of one ("snakk" of "snakke")."""
    if _zipf_nb(word + "e") >= VERB_ZIPF:
        return True
    return any(
        word.endswith(ending) and len(word) > cut + 3 and _zipf_nb(word[:-cut] + "e") >= VERB_ZIPF
        for ending, cut in _VERB_ENDINGS
    )


def _zipf_nb(word: str) -> float:
    return profile(word).zipf_nb


def _written_as_name(form: str) -> bool:
    """An acronym or a mixed-case name as typed ("MDMA", "QTc", "PEth"), not a capitalised first word."""
    letters = [ch for ch in form if ch.isalpha()]
    return len(letters) >= 3 and sum(ch.isupper() for ch in letters[1:]) >= 1


def _surface_forms(text: str) -> dict[str, list[str]]:
    """Folded word -> the forms the user typed, case kept ("råde" is judged as "råde", not "rade")."""
    forms: dict[str, list[str]] = {}
    for token in text.split():
        token = token.strip("?!.,:;()«»\"'")
        for word in words(token):
            forms.setdefault(word, []).append(token if fold(token) == word else word)
    return forms


def not_covered_message(unknown: list[str]) -> str:
    """The plain Norwegian message shown first in a not-covered answer."""
    shown = [word if len(word) <= 40 else word[:39] + "…" for word in unknown[:5]]
    named = f" (fant ikke «{'», «'.join(shown)}» i kildene)" if shown else ""
    return (
        f"Kildene dekker ikke dette spørsmålet{named}. "
        "Avsnittene under er de nærmeste treffene, men de svarer ikke på spørsmålet."
    )
