"""Which list items of a hit the question points at ("CIWA skår 18" -> "CIWA over 15"), for front ends to mark."""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from assistant.models import Answer, Hit

ITEM_PREFIXES = ("• ", "o ")
_BOUND = r"(\d+(?:[.,]\d+)?)"
_RANGE = re.compile(
    rf"\b(?:(?P<word>under|mindre enn|lavere enn|over|mer enn|høyere enn|minst|fra)\s+{_BOUND}"
    rf"|{_BOUND}\s*[-–]\s*{_BOUND})",
    re.IGNORECASE,
)
_NUMBER = re.compile(_BOUND)
_BELOW = {"under", "mindre enn", "lavere enn"}
_ABOVE = {"over", "mer enn", "høyere enn"}


def _value(text: str) -> float:
    return float(text.replace(",", "."))


def first_range(line: str) -> tuple[float, float, bool] | None:
    """The first range an item states: (low, high, inclusive); "over 15" -> (15, inf, False)."""
    match = _RANGE.search(line)
    if match is None:
        return None
    word, bound, low, high = match.groups()
    if word is None:
        return _value(low), _value(high), True
    word = word.lower()
    if word in _BELOW:
        return -math.inf, _value(bound), False
    if word in _ABOVE:
        return _value(bound), math.inf, False
    return _value(bound), math.inf, True


def in_range(number: float, bounds: tuple[float, float, bool]) -> bool:
    """Whether a number lies in a range from first_range."""
    low, high, inclusive = bounds
    return low <= number <= high if inclusive else low < number < high


def item_lines(text: str) -> list[tuple[int, str]]:
    """(line index, text without its bullet) for the list items of a verbatim text."""
    items = []
    for index, line in enumerate(text.split("\n")):
        stripped = line.strip()
        for prefix in ITEM_PREFIXES:
            if stripped.startswith(prefix):
                items.append((index, stripped[len(prefix) :]))
    return items


def numeric_matches(items: list[tuple[int, str]], numbers: list[float], question_terms: set[str],
                    terms_of: Callable[[str], list[str]]) -> list[int] | None:
    """Items whose first stated range holds a number of the question; None when no item states a range.

    Only items that share a term with the question count ("CIWA over 15" for "CIWA skår 18"), so a
    number about something else ("2 dager") does not pick a score range.
    """
    ranged = [
        (index, bounds)
        for index, line in items
        if (bounds := first_range(line)) is not None and question_terms & set(terms_of(line))
    ]
    if not ranged or not numbers:
        return None
    return [index for index, bounds in ranged if any(in_range(n, bounds) for n in numbers)]


def term_matches(text: str, items: list[tuple[int, str]], question_terms: set[str],
                 terms_of: Callable[[str], list[str]]) -> list[int]:
    """The items sharing the most distinguishing question terms, when they are a minority of the list.

    Terms of the text around the list, and terms in more than half the items, do not distinguish.
    """
    item_indexes = {index for index, _ in items}
    around = {t for i, line in enumerate(text.split("\n")) if i not in item_indexes for t in terms_of(line)}
    item_terms = {index: set(terms_of(line)) & question_terms - around for index, line in items}
    common = {t for t in question_terms if sum(t in terms for terms in item_terms.values()) > len(items) / 2}
    scores = {index: len(terms - common) for index, terms in item_terms.items()}
    best = max(scores.values(), default=0)
    marked = [index for index, score in scores.items() if score == best and best > 0]
    return marked if len(marked) <= len(items) / 2 else []


def matched_lines(hit: Hit, question: str, question_terms: set[str], terms_of: Callable[[str], list[str]]) -> list[int]:
    """The line indexes of the hit's list items that the question points at (none for lists under two items)."""
    items = item_lines(hit.text)
    if len(items) < 2:
        return []
    numbers = [_value(n) for n in _NUMBER.findall(question)]
    by_number = numeric_matches(items, numbers, question_terms, terms_of)
    if by_number is not None:
        return by_number
    return term_matches(hit.text, items, question_terms, terms_of)


def mark_matched_lines(answer: Answer, terms_of: Callable[[str], list[str]]) -> None:
    """Fill `matched_lines` of every hit of the answer from its question."""
    question_terms = set(terms_of(answer.question))
    groups = [answer.hits, answer.referenced, answer.supporting, *(group.hits for group in answer.related)]
    for hits in groups:
        for hit in hits:
            hit.matched_lines = matched_lines(hit, answer.question, question_terms, terms_of)
