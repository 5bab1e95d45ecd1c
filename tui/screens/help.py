"""HelpScreen: the keys, what the grades and skal/bør/kan mean, and the draft notice."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Label, Static

from tui import texts
from tui.widgets.hit_view import GRADES, GradeBadge

if TYPE_CHECKING:
    from corpus.models import GlossaryTerm


def meanings(glossary: list[GlossaryTerm], kind: str, fallback: dict[str, str]) -> dict[str, str]:
    """Term -> definition of one glossary kind, or the built-in text when the glossary has none."""
    found = {term.term: term.definition for term in glossary if term.kind == kind}
    return found or fallback


def term_lines(pairs: list[tuple[str, str]], css_class: str) -> list[Widget]:
    """One line per (name, explanation) pair, the name in a fixed column."""
    return [
        Horizontal(
            Label(name, markup=False, classes="help-name"),
            Static(text, markup=False, classes="help-text"),
            classes=css_class,
        )
        for name, text in pairs
    ]


def grade_lines(glossary: list[GlossaryTerm]) -> list[Widget]:
    """A badge and its meaning per grade."""
    grade_texts = meanings(glossary, "grade", texts.GRADE_FALLBACK)
    return [
        Horizontal(
            GradeBadge(grade),
            Static(grade_texts.get(grade, ""), markup=False, classes="help-text"),
            classes="help-grade",
        )
        for grade in GRADES
    ]


def strength_lines(glossary: list[GlossaryTerm]) -> list[Widget]:
    """skal / bør / kan and what they mean."""
    strength_texts = meanings(glossary, "strength", texts.STRENGTH_FALLBACK)
    return term_lines(list(strength_texts.items()), "help-strength")


class HelpScreen(ModalScreen[None]):
    """A modal over the current screen; Escape closes it."""

    BINDINGS = [
        Binding("escape,f1,q,question_mark", "app.pop_screen", texts.CLOSE_BUTTON),
    ]

    def __init__(self, glossary: list[GlossaryTerm], draft_notice: str) -> None:
        super().__init__()
        self.glossary = glossary
        self.draft_notice = draft_notice

    def compose(self) -> ComposeResult:
        """Keys, grades, strength words and the draft notice, in one scrolling panel."""
        with VerticalScroll(id="help-panel"):
            yield Static(texts.HELP_INTRO, markup=False, classes="help-intro")
            yield Label(texts.HELP_READING_TITLE, classes="help-heading")
            yield from term_lines(texts.HELP_READING, "help-reading")
            yield Label(texts.HELP_GRADES_TITLE, classes="help-heading")
            yield from grade_lines(self.glossary)
            yield Label(texts.HELP_STRENGTH_TITLE, classes="help-heading")
            yield from strength_lines(self.glossary)
            yield Label(texts.HELP_DRAFT_TITLE, classes="help-heading")
            yield Static(self.draft_notice, markup=False, classes="help-draft")
            yield Label(texts.HELP_KEYS_TITLE, classes="help-heading")
            yield from term_lines(texts.HELP_KEYS, "help-key")
            yield Label(texts.HELP_CLOSE, classes="help-close")

    def on_mount(self) -> None:
        """Focus the panel so PageUp/PageDown and the arrows scroll it."""
        self.query_one("#help-panel").focus()
