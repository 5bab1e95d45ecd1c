"""No network ever, and nothing on disk but the index cache unless history is turned on."""

from __future__ import annotations

import io
import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.cli import main

SESSION = "Når er poliklinisk avrusning aktuelt?\nog for opioider?\nhva betyr LAR?\navrusningsenhet i Bergen\n"
AUDIT_GUARD = """
import sys, runpy
INET = (2, 10)
def refuse(event, args):
    inet_socket = event == "socket.__new__" and args[1] in INET
    inet_connect = event == "socket.connect" and args[0].family in INET
    lookup = event in ("socket.getaddrinfo", "socket.gethostbyname", "urllib.Request")
    if inet_socket or inet_connect or lookup:
        sys.stderr.write(f"NETWORK {event} {args[1:]!r}\\n")
        raise SystemExit(99)
sys.addaudithook(refuse)
sys.argv = ["veileder", *sys.argv[1:]]
try:
    runpy.run_module("assistant", run_name="__main__")
finally:
    loaded = sorted({name.split(".")[0] for name in sys.modules} & {"spacy", "requests", "urllib3"})
    sys.stderr.write(f"LOADED {','.join(loaded)}\\n")
"""


def test_the_suites_guard_refuses_ip_connections():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        with pytest.raises(AssertionError, match="network"):
            sock.connect(("127.0.0.1", 9))
        with pytest.raises(AssertionError, match="network"):
            sock.connect_ex(("127.0.0.1", 9))
    with pytest.raises(AssertionError, match="network"):
        socket.getaddrinfo("localhost", 80)
    with pytest.raises(AssertionError, match="network"):
        socket.create_connection(("127.0.0.1", 9))


def test_a_whole_chat_session_runs_under_the_guard(capsys, monkeypatch, real_index):
    assert "_guarded_connect" in socket.socket.connect.__qualname__
    assert socket.getaddrinfo.__name__ == socket.create_connection.__name__ == "_refuse"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SESSION.encode())))
    assert main(["chat", "--json"]) == 0
    assert main(["ask", "abstinenser etter fylla", "--json"]) == 0
    out, _err = capsys.readouterr()
    assert len(out.splitlines()) == 5


@pytest.fixture
def sandbox(tmp_path, index_cache_dir, real_index) -> dict:
    """HOME, XDG dirs, TMPDIR and the working directory in tmp; a private copy of the cache."""
    home = tmp_path / "sandbox-home"
    cache = tmp_path / "cache"
    shutil.copytree(index_cache_dir, cache)
    for folder in (home, tmp_path / "tmp", tmp_path / "work"):
        folder.mkdir()
    env = {key: value for key, value in os.environ.items() if not key.startswith(("XDG_", "VEILEDER_"))}
    env |= {"HOME": str(home), "TMPDIR": str(tmp_path / "tmp"), "VEILEDER_CACHE_DIR": str(cache)}
    env |= {name: str(home / name.lower()) for name in ("XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME",
                                                        "XDG_STATE_HOME")}
    return {"env": env, "root": tmp_path, "cache": cache, "cwd": tmp_path / "work"}


def _files(root: Path) -> dict[Path, int]:
    return {path: path.stat().st_mtime_ns for path in root.rglob("*") if path.is_file()}


def _veileder(sandbox: dict, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    command = [sys.executable, "-c", AUDIT_GUARD, *args]
    return subprocess.run(command, input=stdin, capture_output=True, text=True, env=sandbox["env"],
                          cwd=sandbox["cwd"], timeout=120)


def test_ask_and_chat_open_no_socket_and_write_only_the_cache(sandbox):
    before = _files(sandbox["root"])
    asked = _veileder(sandbox, "ask", "Når bør det gis krampeprofylakse?", "--json")
    chatted = _veileder(sandbox, "chat", "--json", stdin=SESSION)
    for done in (asked, chatted):
        assert done.returncode == 0, done.stderr
        assert "NETWORK" not in done.stderr
    assert len(chatted.stdout.splitlines()) == 4
    assert "LOADED \n" in asked.stderr and "LOADED \n" in chatted.stderr, "an HTTP client or spaCy was imported"
    after = _files(sandbox["root"])
    changed = [path for path, stamp in after.items() if before.get(path) != stamp]
    outside = [path for path in changed if sandbox["cache"] not in path.parents]
    assert outside == [], f"written outside the cache: {outside}"


def test_a_first_run_builds_the_index_without_creating_an_inet_socket(sandbox):
    shutil.rmtree(sandbox["cache"])
    ask_env = sandbox["env"] | {"VEILEDER_CACHE_DIR": str(sandbox["root"] / "ask-cache")}
    chat_env = sandbox["env"] | {"VEILEDER_CACHE_DIR": str(sandbox["root"] / "chat-cache")}
    # Both first runs build an index; side by side, so the suite waits for one build.
    runs = [_start(ask_env, sandbox, "ask", "Når bør det gis krampeprofylakse?", "--json"),
            _start(chat_env, sandbox, "chat", "--json", stdin=SESSION)]
    (asked_out, asked_err), (chat_out, chat_err) = [run.communicate(timeout=120) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], asked_err + chat_err
    assert json.loads(asked_out)["hits"], "the freshly built index answers"
    assert len(chat_out.splitlines()) == 4
    for err in (asked_err, chat_err):
        assert "NETWORK" not in err
        assert "LOADED \n" in err, "the build imported an HTTP client or spaCy itself"


def _start(env: dict, sandbox: dict, *args: str, stdin: str = "") -> subprocess.Popen:
    typed = sandbox["root"] / f"stdin-{len(list(sandbox['root'].glob('stdin-*')))}.txt"
    typed.write_text(stdin, encoding="utf-8")
    with typed.open("rb") as source:
        return subprocess.Popen([sys.executable, "-c", AUDIT_GUARD, *args], stdin=source, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, env=env, cwd=sandbox["cwd"])


def test_history_file_is_private_when_turned_on(sandbox):
    data_home = Path(sandbox["env"]["XDG_DATA_HOME"])
    done = _veileder(sandbox, "ask", "abstinenser alkohol", "--json", "--history")
    assert done.returncode == 0, done.stderr
    files = [path for path in data_home.rglob("*") if path.is_file()]
    assert [path.name for path in files] == ["historikk.jsonl"]
    history = files[0]
    assert history.stat().st_mode & 0o777 == 0o600
    assert history.parent.stat().st_mode & 0o077 == 0, "the history folder is private too"
    assert json.loads(history.read_text(encoding="utf-8"))["question"] == "abstinenser alkohol"
    chat = _veileder(sandbox, "chat", "--json", "--history", stdin="hva betyr LAR?\n\n")
    assert chat.returncode == 0, chat.stderr
    assert len(history.read_text(encoding="utf-8").splitlines()) == 3
    assert history.stat().st_mode & 0o777 == 0o600
