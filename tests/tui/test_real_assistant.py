"""Pilot tests on the real assistant: what a clinician sees for the questions of the issue."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import SIZE
from pilot_steps import answered, ask, rendered, shown_text, table_rows, wait_until, walk
from textual.widgets import Input, Select, Static, Tree

from tui.screens.browse import BrowseScreen
from tui.screens.directory import DirectoryScreen
from tui.screens.help import HelpScreen
from tui.widgets.answer_card import ChoiceButton
from tui.widgets.hit_view import GradeBadge, HitView
from tui.widgets.question_input import QuestionInput
from tui.widgets.section_detail import RecommendationView
from tui.widgets.transcript import QuestionLine, Transcript

# Issue #10 is open: the learned ranker puts the short 10.4 opioid passage before 3.2.1 for
# the general outpatient question, and follow-ups land on 10.4 rather than 10.4.1. strict:
# the day these pass, the marker goes.

OUTPATIENT = "Når er poliklinisk avrusning aktuelt?"


def first_hit(card) -> HitView:
    """The first hit shown in a card."""
    return card.query(HitView).first()


async def test_outpatient_question_shows_3_2_1_grade_c_and_numbered_choices(real_app):
    async with real_app.run_test(size=SIZE) as pilot:
        card = await ask(real_app, pilot, OUTPATIENT)
        hit = first_hit(card)
        assert (hit.hit.kind, hit.hit.section, hit.hit.grade) == ("recommendation", "3.2.1", "C")
        assert rendered(hit.query_one(GradeBadge)).strip() == "C"
        assert "3.2.1 Poliklinisk avrusning" in shown_text(hit)
        assert "Pasienten ønsker poliklinisk avrusning" in shown_text(hit)
        assert card.answer.status == "clarify"
        buttons = [str(button.label) for button in card.query(ChoiceButton)]
        assert buttons == ["1. Og for alkohol?", "2. Og for benzodiazepiner?", "3. Og for opioider?"]
        assert "trykk 1–3" in shown_text(card)
        assert "1–3" in real_app.screen.query_one(QuestionInput).placeholder


async def test_pressing_the_number_for_opioids_asks_it_and_shows_10_4_1(real_app):
    async with real_app.run_test(size=SIZE) as pilot:
        card = await ask(real_app, pilot, OUTPATIENT)
        number = card.answer.choices.index("Og for opioider?") + 1
        await pilot.press(str(number))
        follow_up = await answered(real_app, pilot, 1)
        assert real_app.screen.query(QuestionLine).last().question == "Og for opioider?"
        assert first_hit(follow_up).hit.section == "10.4.1"
        assert "10.4.1 Poliklinisk avrusning" in shown_text(first_hit(follow_up))
        assert real_app.screen.query_one(QuestionInput).placeholder.startswith("Skriv et spørsmål")


async def test_typed_follow_up_shows_the_opioid_recommendation(real_app):
    async with real_app.run_test(size=SIZE) as pilot:
        await ask(real_app, pilot, OUTPATIENT)
        card = await ask(real_app, pilot, "og for opioider?")
        hit = first_hit(card)
        assert (hit.hit.section, hit.hit.kind) == ("10.4.1", "recommendation")
        assert "Opioidavhengige pasienter som vurderer egenavrusing" in shown_text(hit)


async def test_new_answer_starts_at_the_top_of_the_view(real_app):
    async with real_app.run_test(size=SIZE) as pilot:
        await ask(real_app, pilot, OUTPATIENT)
        await ask(real_app, pilot, "og for opioider?")
        transcript = real_app.screen.query_one(Transcript)
        line = real_app.screen.query(QuestionLine).last()
        hit = first_hit(real_app.screen.query_one(Transcript).latest_card())
        assert await wait_until(pilot, lambda: line.region.y <= transcript.region.y + 1, patience=2)
        assert transcript.region.y <= hit.region.y < transcript.region.bottom


async def test_uncovered_question_says_so_first(real_app):
    async with real_app.run_test(size=SIZE) as pilot:
        card = await ask(real_app, pilot, "Kan vi bruke ketamin ved alvorlig alkoholabstinens?")
        assert card.answer.status == "not_covered"
        lines = [rendered(s) for s in card.query(Static) if rendered(s).strip()]
        assert lines[0].startswith("Kildene dekker ikke dette spørsmålet")
        assert "ketamin" in lines[0]
        assert lines.index("Nærmeste avsnitt (svarer ikke på spørsmålet)") < lines.index(
            next(line for line in lines if "anbefaling" in line or "Tekst fra" in line)
        )


async def test_junk_and_a_long_paste_get_plain_messages(real_app):
    async with real_app.run_test(size=SIZE) as pilot:
        card = await ask(real_app, pilot, "???")
        assert card.answer.status == "invalid" and not card.query(HitView)
        assert shown_text(card).startswith("Fant ingen ord å søke på.")
        paste = "Pasienten har drukket daglig i mange år og skjelver nå. " * 10 + "Når bør vi gi tiamin?"
        card = await ask(real_app, pilot, paste)
        shown_question = rendered(real_app.screen.query(QuestionLine).last())
        assert "… (forkortet her) …" in shown_question and len(shown_question) < 250
        assert shown_question.endswith("Når bør vi gi tiamin?")
        assert "bare de siste" in shown_text(card).split("\n")[0]


async def test_section_8_4_3_in_the_tree_shows_its_graded_recommendations(real_app, real_assistant):
    async with real_app.run_test(size=SIZE) as pilot:
        await pilot.press("f2")
        assert await wait_until(pilot, lambda: isinstance(real_app.screen, BrowseScreen))
        real_app.screen.query_one("#toc-filter", Input).value = "8.4.3"
        await pilot.pause()
        tree = real_app.screen.query_one(Tree)
        tree.focus()
        tree.move_cursor(next(node for node in walk(tree.root) if node.data == "8.4.3"))
        assert await wait_until(pilot, lambda: real_app.screen.query(RecommendationView))
        views = list(real_app.screen.query(RecommendationView))
        expected = real_assistant.section_view("8.4.3").recommendations
        assert [view.recommendation.number for view in views] == [1, 2, 3] == [r.number for r in expected]
        assert [rendered(view.query_one(GradeBadge)).strip() for view in views] == ["A", "A", "A"]
        assert "Krampeprofylakse bør tilbys:" in shown_text(views[0])


async def test_enter_on_a_hit_opens_its_section_with_the_hit_marked(real_app):
    async with real_app.run_test(size=SIZE) as pilot:
        card = await ask(real_app, pilot, OUTPATIENT)
        hit_view = first_hit(card)
        assert (hit_view.hit.section, hit_view.hit.kind) == ("3.2.1", "recommendation")
        hit_view.focus()
        await pilot.press("enter")
        assert await wait_until(pilot, lambda: real_app.screen.query(".-cited"))
        assert isinstance(real_app.screen, BrowseScreen)
        assert real_app.screen.query_one(".-cited").recommendation.number == hit_view.hit.rec
        await pilot.press("escape")
        assert not isinstance(real_app.screen, BrowseScreen)


async def test_export_writes_every_citation(real_app):
    async with real_app.run_test(size=SIZE) as pilot:
        first = await ask(real_app, pilot, OUTPATIENT)
        assert first.answer.choices[2:3] == ["Og for opioider?"], "no numbered choice to press"
        await pilot.press("3")
        second = await answered(real_app, pilot, 1)
        await pilot.press("ctrl+e")
        await pilot.pause()
    files = list((Path.home() / "Documents").glob("veileder-samtale-*.md"))
    assert len(files) == 1
    exported = files[0].read_text(encoding="utf-8")
    assert f"## Spørsmål: {OUTPATIENT}" in exported and "## Spørsmål: Og for opioider?" in exported
    assert "3. Og for opioider?" in exported
    for answer in (first.answer, second.answer):
        hits = [*answer.hits, *answer.referenced, *answer.supporting]
        hits += [hit for group in answer.related for hit in group.hits]
        assert hits
        for hit in hits:
            assert f"Kilde: {hit.citation}" in exported


async def test_directory_finds_detox_units_in_helse_vest(real_app):
    async with real_app.run_test(size=SIZE) as pilot:
        await pilot.press("f4")
        assert await wait_until(pilot, lambda: isinstance(real_app.screen, DirectoryScreen))
        real_app.screen.query_one("#directory-region", Select).value = "Helse Vest"
        await pilot.pause()
        rows = table_rows(real_app.screen)
        assert rows and all(row[4] == "Helse Vest" for row in rows)
        assert "Stiftelsen Bergensklinikkene" in [row[0] for row in rows]


async def test_help_explains_grades_strength_words_draft_and_keys(real_app, real_assistant):
    async with real_app.run_test(size=SIZE) as pilot:
        await pilot.press("f1")
        assert await wait_until(pilot, lambda: isinstance(real_app.screen, HelpScreen))
        shown = shown_text(real_app.screen)
        for term in real_assistant.glossary():
            if term.kind in ("grade", "strength"):
                assert term.definition in shown
        assert real_assistant.draft_notice in shown
        for key in ("Enter", "1–9", "Ctrl+E", "Ctrl+N", "F2", "F3", "F4", "Escape", "Ctrl+Q"):
            assert key in shown
        await pilot.press("escape")
        assert not isinstance(real_app.screen, HelpScreen)
