"""Screen space at 80x24: the draft notice once and readable, the first recommendation in view, rationale once."""

from __future__ import annotations

import fake_guideline as g
import pytest
from pilot_steps import ask, rendered
from textual.geometry import Region

from tui.widgets.hit_view import HitView

SMALL = (80, 24)
OUTPATIENT = "Når kan poliklinisk avrusning være aktuelt?"


def visible_text(widget) -> str:
    """The text a widget draws on screen, its wrapped lines joined."""
    strips = widget.render_lines(Region(0, 0, widget.size.width, widget.size.height))
    return " ".join(" ".join(strip.text.split()) for strip in strips).strip()


def guideline_citation_lines(card) -> list[str]:
    """The citation line of every guideline hit in a card."""
    return [rendered(hit.query_one(".hit-citation")) for hit in card.query(HitView) if hit.hit.file == g.GUIDELINE_FILE]


async def test_draft_notice_is_shown_once_per_conversation_in_full(make):
    app = make()
    async with app.run_test(size=SMALL) as pilot:
        first = await ask(app, pilot, OUTPATIENT)
        second = await ask(app, pilot, "og for opioider?")
        assert visible_text(first.query_one(".draft-line")) == f"UTKAST: {g.DRAFT_NOTICE}"
        assert not second.query(".draft-line")
        for card in (first, second):
            assert all(line.endswith(" · UTKAST") for line in guideline_citation_lines(card))
        await pilot.press("ctrl+n")
        again = await ask(app, pilot, OUTPATIENT)
        assert again.query(".draft-line")


async def test_other_sources_are_marked_without_the_draft_mark(make):
    app = make()
    async with app.run_test(size=SMALL) as pilot:
        card = await ask(app, pilot, "og for opioider?")
        evidence = [hit for hit in card.query(HitView) if hit.hit.kind == "evidence"]
        assert evidence and not rendered(evidence[0].query_one(".hit-citation")).endswith("UTKAST")


async def test_first_recommendation_is_in_view_at_80x24(make):
    app = make()
    async with app.run_test(size=SMALL) as pilot:
        await ask(app, pilot, "abstinens")
        card = await ask(app, pilot, OUTPATIENT)
        await pilot.pause()
        transcript = app.screen.query_one("#transcript").region
        first = card.query(HitView).first()
        assert first.hit.kind == "recommendation"
        assert transcript.y <= first.region.y and first.region.y + 3 <= transcript.bottom


async def test_rationale_is_shown_once_per_section(make):
    app = make()
    async with app.run_test(size=SMALL) as pilot:
        card = await ask(app, pilot, OUTPATIENT)
        assert len(card.answer.rationale) == 2
        card.query(HitView).first().focus()
        await pilot.press("b")
        texts = [rendered(static) for static in card.query(".rationale-text")]
        assert texts == [g.VURDERING_321]
        labels = [rendered(static) for static in card.query(".rationale-citation")]
        assert labels == ["3.2.1 Poliklinisk avrusning (anbefaling 1 og 2)"]


# Questions a recommendation answers first (a bare "abstinens" now opens with the prose
# that describes the withdrawal, which fills the screen by itself).
@pytest.mark.parametrize("question", ["Når er poliklinisk avrusning aktuelt?", "tiamin", "CIWA skår 18"])
async def test_real_answers_show_their_first_recommendation_at_80x24(real_app, question):
    async with real_app.run_test(size=SMALL) as pilot:
        card = await ask(real_app, pilot, question)
        await pilot.pause()
        recommendations = [hit for hit in card.query(HitView) if hit.hit.kind == "recommendation"]
        assert recommendations, "the question should find a recommendation"
        transcript = real_app.screen.query_one("#transcript").region
        top = recommendations[0].region.y
        assert transcript.y <= top and top + 3 <= transcript.bottom
