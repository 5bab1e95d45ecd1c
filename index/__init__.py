"""The index stage: Norwegian analysis and BM25 retrieval over the corpus chunks, persisted.

Importing this package is cheap: exports load on first use (PEP 562), and spaCy and
simplemma are imported only when an index is built, never on the query path.
"""

from corpus.lazy import lazy_exports

_EXPORTS = {
    "AnalyzedQuery": "index.models",
    "IndexManifest": "index.models",
    "ScoredChunk": "index.models",
    "SearchResult": "index.models",
    "Index": "index.engine",
    "build_index": "index.engine",
    "SearchIndexError": "index.errors",
    "cache_directory": "index.store",
    "load_index": "index.store",
}
__all__ = sorted(_EXPORTS)

__getattr__ = lazy_exports(__name__, _EXPORTS)
