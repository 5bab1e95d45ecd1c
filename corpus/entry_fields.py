"""Read the "Label: value" lines and bullet lists of one appendix entry (detox unit or prison).

An entry prints top-level labels ("Eier: ...", "Type avdeling:") and, under a label
without a value, bullet lines ("\uf0b7 Nei", "\uf0b7 Alkoholproblem: Ja") and sub-items
("o Enhet ..."). The PDF wraps long values onto lines of their own, and puts the
page's link annotations ("http://...", "mailto:...") as stray lines wherever the page ended.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from corpus.lines import BULLET
from corpus.prose import join_wrapped, tidy

_LABEL = re.compile(r"^([A-ZÆØÅ][^:]{1,60}?):\s*(.*)$")
_PAIR = re.compile(r"^([^:]{2,80}?):\s+(\S.*)$")
_SUB_ITEM = re.compile(r"^o\s+\S")
_LINK = re.compile(r"^(?:https?://|mailto:)\S+$")
_FOOTER = re.compile(r"^Nasjonal faglig retningslinje for avrusning \d+$")


@dataclass
class Item:
    """One bullet (or "o " sub-item) with its wrapped continuation lines."""

    parts: list[str]
    sub: bool = False

    @property
    def text(self) -> str:
        """The item's text, rejoined."""
        return join_wrapped(self.parts)


@dataclass
class Field:
    """A top-level label, its inline value lines and its bullet items."""

    label: str
    value_parts: list[str]
    line: int
    items: list[Item] = field(default_factory=list)

    @property
    def value(self) -> str:
        """The inline value, or the items joined with "; " (a "Label:" item runs into its sub-items)."""
        inline = join_wrapped(self.value_parts)
        return inline or _join_items(self.items)


@dataclass
class EntryBody:
    """Everything read from an entry's lines after its name."""

    fields: list[Field] = field(default_factory=list)
    links: list[tuple[int, str]] = field(default_factory=list)
    orphans: list[tuple[int, str]] = field(default_factory=list)


def _join_items(items: list[Item]) -> str:
    joined = ""
    for item in items:
        text = item.text
        if not text:
            continue
        glue = " " if joined.endswith(":") else "; "
        joined = f"{joined}{glue}{text}" if joined else text
    return joined


def is_furniture(line: str) -> bool:
    """True for a blank line or the running page footer."""
    stripped = line.strip()
    return not stripped or bool(_FOOTER.match(stripped))


def is_link(line: str) -> bool:
    """True for a stray link annotation line."""
    return bool(_LINK.match(line.strip()))


def read_body(lines: list[str], first: int, last: int) -> EntryBody:
    """Read lines `first`..`last` (1-based, inclusive) into fields, items and stray links."""
    body = EntryBody()
    for line_no in range(first, last + 1):
        line = lines[line_no - 1]
        if is_furniture(line):
            continue
        if is_link(line):
            body.links.append((line_no, line.strip()))
            continue
        _read_line(body, line_no, line.strip())
    return body


def _read_line(body: EntryBody, line_no: int, text: str) -> None:
    current = body.fields[-1] if body.fields else None
    label = _LABEL.match(text)
    if text.startswith(BULLET) and current:
        current.items.append(Item([text[1:]]))
    elif _SUB_ITEM.match(text) and current:
        current.items.append(Item([text], sub=True))
    elif label and "://" not in label.group(1):
        body.fields.append(Field(tidy(label.group(1)), [label.group(2)], line_no))
    elif current and current.items:
        current.items[-1].parts.append(text)
    elif current:
        current.value_parts.append(text)
    else:
        body.orphans.append((line_no, text))


def field_pairs(body: EntryBody) -> tuple[dict[str, str], list[str]]:
    """Every label/value pair as printed, top-level and inside bullets; and duplicate labels."""
    pairs: dict[str, str] = {}
    duplicates: list[str] = []
    for fld in body.fields:
        _add(pairs, duplicates, fld.label, fld.value)
        for item in fld.items:
            pair = _PAIR.match(item.text)
            if pair and not item.sub:
                _add(pairs, duplicates, tidy(pair.group(1)), pair.group(2))
    return pairs, duplicates


def _add(pairs: dict[str, str], duplicates: list[str], label: str, value: str) -> None:
    if label in pairs:
        duplicates.append(label)
    else:
        pairs[label] = value


def render(name: str, body: EntryBody) -> list[str]:
    """The entry as tidy verbatim lines: name, labels with values, one line per item."""
    rendered = [name]
    for fld in body.fields:
        inline = join_wrapped(fld.value_parts)
        rendered.append(f"{fld.label}: {inline}" if inline else f"{fld.label}:")
        rendered.extend(_render_item(item) for item in fld.items if item.text)
    rendered.extend(text for _, text in body.orphans)
    return rendered


def _render_item(item: Item) -> str:
    return f"  {item.text}" if item.sub else f"• {item.text}"
