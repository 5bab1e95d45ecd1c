"""Pilot tests of the conversation screen on the fake assistant: keys, history, export, reset."""

from __future__ import annotations

import stat
from pathlib import Path

from conftest import SIZE
from pilot_steps import ask, shown_text
from textual.notifications import Notify
from textual.widgets import Collapsible

from tui.widgets.answer_card import AnswerCard
from tui.widgets.hit_view import HitView
from tui.widgets.question_input import QuestionInput

OUTPATIENT = "Når kan poliklinisk avrusning være aktuelt?"


async def test_related_and_rationale_toggle_on_keys(make):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        card = await ask(app, pilot, OUTPATIENT)
        card.query(HitView).first().focus()
        collapsible = card.query_one(Collapsible)
        assert collapsible.collapsed
        await pilot.press("r")
        assert not collapsible.collapsed
        assert "10.4.1 Poliklinisk avrusning" in shown_text(collapsible)
        rationale = card.query_one(".rationale")
        assert not rationale.display
        await pilot.press("b")
        assert rationale.display


async def test_clarify_choice_by_click_and_by_digit_on_a_focused_hit(make, fake):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        card = await ask(app, pilot, "abstinens")
        await pilot.click(".choice")
        await ask_done(app, pilot, cards=2)
        card = await ask(app, pilot, "abstinens")
        card.query(HitView).first().focus()
        await pilot.press("2")
        await ask_done(app, pilot, cards=4)
        choices = card.answer.choices
        assert fake.questions == ["abstinens", choices[0], "abstinens", choices[1]]


async def ask_done(app, pilot, cards: int) -> None:
    """Wait for the given number of cards (the choice was asked and answered)."""
    for _ in range(100):
        if len(app.screen.query(AnswerCard)) >= cards and not app.screen.busy:
            return
        await pilot.pause(0.02)
    raise AssertionError(f"expected {cards} answer cards")


async def test_history_up_and_down(make):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await ask(app, pilot, OUTPATIENT)
        await ask(app, pilot, "Og for opioider?")
        question_input = app.screen.query_one(QuestionInput)
        await pilot.press("up")
        assert question_input.value == "Og for opioider?"
        await pilot.press("up")
        assert question_input.value == OUTPATIENT
        await pilot.press("down", "down")
        assert question_input.value == ""


def notices_into(notices: list[str]):
    """A message hook that collects the text of every notification."""
    return lambda message: notices.append(message.notification.message) if isinstance(message, Notify) else None


async def test_export_goes_to_the_documents_directory_private_and_says_where(make):
    notices: list[str] = []
    app = make()
    async with app.run_test(size=SIZE, message_hook=notices_into(notices)) as pilot:
        await ask(app, pilot, OUTPATIENT)
        await pilot.press("ctrl+e")
        await pilot.pause()
    exported = list((Path.home() / "Documents").glob("veileder-samtale-*.md"))
    assert len(exported) == 1
    assert f"## Spørsmål: {OUTPATIENT}" in exported[0].read_text(encoding="utf-8")
    assert stat.S_IMODE(exported[0].stat().st_mode) == 0o600
    assert f"Samtalen er lagret i {exported[0]}" in notices


async def test_export_falls_back_to_home_when_documents_cannot_be_made(make):
    (Path.home() / "Documents").write_text("a file, not a directory")
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await ask(app, pilot, OUTPATIENT)
        await pilot.press("ctrl+e")
        await pilot.pause()
    exported = list(Path.home().glob("veileder-samtale-*.md"))
    assert len(exported) == 1
    assert stat.S_IMODE(exported[0].stat().st_mode) == 0o600


async def test_new_conversation_clears_the_transcript(make, fake):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await ask(app, pilot, OUTPATIENT)
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert not app.screen.query(AnswerCard)
        assert app.screen.answers == []
        await pilot.press("ctrl+e")
        await pilot.pause()
    assert not list(Path.home().rglob("veileder-samtale-*.md"))
