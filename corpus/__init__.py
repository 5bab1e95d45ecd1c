"""The corpus stage: five source files parsed into cited, validated items.

Exports are loaded on first use (PEP 562): `corpus.errors` is needed by every front
end at start-up, the parsers only when the sources are read.
"""

from corpus.lazy import lazy_exports

_MODELS = (
    "Chunk", "Corpus", "DirectoryEntry", "EvidenceRow", "GlossaryTerm", "ParseWarning",
    "Passage", "Recommendation", "Section", "Source", "TableRow",
)
_EXPORTS = {name: "corpus.models" for name in _MODELS} | {
    "CorpusError": "corpus.errors",
    "VeilederError": "corpus.errors",
    "load_corpus": "corpus.loader",
}
__all__ = sorted(_EXPORTS)

__getattr__ = lazy_exports(__name__, _EXPORTS)
