"""Every labelled question points at something the parsed guideline holds.

A target the corpus cannot satisfy (a recommendation cited by its chapter number when
it is printed in a sub-section) silently scores as a miss and trains the models on a
question whose right answer is never on the list.
"""

from __future__ import annotations

import pytest

from assistant.evaluation import read_questions
from assistant.learning.dataset import DATA_DIR

SETS = sorted(DATA_DIR.glob("questions-*.jsonl"))


@pytest.fixture(scope="module")
def guideline(real_corpus):
    recommendations = {
        (r.section, r.number): r.grade for r in real_corpus.recommendations if r.source_id.startswith("003")}
    sections = {s.number for s in real_corpus.sections if s.source_id.startswith("003")}
    return recommendations, sections


@pytest.mark.parametrize("path", SETS, ids=lambda p: p.stem)
def test_every_guideline_target_exists_with_its_grade(path, guideline):
    recommendations, sections = guideline
    wrong = []
    for question in read_questions(path):
        for target in question.expect:
            if target.get("source") != "003":
                continue
            if "rec" in target:
                grade = recommendations.get((target["section"], target["rec"]), "missing")
                if grade == "missing" or ("grade" in target and target["grade"] != grade):
                    wrong.append((question.id, target, grade))
            elif target.get("section") not in sections:
                wrong.append((question.id, target, "no such section"))
    assert not wrong
