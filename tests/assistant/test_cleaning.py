"""Input hygiene: junk never reaches the search, and the user is told why."""

import pytest

from assistant.cleaning import MAX_CHARS, clean


@pytest.mark.parametrize("raw", ["", "   ", "\n\t", "?!?...", "😀🙈", "\x00\x01\x02\x03"])
def test_nothing_searchable_gives_a_norwegian_reason(raw):
    cleaned = clean(raw)
    assert cleaned.text == ""
    assert cleaned.problem and cleaned.problem[0].isupper()


def test_binary_junk_is_refused():
    assert clean("ab\x00\x01\x02\x03\x04\ufffd\ufffd").problem == "Teksten ser ut som binære data, ikke et spørsmål."


def test_control_characters_inside_a_question_are_removed():
    assert clean("Når er\x07 poliklinisk\x1b avrusning aktuelt?").text == "Når er poliklinisk avrusning aktuelt?"


def test_long_input_is_cut_at_a_word_and_noted():
    cleaned = clean("abstinens " * 2000)
    assert cleaned.problem is None
    assert len(cleaned.text) <= MAX_CHARS and cleaned.text.endswith("abstinens")
    assert "første" in cleaned.note


def test_short_real_questions_pass_unchanged():
    assert clean("B1").text == "B1"
    assert clean("  hva betyr LAR?  ").text == "hva betyr LAR?"
