"""The four sources beside the guideline: sections, passages, table rows and evidence rows."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from corpus.models import Source
from corpus.others import parse_other

SOURCES = Path(__file__).resolve().parents[2] / "corpus" / "sources"
KINDS = {"000": "article", "001": "thesis", "002": "evidence_summary", "004": "handbook"}


def _parse(source_id: str):
    path = next(SOURCES.glob(f"{source_id}_*.txt"))
    source = Source(
        id=source_id,
        file=path.name,
        title="T",
        short_title="T",
        publisher="P",
        year=None,
        kind=KINDS[source_id],
        authority=2,
    )
    lines = path.read_text(encoding="utf-8").splitlines()
    return lines, parse_other(source, lines)


@pytest.fixture(scope="module")
def parsed():
    return {source_id: _parse(source_id) for source_id in KINDS}


def found(parts, sentence: str) -> list[str]:
    """Sections of the passages that contain `sentence`."""
    return [p.section for p in parts.passages if sentence in p.text]


@pytest.mark.parametrize("source_id", sorted(KINDS))
def test_passages_are_whole_and_no_words_are_lost(parsed, source_id):
    lines, parts = parsed[source_id]
    assert all(p.text.strip() for p in parts.passages)
    assert [p.id for p in parts.passages] == [f"{source_id}:p{n}" for n in range(1, len(parts.passages) + 1)]
    numbers = {s.number for s in parts.sections}
    assert all(p.section in numbers for p in parts.passages)
    kept = " ".join(
        [p.text for p in parts.passages]
        + [s.title for s in parts.sections]
        + [e.text for e in parts.evidence]
        + [" ".join(t.cells.values()) + " " + " ".join(t.cells) for t in parts.table_rows]
        + [w.text for w in parts.warnings]
    )
    words = Counter(re.findall(r"\w+", " ".join(lines)))
    missing = words - Counter(re.findall(r"\w+", kept))
    # The one allowed difference: a URL wrapped over two lines is rejoined ("types=1" + "75486" -> "types=175486").
    assert set(missing) <= {"1", "75486"} and sum(missing.values()) <= 2


def test_article_sections_and_passages(parsed):
    _, parts = parsed["000"]
    titles = [s.title for s in parts.sections]
    assert titles[0] == "Hovedpoeng"
    assert "Hva Er Mindfulness Og Meditasjon I Rusbehandling?" in titles
    assert "Hvor ofte og hvor lenge bør jeg øve?" in titles
    assert all(s.number == s.title == s.chapter and s.parent is None for s in parts.sections)
    assert found(parts, "Konsistens er viktigere enn lengde.") == ["Hvor ofte og hvor lenge bør jeg øve?"]
    bullets = found(parts, "- Pustankring styrker fokus på nåtid\n- Body scan styrker kroppslig oppmerksomhet")
    assert bullets == ["Praktiske øvelser"]


def test_article_table_rows(parsed):
    _, parts = parsed["000"]
    assert len(parts.table_rows) == 9
    first = parts.table_rows[0]
    assert first.id == "000:t1"
    assert first.cells == {
        "Utfallsområde": "Craving",
        "Effekt": "Hedges g≈0,33, liten–moderat",
        "Populasjon": "Alkohol, opioider, tobakk",
        "Intervensjon": "Mindfulness-baserte intervensjoner",
        "Kilde": "Li et al., 2017, Drug and Alcohol Dependence",
    }
    markers = [row for row in parts.table_rows if row.table_title == "Effektmarkører"]
    assert [row.cells["Markør"] for row in markers] == ["Kortisol", "Blodtrykk", "Hjertefrekvens"]
    assert (
        parts.table_rows[-1].text
        == "Element: Triggerdrill | Frekvens: 2 per uke | Varighet: 5–10 min | Format: In-session"
    )


def test_thesis_sections_and_abstract(parsed):
    _, parts = parsed["001"]
    titles = [s.title for s in parts.sections]
    assert titles[:3] == ["Sammendrag", "Abstract", "1.0 INTRODUKSJON"]
    assert "2.3 ET KRITISK BLIKK PÅ KILDENE OG FORSKNINGENS RELEVANS" in titles
    assert "4.7.1 Motivasjon" in titles
    abstract = [p for p in parts.passages if p.section == "Abstract"]
    assert abstract[0].text.startswith(
        "The purpose of this paper is to investigate whether physical activity can be a tool"
    )
    assert not any("Formålet" in p.text for p in abstract)


def test_thesis_paragraphs_rebuilt_without_page_numbers(parsed):
    _, parts = parsed["001"]
    sentence = (
        "Samtalene gjorde sterkt inntrykk på meg, og fikk meg til å reflektere over alternative tilnærminger "
        "til rusavhengighet."
    )
    assert found(parts, sentence) == ["1.1 BAKGRUNN FOR VALG AV TEMA"]
    motivation = [p.text for p in parts.passages if p.section == "4.7.1 Motivasjon"]
    assert not any(re.search(r"\b21\b", text) for text in motivation)
    assert any(w.line == 1092 and w.text == "21" for w in parts.warnings)


def test_cochrane_evidence_rows(parsed):
    _, parts = parsed["002"]
    rows = parts.evidence
    assert [row.id for row in rows] == ["002:ev1", "002:ev2", "002:ev3", "002:ev4"]
    assert [row.certainty for row in rows] == ["Middels", "Liten", "Liten", "Middels"]
    assert [row.outcome for row in rows] == [
        "Andel som dropper ut",
        "Avholdenhet rett etter behandlingstiltaket er avsluttet",
        "Avholdenhet 1 år etter behandlingstiltaket startet",
        "Lengste avholdenhetsperiode",
    ]
    assert rows[0].effect == "382 per 1000 317 per 1000 (290 til 348 per 1000)*"
    assert rows[3].effect == "Stor 0,48 SMD2 høyere hos de som får psykososiale tiltak (fra 0,34 til 0,63)*"
    assert rows[1].text.endswith("| 311 per 1000 | 660 per 1000 (240 til 1000 per 1000)* | Liten")
    assert rows[0].section.startswith("Resultattabell 1.")


def test_cochrane_summary_that_disagrees_with_its_table_is_warned(parsed):
    _, parts = parsed["002"]
    assert any("«Høy»" in w.message and "Lengste avholdenhetsperiode" in w.message for w in parts.warnings)


def test_cochrane_passages(parsed):
    _, parts = parsed["002"]
    titles = [s.title for s in parts.sections]
    assert titles[0] == "Psykososiale tiltak kan redusere kokain- og amfetaminmisbruk"
    assert "HVA SIER FORSKNINGEN?" in titles and "Hva er psykososiale tiltak?" in titles
    assert found(
        parts,
        "Resultatene viser at psykososiale tiltak:\n"
        "• trolig får ned antall personer som dropper ut av behandlings- eller oppfølgingsopplegget",
    ) == ["HVA SIER FORSKNINGEN?"]
    assert found(
        parts, "Narkotikaforgiftninger er den gruppen av akutte forgiftninger som fører til flest dødsfall i Norge."
    ) == ["Hva er sentralstimulerende stoffer?"]
    assert not found(parts, "Colourbox")


def test_handbook_sections_and_lists(parsed):
    _, parts = parsed["004"]
    titles = [s.title for s in parts.sections]
    assert titles[:4] == [
        "T5.3 Rusproblemer og avhengighetstilstander",
        "Behandlingsopplegg",
        "Psykososial behandling og rehabilitering",
        "Legemiddelbehandling",
    ]
    assert "L5 Naltrekson" not in titles
    lists = found(parts, "Det er hensiktsmessig å skille mellom behandling av\n1. akutt rus")
    assert lists == ["Behandlingsopplegg"]
    assert found(parts, "L5 Akamprosat\nL5 Antidepressiva") == ["Legemiddelomtaler og preparater"]
