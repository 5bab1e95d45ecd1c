"""Answers on the real corpus, checked against the guideline text by hand.

Each expectation below was read in corpus/sources/003_3675a00eb45dcb5c.txt (line
numbers in the comments) or in the other source named.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.models import Answer, Conversation, Hit

# Issue #10 is open: the learned ranker puts the short 10.4 opioid passage before 3.2.1 for
# the general outpatient question, and follow-ups land on 10.4 rather than 10.4.1. strict:
# the day these pass, the marker goes.

SOURCES = Path(__file__).resolve().parents[2] / "corpus" / "sources"
GUIDELINE = "003"
CERTAINTY = {"Høy", "Middels", "Liten", "Svært liten"}
SUBSTANCE_SECTION = {"alkohol": "8.3.2", "benzodiazepiner": "9.3.1", "opioider": "10.4.1"}
"""Each substance's own "Poliklinisk avrusning" section (lines 3790, 4577, 4941)."""
LABEL_CHAPTER = {"Alkohol": "8", "Benzodiazepiner": "9", "Opioider": "10", "Gravide": "12"}
OUTPATIENT = "Når er poliklinisk avrusning aktuelt?"


def _chat(assistant, *questions: str) -> list[Answer]:
    conversation = Conversation()
    return [assistant.ask(question, conversation) for question in questions]


def _all_hits(answer: Answer) -> list[Hit]:
    return answer.hits + answer.referenced + [hit for group in answer.related for hit in group.hits]


def _rec(corpus, section: str, number: int):
    return next(r for r in corpus.recommendations if r.section == section and r.number == number
                and r.list_index == 1)


# --- the outpatient question and its follow-ups -------------------------------------------


def test_outpatient_question_opens_with_the_general_recommendation(real_assistant):
    answer = real_assistant.ask(OUTPATIENT, Conversation())
    first = answer.hits[0]
    assert answer.status in {"answered", "clarify"}
    assert (first.kind, first.section, first.grade) == ("recommendation", "3.2.1", "C")


def test_a_clarify_names_the_substances_and_offers_follow_ups(real_assistant):
    answer = real_assistant.ask(OUTPATIENT, Conversation())
    if answer.status != "clarify":
        pytest.skip("answered directly; nothing to clarify")
    for substance in SUBSTANCE_SECTION:
        assert substance in answer.message
    assert len(answer.choices) >= 2
    assert all(choice.endswith("?") for choice in answer.choices)


@pytest.mark.parametrize("substance", sorted(SUBSTANCE_SECTION))
def test_picking_a_choice_gives_that_substances_section(real_assistant, substance):
    first = real_assistant.ask(OUTPATIENT, conversation := Conversation())
    choice = next((c for c in first.choices if substance in c.lower()), f"Og for {substance}?")
    answer = real_assistant.ask(choice, conversation)
    assert answer.status == "answered"
    assert answer.hits[0].section == SUBSTANCE_SECTION[substance]


@pytest.mark.parametrize(
    ("followup", "chapter"),
    [("og for opioider?", "10"), ("hva med gravide?", "12"), ("what about benzos?", "9")],
)
def test_followups_keep_the_topic_and_switch_substance_or_population(real_assistant, followup, chapter):
    _first, answer = _chat(real_assistant, OUTPATIENT, followup)
    assert answer.hits[0].section.split(".")[0] == chapter
    assert "poliklinisk" in answer.understood_as


def test_a_population_the_followup_turns_to_leads_the_answer(real_assistant):
    _first, answer = _chat(real_assistant, "Hvordan bør benzodiazepiner trappes ned poliklinisk?", "og hvis hun er gravid?")
    assert "12" in [hit.section for hit in answer.hits[:2]]


def test_opioid_followup_lands_on_the_opioid_outpatient_section(real_assistant):
    _first, answer = _chat(real_assistant, OUTPATIENT, "og for opioider?")
    assert answer.hits[0].section == "10.4.1"


@pytest.mark.parametrize(
    ("context", "question", "section"),
    [
        (OUTPATIENT, "Hvilke symptomer gir delirium tremens?", "8.4.5"),
        ("Hvordan behandles søvnproblemer under avrusning?", "Hva er telefonnummeret til Tromsø fengsel?", "14.2.5"),
    ],
)
def test_a_complete_new_question_does_not_inherit_the_old_topic(real_assistant, context, question, section):
    first, answer = _chat(real_assistant, context, question)
    assert answer.hits[0].section == section
    carried = set(first.understood_as.split()) - set(question.lower().split())
    assert not carried & set(answer.understood_as.split()), answer.understood_as


@pytest.mark.parametrize(
    "question",
    [
        "Hvem avruses først når pasienten bruker alkohol, benzodiazepiner og heroin?",
        "Should alcohol and benzos be tapered at the same time?",
    ],
)
def test_several_substances_named_together_are_searched_as_several(real_assistant, question):
    answer = real_assistant.ask(question, Conversation())
    assert "flere rusmidler" in answer.understood_as
    assert any(hit.section.startswith("11.5") for hit in answer.hits[:3])


# --- referenced recommendations, rationale, related and supporting ------------------------


@pytest.mark.parametrize(
    ("question", "referring", "target"),
    [
        # 3810: "Punktene under anbefaling 2 i 3.2.1 er til stede, samt:"
        ("8.3.2", ("8.3.2", 1), ("3.2.1", 2)),
        ("Når kan alkoholavrusning skje poliklinisk?", ("8.3.2", 1), ("3.2.1", 2)),
        # 3878: "Punktene under anbefaling 1 under 3.2.2 er til stede, samt:"
        ("8.3.3", ("8.3.3", 1), ("3.2.2", 1)),
        ("Når bør alkoholavhengige legges inn til avrusning i døgninstitusjon?", ("8.3.3", 1), ("3.2.2", 1)),
    ],
)
def test_a_referenced_recommendation_is_shown_verbatim_with_its_citation(
    real_assistant, real_corpus, question, referring, target
):
    answer = real_assistant.ask(question, Conversation())
    assert referring in [(hit.section, hit.rec) for hit in answer.hits]
    wanted = _rec(real_corpus, *target)
    # Shown once: among the referenced ones, or among the hits when it ranks there itself.
    shown = [hit for hit in answer.referenced + answer.hits if (hit.section, hit.rec) == target]
    assert shown, f"{target} missing from referenced: {[(h.section, h.rec) for h in answer.referenced]}"
    hit = shown[0]
    assert hit.kind == "recommendation"
    assert hit.text == wanted.text
    assert hit.citation.startswith(f"Avrusningsretningslinjen (utkast), {target[0]} ")
    assert f"anbefaling {target[1]} (gradering {wanted.grade})" in hit.citation


@pytest.mark.parametrize("question", ["8.4.3", OUTPATIENT, "Hvordan behandles Wernickes encefalopati?"])
def test_every_recommendation_hit_comes_with_its_rationale(real_assistant, real_corpus, question):
    answer = real_assistant.ask(question, Conversation())
    recs = [hit for hit in answer.hits + answer.referenced if hit.kind == "recommendation"]
    assert recs
    for hit in recs:
        assert answer.rationale.get(hit.citation) == _rec(real_corpus, hit.section, hit.rec).rationale


def test_rationale_of_seizure_prophylaxis_is_the_sections_background(real_assistant):
    answer = real_assistant.ask("8.4.3", Conversation())
    # 4035: "... forskjell mellom terapeutisk dose og forgiftningsdose (smal terapeutisk bredde) ..."
    assert "smal terapeutisk bredde" in answer.rationale[answer.hits[0].citation]


def test_related_groups_are_labelled_by_substance_and_population(real_assistant):
    answers = _chat(real_assistant, OUTPATIENT) + _chat(real_assistant, "Når bør alkoholavhengige legges inn?")
    labels = {group.label for answer in answers for group in answer.related}
    assert {"Alkohol", "Benzodiazepiner", "Opioider"} <= labels
    for answer in answers:
        primary = {(hit.section, hit.rec) for hit in answer.hits}
        for group in answer.related:
            assert group.hits
            for hit in group.hits:
                assert (hit.section, hit.rec) not in primary
                if group.label in LABEL_CHAPTER:
                    assert hit.section.split(".")[0] == LABEL_CHAPTER[group.label], (group.label, hit.section)


@pytest.mark.parametrize(
    "question",
    [
        "Hvordan behandles abstinenser fra sentralstimulerende?",
        "Er fysisk aktivitet nyttig for rusavhengige?",
        "Hjelper psykososiale tiltak mot kokainmisbruk?",
        "what is CIWA-Ar?",
        OUTPATIENT,
    ],
)
def test_supporting_material_is_evidence_or_passages_from_other_sources(real_assistant, question):
    answer = real_assistant.ask(question, Conversation())
    for hit in answer.supporting:
        assert hit.file[:3] != GUIDELINE
        assert hit.kind in {"evidence", "passage"}
        assert hit.rec is None
        if hit.kind == "evidence":
            assert hit.grade in CERTAINTY


@pytest.mark.xfail(strict=True, reason="issue #10: the labelled questions name source 002 only, so the memory "
                   "lifts its passages alike and the evidence rows that carry the certainty fall below them")
def test_cochrane_evidence_is_shown_with_its_certainty(real_assistant):
    answer = real_assistant.ask("Hvor sikker er dokumentasjonen for psykososiale tiltak mot kokainmisbruk?", Conversation())
    evidence = [hit for hit in answer.hits + answer.supporting if hit.kind == "evidence"]
    assert evidence
    assert all(hit.file.startswith("002") and hit.grade in CERTAINTY for hit in evidence)


# --- glossary, grades and wording ---------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "definition"),
    [
        ("hva betyr LAR?", "Legemiddelassistert rehabilitering"),  # line 76
        ("hva står LAR for?", "Legemiddelassistert rehabilitering"),
        ("TSB", "Tverrfaglig spesialisert behandling for rusmiddelmisbruk"),  # line 127
    ],
)
def test_abbreviations_answer_with_their_definition(real_assistant, question, definition):
    answer = real_assistant.ask(question, Conversation())
    first = answer.hits[0]
    assert answer.status == "answered"
    assert first.kind == "glossary"
    assert definition in first.text


def test_ciwa_ar_without_a_glossary_entry_gives_its_own_section(real_assistant):
    # 3276: "7.3.4 CIWA-Ar" describes the instrument; the glossary has no CIWA entry.
    answer = real_assistant.ask("what is CIWA-Ar?", Conversation())
    assert answer.status == "answered"
    assert "7.3.4" in [hit.section for hit in answer.hits[:3]], [hit.section for hit in answer.hits]


def test_a_grade_is_explained_from_chapter_2_11(real_assistant):
    answer = real_assistant.ask("hva betyr gradering C?", Conversation())
    first = answer.hits[0]
    assert (first.kind, first.section) == ("glossary", "2.11")
    # 770: "C Trenger støtte i rapporter eller uttalelser fra autoritative ekspertkomiteer og/eller"
    assert "autoritative ekspertkomiteer" in first.text
    assert first.text.startswith("C")


def test_skal_and_bor_are_explained_from_chapter_2_13(real_assistant):
    answer = real_assistant.ask("hva er forskjellen på skal og bør?", Conversation())
    glossary = {hit.text.split(":")[0]: hit for hit in answer.hits if hit.kind == "glossary"}
    assert {"skal", "bør"} <= set(glossary)
    assert {glossary["skal"].section, glossary["bør"].section} == {"2.13"}
    assert "lov- eller regelfestet" in glossary["skal"].text  # line 798
    assert "sterke anbefalinger" in glossary["bør"].text  # line 800


# --- section look-up and the directory ----------------------------------------------------


@pytest.mark.parametrize(("question", "section", "count"), [("8.4.3", "8.4.3", 3), ("kapittel 12", "12", 5)])
def test_a_section_number_gives_that_sections_recommendations(real_assistant, question, section, count):
    answer = real_assistant.ask(question, Conversation())
    assert answer.status == "answered"
    assert [(hit.kind, hit.section) for hit in answer.hits] == [("recommendation", section)] * count
    assert [hit.rec for hit in answer.hits] == list(range(1, count + 1))


def test_detox_unit_in_bergen(real_assistant):
    answer = real_assistant.ask("avrusningsenhet i Bergen", Conversation())
    first = answer.hits[0]
    assert (first.kind, first.section) == ("directory", "14.1.5")
    assert "Bergen" in first.text and "Adresse:" in first.text and "Telefon:" in first.text


def test_prison_health_services_in_region_north(real_assistant):
    answer = real_assistant.ask("avrusning i fengsel i region nord", Conversation())
    assert len(answer.hits) >= 3
    for hit in answer.hits:
        assert (hit.kind, hit.section) == ("directory", "14.2.5")
        assert "fengsel" in hit.text and "Telefon:" in hit.text


def test_phone_number_of_a_named_clinic(real_assistant):
    answer = real_assistant.ask("telefon til Borgestadklinikken", Conversation())
    first = answer.hits[0]
    assert first.kind == "directory"
    assert "Borgestadklinikken" in first.text
    assert re.search(r"Telefon: \d\d \d\d \d\d \d\d", first.text)  # 7106: "Telefon: 35 90 47 00"


# --- what every answer carries ------------------------------------------------------------

ORDINARY = [
    OUTPATIENT,
    "8.4.3",
    "hva betyr LAR?",
    "avrusningsenhet i Bergen",
    "Hjelper psykososiale tiltak mot kokainmisbruk?",
    "Kan mindfulness hjelpe i rusbehandling?",
    "Er fysisk aktivitet nyttig for rusavhengige?",
    "Hvordan behandles Wernickes encefalopati?",
]


@pytest.mark.parametrize("question", ORDINARY, ids=range(len(ORDINARY)))
def test_guideline_text_anywhere_in_an_answer_carries_the_draft_notice(real_assistant, real_corpus, question):
    answer = real_assistant.ask(question, Conversation())
    guideline = next(source for source in real_corpus.sources if source.id == GUIDELINE)
    shown = [hit.citation for hit in _all_hits(answer) if hit.file[:3] == GUIDELINE]
    if shown:
        assert answer.draft_notice == guideline.draft_notice, f"no draft notice, yet shows {shown[:2]}"


@pytest.mark.parametrize("question", ORDINARY)
def test_understood_as_is_filled(real_assistant, question):
    assert real_assistant.ask(question, Conversation()).understood_as.strip()


@pytest.mark.parametrize(
    ("context", "question", "expansion"),
    [
        (OUTPATIENT, "what about benzos?", "benzodiazepiner"),
        (None, "abstinenser etter fylla", "alkohol"),
        (None, "What dose of valproate is used for seizure prophylaxis?", "valproinsyre"),
    ],
)
def test_expansions_name_the_terms_added_to_the_query(real_assistant, context, question, expansion):
    answer = _chat(real_assistant, *filter(None, [context, question]))[-1]
    assert expansion in answer.expansions


# --- honesty ------------------------------------------------------------------------------

NOT_IN_SOURCES = [
    # (question, a key word absent from all five sources at any word start)
    # A product the lexicon relates to a corpus term (cannabis) without the sources naming it.
    ("Hva gjør vi med abstinenser etter røyking av spice?", "spice"),
    ("Kan vi gi nalokson som nesespray på avdelingen?", "nesespray"),
    ("Hvordan søker pasienten sykepenger under innleggelsen?", "sykepenger"),
    ("Hvor ofte settes Buvidal?", "Buvidal"),
    ("Is psilocybin therapy an option after detox?", "psilocybin"),
    ("Hvor kan pårørende parkere når de besøker avrusningen?", "parker"),
    ("Hvordan behandles abstinens etter xylazin iblandet heroin?", "xylazin"),
    ("Kan ECT brukes mot depresjon under avrusning?", "ECT"),
    ("Finnes det en vaksine mot kokainavhengighet?", "vaksine"),
    ("Bør pasienten få time hos tannlege etter avrusningen?", "tannleg"),
    ("Får pasienten ta med kjæledyret sitt på avrusningsenheten?", "kjæledyr"),
    # An everyday compound whose parts ("hjerte", "starte") never meet in the sources.
    ("Skal avrusningsenheten ha hjertestarter?", "hjertestart"),
]
ANSWERABLE = [
    "Hvordan behandles Wernickes encefalopati?",
    "Hva gjør vi ved GHB-abstinens?",
    "What dose of valproate is used for seizure prophylaxis?",
    "hvor lenge varer abstinensene etter heroin",
    "Hjelper mindfulness mot sug etter rusmidler?",
    "Hva er telefonnummeret til Tromsø fengsel?",
    "Når bør gravide legges inn til avrusning?",
    "kan vi bruke klometiazol",
    # Compounds the sources lack but whose parts they use together or that are ad hoc joins.
    "Bør en pasient med hjertesykdom få antabus?",
    "Hvor lenge bør en benzonedtrapping vare?",
]


def _in_sources(word: str) -> bool:
    pattern = re.compile(rf"\b{re.escape(word)}", re.IGNORECASE)
    return any(pattern.search(path.read_text(encoding="utf-8")) for path in SOURCES.glob("*.txt"))


@pytest.mark.parametrize(("question", "word"), NOT_IN_SOURCES)
def test_what_the_sources_never_mention_is_not_covered(real_assistant, question, word):
    assert not _in_sources(word), f"{word!r} does occur in the sources: pick another question"
    answer = real_assistant.ask(question, Conversation())
    assert answer.status == "not_covered", (answer.status, answer.understood_as, answer.expansions)
    assert answer.message.startswith("Kildene dekker ikke")
    assert answer.hits, "the closest hits are still shown"


def test_a_related_word_shows_the_passage_on_its_term_first(real_assistant):
    answer = real_assistant.ask("Kan pasientene drikke energidrikk på avdelingen?", Conversation())
    assert answer.status == "not_covered"
    assert "«energidrikk»" in answer.message
    # The sleep-hygiene advice on caffeine is the nearest the sources come.
    assert answer.hits[0].section == "6.2.2"
    assert any("kaffe" in hit.text for hit in answer.hits[:2])


def test_ordinary_answerable_questions_are_rarely_called_not_covered(real_assistant):
    # The verdict is a learned model with a measured error rate (README): on these everyday
    # answerable questions at most one may be refused, and every one shows its hits.
    answers = {question: real_assistant.ask(question, Conversation()) for question in ANSWERABLE}
    refused = [question for question, answer in answers.items() if answer.status == "not_covered"]
    assert len(refused) <= 1, refused
    assert all(answer.hits for answer in answers.values())
