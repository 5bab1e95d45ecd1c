"""Nynorsk read as Bokmål: the written standard staff in Vestland use, mapped at build time.

Two general mechanisms, no word fitted to a question:
- FUNCTION_WORDS: the closed class of Nynorsk function words (pronouns, question words,
  articles, conjunctions, adverbs, auxiliaries) and their Bokmål forms. Those whose
  Bokmål form is a stop word become stop words; the rest ("ikkje" -> "ikke") are
  searched as their Bokmål form.
- Content words: every form of simplemma's Nynorsk dictionary is lemmatised there, and
  the lemma is rewritten by the regular Nynorsk -> Bokmål spelling correspondences
  (SPELLING: kj -> k, sjuk -> syk, -leg -> -lig, -heit -> -het, -ing -> -ning, infinitive
  -a -> -e, ...). A form is mapped only when a rewrite lands on a lemma the corpus has, so
  the table is exact for the guideline's own words ("avrusinga" -> "avrusning",
  "pasientane" -> "pasient", "mistenkjer" -> "mistenke").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

FUNCTION_WORDS = {
    "eg": "jeg", "meg": "meg", "ho": "hun", "henne": "henne", "dei": "de", "deira": "deres",
    "dykk": "dere", "dykkar": "deres", "me": "vi", "oss": "oss", "vår": "vår", "han": "han",
    "kva": "hva", "korleis": "hvordan", "kvifor": "hvorfor", "kor": "hvor", "kven": "hvem",
    "kvar": "hvor", "kvart": "hvert", "kvarandre": "hverandre",
    "ein": "en", "eit": "et", "ei": "en", "eitt": "ett", "nokon": "noen", "noko": "noe",
    "nokre": "noen", "ingen": "ingen", "inga": "ingen", "ingenting": "ingenting", "alle": "alle",
    "ikkje": "ikke", "berre": "bare", "mykje": "mye", "meir": "mer", "mest": "mest", "lite": "lite",
    "mindre": "mindre", "fleire": "flere", "færre": "færre", "sjølv": "selv", "sjølve": "selve",
    "framleis": "fortsatt", "enno": "ennå", "òg": "også", "og": "og", "også": "også",
    "hjå": "hos", "frå": "fra", "åt": "til", "utan": "uten", "mellom": "mellom", "gjennom": "gjennom",
    "medan": "mens", "sidan": "siden", "difor": "derfor", "derfor": "derfor", "fordi": "fordi",
    "viss": "hvis", "dersom": "dersom", "når": "når", "då": "da", "no": "nå", "her": "her",
    "der": "der", "heile": "hele", "heilt": "helt", "anna": "annet", "andre": "andre",
    "slik": "slik", "sånn": "sånn", "same": "samme", "eigen": "egen", "eige": "eget", "eigne": "egne",
    "vere": "være", "vera": "være", "er": "er", "var": "var", "vore": "vært", "vorte": "blitt",
    "verte": "bli", "vert": "blir", "vart": "ble", "blei": "ble", "ha": "ha", "har": "har",
    "hadde": "hadde", "skal": "skal", "skulle": "skulle", "vil": "vil", "ville": "ville",
    "kan": "kan", "kunne": "kunne", "må": "må", "måtte": "måtte", "bør": "bør", "burde": "burde",
    "gje": "gi", "gjev": "gir", "gav": "ga", "gjeve": "gitt", "gjeven": "gitt", "gjevast": "gis",
    "seie": "si", "seier": "sier", "sa": "sa", "sjå": "se", "ser": "ser", "få": "få", "får": "får",
    "fekk": "fikk", "gjere": "gjøre", "gjer": "gjør", "gjorde": "gjorde", "veit": "vet",
    "ta": "ta", "tek": "tar", "tok": "tok", "kome": "komme", "kjem": "kommer", "kom": "kom",
    "mogleg": "mulig", "moglegvis": "muligens", "kanskje": "kanskje", "likevel": "likevel",
    "ofte": "ofte", "alltid": "alltid", "aldri": "aldri", "tidlegare": "tidligere", "seinare": "senere",
    "fyrst": "først", "fyrste": "første", "attende": "tilbake", "heim": "hjem", "heime": "hjemme",
    "ute": "ute", "inne": "inne", "opp": "opp", "ned": "ned", "ver": "vær", "ja": "ja", "nei": "nei",
}
"""Nynorsk function word -> its Bokmål form (identical forms listed for completeness)."""

SPELLING = (
    ("kje", "ke"), ("kji", "ki"), ("gje", "ge"), ("sjuk", "syk"), ("leg", "lig"), ("heit", "het"),
    ("eining", "enhet"), ("ing", "ning"), ("ei", "e"), ("au", "ø"), ("kv", "hv"), ("øy", "ø"),
    ("mj", "m"), ("o", "u"), ("e", "i"),
)
"""Regular Nynorsk -> Bokmål spelling correspondences, tried one and two at a time."""

INFINITIVE = (("a", "e"), ("ja", "e"), ("je", "e"), ("ast", "es"), ("ar", "er"))
"""Nynorsk a-infinitive and -ast passive endings and their Bokmål forms."""

VOWELS = (("a", "o"), ("a", "e"), ("u", "o"))
"""Vowels where the standards differ word by word (vald/vold, vidare/videre, bustad/bosted):
rewritten one occurrence at a time, and only trusted when Bokmål frequency confirms them."""


def reads_as_nynorsk(words: Iterable[str]) -> bool:
    """True when the question uses Nynorsk-only function words (two, or one in a short question)."""
    words = list(words)
    marked = sum(1 for word in words if word in NYNORSK_ONLY)
    return marked >= 2 or (marked == 1 and len(words) <= 6)


NYNORSK_ONLY = frozenset(
    word for word, bokmal in FUNCTION_WORDS.items()
    if word != bokmal and " " not in word and word not in {"ei", "me", "no", "ver", "sa", "er", "var", "andre", "han", "kom", "ta"}
)
"""Function words only Nynorsk uses: the mark of a Nynorsk question."""


def nynorsk_spellings(lemma: str) -> Iterator[str]:
    """Nynorsk spellings a Bokmål lemma may have, the lemma itself first (one or two rewrites).

    The build maps every Nynorsk dictionary form of such a spelling to the corpus word, so
    the rewrites run backwards from the corpus's few thousand lemmas, not over the whole
    Nynorsk dictionary.
    """
    seen = {lemma}
    yield lemma
    frontier = [lemma]
    for _ in range(2):
        found = []
        for word in frontier:
            for rewritten in _rewrites(word):
                if rewritten not in seen:
                    seen.add(rewritten)
                    found.append(rewritten)
                    yield rewritten
        frontier = found


def bokmal_spellings(word: str, vowels: tuple[tuple[str, str], ...] = ()) -> Iterator[str]:
    """Bokmål spellings a Nynorsk form may have (one or two rewrites), for judging how
    ordinary an unknown Nynorsk word is; `vowels` adds word-by-word vowel rewrites."""
    seen = {word}
    frontier = [word]
    for _ in range(2):
        found = []
        for current in frontier:
            for rewritten in _forward(current, vowels):
                if rewritten not in seen:
                    seen.add(rewritten)
                    found.append(rewritten)
                    yield rewritten
        frontier = found


@lru_cache(maxsize=65536)
def bokmal_form(word: str) -> str | None:
    """The common Bokmål word a Nynorsk form is a regular spelling of ("halde" -> "holde",
    "meiner" -> "mener"), or None.

    Only a form of the Nynorsk dictionary that is not itself a common Bokmål word ("mat"
    stays "mat"), and only a spelling that is a common Bokmål word: what decides is
    wordfreq's Bokmål frequency, never a list of words.
    """
    from index.general_words import COMMON_ZIPF, profile

    word = word.lower()
    found = profile(word)
    if not found.nynorsk_form or found.zipf_nb >= COMMON_ZIPF or not word.isalpha():
        return None
    common = [(profile(spelling).zipf_nb, spelling) for spelling in bokmal_spellings(word, VOWELS)]
    common = [pair for pair in common if pair[0] >= COMMON_ZIPF]
    return max(common, key=lambda pair: pair[0])[1] if common else None


def _forward(word: str, vowels: tuple[tuple[str, str], ...] = ()) -> Iterator[str]:
    for nynorsk, bokmal in SPELLING:
        if nynorsk in word:
            yield word.replace(nynorsk, bokmal)
    for nynorsk, bokmal in vowels:
        start = word.find(nynorsk)
        while start >= 0:
            yield word[:start] + bokmal + word[start + len(nynorsk):]
            start = word.find(nynorsk, start + 1)
    for nynorsk, bokmal in INFINITIVE:
        if word.endswith(nynorsk) and len(word) > len(nynorsk) + 2:
            yield word[: -len(nynorsk)] + bokmal


def _rewrites(word: str) -> Iterator[str]:
    for nynorsk, bokmal in SPELLING:
        if bokmal in word:
            yield word.replace(bokmal, nynorsk)
    for nynorsk, bokmal in INFINITIVE:
        if word.endswith(bokmal) and len(word) > len(bokmal) + 2:
            yield word[: -len(bokmal)] + nynorsk
