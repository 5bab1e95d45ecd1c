"""Read corpus/sources.toml: which files make the corpus and what they are."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from corpus.errors import CorpusError
from corpus.models import Source


@dataclass(frozen=True)
class ManifestEntry:
    """A source and the checksum its file must have."""

    source: Source
    sha256: str | None
    size: int | None


def read_manifest(path: Path) -> list[ManifestEntry]:
    """Parse the manifest, in authority order; CorpusError names the file when it is unusable."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        entries = [_entry(raw) for raw in data["source"]]
    except FileNotFoundError as exc:
        raise CorpusError(f"Fant ikke kildelisten {path}.", str(exc)) from exc
    except (tomllib.TOMLDecodeError, KeyError, TypeError, ValueError, UnicodeDecodeError) as exc:
        raise CorpusError(f"Kildelisten {path} er ødelagt: {exc}", repr(exc)) from exc
    return sorted(entries, key=lambda entry: entry.source.authority)


def _entry(raw: dict) -> ManifestEntry:
    fields = {key: value for key, value in raw.items() if key not in ("sha256", "bytes")}
    return ManifestEntry(Source(**fields), raw.get("sha256"), raw.get("bytes"))
