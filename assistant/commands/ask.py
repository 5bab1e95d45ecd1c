"""`veileder ask` (one question) and `veileder chat` (one conversation over stdin)."""

from __future__ import annotations

import argparse
import io
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.models import Answer


def register(sub: argparse._SubParsersAction) -> None:
    """Add `ask` and `chat`."""
    ask = sub.add_parser("ask", help="still ett spørsmål")
    ask.add_argument("question", help="spørsmålet, i anførselstegn")
    _common(ask)
    ask.set_defaults(handler=run_ask)
    chat = sub.add_parser("chat", help="en samtale: ett spørsmål per linje på standard inn")
    _common(chat)
    chat.set_defaults(handler=run_chat)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="svar som JSON, ett objekt per linje")
    parser.add_argument("--top", type=_positive, default=5, metavar="N", help="høyst N treff (standard 5)")
    parser.add_argument("--history", action="store_true",
                        help="lagre spørsmålene i historikkfilen (av som standard)")


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ikke et tall: {value!r}") from None
    if not 1 <= number <= 50:
        raise argparse.ArgumentTypeError("må være mellom 1 og 50")
    return number


def run_ask(args: argparse.Namespace) -> int:
    """Answer one question on stdout."""
    assistant = _assistant()
    answer = assistant.ask(args.question, assistant.new_conversation(), top=args.top)
    _emit(answer, args)
    return 0


def run_chat(args: argparse.Namespace) -> int:
    """Answer each stdin line as one turn of one conversation, flushing after each."""
    assistant = _assistant()
    conversation = assistant.new_conversation()
    stdin = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace", newline="\n")
    for line in stdin:
        answer = assistant.ask(line.rstrip("\n").rstrip("\r"), conversation, top=args.top)
        _emit(answer, args)
        sys.stdout.flush()
    return 0


def _emit(answer: "Answer", args: argparse.Namespace) -> None:
    if args.history:
        from assistant.history import append_question

        append_question(answer.question, answer.status)
    if args.json:
        print(answer.to_contract_json())
        return
    from assistant.render import render

    render(answer, sys.stdout)


def _assistant():
    from assistant.service import create_assistant

    return create_assistant(on_notice=lambda notice: print(f"veileder: {notice}", file=sys.stderr))
