"""Transcript: the scrolling list of questions and answer cards of one conversation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from tui import texts
from tui.widgets.answer_card import AnswerCard

if TYPE_CHECKING:
    from assistant.models import Answer


SHOWN_HEAD_CHARS = 60
SHOWN_TAIL_CHARS = 140
"""A pasted wall of text must not push its own answer out of view; the export keeps it whole.
The end is shown longer: the question is usually last."""


def shown_question(question: str) -> str:
    """The question as shown above its answer: its start and its end, cut at words, when very long."""
    question = " ".join(question.split())
    if len(question) <= SHOWN_HEAD_CHARS + SHOWN_TAIL_CHARS:
        return question
    head = question[:SHOWN_HEAD_CHARS].rsplit(" ", 1)[0]
    tail = question[-SHOWN_TAIL_CHARS:].split(" ", 1)[-1]
    return head + texts.QUESTION_SHORTENED + tail


class QuestionLine(Static):
    """A question as the user asked it (very long ones shortened)."""

    def __init__(self, question: str) -> None:
        super().__init__(texts.QUESTION_PREFIX + shown_question(question), markup=False, classes="question-line")
        self.question = question


def welcome() -> Static:
    """The hint shown in an empty conversation."""
    return Static(texts.WELCOME, markup=False, classes="welcome")


class Transcript(VerticalScroll, can_focus=False):
    """Questions and answers in order; hits inside take the focus, not the scroll view."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.draft_notice_shown = False
        """Whether a card of this conversation already shows the full draft notice."""

    def compose(self) -> ComposeResult:
        """Start with a short hint on what to ask."""
        yield welcome()

    async def add_question(self, question: str) -> QuestionLine:
        """Append a question line."""
        line = QuestionLine(question)
        await self.mount(line)
        self.scroll_end(animate=False)
        return line

    async def add_answer(self, answer: Answer, question_line: QuestionLine | None = None) -> AnswerCard:
        """Mount an answer card under its question and scroll so both start in view."""
        card = AnswerCard(answer, show_draft_notice=not self.draft_notice_shown)
        self.draft_notice_shown = self.draft_notice_shown or card.show_draft_notice
        if question_line is not None and question_line.parent is self:
            await self.mount(card, after=question_line)
        else:
            await self.mount(card)
        self.call_after_refresh(self._show_start, question_line or card)
        return card

    def _show_start(self, widget: QuestionLine | AnswerCard) -> None:
        """Scroll so the question line (and the card below it) starts at the top."""
        self.scroll_to_widget(widget, animate=False, top=True)

    def latest_card(self) -> AnswerCard | None:
        """The most recent answer card, if any."""
        cards = self.query(AnswerCard)
        return cards.last() if cards else None

    async def clear(self) -> None:
        """Remove everything (a new conversation) and show the hint again."""
        self.draft_notice_shown = False
        await self.remove_children()
        await self.mount(welcome())
