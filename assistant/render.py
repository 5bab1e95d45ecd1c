"""Render an Answer for a person: colours in a terminal, plain text when piped.

Source text is appended as plain Text, never parsed as markup: verbatim means verbatim.
"""

from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.text import Text

from assistant.models import Answer, Hit

GRADE_STYLES = {"A": "bold white on green", "B": "bold black on cyan", "C": "bold black on yellow",
                "D": "bold white on magenta"}
KIND_LABELS = {"evidence": "Dokumentasjon", "passage": "Tekst", "directory": "Adresseliste",
               "glossary": "Ordliste"}
STATUS_LEADS = {"not_covered": "Ikke dekket av kildene", "partial": "Delvis dekket", "clarify": "Presiser gjerne",
                "invalid": "Kan ikke søke"}


def render(answer: Answer, stream: TextIO) -> None:
    """Write the answer to `stream`."""
    console = Console(file=stream, highlight=False, soft_wrap=False, emoji=False)
    if answer.status in STATUS_LEADS:
        console.print(Text(f"{STATUS_LEADS[answer.status]}: ", style="bold") + Text(answer.message or ""))
    elif answer.message:
        console.print(Text(answer.message, style="italic"))
    if answer.draft_notice:
        console.print(Text(f"NB: {answer.draft_notice}", style="dim"))
    label = "Nærmeste avsnitt (svarer ikke på spørsmålet)" if answer.status == "not_covered" else None
    _hits(console, answer.hits, label)
    _hits(console, answer.referenced, "Anbefalinger det vises til")
    _hits(console, answer.supporting, "Bakgrunn og dokumentasjon fra andre kilder")
    for number, choice in enumerate(answer.choices, start=1):
        console.print(Text(f"  {number}. {choice}"))
    if answer.understood_as:
        searched = answer.understood_as + (f" (+ {', '.join(answer.expansions)})" if answer.expansions else "")
        console.print(Text(f"Søkte etter: {searched}", style="dim"))


def _hits(console: Console, hits: list[Hit], label: str | None) -> None:
    if not hits:
        return
    if label:
        console.print(Text(label, style="bold underline"))
    for hit in hits:
        console.print(_heading(hit))
        console.print(Text(hit.text), Text(""))
        console.print(Text(f"Kilde: {hit.citation}", style="dim"))
        console.print()


def _heading(hit: Hit) -> Text:
    heading = Text()
    if hit.kind == "recommendation":
        heading.append(f" {hit.grade or '–'} ", style=GRADE_STYLES.get(hit.grade or "", "reverse"))
        heading.append(f" {hit.section} {hit.section_title or ''}, anbefaling {hit.rec}", style="bold")
        if hit.strength:
            heading.append(f" ({hit.strength})")
        return heading
    label = "Bakgrunn" if hit.kind == "passage" and not hit.file.startswith("003") else KIND_LABELS.get(hit.kind, hit.kind)
    heading.append(f"[{label}] ", style="bold")
    heading.append(" ".join(filter(None, [hit.section, hit.section_title if hit.section != hit.section_title else None])))
    if hit.kind == "evidence" and hit.grade:
        heading.append(f" (tillit: {hit.grade})")
    return heading
