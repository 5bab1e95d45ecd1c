"""Light text normalisation for the assistant's own matching (facets, intents, follow-ups)."""

from __future__ import annotations

import re
from functools import lru_cache

_FOLD = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ä": "a", "ö": "o", "é": "e"})
_WORDS = re.compile(r"[a-z0-9][a-z0-9\-]*")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lowercase and fold Norwegian letters, so "støtte" and "stotte" compare equal.

    Cached: section titles and question words are folded again for every candidate.
    """
    return text.lower().translate(_FOLD)


def words(text: str) -> list[str]:
    """Folded word tokens (letters, digits, inner hyphens)."""
    return [word.strip("-") for word in _WORDS.findall(fold(text)) if word.strip("-")]


def contains_term(folded_words: list[str], folded_text: str, term: str) -> bool:
    """True if `term` (folded) starts a word of the text, or occurs as a phrase when it has spaces."""
    if " " in term:
        return re.search(r"(?<![a-z0-9])" + re.escape(term), folded_text) is not None
    return any(word.startswith(term) for word in folded_words)
