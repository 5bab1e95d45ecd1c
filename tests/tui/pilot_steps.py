"""Steps shared by the Pilot tests: ask and wait for the card, read what is shown."""

from __future__ import annotations

import time

from textual.widgets import Static

from tui.widgets.answer_card import AnswerCard
from tui.widgets.question_input import QuestionInput

PATIENCE = 30.0
"""Seconds to wait for a card: the first run builds the assistant's word cache (several seconds)."""


async def wait_until(pilot, condition, patience: float = PATIENCE) -> bool:
    """Pause until the condition holds; return whether it did (the caller asserts)."""
    deadline = time.monotonic() + patience
    while not condition():
        if time.monotonic() > deadline:
            return False
        await pilot.pause(0.02)
    return True


async def submit(app, pilot, question: str) -> None:
    """Put a question in the input and press Enter."""
    question_input = app.screen.query_one(QuestionInput)
    question_input.focus()
    question_input.value = question
    await pilot.press("enter")


async def answered(app, pilot, cards_before: int) -> AnswerCard:
    """Wait until a new answer card is shown and the screen is idle; return that card."""

    def done() -> bool:
        return len(app.screen.query(AnswerCard)) > cards_before and not app.screen.busy

    assert await wait_until(pilot, done), "no answer card appeared"
    await pilot.pause()
    return app.screen.query(AnswerCard).last()


async def ask(app, pilot, question: str) -> AnswerCard:
    """Ask a question the way a user does and return its answer card."""
    before = len(app.screen.query(AnswerCard))
    await submit(app, pilot, question)
    return await answered(app, pilot, before)


def rendered(widget) -> str:
    """What one Static shows, as plain text."""
    return str(widget.render())


def shown_text(widget) -> str:
    """All text shown by the Statics (and Labels) inside a widget, in order."""
    return "\n".join(rendered(static) for static in widget.query(Static))


def walk(node):
    """Every node under a tree node."""
    for child in node.children:
        yield child
        yield from walk(child)


def table_rows(screen) -> list[list[str]]:
    """The directory table's rows as plain text cells."""
    table = screen.query_one("#directory-table")
    return [[str(cell) for cell in table.get_row_at(n)] for n in range(table.row_count)]
