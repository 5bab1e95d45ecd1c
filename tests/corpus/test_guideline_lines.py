"""Paragraph rebuilding and noise detection for PDF-extracted lines."""

from __future__ import annotations

from corpus.lines import noise_reason, rebuild_paragraphs
from corpus.models import Span


def test_wrapped_lines_join_until_the_sentence_ends():
    lines = ["Dette er en lang linje som ", "", "fortsetter her. ", "", "Neste avsnitt. "]
    assert rebuild_paragraphs(lines, 1, 5) == [
        ("Dette er en lang linje som fortsetter her.", Span(start=1, end=3)),
        ("Neste avsnitt.", Span(start=5, end=5)),
    ]


def test_abbreviation_at_line_end_does_not_end_the_paragraph():
    lines = ["Det gjelder f.eks. ", "", "pasienter med kramper. "]
    assert [text for text, _ in rebuild_paragraphs(lines, 1, 3)] == [
        "Det gjelder f.eks. pasienter med kramper."
    ]


def test_bullets_and_sub_bullets_become_their_own_lines():
    lines = ["Følgende gjelder: ", "\uf0b7 Ett punkt som ", "fortsetter ", "o Et underpunkt "]
    assert [text for text, _ in rebuild_paragraphs(lines, 1, 4)] == [
        "Følgende gjelder:",
        "• Ett punkt som fortsetter",
        "  o Et underpunkt",
    ]


def test_hyphen_breaks_and_suspended_compounds():
    lines = ["utsatt for HIV-", "smitte og rus- ", "og avhengighet. "]
    assert rebuild_paragraphs(lines, 1, 3)[0][0] == "utsatt for HIV-smitte og rus- og avhengighet."


def test_margin_comment_and_page_mark_inside_a_sentence_are_skipped():
    lines = [
        "bygget på prinsippene i rusreformen ",
        "Merknad [gwe2]: Skal i boks ",
        "Nasjonal faglig retningslinje for avrusning 28 ",
        " og Opptrappingsplan for rusfeltet. ",
    ]
    assert rebuild_paragraphs(lines, 1, 4) == [
        ("bygget på prinsippene i rusreformen og Opptrappingsplan for rusfeltet.", Span(start=1, end=4)),
    ]


def test_real_paragraph_of_the_guideline(guideline_lines):
    paragraphs = rebuild_paragraphs(guideline_lines, 387, 399)
    assert paragraphs[0][1] == Span(start=387, end=391)
    assert paragraphs[0][0].startswith("I Norge har man lang tradisjon for avrusning på institusjon.")
    assert paragraphs[0][0].endswith("enn pasienter som brukte illegale rusmidler.")


def test_repeated_margin_link_is_noise_but_a_printed_address_is_text(guideline_lines):
    assert guideline_lines[3283] == "http://www.snakkomrus.no/audit/index.html"
    assert noise_reason(guideline_lines, 3284) == "lenke"
    assert noise_reason(guideline_lines, 2931) is None
    assert noise_reason(guideline_lines, 1489) == "merknad"
