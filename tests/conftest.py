"""Suite-wide fixtures: an isolated home, no network, and one real assistant per session."""

from __future__ import annotations

import socket

import pytest


class NetworkUsed(AssertionError):
    """Raised when code under test tries to reach the network."""


def _refuse(*args, **kwargs):
    raise NetworkUsed("veileder must never open a network connection")


def _guarded_connect(original):
    def connect(self, address, *args, **kwargs):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            _refuse()
        return original(self, address, *args, **kwargs)

    return connect


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Any IP connection or name look-up fails the test (Unix sockets stay: asyncio needs them)."""
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect(socket.socket.connect))
    monkeypatch.setattr(socket.socket, "connect_ex", _guarded_connect(socket.socket.connect_ex))
    monkeypatch.setattr(socket, "getaddrinfo", _refuse)
    monkeypatch.setattr(socket, "create_connection", _refuse)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path, monkeypatch, index_cache_dir):
    """HOME and XDG dirs in tmp_path; the index cache shared by the session; no colour overrides."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for name in ("XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))
    monkeypatch.setenv("VEILEDER_CACHE_DIR", str(index_cache_dir))
    monkeypatch.delenv("VEILEDER_HISTORY_FILE", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("TEXTUAL_THEME", raising=False)
    yield home
    written = [p for p in home.rglob("*") if "historikk" in p.name]
    assert not written, f"history written without being turned on: {written}"


@pytest.fixture(scope="session")
def index_cache_dir(tmp_path_factory):
    """One index cache for the whole session, so the real index is built once."""
    return tmp_path_factory.mktemp("index-cache")


@pytest.fixture(scope="session")
def real_corpus():
    """The five real sources, parsed."""
    from corpus import load_corpus

    return load_corpus()


@pytest.fixture(scope="session")
def real_index(real_corpus, index_cache_dir):
    """The real index, built once into the session's cache dir."""
    from index import load_index

    return load_index(real_corpus, cache_dir=index_cache_dir)


@pytest.fixture(scope="session")
def real_assistant(real_index):
    """The Assistant over the real corpus and index."""
    from assistant import Assistant

    return Assistant(real_index)
