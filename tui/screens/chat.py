"""ChatScreen: the conversation: transcript, busy line, question input and footer."""

from __future__ import annotations

from collections import deque
from typing import TYPE_CHECKING

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer, Label, LoadingIndicator
from textual.worker import get_current_worker

from tui import texts
from tui.export import export_conversation
from tui.messages import AnswerFailed, AnswerReady, QuestionSubmitted
from tui.widgets.hit_view import HitView
from tui.widgets.question_input import QuestionInput
from tui.widgets.transcript import QuestionLine, Transcript

if TYPE_CHECKING:
    from assistant.models import Answer, Conversation


class ChatScreen(Screen):
    """Owns the Conversation; asks the App's assistant in a worker, one question at a time."""

    BINDINGS = [
        Binding("ctrl+n", "new_conversation", texts.KEY_NEW, priority=True),
        Binding("ctrl+e", "export", texts.KEY_EXPORT, priority=True),
        Binding("pageup", "scroll_transcript(-1)", show=False),
        Binding("pagedown", "scroll_transcript(1)", show=False),
        Binding("escape", "focus_question", show=False),
    ]

    ready: reactive[bool] = reactive(False, toggle_class="-ready")
    """Whether the assistant exists; questions asked before are queued."""
    busy: reactive[bool] = reactive(False, toggle_class="-busy")
    """Whether a question is being answered."""

    def __init__(self) -> None:
        super().__init__()
        self.conversation: Conversation | None = None
        """Created by the assistant once it exists (no assistant import at start-up)."""
        self.answers: list[Answer] = []
        """The answers shown, in order, for the export."""
        self._pending: deque[tuple[str, QuestionLine]] = deque()
        self._asking: QuestionLine | None = None

    def compose(self) -> ComposeResult:
        """Transcript on top, then the busy line, the input and the footer."""
        yield Transcript(id="transcript")
        with Horizontal(id="status-line"):
            yield LoadingIndicator()
            yield Label(texts.LOADING, id="status-text")
        yield QuestionInput(id="question")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        """Focus the input so the user can type at once; start if the assistant exists."""
        self.query_one(QuestionInput).focus()
        if self.app.assistant is not None:
            self.ready = True
            self._begin()

    def on_screen_resume(self) -> None:
        """Back from a browsing screen or a modal: the question input has the focus."""
        self.query_one(QuestionInput).focus()

    def on_key(self, event: events.Key) -> None:
        """A printable key that no binding of the focused widget takes is typed into the question."""
        question_input = self.query_one(QuestionInput)
        if not event.is_printable or question_input.has_focus or event.key in self.active_bindings:
            return
        event.stop()
        event.prevent_default()
        question_input.type_character(event.character)

    def on_paste(self, event: events.Paste) -> None:
        """Text pasted while a hit has the focus goes into the question, not nowhere."""
        question_input = self.query_one(QuestionInput)
        if question_input.has_focus:
            return
        event.stop()
        question_input.focus()
        question_input.post_message(events.Paste(event.text))

    def action_focus_question(self) -> None:
        """Escape: back to the question input."""
        self.query_one(QuestionInput).focus()

    def action_focus_latest_hit(self) -> None:
        """Tab from the input: the first hit of the latest answer (else its first focusable part)."""
        card = self.query_one(Transcript).latest_card()
        if card is None:
            return
        hits = card.query(HitView)
        target = hits.first() if hits else next((w for w in card.query("*") if w.focusable), None)
        if target is not None:
            target.focus()
            target.scroll_visible(animate=False)

    def watch_ready(self, ready: bool) -> None:
        """Once the assistant exists (and the screen is up), answer what was queued."""
        if ready and self.is_mounted:
            self._begin()

    def _begin(self) -> None:
        """Start the conversation (once) and answer the queued questions."""
        if self.conversation is not None:
            return
        self.conversation = self.app.assistant.new_conversation()
        self.query_one("#status-text", Label).update(texts.SEARCHING)
        self._ask_next()

    @on(QuestionSubmitted)
    async def queue_question(self, event: QuestionSubmitted) -> None:
        """Show the question, queue it, and ask it as soon as possible."""
        event.stop()
        question_input = self.query_one(QuestionInput)
        question_input.remember(event.text)
        question_input.value = ""
        question_input.offer_choices([])
        line = await self.query_one(Transcript).add_question(event.text)
        self._pending.append((event.text, line))
        if not self.ready:
            self.query_one("#status-text", Label).update(texts.QUEUED)
        self._ask_next()

    def _ask_next(self) -> None:
        """Start answering the oldest queued question, unless one is in progress."""
        if self.ready and not self.busy and self._pending:
            self.busy = True
            question, self._asking = self._pending.popleft()
            self.ask(question)

    @work(thread=True, exclusive=True, exit_on_error=False, group="ask")
    def ask(self, question: str) -> None:
        """Ask the assistant in a thread; only posts messages, never touches widgets."""
        worker = get_current_worker()
        try:
            answer = self.app.assistant.ask(question, self.conversation)
        except Exception as error:  # every failure must reach the user as a message
            if not worker.is_cancelled:
                self.post_message(AnswerFailed(question, error))
            return
        if not worker.is_cancelled:
            self.post_message(AnswerReady(question, answer))

    @on(AnswerReady)
    async def show_answer(self, event: AnswerReady) -> None:
        """Mount the answer card and give the input back."""
        self.answers.append(event.answer)
        await self.query_one(Transcript).add_answer(event.answer, self._asking)
        question_input = self.query_one(QuestionInput)
        question_input.offer_choices(event.answer.choices if event.answer.status == "clarify" else [])
        self.busy = False
        question_input.focus()
        self._ask_next()

    @on(AnswerFailed)
    async def restore_question_after_failure(self, event: AnswerFailed) -> None:
        """Put the question back into the input and say so in one line."""
        self.log.error("ask failed", question=event.question, error=repr(event.error))
        if self._asking is not None:
            await self._asking.remove()
        question_input = self.query_one(QuestionInput)
        restored = not question_input.value
        if restored:
            question_input.value = event.question
            question_input.cursor_position = len(event.question)
        self.busy = False
        self.notify(texts.ASK_FAILED if restored else texts.ASK_FAILED_IN_HISTORY, severity="error")
        question_input.focus()
        self._ask_next()

    async def action_new_conversation(self) -> None:
        """Forget the conversation (the input history stays) and clear the transcript."""
        self.workers.cancel_group(self, "ask")
        self._pending.clear()
        self._asking = None
        self.busy = False
        if self.ready:
            self.conversation = self.app.assistant.new_conversation()
        self.answers = []
        self.query_one(QuestionInput).offer_choices([])
        await self.query_one(Transcript).clear()
        self.notify(texts.NEW_CONVERSATION)
        self.query_one(QuestionInput).focus()

    def action_export(self) -> None:
        """Write the conversation to a Markdown file and tell where."""
        if not self.answers:
            self.notify(texts.NOTHING_TO_EXPORT, severity="warning")
            return
        try:
            path = export_conversation(self.answers)
        except OSError as error:
            reason = error.strerror or str(error)
            self.notify(texts.EXPORT_FAILED.format(reason=reason), severity="error", markup=False)
            return
        self.notify(texts.EXPORTED.format(path=path), timeout=8, markup=False)

    def action_scroll_transcript(self, direction: int) -> None:
        """Page the transcript while the input keeps the focus."""
        transcript = self.query_one(Transcript)
        if direction < 0:
            transcript.scroll_page_up(animate=False)
        else:
            transcript.scroll_page_down(animate=False)
