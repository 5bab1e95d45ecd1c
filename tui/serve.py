"""`veileder serve`: the same Textual app in a browser, through textual-serve.

Each browser tab runs its own `veileder tui` process on this machine; the browser only
draws the terminal. There is no login and no TLS here: a shared deployment puts a reverse
proxy with both in front (see the README).
"""

from __future__ import annotations

import shlex
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from tui import texts

if TYPE_CHECKING:
    from textual_serve.server import Server

TEMPLATES = Path(__file__).parent / "web"
"""textual-serve's page with its own font instead of a font download."""


def app_command() -> str:
    """The command each browser session runs: this Python's `veileder tui`."""
    return shlex.join([sys.executable, "-m", "assistant", "tui"])


def make_server(host: str, port: int, public_url: str | None = None) -> Server:
    """A textual-serve Server for the app.

    Args:
        public_url: the address browsers use, when it is not http://host:port (behind a proxy).
    """
    import textual_serve
    from textual_serve.server import Server

    statics = Path(textual_serve.__file__).parent / "static"
    return Server(app_command(), host=host, port=port, title=texts.APP_TITLE, public_url=public_url,
                  statics_path=statics, templates_path=TEMPLATES)
