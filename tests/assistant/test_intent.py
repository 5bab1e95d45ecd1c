"""What a question asks for decides which path answers it."""

import pytest

from assistant.intent import classify

TERMS = {"lar", "tsb", "ciwa-ar", "agonist"}
PLACES = {"bergen", "trondheim", "tromso", "nord", "vest"}


@pytest.mark.parametrize(
    ("question", "kind", "argument"),
    [
        ("8.4.3", "section", "8.4.3"),
        ("kapittel 12", "section", "12"),
        ("Avsnitt 3.2.1.", "section", "3.2.1"),
        ("hva betyr LAR?", "glossary", "lar"),
        ("What is CIWA-Ar?", "glossary", "ciwa-ar"),
        ("TSB", "glossary", "tsb"),
        ("hva betyr gradering C?", "grading", "C"),
        ("hva er forskjellen på skal og bør?", "grading", "skal bør"),
        ("avrusningsenhet i Bergen", "directory", ""),
        ("telefon til avrusningen i Tromsø", "directory", ""),
        ("avrusning i fengsel i region nord", "directory", ""),
        ("Når er poliklinisk avrusning aktuelt?", "search", ""),
        ("Hvor bør innsatte som skal avruses i fengsel plasseres?", "search", ""),
        ("hva er abstinens?", "search", ""),
    ],
)
def test_classify(question, kind, argument):
    intent = classify(question, TERMS, PLACES)
    assert (intent.kind, intent.argument) == (kind, argument)
