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


def test_long_input_keeps_its_end_from_a_whole_word_and_says_what_was_used():
    case_note = "Pasienten har drukket daglig i mange år og skjelver nå. " * 9
    question = "Når bør vi starte med tiamin?"
    cleaned = clean(case_note + question)
    assert cleaned.problem is None
    assert len(cleaned.text) <= MAX_CHARS and cleaned.text.endswith(question)
    assert cleaned.text.split()[0] in case_note.split()
    first_words = " ".join(cleaned.text.split()[:6])
    assert cleaned.note == (f"Spørsmålet var langt ({len(case_note + question)} tegn); bare de siste "
                            f"{len(cleaned.text)} tegnene ble brukt, fra «{first_words} …».")


def test_short_real_questions_pass_unchanged():
    assert clean("B1").text == "B1"
    assert clean("  hva betyr LAR?  ").text == "hva betyr LAR?"
