"""The index stage: Norwegian analysis and BM25 retrieval over the corpus chunks, persisted.

Importing this package is cheap: spaCy and simplemma are imported only when an
index is built, never on the query path.
"""

from index.engine import Index, build_index
from index.errors import SearchIndexError
from index.models import AnalyzedQuery, IndexManifest, ScoredChunk, SearchResult
from index.store import cache_directory, load_index

__all__ = [
    "AnalyzedQuery",
    "Index",
    "IndexManifest",
    "ScoredChunk",
    "SearchIndexError",
    "SearchResult",
    "build_index",
    "cache_directory",
    "load_index",
]
