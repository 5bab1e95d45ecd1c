"""Input hygiene: what the user typed -> a searchable question, or why it is not one."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

MAX_CHARS = 500
"""Longer input keeps only its end: a question is a few lines, BM25 over a pasted page is noise,
and in a pasted case note the question usually comes last."""
NOTE_WORDS = 6
"""How many of the kept words the long-question note quotes, so the user sees where the search began."""

ONLY_SMALL_WORDS = (
    "Spørsmålet har bare småord (som «og», «i», «på») og ingenting å søke på. "
    "Skriv hva du lurer på, for eksempel «abstinenser ved alkohol»."
)
_WORD = re.compile(r"[^\W_]{2,}|\d", re.UNICODE)


@dataclass(frozen=True)
class CleanQuestion:
    """The question as searched, and a Norwegian note about what cleaning did (or None)."""

    text: str
    problem: str | None
    note: str | None = None


def clean(raw: str) -> CleanQuestion:
    """Strip control characters and junk, cap the length; `problem` says why nothing is left."""
    text = _printable(raw)
    text = " ".join(text.split())
    if not text:
        return CleanQuestion("", "Spørsmålet er tomt. Skriv et spørsmål, for eksempel «Når er poliklinisk avrusning aktuelt?»")
    if not _WORD.search(text):
        return CleanQuestion("", "Fant ingen ord å søke på. Skriv spørsmålet med ord, for eksempel «abstinenser alkohol».")
    if _looks_binary(raw):
        return CleanQuestion("", "Teksten ser ut som binære data, ikke et spørsmål.")
    if len(text) > MAX_CHARS:
        kept = _tail(text)
        start = " ".join(kept.split()[:NOTE_WORDS])
        note = (f"Spørsmålet var langt ({len(text)} tegn); bare de siste {len(kept)} tegnene ble brukt, "
                f"fra «{start} …».")
        return CleanQuestion(kept, None, note)
    return CleanQuestion(text, None)


def _tail(text: str) -> str:
    """The last MAX_CHARS characters of the text, starting at a whole word."""
    tail = text[-MAX_CHARS:]
    if text[-MAX_CHARS - 1] != " ":
        tail = tail.split(" ", 1)[-1]
    return tail.strip()


_SURROGATES = re.compile("[\ud800-\udfff]")


def safe_text(raw: str) -> str:
    """The raw question with lone surrogates (undecodable bytes from a terminal) made U+FFFD,
    so it can be echoed back and serialised as JSON."""
    return _SURROGATES.sub("\ufffd", raw)


def _printable(raw: str) -> str:
    """Drop control, format, private-use and unassigned code points; keep letters, marks, symbols."""
    return "".join(
        " " if ch in "\t\n\r" else ch
        for ch in raw
        if ch in "\t\n\r" or unicodedata.category(ch)[0] not in "C"
    )


def _looks_binary(raw: str) -> bool:
    """Many replacement or control characters mean the input was not text."""
    if not raw:
        return False
    junk = sum(1 for ch in raw if ch == "\ufffd" or (unicodedata.category(ch) == "Cc" and ch not in "\t\n\r"))
    return junk / len(raw) > 0.2
