"""Give the PDF's stray link lines ("http://...", "mailto:...") back to the entry they belong to.

The PDF text prints a page's link annotations wherever the page ended, often inside
the next entry. A link belongs to the nearest entry at or before it whose own web
address or e-mail is that link; a link no entry claims stays where it was printed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from corpus.entry_fields import field_pairs
from corpus.models import ParseWarning, Source

if TYPE_CHECKING:
    from corpus.directory import Draft

_LINK_LABELS = ("Internett", "Kontaktperson/e-post", "Kontaktperson")
_PREFIX = re.compile(r"^(?:mailto:|https?://)?(?:www\.)?", re.IGNORECASE)


def normalise(link: str) -> str:
    """A link reduced for comparison: no scheme, no "www.", no trailing slash, lowercase."""
    return _PREFIX.sub("", link.strip()).rstrip("/").casefold()


def _own_links(draft: Draft) -> set[str]:
    pairs, _ = field_pairs(draft.body)
    values = " ".join(pairs.get(label, "") for label in _LINK_LABELS)
    return {normalise(token) for token in values.split() if "." in token}


def assign_links(source: Source, drafts: list[Draft], warnings: list[ParseWarning]) -> dict[int, list[str]]:
    """Map draft index -> link lines to append to that entry's text (in printed order)."""
    own = [_own_links(draft) for draft in drafts]
    assigned: dict[int, list[str]] = {}
    for index, draft in enumerate(drafts):
        for line_no, link in draft.body.links:
            owner = _owner(own, index, normalise(link))
            if owner is None:
                owner = index
                warnings.append(_unclaimed(source, line_no, draft.name, link))
            assigned.setdefault(owner, []).append(link)
    return assigned


def _owner(own: list[set[str]], index: int, link: str) -> int | None:
    for candidate in range(index, -1, -1):
        if link in own[candidate]:
            return candidate
    return None


def _unclaimed(source: Source, line_no: int, name: str, link: str) -> ParseWarning:
    message = f"Lenken passer ikke med noen oppføring; beholdt i teksten til «{name}»."
    return ParseWarning(file=source.file, line=line_no, message=message, text=link)
