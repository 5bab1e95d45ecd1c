"""Errors of veileder's libraries.

VeilederError            every error a front end may show: Norwegian `user_message` + English `detail`
└── CorpusError          a source file is missing, empty, unreadable, altered or truncated
"""

from __future__ import annotations


class VeilederError(Exception):
    """Base error: a Norwegian message for the user and an English detail for logs."""

    def __init__(self, user_message: str, detail: str = "") -> None:
        super().__init__(detail or user_message)
        self.user_message = user_message
        self.detail = detail


class CorpusError(VeilederError):
    """A source file cannot be loaded as it is; nothing of the corpus is loaded."""
