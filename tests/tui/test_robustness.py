"""What the user sees when things go wrong: failed answers, a broken start, a slow assistant."""

from __future__ import annotations

import threading

import pytest
from conftest import SIZE
from fake_assistant import FakeAssistant
from pilot_steps import answered, rendered, shown_text, submit, wait_until
from textual.notifications import Notify

from corpus.errors import CorpusError, VeilederError
from index.errors import SearchIndexError
from tui import make_app
from tui.screens.error import ErrorModal
from tui.widgets.answer_card import AnswerCard
from tui.widgets.question_input import QuestionInput
from tui.widgets.transcript import QuestionLine


class FailsOnce(FakeAssistant):
    """The fake, except that its first answer raises."""

    def ask(self, question, conversation=None, top=5):
        """Raise the first time, then answer as the fake does."""
        if not self.questions:
            self.questions.append(question)
            raise RuntimeError("simulated failure inside ask")
        return super().ask(question, conversation, top)


class Blocking(FakeAssistant):
    """The fake, except that answering waits until the test releases it."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def ask(self, question, conversation=None, top=5):
        """Wait for the release (at most a few seconds), then answer."""
        self.release.wait(timeout=5)
        return super().ask(question, conversation, top)


async def test_failed_answer_notifies_once_and_puts_the_question_back():
    notices: list[Notify] = []
    app = make_app(assistant=FailsOnce())
    hook = lambda message: notices.append(message) if isinstance(message, Notify) else None  # noqa: E731
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await pilot.press(*"hva med GHB?", "enter")
        question_input = app.screen.query_one(QuestionInput)
        assert await wait_until(pilot, lambda: question_input.value == "hva med GHB?" and not app.screen.busy)
        assert not app.screen.query(AnswerCard) and not app.screen.query(QuestionLine)
        errors = [n.notification for n in notices if n.notification.severity == "error"]
        assert len(errors) == 1 and "\n" not in errors[0].message
        assert errors[0].message.startswith("Spørsmålet kunne ikke besvares")
        await pilot.press("enter")
        card = await answered(app, pilot, 0)
        assert card.answer.question == "hva med GHB?"


@pytest.mark.parametrize(
    ("error", "fix"),
    [
        (SearchIndexError("Søkeindeksen kan ikke leses.", "bad pickle"), "veileder index build"),
        (CorpusError("Kildefilen mangler: 003.txt", "003 missing"), "Installer veileder på nytt"),
        (VeilederError("Noe gikk galt ved oppstart.", "generic"), "veileder index build"),
        (NotADirectoryError(20, "Not a directory", "/dev/null/x"), "VEILEDER_CACHE_DIR"),
        (RuntimeError("boom"), "veileder --debug ask test"),
    ],
    ids=["index", "corpus", "veileder", "file", "unexpected"],
)
async def test_broken_start_shows_error_modal_with_the_fix(error, fix):
    def broken_factory():
        raise error

    app = make_app(assistant_factory=broken_factory)
    async with app.run_test(size=SIZE) as pilot:
        # The modal is the screen before its text is mounted: wait for both.
        assert await wait_until(pilot, lambda: isinstance(app.screen, ErrorModal) and shown_text(app.screen))
        shown = shown_text(app.screen)
        expected = {NotADirectoryError: "/dev/null/x", RuntimeError: "En uventet feil stoppet oppstarten."}
        assert getattr(error, "user_message", expected.get(type(error))) in shown
        assert fix in shown
        assert "Traceback" not in shown and "boom" not in shown
        await pilot.press("enter")
        await pilot.pause()
    assert app.return_code == 1


async def test_typing_continues_while_a_question_is_answered():
    slow = Blocking()
    app = make_app(assistant=slow)
    async with app.run_test(size=SIZE) as pilot:
        await submit(app, pilot, "poliklinisk avrusning")
        assert await wait_until(pilot, lambda: app.screen.busy)
        await pilot.press(*"og for opioider")
        question_input = app.screen.query_one(QuestionInput)
        assert question_input.value == "og for opioider" and app.screen.busy
        slow.release.set()
        await answered(app, pilot, 0)
        assert question_input.value == "og for opioider" and question_input.has_focus


async def test_question_typed_while_loading_is_answered_when_ready():
    fake = FakeAssistant()
    released = threading.Event()

    def slow_factory():
        released.wait(timeout=5)
        return fake

    app = make_app(assistant_factory=slow_factory)
    async with app.run_test(size=SIZE) as pilot:
        status = app.screen.query_one("#status-text")
        assert rendered(status).startswith("Laster retningslinjen")
        await submit(app, pilot, "poliklinisk avrusning")
        await pilot.pause()
        assert fake.questions == [] and "straks den er klar" in rendered(status)
        released.set()
        card = await answered(app, pilot, 0)
        assert fake.questions == ["poliklinisk avrusning"]
        assert card.answer.hits[0].section == "3.2.1"


async def test_index_notice_at_start_is_shown(monkeypatch):
    import assistant.service

    def create_assistant(on_notice=None):
        on_notice("Søkeindeksen var skadet og er bygd på nytt.")
        return FakeAssistant()

    monkeypatch.setattr(assistant.service, "create_assistant", create_assistant)
    notices: list[Notify] = []
    app = make_app()
    hook = lambda message: notices.append(message) if isinstance(message, Notify) else None  # noqa: E731
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        assert await wait_until(pilot, lambda: app.screen.ready)
        await pilot.pause()
    shown = [(n.notification.message, n.notification.severity) for n in notices]
    assert ("Søkeindeksen var skadet og er bygd på nytt.", "warning") in shown
