"""Broken source files and a broken index: a clear message naming the file, never half a corpus.

The CLI has no option or environment variable for another sources directory, so the
CLI cases point `corpus.loader.DEFAULT_SOURCES` at a broken copy of the sources.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import corpus.loader
from assistant.cli import main
from corpus import CorpusError, load_corpus
from index import load_index
from index.store import INDEX_FILE

CORPUS_DIR = Path(corpus.loader.__file__).parent
VICTIM = "000_a97184bb85725ea9.txt"
"""The article: small, and not the guideline, so a broken one must still stop everything."""


@pytest.fixture
def sources(tmp_path) -> tuple[Path, Path]:
    """A private copy of corpus/sources and corpus/sources.toml to break."""
    folder = tmp_path / "sources"
    shutil.copytree(CORPUS_DIR / "sources", folder)
    manifest = tmp_path / "sources.toml"
    shutil.copy(CORPUS_DIR / "sources.toml", manifest)
    return folder, manifest


def _break(folder: Path, how: str) -> str:
    """Damage the victim file; returns a word the error message must contain."""
    path = folder / VICTIM
    data = path.read_bytes()
    if how == "missing":
        path.unlink()
        return "mangler"
    if how == "empty":
        path.write_bytes(b"")
        return "tom"
    if how == "whitespace only":
        path.write_bytes(b"\n  \n\t\n")
        return "tom"
    if how == "truncated":
        lines = data.split(b"\n")
        path.write_bytes(b"\n".join(lines[: len(lines) // 2]) + b"\n")
        return "avkortet"
    raise ValueError(how)


def test_the_untouched_copy_loads(sources):
    folder, manifest = sources
    assert len(load_corpus(sources_dir=folder, manifest=manifest).sources) == 5


@pytest.mark.parametrize("how", ["missing", "empty", "whitespace only", "truncated"])
def test_a_broken_source_stops_loading_and_names_the_file(sources, how):
    folder, manifest = sources
    word = _break(folder, how)
    with pytest.raises(CorpusError) as raised:
        load_corpus(sources_dir=folder, manifest=manifest)
    assert VICTIM in raised.value.user_message
    assert word in raised.value.user_message


def test_non_utf8_names_the_file_and_the_line(sources):
    folder, manifest = sources
    path = folder / VICTIM
    lines = path.read_bytes().split(b"\n")
    lines[11] = lines[11] + b" \xff\xfe caf\xe9"  # Latin-1 bytes on line 12
    path.write_bytes(b"\n".join(lines))
    with pytest.raises(CorpusError) as raised:
        load_corpus(sources_dir=folder, manifest=manifest)
    message = raised.value.user_message
    assert VICTIM in message and "UTF-8" in message and "linje 12" in message


def test_an_altered_source_is_refused(sources):
    folder, manifest = sources
    path = folder / VICTIM
    path.write_bytes(path.read_bytes().replace(b"meditasjon", b"medisinering", 1))
    with pytest.raises(CorpusError) as raised:
        load_corpus(sources_dir=folder, manifest=manifest)
    assert VICTIM in raised.value.user_message


def test_a_missing_manifest_is_named(sources):
    folder, manifest = sources
    manifest.unlink()
    with pytest.raises(CorpusError) as raised:
        load_corpus(sources_dir=folder, manifest=manifest)
    assert "sources.toml" in raised.value.user_message


@pytest.mark.parametrize("how", ["missing", "empty", "truncated"])
def test_cli_exits_1_with_one_line_naming_the_file(sources, how, capsys, monkeypatch):
    folder, _manifest = sources
    _break(folder, how)
    monkeypatch.setattr(corpus.loader, "DEFAULT_SOURCES", folder)
    status = main(["corpus", "stats"])
    out, err = capsys.readouterr()
    assert status == 1
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("veileder: ")
    assert VICTIM in err and "Traceback" not in err


def test_cli_non_utf8_source_names_file_and_line(sources, capsys, monkeypatch):
    folder, _manifest = sources
    path = folder / VICTIM
    path.write_bytes(path.read_bytes().replace(b"\n", b"\n\x81", 1))
    monkeypatch.setattr(corpus.loader, "DEFAULT_SOURCES", folder)
    status = main(["corpus", "recs", "--json"])
    out, err = capsys.readouterr()
    assert (status, out) == (1, "")
    assert VICTIM in err and "linje 2" in err


@pytest.fixture
def private_cache(tmp_path, real_index, index_cache_dir, monkeypatch) -> Path:
    """A cache dir of its own holding a copy of the session's cache (index and word table)."""
    cache = tmp_path / "cache"
    shutil.copytree(index_cache_dir, cache)
    monkeypatch.setenv("VEILEDER_CACHE_DIR", str(cache))
    return cache


@pytest.mark.parametrize("damage", ["garbage", "half", "empty"])
def test_a_corrupt_index_is_rebuilt_with_one_notice(private_cache, real_corpus, damage):
    path = private_cache / INDEX_FILE
    good = path.read_bytes()
    path.write_bytes({"garbage": b"\x80\x04 not an index at all" * 50, "half": good[: len(good) // 2],
                      "empty": b""}[damage])
    notices: list[str] = []
    index = load_index(real_corpus, cache_dir=private_cache, on_notice=notices.append)
    assert len(notices) == 1 and "\n" not in notices[0]
    assert "bygd på nytt" in notices[0]
    assert index.search("krampeprofylakse").hits
    again: list[str] = []
    load_index(real_corpus, cache_dir=private_cache, on_notice=again.append)
    assert again == [], "the rebuilt index was saved and is good"


def test_cli_ask_answers_over_a_corrupt_index(private_cache, capsys):
    (private_cache / INDEX_FILE).write_bytes(b"this is not an index\n" * 100)
    status = main(["ask", "Når bør det gis krampeprofylakse?", "--json"])
    out, err = capsys.readouterr()
    assert status == 0
    answer = json.loads(out)
    assert answer["hits"][0]["section"] == "8.4.3"
    assert err.count("\n") == 1 and "bygd på nytt" in err
    assert "Traceback" not in err
