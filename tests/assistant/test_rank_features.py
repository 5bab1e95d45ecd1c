"""The ranker's feature rows say what their names say (the rows are built by position)."""

from __future__ import annotations

import math
import re

from assistant.evaluation import Question
from assistant.learning.fit import observe
from assistant.rank_features import RANK_FEATURES


def _rows(real_assistant, text: str):
    observation = observe(real_assistant, Question("x", text, "lookup", [], []))
    return [(hit, dict(zip(RANK_FEATURES, row, strict=True))) for hit, row in zip(observation.hits, observation.rank_rows)]


def test_each_named_feature_describes_its_hit(real_assistant):
    rows = _rows(real_assistant, "Hvilken dose tiamin gis ved mistanke om Wernickes encefalopati?")
    best = max(hit.bm25 for hit, _ in rows)
    assert {hit.chunk.kind for hit, _ in rows} >= {"recommendation", "passage"}
    for hit, named in rows:
        chunk = hit.chunk
        assert named["is_rec"] == float(chunk.kind == "recommendation")
        assert named["is_passage"] == float(chunk.kind == "passage")
        assert named["in_guideline"] == float(chunk.source_id == "003")
        assert named["has_number"] == float(bool(re.search(r"\d", chunk.text)))
        assert named["number_asked"] == named["has_number"]  # "dose" asks for a number
        assert math.isclose(named["bm25_log"], math.log1p(hit.bm25))
        assert math.isclose(named["bm25_rel"], hit.bm25 / best)
        for name in ("section", "coverage", "proximity", "phrase", "title", "intent", "title_precision"):
            assert named[name] == hit.features.get(name, 0.0)
        assert named["directory_asked"] == 0.0
    assert max(named["first_rank"] for _, named in rows) == 1.0
