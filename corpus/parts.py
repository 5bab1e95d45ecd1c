"""What one parser returns for one source; the loader merges these into a Corpus."""

from __future__ import annotations

from dataclasses import dataclass, field

from corpus.models import (
    DirectoryEntry,
    EvidenceRow,
    GlossaryTerm,
    ParseWarning,
    Passage,
    Recommendation,
    Section,
    TableRow,
)


@dataclass
class SourceParts:
    """Parsed items of one source (or one part of it), in source order."""

    sections: list[Section] = field(default_factory=list)
    recommendations: list[Recommendation] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)
    evidence: list[EvidenceRow] = field(default_factory=list)
    table_rows: list[TableRow] = field(default_factory=list)
    directory: list[DirectoryEntry] = field(default_factory=list)
    glossary: list[GlossaryTerm] = field(default_factory=list)
    warnings: list[ParseWarning] = field(default_factory=list)

    def extend(self, other: "SourceParts") -> None:
        """Append every list of `other` to this one."""
        for name in self.__dataclass_fields__:
            getattr(self, name).extend(getattr(other, name))
