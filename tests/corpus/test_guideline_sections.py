"""The guideline's section tree, checked against a reading of the whole text."""

from __future__ import annotations

import pytest

DIRECTORY_STARTS = {
    "14.1.3": 6227, "14.1.4": 6469, "14.1.5": 6591, "14.1.6": 6714, "14.1.7": 7092,
    "14.1.8": 7526, "14.2.1": 7863, "14.2.2": 8313, "14.2.3": 8578, "14.2.4": 8840,
    "14.2.5": 8973,
}
"""Heading lines of the appendix sections that hold directory entries."""


def sections(guideline):
    return {section.number: section for section in guideline.sections}


@pytest.mark.parametrize(
    ("number", "title", "parent"),
    [
        ("8.2.2", "Alkoholisk hallusinose", "8.2"),
        ("8.4.4", "Symptomlindring", "8.4"),
        ("10.4.2", "Avrusning i døgninstitusjon", "10.4"),
        ("7.3.10", "OWS", "7.3"),
        ("8.1.1", "Grader av alkoholabstinens", "8.1"),
        ("3.2", "Valg av riktig behandlingsnivå", "3"),
        ("2.11", "Gradering av anbefalinger", "2"),
        ("2.13", "Bruk av skal og bør i retningslinjer", "2"),
        ("2.1", "Hva er en nasjonal, faglig retningslinje?", "2"),
        ("14.1.8", "Oversikt over avrusningsenheter - Andre", "14.1"),
        ("14.2.5", "Oversikt avrusning i fengsler - Region nord", "14.2"),
    ],
)
def test_headings_in_both_layouts_are_found(guideline, number, title, parent):
    section = sections(guideline)[number]
    assert (section.title, section.parent, section.chapter) == (title, parent, number.split(".")[0])


def test_chapters_have_their_printed_titles(guideline):
    chapters = {s.number: s.title for s in guideline.sections if s.number.isdigit()}
    assert list(chapters) == [str(n) for n in range(1, 15)]
    assert chapters["8"] == "AVRUSNING FRA ALKOHOL"
    assert chapters["4"] == "AKUTT RUSBEHANDLING/ØYEBLIKKELIG HJELP"
    assert chapters["11"] == "AVRUSNING FRA ANDRE RUSMIDLER OG FLERE RUSMIDLER"


def test_directory_sections_have_exact_spans(guideline, guideline_lines):
    found = sections(guideline)
    assert {number: found[number].span.start for number in DIRECTORY_STARTS} == DIRECTORY_STARTS
    assert found["14.1.8"].span.end == 7758
    assert found["14.2.4"].span.end == 8972
    assert found["14.2.5"].span.end == len(guideline_lines)


def test_glossary_parts_are_front_sections(guideline):
    found = sections(guideline)
    assert (found["Forkortelser"].span.start, found["Forkortelser"].span.end) == (25, 142)
    assert (found["Sentrale begrep"].span.start, found["Sentrale begrep"].span.end) == (143, 229)
    assert found["Forkortelser"].parent is None


def test_chapter_introduction_belongs_to_its_chapter(guideline):
    found = sections(guideline)
    assert (found["4"].span.start, found["4"].span.end) == (1242, 1273)
    assert found["3.5"].span.end == 1241
    assert (found["8"].span.start, found["8"].span.end) == (3501, 3532)
    assert found["10"].span.start == 4695


def test_chapter_12_has_no_numbered_sections_and_owns_its_text(guideline):
    found = sections(guideline)
    assert (found["12"].span.start, found["12"].span.end) == (5615, 5757)
    assert not [s for s in guideline.sections if s.parent == "12"]


def test_numbered_lines_that_are_not_headings_are_text(guideline):
    numbers = sections(guideline)
    assert "14.3" not in numbers
    assert all(not n.startswith("Tabell") for n in numbers)


def test_numbers_increase_and_parents_exist(guideline):
    numbered = [s for s in guideline.sections if "." in s.number]
    keys = [tuple(int(p) for p in s.number.split(".")) for s in numbered]
    assert keys == sorted(keys)
    known = {s.number for s in guideline.sections}
    assert all(s.parent in known for s in numbered)


def test_sections_follow_document_order_with_chapters_first(guideline):
    order = [s.number for s in guideline.sections]
    assert order[:5] == ["INNLEDNING", "SAMMENDRAG", "Forkortelser", "Sentrale begrep", "1"]
    assert order.index("7") == order.index("7.1") - 1
    assert order.index("12") == order.index("11.5") + 1
