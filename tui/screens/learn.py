"""LearnScreen: the onboarding route (F5, `veileder learn`): the guideline's own text, step by step."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Label, OptionList, Static
from textual.widgets.option_list import Option

from tui import texts
from tui.labels import is_guideline
from tui.widgets.hit_view import HitView

if TYPE_CHECKING:
    from assistant.onboarding import RoutePage


@dataclass
class RouteProgress:
    """Where the user is on the route and which steps they have seen; kept in memory only."""

    current: int = 0
    seen: set[int] = field(default_factory=set)


class LearnScreen(Screen):
    """A list of steps beside the current step's verbatim, cited text; n/p move on and back."""

    BINDINGS = [
        Binding("escape", "app.pop_screen", texts.KEY_BACK),
        Binding("n", "step(1)", texts.KEY_NEXT_STEP),
        Binding("p", "step(-1)", texts.KEY_PREVIOUS_STEP),
    ]

    def __init__(self, pages: list[RoutePage], progress: RouteProgress) -> None:
        super().__init__()
        self.pages = pages
        self.progress = progress

    def compose(self) -> ComposeResult:
        """Title, the step list and the page, the footer."""
        yield Label("", classes="screen-title", id="learn-title")
        with Horizontal():
            yield OptionList(id="learn-steps")
            yield VerticalScroll(id="learn-page")
        yield Footer(compact=True)

    async def on_mount(self) -> None:
        """Open the step the user was on last."""
        await self.show_step(self.progress.current)

    def _step_options(self) -> list[Option]:
        """One option per step, ✓ for the steps already seen."""
        return [
            Option(f"{texts.STEP_SEEN if n in self.progress.seen else texts.STEP_NOT_SEEN}{n + 1}. {page.step.title}")
            for n, page in enumerate(self.pages)
        ]

    async def show_step(self, number: int) -> None:
        """Show one step's note and text, mark it seen and scroll to its top."""
        number = max(0, min(number, len(self.pages) - 1))
        self.progress.current = number
        self.progress.seen.add(number)
        page = self.pages[number]
        title = texts.LEARN_TITLE.format(step=number + 1, steps=len(self.pages), title=page.step.title)
        self.query_one("#learn-title", Label).update(title)
        steps = self.query_one(OptionList)
        steps.set_options(self._step_options())
        steps.highlighted = number
        container = self.query_one("#learn-page", VerticalScroll)
        await container.remove_children()
        await container.mount_all(self._page_widgets(page))
        container.scroll_home(animate=False)

    def _page_widgets(self, page: RoutePage) -> list:
        """The step's note, its hits (or why there are none) and the way on."""
        widgets = [Static(page.step.note, markup=False, classes="learn-note")] if page.step.note else []
        widgets += [HitView(hit, draft=is_guideline(hit)) for hit in page.hits]
        if not page.hits:
            widgets.append(Static(texts.LEARN_EMPTY, markup=False, classes="learn-note"))
        last = self.progress.current == len(self.pages) - 1
        widgets.append(Static(texts.LEARN_DONE if last else texts.LEARN_NEXT, markup=False, classes="learn-next"))
        return widgets

    async def action_step(self, offset: int) -> None:
        """Go to the next or the previous step."""
        await self.show_step(self.progress.current + offset)

    @on(OptionList.OptionSelected, "#learn-steps")
    async def open_chosen_step(self, event: OptionList.OptionSelected) -> None:
        """Open the step chosen in the list."""
        await self.show_step(event.option_index)
