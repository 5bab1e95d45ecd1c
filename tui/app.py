"""VeilederApp: wires the screens together and owns the Assistant."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import App
from textual.binding import Binding

from tui import texts
from tui.labels import is_guideline
from tui.messages import AssistantLoaded, AssistantLoadFailed, CitationChosen
from tui.screens.browse import BrowseScreen
from tui.screens.chat import ChatScreen
from tui.screens.directory import DirectoryScreen
from tui.screens.error import ErrorModal
from tui.screens.glossary import GlossaryScreen
from tui.screens.help import HelpScreen
from tui.screens.learn import LearnScreen, RouteProgress

if TYPE_CHECKING:
    from textual.screen import Screen

    from assistant.service import Assistant

STYLES = Path(__file__).parent / "styles"


def default_factory(on_notice: Callable[[str], None]) -> Assistant:
    """Create the real assistant; imported here so start-up does not wait for it."""
    from assistant.service import create_assistant

    return create_assistant(on_notice=on_notice)


def failure_text(error: BaseException) -> tuple[str, str]:
    """What went wrong at start-up and what the user can do about it, by the kind of error."""
    from corpus.errors import CorpusError, VeilederError

    if isinstance(error, CorpusError):
        return error.user_message, texts.CORPUS_FAILED_HINT
    if isinstance(error, VeilederError):
        return error.user_message, texts.LOAD_FAILED_HINT
    if isinstance(error, OSError):
        place = error.filename or texts.UNKNOWN_PLACE
        message = texts.FILE_FAILED.format(place=place, reason=error.strerror or error)
        return message, texts.FILE_FAILED_HINT
    return texts.LOAD_FAILED_UNKNOWN, texts.UNKNOWN_FAILED_HINT


class VeilederApp(App):
    """The veileder terminal app: a conversation screen plus browsing screens."""

    TITLE = texts.APP_TITLE
    CSS_PATH = [
        STYLES / name
        for name in (
            "app.tcss", "chat.tcss", "browse.tcss", "glossary.tcss", "directory.tcss", "learn.tcss", "modals.tcss"
        )
    ]
    ENABLE_COMMAND_PALETTE = False
    BINDINGS = [
        Binding("f1", "help", texts.KEY_HELP),
        Binding("f2", "browse", texts.KEY_BROWSE),
        Binding("f3", "glossary", texts.KEY_GLOSSARY),
        Binding("f4", "directory", texts.KEY_DIRECTORY),
        Binding("f5", "learn", texts.KEY_LEARN),
        Binding("ctrl+q", "quit", texts.KEY_QUIT, priority=True),
        Binding("question_mark", "help", texts.KEY_HELP, show=False),
    ]

    def __init__(
        self,
        assistant: Assistant | None = None,
        assistant_factory: Callable[[], Assistant] | None = None,
        start_learning: bool = False,
    ) -> None:
        super().__init__()
        self.assistant = assistant
        self._factory = assistant_factory or (lambda: default_factory(self.show_notice))
        self.chat_screen = ChatScreen()
        self.route_progress = RouteProgress()
        """Where the user is on the onboarding route; in memory only, like the conversation."""
        self._start_learning = start_learning

    def get_default_screen(self) -> Screen:
        """The conversation is the base screen."""
        return self.chat_screen

    def on_mount(self) -> None:
        """Create the assistant in the background, unless one was given, once the first frame is drawn."""
        if self.assistant is None:
            # The loader's imports compete for the GIL; the first frame must not wait for them.
            self.call_after_refresh(self.load_assistant)
        elif self._start_learning:
            self.call_after_refresh(self.action_learn)

    def show_notice(self, text: str) -> None:
        """Show a notice from the index (rebuilt, not saved); safe from any thread."""
        self.notify(text, severity="warning", timeout=10, markup=False)

    @work(thread=True, exit_on_error=False, group="load")
    def load_assistant(self) -> None:
        """Create the assistant in a thread and report the outcome as a message."""
        try:
            assistant = self._factory()
        except Exception as error:  # shown as ErrorModal, never a traceback
            self.post_message(AssistantLoadFailed(error))
            return
        self.post_message(AssistantLoaded(assistant))

    @on(AssistantLoaded)
    def start_answering(self, event: AssistantLoaded) -> None:
        """Keep the assistant and let the chat answer queued questions."""
        self.assistant = event.assistant
        self.chat_screen.ready = True
        if self._start_learning:
            self.action_learn()

    @on(AssistantLoadFailed)
    def explain_load_failure(self, event: AssistantLoadFailed) -> None:
        """Show what went wrong and how to fix it; details go to the log only."""
        self.log.error("creating the assistant failed", error=repr(event.error))
        self.push_screen(ErrorModal(*failure_text(event.error)), callback=self._quit_after_error)

    def _quit_after_error(self, _result: object) -> None:
        """Without an assistant there is nothing to do; leave with status 1."""
        self.exit(return_code=1)

    @on(CitationChosen)
    def open_cited_section(self, event: CitationChosen) -> None:
        """Open the browser at the section a hit was cited from."""
        if not is_guideline(event.hit) or not event.hit.section:
            self.notify(texts.NO_SECTION, severity="warning")
            return
        self.action_browse(event.hit.section, event.hit.rec)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Hide a screen's own key from the footer while that screen is shown (keeps 80 columns)."""
        own_screen = {
            "browse": BrowseScreen, "glossary": GlossaryScreen, "directory": DirectoryScreen, "learn": LearnScreen
        }
        screen_type = own_screen.get(action)
        if screen_type is not None and isinstance(self.screen, screen_type):
            return False
        return True

    def _has_assistant(self) -> bool:
        """Whether the assistant exists; says so when it does not."""
        if self.assistant is None:
            self.notify(texts.NOT_READY, severity="warning")
        return self.assistant is not None

    def _show(self, screen: Screen) -> None:
        """Return to the conversation, then push one browsing screen."""
        while len(self.screen_stack) > 1:
            self.pop_screen()
        self.push_screen(screen)

    def action_browse(self, section: str | None = None, rec: int | None = None) -> None:
        """Show the guideline's table of contents, optionally at a section."""
        if self._has_assistant():
            self._show(BrowseScreen(self.assistant, section, rec))

    def action_glossary(self) -> None:
        """Show the abbreviations, terms, grades and strength words."""
        if self._has_assistant():
            self._show(GlossaryScreen(self.assistant.glossary()))

    def action_directory(self) -> None:
        """Show the detox units and prison health services."""
        if self._has_assistant():
            self._show(DirectoryScreen(self.assistant.directory()))

    def action_learn(self) -> None:
        """Show the onboarding route at the step the user was on."""
        if self._has_assistant():
            self._show(LearnScreen(self.assistant.learning_route(), self.route_progress))

    def action_help(self) -> None:
        """Show keys, grades and the draft notice."""
        if isinstance(self.screen, HelpScreen):
            return
        glossary = self.assistant.glossary() if self.assistant is not None else []
        self.push_screen(HelpScreen(glossary, self._draft_notice()))

    def _draft_notice(self) -> str:
        """The guideline's draft notice, from the assistant when it has one."""
        notice = getattr(self.assistant, "draft_notice", None)
        return notice or texts.HELP_DRAFT_DEFAULT
