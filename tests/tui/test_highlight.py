"""The card marks the list item the question points at, and puts other sources after the guideline's hits."""

from __future__ import annotations

from conftest import SIZE
from pilot_steps import ask, rendered

from tui.widgets.hit_view import HitView


def marked_items(card) -> list[str]:
    """The text of every item marked as matching, with its bullet."""
    return [
        f"{rendered(item.query_one('.bullet'))} {rendered(item.query_one('.item-text'))}"
        for item in card.query(".item.-matched")
    ]


async def test_ciwa_score_marks_the_over_15_row(real_app):
    async with real_app.run_test(size=SIZE) as pilot:
        card = await ask(real_app, pilot, "CIWA skår 18")
        marked = marked_items(card)
        assert any(item.startswith("▶ CIWA over 15: Diazepam 10 mg") for item in marked)
        assert not any("CIWA 10-15" in item or "under 10, behandles" in item for item in marked)
        hint_hits = [hit for hit in card.query(HitView) if "▶ passer til spørsmålet" in rendered(hit.query_one(".hit-place"))]
        assert hint_hits and all(hit.query(".item.-matched") for hit in hint_hits)


async def test_an_unmarked_question_marks_nothing(make):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        card = await ask(app, pilot, "Når kan poliklinisk avrusning være aktuelt?")
        assert marked_items(card) == []


async def test_evidence_is_grouped_after_the_recommendations_under_a_label(make):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        card = await ask(app, pilot, "og for opioider?")
        kinds = [hit.hit.kind for hit in card.query(HitView)]
        assert kinds == ["recommendation", "recommendation", "evidence"]
        headings = [rendered(label) for label in card.query(".card-heading")]
        assert "Dokumentasjon og bakgrunnsstoff fra andre kilder (ikke anbefalinger)" in headings
        evidence = card.query(HitView).last()
        heading = card.query(".card-heading").last()
        assert heading.region.y < evidence.region.y
