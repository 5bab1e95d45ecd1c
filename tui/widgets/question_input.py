"""QuestionInput: the question field with in-memory history and clarify-choice keys."""

from __future__ import annotations

from textual import events
from textual.binding import Binding
from textual.widgets import Input

from tui import texts
from tui.messages import QuestionSubmitted


def choice_keys(count: int) -> str:
    """ "1", "1 eller 2", "1–3": the digit keys that pick one of `count` choices."""
    if count <= 0:
        return ""
    if count <= 2:
        return " eller ".join(str(n) for n in range(1, count + 1))
    return f"1–{count}"


class QuestionInput(Input):
    """An Input that posts QuestionSubmitted and recalls earlier questions with up/down."""

    BINDINGS = [
        Binding("up", "history_back", texts.KEY_HISTORY_BACK, show=False),
        Binding("down", "history_forward", texts.KEY_HISTORY_FORWARD, show=False),
        Binding("tab", "screen.focus_latest_hit", show=False),
    ]

    def __init__(self, **kwargs) -> None:
        # select_on_focus would let the next key replace a question the user came back to.
        super().__init__(placeholder=texts.INPUT_PLACEHOLDER, select_on_focus=False, **kwargs)
        self.history: list[str] = []
        """Questions of this session, oldest first; never written to disk."""
        self._history_position = 0
        self.choices: list[str] = []
        """Clarify choices that the digit keys pick while the field is empty."""

    def offer_choices(self, choices: list[str]) -> None:
        """Let the digit keys pick these clarify choices, and say so in the placeholder."""
        self.choices = list(choices)[:9]
        keys = choice_keys(len(self.choices))
        self.placeholder = texts.CHOICE_PLACEHOLDER.format(keys=keys) if keys else texts.INPUT_PLACEHOLDER

    def remember(self, question: str) -> None:
        """Add a question to the history and reset the browsing position."""
        if question and (not self.history or self.history[-1] != question):
            self.history.append(question)
        self._history_position = len(self.history)

    def action_history_back(self) -> None:
        """Show the previous question."""
        if self._history_position > 0:
            self._history_position -= 1
            self._show(self.history[self._history_position])

    def action_history_forward(self) -> None:
        """Show the next question, or an empty field after the newest."""
        if self._history_position < len(self.history):
            self._history_position += 1
        at_end = self._history_position >= len(self.history)
        self._show("" if at_end else self.history[self._history_position])

    def _show(self, text: str) -> None:
        """Replace the field's text and put the cursor at its end."""
        self.value = text
        self.cursor_position = len(text)

    def choice_for(self, character: str | None) -> str | None:
        """The clarify choice a digit picks: only in an empty field, only for the latest answer's choices."""
        index = int(character) - 1 if character and character.isdigit() else -1
        if not self.value and 0 <= index < len(self.choices):
            return self.choices[index]
        return None

    def type_character(self, character: str) -> None:
        """Take a key typed elsewhere (on a hit): focus the field, then pick a choice or type it."""
        self.focus()
        choice = self.choice_for(character)
        if choice is not None:
            self.post_message(QuestionSubmitted(choice))
        else:
            self.insert_text_at_cursor(character)

    def _on_paste(self, event: events.Paste) -> None:
        """Pasted lines become one question (Input alone keeps only the first line), and the user is told."""
        event.stop()
        event.prevent_default()
        lines = [line.strip() for line in event.text.splitlines() if line.strip()]
        if not lines:
            return
        text = " ".join(lines)
        if self.selection.is_empty:
            self.insert_text_at_cursor(text)
        else:
            self.replace(text, *self.selection)
        if len(lines) > 1:
            self.notify(texts.PASTE_JOINED.format(count=len(lines)), markup=False)

    async def _on_key(self, event: events.Key) -> None:
        """Digits in an empty field pick a clarify choice; Input._on_key handles the rest."""
        choice = self.choice_for(event.character)
        if choice is not None:
            event.prevent_default()
            event.stop()
            self.post_message(QuestionSubmitted(choice))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Turn Enter into a QuestionSubmitted carrying the text."""
        event.stop()
        if event.value.strip():
            self.post_message(QuestionSubmitted(event.value))
