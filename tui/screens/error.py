"""ErrorModal: a problem the user must fix outside the app, with what to do."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static

from tui import texts


class ErrorModal(ModalScreen[None]):
    """Shows a Norwegian message and a hint; closing it dismisses the modal."""

    BINDINGS = [Binding("escape,enter,q", "close", texts.QUIT_BUTTON)]

    def __init__(self, message: str, hint: str) -> None:
        super().__init__()
        self.message = message
        self.hint = hint

    def compose(self) -> ComposeResult:
        """Title, message, hint and one button."""
        with Vertical(id="error-panel"):
            yield Label(texts.LOAD_FAILED_TITLE, classes="error-title")
            yield Static(self.message, markup=False, classes="error-message")
            yield Static(self.hint, markup=False, classes="error-hint")
            yield Button(texts.QUIT_BUTTON, variant="error", id="error-close")

    def on_mount(self) -> None:
        """Focus the button so Enter closes."""
        self.query_one(Button).focus()

    def on_button_pressed(self) -> None:
        """The button closes the modal."""
        self.dismiss(None)

    def action_close(self) -> None:
        """Escape/Enter/q close the modal."""
        self.dismiss(None)
