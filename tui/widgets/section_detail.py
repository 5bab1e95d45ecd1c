"""SectionDetail: a guideline section in full: its recommendations and its prose."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widget import Widget
from textual.widgets import Label, Static

from tui import texts
from tui.labels import section_label
from tui.widgets.hit_view import GradeBadge, ItemList, verbatim_blocks

if TYPE_CHECKING:
    from assistant.service import SectionView
    from corpus.models import Recommendation, Section


class RecommendationView(Vertical):
    """One recommendation: grade badge, number, strength, lead and list items verbatim."""

    def __init__(self, recommendation: Recommendation, cited: bool) -> None:
        super().__init__(classes="recommendation -cited" if cited else "recommendation")
        self.recommendation = recommendation

    def compose(self) -> ComposeResult:
        """Header line, then the verbatim lead and items."""
        rec = self.recommendation
        with Horizontal(classes="rec-header"):
            if rec.grade:
                yield GradeBadge(rec.grade)
            header = texts.RECOMMENDATION_LABEL.format(rec=rec.number).capitalize()
            if rec.strength:
                header += f" · {rec.strength}"
            yield Label(header, markup=False, classes="rec-number")
        yield Static(rec.lead or rec.text, markup=False, classes="rec-text")
        if rec.items:
            yield ItemList(list(rec.items))


def subsection_widgets(subsections: list[Section]) -> list[Widget]:
    """A heading and one line per direct subsection, so a chapter is never an empty pane."""
    if not subsections:
        return []
    lines = "\n".join(section_label(sub.number, sub.title) for sub in subsections)
    return [Label(texts.BROWSE_SUBSECTIONS, classes="detail-heading"), Static(lines, markup=False)]


def detail_widgets(view: SectionView, cited_rec: int | None, subsections: list[Section]) -> list[Widget]:
    """The widgets showing one section, the cited recommendation marked."""
    section = view.section
    widgets: list[Widget] = [
        Label(section_label(section.number, section.title), markup=False, classes="detail-title"),
        Label(texts.BROWSE_RECOMMENDATIONS, classes="detail-heading"),
    ]
    if not view.recommendations:
        widgets.append(Static(texts.BROWSE_NO_RECOMMENDATIONS, classes="detail-empty"))
    for rec in view.recommendations:
        widgets.append(RecommendationView(rec, cited=rec.number == cited_rec))
    widgets += subsection_widgets(subsections)
    if view.passages:
        widgets.append(Label(texts.BROWSE_TEXT, classes="detail-heading"))
    for passage in view.passages:
        if passage.heading:
            widgets.append(Label(passage.heading, markup=False, classes="passage-heading"))
        widgets.append(Vertical(*verbatim_blocks(passage.text), classes="passage-text"))
    return widgets


class SectionDetail(VerticalScroll):
    """The right-hand pane of the browser."""

    async def show(
        self, view: SectionView | None, cited_rec: int | None = None, subsections: list[Section] | None = None
    ) -> None:
        """Replace the pane's content with one section (or a hint when there is none)."""
        await self.remove_children()
        if view is None:
            await self.mount(Static(texts.BROWSE_EMPTY, classes="detail-empty"))
            return
        await self.mount_all(detail_widgets(view, cited_rec, subsections or []))
        self.scroll_home(animate=False)
        cited = self.query(".-cited")
        if cited:
            self.call_after_refresh(self.scroll_to_widget, cited.first(), animate=False, top=True)
