"""Pilot tests of the conversation screen: asking, follow-ups, statuses, keys, export."""

from __future__ import annotations

from pathlib import Path

from conftest import SIZE, fake_only
from textual.widgets import Collapsible, Static

from tui.screens.browse import BrowseScreen
from tui.widgets.answer_card import AnswerCard
from tui.widgets.hit_view import HitView
from tui.widgets.question_input import QuestionInput
from tui.widgets.transcript import QuestionLine

OUTPATIENT = "Når kan poliklinisk avrusning være aktuelt?"


async def ask(app, pilot, question: str) -> AnswerCard:
    """Put a question in the input, press Enter and wait until its answer card is shown."""
    before = len(app.screen.query(AnswerCard))
    question_input = app.screen.query_one(QuestionInput)
    question_input.focus()
    question_input.value = question
    await pilot.press("enter")
    for _ in range(200):
        await pilot.pause(0.02)
        cards = app.screen.query(AnswerCard)
        if len(cards) > before and not app.screen.busy:
            return cards.last()
    raise AssertionError(f"no answer card for {question!r}")


def shown_text(widget) -> str:
    """All verbatim text shown by the Statics inside a widget."""
    return "\n".join(str(static.render()) for static in widget.query(Static))


async def test_question_shows_card_with_section_and_grade(make):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        card = await ask(app, pilot, OUTPATIENT)
        recommendation = next(v for v in card.query(HitView) if v.hit.kind == "recommendation")
        assert recommendation.hit.section == "3.2.1"
        assert recommendation.hit.grade in {"A", "B", "C", "D"}
        shown = shown_text(recommendation)
        assert "3.2.1 Poliklinisk avrusning" in shown
        assert recommendation.hit.citation in shown
        assert str(recommendation.query_one(".grade-badge").render()).strip() == recommendation.hit.grade
        assert app.screen.query(QuestionLine).last().question == OUTPATIENT
        assert app.screen.query_one(QuestionInput).value == ""


@fake_only
async def test_recommendation_items_are_listed_verbatim(make):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        card = await ask(app, pilot, OUTPATIENT)
        text = shown_text(card.query(HitView).first())
        assert "Følgende forhold kan tale for poliklinisk avrusning:" in text
        assert "Ikke kompliserende tilstander (som f.eks.graviditet)" in text
        assert "UTKAST" in shown_text(card)


async def test_follow_up_renders_a_second_card(make, assistant):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await ask(app, pilot, OUTPATIENT)
        card = await ask(app, pilot, "Og for opioider?")
        assert len(app.screen.query(AnswerCard)) == 2
        assert "opioid" in card.answer.understood_as.casefold()
        assert "Søkte etter:" in shown_text(card)


async def test_not_covered_shows_the_message_first(make):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        card = await ask(app, pilot, "Hva er hovedstaden i Frankrike?")
        assert card.answer.status == "not_covered"
        texts_in_order = [str(s.render()) for s in card.query(Static) if str(s.render()).strip()]
        assert texts_in_order[0] == card.answer.message
        if card.answer.hits:
            assert "Nærmeste avsnitt (svarer ikke på spørsmålet)" in texts_in_order


@fake_only
async def test_clarify_choice_key_becomes_the_next_question(make, assistant):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        card = await ask(app, pilot, "abstinens")
        assert card.answer.status == "clarify"
        await pilot.press("2")
        for _ in range(100):
            await pilot.pause(0.02)
            if len(assistant.questions) == 2 and not app.screen.busy:
                break
        assert assistant.questions[-1] == card.answer.choices[1]
        assert app.screen.query(QuestionLine).last().question == card.answer.choices[1]


@fake_only
async def test_related_and_rationale_toggle_on_keys(make):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        card = await ask(app, pilot, OUTPATIENT)
        card.query(HitView).first().focus()
        collapsible = card.query_one(Collapsible)
        assert collapsible.collapsed
        await pilot.press("r")
        assert not collapsible.collapsed
        rationale = card.query_one(".rationale")
        assert not rationale.display
        await pilot.press("b")
        assert rationale.display


async def test_failure_puts_the_question_back(make, assistant):
    class Failing:
        """Delegates to the chosen assistant but fails once."""

        def __getattr__(self, name):
            return getattr(assistant, name)

        def ask(self, question, conversation=None, top=5):
            raise RuntimeError("simulated")

    app = make(Failing())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"hva med GHB?", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen.query_one(QuestionInput).value == "hva med GHB?"
        assert not app.screen.query(AnswerCard)
        assert not app.screen.query(QuestionLine)
        assert not app.screen.busy


async def test_history_up_and_down(make):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await ask(app, pilot, OUTPATIENT)
        await ask(app, pilot, "Og for opioider?")
        question_input = app.screen.query_one(QuestionInput)
        await pilot.press("up")
        assert question_input.value == "Og for opioider?"
        await pilot.press("up")
        assert question_input.value == OUTPATIENT
        await pilot.press("down", "down")
        assert question_input.value == ""


async def test_export_writes_questions_text_and_citations(make, clean_environment: Path):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        card = await ask(app, pilot, OUTPATIENT)
        await pilot.press("ctrl+e")
        await pilot.pause()
    files = list(clean_environment.glob("veileder-samtale-*.md"))
    assert len(files) == 1
    exported = files[0].read_text(encoding="utf-8")
    assert f"## Spørsmål: {OUTPATIENT}" in exported
    for hit in card.answer.hits:
        assert hit.citation in exported
        assert hit.text.split("\n")[0] in exported
    assert not list(clean_environment.glob(".veileder-*"))


async def test_export_falls_back_to_home(make, clean_environment: Path):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await ask(app, pilot, OUTPATIENT)
        clean_environment.rmdir()  # the current directory is gone, so it cannot be written
        await pilot.press("ctrl+e")
        await pilot.pause()
    assert len(list(Path.home().glob("veileder-samtale-*.md"))) == 1


async def test_enter_on_a_hit_opens_its_section(make):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        card = await ask(app, pilot, OUTPATIENT)
        hit_view = next(v for v in card.query(HitView) if v.hit.kind == "recommendation")
        hit_view.focus()
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, BrowseScreen)
        detail = app.screen.query_one("#section-detail")
        await pilot.pause(0.1)
        assert f"{hit_view.hit.section} {hit_view.hit.section_title}" in shown_text(detail)
        cited = detail.query(".-cited")
        assert cited and cited.first().recommendation.number == hit_view.hit.rec
        await pilot.press("escape")
        assert not isinstance(app.screen, BrowseScreen)


async def test_new_conversation_clears_the_transcript(make):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await ask(app, pilot, OUTPATIENT)
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert not app.screen.query(AnswerCard)
        assert app.screen.answers == []
