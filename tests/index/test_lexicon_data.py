"""Checks of the hand-written lexicon and recommendation keyword index against the texts."""

from __future__ import annotations

import bisect
import re
import tomllib
from collections import Counter, defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "index" / "data"
SOURCES = ROOT / "corpus" / "sources"
GUIDELINE = SOURCES / "003_3675a00eb45dcb5c.txt"
CATEGORIES = {"substance", "drug", "tool", "setting", "population", "clinical", "process", "person", "other"}
WORD = re.compile(r"\w+")
# A recommendation's text ends at the next heading ("8.4.3 Krampeprofylakse" or "Valg av behandlingsnivå 8.3").
HEADING = re.compile(r"^\s*(\d{1,2}(\.\d+)*\s+\S.{0,90}|\S.{0,90}\s\d{1,2}\.\d+(\.\d+)*)\s*$")
REC_SPAN_CAP = 60


def _load(name: str) -> dict:
    with open(DATA / name, "rb") as f:
        return tomllib.load(f)


LEXICON = _load("lexicon.toml")
ENTRIES: list[dict] = LEXICON["entry"]
RECS: list[dict] = _load("keywords.toml")["rec"]


@pytest.fixture(scope="module")
def corpus_words() -> list[str]:
    """Every distinct lowercase word of the five sources, sorted for prefix look-up."""
    words: set[str] = set()
    for path in sorted(SOURCES.glob("*.txt")):
        words.update(WORD.findall(path.read_text(encoding="utf-8").lower()))
    return sorted(words)


@pytest.fixture(scope="module")
def guideline_lines() -> list[str]:
    """The guideline's lines, index 0 being line 1."""
    return GUIDELINE.read_text(encoding="utf-8").split("\n")


def _reaches(word: str, sorted_words: list[str]) -> bool:
    """True if `word` is a corpus word or the start of one."""
    i = bisect.bisect_left(sorted_words, word)
    return i < len(sorted_words) and sorted_words[i].startswith(word)


def _has_english(entry: dict) -> bool:
    """True if the entry says some of its variants are English."""
    return "en" in entry.get("lang", [])


def test_lexicon_entries_are_complete_and_broad():
    assert len(ENTRIES) >= 300
    for entry in ENTRIES:
        assert {"term", "category", "variants"} <= entry.keys(), entry
        assert entry["category"] in CATEGORIES, entry["term"]
        assert entry["variants"], entry["term"]
        assert set(entry.get("lang", [])) <= {"nb", "en"}, entry["term"]
    assert sum(_has_english(e) for e in ENTRIES) >= 100


def test_every_category_is_used():
    assert {e["category"] for e in ENTRIES} == CATEGORIES


def test_terms_are_unique():
    counts = Counter(e["term"] for e in ENTRIES)
    assert [t for t, n in counts.items() if n > 1] == []


def test_terms_and_variants_are_lowercase():
    for entry in ENTRIES:
        for text in [entry["term"], *entry["variants"], *entry.get("expand", []), *entry.get("related", [])]:
            assert text == text.lower() and text == text.strip(), text


def test_a_variant_belongs_to_one_term_unless_declared_ambiguous():
    owners: dict[str, set[str]] = defaultdict(set)
    for entry in ENTRIES:
        for variant in [*entry["variants"], *entry.get("related", [])]:
            owners[variant].add(entry["term"])
    shared = {v for v, terms in owners.items() if len(terms) > 1}
    assert shared <= set(LEXICON.get("ambiguous", [])), sorted(shared)


def test_no_variant_is_another_entrys_term():
    terms = {e["term"] for e in ENTRIES}
    clashes = [(e["term"], v) for e in ENTRIES for v in e["variants"] if v in terms]
    assert clashes == []


def test_a_related_word_names_something_the_sources_never_mention(corpus_words):
    known = set(corpus_words)
    mentioned = [
        (e["term"], text) for e in ENTRIES for text in e.get("related", [])
        if all(w in known for w in WORD.findall(text))
    ]
    assert mentioned == []
    assert sum(len(e.get("related", [])) for e in ENTRIES) >= 20


@pytest.mark.parametrize("entry", ENTRIES, ids=[e["term"] for e in ENTRIES])
def test_term_and_expansions_reach_the_corpus(entry, corpus_words):
    for text in [entry["term"], *entry.get("expand", [])]:
        missing = [w for w in WORD.findall(text) if not _reaches(w, corpus_words)]
        assert missing == [], f"{text!r}: {missing} not in any source"


def test_keyword_entries_are_complete():
    assert len(RECS) >= 100
    for rec in RECS:
        assert {"section", "rec", "line", "keywords"} <= rec.keys(), rec
        assert 3 <= len(rec["keywords"]) <= 14, rec
        assert all(k == k.strip() and k for k in rec["keywords"]), rec


def test_keyword_entries_are_unique():
    keys = Counter((r["section"], r["rec"], r.get("list", 1)) for r in RECS)
    assert [k for k, n in keys.items() if n > 1] == []


def test_keyword_sections_are_headings_of_the_guideline():
    text = GUIDELINE.read_text(encoding="utf-8")
    for section in sorted({r["section"] for r in RECS}):
        num = re.escape(section)
        pattern = rf"(?m)^\s*{num}\s+\S|\s{num}[ \t]*$"
        assert re.search(pattern, text), section


def test_keyword_line_is_where_the_numbered_item_starts(guideline_lines):
    for rec in RECS:
        line = guideline_lines[rec["line"] - 1]
        assert re.match(rf"\s*{rec['rec']}\.\s", line), (rec["section"], rec["rec"], line)


def test_each_list_is_numbered_from_one_without_gaps():
    numbers: dict[tuple, list[int]] = defaultdict(list)
    for rec in sorted(RECS, key=lambda r: r["line"]):
        numbers[(rec["section"], rec.get("list", 1))].append(rec["rec"])
    for key, found in numbers.items():
        assert found == list(range(1, len(found) + 1)), key


def _rec_words(rec: dict, next_line: int | None, lines: list[str]) -> set[str]:
    """The lowercase words of one recommendation: from its line to the next item or heading."""
    start = rec["line"] - 1
    end = min(next_line - 1 if next_line else len(lines), start + REC_SPAN_CAP)
    words: set[str] = set()
    for i in range(start, end):
        if i > start and HEADING.match(lines[i]):
            break
        words.update(WORD.findall(lines[i].lower()))
    return words


def _inflects(word: str, words: set[str]) -> bool:
    """True if `word`, or for words of 5+ letters an inflection (same start, length within 3), is in `words`."""
    if len(word) < 5:
        return word in words
    stem = word[: max(5, len(word) - 3)]
    return any(w.startswith(stem) and abs(len(w) - len(word)) <= 3 for w in words)


def test_keywords_add_words_the_recommendation_lacks(guideline_lines):
    ordered = sorted(RECS, key=lambda r: r["line"])
    redundant = []
    for rec, nxt in zip(ordered, [*ordered[1:], None]):
        same_list = nxt and (nxt["section"], nxt.get("list", 1)) == (rec["section"], rec.get("list", 1))
        words = _rec_words(rec, nxt["line"] if same_list else None, guideline_lines)
        for keyword in rec["keywords"]:
            if all(_inflects(w, words) for w in WORD.findall(keyword.lower())):
                redundant.append((rec["section"], rec["rec"], keyword))
    assert redundant == []
