"""`veileder serve`: open the terminal app in a browser (textual-serve), on 127.0.0.1 by default."""

from __future__ import annotations

import argparse

DEFAULT_HOST = "127.0.0.1"
"""Only this machine can connect unless the user names another address."""
DEFAULT_PORT = 8000


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `serve` subcommand."""
    parser = sub.add_parser("serve", help="vis appen i en nettleser (bare denne maskinen, om ikke --host sier annet)")
    parser.add_argument("--host", default=DEFAULT_HOST, help=f"adressen serveren lytter på (standard {DEFAULT_HOST})")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"porten (standard {DEFAULT_PORT})")
    parser.add_argument("--public-url", default=None,
                        help="adressen nettleserne bruker, bak en proxy (f.eks. https://veileder.sykehus.no)")
    parser.set_defaults(handler=run_serve)


def run_serve(args: argparse.Namespace) -> int:
    """Serve the app until interrupted."""
    from tui.serve import make_server

    make_server(args.host, args.port, args.public_url).serve()
    return 0
