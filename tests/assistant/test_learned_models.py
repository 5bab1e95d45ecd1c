"""The learned ranker and coverage model: reproducible, explained, and honest.

Targets were read in the guideline (003): 3.3 rec 3 and 8.3.3/8.5.1 (withdrawal treatment
when an alcohol-dependent patient is admitted to a somatic ward), 8.4.1 rec 2 (thiamine
dose for Wernicke's encephalopathy).
"""

from __future__ import annotations

import json

import pytest

from assistant import followup, linear, ranker, trees, verdict
from assistant.learning.train import shipped_differs, train
from assistant.models import Conversation
from corpus.errors import VeilederError


@pytest.mark.slow
def test_the_shipped_models_are_what_the_training_code_builds_from_the_repo(real_index):
    training = train(real_index)
    assert shipped_differs(training) == [], "run `veileder index train` and commit assistant/data"
    figures = training.coverage.extra["cross_validated"]
    assert figures["recall_at_3"] > 0.8


def test_a_fee_question_is_not_answered_with_a_dosing_table(real_assistant):
    # "time" is an appointment here, not the hour of the CIWA table.
    answer = real_assistant.ask("hvor mye koster en time hos fastlegen?", Conversation())
    assert answer.status == "not_covered"
    assert answer.message.startswith("Kildene dekker ikke")


def test_an_everyday_word_the_sources_lack_gives_a_partial_answer_led_by_the_right_chapter(real_assistant):
    answer = real_assistant.ask(
        "Alkoholiker innlagt på ortopeden med lårhalsbrudd – må de sørge for skikkelig abstinensbehandling?",
        Conversation(),
    )
    assert answer.status in ("partial", "answered")
    assert answer.hits[0].section.split(".")[0] in ("3", "4", "8")
    if answer.status == "partial":
        assert "lårhalsbrudd" in answer.message


def test_an_unknown_word_that_only_sets_the_scene_does_not_refuse_the_question(real_assistant):
    # "drosje" is in no source. Told as the scene, the question is about 7.2's examination and
    # answered in part; asked about, it is the subject, and the sources lack it.
    scene = real_assistant.ask(
        "Pasienten kom med drosje fra legevakta i natt. Hva skal den kliniske undersøkelsen før avrusning omfatte?",
        Conversation(),
    )
    assert scene.status == "partial" and "drosje" in scene.message
    assert scene.hits[0].section == "7.2"
    asked = real_assistant.ask("Kan pasienten ta drosje hjem etter avrusning?", Conversation())
    assert asked.status == "not_covered"


@pytest.mark.parametrize("question", [
    "Pasienten er urolig og vil hjem. Kan han få permisjon i helgen?",
    "Hun har drukket lenge. Hvor mye koster en time hos fastlegen?",
])
def test_a_scene_from_the_guideline_does_not_cover_an_uncovered_question(real_assistant, question):
    # A scene the sources know must not make the model believe the question is covered.
    assert real_assistant.ask(question, Conversation()).status == "not_covered"


def test_the_sentence_that_asks_decides_coverage_not_the_scene_before_it(real_assistant):
    scene = "Pasienten har CIWA over 15 og får diazepam etter skjema. "
    covered = real_assistant.ask(scene + "Hvor ofte skal CIWA måles?", Conversation())
    uncovered = real_assistant.ask(scene + "Hvor kan pårørende parkere?", Conversation())
    assert covered.status == "answered"
    assert uncovered.status != "answered" and "parkere" in uncovered.message
    assert uncovered.coverage < covered.coverage


def test_a_partial_answer_says_what_the_sources_do_not_mention_and_counts_as_answered():
    from assistant.evaluation import Outcome, Question, score

    question = Question("x", "q", "lookup", [], [{"source": "003", "section": "8.4.1"}])
    assert score([Outcome(question, 1, "partial")]).r1 == 1.0
    assert score([Outcome(question, 1, "partial")]).wrongly_not_covered == 0


def test_every_searched_answer_carries_the_coverage_probability(real_assistant):
    answer = real_assistant.ask("tiamin dose ved wernicke", Conversation())
    assert 0.0 <= answer.coverage <= 1.0
    payload = json.loads(answer.to_contract_json())
    assert payload["status"] in ("answered", "partial")
    assert payload["coverage"] == answer.coverage


@pytest.mark.parametrize("name", ["ranker", "coverage", "followup"])
def test_a_corrupt_model_file_gives_a_clear_message(tmp_path, monkeypatch, name):
    (tmp_path / f"{name}.json").write_text("{ not json", encoding="utf-8")
    monkeypatch.setattr(linear, "DATA", tmp_path)
    monkeypatch.setattr(trees, "DATA", tmp_path)
    loaders = {"ranker": ranker.ranker_model, "coverage": verdict.coverage_model,
               "followup": followup.followup_model}
    loaders[name].cache_clear()
    try:
        with pytest.raises(VeilederError) as raised:
            loaders[name]()
        assert "veileder index train" in raised.value.user_message
    finally:
        loaders[name].cache_clear()


def test_index_explain_names_the_models_reasons(capsys):
    from assistant.cli import main

    assert main(["index", "explain", "hvor mye koster en time hos fastlegen?"]) == 0
    out = capsys.readouterr().out
    assert "Rangering (lært modell" in out
    assert "Dekning: not_covered" in out


def test_index_explain_after_a_question_shows_the_follow_up_decision(capsys):
    from assistant.cli import main

    assert main(["index", "explain", "hvilken dose?", "--after", "Hvordan behandles abstinenser ved alkohol?"]) == 0
    out = capsys.readouterr().out
    assert "Oppfølging: oppfølging av forrige spørsmål" in out
    assert "assistant/data/followup.json" in out
    assert "alkohol" in out.split("Søkeord:")[1].splitlines()[0]
