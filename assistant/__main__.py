"""`python -m assistant` is the same as `veileder`."""

from assistant.cli import run

run()
