"""Export a conversation to a Markdown file: questions, verbatim answers, citations."""

from __future__ import annotations

import os
import tempfile
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

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


def write_atomically(path: Path, content: str) -> None:
    """Write via a temporary file in the same directory and os.replace, so no half file remains."""
    handle, temp_name = tempfile.mkstemp(dir=path.parent, prefix=".veileder-", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as temp_file:
            temp_file.write(content)
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def export_conversation(answers: list[Answer], now: datetime | None = None) -> Path:
    """Write the conversation into the current directory, or the home directory if that fails.

    Returns:
        The path written. Raises OSError when neither directory is writable.
    """
    now = now or datetime.now()
    content = conversation_markdown(answers, now)
    name = export_file_name(now)
    try:
        path = Path.cwd() / name
        write_atomically(path, content)
    except OSError:
        path = Path.home() / name
        write_atomically(path, content)
    return path
