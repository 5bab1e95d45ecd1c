"""Start-up and first answer of the terminal app, measured two ways.

1. Pilot: a fresh process imports `tui`, runs the real app headless and records when the
   first screen is mounted, when the assistant is ready, and when the first answer card
   appears after Enter (`python -m benchmarks.tui_start --pilot` prints these as JSON).
2. tmux: the installed `veileder` runs in a real terminal; `tmux capture-pane` is polled
   until the input's placeholder is drawn, the loading line is gone, and a cited answer is
   on screen. The first launch with an empty cache also builds the index.

Prints rows and asserts nothing.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUESTION = "Når er poliklinisk avrusning aktuelt?"
PLACEHOLDER = "Skriv et spørsmål"
LOADING = "Laster retningslinjen"
CITED = "3.2.1 Poliklinisk avrusning"
"""The first hit's header; its citation line is below the fold at 80x24."""
RUNS = 3
TMUX_SOCKET = f"veileder-bench-{os.getpid()}"
"""A private tmux server: the benchmark never touches the user's sessions."""
Row = tuple[str, str]


async def _pilot_events() -> dict[str, float]:
    """Run the real app headless and return the wall-clock time of each event."""
    from tui import make_app
    from tui.widgets.answer_card import AnswerCard
    from tui.widgets.question_input import QuestionInput

    app = make_app()
    events: dict[str, float] = {}
    async with app.run_test(size=(100, 32)) as pilot:
        await _until(pilot, lambda: bool(app.screen.query(QuestionInput)))
        events["first_screen"] = time.time()
        await _until(pilot, lambda: app.screen.ready)
        events["ready"] = time.time()
        for name, question in (("answer", QUESTION), ("follow_up", "og for opioider?")):
            cards = len(app.screen.query(AnswerCard))
            app.screen.query_one(QuestionInput).value = question
            events[f"{name}_enter"] = time.time()
            await pilot.press("enter")
            await _until(pilot, lambda: len(app.screen.query(AnswerCard)) > cards and not app.screen.busy)
            events[name] = time.time()
    return events


async def _until(pilot, condition, patience: float = 60.0) -> None:
    """Poll the condition between short pauses of the app."""
    deadline = time.monotonic() + patience
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the app did not get there in time")
        await pilot.pause(0.002)


def pilot_rows(runs: int = RUNS) -> list[Row]:
    """Median over fresh processes: command to first screen, to ready, and Enter to answer card."""
    samples: dict[str, list[float]] = {}
    for run in range(runs + 1):
        started = time.time()
        done = subprocess.run([sys.executable, "-m", "benchmarks.tui_start", "--pilot"],
                              cwd=ROOT, capture_output=True, text=True)
        if done.returncode != 0:
            return [("tui pilot", f"not available ({done.stderr.strip().splitlines()[-1:]})")]
        events = json.loads(done.stdout.strip().splitlines()[-1])
        if run == 0:
            continue  # warm-up: may build the index and the word cache
        for name, value in _pilot_figures(started, events).items():
            samples.setdefault(name, []).append(value)
    return [(f"tui pilot: {name}", _median(values)) for name, values in samples.items()]


def _pilot_figures(started: float, events: dict[str, float]) -> dict[str, float]:
    """Durations from the raw event times of one pilot run."""
    return {
        "command -> first screen (fresh process)": events["first_screen"] - started,
        "command -> assistant ready": events["ready"] - started,
        "Enter -> first answer card": events["answer"] - events["answer_enter"],
        "Enter -> follow-up answer card": events["follow_up"] - events["follow_up_enter"],
    }


def _median(values: list[float]) -> str:
    """ "123 ms median of 3 (110–140 ms)"."""
    low, high = min(values) * 1000, max(values) * 1000
    return f"{statistics.median(values) * 1000:.0f} ms median of {len(values)} ({low:.0f}–{high:.0f} ms)"


def tmux_rows(runs: int = RUNS) -> list[Row]:
    """A real `veileder` in tmux: first launch (builds the index), then launches with it cached."""
    script = Path(sys.executable).parent / "veileder"
    if shutil.which("tmux") is None or not script.exists():
        return [("tui in tmux", "not available (needs tmux and the veileder script)")]
    tui_only = f"{sys.executable} -c 'from tui import make_app; make_app().run()'"
    # A private server kept alive by a holder session: launching right after the previous
    # session's server exited otherwise fails now and then ("server exited unexpectedly").
    _tmux("new-session", "-d", "-s", "holder", "sleep 3600")
    try:
        with tempfile.TemporaryDirectory() as cache:
            first = _tmux_launch(str(script), cache)
            later = [_tmux_launch(str(script), cache) for _ in range(runs)]
            bare = [_tmux_launch(tui_only, cache) for _ in range(runs)]
    except (subprocess.CalledProcessError, TimeoutError) as exc:
        return [("tui in tmux", f"failed: {exc}")]
    finally:
        _tmux("kill-server", check=False)
    rows = [(f"tui in tmux, first launch (builds index): {name}", f"{value * 1000:.0f} ms")
            for name, value in first.items()]
    for label, launches in (("`veileder`, index cached", later), ("tui without the CLI's imports", bare)):
        rows += [(f"tui in tmux, {label}: {name}", _median([run[name] for run in launches])) for name in first]
    return rows


def _tmux_launch(program: str, cache: str) -> dict[str, float]:
    """One launch at 80x24: times to placeholder, to ready, and from Enter to a cited answer."""
    session = f"veileder-bench-{time.monotonic_ns()}"
    command = f"cd {ROOT} && VEILEDER_CACHE_DIR={cache} {program}"
    started = time.perf_counter()
    _tmux("new-session", "-d", "-s", session, "-x", "80", "-y", "24", command)
    try:
        figures = {"command -> placeholder on screen": _wait_for(session, lambda s: PLACEHOLDER in s) - started}
        figures["command -> assistant ready"] = _wait_for(session, lambda s: LOADING not in s) - started
        _tmux("send-keys", "-t", session, "-l", QUESTION)
        entered = time.perf_counter()
        _tmux("send-keys", "-t", session, "Enter")
        figures["Enter -> cited answer on screen"] = _wait_for(session, lambda s: CITED in s) - entered
        return figures
    finally:
        _tmux("send-keys", "-t", session, "C-q", check=False)
        time.sleep(0.3)
        _tmux("kill-session", "-t", session, check=False)


def _tmux(*args: str, check: bool = True) -> str:
    """Run a tmux command on the benchmark's own server; its standard output."""
    return subprocess.run(["tmux", "-L", TMUX_SOCKET, *args], check=check, capture_output=True, text=True).stdout


def _wait_for(session: str, condition, patience: float = 60.0) -> float:
    """Poll the pane until the condition holds on its text; return the perf_counter time."""
    deadline = time.perf_counter() + patience
    while time.perf_counter() < deadline:
        pane = _tmux("capture-pane", "-p", "-t", session, check=False)
        if pane.strip() and condition(pane):
            return time.perf_counter()
        time.sleep(0.005)
    raise TimeoutError(f"tmux session {session} did not get there in time")


def tui_start_rows() -> list[Row]:
    """Every figure of this module, for `python -m benchmarks`."""
    return pilot_rows() + tmux_rows()


def main(argv: list[str]) -> None:
    """`--pilot`: one headless run, printed as JSON; otherwise print every figure."""
    if "--pilot" in argv:
        print(json.dumps(asyncio.run(_pilot_events())))
        return
    rows = tui_start_rows()
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")


if __name__ == "__main__":
    main(sys.argv[1:])
