"""Pure helpers that turn contract fields into display labels and parts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui import texts

if TYPE_CHECKING:
    from assistant.models import Hit

GUIDELINE_SOURCE_ID = "003"
"""The guideline's source id (corpus/sources.toml); its sections can be browsed."""

SUB_ITEM_PREFIX = "o "


def is_guideline(hit: Hit) -> bool:
    """Whether a hit is quoted from the guideline (the only browsable source)."""
    return hit.kind == "recommendation" or hit.file.startswith(GUIDELINE_SOURCE_ID)


def source_short_name(source_title: str) -> str:
    """The part of a source title before its first dash or colon ("Cochrane")."""
    for separator in (" – ", " - ", ":"):
        source_title = source_title.split(separator)[0]
    return source_title.strip()


def kind_label(hit: Hit) -> str:
    """What kind of text a hit is, in words, for its header line."""
    if hit.kind == "evidence":
        return texts.EVIDENCE_LABEL.format(source=source_short_name(hit.source_title))
    if hit.kind == "directory":
        return texts.DIRECTORY_LABEL
    if hit.kind == "glossary":
        return texts.GLOSSARY_LABEL
    if hit.kind == "passage" and not is_guideline(hit):
        return texts.BACKGROUND_LABEL.format(source=source_short_name(hit.source_title))
    if hit.kind == "passage":
        return texts.GUIDELINE_TEXT_LABEL
    return ""


def section_label(number: str, title: str) -> str:
    """ "3.2.1 Poliklinisk avrusning", or just the title where the number is the title."""
    return title if number == title else f"{number} {title}"


def place_label(hit: Hit) -> str:
    """Section number, title and recommendation number, as far as the hit has them."""
    place = section_label(hit.section or "", hit.section_title or "").strip()
    if hit.rec is not None:
        rec = texts.RECOMMENDATION_LABEL.format(rec=hit.rec)
        place = f"{place}, {rec}" if place else rec
    return place


BULLET = "• "


def text_blocks(text: str) -> list[tuple[str, list[str]]]:
    """Group verbatim lines into ("text", lines) and ("items", items) blocks, in order.

    The corpus writes list items as "• item" and sub-items as "  o item"; items keep
    their text without the bullet, sub-items keep the "o " prefix (see is_sub_item).
    """
    blocks: list[tuple[str, list[str]]] = []
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith(BULLET):
            kind, value = "items", stripped[len(BULLET) :]
        elif stripped.startswith(SUB_ITEM_PREFIX) and blocks and blocks[-1][0] == "items":
            kind, value = "items", stripped
        else:
            kind, value = "text", line.rstrip()
        if blocks and blocks[-1][0] == kind:
            blocks[-1][1].append(value)
        else:
            blocks.append((kind, [value]))
    return blocks


def matched_items(text: str, line_indexes: list[int]) -> frozenset[str]:
    """The list items, as text_blocks gives them, at the given line indexes of a verbatim text."""
    lines = text.split("\n")
    stripped = [lines[i].strip() for i in line_indexes if 0 <= i < len(lines)]
    return frozenset(line[len(BULLET) :] if line.startswith(BULLET) else line for line in stripped)


def is_sub_item(item: str) -> bool:
    """Whether a list item is a sub-item (the corpus prefixes those with "o ")."""
    return item.startswith(SUB_ITEM_PREFIX)


DIRECTORY_KEY_LABELS = ("Adresse:", "Telefon:", "Internett:", "Kontaktperson")


def directory_summary(text: str) -> str:
    """The name and the address/phone lines of a verbatim directory entry."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if not lines:
        return text
    kept = [lines[0]] + [line for line in lines[1:] if line.startswith(DIRECTORY_KEY_LABELS)]
    return "\n".join(kept) if len(kept) > 1 else "\n".join(lines)
