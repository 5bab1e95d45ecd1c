"""Errors of the index stage."""

from __future__ import annotations

from corpus.errors import VeilederError


class SearchIndexError(VeilederError):
    """The search index cannot be built, read or written; the message says what to do."""
