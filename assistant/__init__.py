"""The assistant stage: questions in, cited answers out, for the CLI and the TUI.

Exports are loaded on first use (PEP 562), so `veileder` opening the TUI does not pay
for the index and the models before the first screen is drawn.
"""

from corpus.lazy import lazy_exports

_EXPORTS = {
    "Answer": "assistant.models",
    "Conversation": "assistant.models",
    "Hit": "assistant.models",
    "RelatedGroup": "assistant.models",
    "Turn": "assistant.models",
    "Assistant": "assistant.service",
    "SectionView": "assistant.service",
    "create_assistant": "assistant.service",
}
__all__ = sorted(_EXPORTS)

__getattr__ = lazy_exports(__name__, _EXPORTS)
