"""Line cleaning for the PDF-extracted guideline: noise, list markers, sub-headings, paragraphs.

The guideline's text has a blank line after nearly every wrapped line, so a real
paragraph is rebuilt by joining lines until a sentence ends and the next line starts
a new one, a list item starts, or a sub-heading comes. Line numbers are 1-based.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field

from corpus.models import Span

BULLET = "\uf0b7"
"""The private-use bullet glyph the PDF extraction left at the start of list items."""

GRADE_ONLY = re.compile(r"^\s*([A-D])\s*$")
TRAILING_GRADE = re.compile(r"^(.*\S)\s+([A-D])\s*$")
REC_HEADING = re.compile(r"^\s*Anbefaling(?:er)?\s*:?\s*$")
STRUCTURAL_HEADING = re.compile(r"^\s*(Bakgrunn|Vurdering)\s*:?\s*$")
NUM_FIRST_HEADING = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2}){1,2})\s+([A-ZÆØÅ].*?)\s*$")
NUM_LAST_HEADING = re.compile(r"^\s+([A-ZÆØÅ].*?)\s+(\d{1,2}(?:\.\d{1,2}){1,2})\s*$")

_MARKERS = (
    ("item", re.compile(rf"^\s*{BULLET}\s*(\S.*)$")),
    ("subitem", re.compile(r"^\s*o\s+(\S.*)$")),
    ("lettered", re.compile(r"^\s*([a-h]\.)\s+(\S.*)$")),
    ("numbered", re.compile(r"^\s*(\d{1,2}\.)\s+(\S.*)$")),
)
_PAGE_MARK = re.compile(r"^\s*Nasjonal faglig retningslinje for avrusning \d+\s*$")
_MARGIN_COMMENT = re.compile(r"^\s*Merknad \[[^\]]*\]:")
_PLACEHOLDER = re.compile(r"^\s*(?:\d+\s+)?\[overskrift\]\s*$", re.IGNORECASE)
_STRAY = re.compile(r"^\s*(?:\d{1,2}\.|[•.])\s*$")
_URL_ONLY = re.compile(r"^\s*(?:https?://|mailto:|www\.)(\S+)\s*$")
_FIGURE_CAPTION = re.compile(r"^\s*Fig\.\s*\d")
_CAPS = re.compile(r"(?:\d{1,2} +)?[A-ZÆØÅ/][A-ZÆØÅ ,/\-]*")
_CLOSERS = ")»”\"'"
_URL_LOOKBACK = 150
_CONTEXT = 12
_MAX_SUBHEADING_WORDS = 8

NOISE_MESSAGES = {
    "sidetall": "Sidehode/-fot med sidetall hoppet over",
    "merknad": "Margkommentar (Word-merknad) hoppet over",
    "lenke": "Lenke gjentatt i margen hoppet over",
    "plassholder": "Plassholder for overskrift hoppet over",
    "løst tegn": "Løst tegn uten tekst hoppet over",
    "figur": "Figurtekst hoppet over",
    "tittel": "Tittellinje (kapittel- eller tittelboks) er struktur, ikke løpende tekst",
}
"""Why a noise line is left out, by the reason noise_reason() returns."""


@dataclass
class Unit:
    """A rebuilt paragraph, list item, sub-heading or lone grade letter."""

    kind: str
    """One of text, item, subitem, lettered, numbered, heading, grade."""
    start: int
    end: int
    marker: str = ""
    """As printed for lettered/numbered items ("a.", "3."), "•" or "o" for bullets."""
    parts: list[str] = field(default_factory=list)
    grade: str | None = None
    """A trailing grade letter cut from the unit's last line (recommendation mode only)."""
    glued: bool = False
    """True when the last line ended in a hyphen with no space: the next line joins it directly."""

    @property
    def text(self) -> str:
        """The unit's text without its list marker."""
        return "".join(self.parts)

    def rendered(self) -> str:
        """The unit as shown to a reader: bullets as "• ", sub-bullets as "  o "."""
        if self.kind == "item":
            return f"• {self.text}"
        if self.kind == "subitem":
            return f"  o {self.text}"
        if self.kind in ("lettered", "numbered"):
            return f"{self.marker} {self.text}"
        return self.text


def clean(line: str) -> str:
    """The line with the bullet glyph made visible and runs of whitespace collapsed."""
    return " ".join(line.replace(BULLET, "•").split())


def is_blank(line: str) -> bool:
    """True for an empty or whitespace-only line."""
    return not line.strip()


def noise_reason(lines: list[str], n: int) -> str | None:
    """Why line n is layout noise rather than text (a NOISE_MESSAGES key), or None."""
    raw = lines[n - 1]
    for reason, pattern in (
        ("sidetall", _PAGE_MARK),
        ("merknad", _MARGIN_COMMENT),
        ("plassholder", _PLACEHOLDER),
        ("løst tegn", _STRAY),
        ("figur", _FIGURE_CAPTION),
    ):
        if pattern.match(raw):
            return reason
    if _is_margin_link(lines, n):
        return "lenke"
    if _is_figure_label(raw) or _is_figure_label_before_one(lines, n):
        return "figur"
    return "tittel" if _is_title_line(lines, n) else None


def _is_margin_link(lines: list[str], n: int) -> bool:
    """A bare URL line whose address the text before it already printed (a link annotation)."""
    match = _URL_ONLY.match(lines[n - 1])
    if not match:
        return False
    key = match.group(1).removeprefix("www.").rstrip("/.").lower()
    before = "".join(line.strip() for line in lines[max(0, n - 1 - _URL_LOOKBACK) : n - 1])
    return key in before.lower()


def _is_figure_label(raw: str, trailing_space: bool = False) -> bool:
    """Figure box words: short lines with no trailing space, unlike every text line."""
    text = raw.strip()
    if not text or raw[0].isspace() or text.endswith("-") or text[-1] in ".,:;!?":
        return False
    if raw[-1].isspace() and not trailing_space:
        return False
    return len(text.split()) <= 3 and not _URL_ONLY.match(raw)


def _is_figure_label_before_one(lines: list[str], n: int) -> bool:
    """A short figure word that kept its trailing space but wraps onto a figure label."""
    if not _is_figure_label(lines[n - 1], trailing_space=True):
        return False
    nxt = _neighbour(lines, n, 1, skip_noise=False)
    return nxt is not None and _is_figure_label(lines[nxt - 1])


def _is_title_line(lines: list[str], n: int) -> bool:
    """An all-capitals chapter or title-box line ("8 AVRUSNING FRA ALKOHOL", "HISTORIKK")."""
    text = lines[n - 1].strip()
    if not _CAPS.fullmatch(text) or not any(c.isalpha() for c in text):
        return False
    if text[0].isdigit() or len(text.split()) >= 2:
        return True
    prev = _neighbour(lines, n, -1, skip_noise=False)
    return prev is not None and _CAPS.fullmatch(lines[prev - 1].strip()) is not None


def _neighbour(lines: list[str], n: int, step: int, skip_noise: bool = True) -> int | None:
    """The nearest non-blank (and, if asked, non-noise) line before or after n."""
    m = n + step
    for _ in range(_CONTEXT):
        if not 1 <= m <= len(lines):
            return None
        if not is_blank(lines[m - 1]) and not (skip_noise and noise_reason(lines, m)):
            return m
        m += step
    return None


def marker_of(line: str) -> tuple[str, str, str] | None:
    """(kind, marker, rest) for a list-item line, else None."""
    for kind, pattern in _MARKERS:
        match = pattern.match(line)
        if match:
            if kind in ("item", "subitem"):
                return kind, "•" if kind == "item" else "o", match.group(1)
            return kind, match.group(1), match.group(2)
    return None


def ends_sentence(text: str) -> bool:
    """True if the text ends with sentence-final punctuation (closing quotes allowed)."""
    return text.rstrip().rstrip(_CLOSERS).endswith((".", "!", "?"))


def starts_sentence(text: str) -> bool:
    """True if the text could begin a new sentence (capital, digit or opening quote)."""
    first = text.lstrip()[:1]
    return first.isupper() or first.isdigit() or first in "«”\"„"


def is_heading_line(line: str) -> bool:
    """True for a numbered section heading, either number first or number last."""
    return bool(NUM_FIRST_HEADING.match(line) or NUM_LAST_HEADING.match(line))


def is_subheading(lines: list[str], n: int) -> bool:
    """True for an unnumbered sub-heading ("Bakgrunn", "Mulige årsaker til søvnproblemer").

    Besides the fixed words, a sub-heading is a short capitalised line without closing
    punctuation that follows a finished sentence, a heading or a list item, and is
    followed by a new sentence or a list item.
    """
    raw = lines[n - 1]
    if STRUCTURAL_HEADING.match(raw) or REC_HEADING.match(raw):
        return True
    text = clean(raw)
    if not _looks_like_subheading(text) or GRADE_ONLY.match(raw) or marker_of(raw):
        return False
    prev, nxt = _neighbour(lines, n, -1), _neighbour(lines, n, 1)
    return _ends_block(lines, prev) and nxt is not None and _opens_block(lines[nxt - 1])


def _looks_like_subheading(text: str) -> bool:
    return (
        bool(text)
        and text[0].isupper()
        and text[-1] not in ".,:;!?-–"
        and len(text.split()) <= _MAX_SUBHEADING_WORDS
    )


def _ends_block(lines: list[str], prev: int | None) -> bool:
    if prev is None:
        return True
    raw = lines[prev - 1]
    return (
        ends_sentence(raw)
        or marker_of(raw) is not None
        or is_heading_line(raw)
        or bool(STRUCTURAL_HEADING.match(raw) or GRADE_ONLY.match(raw))
    )


def _opens_block(raw: str) -> bool:
    return marker_of(raw) is not None or starts_sentence(raw)


def paragraph_units(
    lines: list[str],
    start: int,
    end: int,
    skip: Collection[int] = (),
    grades: bool = False,
) -> list[Unit]:
    """Rebuild lines start..end (inclusive) into paragraphs, list items and sub-headings.

    Blank and noise lines and the line numbers in `skip` are passed over without
    ending a paragraph (a margin comment can sit in mid-sentence). With `grades`,
    a lone grade letter becomes a "grade" unit and a grade letter ending a text or
    numbered line is cut off into Unit.grade, closing that unit.
    """
    units: list[Unit] = []
    current: Unit | None = None
    for n in range(start, end + 1):
        raw = lines[n - 1]
        if is_blank(raw) or n in skip or noise_reason(lines, n):
            continue
        unit = _next_unit(lines, n, current, grades)
        if unit is not current:
            units.append(unit)
        current = None if unit.kind in ("heading", "grade") or unit.grade else unit
    return units


def _next_unit(lines: list[str], n: int, current: Unit | None, grades: bool) -> Unit:
    """Append line n to the open unit, or open the unit it starts."""
    raw = lines[n - 1]
    if grades and GRADE_ONLY.match(raw):
        return Unit("grade", n, n, grade=GRADE_ONLY.match(raw).group(1))
    marked = marker_of(raw)
    if marked is None and is_subheading(lines, n):
        return Unit("heading", n, n, parts=[clean(raw)])
    if marked is None and current is not None and _continues(current, raw, grades):
        _append(current, n, raw, grades)
        return current
    kind, marker, rest = marked if marked else ("text", "", raw)
    unit = Unit(kind, n, n, marker=marker)
    _append(unit, n, rest, grades)
    return unit


def _continues(current: Unit, raw: str, grades: bool) -> bool:
    """Whether an unmarked line carries on the open unit rather than starting a paragraph.

    A recommendation's numbered paragraph runs on until its grade letter closes it.
    """
    if grades and current.kind == "numbered":
        return True
    if current.kind in ("item", "subitem", "lettered"):
        return not raw.lstrip()[:1].isupper()
    return not (ends_sentence(current.parts[-1]) and starts_sentence(raw))


def _append(unit: Unit, n: int, raw: str, grades: bool) -> None:
    """Add a line to a unit, repairing the line break and cutting a trailing grade."""
    text = clean(raw)
    if grades and unit.kind in ("text", "numbered"):
        match = TRAILING_GRADE.match(text)
        if match:
            text, unit.grade = match.group(1), match.group(2)
    if unit.parts and not unit.glued:
        unit.parts.append(" ")
    unit.parts.append(text)
    unit.end = n
    unit.glued = _breaks_word(raw) and unit.grade is None


def _breaks_word(raw: str) -> bool:
    """A hyphen with no space after it ends the line: the word goes on in the next line."""
    stripped = raw.rstrip("\n")
    return stripped.endswith("-") and len(stripped) > 1 and stripped[-2].isalnum()


def rebuild_paragraphs(lines: list[str], start: int, end: int) -> list[tuple[str, Span]]:
    """Rebuilt paragraphs of lines start..end (1-based, inclusive), each with its line span.

    List items come back one per paragraph, rendered "• text" (sub-items "  o text",
    lettered and numbered items as printed, "a. text"); sub-headings come back as
    paragraphs of their own. Page marks, margin comments and other layout noise are
    left out (see noise_reason).
    """
    return [
        (unit.rendered(), Span(start=unit.start, end=unit.end))
        for unit in paragraph_units(lines, start, end)
    ]
