"""Guarded typo repair against the corpus vocabulary (rapidfuzz edit distance)."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence

MIN_LENGTH = 6
"""Shorter words are too easily repaired into a different word."""
MAX_DISTANCE = 2
INFLECTION_TAIL = 3
"""Letters at the end in which two words of one stem may differ ("medisineres", "medisiner")."""


def repair_typo(word: str, candidates: Mapping[str, Sequence[str]]) -> str | None:
    """Return the nearest candidate within MAX_DISTANCE edits (a swap counts one) with the same first letter.

    `candidates` maps a first letter to words ordered by corpus frequency, so the more
    common word wins a tie. Only alphabetic words of MIN_LENGTH+ letters are repaired
    (the first-letter rule keeps "vitale" from becoming "totale").
    """
    if len(word) < MIN_LENGTH or not word.isalpha():
        return None
    pool = candidates.get(word[0], ())
    if not pool:
        return None
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    # OSA counts a swap of two neighbours as one edit ("abstinnes" -> "abstinens").
    match = process.extractOne(word, pool, scorer=OSA.distance, score_cutoff=MAX_DISTANCE)
    return match[0] if match else None


def same_stem(word: str, other: str) -> bool:
    """True when the two words differ only in their last few letters: an inflection of one word."""
    stem = os.path.commonprefix([word, other])
    return len(stem) >= 4 and max(len(word), len(other)) - len(stem) <= INFLECTION_TAIL
