"""AnswerCard: one answer, laid out by its status, with its hits and extras."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Button, Collapsible, Label, Static

from tui import texts
from tui.grouping import rationale_blocks, split_primary
from tui.labels import is_guideline
from tui.messages import QuestionSubmitted
from tui.widgets.hit_view import HitView
from tui.widgets.question_input import choice_keys

if TYPE_CHECKING:
    from assistant.models import Answer, Hit, RelatedGroup

MAX_CHOICES = 9


class ChoiceButton(Button):
    """One numbered clarify choice; pressing it asks the choice as a question."""

    def __init__(self, number: int, choice: str) -> None:
        super().__init__(Content(f"{number}. {choice}"), classes="choice", compact=True)
        self.choice = choice


def hit_list(hits: list[Hit], draft: bool) -> ComposeResult:
    """One HitView per hit; guideline hits carry the draft mark when the answer quotes a draft."""
    for hit in hits:
        yield HitView(hit, draft=draft and is_guideline(hit))


def section_label(text: str) -> Label:
    """A small heading inside a card."""
    return Label(text, markup=False, classes="card-heading")


class RelatedHits(Collapsible):
    """Related recommendations, mounted on first opening: they are many and mostly unread."""

    def __init__(self, groups: list[RelatedGroup], draft: bool) -> None:
        count = sum(len(group.hits) for group in groups)
        super().__init__(title=texts.RELATED_LABEL.format(count=count), classes="related")
        self.groups = groups
        self.draft = draft
        self._filled = False

    async def on_collapsible_expanded(self) -> None:
        """Mount the groups the first time the user opens them."""
        if self._filled:
            return
        self._filled = True
        widgets = []
        for group in self.groups:
            widgets += [section_label(group.label), *hit_list(group.hits, self.draft)]
        await self.query_one(Collapsible.Contents).mount_all(widgets)


class AnswerCard(Vertical):
    """Renders one Answer; its focused hits toggle the related recommendations (r) and the rationale (b)."""

    def __init__(self, answer: Answer, show_draft_notice: bool = True) -> None:
        """Args:
        answer: the answer to show.
        show_draft_notice: whether to show the full draft notice (once per conversation);
            guideline citations are marked "UTKAST" either way.
        """
        super().__init__(classes=f"answer-card status-{answer.status}")
        self.answer = answer
        self.draft = bool(answer.draft_notice)
        self.show_draft_notice = show_draft_notice and self.draft

    def compose(self) -> ComposeResult:
        """Status message, the guideline's hits, the other sources' hits, and the extras below them."""
        answer = self.answer
        if answer.message:
            yield Static(answer.message, markup=False, classes="card-message")
        if answer.status == "invalid":
            return
        if self.show_draft_notice:
            yield Static(f"{texts.DRAFT_BADGE}: {answer.draft_notice}", markup=False, classes="draft-line")
        if answer.status == "clarify":
            yield from self._choices()
        own, other = split_primary(answer.hits)
        if answer.status == "not_covered" and own:
            yield section_label(texts.NOT_COVERED_LABEL)
        yield from hit_list(own, self.draft)
        yield from self._extras(other)
        yield Static(self._understood_text(), markup=False, classes="understood")

    def _choices(self) -> ComposeResult:
        """The numbered follow-up questions of a clarify answer."""
        shown = self.answer.choices[:MAX_CHOICES]
        if shown:
            yield Label(texts.CLARIFY_HINT.format(keys=choice_keys(len(shown))), classes="card-heading")
        for number, choice in enumerate(shown, start=1):
            yield ChoiceButton(number, choice)

    def _extras(self, other_sources: list[Hit]) -> ComposeResult:
        """Referenced and related recommendations, the other sources' hits, and the hidden rationale."""
        answer = self.answer
        if answer.referenced:
            yield section_label(texts.REFERENCED_LABEL)
            yield from hit_list(answer.referenced, self.draft)
        if answer.related:
            yield RelatedHits(answer.related, self.draft)
        supporting = [*other_sources, *answer.supporting]
        if supporting:
            yield section_label(texts.SUPPORTING_LABEL)
            yield from hit_list(supporting, self.draft)
        if answer.rationale:
            with Vertical(classes="rationale"):
                yield section_label(texts.RATIONALE_LABEL)
                for block in rationale_blocks(answer):
                    yield Static(block.label, markup=False, classes="rationale-citation")
                    yield Static(block.text, markup=False, classes="rationale-text")

    def _understood_text(self) -> str:
        """The quiet line saying what was searched for."""
        line = texts.UNDERSTOOD_AS.format(query=self.answer.understood_as)
        if self.answer.expansions:
            line += texts.EXPANDED_WITH.format(terms=", ".join(self.answer.expansions))
        return line

    def action_toggle_related(self) -> None:
        """Open or close the related recommendations."""
        related = self.query(".related")
        if not related:
            self.notify(texts.NO_RELATED)
            return
        collapsible = related.first(Collapsible)
        collapsible.collapsed = not collapsible.collapsed

    def action_toggle_rationale(self) -> None:
        """Show or hide the rationale prose."""
        if not self.answer.rationale:
            self.notify(texts.NO_RATIONALE)
            return
        self.toggle_class("-show-rationale")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """A clicked (or Enter-pressed) choice becomes the next question."""
        if isinstance(event.button, ChoiceButton):
            event.stop()
            self.post_message(QuestionSubmitted(event.button.choice))
