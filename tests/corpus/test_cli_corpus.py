"""`veileder corpus stats|show|recs` on the real sources, as a user at the terminal runs them."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from assistant.cli import main

GUIDELINE_FILE = "003_3675a00eb45dcb5c.txt"
RECS_KEYS = {"file", "section", "section_title", "rec", "grade", "strength", "page", "text"}


def _run(argv: list[str], capsys) -> tuple[int, str, str]:
    status = main(argv)
    out, err = capsys.readouterr()
    return status, out, err


def test_stats_counts_each_source_by_kind(capsys, real_corpus):
    status, out, _err = _run(["corpus", "stats"], capsys)
    assert status == 0
    lines = {line.split()[0]: line for line in out.splitlines() if line[:3].isdigit() and ".txt" in line}
    assert set(lines) == {source.file for source in real_corpus.sources}
    guideline = lines[GUIDELINE_FILE]
    # Hand-counted in the guideline: 115 numbered recommendations, 55 appendix entries.
    assert "115 anbefalinger" in guideline
    assert "55 adresseoppføringer" in guideline
    sections = Counter(section.source_id for section in real_corpus.sections)
    for source in real_corpus.sources:
        assert f"{sections[source.id]} avsnitt" in lines[source.file]


def test_stats_shows_the_grade_distribution(capsys, real_corpus):
    _status, out, _err = _run(["corpus", "stats"], capsys)
    grade_line = next(line for line in out.splitlines() if line.startswith("Gradering:"))
    counts = Counter(rec.grade or "–" for rec in real_corpus.recommendations)
    for grade in "ABCD":
        assert f"{grade}: {counts[grade]}" in grade_line
    # 8.4.6 rec 3 prints no grade letter: it must show up as ungraded, not vanish.
    assert "–: 1" in grade_line
    assert sum(counts.values()) == 115


def test_stats_warnings_lists_every_warning_with_file_and_line(capsys, real_corpus):
    status, out, _err = _run(["corpus", "stats", "--warnings"], capsys)
    assert status == 0
    assert real_corpus.warnings, "the real sources do give the parser reasons to warn"
    for warning in real_corpus.warnings:
        assert f"{warning.file}:{warning.line}: {warning.message}" in out
    plain = _run(["corpus", "stats"], capsys)[1]
    assert f"{real_corpus.warnings[0].file}:{real_corpus.warnings[0].line}:" not in plain


def test_show_prints_a_section_with_its_graded_recommendations(capsys):
    status, out, _err = _run(["corpus", "show", "8.4.3"], capsys)
    assert status == 0
    assert out.startswith("8.4.3 Krampeprofylakse")
    for number in (1, 2, 3):
        assert f"[8.4.3 anbefaling {number}, gradering A]" in out
    assert "Det bør gis valproinsyre 600-900 mg som engangsdose ved promille under 1" in out


def test_show_a_chapter_without_subsections(capsys):
    status, out, _err = _run(["corpus", "show", "12"], capsys)
    assert status == 0
    assert out.startswith("12 AVRUSNING AV GRAVIDE")
    assert out.count("[12 anbefaling ") == 7
    assert "[12 anbefaling 2, gradering A]" in out
    assert "Graviditetstest bør tilbys ved mulighet for graviditet." in out


@pytest.mark.parametrize("section", ["99.9", "8.4.99", "kapittel"])
def test_show_an_unknown_section_exits_2_with_a_norwegian_message(capsys, section):
    status, out, err = _run(["corpus", "show", section], capsys)
    assert status == 2
    assert out == ""
    assert "fant ikke avsnitt" in err
    assert "Traceback" not in err


def test_recs_json_gives_one_object_per_recommendation(capsys, real_corpus):
    status, out, _err = _run(["corpus", "recs", "--json"], capsys)
    assert status == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 115
    assert all(RECS_KEYS <= row.keys() for row in rows)
    by_id = {(row["section"], row["rec"], row.get("list", 1)): row for row in rows}
    first = by_id[("3.2.1", 1, 1)]
    assert first["file"] == GUIDELINE_FILE
    assert (first["section_title"], first["grade"], first["strength"]) == ("Poliklinisk avrusning", "C", "bør")
    assert first["text"].startswith("Det bør ved de enkelte HF-ene være et tilbud om poliklinisk avrusning")
    assert by_id[("8.4.6", 3, 1)]["grade"] is None
    texts = {rec.text for rec in real_corpus.recommendations}
    assert {row["text"] for row in rows} == texts
