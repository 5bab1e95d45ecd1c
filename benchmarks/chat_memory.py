"""Memory of a long `veileder chat --json` session: 10,000 questions in one conversation.

The questions of the project's sets are piped in, cycling; the process's resident memory
(VmRSS from /proc) is read after the 100th, 1,000th, 5,000th and 10,000th answer. A flat
line means the conversation, caches and models do not grow with the session.
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

from benchmarks.questions import OWN_SET, load_questions

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = 10_000
SAMPLES = (100, 1_000, 5_000, 10_000)
Row = tuple[str, str]


def chat_memory_rows(total: int = QUESTIONS) -> list[Row]:
    """RSS after each sample count of answers, and the session's time per question."""
    status = Path("/proc/self/status")
    if not status.exists():
        return [("chat --json RSS over a long session", "not available (no /proc)")]
    questions = [q["question"] for q in load_questions(OWN_SET)] or ["abstinens alkohol"]
    chat = subprocess.Popen([sys.executable, "-m", "assistant", "chat", "--json"], cwd=ROOT, text=True,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    writer = threading.Thread(target=_feed, args=(chat, questions, total), daemon=True)
    start = time.perf_counter()
    writer.start()
    rss: dict[int, float] = {}
    for count, _line in enumerate(chat.stdout, start=1):
        if count in SAMPLES:
            rss[count] = _rss_mib(chat.pid)
    elapsed = time.perf_counter() - start
    chat.wait()
    rows = [(f"chat --json RSS after {n:,} answers", f"{rss[n]:.0f} MiB") for n in SAMPLES if n in rss]
    rows.append((f"chat --json time per question over {total:,}", f"{elapsed / total * 1000:.1f} ms"))
    return rows


def _feed(chat: subprocess.Popen, questions: list[str], total: int) -> None:
    for i in range(total):
        chat.stdin.write(questions[i % len(questions)].replace("\n", " ") + "\n")
    chat.stdin.close()


def _rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


if __name__ == "__main__":
    for name, value in chat_memory_rows():
        print(f"{name}  {value}")
