"""The index over the real sources, persisted and reloaded, answers hand-checked questions."""

from __future__ import annotations

import pytest

from index import load_index

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def real_index(tmp_path_factory):
    cache = tmp_path_factory.mktemp("cache")
    load_index(cache_dir=cache)
    return load_index(cache_dir=cache)  # the second one comes from the file


@pytest.mark.parametrize(
    ("query", "section", "kind"),
    [
        # 14.2.5: the Trondheim prison health service entry, with its telephone number.
        ("telefon Trondheim fengsel", "14.2.5", "directory"),
        # 8.4.1 rec 1: thiamine, preferably intramuscular, for the malnourished.
        ("tiamin intramuskulært til feilernærte", "8.4.1", "recommendation"),
        # 8.3.2 rec 3: support persons in outpatient detox, typed without "ø".
        ("stottepersoner ved poliklinisk avrusning", "8.3.2", "recommendation"),
        # 13.1 rec 1: ambulance staff give an opioid antagonist after an overdose.
        ("nalokson etter overdose ambulanse", "13.1", "recommendation"),
        # 14.1.6: Oslo universitetssykehus' detox unit at Aker, asked for by its short name.
        ("Hvor mange avgiftningssenger har OUS?", "14.1.6", "directory"),
        # 9.4 rec 1: oxazepam is the first choice ("førstevalg") for benzodiazepine tapering.
        ("first-line drug for benzodiazepine detox", "9.4", "recommendation"),
        # 8.2.3: delirium tremens starts 48-96 hours after the last alcohol intake.
        ("How soon after the last drink does delirium tremens develop?", "8.2.3", "passage"),
    ],
)
def test_hand_checked_questions_find_their_section(real_index, query, section, kind):
    best = real_index.search(query, top=1).hits[0].chunk
    assert (best.section, best.kind) == (section, kind)


def test_the_reloaded_index_knows_its_sources(real_index):
    assert real_index.manifest.sources_key
    assert real_index.manifest.chunk_count == len(real_index.chunks) > 500


def test_an_english_question_is_not_repaired_into_norwegian_words(real_index):
    assert real_index.analyze("Can we prevent seizures in someone treating withdrawal?").repairs == {}
    assert real_index.analyze("abstinnes etter alkohol").repairs == {"abstinnes": "abstinens"}


def test_an_english_inflection_reaches_its_lexicon_entry(real_index):
    analyzed = real_index.analyze("Can cannabis users be detoxed as outpatients?")
    assert "avrusning" in analyzed.expansions
    assert "detoxed" not in analyzed.unknown


def test_an_inflection_the_corpus_lacks_is_searched_as_its_lemma(real_index):
    # The text has "vekke" only; suffix stripping alone would have made "vekket" into "vekk".
    analyzed = real_index.analyze("vi får ikke vekket ham")
    assert analyzed.lemmas == {"vekket": "vekke"}
    assert "vekke" in analyzed.terms


def test_an_abbreviation_with_an_apostrophe_ending_is_understood(real_index):
    assert "overdose" in real_index.analyze("har tatt flere od'er").expansions


def test_a_compound_with_a_stop_word_part_is_not_unknown(real_index):
    # "plass" is on spaCy's stop list, yet "avrusningsplass" is an ordinary compound.
    assert real_index.analyze("avrusningsplass for pasienten").unknown == []
    assert real_index.analyze("ketamin ved abstinens").unknown == ["ketamin"]


def test_the_preposition_for_does_not_search_foer(real_index):
    # "for" folds to the key of "før" (kept as a word that matters); only "før" itself
    # or English "before" should search it.
    assert "for" not in real_index.analyze("Hva anbefales for gravide?").terms
    assert "for" in real_index.analyze("Hva bør gjøres før innleggelsen?").terms
    assert "for" in real_index.analyze("What should be done before admission?").terms


def test_clinical_english_reaches_the_guideline_words(real_index):
    # 7.2 rec 4 lists "elektrolytter, glukose"; chapter 7 asks about "depresjon".
    expansions = real_index.analyze("electrolytes and blood sugar in depressed patients").expansions
    assert {"elektrolytter", "glukose", "depresjon"} <= set(expansions)


@pytest.mark.parametrize(
    ("question", "unfamiliar"),
    [
        ("Skal avrusningsenheten ha hjertestarter?", ["hjertestarter"]),
        # "hjerte- og karsykdom": the parts stand together in the guideline.
        ("antabus ved hjertesykdom", []),
        # An ad hoc join of two guideline words, not a word of its own.
        ("benzonedtrapping hjemme", []),
    ],
)
def test_an_everyday_compound_whose_parts_never_meet_is_unfamiliar(real_index, question, unfamiliar):
    assert real_index.search(question).query.unfamiliar_compounds == unfamiliar


def test_a_match_only_the_curated_keywords_give_is_marked(real_index):
    # 13.1 rec 1 says "opioidantagonist"; "nalokson" is one of its keywords.
    hit = next(h for h in real_index.search("nalokson opioidantagonist ambulansepersonell").hits
               if h.chunk.section == "13.1" and h.chunk.rec == 1)
    assert "nalokson" in hit.from_keywords
    assert "opioidantagonist" not in hit.from_keywords
