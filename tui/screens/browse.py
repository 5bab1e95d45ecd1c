"""BrowseScreen: the guideline's table of contents with a filter and the chosen section."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Input, Label, Tree

from tui import texts
from tui.labels import section_label
from tui.toc_filter import TocFilter, fold
from tui.widgets.section_detail import SectionDetail

if TYPE_CHECKING:
    from textual.widgets.tree import TreeNode

    from assistant.service import Assistant
    from corpus.models import Section


class BrowseScreen(Screen):
    """Chapters and sections in a Tree; the highlighted section is shown in full."""

    BINDINGS = [
        Binding("escape", "app.pop_screen", texts.KEY_BACK),
        Binding("ctrl+f", "focus_filter", texts.KEY_FILTER),
    ]

    def __init__(self, assistant: Assistant, section: str | None = None, rec: int | None = None) -> None:
        super().__init__()
        self.assistant = assistant
        self.sections: list[Section] = assistant.toc()
        self._initial = (section, rec)
        self._cited: tuple[str | None, int | None] = (section, rec)
        self._searchable: dict[str, tuple[str, set[str]]] = {}

    def compose(self) -> ComposeResult:
        """Filter and tree on the left, the section on the right."""
        yield Label(texts.BROWSE_TITLE, classes="screen-title")
        with Horizontal():
            with Vertical(id="toc-pane"):
                yield Input(placeholder=texts.BROWSE_FILTER_PLACEHOLDER, id="toc-filter")
                yield Tree(Text(texts.BROWSE_TITLE), id="toc")
            yield SectionDetail(id="section-detail")
        yield Footer(compact=True)

    async def on_mount(self) -> None:
        """Fill the tree and jump to the requested section, if any."""
        tree = self.query_one(Tree)
        tree.show_root = False
        self._fill(TocFilter())
        section, _rec = self._initial
        node = self._find_node(section) if section else None
        if node is None:
            await self.query_one(SectionDetail).show(None)
            if section:
                self.notify(texts.BROWSE_NOT_FOUND.format(number=section), severity="warning")
        else:
            self._reveal(node)
        tree.focus()

    def _fill(self, toc_filter: TocFilter) -> None:
        """Rebuild the tree with the sections passing the filter (and their parents)."""
        tree = self.query_one(Tree)
        tree.clear()
        keep = self._passing_numbers(toc_filter)
        nodes: dict[str, TreeNode] = {}
        for section in self.sections:
            if section.number not in keep:
                continue
            parent = nodes.get(section.parent or "", tree.root)
            label = Text(section_label(section.number, section.title))
            nodes[section.number] = parent.add(label, data=section.number, expand=not toc_filter.empty)
        for node in nodes.values():
            node.allow_expand = bool(node.children)

    def _passing_numbers(self, toc_filter: TocFilter) -> set[str]:
        """Numbers of sections passing the filter, plus their ancestors."""
        if toc_filter.empty:
            return {section.number for section in self.sections}
        parents = {section.number: section.parent for section in self.sections}
        keep: set[str] = set()
        for section in self.sections:
            if toc_filter.matches(*self._searchable_for(section)):
                number: str | None = section.number
                while number and number not in keep:
                    keep.add(number)
                    number = parents.get(number)
        return keep

    def _searchable_for(self, section: Section) -> tuple[str, set[str]]:
        """A section's folded title and recommendation texts, and its grades (cached)."""
        if section.number not in self._searchable:
            view = self.assistant.section_view(section.number)
            recs = view.recommendations if view else []
            words = " ".join([section.number, section.title, *(rec.text for rec in recs)])
            self._searchable[section.number] = (fold(words), {r.grade for r in recs if r.grade})
        return self._searchable[section.number]

    def _find_node(self, number: str) -> TreeNode | None:
        """The tree node of a section number."""
        stack = list(self.query_one(Tree).root.children)
        while stack:
            node = stack.pop()
            if node.data == number:
                return node
            stack.extend(node.children)
        return None

    def _reveal(self, node: TreeNode) -> None:
        """Expand a node's ancestors and move the cursor to it."""
        parent = node.parent
        while parent is not None:
            parent.expand()
            parent = parent.parent
        tree = self.query_one(Tree)
        self.call_after_refresh(tree.move_cursor, node)

    @on(Tree.NodeHighlighted)
    async def show_section(self, event: Tree.NodeHighlighted) -> None:
        """Show the highlighted section in full."""
        number = event.node.data
        if number is None:
            return
        cited_section, cited_rec = self._cited
        rec = cited_rec if number == cited_section else None
        subsections = [section for section in self.sections if section.parent == number]
        await self.query_one(SectionDetail).show(self.assistant.section_view(number), rec, subsections)

    @on(Input.Changed, "#toc-filter")
    def filter_tree(self, event: Input.Changed) -> None:
        """Narrow the tree as the filter is typed."""
        toc_filter = TocFilter.parse(event.value)
        self._fill(toc_filter)

    @on(Input.Submitted, "#toc-filter")
    def focus_tree(self) -> None:
        """Enter in the filter moves to the tree."""
        self.query_one(Tree).focus()

    def action_focus_filter(self) -> None:
        """Jump to the filter field."""
        self.query_one("#toc-filter", Input).focus()
