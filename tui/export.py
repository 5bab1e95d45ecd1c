"""Export a conversation to a Markdown file: questions, verbatim answers, citations."""

from __future__ import annotations

import os
import tempfile
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_documents_dir

from tui import texts
from tui.grouping import split_primary

if TYPE_CHECKING:
    from assistant.models import Answer, Hit


def quote(text: str) -> list[str]:
    """The verbatim text as a Markdown block quote, line by line."""
    return [f"> {line}".rstrip() for line in text.split("\n")]


def hit_lines(hit: Hit) -> list[str]:
    """A hit's verbatim text and its citation line."""
    return [*quote(hit.text), "", texts.EXPORT_SOURCE.format(citation=hit.citation), ""]


def hit_block(heading: str | None, hits: list[Hit]) -> list[str]:
    """An optional heading followed by the hits."""
    lines = [heading, ""] if heading and hits else []
    for hit in hits:
        lines += hit_lines(hit)
    return lines


def answer_lines(answer: Answer) -> list[str]:
    """Everything an answer showed, as Markdown lines."""
    lines = [texts.EXPORT_QUESTION.format(question=answer.question), ""]
    if answer.draft_notice and answer.status != "invalid":
        lines += [texts.EXPORT_DRAFT.format(notice=answer.draft_notice), ""]
    if answer.message:
        lines += [answer.message, ""]
    if answer.choices:
        lines += [texts.EXPORT_CHOICES, *(f"{n}. {c}" for n, c in enumerate(answer.choices, 1)), ""]
    heading = texts.EXPORT_NOT_COVERED if answer.status == "not_covered" else None
    own, other_sources = split_primary(answer.hits)
    lines += hit_block(heading, own)
    lines += hit_block(texts.EXPORT_REFERENCED, answer.referenced)
    for group in answer.related:
        lines += hit_block(texts.EXPORT_RELATED.format(label=group.label), group.hits)
    lines += hit_block(texts.EXPORT_SUPPORTING, [*other_sources, *answer.supporting])
    return lines


def conversation_markdown(answers: list[Answer], now: datetime) -> str:
    """The whole conversation as one Markdown document."""
    lines = [texts.EXPORT_TITLE.format(stamp=now.strftime("%Y-%m-%d %H:%M")), ""]
    for answer in answers:
        lines += answer_lines(answer)
    return "\n".join(lines).rstrip() + "\n"


def export_file_name(now: datetime) -> str:
    """The export file name, veileder-samtale-YYYYmmdd-HHMMSS.md."""
    return f"{texts.EXPORT_FILE_PREFIX}{now.strftime('%Y%m%d-%H%M%S')}.md"


FILE_MODE = 0o600
"""The export holds what was asked about patients: only its owner may read it."""


def write_atomically(path: Path, content: str) -> None:
    """Write via a private temporary file in the same directory and os.replace, so no half file remains."""
    handle, temp_name = tempfile.mkstemp(dir=path.parent, prefix=".veileder-", suffix=".tmp")
    try:
        os.fchmod(handle, FILE_MODE)
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as temp_file:
            temp_file.write(content)
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def export_directories() -> list[Path]:
    """Where an export may go, in order: the user's documents directory, then the home directory."""
    return [Path(user_documents_dir()), Path.home()]


def export_conversation(answers: list[Answer], now: datetime | None = None) -> Path:
    """Write the conversation into the user's documents directory (created if missing), else the home directory.

    Returns:
        The path written. Raises the last OSError when no directory is writable.
    """
    now = now or datetime.now()
    content = conversation_markdown(answers, now)
    name = export_file_name(now)
    error: OSError | None = None
    for directory in export_directories():
        try:
            directory.mkdir(mode=0o700, parents=True, exist_ok=True)
            write_atomically(directory / name, content)
        except OSError as failure:
            error = failure
            continue
        return directory / name
    raise error
