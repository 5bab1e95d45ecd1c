"""Whatever is typed, pasted or piped in: a valid Answer, never an exception; the CLI keeps going."""

from __future__ import annotations

import io
import json
import random
import sys

import pytest

from assistant.cli import main
from assistant.models import Answer, Conversation

# Issue #10 is open: the learned ranker puts the short 10.4 opioid passage before 3.2.1 for
# the general outpatient question, and follow-ups land on 10.4 rather than 10.4.1. strict:
# the day these pass, the marker goes.

_RANDOM = random.Random(20240917)
BINARY = bytes(_RANDOM.randrange(256) for _ in range(400)).decode("utf-8", errors="replace")

NOTHING_TO_SEARCH = {
    "empty": "",
    "whitespace": " \t \r\n  ",
    "punctuation": "?!.,;:-–«»()…",
    "stop words": "og i på",
    "emoji": "🍺💊🚑",
    "control characters": "\x01\x02\x07\x1b\x7f",
    "binary junk": BINARY,
    "NUL": "\x00",
}
SEARCHABLE = {
    "10,000 characters": ("abstinens alkohol " * 600)[:10_000],
    "control characters inside": "abstinens\x07 alkohol\x1b[0m\x00?",
    "emoji inside": "abstinens 🍺 alkohol?",
    "NUL inside": "krampe\x00profylakse alkohol",
    "lone surrogate inside": "abstinens \udcff alkohol",
}


def _valid(answer: Answer) -> dict:
    assert isinstance(answer, Answer)
    return json.loads(answer.to_contract_json())


@pytest.mark.parametrize("text", NOTHING_TO_SEARCH.values(), ids=NOTHING_TO_SEARCH.keys())
def test_nothing_searchable_is_invalid_with_a_norwegian_message(real_assistant, text):
    answer = real_assistant.ask(text, Conversation())
    _valid(answer)
    assert answer.status == "invalid", (answer.status, answer.message)
    assert answer.hits == []
    assert answer.message and any(word in answer.message for word in ("Spørsmålet", "ord", "tekst", "Teksten"))


@pytest.mark.parametrize("text", SEARCHABLE.values(), ids=SEARCHABLE.keys())
def test_junk_around_words_still_searches(real_assistant, text):
    answer = real_assistant.ask(text, Conversation())
    _valid(answer)
    assert answer.status in {"answered", "clarify"}
    assert answer.hits


def test_a_pasted_page_is_cut_and_says_so(real_assistant):
    answer = real_assistant.ask("krampeprofylakse alkohol " * 500, Conversation())
    assert answer.hits[0].section == "8.4.3"
    assert "langt" in answer.message


def test_an_invalid_turn_does_not_break_the_conversation(real_assistant):
    conversation = Conversation()
    real_assistant.ask("Når er poliklinisk avrusning aktuelt?", conversation)
    assert real_assistant.ask("\x00", conversation).status == "invalid"
    assert real_assistant.ask("og for opioider?", conversation).hits[0].section == "10.4.1"


ALL_INPUTS = {**NOTHING_TO_SEARCH, **SEARCHABLE}


@pytest.mark.parametrize("text", ALL_INPUTS.values(), ids=ALL_INPUTS.keys())
def test_cli_ask_json_always_answers_with_one_line(text, capsys, real_index):
    status = main(["ask", text, "--json"])
    out, err = capsys.readouterr()
    assert status == 0, err
    assert len(out.splitlines()) == 1
    assert json.loads(out)["status"] in {"answered", "clarify", "invalid", "not_covered"}
    assert "Traceback" not in err


@pytest.mark.parametrize("text", ALL_INPUTS.values(), ids=ALL_INPUTS.keys())
def test_cli_ask_human_output_never_fails(text, capsys, real_index):
    status = main(["ask", text])
    out, err = capsys.readouterr()
    assert status == 0, err
    assert out.strip()


def test_cli_chat_gives_one_json_line_per_input_line(capsys, monkeypatch, real_index):
    lines = [text.replace("\n", " ").replace("\r", " ") for text in ALL_INPUTS.values()]
    raw = "\n".join(lines).encode("utf-8", errors="surrogateescape") + b"\n\xff\xfe\x00\x81\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw)))
    status = main(["chat", "--json"])
    out, err = capsys.readouterr()
    assert status == 0, err
    answers = [json.loads(line) for line in out.splitlines()]
    assert len(answers) == len(lines) + 1
    assert answers[-1]["status"] == "invalid"
    assert "Traceback" not in err
