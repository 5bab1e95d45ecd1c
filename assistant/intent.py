"""What a question asks for: a section, a term, a grade or wording, a unit, or guidance."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from assistant.text import fold, words

IntentKind = Literal["section", "glossary", "grading", "directory", "search"]

_SECTION = re.compile(
    r"^\s*(?:kapittel|kap\.?|avsnitt|punkt|seksjon|section|chapter|vis)?\s*(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s*$",
    re.IGNORECASE,
)
_GLOSSARY_ASK = re.compile(
    r"^\s*(?:hva\s+(?:betyr|står|er|menes\s+med)|hva\s+er\s+en|what\s+(?:is|are|does)|"
    r"define|forklar|definisjon\s+(?:av|på))\s+(?:en\s+|et\s+|the\s+|a\s+|an\s+)?(.+?)"
    r"(?:\s+for\s+noe|\s+for|\s+mean|\s+stand\s+for|\s+står\s+for)?\s*\??\s*$",
    re.IGNORECASE,
)
_GRADE = re.compile(r"\b(?:gradering|grad|graderingen|grade|evidensgrad|nivå)\s*([a-d])\b", re.IGNORECASE)
_STRENGTH_WORDS = ("skal", "bør", "kan")
_WORDING = re.compile(r"\b(?:forskjell|skille|betyr|bety|mening|difference|meaning)", re.IGNORECASE)
_CONTACT_WORDS = (
    "adresse", "telefon", "tlf", "kontaktinfo", "kontaktperson", "e-post", "epost", "address",
    "phone", "hvor ligger", "nettside", "website",
)
_DIRECTORY_CUES = {
    "avrusning", "avrusningsenhet", "avrusningsenheten", "avrusningsenheter", "fengsel", "fengselet",
    "detox", "enhet", "enheten", "tilbud", "tilbyr", "imot", "senger", "plasser", "unit", "prison",
    "avgiftning", "poliklinisk", "gravide", "ta", "tar", "innsatte", "nyinnsatte", "behandlingssenter",
}


@dataclass(frozen=True)
class Intent:
    """The kind of question and its argument (section number, term, grade letter)."""

    kind: IntentKind
    argument: str = ""


def classify(question: str, glossary_terms: set[str], places: set[str]) -> Intent:
    """Decide what the question asks for; `glossary_terms` and `places` are folded words."""
    if match := _SECTION.match(question):
        return Intent("section", match.group(1))
    if grading := _grading(question):
        return grading
    if term := _glossary_term(question, glossary_terms):
        return Intent("glossary", term)
    if _asks_directory(question, places):
        return Intent("directory")
    return Intent("search")


def _grading(question: str) -> Intent | None:
    folded = question.lower()
    if (match := _GRADE.search(folded)) and len(words(question)) <= 8:
        return Intent("grading", match.group(1).upper())
    named = [word for word in _STRENGTH_WORDS if re.search(rf"«?\b{word}\b»?", folded)]
    if len(named) >= 2 and _WORDING.search(folded):
        return Intent("grading", " ".join(named))
    return None


def _glossary_term(question: str, terms: set[str]) -> str | None:
    tokens = words(question)
    if len(tokens) == 1 and tokens[0] in terms:
        return tokens[0]
    match = _GLOSSARY_ASK.match(question)
    if not match:
        return None
    asked = fold(match.group(1)).strip(" ?.«»\"'")
    return asked if asked in terms else None


def _asks_directory(question: str, places: set[str]) -> bool:
    """A named place or unit with a directory cue, or a request for contact details of one."""
    folded = fold(question)
    tokens = set(words(question))
    if not tokens & places:
        return False
    return bool(tokens & _DIRECTORY_CUES) or any(fold(word) in folded for word in _CONTACT_WORDS)
