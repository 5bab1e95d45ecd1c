"""The query-path tokenizer gives spaCy's blank("nb") word tokens on all our real text."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from index.tokenizer import tokenize

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted((ROOT / "corpus" / "sources").glob("*.txt"))
QUESTION_SETS = [Path("/work/shared/dev-questions.jsonl"), ROOT / "tests/data/questions-own.jsonl"]
_ATOM = re.compile(r"[^\W_]+")
_PLAIN = re.compile(r"^[^\W_]+(?:(?:[-'’.]|(?<=\d)[,/](?=\d))[^\W_]+)*$")


def _placed(tokens: list[str]) -> tuple[list[str], set[tuple[int, str]]]:
    """Alphanumeric runs in order, and the plain word tokens with their run position."""
    atoms: list[str] = []
    plain: set[tuple[int, str]] = set()
    for token in tokens:
        token = re.sub(r"^[\W_]+|[\W_]+$", "", token)
        if _PLAIN.match(token) and not token.lower().startswith(("www.", "http")):
            plain.add((len(atoms), token))
        atoms.extend(_ATOM.findall(token))
    return atoms, plain


def _texts() -> list[str]:
    texts = [path.read_text(encoding="utf-8") for path in SOURCES]
    for path in QUESTION_SETS:
        if path.is_file():
            rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
            texts.append("\n".join(" ".join([*r.get("context", []), r["question"]]) for r in rows))
    return texts


@pytest.mark.slow
def test_same_words_as_spacy_on_corpus_and_questions():
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("nb")
    for text in _texts():
        spacy_atoms, spacy_plain = _placed([t.text for t in nlp.tokenizer(text)])
        our_atoms, our_plain = _placed(tokenize(text))
        assert our_atoms == spacy_atoms
        assert spacy_plain - our_plain == set()


def test_keeps_words_spacy_keeps_whole():
    text = "CIWA-Ar-skjemaet, B1-vitamin, f.eks. 0,5 promille i 24/7 (10.4.1) og 30mg"
    assert tokenize(text) == [
        "CIWA-Ar-skjemaet", "B1-vitamin", "f.eks", "0,5", "promille", "i", "24/7",
        "10.4.1", "og", "30", "mg",
    ]


def test_splits_a_sentence_end_without_space_and_a_genitive():
    assert tokenize("vedvare.Det runner’s high") == ["vedvare", "Det", "runner", "s", "high"]
