"""Verbatim pieces of the guideline (003, sections 3.2.1 and 10.4.1) for the fake assistant."""

from __future__ import annotations

from corpus.models import DirectoryEntry, GlossaryTerm, Passage, Recommendation, Section, Span

GUIDELINE_FILE = "003_3675a00eb45dcb5c.txt"
GUIDELINE_TITLE = "Nasjonal faglig retningslinje for avrusning fra rusmidler og vanedannende legemidler (utkast)"
SHORT_TITLE = "Avrusningsretningslinjen (utkast)"
DRAFT_NOTICE = (
    "Utkast før ekstern høring: teksten er ikke endelig "
    "(«Ikke fullstendig … fullføres etter ekstern høring»)."
)

REC_321_2_LEAD = "Følgende forhold kan tale for poliklinisk avrusning:"
REC_321_2_ITEMS = [
    "Pasienten ønsker poliklinisk avrusning",
    "Avhengighet kun av ett rusmiddel",
    "Ikke injeksjonsbruk",
    "Begrenset blandingsbruk av rusmidler",
    "Ikke tidligere komplikasjoner ved avrusning",
    "Mulighet for tett oppfølging i hjemmet av pårørende",
    "Ikke samtidig somatiske og/eller psykiske helseproblemer",
    "Pasienten vurderes i stand til å klare en poliklinisk avrusning",
    "Ikke kompliserende tilstander (som f.eks.graviditet)",
    "Koordineringen av behandlingen kan foretas av TSB eller fastlege",
]
REC_321_1 = (
    "Det bør ved de enkelte HF-ene være et tilbud om poliklinisk avrusning med medisinskfaglig "
    "oppfølging og med mulighet til snarlig innleggelse i avrusningsenhet ved behov"
)
REC_321_3 = "Dersom pasienten ikke lykkes med poliklinisk behandling, bør pasienten tilbys innleggelse i institusjon"
REC_1041_1 = (
    "Opioidavhengige pasienter som vurderer egenavrusing, bør oppfordres til å søke avrusning "
    "med oppfølging av helsepersonell"
)
REC_1041_2 = (
    "Farmakologisk stabilisering av opioidbruken bør skje forut for avrusingen. Vanedannende "
    "legemidler bør utdeles daglig under tilsyn av helsepersonell."
)
VURDERING_321 = (
    "Poliklinisk avrusning er mest aktuelt ved begrenset bruk av ett eller få rusmidler og der hvor "
    "pasienten ikke tidligere har hatt komplikasjoner ved avrusning eller har kompliserende somatiske "
    "eller psykiske lidelser. Mulighet til oppfølging fra pårørende og/eller tett medisinskfaglig "
    "oppfølging er også av stor betydning."
)
BAKGRUNN_321 = (
    "Sannibale evaluerte et australsk tiltak for å øke bruken av poliklinisk avrusning (23). Et klart mål "
    "var å øke allmennlegenes involvering i poliklinisk avrusning."
)


def span(start: int, end: int | None = None) -> Span:
    """A line span."""
    return Span(start=start, end=end or start)


def section(number: str, title: str, parent: str | None, line: int) -> Section:
    """A guideline section."""
    return Section(source_id="003", number=number, title=title, chapter=number.split(".")[0],
                   parent=parent, span=span(line, line + 60))


SECTIONS = [
    section("3", "RAMMEVERK OG ORGANISERING", None, 896),
    section("3.2", "Valg av riktig behandlingsnivå", "3", 897),
    section("3.2.1", "Poliklinisk avrusning", "3.2", 941),
    section("3.2.2", "Avrusning på institusjon", "3.2", 1007),
    section("10", "AVRUSNING FRA OPIOIDER", None, 4755),
    section("10.4", "Valg av behandlingsnivå", "10", 4934),
    section("10.4.1", "Poliklinisk avrusning", "10.4", 4942),
]


def recommendation(sec: Section, number: int, lead: str, items: list[str], grade: str, strength: str) -> Recommendation:
    """A guideline recommendation with its verbatim text."""
    return Recommendation(
        id=f"003:{sec.number}:r{number}", source_id="003", section=sec.number, section_title=sec.title,
        chapter=sec.chapter, number=number, text="\n".join([lead, *(f"• {i}" for i in items)]), lead=lead,
        items=items,
        grade=grade, strength=strength, span=span(sec.span.start + 30 + number),
    )


SECTION_BY_NUMBER = {sec.number: sec for sec in SECTIONS}
RECOMMENDATIONS = {
    "3.2.1": [
        recommendation(SECTION_BY_NUMBER["3.2.1"], 1, REC_321_1, [], "C", "bør"),
        recommendation(SECTION_BY_NUMBER["3.2.1"], 2, REC_321_2_LEAD, REC_321_2_ITEMS, "C", "kan"),
        recommendation(SECTION_BY_NUMBER["3.2.1"], 3, REC_321_3, [], "C", "bør"),
    ],
    "10.4.1": [
        recommendation(SECTION_BY_NUMBER["10.4.1"], 1, REC_1041_1, [], "C", "bør"),
        recommendation(SECTION_BY_NUMBER["10.4.1"], 2, REC_1041_2, [], "C", "bør"),
    ],
}
PASSAGES = {
    "3.2.1": [
        Passage(id="003:3.2.1:p1", source_id="003", section="3.2.1", section_title="Poliklinisk avrusning",
                chapter="3", heading="Bakgrunn", text=BAKGRUNN_321, span=span(947, 952)),
        Passage(id="003:3.2.1:p2", source_id="003", section="3.2.1", section_title="Poliklinisk avrusning",
                chapter="3", heading="Vurdering", text=VURDERING_321, span=span(953, 960)),
    ],
}


def glossary_term(term: str, kind: str, definition: str, line: int) -> GlossaryTerm:
    """A glossary entry."""
    return GlossaryTerm(id=f"003:g:{term}", source_id="003", term=term, kind=kind,
                        definition=definition, section=None, span=span(line))


GLOSSARY = [
    glossary_term("A", "grade", "Basert på meget god dokumentasjon og vurderinger foretatt av klinisk "
                  "ekspertise på feltet. Trenger støtte i minst en randomisert, kontrollert studie.", 744),
    glossary_term("B", "grade", "Basert på minst en god studie og vurderinger av klinisk ekspertise på feltet.", 750),
    glossary_term("C", "grade", "Trenger støtte i rapporter eller uttalelser fra autoritative ekspertkomiteer "
                  "og/eller klinisk ekspertise fra andre respekterte autoriteter.", 756),
    glossary_term("D", "grade", "Gode råd for praksis.", 762),
    glossary_term("bør", "strength", "Ordet ”bør” forbeholdes sterke anbefalinger.", 800),
    glossary_term("kan", "strength", "Bruken av ordet ”kan” forbeholdes svake anbefalinger.", 804),
    glossary_term("BZD", "abbreviation", "Benzodiazepiner – beroligende og søvngivende, vanedannende legemidler", 33),
    glossary_term("DPS", "abbreviation", "Distriktspsykiatrisk senter", 37),
    glossary_term("HF", "abbreviation", "Helseforetak", 51),
    glossary_term("LAR", "abbreviation", "Legemiddelassistert rehabilitering", 59),
]

SIGMA_NORD_TEXT = (
    "Sigma Nord\nEier: Sigma Nord AS\nAdresse: Fjelldalvn. 349, 9441 Fjelldal\nTelefon: 76 93 60 00\n"
    "Internett: www.sigmanord.no\nKontaktperson/e-post: post@sigmanord.no\nPoliklinisk avrusning:\nNei"
)
TRONDHEIM_TEXT = (
    "Trondheim fengsel\nAdresse: Helseavdelingen ved Trondheim fengsel, Nermarka 2, 7047 Trondheim\n"
    "Telefon: 73 82 60 00\nKontaktperson/e-post: tk.postmottak@trondheim.kommune.no"
)


def directory_entry(name: str, region: str, address: str, phone: str, outpatient: bool | None,
                    text: str, sec: str) -> DirectoryEntry:
    """A directory entry."""
    return DirectoryEntry(id=f"003:{sec}:{name}", source_id="003", section=sec, name=name, region=region,
                          owner=None, address=address, phone=phone, web=None, contact=None, unit_type=None,
                          outpatient=outpatient, patient_groups=None, substances=None, text=text,
                          span=span(6233, 6270))


DIRECTORY = [
    directory_entry("Sigma Nord", "Helse Nord", "Fjelldalvn. 349, 9441 Fjelldal", "76 93 60 00", False,
                    SIGMA_NORD_TEXT, "14.1.3"),
    directory_entry("Trondheim fengsel", "Region nord",
                    "Helseavdelingen ved Trondheim fengsel, Nermarka 2, 7047 Trondheim", "73 82 60 00", None,
                    TRONDHEIM_TEXT, "14.2.5"),
]
