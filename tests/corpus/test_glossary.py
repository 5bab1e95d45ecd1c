"""The guideline's abbreviations, defined terms, grades A–D and strength words, checked against the text."""

from __future__ import annotations

from collections import Counter

import pytest

from corpus.glossary import parse_glossary
from corpus.models import GlossaryTerm



@pytest.fixture(scope="module")
def parsed(guideline_source, guideline_lines):
    return parse_glossary(guideline_source, guideline_lines, [])


def term(parsed, name: str, kind: str | None = None) -> GlossaryTerm:
    return next(t for t in parsed.glossary if t.term == name and kind in (None, t.kind))


def test_counts_per_kind(parsed):
    assert Counter(t.kind for t in parsed.glossary) == {"abbreviation": 24, "definition": 16, "grade": 4, "strength": 3}
    assert len({t.id for t in parsed.glossary}) == len(parsed.glossary)


def test_abbreviations(parsed):
    lar = term(parsed, "LAR")
    assert (lar.id, lar.definition, lar.section) == ("003:gl:lar", "Legemiddelassistert rehabilitering", "Forkortelser")
    assert term(parsed, "TSB").definition == "Tverrfaglig spesialisert behandling for rusmiddelmisbruk"
    assert term(parsed, "AUDIT").definition == (
        "Alcohol Use Disorder Identification Test - et standardisert spørreskjema for å kunne avdekke alkoholproblemer"
    )
    assert term(parsed, "DUDIT").definition.endswith(
        "et standardisert spørreskjema for å kunne avdekke rusmiddelproblemer"
    )
    assert term(parsed, "FAS/FASD").definition.startswith("Føtalt alkoholsyndrom/Fetal Alcohol Spectrum Disorder")
    assert term(parsed, "Seraf").definition == "Senter for rus- og avhengighetsforskning ved Universitetet i Oslo"


def test_page_header_in_the_list_is_skipped_with_a_warning(parsed):
    assert term(parsed, "PTSD").definition == "Posttraumatisk stress disorder"
    assert not any("BENYTTET" in t.definition or "BENYTTET" in t.term for t in parsed.glossary)
    assert any(w.line == 89 for w in parsed.warnings)


def test_abbreviation_without_definition_is_kept_and_warned(parsed):
    assert term(parsed, "TWEAK").definition == ""
    assert any(w.text == "TWEAK" for w in parsed.warnings)


def test_definitions(parsed):
    agonist = term(parsed, "Agonist")
    assert agonist.kind == "definition" and agonist.section == "Sentrale begrep"
    assert agonist.definition == (
        "En opioid agonist er et stoff som i høy grad binder seg til virkestedene for opioider i hjernen og "
        "dermed gir kraftig virkning. Eksempler er heroin, morfin og metadon."
    )
    assert term(parsed, "Elektiv").definition == "planlagt"
    # Printed after a page break without the usual empty line between the two terms.
    assert term(parsed, "Intravenøst inntak").definition == "Inntak med sprøyte direkte i blodbanen."
    assert term(parsed, "Kommunal rustjeneste").definition.startswith("Brukes som begrep uavhengig om")
    assert term(parsed, "Substitusjonsbehandling").definition.endswith("heroin med metadon eller buprenorfin.")


def test_only_listed_terms_become_glossary_entries(parsed):
    assert not any(t.term.startswith("CIWA") for t in parsed.glossary)


def test_grades_verbatim(parsed):
    grades = {t.term: t for t in parsed.glossary if t.kind == "grade"}
    assert list(grades) == ["A", "B", "C", "D"]
    assert all(g.section == "2.11" for g in grades.values())
    assert grades["A"].definition == (
        "Basert på meget god dokumentasjon og vurderinger foretatt av klinisk ekspertise på feltet, "
        "samt vurderinger av etiske, politiske og økonomiske forhold. Trenger støtte i minst en randomisert, "
        "kontrollert studie som en del av en samling litteratur/publikasjoner av overveiende god kvalitet og "
        "konsistens med den spesifikke anbefalingen."
    )
    assert grades["B"].definition == (
        "Basert på minst en god studie og vurderinger av klinisk ekspertise på feltet, samt vurderinger av etiske, "
        "politiske og økonomiske forhold. Trenger støtte i godt utformede kliniske studier, men ingen krav til at "
        "randomiserte kliniske studier skal dokumentere den spesifikke anbefalingen."
    )
    assert grades["C"].definition == (
        "Trenger støtte i rapporter eller uttalelser fra autoritative ekspertkomiteer og/eller klinisk ekspertise fra "
        "andre respekterte autoriteter. Styrkegraden indikerer en mangel på direkte anvendbare kliniske studier av "
        "akseptabel kvalitet."
    )
    assert grades["D"].definition == (
        "Gode råd for praksis. Anbefalinger for praksis basert på de kliniske erfaringer i gruppen som har utviklet "
        "retningslinjene og annen involvert ekspertise, samt vurderinger av etiske, politiske og økonomiske forhold."
    )


def test_strength_words(parsed):
    skal, bor, kan = (term(parsed, word, "strength") for word in ("skal", "bør", "kan"))
    assert skal.definition.startswith(
        "Når det står ”skal” i retningslinjens anbefalinger betyr det at noe er lov- eller regelfestet"
    )
    assert bor.definition.startswith("Ordet ”bør” forbeholdes sterke anbefalinger.")
    assert kan.definition.startswith("Bruken av ordet ”kan” forbeholdes svake anbefalinger.")
    assert "sterke anbefalinger" not in kan.definition
    for word in (skal, bor, kan):
        assert word.section == "2.13"
        assert word.definition.endswith("dokumenteres i pasientens journal.")
