"""`veileder serve`: local by default, our own page, and the real app answering in headless Chromium."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.cli import build_parser
from tui.serve import TEMPLATES, make_server

ARTIFACTS = Path(__file__).parents[2] / ".artifacts"
"""Where the browser test leaves its screenshot (ignored by git)."""
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CITATION_321 = r"3\.2\.1 Poliklinisk avrusning, anbefaling \d \(gradering C\)"
"""A hit of 3.2.1 with grade C, as its citation line reads in the terminal."""


def test_serve_listens_on_this_machine_only_unless_told_otherwise():
    args = build_parser().parse_args(["serve"])
    assert (args.host, args.port, args.public_url) == ("127.0.0.1", 8000, None)
    args = build_parser().parse_args(["serve", "--host", "0.0.0.0", "--port", "9001",
                                      "--public-url", "https://veileder.example"])
    server = make_server(args.host, args.port, args.public_url)
    assert (server.host, server.port, server.public_url) == ("0.0.0.0", 9001, "https://veileder.example")
    assert server.command.endswith("-m assistant tui")


def test_the_page_asks_for_nothing_outside_the_server():
    page = (TEMPLATES / "app_index.html").read_text(encoding="utf-8")
    assert "fonts.googleapis" not in page
    assert [url for url in page.split('"') if url.startswith(("http://", "https://"))] == ["http://www.w3.org/2000/svg"]


def free_port() -> int:
    """A port nothing listens on now (binding is allowed; only connecting out is refused in tests)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(port: int) -> subprocess.Popen:
    """`veileder serve` on the port, once it says it is serving."""
    server = subprocess.Popen([sys.executable, "-m", "assistant", "serve", "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=os.environ.copy())
    for line in server.stdout:
        if "Serving" in line:
            return server
    raise AssertionError("veileder serve did not start")


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium or chromium-browser on PATH for the browser test")
def test_the_app_answers_in_a_browser(real_index):
    port = free_port()
    server = start_server(port)
    ARTIFACTS.mkdir(exist_ok=True)
    screenshot = ARTIFACTS / "serve-answer.png"
    try:
        session = subprocess.run(
            [sys.executable, str(Path(__file__).with_name("browser_session.py")), CHROMIUM,
             f"http://127.0.0.1:{port}/", "Når er poliklinisk avrusning aktuelt?", str(screenshot),
             CITATION_321],
            capture_output=True, text=True, timeout=180,
        )
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert session.returncode == 0, session.stderr[-2000:]
    result = json.loads(session.stdout.splitlines()[-1])
    assert result == {"started": True, "shown": {CITATION_321: True}}
    assert screenshot.stat().st_size > 10_000
