"""The assistant stage: questions in, cited answers out, for the CLI and the TUI."""

from assistant.models import Answer, Conversation, Hit, RelatedGroup, Turn
from assistant.service import Assistant, SectionView, create_assistant

__all__ = [
    "Answer",
    "Assistant",
    "Conversation",
    "Hit",
    "RelatedGroup",
    "SectionView",
    "Turn",
    "create_assistant",
]
