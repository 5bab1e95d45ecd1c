"""The lexicon (what users type -> corpus words) and per-recommendation keywords, read from TOML."""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from index.errors import SearchIndexError

DATA_DIR = Path(__file__).parent / "data"
LEXICON_FILE = DATA_DIR / "lexicon.toml"
KEYWORDS_FILE = DATA_DIR / "keywords.toml"


@dataclass(frozen=True)
class LexiconEntry:
    """One canonical corpus term, the variants users type for it, and related words.

    A variant names the same thing as the term; a related word names something narrower
    or adjacent that the sources never discuss ("uføretrygd" for "nav"): it searches the
    term to find the nearest passage, but the question is not answered by it.
    """

    term: str
    variants: tuple[str, ...]
    expand: tuple[str, ...] = ()
    category: str = ""
    related: tuple[str, ...] = ()


@dataclass(frozen=True)
class Lexicon:
    """Lexicon entries plus keywords keyed by recommendation (section, list, rec)."""

    entries: tuple[LexiconEntry, ...] = ()
    keywords: dict[tuple[str, int, int], tuple[str, ...]] = field(default_factory=dict)
    fingerprint: str = "none"


def load_lexicon(lexicon_file: Path | None = None, keywords_file: Path | None = None) -> Lexicon:
    """Read both files (a missing file counts as empty); SearchIndexError if one is malformed."""
    lexicon_path = Path(lexicon_file or LEXICON_FILE)
    keywords_path = Path(keywords_file or KEYWORDS_FILE)
    lexicon_data, keywords_data = _read(lexicon_path), _read(keywords_path)
    return Lexicon(
        entries=tuple(_entry(raw, lexicon_path) for raw in lexicon_data.get("entry", [])),
        keywords=_keywords(keywords_data.get("rec", []), keywords_path),
        fingerprint=files_fingerprint([lexicon_path, keywords_path]),
    )


def files_fingerprint(paths: list[Path]) -> str:
    """sha256 over the bytes of the files that exist among `paths`."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode())
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _read(path: Path) -> dict:
    if not path.is_file():
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SearchIndexError(f"Ordlisten {path.name} kan ikke leses: {exc}", str(exc)) from exc


def _entry(raw: dict, path: Path) -> LexiconEntry:
    try:
        return LexiconEntry(
            term=str(raw["term"]),
            variants=tuple(str(v) for v in raw.get("variants", [])),
            expand=tuple(str(v) for v in raw.get("expand", [])),
            category=str(raw.get("category", "")),
            related=tuple(str(v) for v in raw.get("related", [])),
        )
    except KeyError as exc:
        message = f"En oppføring i {path.name} mangler feltet {exc}."
        raise SearchIndexError(message, f"{path}: entry without {exc}: {raw}") from exc


def _keywords(raws: list[dict], path: Path) -> dict[tuple[str, int, int], tuple[str, ...]]:
    keywords: dict[tuple[str, int, int], tuple[str, ...]] = {}
    for raw in raws:
        try:
            key = (str(raw["section"]), int(raw.get("list", 1)), int(raw["rec"]))
        except (KeyError, ValueError) as exc:
            message = f"En oppføring i {path.name} mangler seksjon eller anbefaling."
            raise SearchIndexError(message, f"{path}: bad rec entry {raw}") from exc
        keywords[key] = keywords.get(key, ()) + tuple(str(k) for k in raw.get("keywords", []))
    return keywords
