"""Arbitrary text in, one valid answer out: Assistant.ask, `chat --json` and the plain CLI.

300 examples for Assistant.ask in `make test` (a tenth of that through the CLI, which
loads the index per call); set VEILEDER_FUZZ_EXAMPLES (e.g. 5000) for a longer run. Examples mix guideline words with the junk staff paste or
terminals produce: control characters, NUL, lone surrogates, bidi and zero-width marks,
ANSI escapes, Rich markup, line separators and very long repeated lines.
"""

from __future__ import annotations

import io
import json
import os
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.cli import main
from assistant.models import Answer, Conversation

EXAMPLES = int(os.environ.get("VEILEDER_FUZZ_EXAMPLES", "300"))
_SETTINGS = {"deadline": None, "derandomize": True,
             "suppress_health_check": [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]}
FUZZ = settings(max_examples=EXAMPLES, **_SETTINGS)
FUZZ_CLI = settings(max_examples=max(1, EXAMPLES // 10), **_SETTINGS)

WORDS = ["abstinens", "alkohol", "kramper", "poliklinisk", "avrusning", "opioider", "LAR", "og", "for",
         "kva", "ikkje", "hva", "diazepam", "?", "Bergen", "benzodiazepiner"]
JUNK = ["\x00", "\x1b[31m", "\x1b[0m", "\x1b]0;title\x07", "\x9b31m", "\x85", "\u2028", "\u2029",
        "\u202e", "\u2066", "\u200b", "\u200d", "\ufeff", "\udcff", "\ud800", "[bold red]", "[/]",
        "[link=http://x]", "\r", "\t", "\x7f", "🍺", "\u0301", "ﬁ"]
ANY_CHARACTER = st.characters(exclude_categories=())  # surrogates included
FRAGMENT = st.one_of(st.sampled_from(WORDS), st.sampled_from(JUNK), st.text(ANY_CHARACTER, max_size=12))
TEXT = st.one_of(
    st.lists(FRAGMENT, max_size=30).map(" ".join),
    st.text(ANY_CHARACTER, max_size=200),
    st.tuples(st.sampled_from(WORDS + JUNK), st.integers(1, 20_000)).map(lambda pair: (pair[0] + " ") * pair[1]),
)
STATUSES = {"answered", "partial", "not_covered", "clarify", "invalid"}
NOT_ON_A_TERMINAL = {"\x1b", "\x9b", "\x85", "\u2028", "\u2029", "\u202e", "\u2066", "\x00", "\x07"}


def _one_valid_object(line: str) -> dict:
    payload = json.loads(line)
    assert payload["status"] in STATUSES
    assert isinstance(payload["hits"], list)
    return payload


@FUZZ
@given(first=TEXT, follow_up=TEXT)
def test_any_text_gives_one_valid_answer_and_keeps_the_conversation(real_assistant, first, follow_up):
    conversation = Conversation()
    for text in (first, follow_up):
        answer = real_assistant.ask(text, conversation)
        assert isinstance(answer, Answer)
        assert len(answer.to_contract_json().splitlines()) == 1
        _one_valid_object(answer.to_contract_json())
    assert len(conversation.turns) <= 2


@FUZZ_CLI
@given(lines=st.lists(TEXT.map(lambda t: t.replace("\n", " ").replace("\r", " ")), min_size=1, max_size=4))
def test_chat_json_writes_one_line_per_question_that_splitlines_can_split(monkeypatch, capsys, real_index, lines):
    stdin = "\n".join(lines) + "\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8", "surrogatepass"))))
    assert main(["chat", "--json"]) == 0
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    assert len(out.splitlines()) == len(lines)
    for line in out.splitlines():
        _one_valid_object(line)


@FUZZ_CLI
@given(text=TEXT.filter(lambda t: t.strip() and not t.startswith("-")))
def test_plain_answers_render_no_escape_or_bidi_control_from_the_input(capsys, real_index, text):
    status = main(["ask", text])
    out, err = capsys.readouterr()
    assert status in (0, 1, 2)
    assert "Traceback" not in err
    shown = set(out + err)
    assert not shown & NOT_ON_A_TERMINAL, sorted(map(hex, map(ord, shown & NOT_ON_A_TERMINAL)))
    assert "[bold red]" not in out or "[bold red]" in text  # markup is shown as typed or not at all


@pytest.mark.parametrize("line", ["abstinens " * 10_000, "x" * 100_000, "krampe\u2028" * 20_000],
                         ids=["repeated word", "one long word", "line separators"])
def test_a_100k_character_line_in_chat_gives_one_answer(monkeypatch, capsys, real_index, line):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO((line + "\nhva betyr LAR?\n").encode())))
    assert main(["chat", "--json"]) == 0
    answers = [_one_valid_object(line) for line in capsys.readouterr().out.splitlines()]
    assert len(answers) == 2
