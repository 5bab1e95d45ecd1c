"""Guarded compound splitting: "alkoholavhengige" -> "alkohol" + "avhengige"."""

from __future__ import annotations

from collections.abc import Container

MIN_PART = 4
"""Both parts must have at least this many letters (else "overdose" -> "over" + "dose")."""
_LINKS = ("s", "e")


def split_compound(word: str, known: Container[str]) -> tuple[str, str] | None:
    """Split `word` into two known words of >= MIN_PART letters, allowing a linking s/e.

    The caller decides whether the word may be split at all (only words the
    lemmatiser does not know). Among several splits the most balanced one wins.
    """
    best: tuple[str, str] | None = None
    for cut in range(MIN_PART, len(word) - MIN_PART + 1):
        left, right = word[:cut], word[cut:]
        if right not in known:
            continue
        head = _known_left(left, known)
        if head and (best is None or min(len(head), len(right)) > min(map(len, best))):
            best = (head, right)
    return best


def _known_left(left: str, known: Container[str]) -> str | None:
    if left in known:
        return left
    if left[-1] in _LINKS and len(left) > MIN_PART and left[:-1] in known:
        return left[:-1]
    return None
