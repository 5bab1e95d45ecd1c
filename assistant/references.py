"""Recommendations that point to others ("Punktene under anbefaling 2 i 3.2.1 er til stede").

The referenced text is part of the answer: a clinician must not have to look it up.
"""

from __future__ import annotations

import re

from corpus.models import Chunk

from assistant.catalog import Catalog

_REFERENCE = re.compile(
    r"anbefaling(?:ene|en)?\s+(\d+)(?:\s*(?:og|,)\s*(\d+))?(?:\s+(?:i|under)\s+(?:kapittel\s+|avsnitt\s+|punkt\s+)?(\d{1,2}(?:\.\d{1,2}){0,3}))?",
    re.IGNORECASE,
)


def referenced(catalog: Catalog, chunk: Chunk) -> list[Chunk]:
    """The recommendations `chunk`'s text refers to, in the order it names them."""
    if chunk.kind != "recommendation":
        return []
    found: list[Chunk] = []
    for match in _REFERENCE.finditer(chunk.text):
        section = match.group(3) or chunk.section or ""
        for number in filter(None, (match.group(1), match.group(2))):
            target = catalog.recommendation(section, int(number))
            if target is not None and target.id != chunk.id and target not in found:
                found.append(target)
    return found
