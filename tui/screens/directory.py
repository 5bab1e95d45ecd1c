"""DirectoryScreen: detox units and prison health services, filtered by region, town, kind and outpatient."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Checkbox, DataTable, Footer, Input, Label, Select, Static

from assistant.directory_filters import DETOX_UNIT, PRISON, DirectoryFilter, problems, town
from tui import texts

if TYPE_CHECKING:
    from corpus.models import DirectoryEntry


COLUMN_WIDTHS = (34, 14, 13, 11, None)
"""Fixed widths keep town, phone and outpatient in view at 80 columns; None fits the region."""


def outpatient_word(entry: DirectoryEntry) -> str:
    """ja / nei / – for the outpatient column."""
    if entry.outpatient is None:
        return texts.DIRECTORY_UNKNOWN
    return texts.YES if entry.outpatient else texts.NO


def row_cells(entry: DirectoryEntry) -> list[Text]:
    """The table cells of one entry, as plain text (never markup); incomplete entries start with ⚠."""
    mark = texts.DIRECTORY_INCOMPLETE_MARK if problems(entry) else ""
    values = [mark + entry.name, town(entry), entry.phone, outpatient_word(entry), entry.region]
    return [Text(value or texts.DIRECTORY_UNKNOWN) for value in values]


def entry_text(entry: DirectoryEntry) -> str:
    """What the detail pane shows: what looks incomplete, then the entry verbatim."""
    found = problems(entry)
    if not found:
        return entry.text
    return texts.DIRECTORY_INCOMPLETE.format(problems="; ".join(found)) + "\n\n" + entry.text


class DirectoryScreen(Screen):
    """A table of entries; the highlighted entry is shown verbatim below it."""

    BINDINGS = [Binding("escape", "app.pop_screen", texts.KEY_BACK)]

    def __init__(self, entries: list[DirectoryEntry]) -> None:
        super().__init__()
        self.entries = entries
        self.regions = sorted({entry.region for entry in entries if entry.region})

    def compose(self) -> ComposeResult:
        """Title, the appendix notice, filters, count, table and the entry's full text."""
        yield Label(texts.DIRECTORY_TITLE, classes="screen-title")
        yield Static(texts.DIRECTORY_NOTICE, markup=False, id="directory-notice")
        with Horizontal(classes="directory-filters"):
            yield Select([(r, r) for r in self.regions], prompt=texts.DIRECTORY_ALL_REGIONS, compact=True,
                         id="directory-region")
            yield Select([(kind, kind) for kind in (DETOX_UNIT, PRISON)], prompt=texts.DIRECTORY_ALL_KINDS,
                         compact=True, id="directory-kind")
            yield Checkbox(texts.DIRECTORY_OUTPATIENT_ONLY, compact=True, id="directory-outpatient")
        with Horizontal(classes="directory-filters", id="directory-text-filters"):
            yield Input(placeholder=texts.DIRECTORY_TOWN_PLACEHOLDER, compact=True, id="directory-town")
            yield Input(placeholder=texts.DIRECTORY_NAME_PLACEHOLDER, compact=True, id="directory-name")
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
        self.query_one("#directory-town", Input).focus()

    def current_filter(self) -> DirectoryFilter:
        """The filter the controls describe."""
        region = self.query_one("#directory-region", Select).value
        kind = self.query_one("#directory-kind", Select).value
        return DirectoryFilter(
            region=None if region is Select.NULL else str(region),
            town=self.query_one("#directory-town", Input).value,
            kind=None if kind is Select.NULL else str(kind),
            outpatient_only=self.query_one(Checkbox).value,
            name=self.query_one("#directory-name", Input).value,
        )

    def _refill(self) -> None:
        """Rebuild the table rows from the filters."""
        table = self.query_one(DataTable)
        table.clear()
        chosen = self.current_filter()
        shown = [entry for entry in self.entries if chosen.matches(entry)]
        for entry in shown:
            table.add_row(*row_cells(entry), key=entry.id)
        count = texts.DIRECTORY_COUNT.format(shown=len(shown), total=len(self.entries))
        if any(problems(entry) for entry in shown):
            count += texts.DIRECTORY_INCOMPLETE_LEGEND
        self.query_one("#directory-count", Label).update(count)
        self.query_one("#directory-entry-text", Static).update(entry_text(shown[0]) if shown else "")

    @on(Select.Changed)
    @on(Checkbox.Changed)
    @on(Input.Changed)
    def apply_filters(self) -> None:
        """Re-filter when any control changes."""
        self._refill()

    @on(DataTable.RowHighlighted)
    def show_entry(self, event: DataTable.RowHighlighted) -> None:
        """Show the highlighted entry verbatim, after what looks incomplete in it."""
        entry = next((e for e in self.entries if e.id == event.row_key.value), None)
        if entry is not None:
            self.query_one("#directory-entry-text", Static).update(entry_text(entry))
