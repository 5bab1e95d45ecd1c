"""The answer contract (../shared/design/answer-contract.md): what every front end renders."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import msgspec

Status = Literal["answered", "partial", "not_covered", "clarify", "invalid"]
HitKind = Literal["recommendation", "passage", "evidence", "directory", "glossary"]


_record = dataclass(slots=True, kw_only=True)


@_record
class Hit:
    """One cited unit of an answer; the first fields are exactly the JSON contract's."""

    rank: int
    kind: HitKind
    file: str
    source_title: str
    section: str | None
    section_title: str | None
    rec: int | None
    grade: str | None
    strength: str | None
    page: int | None
    text: str
    """Verbatim from the source."""
    citation: str
    score: float
    matched_lines: list[int] = field(default_factory=list)
    """Indexes (in `text.split("\n")`) of the list items the question points at, for a front end to mark."""


@_record
class RelatedGroup:
    """Recommendations related to the primary hit, grouped by what they apply to."""

    label: str
    """Norwegian label, e.g. "Opioider" or "Gravide"."""
    hits: list[Hit]


@_record
class Answer:
    """One answer to one question; `to_contract_json` gives the CLI's JSON line."""

    question: str
    understood_as: str
    status: Status
    message: str | None = None
    hits: list[Hit] = field(default_factory=list)
    referenced: list[Hit] = field(default_factory=list)
    """Recommendations a primary hit refers to ("Punktene under anbefaling 2 i 3.2.1 ...")."""
    related: list[RelatedGroup] = field(default_factory=list)
    supporting: list[Hit] = field(default_factory=list)
    """Evidence and background from the other sources, never recommendations."""
    rationale: dict[str, str] = field(default_factory=dict)
    """Hit citation -> its section's "Bakgrunn"/"Vurdering" prose."""
    expansions: list[str] = field(default_factory=list)
    """Terms the query was expanded with (lexicon, context, repairs)."""
    choices: list[str] = field(default_factory=list)
    """For `clarify`: follow-up questions the user can pick."""
    draft_notice: str | None = None
    coverage: float | None = None
    """The coverage model's probability that the sources answer the question (searched questions only)."""

    def to_contract_json(self) -> str:
        """The one-line JSON object of the answer contract (extra fields included by addition)."""
        from assistant.json_lines import line_safe

        return line_safe(msgspec.json.encode(self).decode("utf-8"))


@_record
class Conversation:
    """The turns of one conversation, kept in memory only."""

    turns: list["Turn"] = field(default_factory=list)


@_record
class Turn:
    """One question and what it was understood as, for follow-ups."""

    question: str
    understood_as: str
    topic_terms: list[str] = field(default_factory=list)
    """Words carrying the topic that a follow-up inherits."""
    facets: dict[str, str] = field(default_factory=dict)
    """Facet name (substance, population, setting) -> value named in this turn."""
    status: Status

