"""Word families: the guideline's noun for the verb a question uses, and back.

Staff ask with the verb where the guideline has the noun ("vurderes" / "vurdering",
"legges inn" / "innleggelse"); the lemmatiser keeps them apart. One regular Norwegian
suffix away is close enough to search at a lower weight, and close enough that a word
whose relative the sources use is not foreign to them.
"""

from __future__ import annotations

from collections.abc import Mapping

from index.textnorm import fold

# (noun ending, verb ending): "vurdering"/"vurdere", "avrusning"/"avruse", "innleggelse"/
# "innlegge", "observasjon"/"observere", "avhengighet"/"avhengig", passive "spørres"/"spørre".
_DERIVATIONS = (("ning", "e"), ("ing", "e"), ("else", "e"), ("sjon", "ere"), ("het", ""), ("es", "e"))
_MIN_STEM = 3
_INFLECTION_ENDINGS = ("ene", "en", "et", "er", "a")
PARTICLES = frozenset({"inn", "ned", "opp", "ut", "av", "over", "til", "på", "pa", "fra", "med", "om", "mot", "bort"})
"""Particles of Norwegian phrasal verbs, which the guideline writes as a prefix ("trappe ned" -> "nedtrapping")."""


def relatives(key: str, terms: Mapping[str, tuple[str, ...]]) -> set[str]:
    """Index terms one regular derivation from `key` ("vurderes" -> "vurdere", "vurdering"),
    also through a definite or plural ending ("drikkingen" -> "drikking" -> "drikke")."""
    bases = {key} | {key[: -len(end)] for end in _INFLECTION_ENDINGS if key.endswith(end)}
    derived = set()
    for form in bases:
        for noun_end, verb_end in _DERIVATIONS:
            if form.endswith(noun_end) and len(form) - len(noun_end) >= _MIN_STEM:
                derived.add(form[: -len(noun_end)] + verb_end)
            if form.endswith(verb_end) and len(form) - len(verb_end) >= _MIN_STEM:
                derived.add(form[: len(form) - len(verb_end)] + noun_end)
    own = terms.get(key, (key,))[0]
    return {terms[form][0] for form in derived - {key} if form in terms} - {own}


def family_terms(words: list[str], content: list[str | None], terms: Mapping[str, tuple[str, ...]]) -> set[str]:
    """The relatives of a question's content words (`content[i]` is None for a stop word),
    a phrasal verb joined first ("legges inn" -> "innlegge", "innleggelse")."""
    found: set[str] = set()
    for position, word in enumerate(content):
        if word is None:
            continue
        key = fold(word)
        forms = {key, terms.get(key, (key,))[0]}
        if key.endswith("es"):
            forms.add(key[:-1])  # the passive's infinitive: "legges" -> "legge"
        following = fold(words[position + 1]) if position + 1 < len(words) else ""
        if following in PARTICLES:
            forms |= {following + form for form in forms}
        for form in forms:
            found |= relatives(form, terms)
    return found
