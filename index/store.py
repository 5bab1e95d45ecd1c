"""Persist the index in the user's cache directory; rebuild by itself when stale or corrupt.

The file is JSON and numpy arrays behind a SHA-256 (index/checked_file.py), never a
pickle: the cache directory may be writable by others, and a damaged file must be
detected, not half-read into different answers.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable
from pathlib import Path

import msgspec
import numpy as np

from corpus.models import Corpus
from index.analysis import Analyzer
from index.bm25 import BM25
from index.checked_file import CorruptFile, StaleFile, read_checked, write_checked
from index.engine import Index, build_index
from index.errors import SearchIndexError
from index.fingerprints import analyser_version, default_sources_key
from index.general_words import ensure_general_words
from index.lexicon import KEYWORDS_FILE, LEXICON_FILE, files_fingerprint
from index.models import IndexManifest
from index.state import from_state, to_state
from index.vocabulary import Vocabulary

INDEX_FILE = "index.vidx"
MAGIC = "veileder-index 4"
OLD_FILES = ("index.pkl",)
"""Earlier formats, removed when a new index is saved (never read)."""
CACHE_ENV = "VEILEDER_CACHE_DIR"
CORRUPT_NOTICE = "Søkeindeksen var skadet og er bygd på nytt."
NO_HOME_NOTICE = "Fant ingen hjemmemappe for søkeindeksen; svarer uten å lagre den (sett VEILEDER_CACHE_DIR)."
UNREADABLE_NOTICE = "Søkeindeksen i {folder} kunne ikke leses ({reason}) og er bygd på nytt."


def cache_directory(cache_dir: Path | str | None = None) -> Path:
    """The index directory: the argument, else $VEILEDER_CACHE_DIR, else the user cache dir."""
    if cache_dir:
        return Path(cache_dir)
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    from platformdirs import user_cache_dir

    # Without a home directory platformdirs raises (newer) or leaves "~" unexpanded (older).
    try:
        directory = Path(user_cache_dir("veileder"))
    except (RuntimeError, KeyError) as exc:
        raise OSError(f"no home directory for the cache: {exc}") from exc
    if not directory.is_absolute():
        raise OSError(f"no home directory for the cache ({directory})")
    return directory


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
    sources_key = default_sources_key() if corpus is None else ""
    try:
        path = cache_directory(cache_dir) / INDEX_FILE
    except OSError:
        index = _build(corpus, sources_key)
        _notify(on_notice, NO_HOME_NOTICE)
        return index
    problem = None
    if not rebuild:
        try:
            index = read_index(path)
            if _is_current(index, corpus, sources_key):
                index.path = path
                return index
        except (FileNotFoundError, StaleFile):
            pass
        except CorruptFile:
            problem = CORRUPT_NOTICE
        except OSError as exc:  # unreadable, a directory, a folder that is a file
            problem = UNREADABLE_NOTICE.format(folder=path.parent, reason=_reason(exc))
    # One notice at most: the save's failure, else what was wrong with the old file.
    return _build_and_save(path, corpus, sources_key, lambda failed: _notify(on_notice, failed or problem))


def save_index(index: Index, path: Path) -> None:
    """Write atomically and durably (index/checked_file.py); remove files of older formats."""
    terms, arrays = index.bm25.to_arrays()
    document = {
        "manifest": msgspec.to_builtins(index.manifest),
        "corpus": msgspec.to_builtins(index.corpus),
        "vocabulary": to_state(index.analyzer.vocab),
        "bm25": {"variant": index.bm25.variant, "size": index.bm25.size, "terms": terms},
        "unit_terms": index.unit_terms,
        "title_terms": [sorted(terms) for terms in index.title_terms],
        "keyword_terms": [sorted(terms) for terms in index.keyword_terms],
        "kinds": index.kinds.tolist(),
    }
    write_checked(path, MAGIC, document, arrays)
    for name in OLD_FILES:
        (path.parent / name).unlink(missing_ok=True)


def read_index(path: Path) -> Index:
    """The index stored at `path`; CorruptFile if damaged, OSError if unreadable."""
    # Parsing creates some 10^5 containers, none of them cyclic garbage: collections in
    # between would only slow the load down.
    collecting = gc.isenabled()
    gc.disable()
    try:
        document, arrays = read_checked(path, MAGIC)
        index = _index_from(document, arrays)
    except (ValueError, KeyError, TypeError) as exc:
        raise CorruptFile(f"{path}: {exc}") from exc
    finally:
        if collecting:
            gc.enable()
    sizes = {index.manifest.chunk_count, index.bm25.size, len(index.unit_terms), len(index.title_terms),
             len(index.keyword_terms), len(index.kinds)}
    if sizes != {len(index.chunks)}:
        raise CorruptFile(f"{path}: index parts disagree in size")
    return index


def _index_from(document: dict, arrays: dict[str, np.ndarray]) -> Index:
    bm25 = document["bm25"]
    return Index(
        corpus=msgspec.convert(document["corpus"], Corpus),
        manifest=msgspec.convert(document["manifest"], IndexManifest),
        analyzer=Analyzer(from_state(Vocabulary, document["vocabulary"])),
        bm25=BM25.from_arrays(bm25["variant"], int(bm25["size"]), bm25["terms"], arrays),
        unit_terms=document["unit_terms"],
        title_terms=[frozenset(terms) for terms in document["title_terms"]],
        keyword_terms=[frozenset(terms) for terms in document["keyword_terms"]],
        kinds=np.array(document["kinds"]),
    )


def _is_current(index: Index, corpus: Corpus | None, sources_key: str) -> bool:
    manifest = index.manifest
    if manifest.analyser_version != analyser_version():
        return False
    if manifest.lexicon_fingerprint != files_fingerprint([LEXICON_FILE, KEYWORDS_FILE]):
        return False
    if corpus is not None:
        return manifest.corpus_fingerprint == corpus.fingerprint
    return bool(manifest.sources_key) and manifest.sources_key == sources_key


def _build_and_save(path: Path, corpus: Corpus | None, sources_key: str, report: Callable) -> Index:
    """Build, then try to save; `report` gets the save failure's notice, or None if saved."""
    index = _build(corpus, sources_key)
    try:
        save_index(index, path)
        ensure_general_words(path.parent)
        index.path = path
    except OSError as exc:
        report(f"Søkeindeksen kunne ikke lagres i {path.parent} ({_reason(exc)}); svarer uten å lagre den.")
    else:
        report(None)
    return index


def _build(corpus: Corpus | None, sources_key: str) -> Index:
    if corpus is None:
        from corpus import load_corpus

        corpus = load_corpus()
    try:
        return build_index(corpus, sources_key=sources_key)
    except ImportError as exc:
        message = "Søkeindeksen kan ikke bygges: en nødvendig pakke mangler. Installer veileder på nytt."
        raise SearchIndexError(message, f"index build failed: {exc}") from exc


def _reason(exc: OSError) -> str:
    """The operating system's reason in a few words ("Permission denied")."""
    return exc.strerror or type(exc).__name__


def _notify(on_notice: Callable[[str], None] | None, message: str | None) -> None:
    if on_notice is not None and message:
        on_notice(message)
