"""The index stage: Norwegian analysis and BM25 retrieval over the corpus chunks, persisted."""
