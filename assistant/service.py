"""The Assistant facade: the only thing the CLI, the TUI and the evaluation call."""

from __future__ import annotations

from corpus import Corpus, DirectoryEntry, GlossaryTerm, Passage, Recommendation, Section

from assistant.models import Answer, Conversation


class SectionView:
    """A section of the guideline with its recommendations and prose, for browsing."""

    def __init__(
        self, section: Section, recommendations: list[Recommendation], passages: list[Passage]
    ) -> None:
        self.section = section
        self.recommendations = recommendations
        self.passages = passages


class Assistant:
    """Answers questions from the corpus through the index; also serves browsing data.

    Interface (implemented with the assistant issue):
    - ask(question: str, conversation: Conversation | None = None, top: int = 5) -> Answer
      (appends the turn to `conversation`; never raises for bad input: status "invalid")
    - new_conversation() -> Conversation
    - corpus: Corpus (sources, sections, glossary, directory) for browsing
    - toc() -> list[Section] of source "003" in order
    - section_view(number: str) -> SectionView | None
    - glossary() -> list[GlossaryTerm]; directory() -> list[DirectoryEntry]
    - draft_notice: str
    """

    corpus: Corpus

    def ask(self, question: str, conversation: Conversation | None = None, top: int = 5) -> Answer:
        raise NotImplementedError

    def toc(self) -> list[Section]:
        raise NotImplementedError

    def section_view(self, number: str) -> SectionView | None:
        raise NotImplementedError

    def glossary(self) -> list[GlossaryTerm]:
        raise NotImplementedError

    def directory(self) -> list[DirectoryEntry]:
        raise NotImplementedError
