"""`veileder`: the command line. Parses arguments and hands each subcommand to its module.

Exit statuses (answer contract): 0 when every question got an answer object, 2 for
unusable arguments, 1 for an internal failure (one line on stderr; a traceback only
with --debug). Diagnostics go to stderr: stdout belongs to the answers.
"""

from __future__ import annotations

import os

# One OpenBLAS thread: answering does no linear algebra, and starting a pool of threads
# when numpy is imported costs every cold `veileder ask` tens of milliseconds. No pydantic
# plugins: we use none, and looking for them scans every installed package's metadata.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

import argparse  # noqa: E402  (after the thread setting, which must precede numpy)
import sys  # noqa: E402
import traceback  # noqa: E402
from collections.abc import Callable, Sequence  # noqa: E402

from corpus.errors import VeilederError  # noqa: E402


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="veileder",
        description="Spør avrusningsretningslinjen. Uten kommando åpnes terminalappen.",
    )
    parser.add_argument("--debug", action="store_true", help="vis full feilmelding (traceback)")
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO")
    from assistant.commands import ask, corpus_cmd, evaluate, index_cmd, serve_cmd, tui_cmd

    for module in (ask, corpus_cmd, index_cmd, evaluate, tui_cmd, serve_cmd):
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI and return its exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = getattr(args, "handler", None) or _default_tui
    try:
        return handler(args)
    except VeilederError as exc:
        return _fail(exc.user_message, args.debug)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        sys.stderr.close()
        return 0
    except Exception as exc:  # noqa: BLE001 - the one place that turns any failure into one line
        return _fail(f"Intern feil: {exc.__class__.__name__}: {exc}", args.debug)


def _default_tui(args: argparse.Namespace) -> int:
    from assistant.commands.tui_cmd import run_tui

    return run_tui(args)


def _fail(message: str, debug: bool) -> int:
    if debug:
        traceback.print_exc()
    print(f"veileder: {message}", file=sys.stderr)
    return 1


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
