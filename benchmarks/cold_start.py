"""Cold start of the command line: wall time of a fresh `veileder ask --json` with the index cached.

Each run is a new process, as when a user types the command; the median of five runs is
reported for the installed `veileder` script and for `python -m assistant`.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUESTION = "Når er poliklinisk avrusning aktuelt?"
RUNS = 5
Row = tuple[str, str]


def cold_start_rows(runs: int = RUNS) -> list[Row]:
    """Median (and min–max) wall time of a cold `ask --json` through both entry points."""
    script = Path(sys.executable).parent / "veileder"
    commands = {
        "cold `veileder ask --json` (index cached)": [str(script)],
        "cold `python -m assistant ask --json` (index cached)": [sys.executable, "-m", "assistant"],
    }
    rows: list[Row] = []
    for label, command in commands.items():
        if command[0] == str(script) and not script.exists():
            rows.append((label, f"not available ({script} missing)"))
            continue
        rows.append((label, _median_row(command + ["ask", QUESTION, "--json"], runs)))
    return rows


def _median_row(command: list[str], runs: int) -> str:
    warm = _timed(command)  # builds the index into the cache if it is missing or stale
    if warm is None:
        return "not available (the command failed)"
    times = [_timed(command) for _ in range(runs)]
    if any(t is None for t in times):
        return "not available (the command failed)"
    median = statistics.median(times)
    return f"{median * 1000:.0f} ms median of {runs} ({min(times) * 1000:.0f}–{max(times) * 1000:.0f} ms)"


def _timed(command: list[str]) -> float | None:
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    return elapsed if done.returncode == 0 and done.stdout.strip() else None


if __name__ == "__main__":
    for name, value in cold_start_rows():
        print(f"{name}  {value}")
