"""Character-level normalisation shared by the corpus side and the query side."""

from __future__ import annotations

import re

_FOLD = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ä": "a", "ö": "o", "é": "e", "è": "e", "ü": "u"})
_NORWEGIAN_LETTERS = frozenset("æøå")
# Control characters (except tab/newline) and lone surrogates break nothing in regex,
# but a query of binary junk should not reach the tokenizer as word characters.
_JUNK = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
MAX_QUERY_CHARS = 2000
"""Queries are cut here: no real question is longer, and scoring cost grows with length."""


def fold(word: str) -> str:
    """Map æ/ø/å (and a few foreign accents) to ASCII so "stottepersoner" meets "støttepersoner"."""
    return word.translate(_FOLD)


def has_norwegian_letters(word: str) -> bool:
    """True if the word is written with æ, ø or å (so folding changes it)."""
    return not _NORWEGIAN_LETTERS.isdisjoint(word)


def clean_query(text: str) -> str:
    """Strip control characters and cut an overlong query; never raises on any str."""
    return _JUNK.sub(" ", text[:MAX_QUERY_CHARS])


_SENTENCE_END = re.compile(r"[.!?:;]\s*$")


def capitalised_inside_sentences(text: str) -> set[str]:
    """Folded words written with a capital inside a sentence ("... i Synergi", "... Marevan"):
    a name of a product, place or body. A sentence's first word tells nothing."""
    found: set[str] = set()
    tokens = text.split()
    for position, token in enumerate(tokens):
        word = token.strip("?!.,:;()«»\"'")
        if position == 0 or _SENTENCE_END.search(tokens[position - 1]) or not word[:1].isupper():
            continue
        if word[1:].islower() and word.isalpha():
            found.add(fold(word.lower()))
    return found
