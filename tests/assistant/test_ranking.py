"""Re-weighting hits: what the question asks for decides between a recommendation and prose."""

import pytest

from assistant.ranking import asks_what_to_do, reweight
from corpus.models import Chunk


def _chunk(kind: str, section: str, order: int) -> Chunk:
    return Chunk(
        id=f"{kind}-{order}", kind=kind, source_id="003", file="003.txt", source_title="Retningslinje",
        section=section, section_title="Delirium tremens", chapter="8", chapter_title="Alkohol",
        rec=1 if kind == "recommendation" else None, text="...", citation="...", order=order,
    )


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


def test_a_question_about_what_to_do_gets_the_recommendation_before_close_prose():
    # Prose in another section (so no same-section promotion) scoring slightly higher.
    prose, rec = _chunk("passage", "8.2.3", 1), _chunk("recommendation", "8.4.5", 2)
    scored = [(prose, 10.0), (rec, 9.0)]
    assert reweight(scored, {})[0][0] is prose
    assert reweight(scored, {}, action=True)[0][0] is rec
