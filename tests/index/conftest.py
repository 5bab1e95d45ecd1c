"""A tiny hand-written corpus (16 chunks) and a tiny lexicon for the index tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.models import Chunk, Corpus, Source
from index.engine import Index, build_index
from index.lexicon import Lexicon, load_lexicon

# (id, kind, source, section, rec, text, context)
CHUNKS = [
    ("003:8.4.1:r1", "recommendation", "003", "8.4.1", 1,
     "Somatisk reduserte eller feilernærte alkoholavhengige pasienter bør rutinemessig få "
     "tiamin (vitamin B1), helst som intramuskulær injeksjon.",
     "8.4.1 Wernickes encefalopati\n8 Avrusning fra alkohol"),
    ("003:8.4.1:r2", "recommendation", "003", "8.4.1", 2,
     "Pasienter med etablert Wernickes encefalopati skal behandles med tiamin 200 mg tre "
     "ganger daglig intravenøst.",
     "8.4.1 Wernickes encefalopati\n8 Avrusning fra alkohol"),
    ("003:8.4.2:r1", "recommendation", "003", "8.4.2", 1,
     "Klometiazol kan brukes ved alkoholabstinens når pasienten er innlagt i institusjon.",
     "8.4.2 Legemidler ved alkoholabstinens\n8 Avrusning fra alkohol"),
    ("003:8.4.4:r1", "recommendation", "003", "8.4.4", 1,
     "Ved lette abstinensplager bør man ikke gi legemidler, men sørge for støttende miljøtiltak.",
     "8.4.4 Lette abstinenser\n8 Avrusning fra alkohol"),
    ("003:3.4:r3", "recommendation", "003", "3.4", 3,
     "Innsatte som skal avruses i fengsel bør plasseres i egne senger med helsepersonell "
     "tilgjengelig hele døgnet.",
     "3.4 Avrusning i fengsel\n3 Organisering"),
    ("003:13.1:r2", "recommendation", "003", "13.1", 2,
     "Ambulansepersonell bør etter en overdose spørre pasienten om selvmordstanker.",
     "13.1 Oppfølging etter overdose\n13 Overdoser"),
    ("003:13.1:r4", "recommendation", "003", "13.1", 4,
     "Pasienter med overdose bør fraktes til sykehus dersom de ikke våkner eller puster "
     "dårlig etter behandling.",
     "13.1 Oppfølging etter overdose\n13 Overdoser"),
    ("003:9.3.1:r3", "recommendation", "003", "9.3.1", 3,
     "Nedtrapping av benzodiazepiner bør følges opp med jevnlige samtaler.",
     "9.3.1 Nedtrapping\n9 Avrusning fra benzodiazepiner"),
    ("003:8.2.1:p1", "passage", "003", "8.2.1", None,
     "Abstinenskramper kommer vanligvis 12 til 48 timer etter siste drink.",
     "8.2.1 Abstinenskramper\n8 Avrusning fra alkohol"),
    ("003:10.2.1:p1", "passage", "003", "10.2.1", None,
     "Abstinensene etter heroin er sterkest to til tre dager etter siste dose.",
     "10.2.1 Abstinens fra opioider\n10 Avrusning fra opioider"),
    ("003:7.3.4:p1", "passage", "003", "7.3.4", None,
     "CIWA-Ar-skjemaet brukes til å skåre alkoholabstinens hver time.",
     "7.3.4 Kartleggingsverktøy\n7 Utredning"),
    ("003:3.2:p1", "passage", "003", "3.2", None,
     "Støttepersoner kan delta når avrusningen skjer poliklinisk i hjemmet.",
     "3.2 Poliklinisk avrusning\n3 Organisering"),
    ("003:12:p1", "passage", "003", "12", None,
     "Gravide rusmiddelbrukere skal informeres om risikoen for fosteret.",
     "12 Gravide"),
    ("003:14.1.8:d1", "directory", "003", "14.1.8", None,
     "Østsiden, Hurdal. Avrusningsenhet med døgnplasser. Tar imot gravide.",
     "14.1.8 Østsiden\n14 Oversikt over avrusningsenheter"),
    ("003:g:tsb", "glossary", "003", None, None,
     "TSB: Tverrfaglig spesialisert rusbehandling.", ""),
    ("001:p1", "passage", "001", None, None,
     "This thesis examines how physical activity helps in the recovery process of people "
     "with substance use problems.", "Abstract"),
]

LEXICON_TOML = """
[[entry]]
term = "klometiazol"
category = "legemiddel"
variants = ["heminevrin"]

[[entry]]
term = "abstinens"
category = "engelsk"
variants = ["withdrawal", "withdrawal symptoms"]
lang = "en"

[[entry]]
term = "tiamin"
category = "legemiddel"
variants = ["B1", "vitamin B1", "thiamine"]

[[entry]]
term = "overdose"
category = "engelsk"
variants = ["od"]
expand = ["selvmordstanker"]

[[entry]]
term = "nalokson"
category = "legemiddel"
variants = ["naloxone"]
related = ["nesespray", "nasal spray"]
"""

KEYWORDS_TOML = """
[[rec]]
section = "8.4.4"
rec = 1
keywords = ["milde plager"]
"""


def make_chunk(order: int, row: tuple) -> Chunk:
    """A Chunk with the citation fields filled from one CHUNKS row."""
    chunk_id, kind, source, section, rec, text, context = row
    return Chunk(
        id=chunk_id, kind=kind, source_id=source, file=f"{source}_test.txt",
        source_title=f"Kilde {source}", section=section, section_title=None,
        chapter=section.split(".")[0] if section else None, chapter_title=None, rec=rec,
        text=text, context=context, citation=f"Kilde {source}, {section}", order=order,
    )


def make_corpus(rows: list[tuple] = CHUNKS, fingerprint: str = "tiny-1") -> Corpus:
    """A Corpus holding only chunks (the index reads nothing else)."""
    source = Source(id="003", file="003_test.txt", title="T", short_title="T",
                    publisher="P", year=None, kind="guideline", authority=1)
    return Corpus(sources=[source], sections=[], recommendations=[], passages=[], evidence=[],
                  table_rows=[], directory=[], glossary=[], warnings=[],
                  chunks=[make_chunk(i, row) for i, row in enumerate(rows)],
                  fingerprint=fingerprint)


def write_lexicon(folder: Path) -> Lexicon:
    """Write the tiny lexicon and keywords files into `folder` and load them."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "lexicon.toml").write_text(LEXICON_TOML, encoding="utf-8")
    (folder / "keywords.toml").write_text(KEYWORDS_TOML, encoding="utf-8")
    return load_lexicon(folder / "lexicon.toml", folder / "keywords.toml")


@pytest.fixture(scope="session")
def tiny_lexicon(tmp_path_factory) -> Lexicon:
    """The tiny lexicon, loaded from files."""
    return write_lexicon(tmp_path_factory.mktemp("lexicon"))


@pytest.fixture(scope="session")
def tiny_index(tiny_lexicon) -> Index:
    """The index over the tiny corpus (built once: it loads spaCy and simplemma)."""
    return build_index(make_corpus(), tiny_lexicon)
