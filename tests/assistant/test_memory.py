"""The memory of labelled questions: nearest neighbours, and which units answer them."""

from __future__ import annotations

import pytest

from assistant.evaluation import hit_matches
from assistant.learning.dataset import training_questions
from assistant.memory import Memory, Neighbour, Neighbours, remember, shipped_memory
from corpus.errors import VeilederError

TARGETS = [
    {"source": "003"}, {"source": "003", "section": "8"}, {"source": "003", "section": "8.4"},
    {"source": "003", "section": "8.4.1"}, {"source": "003", "section": "8.4.1", "rec": 2},
    {"source": "003", "section": "14.2.5"}, {"source": "003", "section": "5.4", "rec": 1},
    {"source": "002"}, {"source": "004", "section": "1"},
]


@pytest.mark.parametrize("target", TARGETS, ids=lambda t: ":".join(map(str, t.values())))
def test_a_unit_answers_a_labelled_question_exactly_as_the_evaluation_scores_it(real_index, target):
    neighbours = Neighbours((Neighbour(0.5, 0.5, "q", (target,)),))
    for chunk in real_index.chunks:
        expected = hit_matches(chunk.file, chunk.section, chunk.rec, chunk.kind == "recommendation", target)
        assert (neighbours.for_hit(chunk)[0] > 0) == expected, (chunk.id, target)


def test_a_rewording_finds_the_labelled_question_and_never_the_question_itself(real_index):
    memory = shipped_memory()
    asked = "Hvilken kompetanse bør hver miljøterapeut på avrusningen ha?"
    found = memory.neighbours(real_index.search(asked).query.weights, asked).found
    assert found, "a question about staff competence should resemble labelled ones"
    assert all(n.text.casefold() != asked.casefold() for n in found)
    reworded = "hvilken kompetanse skal miljøterapeutene på avrusning ha"
    nearest = memory.neighbours(real_index.search(reworded).query.weights, reworded).found[0]
    assert "kompetanse" in nearest.text.lower() and nearest.similarity > 0.5


def test_an_unanswerable_neighbour_counts_by_how_much_of_it_the_question_holds():
    memory = remember([("kratom abstinens", {"kratom": 1.0, "abstinens": 1.0}, []),
                       ("abstinens alkohol", {"abstinens": 1.0, "alkohol": 1.0}, [{"source": "003", "section": "8"}]),
                       ("tiamin dose", {"tiamin": 1.0, "dose": 1.0}, [{"source": "003", "section": "8.4.1"}])])
    bare = memory.neighbours({"abstinens": 1.0}, "abstinens")
    full = memory.neighbours({"abstinens": 1.0, "kratom": 1.0}, "abstinens kratom")
    assert bare.unanswered_held() < 0.5 < full.unanswered_held()


def test_the_memory_the_models_were_trained_with_is_the_one_its_questions_build(real_index):
    memory = shipped_memory()
    questions = training_questions()
    assert len(memory.texts) >= 0.95 * len(questions)
    assert set(memory.texts) <= {q.question for q in questions}


def test_a_missing_memory_file_names_the_command_that_builds_it(monkeypatch, tmp_path):
    import assistant.memory as module

    monkeypatch.setattr(module, "DATA", tmp_path)
    module.shipped_memory.cache_clear()
    try:
        with pytest.raises(VeilederError) as raised:
            module.shipped_memory()
        assert "veileder index train" in raised.value.user_message
    finally:
        module.shipped_memory.cache_clear()


def test_an_empty_memory_finds_nothing():
    assert Memory().neighbours({"abstinens": 1.0}, "abstinens").found == ()


def test_a_damaged_record_in_the_memory_file_is_reported_when_it_is_first_needed(monkeypatch, tmp_path):
    import assistant.memory as module

    (tmp_path / "memory.json").write_text(
        '{"rarest": 2.0, "texts": ["tiamin dose"], "targets": [[{"source": "003"}]],'
        ' "terms": {"tiamin": [1.0, [0], [1.0]], "dose": "not a record"}}', encoding="utf-8")
    monkeypatch.setattr(module, "DATA", tmp_path)
    module.shipped_memory.cache_clear()
    try:
        memory = module.shipped_memory()
        assert memory.neighbours({"tiamin": 1.0}, "tiamin").found[0].text == "tiamin dose"
        with pytest.raises(VeilederError) as raised:
            memory.neighbours({"dose": 1.0}, "dose")
        assert "veileder index train" in raised.value.user_message
    finally:
        module.shipped_memory.cache_clear()
