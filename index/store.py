"""Persist the index in the user's cache directory; rebuild by itself when stale or corrupt."""

from __future__ import annotations

import os
import pickle
import tempfile
from collections.abc import Callable
from pathlib import Path

from corpus.models import Corpus
from index.engine import Index, build_index
from index.errors import SearchIndexError
from index.fingerprints import analyser_version, default_sources_key
from index.general_words import ensure_general_words
from index.lexicon import KEYWORDS_FILE, LEXICON_FILE, files_fingerprint

INDEX_FILE = "index.pkl"
CACHE_ENV = "VEILEDER_CACHE_DIR"
CORRUPT_NOTICE = "Søkeindeksen var skadet og er bygd på nytt."


class _Corrupt(Exception):
    """The file exists but is not a usable index."""


def cache_directory(cache_dir: Path | str | None = None) -> Path:
    """The index directory: the argument, else $VEILEDER_CACHE_DIR, else the user cache dir."""
    if cache_dir:
        return Path(cache_dir)
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("veileder"))


def load_index(
    corpus: Corpus | None = None,
    cache_dir: Path | str | None = None,
    *,
    rebuild: bool = False,
    on_notice: Callable[[str], None] | None = None,
) -> Index:
    """Load the persisted index, or build and save it when missing, stale or corrupt.

    Args:
        corpus: the corpus to index; None means the default sources (loaded only if a
            rebuild is needed).
        on_notice: called with a one-line Norwegian notice when a corrupt index was
            rebuilt or the index could not be saved.
    """
    path = cache_directory(cache_dir) / INDEX_FILE
    sources_key = default_sources_key() if corpus is None else ""
    if not rebuild:
        try:
            index = _read(path)
            if _is_current(index, corpus, sources_key):
                index.path = path
                return index
        except FileNotFoundError:
            pass
        except _Corrupt:
            _notify(on_notice, CORRUPT_NOTICE)
    return _build_and_save(path, corpus, sources_key, on_notice)


def save_index(index: Index, path: Path) -> None:
    """Write atomically: a temporary file in the same directory, then os.replace."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".index-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            pickle.dump(index, stream, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _read(path: Path) -> Index:
    with path.open("rb") as stream:
        try:
            index = pickle.load(stream)
        except Exception as exc:  # any unpickling failure means a damaged file
            raise _Corrupt(str(exc)) from exc
    if not isinstance(index, Index) or len(index.chunks) != index.manifest.chunk_count:
        raise _Corrupt(f"{path} does not hold a valid index")
    if index.bm25.size != len(index.chunks) or len(index.unit_terms) != len(index.chunks):
        raise _Corrupt(f"{path}: index parts disagree in size")
    return index


def _is_current(index: Index, corpus: Corpus | None, sources_key: str) -> bool:
    manifest = index.manifest
    if manifest.analyser_version != analyser_version():
        return False
    if manifest.lexicon_fingerprint != files_fingerprint([LEXICON_FILE, KEYWORDS_FILE]):
        return False
    if corpus is not None:
        return manifest.corpus_fingerprint == corpus.fingerprint
    return bool(manifest.sources_key) and manifest.sources_key == sources_key


def _build_and_save(path: Path, corpus: Corpus | None, sources_key: str, on_notice) -> Index:
    if corpus is None:
        from corpus import load_corpus

        corpus = load_corpus()
    try:
        index = build_index(corpus, sources_key=sources_key)
    except ImportError as exc:
        message = "Søkeindeksen kan ikke bygges: en nødvendig pakke mangler. Installer veileder på nytt."
        raise SearchIndexError(message, f"index build failed: {exc}") from exc
    try:
        save_index(index, path)
        ensure_general_words(path.parent)
        index.path = path
    except OSError as exc:
        _notify(on_notice, f"Søkeindeksen kunne ikke lagres i {path.parent} ({exc.strerror}).")
    return index


def _notify(on_notice: Callable[[str], None] | None, message: str) -> None:
    if on_notice is not None:
        on_notice(message)
