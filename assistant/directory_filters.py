"""Filters and checks for the directory appendix (detox units, prison health services).

Pure functions over DirectoryEntry, for any front end: the town an address names, the kind
of unit, whether an entry passes a filter, and which of its fields look incomplete.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from corpus.models import DirectoryEntry

DETOX_UNIT = "Avrusningsenhet"
PRISON = "Helsetjeneste i fengsel"
PRISON_SECTION = "14.2"
"""The appendix's chapter of prison health services; 14.1 lists the detox units."""

_POSTCODE_TOWN = re.compile(r"\b\d{4}\s+([^\d,]+?)\.?\s*$")
_FOLDS = str.maketrans({"æ": "ae", "ø": "o", "å": "a"})
_WORD = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    """Lower case with æ/ø/å folded, so «Tromso» finds «Tromsø»."""
    return text.casefold().translate(_FOLDS)


def words(text: str) -> list[str]:
    """The folded whole words of a text ("sør-vest" is "sor" and "vest")."""
    return _WORD.findall(fold(text))


def town(entry: DirectoryEntry) -> str | None:
    """The town after the postcode at the end of the address ("7047 Trondheim" -> "Trondheim")."""
    match = _POSTCODE_TOWN.search(entry.address or "")
    return match.group(1).strip() if match else None


def unit_kind(entry: DirectoryEntry) -> str:
    """Detox unit or prison health service, by the appendix chapter the entry is listed in."""
    return PRISON if entry.section.startswith(PRISON_SECTION + ".") else DETOX_UNIT


def phone_digits(entry: DirectoryEntry) -> str:
    """The digits of the entry's phone number."""
    return re.sub(r"\D", "", entry.phone or "")


def problems(entry: DirectoryEntry) -> list[str]:
    """What looks incomplete in the entry as printed, in Norwegian (empty when nothing does).

    Norwegian numbers have 8 digits; 5-digit service numbers start with 0.
    """
    found = []
    digits = phone_digits(entry)
    if not digits:
        found.append("telefonnummer mangler")
    elif not (len(digits) == 8 or (len(digits) == 5 and digits.startswith("0"))):
        found.append(f"telefonnummeret har {len(digits)} sifre (norske nummer har 8)")
    if town(entry) is None:
        found.append("adressen mangler postnummer og sted")
    return found


@dataclass(frozen=True)
class DirectoryFilter:
    """What the user narrowed the directory to; empty fields let everything through."""

    region: str | None = None
    town: str = ""
    """Whole words that must all be words of the entry's town (not its street)."""
    kind: str | None = None
    outpatient_only: bool = False
    """Only units that offer outpatient detox (tilbyr poliklinisk avrusning)."""
    name: str = ""
    """Text that must occur in the entry's name."""

    def matches(self, entry: DirectoryEntry) -> bool:
        """Whether the entry passes every filter."""
        if self.region and entry.region != self.region:
            return False
        if self.kind and unit_kind(entry) != self.kind:
            return False
        if self.outpatient_only and entry.outpatient is not True:
            return False
        if self.town and not set(words(self.town)) <= set(words(town(entry) or "")):
            return False
        return " ".join(fold(self.name).split()) in " ".join(fold(entry.name).split())
