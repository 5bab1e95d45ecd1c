"""A damaged, missing or unwritable cache never gives a different answer or a traceback.

Bit flips in the stored index and word table, unreadable and misplaced files, a cache
that cannot be written, no HOME, builds killed part-way and builds racing each other.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from index.checked_file import CorruptFile, read_checked
from index.general_words import MAGIC as WORDS_MAGIC
from index.general_words import _cache_file
from index.store import CORRUPT_NOTICE, INDEX_FILE, load_index, read_index

ROOT = Path(__file__).resolve().parents[2]
QUESTIONS = ["Når bør det gis krampeprofylakse?", "abstinens etter heroin", "avrusningsenhet i Bergen",
             "tiamin ved Wernicke", "hva er CIWA-Ar?"]
QUESTION, SECTION = "Når bør det gis krampeprofylakse?", "8.4.3"
FLIPS = 60


def _answers(index) -> list[list[tuple[str, float]]]:
    return [[(hit.chunk.id, hit.score) for hit in index.search(q, top=5).hits] for q in QUESTIONS]


def _flipped(data: bytes, rng: random.Random) -> bytes:
    position = rng.randrange(len(data))
    return data[:position] + bytes([data[position] ^ (1 << rng.randrange(8))]) + data[position + 1:]


def test_every_bit_flip_in_the_index_is_detected_or_harmless(real_index, index_cache_dir, tmp_path):
    good = (index_cache_dir / INDEX_FILE).read_bytes()
    expected = _answers(real_index)
    rng = random.Random(20261206)
    outcome = {"detected": 0, "same answers": 0, "different answers": 0}
    damaged = tmp_path / INDEX_FILE
    for _ in range(FLIPS):
        damaged.write_bytes(_flipped(good, rng))
        try:
            index = read_index(damaged)
        except CorruptFile:
            outcome["detected"] += 1
            continue
        outcome["same answers" if _answers(index) == expected else "different answers"] += 1
    assert outcome["different answers"] == 0, outcome
    assert outcome["detected"] + outcome["same answers"] == FLIPS


def test_every_bit_flip_in_the_word_table_is_detected(real_index, index_cache_dir, tmp_path):
    good = _cache_file(index_cache_dir).read_bytes()
    rng = random.Random(7)
    damaged = tmp_path / "words.vgw"
    for _ in range(20):
        damaged.write_bytes(_flipped(good, rng))
        with pytest.raises(CorruptFile):
            read_checked(damaged, WORDS_MAGIC)


def test_a_flipped_index_is_rebuilt_and_answers_as_before(real_index, real_corpus, private_cache):
    path = private_cache / INDEX_FILE
    path.write_bytes(_flipped(path.read_bytes(), random.Random(3)))
    notices: list[str] = []
    index = load_index(real_corpus, private_cache, on_notice=notices.append)
    assert notices == [CORRUPT_NOTICE]
    assert _answers(index) == _answers(real_index)


@pytest.fixture
def private_cache(tmp_path, index_cache_dir, real_index) -> Path:
    """A copy of the session's built cache (index and word table)."""
    cache = tmp_path / "cache"
    shutil.copytree(index_cache_dir, cache)
    return cache


def _ask(env: dict, cwd: Path, question: str = QUESTION, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "assistant", "ask", question, "--json"], env=env, cwd=cwd,
                          capture_output=True, text=True, timeout=180, **kwargs)


def _env(tmp_path: Path, **changes: str | None) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VEILEDER_")}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env["HOME"] = str(tmp_path)
    for name, value in changes.items():
        env.pop(name, None) if value is None else env.__setitem__(name, value)
    return env


def _answered_rightly(done: subprocess.CompletedProcess) -> None:
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and "Intern feil" not in done.stderr, done.stderr
    assert len(done.stderr.splitlines()) <= 2, done.stderr
    assert json.loads(done.stdout)["hits"][0]["section"] == SECTION


@pytest.mark.parametrize("damage", ["index is a folder", "word table is a folder", "cache is a file"])
def test_misplaced_cache_files_answer_with_at_most_a_one_line_notice(private_cache, tmp_path, damage):
    cache = private_cache
    if damage == "index is a folder":
        (cache / INDEX_FILE).unlink()
        (cache / INDEX_FILE).mkdir()
    elif damage == "word table is a folder":
        _cache_file(cache).unlink()
        _cache_file(cache).mkdir()
    else:
        cache = tmp_path / "a-file"
        cache.write_text("not a folder")
    done = _ask(_env(tmp_path, VEILEDER_CACHE_DIR=str(cache)), tmp_path)
    _answered_rightly(done)
    if damage != "word table is a folder":
        assert str(cache) in done.stderr, "the notice says where"


def test_a_cache_that_cannot_be_written_still_answers(real_corpus, tmp_path, monkeypatch):
    import index.checked_file

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(index.checked_file.tempfile, "mkstemp", refuse)
    notices: list[str] = []
    index = load_index(real_corpus, tmp_path / "read-only", on_notice=notices.append)
    assert index.search(QUESTION).hits
    assert len(notices) == 1 and "kunne ikke lagres" in notices[0] and "Permission denied" in notices[0]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads and writes files whatever their mode")
@pytest.mark.parametrize("mode", ["unreadable index", "read-only cache"])
def test_file_modes_that_forbid_access_still_answer(private_cache, tmp_path, mode):
    target = private_cache / INDEX_FILE if mode == "unreadable index" else private_cache
    target.chmod(0o000 if mode == "unreadable index" else 0o555)
    try:
        if mode == "read-only cache":
            (private_cache / INDEX_FILE).write_bytes(b"junk")
        _answered_rightly(_ask(_env(tmp_path, VEILEDER_CACHE_DIR=str(private_cache)), tmp_path))
    finally:
        target.chmod(0o700)


def test_without_any_home_directory_it_answers_without_caching(real_corpus, monkeypatch):
    import platformdirs

    from index.store import NO_HOME_NOTICE

    monkeypatch.delenv("VEILEDER_CACHE_DIR")
    monkeypatch.setattr(platformdirs, "user_cache_dir", lambda name: f"~/.cache/{name}")  # "~" not expanded
    notices: list[str] = []
    index = load_index(real_corpus, on_notice=notices.append)
    assert notices == [NO_HOME_NOTICE]
    assert index.search(QUESTION).hits and index.path is None


def test_no_home_variable_still_answers(private_cache, tmp_path):
    env = _env(tmp_path, HOME=None, VEILEDER_CACHE_DIR=str(private_cache))
    _answered_rightly(_ask(env, tmp_path))


@pytest.fixture
def fresh_cache(tmp_path, index_cache_dir, real_index) -> Path:
    """A cache with the word table but no index: each first run builds only the index."""
    cache = tmp_path / "cache"
    cache.mkdir()
    shutil.copy2(_cache_file(index_cache_dir), _cache_file(cache))
    return cache


def test_builds_killed_part_way_leave_a_cache_that_answers_rightly(fresh_cache, tmp_path):
    env = _env(tmp_path, VEILEDER_CACHE_DIR=str(fresh_cache))
    rng = random.Random(11)
    for _ in range(2):
        build = subprocess.Popen([sys.executable, "-m", "assistant", "ask", QUESTION, "--json"], env=env,
                                 cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.5, 3.0))
        build.send_signal(signal.SIGKILL)
        build.wait()
    _answered_rightly(_ask(env, tmp_path))
    _answered_rightly(_ask(env, tmp_path))


def test_temporary_files_of_killed_writers_are_swept_on_the_next_save(real_index, tmp_path):
    from index.store import save_index

    old, young = tmp_path / f".{INDEX_FILE}-old.tmp", tmp_path / f".{INDEX_FILE}-young.tmp"
    for leftover in (old, young):
        leftover.write_bytes(b"half an index")
    os.utime(old, (time.time() - 3600, time.time() - 3600))
    save_index(real_index, tmp_path / INDEX_FILE)
    assert not old.exists(), "an hour-old leftover is removed"
    assert young.exists(), "a write that may still be running is left alone"


def test_concurrent_first_runs_all_answer_rightly(fresh_cache, tmp_path):
    env = _env(tmp_path, VEILEDER_CACHE_DIR=str(fresh_cache))
    runs = [subprocess.Popen([sys.executable, "-m", "assistant", "ask", QUESTION, "--json"], env=env, cwd=tmp_path,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    for run in runs:
        out, err = run.communicate(timeout=180)
        _answered_rightly(subprocess.CompletedProcess(run.args, run.returncode, out, err))
    notices: list[str] = []
    load_index(cache_dir=fresh_cache, on_notice=notices.append)
    assert notices == [], "the index both wrote is whole"
