"""The analyser: æøå folding, compounds, typo guards, stop words, English function words."""

from __future__ import annotations

import pytest

from index.analysis import Analyzer
from index.compounds import split_compound
from index.lexicon import Lexicon
from index.typos import repair_typo
from index.vocabulary import build_vocabulary

TEXTS = [
    "Alkoholavhengige pasienter bør få tiamin.",
    "Pasienter som er avhengige av alkohol trenger oppfølging.",
    "Ved overdose må ambulansen tilkalles. Over halvparten fikk en dose nalokson.",
    "Abstinens etter siste drink. Totale mengder og høring.",
    "Støttepersoner kan delta i avrusningen. Alkoholproblemer er vanlige.",
    "Problemer med søvn er vanlige.",
]


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(build_vocabulary(TEXTS, Lexicon()))


def test_folding_lets_a_word_typed_without_oe_match(analyzer):
    typed = analyzer.query("stottepersoner").weights
    written = analyzer.query("støttepersoner").weights
    assert typed == written
    assert analyzer.document_terms("Støttepersoner")[0] in typed


def test_inflections_share_a_lemma(analyzer):
    assert analyzer.document_terms("pasienter") == analyzer.document_terms("pasient")


def test_unknown_compound_is_indexed_whole_and_in_parts(analyzer):
    terms = analyzer.document_terms("alkoholavhengige")
    assert terms[1:] == analyzer.document_terms("alkohol") + analyzer.document_terms("avhengige")


def test_words_written_apart_reach_the_compound(analyzer):
    compound_terms = set(analyzer.document_terms("alkoholavhengige"))
    assert set(analyzer.query("alkohol avhengige").weights) <= compound_terms


def test_a_query_compound_the_corpus_lacks_is_split(analyzer):
    analyzed = analyzer.query("søvnproblemer").analyzed
    assert analyzed.splits == {"sovnproblemer": ["sovn", "problemer"]}
    assert analyzed.unknown == []


def test_a_word_the_lemmatiser_knows_is_not_split(analyzer):
    assert "overdose" not in analyzer.vocab.splits
    assert analyzer.query("overdose").analyzed.splits == {}


def test_split_needs_two_parts_of_four_letters():
    assert split_compound("tiltak", {"til", "tak"}) is None
    assert split_compound("avrusningsenheter", {"avrusning", "enheter"}) == ("avrusning", "enheter")


def test_typo_is_repaired_to_a_corpus_word(analyzer):
    analyzed = analyzer.query("abstinnes")
    assert analyzed.analyzed.repairs == {"abstinnes": "abstinens"}
    assert analyzed.weights.keys() == analyzer.query("abstinens").weights.keys()


def test_typo_repair_keeps_its_guards():
    pool = {"t": ("totale",), "h": ("høring", "horing"), "d": ("dosen",)}
    assert repair_typo("vitale", pool) is None  # other first letter
    assert repair_typo("kjoring", pool) is None
    assert repair_typo("dosn", pool) is None  # too short to repair
    assert repair_typo("totalt", pool) == "totale"


def test_a_real_word_is_only_repaired_to_its_own_inflection():
    analyzer = Analyzer(build_vocabulary(["Hvordan pasienten takler medisiner."], Lexicon()))
    assert analyzer.query("taklerr").analyzed.repairs == {"taklerr": "takler"}
    fees = analyzer.query("hvilke takster").analyzed  # a real word, not a misspelt "takler"
    assert fees.repairs == {}
    assert fees.unknown == ["takster"]
    assert analyzer.query("medisineres").analyzed.repairs == {"medisineres": "medisiner"}


def test_a_word_capitalised_inside_a_sentence_is_a_name_not_a_typo(analyzer):
    assert analyzer.query("gi pasienten tiamim").analyzed.repairs == {"tiamim": "tiamin"}
    named = analyzer.query("meldes det i Tiamim?").analyzed
    assert named.repairs == {}
    assert "tiamim" in named.unknown


def test_unknown_content_words_are_reported(analyzer):
    assert analyzer.query("nikotinplaster for røykere").analyzed.unknown == ["nikotinplaster", "roykere"]


def test_stop_list_keeps_words_that_matter(analyzer):
    for word in ["tidligere", "samtidig", "etter", "før", "siste", "under", "over", "uten", "kveld"]:
        assert not analyzer.is_stop(word), word
    for word in ["og", "i", "på", "det", "som", "nar", "pa"]:
        assert analyzer.is_stop(word), word


def test_english_function_words_are_dropped(analyzer):
    tokens = analyzer.query("What should the staff do when there is an overdose?").analyzed.tokens
    assert tokens == ["staff", "overdose"]


def test_a_multi_word_variant_is_matched_as_a_phrase(tiny_index):
    analyzed = tiny_index.analyze("withdrawal symptoms after heroin")
    assert analyzed.expansions == ["abstinens"]
    assert "abstinens" in analyzed.terms
    assert analyzed.unknown == []  # "symptoms" is part of the variant


def test_lexicon_expand_words_are_searched(tiny_index):
    analyzed = tiny_index.analyze("pasienten tok en od")
    assert analyzed.expansions == ["overdose", "selvmordstanker"]
    assert {"overdose", "selvmordstanke"} <= set(analyzed.terms)


def test_a_word_only_the_lexicon_knows_is_not_unknown(tiny_index):
    assert tiny_index.analyze("heminevrin").unknown == []


def test_a_related_word_searches_its_term_but_stays_unknown_to_the_sources(tiny_index):
    analyzed = tiny_index.analyze("bør pasienten få nesespray")
    assert "nalokson" in analyzed.terms
    assert analyzed.unknown == analyzed.related == ["nesespray"]


def test_a_related_phrase_marks_only_its_words_the_sources_lack(tiny_index):
    analyzed = tiny_index.analyze("nasal spray for overdose")
    assert "nalokson" in analyzed.terms
    assert set(analyzed.unknown) == {"nasal", "spray"}


def test_a_variant_is_not_unknown_where_a_related_word_would_be(tiny_index):
    assert tiny_index.analyze("naloxone").unknown == []


def test_typing_the_term_itself_searches_its_expand_words_without_echoing_it(tiny_index):
    assert tiny_index.analyze("overdose").expansions == ["selvmordstanker"]


FAMILY_TEXTS = [
    "Pasienten bør tilbys innleggelse.",
    "Vurdering av abstinens skal gjøres daglig.",
    "Nedtrapping tar tid.",
    "Pasienten bør ikke drikke.",
]


@pytest.fixture(scope="module")
def family_analyzer() -> Analyzer:
    return Analyzer(build_vocabulary(FAMILY_TEXTS, Lexicon()))


def test_a_verb_also_searches_the_noun_the_text_uses(family_analyzer):
    assert "vurdering" in family_analyzer.query("Hvordan vurdere abstinensene?").weights


def test_a_phrasal_verb_searches_the_prefixed_noun(family_analyzer):
    weights = family_analyzer.query("Når bør han legges inn, og når kan vi trappe ned?").weights
    assert "innleggelse" in weights
    assert "nedtrapping" in weights


def test_derived_words_weigh_less_than_the_words_typed(family_analyzer):
    weights = family_analyzer.query("vurdere").weights
    assert weights["vurdering"] < weights["vurdere"]


def test_an_english_question_gets_no_norwegian_word_families(family_analyzer):
    assert "vurdering" not in family_analyzer.query("how do we vurdere the withdrawal?").weights


def test_a_word_whose_relative_the_text_uses_is_not_unknown(family_analyzer):
    unknown = family_analyzer.query("vurdere drikkingen sykkelen").analyzed.unknown
    assert "vurdere" not in unknown
    assert "drikkingen" not in unknown  # definite form of "drikking", the noun of "drikke"
    assert "sykkelen" in unknown


def test_two_letter_parts_of_joined_tokens_are_not_indexed_unless_they_hold_a_digit(analyzer):
    # "ar" of CIWA-Ar would otherwise match "år" (folded "ar") in any question about years.
    assert "ar" not in analyzer.document_terms("CIWA-Ar")
    assert "b1" in analyzer.document_terms("B1-vitamin")
