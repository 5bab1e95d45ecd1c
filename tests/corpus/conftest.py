"""Shared fixtures: the guideline (source 003) read and parsed once per test session."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from corpus.guideline import parse_guideline
from corpus.models import Source
from corpus.parts import SourceParts
from corpus.reader import read_source

CORPUS_DIR = Path(__file__).resolve().parents[2] / "corpus"


@pytest.fixture(scope="session")
def guideline_source() -> Source:
    """The manifest's Source for 003, read from its own table (other entries do not matter here)."""
    tables = tomllib.loads((CORPUS_DIR / "sources.toml").read_text(encoding="utf-8"))["source"]
    raw = next(table for table in tables if table["id"] == "003")
    return Source(**{key: value for key, value in raw.items() if key not in ("sha256", "bytes")})


@pytest.fixture(scope="session")
def guideline_lines(guideline_source: Source) -> list[str]:
    """The guideline's lines exactly as the loader reads them."""
    return read_source(CORPUS_DIR / "sources" / guideline_source.file)


@pytest.fixture(scope="session")
def guideline(guideline_source: Source, guideline_lines: list[str]) -> SourceParts:
    """The whole guideline parsed once."""
    return parse_guideline(guideline_source, guideline_lines)
