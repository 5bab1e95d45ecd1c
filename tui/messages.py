"""App-wide messages, each named as the event that happened."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from assistant.models import Answer, Hit
    from assistant.service import Assistant


class QuestionSubmitted(Message):
    """The user asked a question (typed, or picked from a clarify card)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


class AnswerReady(Message):
    """The assistant answered a question."""

    def __init__(self, question: str, answer: Answer) -> None:
        super().__init__()
        self.question = question
        self.answer = answer


class AnswerFailed(Message):
    """Answering a question raised; the question must not be lost."""

    def __init__(self, question: str, error: BaseException) -> None:
        super().__init__()
        self.question = question
        self.error = error


class CitationChosen(Message):
    """The user asked to open the section a hit was cited from."""

    def __init__(self, hit: Hit) -> None:
        super().__init__()
        self.hit = hit


class AssistantLoaded(Message):
    """The background worker finished creating the assistant."""

    def __init__(self, assistant: Assistant) -> None:
        super().__init__()
        self.assistant = assistant


class AssistantLoadFailed(Message):
    """Creating the assistant raised; the user needs to fix something."""

    def __init__(self, error: BaseException) -> None:
        super().__init__()
        self.error = error
