"""Nynorsk is read as Bokmål: a Nynorsk spelling of a Bokmål word is that word, for the
search and for the judgement of which words the sources lack."""

from __future__ import annotations

import pytest

from index.nynorsk import bokmal_form


@pytest.mark.parametrize(
    ("nynorsk", "bokmal"),
    [("halde", "holde"), ("vald", "vold"), ("meiner", "mener"), ("vidare", "videre"),
     ("sjukepleiar", "sykepleier"), ("mistenkjer", "mistenker")],
)
def test_a_nynorsk_spelling_is_read_as_its_bokmal_word(nynorsk, bokmal):
    assert bokmal_form(nynorsk) == bokmal


@pytest.mark.parametrize("word", ["mat", "permisjon", "helg", "frist", "pasient", "tramadol"])
def test_a_word_common_in_bokmal_or_foreign_to_nynorsk_is_left_alone(word):
    # "mat" could be rewritten to the frequent "mot": a common Bokmål word is never respelt.
    assert bokmal_form(word) is None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("nynorsk", "bokmal"),
    [
        ("Kan vi gje Sobril, eller bør vi halde oss til middel som ikkje gir rus?",
         "Kan vi gi Sobril, eller bør vi holde oss til midler som ikke gir rus?"),
        ("Kva meiner retningslinja med behandlingsnivå?", "Hva mener retningslinjen med behandlingsnivå?"),
        ("Kan vald mot personalet vere grunn til akutt innlegging?",
         "Kan vold mot personalet være grunn til akutt innleggelse?"),
    ],
)
def test_a_nynorsk_question_has_no_unknown_words_its_bokmal_twin_lacks(real_index, nynorsk, bokmal):
    assert real_index.analyze(nynorsk).unknown == real_index.analyze(bokmal).unknown == []


@pytest.mark.slow
def test_a_nynorsk_spelling_searches_the_corpus_word(real_index):
    bokmal = set(real_index.analyze("vold mot personalet").terms)
    assert bokmal <= set(real_index.analyze("vald mot personalet").terms)
