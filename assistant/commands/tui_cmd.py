"""`veileder tui` (and `veileder` alone): open the terminal app; `veileder learn`: open it at the onboarding route."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `tui` subcommand."""
    parser = sub.add_parser("tui", help="åpne terminalappen (standard)")
    parser.set_defaults(handler=run_tui)
    learn = sub.add_parser("learn", help="åpne terminalappen med opplæringen: en guidet vei gjennom retningslinjen")
    learn.set_defaults(handler=run_tui, start_learning=True)


def run_tui(args: argparse.Namespace) -> int:
    """Start the Textual app; textual is imported only here."""
    from tui import make_app

    app = make_app(start_learning=getattr(args, "start_learning", False))
    app.run()
    return app.return_code or 0
