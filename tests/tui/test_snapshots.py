"""Snapshot tests of the main screens at 80x24 and 140x45, on the fake assistant only (stable text)."""

from __future__ import annotations

import pytest
from fake_assistant import FakeAssistant

from tui import make_app
from tui.widgets.answer_card import AnswerCard
from tui.widgets.question_input import QuestionInput

SIZES = pytest.mark.parametrize("size", [(80, 24), (140, 45)], ids=["80x24", "140x45"])


def app_with_fake():
    """A fresh app over a fresh fake."""
    return make_app(assistant=FakeAssistant())


async def no_blink(pilot) -> None:
    """Stop the input's blinking cursor, which would make snapshots flaky."""
    for question_input in pilot.app.screen.query(QuestionInput):
        question_input.cursor_blink = False
    await pilot.pause()


async def ask_outpatient(pilot) -> None:
    """Ask the outpatient question and wait for its card."""
    await no_blink(pilot)
    question_input = pilot.app.screen.query_one(QuestionInput)
    question_input.value = "Når kan poliklinisk avrusning være aktuelt?"
    await pilot.press("enter")
    for _ in range(200):
        await pilot.pause(0.02)
        if pilot.app.screen.query(AnswerCard) and not pilot.app.screen.busy:
            break
    await pilot.pause()


@SIZES
def test_conversation_with_answer(snap_compare, size):
    assert snap_compare(app_with_fake(), terminal_size=size, run_before=ask_outpatient)


async def open_browser_at_321(pilot) -> None:
    """Ask, focus the first hit and open its section."""
    await ask_outpatient(pilot)
    pilot.app.screen.query(".hit-view").first().focus()
    await pilot.press("o")
    await pilot.pause(0.2)


@SIZES
def test_browser_at_cited_section(snap_compare, size):
    assert snap_compare(app_with_fake(), terminal_size=size, run_before=open_browser_at_321)


@SIZES
@pytest.mark.parametrize("key", ["f3", "f1", "f4", "f5"], ids=["glossary", "help", "directory", "learn"])
def test_other_screens(snap_compare, key, size):
    async def open_screen(pilot) -> None:
        await no_blink(pilot)
        await pilot.press(key)
        await pilot.pause()
        await no_blink(pilot)

    assert snap_compare(app_with_fake(), terminal_size=size, run_before=open_screen)
