"""Small text helpers shared by the part parsers: whitespace repair, wrapped lines, sentences."""

from __future__ import annotations

import re

_URL_TAIL = re.compile(r"(https?://|www\.)\S*$")
_SENTENCE_END = re.compile(r"[.!?]['»”\")]*$")
_SENTENCE_GAP = re.compile(r"[.!?][»”\")]*(\s+)(?=[«”\"(A-ZÆØÅ0-9])")


def tidy(text: str) -> str:
    """Collapse runs of whitespace to single spaces and strip the ends."""
    return " ".join(text.split())


def join_wrapped(parts: list[str]) -> str:
    """Rejoin the lines of one wrapped sentence; a URL cut at the line end continues without a space."""
    joined = ""
    for part in (tidy(p) for p in parts):
        if not part:
            continue
        glue = "" if _continues_url(joined, part) else " "
        joined = f"{joined}{glue}{part}" if joined else part
    return joined


def _continues_url(joined: str, part: str) -> bool:
    # A wrapped web address: the first line ends inside the URL, the next has no spaces.
    return bool(_URL_TAIL.search(joined)) and " " not in part


def ends_sentence(text: str) -> bool:
    """True when the text ends with sentence-final punctuation (closing quotes allowed)."""
    return bool(_SENTENCE_END.search(text.rstrip()))


def sentences(text: str) -> list[str]:
    """Split tidy text into sentences at ". " followed by a capital, digit or quote."""
    pieces, start = [], 0
    for gap in _SENTENCE_GAP.finditer(text):
        pieces.append(text[start : gap.start(1)])
        start = gap.end(1)
    pieces.append(text[start:])
    return [piece for piece in pieces if piece]


def word_count(text: str) -> int:
    """Number of whitespace-separated words."""
    return len(text.split())


def slug(text: str) -> str:
    """A lowercase id fragment: letters (æøå kept) and digits joined by hyphens."""
    return re.sub(r"[^0-9a-zæøå]+", "-", text.casefold()).strip("-")
