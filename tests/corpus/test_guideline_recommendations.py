"""The guideline's recommendations, checked against a hand count of the whole text."""

from __future__ import annotations

from collections import Counter

import pytest

GRADE_ON_OWN_LINE = {
    "003:3.3:r1": "C",
    "003:3.3:r2": "C",
    "003:3.3:r3": "C",
    "003:3.4:r1": "C",
    "003:4.2:r5": "C",
    "003:5.4:r4": "C",
    "003:6.1.4:r1": "C",
    "003:6.2.3:r2": "C",
    "003:8.3.2:r4": "B",
    "003:8.4.5:r1": "A",
    "003:10.7:r1": "D",
}
"""Every recommendation whose grade letter stands alone on a line (lines 1098 … 5302)."""


def by_id(guideline):
    return {rec.id: rec for rec in guideline.recommendations}


def test_total_count_matches_the_hand_count(guideline):
    assert len(guideline.recommendations) == 115


def test_grades_match_the_hand_count(guideline):
    grades = Counter(rec.grade for rec in guideline.recommendations)
    assert grades == {"A": 10, "B": 14, "C": 84, "D": 6, None: 1}


def test_chapters_match_the_hand_count(guideline):
    chapters = Counter(rec.chapter for rec in guideline.recommendations)
    assert chapters == {
        "3": 12, "4": 10, "5": 5, "6": 19, "7": 8, "8": 21,
        "9": 7, "10": 12, "11": 4, "12": 7, "13": 10,
    }


def test_lists_per_section_match_the_hand_count(guideline):
    sizes = Counter((rec.section, rec.list_index) for rec in guideline.recommendations)
    assert sizes == {
        ("3.2.1", 1): 3, ("3.2.2", 1): 3, ("3.3", 1): 3, ("3.4", 1): 3,
        ("4.1", 1): 3, ("4.2", 1): 7, ("5.4", 1): 5,
        ("6.1.1", 1): 2, ("6.1.3", 1): 2, ("6.1.4", 1): 1, ("6.1.5", 1): 3,
        ("6.2.2", 1): 2, ("6.2.2", 2): 3, ("6.2.3", 1): 3, ("6.3.2", 1): 1, ("6.4.1", 1): 2,
        ("7.1", 1): 1, ("7.2", 1): 4, ("7.3.11", 1): 3,
        ("8.3.2", 1): 4, ("8.3.3", 1): 1, ("8.4.1", 1): 3, ("8.4.3", 1): 3,
        ("8.4.4", 1): 3, ("8.4.5", 1): 2, ("8.4.6", 1): 3, ("8.5.1", 1): 2,
        ("9.3.1", 1): 3, ("9.3.2", 1): 2, ("9.4", 1): 2,
        ("10.3", 1): 3, ("10.4.1", 1): 2, ("10.4.2", 1): 2, ("10.5", 1): 3, ("10.7", 1): 2,
        ("11.2", 1): 2, ("11.5", 1): 2, ("12", 1): 7, ("13.1", 1): 10,
    }


def test_every_list_is_numbered_from_one(guideline):
    lists: dict[tuple[str, int], list[int]] = {}
    for rec in guideline.recommendations:
        lists.setdefault((rec.section, rec.list_index), []).append(rec.number)
    assert all(numbers == list(range(1, len(numbers) + 1)) for numbers in lists.values())


@pytest.mark.parametrize(
    ("rec_id", "grade", "opening"),
    [
        ("003:3.2.1:r1", "C", "Det bør ved de enkelte HF-ene være et tilbud om poliklinisk avrusning"),
        ("003:3.2.2:r3", "C", "Poliklinisk behandling bør ofte benyttes som en forberedelse til innleggelse."),
        ("003:3.3:r2", "C", "Pasienter som innlegges i akuttmottak bør kartlegges/screenes for rusmiddelproblemer"),
        ("003:4.1:r2", "A", "Pasienter med høy suicidal risiko skal vurderes i psykisk helsevern"),
        ("003:4.2:r1", "A", "Pasienten skal tas i mot uten unødig opphold til undersøkelse"),
        ("003:5.4:r5", "C", "Virksomheten bør vurdere å ansette erfaringskonsulent"),
        ("003:6.1.3:r2", "C", "Abstinensbehandling bør kombinere farmakologisk og psykososial behandling"),
        ("003:6.3.2:r1", "C", "Fysisk aktivitet bør tilbys rutinemessig, tilpasset pasientens tilstand"),
        ("003:7.1:r1", "C", "Pasienten bør informeres om følgende forhold:"),
        ("003:7.3.11:r2", "C", "AUDIT kan benyttes til kartlegging av pasienters alkoholbruk i tiltak i kommunal rustjeneste"),
        ("003:8.3.3:r1", "B", "Avrusning i døgninstitusjon bør finne sted når"),
        ("003:8.4.1:r3", "D", "Pasienten bør gis multivitamintabletter ved dårlig ernæringsstatus"),
        ("003:8.4.3:r2", "A", "Det bør gis valproinsyre 600-900 mg som engangsdose ved promille under 1, deretter 300 mg x 3 i 3-5 dager"),
        ("003:8.4.4:r2", "C", "Moderat besvær kan behandles med en kombinasjon av legemidler mot kramper og antihistaminer"),
        ("003:8.4.6:r1", "B", "CIWA-skåring bør benyttes til å følge alkoholavrusningens forløp på institusjon."),
        ("003:9.3.1:r1", "B", "Benzodiazepiner bør ikke bråseponeres etter lengre tids bruk"),
        ("003:9.3.2:r1", "D", "All bruk av benzodiazepiner bør kartlegges i forkant av innleggelse"),
        ("003:9.4:r2", "D", "Karbamazepin og valproinsyre kan brukes i tillegg til oksazepam eller diazepam"),
        ("003:10.3:r3", "B", "Pasienter som har fått forskrevet LAR-legemidler over tid"),
        ("003:10.5:r1", "B", "Ved avrusning av opioidavhengige pasienter, bør buprenorfin med nalokson være første valg med klonidin"),
        ("003:10.5:r2", "C", "Metadon bør ikke benyttes ved polikliniske avrusninger"),
        ("003:11.2:r1", "B", "Pasienter som skal avruses fra GHB bør innlegges."),
        ("003:11.5:r1", "C", "Ved avhengighet av flere rusmidler bør pasienten innlegges til avrusning. Avrusningsoppholdet"),
        ("003:12:r2", "A", "Grundig og gjentatt informasjon om rusmidlers virkning på svangerskap"),
        ("003:12:r5", "C", "Alkoholavhengige gravide kvinner som blir abstinente under avrusning"),
        ("003:13.1:r2", "B", "Ambulansepersonell bør etterspørre konkret om intensjonen var selvmordsforsøk"),
        ("003:13.1:r10", "C", "Helseforetaket bør sammen med oppholdskommunen sørge for et direkte tilbud"),
    ],
)
def test_recommendation_read_by_hand(guideline, rec_id, grade, opening):
    rec = by_id(guideline)[rec_id]
    assert rec.grade == grade
    assert rec.text.startswith(opening)


def test_grade_letters_on_their_own_line(guideline):
    recs = by_id(guideline)
    assert {rec_id: recs[rec_id].grade for rec_id in GRADE_ON_OWN_LINE} == GRADE_ON_OWN_LINE


def test_grade_letter_is_cut_from_the_text(guideline):
    for rec in guideline.recommendations:
        last_word = rec.text.split()[-1]
        assert last_word not in ("A", "B", "C", "D"), rec.id


def test_item_without_grade_is_kept_and_reported(guideline):
    ungraded = [rec for rec in guideline.recommendations if rec.grade is None]
    assert [rec.id for rec in ungraded] == ["003:8.4.6:r3"]
    assert ungraded[0].text.startswith("Medikamentell behandling ved ulike CIWA-nivåer:")
    assert any("8.4.6" in w.message and "gradsbokstav" in w.message for w in guideline.warnings)


def test_section_with_two_lists(guideline):
    recs = by_id(guideline)
    assert [r.id for r in guideline.recommendations if r.section == "6.2.2"] == [
        "003:6.2.2:r1", "003:6.2.2:r2", "003:6.2.2:l2r1", "003:6.2.2:l2r2", "003:6.2.2:l2r3",
    ]
    second = recs["003:6.2.2:l2r1"]
    assert (second.number, second.list_index) == (1, 2)
    assert second.items == ["Trimipramin", "Mianserin", "Alimemazin"]
    assert recs["003:6.2.2:l2r2"].text.startswith("Ved mangelfull søvn over to døgn")


def test_list_items_are_kept_in_order(guideline):
    recs = by_id(guideline)
    assert recs["003:3.2.2:r2"].items == [
        "Ha tilgang til lege døgnet rundt",
        "Kunne rekvirere og fortolke blodprøver",
        "Kunne ta og fortolke EKG",
    ]
    assert recs["003:3.2.1:r2"].items[0] == "Pasienten ønsker poliklinisk avrusning"
    assert len(recs["003:3.2.1:r2"].items) == 10
    assert recs["003:7.2:r2"].items[0] == "a. Rusmiddel- og legemiddelforbruket"
    assert recs["003:7.2:r4"].items[-1] == "f. EKG hos alle over 50 år"
    assert recs["003:6.2.3:r3"].items == [
        "Hydroxizin",
        "Chlorprothixen",
        "Ved sterk psykisk uro, mistanke om utvikling i retning av psykose, bør olanzapin benyttes",
    ]


def test_sub_items_keep_their_o_marker(guideline):
    rec = by_id(guideline)["003:4.2:r4"]
    assert rec.items[:3] == [
        "Type rusmidler/kombinasjoner av rusmidler",
        "Mengde rusmiddel og intervall mellom inntak",
        "o Alvorlige intoksikasjoner",
    ]
    assert "\n• Mengde rusmiddel og intervall mellom inntak\n  o Alvorlige intoksikasjoner\n" in rec.text


def test_text_after_the_grade_belongs_to_the_recommendation(guideline):
    recs = by_id(guideline)
    first = recs["003:6.2.2:r1"]
    assert first.lead == "Pasientenes søvnvansker bør kartlegges\nKartleggingen av søvnvanskene bør inkludere:"
    assert first.items[-1] == "Hvilken rolle har søvnvanskene spilt i forhold til å klare å gjennomføre tidligere avrusninger?"
    assert recs["003:12:r7"].text.endswith("Se (184) for detaljer .")
    assert recs["003:13.1:r4"].text.endswith("har åpenbart behov for hjelp eller ikke kan ta vare på seg selv-")


def test_grade_in_mid_item_before_its_list(guideline):
    rec = by_id(guideline)["003:6.1.4:r1"]
    assert rec.lead == "Poliklinisk avrusning bør innebære støttefunksjoner i form av konkrete personer som"
    assert rec.items[0] == "kan bidra til nødvendig trygghet for pasienten"


def test_list_intro_heads_the_items_it_introduces(guideline):
    recs = by_id(guideline)
    assert recs["003:4.2:r3"].text == (
        "Behovet for akutt intervensjon i TSB bør vurderes når:\nPasienten bruker rusmidler og er gravid"
    )
    assert recs["003:4.2:r7"].lead.startswith("Behovet for akutt intervensjon i TSB bør vurderes når:")
    assert not recs["003:4.2:r2"].text.endswith(":")


def test_no_margin_comment_or_layout_noise_in_any_recommendation(guideline):
    for rec in guideline.recommendations:
        for noise in ("Merknad", "Skal i boks", "I boks", "http", "\uf0b7", "Nasjonal faglig retningslinje"):
            assert noise not in rec.text, (rec.id, noise)


def test_strength_is_the_main_clauses_skal_bor_kan(guideline):
    recs = by_id(guideline)
    assert recs["003:4.1:r2"].strength == "skal"
    assert recs["003:9.3.1:r1"].strength == "bør"
    assert recs["003:9.4:r2"].strength == "kan"
    assert recs["003:10.3:r3"].strength is None
    assert recs["003:3.3:r3"].strength is None  # it says "må", which is none of the three
    assert recs["003:11.2:r1"].strength == "bør"  # not "skal" of "Pasienter som skal avruses"


def test_chapter_12_recommendations_belong_to_section_12(guideline):
    recs = [rec for rec in guideline.recommendations if rec.chapter == "12"]
    assert [rec.number for rec in recs] == [1, 2, 3, 4, 5, 6, 7]
    assert {(rec.section, rec.section_title) for rec in recs} == {("12", "AVRUSNING AV GRAVIDE")}


def test_rationale_is_the_prose_before_the_list(guideline):
    rec = by_id(guideline)["003:8.4.3:r1"]
    assert rec.rationale.startswith("Tidligere har karbamazepin vært benyttet i stor grad")
    assert "Da kramper kan oppstå allerede på nedadgående promille" in rec.rationale
    assert "Krampeprofylakse bør tilbys" not in rec.rationale


def test_spans_and_pages(guideline):
    recs = by_id(guideline)
    assert (recs["003:3.3:r1"].span.start, recs["003:3.3:r1"].span.end) == (1094, 1098)
    assert all(rec.page is None for rec in guideline.recommendations)
    assert len({rec.id for rec in guideline.recommendations}) == 115
