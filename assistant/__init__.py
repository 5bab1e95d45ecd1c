"""The assistant stage: questions in, cited answers out, for the CLI and the TUI.

Exports are loaded on first use (PEP 562), so `veileder` opening the TUI does not pay
for the index and the models before the first screen is drawn.
"""

from importlib import import_module

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


def __getattr__(name: str):
    if name not in _EXPORTS:
        raise AttributeError(f"module 'assistant' has no attribute {name!r}")
    return getattr(import_module(_EXPORTS[name]), name)
