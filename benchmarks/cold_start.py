"""Cold start of the command line: wall time of a fresh `veileder ask --json` with the index cached.

Each run is a new process, as when a user types the command, with the next question of
the project's own set; median and p95 of RUNS runs, beside `python -c pass` and a bare
rank-bm25 script (benchmarks/bare_bm25.py) on the same questions, and as ratios to them.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.questions import OWN_SET, load_questions

ROOT = Path(__file__).resolve().parent.parent
RUNS = 20
Row = tuple[str, str]


def cold_start_rows(runs: int = RUNS) -> list[Row]:
    """Median / p95 of each command and the ratios of `veileder ask` to the yardsticks."""
    questions = [q["question"] for q in load_questions(OWN_SET)][:runs] or ["Når er poliklinisk avrusning aktuelt?"]
    script = Path(sys.executable).parent / "veileder"
    entry = [str(script)] if script.exists() else [sys.executable, "-m", "assistant"]
    commands = {
        "`python -c pass`": lambda q: [sys.executable, "-c", "pass"],
        "bare rank-bm25 script": lambda q: [sys.executable, str(ROOT / "benchmarks" / "bare_bm25.py"), q],
        "cold `veileder ask --json` (index cached)": lambda q: [*entry, "ask", q, "--json"],
    }
    measured = {label: _times(command, questions, runs) for label, command in commands.items()}
    rows = [(label, _summary(times)) for label, times in measured.items()]
    ours = measured["cold `veileder ask --json` (index cached)"]
    if ours:
        for label in ("`python -c pass`", "bare rank-bm25 script"):
            if measured[label]:
                ratio = statistics.median(ours) / statistics.median(measured[label])
                rows.append((f"  cold ask / {label} (medians)", f"{ratio:.1f}x"))
    return rows


def _times(command, questions: list[str], runs: int) -> list[float]:
    if _timed(command(questions[0])) is None:  # also builds the index into the cache if needed
        return []
    times = [_timed(command(questions[i % len(questions)])) for i in range(runs)]
    return [] if any(t is None for t in times) else times


def _summary(times: list[float]) -> str:
    if not times:
        return "not available (the command failed)"
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"{statistics.median(times) * 1000:.0f} ms median / {p95 * 1000:.0f} ms p95 of {len(times)}"


def _timed(command: list[str]) -> float | None:
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    return elapsed if done.returncode == 0 else None


if __name__ == "__main__":
    for name, value in cold_start_rows():
        print(f"{name}  {value}")
