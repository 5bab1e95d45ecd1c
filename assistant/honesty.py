"""Word classes behind the coverage verdict, and the messages that state it.

The strongest sign that the sources do not cover a question is a named or rare thing (a
drug, a test, a procedure) that neither the corpus nor the lexicon knows. These helpers
say what kind of word an unknown word is (written as a name, in no dictionary, rare, an
everyday noun, a verb form); they are features of the learned coverage model
(assistant/coverage_features.py), which decides, and they name the missing words in the
not-covered and partial messages.
"""

from __future__ import annotations

from index.models import AnalyzedQuery

from index.general_words import bokmal_profile, profile
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


def named_unknowns(query: AnalyzedQuery) -> list[str]:
    """Unknown words of the query that name a thing (as typed): related by the lexicon to a
    corpus term, written as a name, in no dictionary, or rare."""
    surfaces = surface_forms(query.text)
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
    surfaces = surface_forms(query.text)
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
    if any(written_as_name(form) for form in forms):
        return True
    profiles = [bokmal_profile(form) for form in forms]
    if not any(p.in_dictionary for p in profiles):
        return True
    frequency = max(p.zipf if english else p.zipf_nb for p in profiles)
    if english:
        return frequency < RARE_ZIPF
    if any(_verbal_noun(form) for form in forms):
        return max(frequency, *(_zipf_nb(_indefinite(form)) for form in forms)) < RARE_ZIPF
    if any(_definite_noun(form) for form in forms):
        return frequency < DEFINITE_NOUN_ZIPF
    return frequency < RARE_ZIPF or any(plain_noun(form) for form in forms)


def _definite_noun(form: str) -> bool:
    return len(form) >= 6 and form.lower().endswith(_DEFINITE_ENDINGS)


def plain_noun(form: str) -> bool:
    """An ordinary Norwegian noun in its base form ("kniv", "vaksine", "permisjon"):
    not among the most frequent, with a definite form in use, and not a verb form."""
    word = form.lower()
    if verb_form(word):
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


def verb_form(word: str) -> bool:
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


def written_as_name(form: str) -> bool:
    """An acronym or a mixed-case name as typed ("MDMA", "QTc", "PEth"), not a capitalised first word."""
    letters = [ch for ch in form if ch.isalpha()]
    return len(letters) >= 3 and sum(ch.isupper() for ch in letters[1:]) >= 1


def surface_forms(text: str) -> dict[str, list[str]]:
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


def partial_message(missing: list[str], subject: str | None) -> str:
    """The message leading a partial answer: what the sources do not mention, then what they do."""
    about = f"; dette er det den sier om {subject.lower()}" if subject else "; dette er det nærmeste den sier"
    if missing:
        shown = [word if len(word) <= 40 else word[:39] + "…" for word in missing[:5]]
        return f"Retningslinjen sier ikke noe spesifikt om «{'», «'.join(shown)}»{about}."
    return f"Kildene svarer trolig bare på en del av spørsmålet{about}."
