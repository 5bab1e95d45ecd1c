"""Cheap fingerprints that tell whether a persisted index is stale, without parsing anything."""

from __future__ import annotations

import hashlib
from pathlib import Path

from index.analysis import ANALYSER_VERSION

_INDEX_DIR = Path(__file__).parent


def analyser_version() -> str:
    """ANALYSER_VERSION plus a hash of the index code, so a forgotten version bump still rebuilds."""
    return f"{ANALYSER_VERSION}+{_hash_files(sorted(_INDEX_DIR.glob('*.py')))[:16]}"


def default_sources_key() -> str:
    """A hash of the default source files, their manifest and the corpus code (a few ms)."""
    import corpus

    corpus_dir = Path(corpus.__file__).parent
    files = sorted(corpus_dir.glob("*.py")) + sorted(corpus_dir.glob("*.toml"))
    return _hash_files(files + sorted((corpus_dir / "sources").glob("*.txt")))


def _hash_files(paths: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()
