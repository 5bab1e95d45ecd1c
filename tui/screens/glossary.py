"""GlossaryScreen: abbreviations and terms, with the grading scheme and skal/bør/kan."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Input, Label, Static

from tui import texts
from tui.toc_filter import fold

if TYPE_CHECKING:
    from corpus.models import GlossaryTerm

KIND_ORDER = ("grade", "strength", "abbreviation", "definition")


def term_widget(term: GlossaryTerm) -> Static:
    """One term in bold followed by its verbatim definition."""
    content = Content.assemble((term.term, "bold"), "  ", term.definition)
    return Static(content, classes="glossary-term")


def glossary_widgets(terms: list[GlossaryTerm], query: str) -> list[Widget]:
    """Terms passing the filter, grouped by kind, each group under its heading."""
    folded = fold(query.strip())
    shown = [t for t in terms if folded in fold(f"{t.term} {t.definition}")]
    widgets: list[Widget] = []
    for kind in KIND_ORDER:
        group = [t for t in shown if t.kind == kind]
        if group:
            widgets.append(Label(texts.GLOSSARY_KINDS[kind], classes="glossary-kind"))
            widgets.extend(term_widget(t) for t in group)
    if not widgets:
        widgets.append(Static(texts.GLOSSARY_NO_MATCH, classes="glossary-empty"))
    return widgets


class GlossaryScreen(Screen):
    """The glossary with a filter field."""

    BINDINGS = [Binding("escape", "app.pop_screen", texts.KEY_BACK)]

    def __init__(self, terms: list[GlossaryTerm]) -> None:
        super().__init__()
        self.terms = terms

    def compose(self) -> ComposeResult:
        """Title, filter and the list."""
        yield Label(texts.GLOSSARY_TITLE, classes="screen-title")
        yield Input(placeholder=texts.GLOSSARY_FILTER_PLACEHOLDER, id="glossary-filter")
        yield VerticalScroll(*glossary_widgets(self.terms, ""), id="glossary-list")
        yield Footer(compact=True)

    @on(Input.Changed, "#glossary-filter")
    async def filter_terms(self, event: Input.Changed) -> None:
        """Show only the terms containing the filter text."""
        listing = self.query_one("#glossary-list", VerticalScroll)
        await listing.remove_children()
        await listing.mount_all(glossary_widgets(self.terms, event.value))
