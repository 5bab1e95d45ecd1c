"""Nothing dropped without a word: pasted lines become one question, and the app says so."""

from __future__ import annotations

from conftest import SIZE
from pilot_steps import answered
from textual import events
from textual.notifications import Notify

from tui.widgets.hit_view import HitView
from tui.widgets.question_input import QuestionInput

PASTED = "Pasient, 54 år, drukket daglig.\n\n  Skjelver og svetter.\nNår bør vi gi tiamin?\n"


async def test_pasted_lines_become_one_question_and_a_notice_says_so(make, fake):
    notices: list[str] = []
    app = make()
    hook = lambda message: notices.append(message.notification.message) if isinstance(message, Notify) else None  # noqa: E731
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        app.post_message(events.Paste(PASTED))
        await pilot.pause()
        joined = "Pasient, 54 år, drukket daglig. Skjelver og svetter. Når bør vi gi tiamin?"
        assert app.screen.query_one(QuestionInput).value == joined
        assert "Teksten du limte inn hadde 3 linjer. De er satt sammen til ett spørsmål." in notices
        await pilot.press("enter")
        await answered(app, pilot, 0)
    assert fake.questions == [joined]


async def test_a_one_line_paste_is_inserted_at_the_cursor_without_a_notice(make):
    notices: list[str] = []
    app = make()
    hook = lambda message: notices.append(message.notification.message) if isinstance(message, Notify) else None  # noqa: E731
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await pilot.press(*"abstinens ved ")
        app.post_message(events.Paste("alkohol"))
        await pilot.pause()
        assert app.screen.query_one(QuestionInput).value == "abstinens ved alkohol"
        assert notices == []


async def test_a_paste_on_a_focused_hit_goes_into_the_question(make):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        card = await answered_card(app, pilot)
        card.query(HitView).first().focus()
        app.post_message(events.Paste("og for opioider?"))
        await pilot.pause()
        question_input = app.screen.query_one(QuestionInput)
        assert question_input.has_focus and question_input.value == "og for opioider?"


async def answered_card(app, pilot):
    """Ask the outpatient question and return its card."""
    await pilot.press(*"poliklinisk", "enter")
    return await answered(app, pilot, 0)
