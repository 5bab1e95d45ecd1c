"""Load the five sources into one validated Corpus, all or nothing."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from corpus.chunks import build_chunks
from corpus.directory import parse_directory
from corpus.glossary import parse_glossary
from corpus.guideline import parse_guideline
from corpus.manifest import ManifestEntry, read_manifest
from corpus.models import Corpus, Source
from corpus.others import parse_other
from corpus.parts import SourceParts
from corpus.reader import read_source
from corpus.validation import validated

PARSER_VERSION = "1"
"""Bump when parsing changes what the corpus holds; it is part of the fingerprint."""

PACKAGE_DIR = Path(__file__).parent
DEFAULT_SOURCES = PACKAGE_DIR / "sources"
DEFAULT_MANIFEST = PACKAGE_DIR / "sources.toml"


def load_corpus(sources_dir: Path | None = None, manifest: Path | None = None) -> Corpus:
    """Read and parse every source of the manifest; CorpusError if any file is unusable."""
    return _load(Path(sources_dir or DEFAULT_SOURCES), Path(manifest or DEFAULT_MANIFEST))


@lru_cache(maxsize=4)
def _load(sources_dir: Path, manifest: Path) -> Corpus:
    entries = read_manifest(manifest)
    texts = {entry.source.id: _read(sources_dir, entry) for entry in entries}
    parts = SourceParts()
    for entry in entries:
        parts.extend(_parse(entry.source, texts[entry.source.id]))
    sources = [entry.source for entry in entries]
    return validated(Corpus(
        sources=sources,
        sections=parts.sections,
        recommendations=parts.recommendations,
        passages=parts.passages,
        evidence=parts.evidence,
        table_rows=parts.table_rows,
        directory=parts.directory,
        glossary=parts.glossary,
        warnings=parts.warnings,
        chunks=build_chunks(sources, parts),
        fingerprint=_fingerprint(texts),
    ))


def _read(sources_dir: Path, entry: ManifestEntry) -> list[str]:
    return read_source(sources_dir / entry.source.file, entry.sha256, entry.size)


def _parse(source: Source, lines: list[str]) -> SourceParts:
    if source.kind != "guideline":
        return parse_other(source, lines)
    parts = parse_guideline(source, lines)
    parts.extend(parse_directory(source, lines, parts.sections))
    parts.extend(parse_glossary(source, lines, parts.sections))
    return parts


def _fingerprint(texts: dict[str, list[str]]) -> str:
    digest = hashlib.sha256(PARSER_VERSION.encode())
    for source_id in sorted(texts):
        digest.update(source_id.encode())
        digest.update("\n".join(texts[source_id]).encode("utf-8"))
    return digest.hexdigest()
