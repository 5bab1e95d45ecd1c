"""DirectoryScreen: detox units and prison health services, filterable by region and name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input, Label, Select, Static

from tui import texts
from tui.toc_filter import fold

if TYPE_CHECKING:
    from corpus.models import DirectoryEntry


COLUMN_WIDTHS = (38, 11, 11, 11, None)
"""Fixed widths keep phone and outpatient in view at 80 columns; None fits the address."""


def outpatient_word(entry: DirectoryEntry) -> str:
    """ja / nei / – for the outpatient column."""
    if entry.outpatient is None:
        return texts.DIRECTORY_UNKNOWN
    return texts.YES if entry.outpatient else texts.NO


def row_cells(entry: DirectoryEntry) -> list[Text]:
    """The table cells of one entry, as plain text (never markup)."""
    values = [entry.name, entry.region, entry.phone, outpatient_word(entry), entry.address]
    return [Text(value or texts.DIRECTORY_UNKNOWN) for value in values]


def searchable(entry: DirectoryEntry) -> str:
    """The folded name, region, address and unit type that the text filter looks in, as one phrase each."""
    fields = [entry.name, entry.region, entry.address, entry.unit_type]
    return " | ".join(" ".join(fold(field).split()) for field in fields if field)


class DirectoryScreen(Screen):
    """A table of entries; the highlighted entry is shown verbatim below it."""

    BINDINGS = [Binding("escape", "app.pop_screen", texts.KEY_BACK)]

    def __init__(self, entries: list[DirectoryEntry]) -> None:
        super().__init__()
        self.entries = entries
        self.regions = sorted({entry.region for entry in entries if entry.region})

    def compose(self) -> ComposeResult:
        """Filters, count, table and the entry's full text."""
        yield Label(texts.DIRECTORY_TITLE, classes="screen-title")
        with Horizontal(id="directory-filters"):
            yield Select(
                [(region, region) for region in self.regions],
                prompt=texts.DIRECTORY_ALL_REGIONS,
                id="directory-region",
            )
            yield Input(placeholder=texts.DIRECTORY_NAME_PLACEHOLDER, id="directory-name")
        yield Label("", id="directory-count")
        yield DataTable(cursor_type="row", zebra_stripes=True, id="directory-table")
        with VerticalScroll(id="directory-entry"):
            yield Static("", markup=False, id="directory-entry-text")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        """Set up the columns and show every entry."""
        table = self.query_one(DataTable)
        for label, width in zip(texts.DIRECTORY_COLUMNS, COLUMN_WIDTHS):
            table.add_column(label, width=width)
        self._refill()
        self.query_one("#directory-name", Input).focus()

    def _shown(self) -> list[DirectoryEntry]:
        """The entries passing the region and name filters."""
        region = self.query_one(Select).value
        phrase = " ".join(fold(self.query_one("#directory-name", Input).value).split())
        return [
            entry
            for entry in self.entries
            if (region is Select.NULL or entry.region == region) and phrase in searchable(entry)
        ]

    def _refill(self) -> None:
        """Rebuild the table rows from the filters."""
        table = self.query_one(DataTable)
        table.clear()
        shown = self._shown()
        for entry in shown:
            table.add_row(*row_cells(entry), key=entry.id)
        count = texts.DIRECTORY_COUNT.format(shown=len(shown), total=len(self.entries))
        self.query_one("#directory-count", Label).update(count)
        self.query_one("#directory-entry-text", Static).update(shown[0].text if shown else "")

    @on(Select.Changed)
    @on(Input.Changed, "#directory-name")
    def apply_filters(self) -> None:
        """Re-filter when the region or the name filter changes."""
        self._refill()

    @on(DataTable.RowHighlighted)
    def show_entry(self, event: DataTable.RowHighlighted) -> None:
        """Show the highlighted entry verbatim."""
        entry = next((e for e in self.entries if e.id == event.row_key.value), None)
        if entry is not None:
            self.query_one("#directory-entry-text", Static).update(entry.text)
