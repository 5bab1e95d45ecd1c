"""Keys never eat a question: what each key does with the focus on the input, on a hit, anywhere."""

from __future__ import annotations

from conftest import SIZE
from fake_assistant import CLARIFY_CHOICES
from pilot_steps import answered, ask
from textual.widgets import Collapsible

from tui.screens.browse import BrowseScreen
from tui.screens.help import HelpScreen
from tui.widgets.hit_view import HitView
from tui.widgets.question_input import QuestionInput

OUTPATIENT = "Når kan poliklinisk avrusning være aktuelt?"


def question_input(app) -> QuestionInput:
    """The conversation's question input."""
    return app.screen.query_one(QuestionInput)


async def test_every_printable_key_types_while_the_input_has_focus(make):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        card = await ask(app, pilot, OUTPATIENT)
        await pilot.press(*"cyorb? 2 dager")
        assert question_input(app).value == "cyorb? 2 dager"
        assert question_input(app).has_focus and not isinstance(app.screen, HelpScreen)
        assert card.query_one(Collapsible).collapsed and not card.query_one(".rationale").display
        assert app.clipboard == ""


async def test_hit_keys_act_on_the_focused_hit(make):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        card = await ask(app, pilot, OUTPATIENT)
        hit = card.query(HitView).first()
        hit.focus()
        await pilot.press("c")
        assert app.clipboard == hit.hit.citation
        await pilot.press("y")
        assert app.clipboard.startswith(hit.hit.text)
        await pilot.press("r", "b")
        assert not card.query_one(Collapsible).collapsed and card.query_one(".rationale").display
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, BrowseScreen)


async def test_other_keys_on_a_hit_go_to_the_input(make):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        card = await ask(app, pilot, OUTPATIENT)
        card.query(HitView).first().focus()
        await pilot.press(*"hva med gravide")
        assert question_input(app).has_focus
        assert question_input(app).value == "hva med gravide"


async def test_escape_returns_to_the_input_from_a_hit_and_from_the_browser(make):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        card = await ask(app, pilot, OUTPATIENT)
        await pilot.press(*"hva")
        card.query(HitView).first().focus()
        await pilot.press("escape", *" nå")
        assert question_input(app).has_focus and question_input(app).value == "hva nå"
        question_input(app).value = ""
        card.query(HitView).first().focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, BrowseScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert question_input(app).has_focus


async def test_tab_goes_to_the_first_hit_of_the_latest_answer(make):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await ask(app, pilot, OUTPATIENT)
        latest = await ask(app, pilot, "og for opioider?")
        await pilot.press("tab")
        assert app.focused is latest.query(HitView).first()


async def test_a_digit_picks_a_choice_when_the_input_is_empty_after_a_clarify_answer(make, fake):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await ask(app, pilot, "abstinens")
        await pilot.press("2")
        await answered(app, pilot, 1)
        assert fake.questions == ["abstinens", CLARIFY_CHOICES[1]]


async def test_a_digit_is_typed_once_the_clarify_answer_is_not_the_latest(make, fake):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        clarify_card = await ask(app, pilot, "abstinens")
        await ask(app, pilot, OUTPATIENT)
        await pilot.press(*"2 dager etter siste dose")
        assert question_input(app).value == "2 dager etter siste dose"
        question_input(app).value = ""
        clarify_card.query(HitView).first().focus()
        await pilot.press("1")
        assert question_input(app).value == "1" and question_input(app).has_focus
        assert fake.questions == ["abstinens", OUTPATIENT]


async def test_a_digit_after_text_is_typed_even_after_a_clarify_answer(make, fake):
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await ask(app, pilot, "abstinens")
        await pilot.press(*"dag 2")
        assert question_input(app).value == "dag 2"
        assert fake.questions == ["abstinens"]
