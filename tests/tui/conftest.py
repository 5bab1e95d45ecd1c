"""TUI test fixtures: a clean environment, the fake (or real) assistant, and the app."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from fake_assistant import FakeAssistant  # noqa: E402

USE_REAL = os.environ.get("VEILEDER_TUI_ASSISTANT") == "real"
"""Set VEILEDER_TUI_ASSISTANT=real to run the behaviour tests on the real assistant."""

fake_only = pytest.mark.skipif(USE_REAL, reason="relies on the fake assistant's canned answers")
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
def assistant(request: pytest.FixtureRequest):
    """The FakeAssistant, or the suite's real one with VEILEDER_TUI_ASSISTANT=real."""
    if USE_REAL:
        return request.getfixturevalue("real_assistant")
    return FakeAssistant()


@pytest.fixture
def make(assistant):
    """Build the app around the chosen assistant."""
    from tui import make_app

    def build(with_assistant=None):
        return make_app(assistant=with_assistant or assistant)

    return build
