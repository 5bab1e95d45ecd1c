"""Pilot tests of start-up (queued question, load failure) and the browsing screens."""

from __future__ import annotations

import threading

from conftest import SIZE, fake_only
from fake_assistant import FakeAssistant
from textual.widgets import DataTable, Input, Static, Tree

from corpus.errors import CorpusError
from tui import make_app
from tui.screens.browse import BrowseScreen
from tui.screens.directory import DirectoryScreen
from tui.screens.error import ErrorModal
from tui.screens.glossary import GlossaryScreen
from tui.screens.help import HelpScreen
from tui.widgets.answer_card import AnswerCard
from tui.widgets.question_input import QuestionInput
from tui.widgets.section_detail import RecommendationView


async def wait_until(pilot, condition, tries: int = 200) -> None:
    """Pause until the condition holds (or give up and let the assert fail)."""
    for _ in range(tries):
        if condition():
            return
        await pilot.pause(0.02)


async def test_question_typed_while_loading_is_answered_when_ready():
    fake = FakeAssistant()
    released = threading.Event()

    def slow_factory():
        released.wait(timeout=5)
        return fake

    app = make_app(assistant_factory=slow_factory)
    async with app.run_test(size=SIZE) as pilot:
        assert "Laster retningslinjen" in str(app.screen.query_one("#status-text").render())
        question_input = app.screen.query_one(QuestionInput)
        question_input.value = "poliklinisk avrusning"
        await pilot.press("enter")
        await pilot.pause()
        assert fake.questions == []
        released.set()
        await wait_until(pilot, lambda: app.screen.query(AnswerCard))
        assert fake.questions == ["poliklinisk avrusning"]
        assert app.screen.query_one(AnswerCard).answer.hits[0].section == "3.2.1"


async def test_load_failure_shows_the_user_message_and_the_fix():
    def broken_factory():
        raise CorpusError("Kildefilen 003 mangler.", "003 missing")

    app = make_app(assistant_factory=broken_factory)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, ErrorModal))
        assert isinstance(app.screen, ErrorModal)
        shown = " ".join(str(s.render()) for s in app.screen.query(Static))
        assert "Kildefilen 003 mangler." in shown
        assert "veileder index build" in shown
        await pilot.press("escape")
        await pilot.pause()
    assert app.return_code == 1


async def test_choosing_a_section_in_the_tree_shows_its_recommendations(make, assistant):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2")
        await pilot.pause()
        assert isinstance(app.screen, BrowseScreen)
        await pilot.press("ctrl+f")
        await pilot.press(*"3.2.1")
        await pilot.pause()
        tree = app.screen.query_one(Tree)
        tree.focus()
        await wait_until(pilot, lambda: tree.cursor_node is not None)
        target = next(n for n in _walk(tree.root) if n.data == "3.2.1")
        tree.move_cursor(target)
        await wait_until(pilot, lambda: app.screen.query(RecommendationView))
        shown = [view.recommendation for view in app.screen.query(RecommendationView)]
        assert [rec.number for rec in shown] == [r.number for r in assistant.section_view("3.2.1").recommendations]
        assert all(rec.section == "3.2.1" for rec in shown)


def _walk(node):
    """Every node under a tree node."""
    for child in node.children:
        yield child
        yield from _walk(child)


@fake_only
async def test_grade_filter_keeps_only_sections_with_that_grade(make):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2")
        await pilot.pause()
        app.screen.query_one("#toc-filter", Input).value = "grad:A"
        await pilot.pause()
        assert list(app.screen.query_one(Tree).root.children) == []
        app.screen.query_one("#toc-filter", Input).value = "grad:C opioid"
        await pilot.pause()
        numbers = [n.data for n in _walk(app.screen.query_one(Tree).root)]
        assert numbers == ["10", "10.4", "10.4.1"]


@fake_only
async def test_glossary_filter_and_grades(make):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f3")
        await pilot.pause()
        assert isinstance(app.screen, GlossaryScreen)
        terms = app.screen.query(".glossary-term")
        assert any(str(t.render()).startswith("A  Basert på meget god dokumentasjon") for t in terms)
        app.screen.query_one(Input).value = "helsefor"
        await pilot.pause()
        assert [str(t.render()) for t in app.screen.query(".glossary-term")] == ["HF  Helseforetak"]


@fake_only
async def test_directory_filters_by_region_and_name(make):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f4")
        await pilot.pause()
        assert isinstance(app.screen, DirectoryScreen)
        table = app.screen.query_one(DataTable)
        assert table.row_count == 2
        app.screen.query_one("#directory-name", Input).value = "sigma"
        await pilot.pause()
        assert table.row_count == 1
        assert str(table.get_row_at(0)[2]) == "76 93 60 00"
        assert "Fjelldalvn. 349" in str(app.screen.query_one("#directory-entry-text").render())


async def test_help_shows_keys_and_grade_meanings(make):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        shown = " ".join(str(s.render()) for s in app.screen.query(Static))
        assert "Ctrl+E" in shown and "Tab / Shift+Tab" in shown
        # Grade C's meaning, from the guideline's glossary or the built-in fallback.
        assert "Trenger støtte i rapporter" in shown or "Ekspertuttalelser" in shown
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
