"""How ordinary is a word in Norwegian or English? Tells a named thing from a plain word.

A question about a drug, test or procedure the sources never mention ("ketamin",
"PEth", "tramadol") is the strongest sign that they do not cover it; an unknown but
ordinary word ("nettopp", "compare") is not. Two well-kept resources decide:
simplemma's nb and en dictionaries (is it a word form at all?) and wordfreq's
frequencies (how common is it?). Loading both costs over a second and 100 MB, so
what we need of them is stored once in the cache as sorted 64-bit hashes with a
Zipf frequency byte per language (13 MB behind a SHA-256, index/checked_file.py: a
damaged table would silently change which words count as ordinary). When the cache
cannot hold it, the table is kept in memory for the run.
"""

from __future__ import annotations

import hashlib
import math
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from index.checked_file import CorruptFile, read_checked, write_checked

VERSION = "7"
MAGIC = f"veileder-general-words {VERSION}"
NO_FREQUENCY = 0
"""Stored Zipf x10 for a dictionary form that wordfreq does not list."""
NYNORSK_ONLY = 1
NYNORSK_FORM = 2
"""Flag bits of the table's third row: only Nynorsk has the form; Nynorsk has it (too)."""
_FOLD = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ä": "a", "ö": "o", "é": "e"})


@dataclass(frozen=True)
class WordProfile:
    """What the general resources know of a word."""

    in_dictionary: bool
    """A form in simplemma's nb or en dictionary, or in wordfreq's lists."""
    zipf_nb: float
    """wordfreq Zipf frequency in Norwegian (0 if unlisted); 3 is once per million words."""
    zipf_en: float
    """The same in English."""
    nynorsk: bool = False
    """A form of simplemma's Nynorsk dictionary that its nb and en dictionaries lack ("mistenkjer")."""
    nynorsk_form: bool = False
    """A form of simplemma's Nynorsk dictionary, whether or not Bokmål has it too ("halde")."""

    @property
    def zipf(self) -> float:
        """The larger of the two frequencies."""
        return max(self.zipf_nb, self.zipf_en)


def _hash(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest(), "little")


def _fold(word: str) -> str:
    lowered = word.lower()
    # Most of the 2.5 million forms read at build are plain ASCII: translating them is a no-op.
    return lowered if lowered.isascii() else lowered.translate(_FOLD)


def _cache_file(directory: Path | None = None) -> Path:
    from index.store import cache_directory

    root = cache_directory(directory)
    tag = f"simplemma{_installed_version('simplemma')}-wordfreq{_installed_version('wordfreq')}"
    return root / f"general-words-v{VERSION}-{tag}.vgw"


@lru_cache(maxsize=None)
def _installed_version(name: str) -> str:
    """The installed version, from the name of its wheel's `.dist-info` folder where there is
    one: importing importlib.metadata would cost a cold answer some 20 ms."""
    for entry in sys.path:
        folder = Path(entry or ".")
        folders = sorted(folder.glob(f"{name}-*.dist-info")) if folder.is_dir() else []
        if folders:
            return folders[-1].name[len(name) + 1:-len(".dist-info")]
    from importlib.metadata import version

    return version(name)


LANGUAGES = ("nb", "en")


def _collect() -> dict[str, list[int]]:
    """Folded form -> Zipf x10 per language (NO_FREQUENCY where wordfreq does not list it)."""
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory
    from wordfreq import get_frequency_dict

    forms: dict[str, list[int]] = {}
    factory = DefaultDictionaryFactory()
    width = len(LANGUAGES) + 1
    for column, lang in enumerate(LANGUAGES):
        for key, value in factory.get_dictionary(lang).items():
            for word in (key, value):
                folded = _fold(str(word))
                if folded not in forms:
                    forms[folded] = [NO_FREQUENCY] * width
        for word, frequency in get_frequency_dict(lang, "best").items():
            folded = _fold(word)
            row = forms.get(folded)
            if row is None:
                row = forms[folded] = [NO_FREQUENCY] * width
            row[column] = max(row[column], round(10 * (math.log10(frequency) + 9)))
    for key, value in factory.get_dictionary("nn").items():
        for word in (key, value):
            folded = _fold(str(word))
            row = forms.get(folded)
            if row is None:
                forms[folded] = [NO_FREQUENCY] * len(LANGUAGES) + [NYNORSK_ONLY | NYNORSK_FORM]
            else:
                row[-1] |= NYNORSK_FORM
    return forms


def _arrays() -> dict[str, np.ndarray]:
    """Sorted hashes, and per hash its Zipf x10 in nb and en and its Nynorsk flags."""
    forms = _collect()
    hashes = np.fromiter((_hash(form) for form in forms), dtype=np.uint64, count=len(forms))
    values = np.array(list(forms.values()), dtype=np.uint8).T
    order = np.argsort(hashes, kind="stable")
    return {"hashes": hashes[order], "values": np.ascontiguousarray(values[:, order])}


def build_general_words(target: Path | None = None) -> dict[str, np.ndarray]:
    """Build the table and write it atomically to `target` (OSError if it cannot be written)."""
    target = target or _cache_file()
    arrays = _arrays()
    write_checked(target, MAGIC, {"version": VERSION}, arrays)
    for stale in target.parent.glob("general-words-v*"):
        if stale != target and not stale.name.endswith(".tmp"):
            stale.unlink(missing_ok=True)
    return arrays


def ensure_general_words(directory: Path | None = None) -> None:
    """Build the table beside the index if it is missing, so no question waits for it."""
    target = _cache_file(directory)
    if not target.exists():
        build_general_words(target)


@lru_cache(maxsize=1)
def _table() -> tuple[np.ndarray, np.ndarray]:
    try:
        path = _cache_file()
    except OSError:  # no home directory: nowhere to keep the table
        arrays = _arrays()
        return arrays["hashes"], arrays["values"]
    try:
        _document, arrays = read_checked(path, MAGIC)
    except (OSError, CorruptFile):
        try:
            arrays = build_general_words(path)
        except OSError:  # a read-only cache, or the path is taken by a folder: answer anyway
            arrays = _arrays()
    return arrays["hashes"], arrays["values"]


@lru_cache(maxsize=65536)
def profile(word: str) -> WordProfile:
    """What the general nb/en resources know of `word` (any case; æøå folded or not)."""
    hashes, values = _table()
    key = np.uint64(_hash(_fold(word)))
    position = int(np.searchsorted(hashes, key))
    if position < len(hashes) and hashes[position] == key:
        flags = int(values[2, position])
        if flags & NYNORSK_ONLY:
            return WordProfile(False, 0.0, 0.0, nynorsk=True, nynorsk_form=True)
        return WordProfile(True, int(values[0, position]) / 10, int(values[1, position]) / 10,
                           nynorsk_form=bool(flags & NYNORSK_FORM))
    return WordProfile(False, 0.0, 0.0)


def bokmal_profile(word: str) -> WordProfile:
    """The profile of a word, a Nynorsk form judged as its Bokmål spelling ("mistenkjer" as
    "mistenker", "halde" as "holde"): how ordinary it is does not depend on the written standard."""
    from index.nynorsk import bokmal_form, bokmal_spellings

    found = profile(word)
    if not found.nynorsk:
        form = bokmal_form(word)
        return profile(form) if form else found
    for spelling in bokmal_spellings(word):
        candidate = profile(spelling)
        if candidate.in_dictionary:
            return WordProfile(True, candidate.zipf_nb, candidate.zipf_en, nynorsk=True, nynorsk_form=True)
    return WordProfile(True, 0.0, 0.0, nynorsk=True, nynorsk_form=True)


COMMON_ZIPF = 3.0
"""At or above once per million words a word is common: a real word, not a typo to repair."""


def is_common_word(word: str) -> bool:
    """True for a common dictionary word ("vaksine", "parkere"), which typo repair must leave alone."""
    found = profile(word)
    return found.in_dictionary and found.zipf >= COMMON_ZIPF
