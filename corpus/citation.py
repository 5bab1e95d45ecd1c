"""The one-line human citation a clinician can paste into a note."""

from __future__ import annotations

from corpus.models import Source


def cite(
    source: Source,
    section: str | None,
    section_title: str | None,
    *,
    rec: int | None = None,
    grade: str | None = None,
    label: str | None = None,
    page: int | None = None,
) -> str:
    """Build "Short title, 3.2.1 Title, anbefaling 2 (gradering C)" and its variants.

    `label` names a unit that is not a recommendation (a directory entry, a term).
    """
    parts = [source.short_title]
    heading = _heading(section, section_title)
    if heading:
        parts.append(heading)
    if rec is not None:
        parts.append(f"anbefaling {rec} ({_grade_text(grade)})")
    if label:
        parts.append(label)
    if page is not None:
        parts.append(f"s. {page}")
    return ", ".join(parts)


def _heading(section: str | None, title: str | None) -> str:
    if section and title and section != title:
        return f"{section} {title}"
    return section or title or ""


def _grade_text(grade: str | None) -> str:
    return f"gradering {grade}" if grade else "uten gradering"
