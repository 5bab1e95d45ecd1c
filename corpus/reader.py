"""Read a source file into lines, refusing anything that is not the file the manifest names."""

from __future__ import annotations

import hashlib
from pathlib import Path

from corpus.errors import CorpusError


def read_source(path: Path, sha256: str | None = None, size: int | None = None) -> list[str]:
    """Return the file's lines without line endings.

    Raises CorpusError naming the file (and the line, for bad encoding) when the file
    is missing, empty, not UTF-8, or differs from the manifest's size or checksum.
    """
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise CorpusError(f"Kildefilen mangler: {path}", str(exc)) from exc
    except OSError as exc:
        raise CorpusError(f"Kan ikke lese kildefilen {path}: {exc.strerror}", str(exc)) from exc
    if not data.strip():
        raise CorpusError(f"Kildefilen er tom: {path}", f"{path}: 0 bytes of text")
    text = _decode(path, data)
    _check_integrity(path, data, sha256, size)
    return text.splitlines()


def _decode(path: Path, data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise CorpusError(
            f"Kildefilen {path} er ikke gyldig UTF-8 (linje {line}).", str(exc)
        ) from exc


def _check_integrity(path: Path, data: bytes, sha256: str | None, size: int | None) -> None:
    if size is not None and len(data) < size:
        raise CorpusError(
            f"Kildefilen {path} er avkortet: {len(data)} av {size} byte.",
            f"{path}: truncated",
        )
    if sha256 is not None and hashlib.sha256(data).hexdigest() != sha256:
        raise CorpusError(
            f"Kildefilen {path} er endret: sjekksummen stemmer ikke med corpus/sources.toml.",
            f"{path}: sha256 mismatch",
        )
