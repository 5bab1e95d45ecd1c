"""`not_covered`: an ordinary noun the sources never use names the thing asked about;
everyday verbs, adverbs and verbal nouns the sources do not use leave a question answered.

Every "absent" word below was checked with a case-insensitive grep at a word start over
corpus/sources/*.txt; every answerable question's target was read in the guideline
(003): 9.3.1 rec 1 (no abrupt stop of benzodiazepines), 13.1 recs 4-5 (ambulance stays
with the patient), 11.2 (GHB withdrawal lasts 5-12 days), 8.4.5 (delirium tremens).
"""

from __future__ import annotations

import pytest

from assistant.honesty import missing_words, named_unknowns
from assistant.models import Conversation
from index.models import AnalyzedQuery

# Issue #10 is open: the learned coverage model refuses questions with everyday words the
# sources lack even when the rest matches well. strict: the day these pass, the marker goes.
def _named(text: str, unknown: list[str]) -> list[str]:
    return named_unknowns(AnalyzedQuery(text=text, tokens=[], terms=[], unknown=unknown))


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("Kan pasienten ta drosje hjem?", "drosje"),
        ("Hjelper massasje mot uro?", "massasje"),
        ("Har han en kniv på rommet?", "kniv"),
        ("Får han permisjon i helgen?", "permisjon"),
    ],
)
def test_an_ordinary_noun_unknown_to_the_sources_is_named(question, word):
    assert _named(question, [word]) == [word]


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("Kan vi kutte ut benzo?", "kutte"),
        ("Han skammer seg, hva gjør vi?", "skammer"),
        ("Han har overlevd en overdose", "overlevd"),
        ("Hun kom nettopp inn", "nettopp"),
        ("kramper etter lang tids drikking", "drikking"),
        ("Pasienten skammer seg over drikkingen", "drikkingen"),
        ("Hva gjør vi i natt?", "natt"),
    ],
)
def test_everyday_verbs_adverbs_and_verbal_nouns_are_not_named(question, word):
    assert _named(question, [word]) == []


def test_an_everyday_english_word_in_an_english_question_is_not_named():
    assert _named("Should he smoke during detox?", ["smoke"]) == []


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("Kan pasienten ha med seg gitaren sin på avrusningen?", "gitaren"),
        ("Får pasientene gå til frisør mens de er innlagt?", "frisør"),
        ("Kan pasienten låne en sykkel under oppholdet?", "sykkel"),
    ],
)
def test_a_question_about_an_everyday_thing_the_sources_never_mention_is_not_covered(
    real_assistant, question, word
):
    answer = real_assistant.ask(question, Conversation())
    assert answer.status == "not_covered", (answer.status, answer.understood_as)
    assert f"«{word}»" in answer.message


@pytest.mark.parametrize(
    ("question", "section"),
    [
        ("Kan vi kutte ut benzodiazepinene brått etter mange års bruk?", "9.3.1"),
        ("Han har nettopp overlevd en overdose. Hvor lenge bør ambulansen bli hos ham?", "13.1"),
        ("Hvor mange dager varer abstinensene etter drikking av GHB?", "11.2"),
        ("Hva gjør vi i natt hvis pasienten får delirium tremens?", "8.4.5"),
        ("Pasienten skammer seg over drikkingen. Bør han få vitamin B1 når han er feilernært?", "8.4.1"),
    ],
)
def test_answerable_questions_with_everyday_unknown_words_stay_answered(real_assistant, question, section):
    answer = real_assistant.ask(question, Conversation())
    assert answer.status != "not_covered", answer.message
    assert section in [hit.section for hit in answer.hits[:3]]


GENERIC_ONLY = [
    # "lønn" and "koster" are ordinary words the sources never use; all that matches is
    # "avrusning", "pasient", "innlagt", or "time" read as an hour: the topic is missing.
    "Får pasienten lønn mens han er innlagt til avrusning?", "Hva koster et avrusningsopphold?",
    "hvor mye koster en time hos fastlegen?", "Kan pasienten ha med seg gitaren sin på avrusningen?",
    "Får pasientene gå til frisør mens de er innlagt?", "Kan pasienten låne en sykkel under oppholdet?",
]
STRONG_MATCH = [
    # One word the sources lack beside a clear match on what is asked: overdoses and shame
    # (6.1.2, 13.1), clomethiazole by its brand name (8.4.3), Antabus with heart disease (8.x).
    "Hvordan møter vi en pasient som skammer seg og ikke klarer å snakke om overdosene sine?",
    "funker heminevrin ved alkoholavrusing?",
    "Bør en pasient med hjertesykdom få antabus?",
    "Kan vi kutte ut benzodiazepinene brått etter mange års bruk?",
    "Han har nettopp overlevd en overdose. Hvor lenge bør ambulansen bli hos ham?",
    "Hvor mange dager varer abstinensene etter drikking av GHB?",
]


def test_questions_whose_only_matches_are_generic_words_are_mostly_not_covered(real_assistant):
    # The verdict is learned, with a measured error rate (README): at most one slip here.
    answered = [q for q in GENERIC_ONLY if real_assistant.ask(q, Conversation()).status != "not_covered"]
    assert len(answered) <= 1, answered


def test_a_strong_match_keeps_questions_with_an_unknown_word_mostly_answered(real_assistant):
    refused = [q for q in STRONG_MATCH if real_assistant.ask(q, Conversation()).status == "not_covered"]
    assert len(refused) <= 1, refused


@pytest.mark.parametrize(
    ("question", "word"),
    [
        # "parkere" is a verb (neutral on its own) but half of what is asked.
        ("Hvor kan ansatte parkere?", "parkere"),
        ("har glemt passordet til pcen, hvem ringer jeg?", "pcen"),
    ],
)
def test_a_question_mostly_of_words_the_sources_never_use_is_not_covered(real_assistant, real_index, question, word):
    assert real_assistant.ask(question, Conversation()).status == "not_covered"
    assert word in missing_words(real_index.search(question, top=40).query)
