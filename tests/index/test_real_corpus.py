"""The index over the real sources, persisted and reloaded, answers hand-checked questions."""

from __future__ import annotations

import pytest

from index import load_index

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def real_index(tmp_path_factory):
    cache = tmp_path_factory.mktemp("cache")
    load_index(cache_dir=cache)
    return load_index(cache_dir=cache)  # the second one comes from the file


@pytest.mark.parametrize(
    ("query", "section", "kind"),
    [
        # 14.2.5: the Trondheim prison health service entry, with its telephone number.
        ("telefon Trondheim fengsel", "14.2.5", "directory"),
        # 8.4.1 rec 1: thiamine, preferably intramuscular, for the malnourished.
        ("tiamin intramuskulært til feilernærte", "8.4.1", "recommendation"),
        # 8.3.2 rec 3: support persons in outpatient detox, typed without "ø".
        ("stottepersoner ved poliklinisk avrusning", "8.3.2", "recommendation"),
        # 13.1 rec 1: ambulance staff give an opioid antagonist after an overdose.
        ("nalokson etter overdose ambulanse", "13.1", "recommendation"),
    ],
)
def test_hand_checked_questions_find_their_section(real_index, query, section, kind):
    best = real_index.search(query, top=1).hits[0].chunk
    assert (best.section, best.kind) == (section, kind)


def test_the_reloaded_index_knows_its_sources(real_index):
    assert real_index.manifest.sources_key
    assert real_index.manifest.chunk_count == len(real_index.chunks) > 500
