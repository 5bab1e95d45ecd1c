"""The Textual front end; nothing outside this package imports textual."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.service import Assistant
    from tui.app import VeilederApp

__all__ = ["make_app"]


def make_app(
    assistant: Assistant | None = None,
    assistant_factory: Callable[[], Assistant] | None = None,
    start_learning: bool = False,
) -> VeilederApp:
    """Build the app; without an assistant it creates one in the background at start-up.

    Args:
        assistant: a ready Assistant (tests, or a caller that built one already).
        assistant_factory: how to create one; defaults to assistant.service.create_assistant.
        start_learning: open the onboarding route (`veileder learn`) once the assistant exists.
    """
    from tui.app import VeilederApp

    return VeilederApp(assistant=assistant, assistant_factory=assistant_factory, start_learning=start_learning)
