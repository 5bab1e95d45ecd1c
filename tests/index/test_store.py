"""The persisted index: reused when current, rebuilt when stale or corrupt, written atomically."""

from __future__ import annotations

import multiprocessing
import os
import pickle

import pytest
from conftest import CHUNKS, make_corpus

from index.store import CORRUPT_NOTICE, INDEX_FILE, load_index

NEW_ROW = ("003:5.1:r1", "recommendation", "003", "5.1", 1,
           "Pasienten bør tilbys akupunktur mot uro.", "5.1 Tiltak\n5 Behandling")


@pytest.fixture(scope="module")
def corpus():
    return make_corpus()


@pytest.fixture(autouse=True)
def no_word_table_per_folder(monkeypatch):
    """These tests are about the index file; building the 13 MB word table into every
    tmp folder would cost six seconds each (tests/index/test_store_faults.py covers it)."""
    monkeypatch.setattr("index.store.ensure_general_words", lambda folder: None)


def test_a_current_index_is_loaded_not_rebuilt(tmp_path, corpus):
    first = load_index(corpus, tmp_path)
    second = load_index(corpus, tmp_path)
    assert second.manifest.built_at == first.manifest.built_at
    assert second.manifest.chunk_count == len(corpus.chunks)
    assert second.search("fengsel").hits[0].chunk.id == "003:3.4:r3"


def test_the_index_knows_the_file_it_lives_in(tmp_path, corpus):
    # `veileder index build` and `index info` print this path.
    assert load_index(corpus, tmp_path).path == tmp_path / INDEX_FILE
    assert load_index(corpus, tmp_path).path == tmp_path / INDEX_FILE


def test_a_changed_corpus_rebuilds(tmp_path, corpus):
    load_index(corpus, tmp_path)
    changed = make_corpus([*CHUNKS, NEW_ROW], fingerprint="tiny-2")
    index = load_index(changed, tmp_path)
    assert index.manifest.corpus_fingerprint == "tiny-2"
    assert index.search("akupunktur").hits[0].chunk.id == "003:5.1:r1"


@pytest.mark.parametrize("damage", [b"not an index", b"", "truncate"], ids=["garbage", "empty", "truncated"])
def test_a_corrupt_index_is_rebuilt_with_one_notice(tmp_path, corpus, damage):
    load_index(corpus, tmp_path)
    path = tmp_path / INDEX_FILE
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2] if damage == "truncate" else damage)
    notices: list[str] = []
    index = load_index(corpus, tmp_path, on_notice=notices.append)
    assert notices == [CORRUPT_NOTICE]
    assert index.search("fengsel").hits[0].chunk.id == "003:3.4:r3"
    load_index(corpus, tmp_path, on_notice=notices.append)
    assert notices == [CORRUPT_NOTICE]


class _Planted:
    """Unpickling this runs os.mkdir: what a hostile pickle in a shared cache could do."""

    def __init__(self, target: str) -> None:
        self.target = target

    def __reduce__(self):
        return (os.mkdir, (self.target,))


def test_a_pickle_in_the_cache_is_never_unpickled(tmp_path, corpus):
    planted = tmp_path / "ran"
    for name in (INDEX_FILE, "index.pkl"):
        (tmp_path / name).write_bytes(pickle.dumps(_Planted(str(planted))))
    notices: list[str] = []
    index = load_index(corpus, tmp_path, on_notice=notices.append)
    assert not planted.exists()
    assert notices == [CORRUPT_NOTICE]
    assert index.search("fengsel").hits[0].chunk.id == "003:3.4:r3"
    assert not (tmp_path / "index.pkl").exists(), "the old format's file is removed"


def test_an_index_of_an_older_format_is_rebuilt_without_a_notice(tmp_path, corpus):
    first = load_index(corpus, tmp_path)
    path = tmp_path / INDEX_FILE
    path.write_bytes(path.read_bytes().replace(b"veileder-index ", b"veileder-index 0", 1))
    notices: list[str] = []
    index = load_index(corpus, tmp_path, on_notice=notices.append)
    assert notices == []
    assert index.manifest.built_at >= first.manifest.built_at
    assert index.search("fengsel").hits[0].chunk.id == "003:3.4:r3"


def test_rebuild_true_builds_anew(tmp_path, corpus):
    first = load_index(corpus, tmp_path)
    (tmp_path / INDEX_FILE).write_bytes(b"junk")
    assert load_index(corpus, tmp_path, rebuild=True).manifest.chunk_count == first.manifest.chunk_count
    assert load_index(corpus, tmp_path).manifest.chunk_count == len(corpus.chunks)


def test_the_env_variable_chooses_the_cache_dir(tmp_path, corpus, monkeypatch):
    monkeypatch.setenv("VEILEDER_CACHE_DIR", str(tmp_path / "env"))
    load_index(corpus)
    assert (tmp_path / "env" / INDEX_FILE).is_file()


def _build_in_child(corpus, cache_dir, results) -> None:
    index = load_index(corpus, cache_dir)
    results.put(index.search("fengsel").hits[0].chunk.id)


def test_two_processes_building_at_once_both_succeed(tmp_path, corpus):
    context = multiprocessing.get_context("fork")
    results = context.Queue()
    children = [context.Process(target=_build_in_child, args=(corpus, tmp_path, results)) for _ in range(2)]
    for child in children:
        child.start()
    for child in children:
        child.join(timeout=120)
    assert [child.exitcode for child in children] == [0, 0]
    assert [results.get(timeout=5) for _ in children] == ["003:3.4:r3"] * 2
    notices: list[str] = []
    assert load_index(corpus, tmp_path, on_notice=notices.append).chunks == corpus.chunks
    assert notices == []
    assert list(tmp_path.glob(f".{INDEX_FILE}-*")) == []
