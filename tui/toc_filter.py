"""The browse filter: words, substances and grades that narrow the table of contents."""

from __future__ import annotations

from dataclasses import dataclass

from tui import texts

GRADES = frozenset("ABCD")
FOLDS = str.maketrans({"æ": "ae", "ø": "o", "å": "a"})


def fold(text: str) -> str:
    """Lower case with æ/ø/å folded, so "rusmiddel" and "rusmiddél"-like typing both match."""
    return text.casefold().translate(FOLDS)


@dataclass(frozen=True)
class TocFilter:
    """A parsed filter: every word must occur, and any listed grade must be present."""

    words: tuple[str, ...] = ()
    grades: frozenset[str] = frozenset()

    @classmethod
    def parse(cls, query: str) -> TocFilter:
        """Read "grad:A" (or a lone capital A–D) as a grade, everything else as words."""
        words, grades = [], set()
        for token in query.split():
            grade = token[len(texts.GRADE_FILTER_PREFIX) :].upper()
            if fold(token).startswith(texts.GRADE_FILTER_PREFIX) and grade in GRADES:
                grades.add(grade)
            elif token in GRADES:
                grades.add(token)
            else:
                words.append(fold(token))
        return cls(tuple(words), frozenset(grades))

    @property
    def empty(self) -> bool:
        """Whether the filter lets everything through."""
        return not self.words and not self.grades

    def matches(self, searchable: str, section_grades: set[str]) -> bool:
        """Whether a section with this (folded) text and these grades passes."""
        if self.grades and not self.grades & section_grades:
            return False
        return all(word in searchable for word in self.words)
