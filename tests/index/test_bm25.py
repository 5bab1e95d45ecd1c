"""BM25 on the tiny corpus: hand-ranked expectations, agreement with rank-bm25, tie-breaks."""

from __future__ import annotations

import numpy as np
import pytest
from rank_bm25 import BM25Okapi, BM25Plus

from index.bm25 import BM25
from index.engine import top_units

UNITS = [["alkohol", "tiamin"], ["alkohol", "dose"], ["alkohol", "fengsel", "fengsel"], ["heroin"]]


def _top_ids(index, query: str, n: int = 1) -> list[str]:
    return [hit.chunk.id for hit in index.search(query, top=n).hits]


@pytest.mark.parametrize(
    ("query", "best"),
    [
        ("tiamin som intramuskulær injeksjon", "003:8.4.1:r1"),
        ("Wernicke behandling 200 mg intravenøst", "003:8.4.1:r2"),
        ("selvmordstanker etter overdose", "003:13.1:r2"),
        ("hvor skal innsatte i fengsel avruses", "003:3.4:r3"),
        ("funker heminevrin?", "003:8.4.2:r1"),
        ("milde plager", "003:8.4.4:r1"),
        ("abstinnes kramper etter siste drink", "003:8.2.1:p1"),
        ("tar Østsiden imot gravide", "003:14.1.8:d1"),
        ("what is the treatment for heroin withdrawal", "003:10.2.1:p1"),
    ],
)
def test_the_hand_picked_best_unit_ranks_first(tiny_index, query, best):
    assert _top_ids(tiny_index, query) == [best]


def test_recommendation_outranks_prose_on_equal_text(tiny_index):
    ids = _top_ids(tiny_index, "overdose", n=3)
    assert ids[0].startswith("003:13.1:r")


def test_postings_give_rank_bm25_okapi_scores():
    ours = BM25("okapi").build(UNITS).scores(["alkohol", "fengsel", "ukjent"])
    theirs = BM25Okapi(UNITS, k1=1.5, b=0.75, epsilon=0.25).get_scores(["alkohol", "fengsel", "ukjent"])
    assert np.allclose(ours, theirs)


def test_postings_give_rank_bm25_plus_ranking():
    ours = BM25("plus").build(UNITS).scores(["alkohol", "fengsel"])
    theirs = BM25Plus(UNITS, k1=1.5, b=0.75, delta=1.0).get_scores(["alkohol", "fengsel"])
    assert np.allclose(theirs - ours, (theirs - ours)[0])


def test_a_term_in_most_units_still_scores_a_little():
    # Okapi's IDF is negative above half the units; rank-bm25 floors it at a small epsilon.
    scores = BM25("okapi").build(UNITS).scores(["alkohol"])
    assert (scores[:3] > 0).all() and scores[3] == 0
    assert scores[:3].max() < BM25("okapi").build(UNITS).scores(["heroin"]).max()


def test_query_weights_scale_a_terms_contribution():
    bm25 = BM25().build(UNITS)
    assert np.allclose(bm25.scores({"tiamin": 0.5}), bm25.scores(["tiamin"]) * 0.5)


def test_ties_are_broken_by_corpus_order():
    scores = np.array([0.0, 2.0, 1.0, 2.0, 2.0, 0.5])
    assert top_units(scores, 2) == [1, 3]
    assert top_units(scores, 10) == [1, 3, 4, 2, 5]
    assert top_units(np.zeros(4), 3) == []


def test_a_hit_explains_which_terms_scored(tiny_index):
    hit = tiny_index.search("tiamin intramuskulær injeksjon fengsel").hits[0]
    assert hit.chunk.id == "003:8.4.1:r1"
    assert set(hit.matched) == {"tiamin", "intramuskulaer", "injeksjon"}
    assert sum(hit.matched.values()) == pytest.approx(hit.bm25, abs=1e-3)
    # The index orders by BM25 and only describes the second-stage features; the
    # assistant's learned ranker weighs them.
    assert hit.score == pytest.approx(hit.bm25, abs=1e-3)
    assert hit.features and all(0.0 <= value <= 1.0 for value in hit.features.values())


def test_each_units_term_parts_add_up_to_its_score():
    bm25 = BM25().build(UNITS)
    query = {"alkohol": 1.0, "fengsel": 0.5, "heroin": 2.0, "ukjent": 1.0}
    parts = bm25.contributions_of(query, [3, 0, 2, 1])
    assert [set(p) for p in parts] == [{"heroin"}, {"alkohol"}, {"alkohol", "fengsel"}, {"alkohol"}]
    scores = bm25.scores(query)
    assert [sum(p.values()) for p in parts] == pytest.approx(scores[[3, 0, 2, 1]].tolist())
    assert bm25.contributions_of(query, []) == []
