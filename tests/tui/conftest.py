"""TUI test fixtures: a clean environment, the fake and the real assistant, and the app."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from fake_assistant import FakeAssistant  # noqa: E402

SIZE = (100, 32)


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, isolated_home: Path) -> Path:
    """On top of the suite's isolated home: no animations, and the working directory in tmp_path."""
    monkeypatch.setenv("TEXTUAL_ANIMATIONS", "none")
    work_dir = tmp_path / "work"
    work_dir.mkdir()
    monkeypatch.chdir(work_dir)
    return work_dir


@pytest.fixture
def fake() -> FakeAssistant:
    """A fresh FakeAssistant with hand-built answers (records the questions it got)."""
    return FakeAssistant()


@pytest.fixture
def make(fake):
    """Build the app around the fake assistant, or around the one given."""
    from tui import make_app

    def build(with_assistant=None):
        return make_app(assistant=with_assistant or fake)

    return build


@pytest.fixture
def real_app(real_assistant):
    """The app around the suite's real assistant (real corpus and index)."""
    from tui import make_app

    return make_app(assistant=real_assistant)
