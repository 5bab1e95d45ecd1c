"""The learned ranker: what the question asks for decides between a recommendation and prose.

Targets were read in the guideline (003): 8.4.5 (delirium tremens: what it is, in prose,
and how to treat it, in recommendations), 9.3.1 (taper rate of 10-20 % a week, in the
background prose), 10.4.1 (outpatient detox from opioids).
"""

import pytest

from assistant.models import Conversation
from assistant.rank_features import RANK_FEATURES, asks_what_to_do
from assistant.ranker import ranker_model


@pytest.mark.parametrize(
    "question",
    ["Hvordan bør han medisineres?", "Hva gjør vi når pasienten får delir?", "Hvilke medisiner passer?",
     "Should we give thiamine?", "kan vi bruke klometiazol"],
)
def test_questions_about_what_to_do(question):
    assert asks_what_to_do(question)


@pytest.mark.parametrize(
    "question", ["Hva kjennetegner delirium tremens?", "Hvor lenge varer abstinensene?", "What is CIWA-Ar?"]
)
def test_questions_about_what_something_is(question):
    assert not asks_what_to_do(question)


def test_the_shipped_ranker_weighs_exactly_the_features_computed():
    model = ranker_model()
    assert model.features == RANK_FEATURES
    # Its trees split on the features by their index: every split names a computed one,
    # and the text, the kind of unit and the question's facets all take part.
    used = {RANK_FEATURES[i] for i in model.feature.ravel() if i >= 0}
    assert used <= set(RANK_FEATURES)
    kind_of_unit = {"is_rec", "is_passage", "action_rec", "prose_beside_rec", "rec_beside_prose", "definition_prose"}
    facets = {"substance_named", "substance_other", "substance_unnamed", "population_named", "focus"}
    assert "bm25_rel" in used and kind_of_unit & used and facets & used


def test_a_question_about_what_to_do_gets_a_recommendation_first(real_assistant):
    answer = real_assistant.ask("Hvordan bør delirium tremens behandles?", Conversation())
    assert answer.hits[0].kind == "recommendation"
    assert answer.hits[0].section.startswith("8.4")


def test_a_question_about_what_something_is_can_get_prose_first(real_assistant):
    answer = real_assistant.ask("hva er delirium tremens?", Conversation())
    assert any(hit.kind == "passage" and hit.section.startswith("8.") for hit in answer.hits[:3])


def test_a_number_in_background_prose_is_reachable(real_assistant):
    answer = real_assistant.ask("hvor mange prosent kan benzodiazepindosen trappes ned per uke?", Conversation())
    assert any(hit.section == "9.3.1" for hit in answer.hits[:3])


def test_a_named_substance_leads_to_its_own_chapter(real_assistant):
    answer = real_assistant.ask("Kan opioidavhengige avruses poliklinisk?", Conversation())
    assert answer.hits[0].section.startswith("10.")
