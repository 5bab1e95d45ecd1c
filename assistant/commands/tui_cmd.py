"""`veileder tui` (and `veileder` alone): open the terminal app."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `tui` subcommand."""
    parser = sub.add_parser("tui", help="åpne terminalappen (standard)")
    parser.set_defaults(handler=run_tui)


def run_tui(args: argparse.Namespace) -> int:
    """Start the Textual app; textual is imported only here."""
    from tui import make_app

    app = make_app()
    app.run()
    return app.return_code or 0
