"""Opt-in question history. Off unless the user turns it on: staff may type patient details."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from assistant.json_lines import line_safe

HISTORY_ENV = "VEILEDER_HISTORY_FILE"


def history_path() -> Path:
    """Where history goes when turned on (overridable for tests and scripts)."""
    if override := os.environ.get(HISTORY_ENV):
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("veileder")) / "historikk.jsonl"


def append_question(question: str, status: str, path: Path | None = None) -> Path:
    """Append one question to the history file, created readable by its owner only (0600)."""
    target = path or history_path()
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(target, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    os.chmod(target, 0o600)
    with os.fdopen(fd, "a", encoding="utf-8") as handle:
        record = {"time": time.strftime("%Y-%m-%dT%H:%M:%S"), "question": question, "status": status}
        handle.write(line_safe(json.dumps(record, ensure_ascii=False)) + "\n")
    return target
