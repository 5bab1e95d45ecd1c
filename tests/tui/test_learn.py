"""The onboarding route (F5, `veileder learn`): the guideline's text step by step, progress kept in memory."""

from __future__ import annotations

from pathlib import Path

from conftest import SIZE
from pilot_steps import rendered, wait_until
from textual.widgets import OptionList

from assistant.cli import build_parser
from tui import make_app
from tui.screens.learn import LearnScreen
from tui.widgets.hit_view import HitView


def title(app) -> str:
    """The learn screen's title line."""
    return rendered(app.screen.query_one("#learn-title"))


def shown_hits(app) -> list[HitView]:
    """The hits on the current step."""
    return list(app.screen.query_one("#learn-page").query(HitView))


async def open_learning(app, pilot) -> None:
    """Press F5 and wait for the route's first page."""
    await pilot.press("f5")
    assert await wait_until(pilot, lambda: isinstance(app.screen, LearnScreen) and app.screen.query(HitView))


async def test_f5_shows_the_guidelines_own_text_with_citations(real_app, real_assistant):
    async with real_app.run_test(size=SIZE) as pilot:
        await open_learning(real_app, pilot)
        assert title(real_app) == "Opplæring – steg 1 av 10: Hva er avrusning?"
        definitions = next(c for c in real_assistant.corpus.chunks if c.source_id == "003" and c.section == "1.3")
        first = shown_hits(real_app)[0]
        assert first.hit.text == definitions.text
        assert rendered(first.query_one(".hit-citation")) == f"{definitions.citation} · UTKAST"


async def test_next_previous_and_progress_kept_in_memory(real_app):
    async with real_app.run_test(size=SIZE) as pilot:
        await open_learning(real_app, pilot)
        await pilot.press("n", "n")
        await pilot.pause()
        assert title(real_app).startswith("Opplæring – steg 3 av 10: Behandlingsnivå")
        assert {hit.hit.section for hit in shown_hits(real_app)} == {"3.2", "3.2.1", "3.2.2"}
        await pilot.press("p")
        await pilot.pause()
        assert "steg 2 av 10: Hva betyr gradering og skal/bør/kan?" in title(real_app)
        options = real_app.screen.query_one(OptionList)
        marks = [str(options.get_option_at_index(n).prompt)[:1] for n in range(options.option_count)]
        assert marks[:3] == ["✓", "✓", "✓"] and set(marks[3:]) == {" "}
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(real_app.screen, LearnScreen)
        await open_learning(real_app, pilot)
        assert "steg 2 av 10" in title(real_app)
    assert not [p for p in Path.home().rglob("*") if p.is_file()]


async def test_choosing_a_step_in_the_list_opens_it(make):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await open_learning(app, pilot)
        app.screen.query_one(OptionList).focus()
        await pilot.press("down", "enter")
        await pilot.pause()
        assert title(app) == "Opplæring – steg 2 av 2: Opioider"
        assert rendered(app.screen.query_one(".learn-note")) == "Egenavrusing og stabilisering."
        assert [hit.hit.section for hit in shown_hits(app)] == ["10.4.1", "10.4.1"]


async def test_veileder_learn_opens_the_route_at_start(fake):
    assert build_parser().parse_args(["learn"]).start_learning
    app = make_app(assistant=fake, start_learning=True)
    async with app.run_test(size=SIZE) as pilot:
        assert await wait_until(pilot, lambda: isinstance(app.screen, LearnScreen) and app.screen.query(HitView))
        assert title(app).startswith("Opplæring – steg 1 av 2: Behandlingsnivå")
