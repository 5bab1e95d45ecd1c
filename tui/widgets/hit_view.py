"""HitView: one cited hit with its grade badge, verbatim text and citation line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Label, Static

from tui import labels, texts
from tui.messages import CitationChosen

if TYPE_CHECKING:
    from assistant.models import Hit

GRADES = ("A", "B", "C", "D")
MATCHED_BULLET = "▶"


class GradeBadge(Label):
    """A coloured badge with a grade letter (A–D) or an evidence certainty word."""

    def __init__(self, grade: str) -> None:
        css_class = f"grade-{grade}" if grade in GRADES else "certainty"
        super().__init__(f" {grade} ", markup=False, classes=f"grade-badge {css_class}")


class ItemList(Vertical):
    """List items of a recommendation, one bullet per item, sub-items indented, matched items marked."""

    def __init__(self, items: list[str], matched: frozenset[str] = frozenset()) -> None:
        """Args:
        items: the items' verbatim text (sub-items keep their "o " prefix).
        matched: the items the question points at, marked with "▶".
        """
        super().__init__(classes="item-list")
        self._items = items
        self._matched = matched

    def compose(self) -> ComposeResult:
        """One row per item: a bullet (▶ when matched) and the item's verbatim text."""
        for item in self._items:
            sub = labels.is_sub_item(item)
            text = item[len(labels.SUB_ITEM_PREFIX) :] if sub else item
            matched = item in self._matched
            classes = " ".join(["item", "sub-item" if sub else "", "-matched" if matched else ""]).strip()
            with Horizontal(classes=classes):
                yield Label(MATCHED_BULLET if matched else "◦" if sub else "•", classes="bullet")
                yield Static(text, markup=False, classes="item-text")


def verbatim_blocks(text: str, matched: frozenset[str] = frozenset()) -> ComposeResult:
    """Paragraph lines as text, "•"/"o" lines as a bulleted list, all verbatim; matched items marked."""
    for kind, lines in labels.text_blocks(text):
        if kind == "items":
            yield ItemList(lines, matched)
        else:
            yield Static("\n".join(lines), markup=False, classes="hit-text")


def hit_body(hit: Hit) -> ComposeResult:
    """The verbatim text of a hit, laid out by its kind."""
    if hit.kind == "directory":
        yield Static(labels.directory_summary(hit.text), markup=False, classes="hit-text")
    else:
        yield from verbatim_blocks(hit.text, labels.matched_items(hit.text, hit.matched_lines))


class HitView(Vertical, can_focus=True):
    """A focusable hit; posts CitationChosen on Enter/o, copies on c/y, and r/b open its card's extras.

    Every other printable key goes back to the question input (ChatScreen.type_into_question).
    """

    BINDINGS = [
        Binding("c", "copy_citation", texts.KEY_COPY_CITATION),
        Binding("y", "copy_text", texts.KEY_COPY_TEXT),
        Binding("o,enter", "open_section", texts.KEY_OPEN),
        Binding("r", "card('toggle_related')", texts.KEY_RELATED),
        Binding("b", "card('toggle_rationale')", texts.KEY_RATIONALE),
    ]

    def __init__(self, hit: Hit, draft: bool = False) -> None:
        """Args:
        hit: the hit to show.
        draft: whether the hit quotes a draft (its citation line then ends in "UTKAST").
        """
        super().__init__(classes=f"hit-view kind-{hit.kind}")
        self.hit = hit
        self.draft = draft

    def compose(self) -> ComposeResult:
        """Header (badge, strength, kind, place), verbatim body and citation line."""
        with Horizontal(classes="hit-header"):
            if self.hit.grade:
                yield GradeBadge(self.hit.grade)
            yield Label(self._header_text(), markup=False, classes="hit-place")
        yield from hit_body(self.hit)
        yield Static(self._citation_line(), classes="hit-citation")

    def _citation_line(self) -> Content:
        """The citation verbatim, with the short draft mark after it when the source is a draft."""
        if not self.draft:
            return Content(self.hit.citation)
        return Content.assemble(self.hit.citation, " · ", (texts.DRAFT_BADGE, "bold $text-warning"))

    def _header_text(self) -> str:
        """The words after the badge: strength, kind label and where the hit is."""
        parts = []
        if self.hit.kind == "evidence" and self.hit.grade:
            parts.append(texts.EVIDENCE_CERTAINTY)
        if self.hit.strength:
            parts.append(texts.STRENGTH_WORDS.get(self.hit.strength, self.hit.strength))
        parts += [labels.kind_label(self.hit), labels.place_label(self.hit)]
        if self.hit.matched_lines:
            parts.append(texts.MATCHED_HINT)
        return " · ".join(part for part in parts if part)

    def action_copy_citation(self) -> None:
        """Put the citation line on the clipboard."""
        self.app.copy_to_clipboard(self.hit.citation)
        self.notify(texts.CITATION_COPIED)

    def action_copy_text(self) -> None:
        """Put the verbatim text and its citation on the clipboard."""
        self.app.copy_to_clipboard(f"{self.hit.text}\n\n{self.hit.citation}")
        self.notify(texts.TEXT_COPIED)

    def action_open_section(self) -> None:
        """Ask for the cited section to be opened."""
        self.post_message(CitationChosen(self.hit))

    def action_card(self, action: str) -> None:
        """Run an action of the answer card this hit is shown in."""
        # By selector: answer_card imports this module.
        getattr(self.query_ancestor("AnswerCard"), f"action_{action}")()

    def on_click(self) -> None:
        """Clicking a hit focuses it (so its keys show in the footer)."""
        self.focus()
