"""Facets of a question: the substance, population and setting it names, from data."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from assistant.text import contains_term, fold, words

FACETS_FILE = Path(__file__).parent / "data" / "facets.toml"


@dataclass(frozen=True)
class Facet:
    """One value of a facet type, e.g. substance "opioider"."""

    kind: str
    """"substance", "population" or "setting"."""
    key: str
    label: str
    search: str
    """Words added to the search when a follow-up brings this facet in."""
    sections: tuple[str, ...]
    words: tuple[str, ...]
    together: tuple[str, ...] = ()
    """Words that, with two other facets of its kind named, mean this one ("samtidig")."""
    named_at: int = 0
    """This many other facets of its kind named mean this one (three substances: several)."""
    boost: float | None = None
    """The ranking boost when named, if not its kind's (a ward names where the patient is)."""

    def covers(self, section: str | None) -> bool:
        """True if `section` is one of this facet's sections or below one."""
        return bool(section) and any(section == s or section.startswith(s + ".") for s in self.sections)


@lru_cache(maxsize=1)
def all_facets() -> tuple[Facet, ...]:
    """Every facet of the data file, in file order."""
    data = tomllib.loads(FACETS_FILE.read_text(encoding="utf-8"))
    return tuple(
        Facet(kind, key, raw["label"], raw.get("search", key), tuple(raw.get("sections", ())),
              tuple(fold(word) for word in raw["words"]),
              tuple(fold(word) for word in raw.get("together", ())), int(raw.get("named_at", 0)),
              raw.get("boost"))
        for kind, entries in data.items()
        for key, raw in entries.items()
    )


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[Facet, re.Pattern], ...]:
    """One compiled pattern per facet, matching as contains_term does (a word that starts
    with one of its words, or one of its phrases): detection runs on every question."""
    def pattern(facet: Facet) -> re.Pattern:
        single = [re.escape(w) for w in facet.words if " " not in w]
        phrases = [re.escape(w) for w in facet.words if " " in w]
        parts = ([rf"(?<![a-z0-9])(?<![a-z0-9]-)(?:{'|'.join(single)})"] if single else []) + \
                ([rf"(?<![a-z0-9])(?:{'|'.join(phrases)})"] if phrases else [])
        return re.compile("|".join(parts) or r"(?!)")
    return tuple((facet, pattern(facet)) for facet in all_facets())


def detect(text: str) -> dict[str, list[Facet]]:
    """Facet kind -> the facets the text names, in data order."""
    folded = fold(text)
    tokens = words(text)
    found: dict[str, list[Facet]] = {}
    for facet, pattern in _patterns():
        if pattern.search(folded):
            found.setdefault(facet.kind, []).append(facet)
    for facet in implied(tokens, folded, found):
        found[facet.kind].append(facet)
    return found


def implied(tokens: list[str], folded: str, found: dict[str, list[Facet]]) -> list[Facet]:
    """Facets the text means without naming them: alcohol, benzodiazepines and opioids
    together are several substances."""
    result = []
    for facet in all_facets():
        named = found.get(facet.kind, [])
        if facet.named_at and facet not in named:
            together = any(contains_term(tokens, folded, word) for word in facet.together)
            if len(named) >= facet.named_at or (together and len(named) >= 2):
                result.append(facet)
    return result


def implied_search(text: str, found: dict[str, list[Facet]]) -> list[str]:
    """The search words of the facets `text` implies (`found` is its detect()), to search them as if named."""
    own = {facet for group in found.values() for facet in group}
    tokens, folded = words(text), fold(text)
    return [facet.search for facet in own
            if facet.named_at and not any(contains_term(tokens, folded, word) for word in facet.words)]


def facet_of_section(section: str | None, kind: str = "substance") -> Facet | None:
    """The facet of `kind` whose sections hold `section`, if any."""
    return next((f for f in all_facets() if f.kind == kind and f.covers(section)), None)


def facet_words(facets: dict[str, list[Facet]]) -> set[str]:
    """Every trigger word of the given facets, for removing them from a carried-over topic."""
    return {word for group in facets.values() for facet in group for word in facet.words}
