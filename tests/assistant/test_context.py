"""Follow-ups keep the topic and swap the detail; new questions start a new topic."""

import pytest

from assistant.context import facets_as_strings, read_in_context
from assistant.models import Conversation, Turn


def _turn(question: str) -> Turn:
    reading = read_in_context(question, None)
    return Turn(question=question, understood_as=question, topic_terms=reading.topic.split(),
                facets=facets_as_strings(reading.facets), status="answered")


@pytest.mark.parametrize(
    "followup", ["og for opioider?", "Hva med opioider?", "what about opioids?", "Og ved heroin?"]
)
def test_substance_followup_keeps_topic_and_swaps_substance(followup):
    previous = _turn("Når er poliklinisk avrusning aktuelt ved alkohol?")
    reading = read_in_context(followup, previous)
    assert reading.followup
    assert [f.key for f in reading.facets["substance"]] == ["opioider"]
    assert "poliklinisk" in reading.query and "aktuelt" in reading.query
    assert "alkohol" not in reading.query


def test_population_followup_adds_to_the_carried_substance():
    previous = _turn("Hvilke legemidler brukes ved avrusning fra opioider?")
    reading = read_in_context("hva med gravide?", previous)
    assert reading.followup
    assert [f.key for f in reading.facets["population"]] == ["gravide"]
    assert [f.key for f in reading.facets["substance"]] == ["opioider"]


@pytest.mark.parametrize(
    "followup",
    ["hvilken dose?", "Og hvis han har hatt delir før?", "Hva kan vi bruke det til?",
     "kan vi legge til karbamazepin eller valproat?"],
)
def test_detail_followups_lean_on_the_previous_turn(followup):
    previous = _turn("Hvordan behandles abstinenser ved alkohol?")
    assert read_in_context(followup, previous).followup


@pytest.mark.parametrize(
    ("earlier", "fragment"),
    [
        ("Hvordan gir vi krampeprofylakse ved alkoholavrusning?", "hvor mange dager?"),
        ("Korleis skal vi gi krampeprofylakse ved alkoholavrusing?", "kor lenge då?"),
        ("Kan vi gi benzodiazepiner ved alkoholabstinens til alle?", "hos eldre?"),
        ("How do we treat delirium tremens?", "for how long?"),
    ],
)
def test_a_bare_fragment_without_a_connective_leans_on_the_previous_turn(earlier, fragment):
    reading = read_in_context(fragment, _turn(earlier))
    assert reading.followup
    assert reading.chance is not None and reading.chance >= 0.5


def test_a_keyword_search_after_an_unrelated_question_stands_alone():
    reading = read_in_context("tiamin", _turn("Hvem skal ha ansvaret for rutinene i fengselet?"))
    assert not reading.followup
    assert reading.query.startswith("tiamin")


@pytest.mark.parametrize(
    "question",
    [
        "Hvilke screeningverktøy finnes for risikofylt drikking i svangerskapet?",
        "Hvor lenge varer abstinensene etter GHB, og når bør pasienten legges inn?",
        "Hvem har ansvaret når en ruspasient får en akutt somatisk sykdom?",
    ],
)
def test_complete_new_questions_start_a_new_topic(question):
    previous = _turn("Når er poliklinisk avrusning aktuelt ved alkohol?")
    reading = read_in_context(question, previous)
    assert not reading.followup
    assert reading.query == question


def test_the_facet_a_followup_names_is_its_focus():
    previous = _turn("Hvordan bør benzodiazepiner trappes ned poliklinisk?")
    reading = read_in_context("og hvis hun er gravid?", previous)
    assert [f.key for f in reading.focus] == ["gravide"]
    assert [f.key for f in reading.facets["substance"]] == ["benzodiazepiner"]


def test_a_question_naming_three_substances_also_searches_several():
    reading = read_in_context("Hvordan avruses en som bruker alkohol, benzodiazepiner og heroin?", None)
    assert "flere" in [f.key for f in reading.facets["substance"]]
    assert "flere rusmidler" in reading.query


def test_two_substances_alone_are_not_several():
    reading = read_in_context("Kan benzodiazepiner brukes ved alkoholabstinens?", None)
    assert "flere" not in [f.key for f in reading.facets.get("substance", [])]


def test_first_question_is_never_a_followup():
    assert not read_in_context("og for opioider?", None).followup


def test_a_long_session_keeps_a_bounded_history_and_follow_ups_still_work(real_assistant):
    from assistant.service import KEPT_TURNS

    conversation = Conversation()
    for number in range(KEPT_TURNS + 20):
        real_assistant.ask(f"abstinenser alkohol dag {number}", conversation)
    assert len(conversation.turns) == KEPT_TURNS
    real_assistant.ask("Når er poliklinisk avrusning aktuelt?", conversation)
    follow_up = real_assistant.ask("og for opioider?", conversation)
    assert follow_up.hits[0].section == "10.4.1"
    assert conversation.turns[-1].question == "og for opioider?"
