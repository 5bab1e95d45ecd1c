"""No query, however broken, makes search raise; junk gives no hits."""

from __future__ import annotations

import pytest

JUNK = [
    "",
    "   \n\t ",
    "?!.,;:«»",
    "og i på det som å",
    "the of and is",
    "\x00\x01\x02\x1b[31m",
    "🙂🙂🚑",
    "\ud800\udfff",
    bytes(range(256)).decode("latin-1"),
    "x" * 10_000,
    "?" * 10_000,
]


@pytest.mark.parametrize("query", JUNK)
def test_junk_never_raises_and_finds_nothing(tiny_index, query):
    result = tiny_index.search(query)
    assert result.hits == []


def test_a_real_question_buried_in_a_long_text_still_searches(tiny_index):
    result = tiny_index.search("fengsel " + "bla " * 3000)
    assert result.hits[0].chunk.id == "003:3.4:r3"


@pytest.mark.parametrize("top", [0, -3])
def test_top_of_zero_or_less_gives_no_hits(tiny_index, top):
    assert tiny_index.search("overdose", top=top).hits == []


def test_a_huge_top_gives_every_matching_unit_once(tiny_index):
    hits = tiny_index.search("overdose", top=10**9).hits
    assert len({h.chunk.id for h in hits}) == len(hits) >= 2


def test_kinds_filter(tiny_index):
    hits = tiny_index.search("overdose avrusning", kinds={"passage"}).hits
    assert hits and {h.chunk.kind for h in hits} == {"passage"}
    assert tiny_index.search("overdose", kinds=set()).hits == []
