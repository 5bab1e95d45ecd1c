"""The corpus stage: five source files parsed into cited, validated items."""

from corpus.errors import CorpusError, VeilederError
from corpus.loader import load_corpus
from corpus.models import (
    Chunk,
    Corpus,
    DirectoryEntry,
    EvidenceRow,
    GlossaryTerm,
    ParseWarning,
    Passage,
    Recommendation,
    Section,
    Source,
    TableRow,
)

__all__ = [
    "Chunk",
    "Corpus",
    "CorpusError",
    "DirectoryEntry",
    "EvidenceRow",
    "GlossaryTerm",
    "ParseWarning",
    "Passage",
    "Recommendation",
    "Section",
    "Source",
    "TableRow",
    "VeilederError",
    "load_corpus",
]
