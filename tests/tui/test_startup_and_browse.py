"""Pilot tests of the browsing screens on the fake assistant: the grade filter and the glossary."""

from __future__ import annotations

from conftest import SIZE
from pilot_steps import rendered, walk
from textual.widgets import Input, Tree

from tui.screens.glossary import GlossaryScreen


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
        numbers = [n.data for n in walk(app.screen.query_one(Tree).root)]
        assert numbers == ["10", "10.4", "10.4.1"]


async def test_glossary_filter_and_grades(make):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f3")
        await pilot.pause()
        assert isinstance(app.screen, GlossaryScreen)
        terms = app.screen.query(".glossary-term")
        assert any(rendered(t).startswith("A  Basert på meget god dokumentasjon") for t in terms)
        app.screen.query_one(Input).value = "helsefor"
        await pilot.pause()
        assert [rendered(t) for t in app.screen.query(".glossary-term")] == ["HF  Helseforetak"]
