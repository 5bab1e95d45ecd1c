"""Is a compound the sources never use made of parts they use together?

"hjertesykdom" is new to the guideline, but "hjerte- og karsykdom" puts its parts side
by side: the compound means what its parts say. "hjertestarter" and "egenandel" are
everyday words whose parts ("hjerte", "starte"; "egen", "andel") never meet in the
sources: searching the parts finds text about something else.
"""

from __future__ import annotations

import numpy as np

from index.general_words import profile

WINDOW = 3
"""Parts at most this many terms apart count as standing together."""
LEXICALISED_ZIPF = 1.0
"""A compound in ordinary use (wordfreq lists it); ad hoc joins ("benzonedtrapping") are
unlisted and mean their parts."""


def unfamiliar_compounds(index, splits: dict[str, list[str]]) -> list[str]:
    """The query's everyday compounds (not in the sources) whose parts never meet in a unit."""
    vocab = index.analyzer.vocab
    found = []
    for word, parts in splits.items():
        if word in vocab.terms or profile(word).zipf_nb < LEXICALISED_ZIPF:
            continue
        terms = [vocab.terms[part][0] for part in parts if part in vocab.terms]
        if len(terms) == 2 and not _together(index, *terms):
            found.append(word)
    return found


def _together(index, first: str, second: str) -> bool:
    postings = index.bm25.postings
    if first not in postings or second not in postings:
        return False
    for unit in np.intersect1d(postings[first][0], postings[second][0]):
        terms = index.unit_terms[int(unit)]
        at_first = [i for i, term in enumerate(terms) if term == first]
        at_second = [i for i, term in enumerate(terms) if term == second]
        if any(abs(i - j) <= WINDOW for i in at_first for j in at_second):
            return True
    return False
