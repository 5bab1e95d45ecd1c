"""The appendix directory of the guideline (chapter 14), checked against a hand count of the text."""

from __future__ import annotations

from collections import Counter

import pytest

from corpus.directory import parse_directory
from corpus.models import DirectoryEntry



@pytest.fixture(scope="module")
def parsed(guideline_source, guideline_lines):
    return parse_directory(guideline_source, guideline_lines, [])


def entry(parsed, name: str) -> DirectoryEntry:
    return next(e for e in parsed.directory if e.name == name)


def test_every_region_has_the_entries_counted_by_hand(parsed):
    counts = Counter((e.section, e.region) for e in parsed.directory)
    assert counts == {
        ("14.1.3", "Helse Nord"): 4,
        ("14.1.4", "Helse Midt"): 2,
        ("14.1.5", "Helse Vest"): 2,
        ("14.1.6", "Helse Øst"): 6,
        ("14.1.7", "Helse Sør"): 7,
        ("14.1.8", "Andre"): 4,
        ("14.2.1", "Region øst"): 10,
        ("14.2.2", "Region sør"): 6,
        ("14.2.3", "Region sør-vest"): 6,
        ("14.2.4", "Region vest"): 3,
        ("14.2.5", "Region nord"): 5,
    }
    assert [e.id for e in parsed.directory[:2]] == ["003:dir:1", "003:dir:2"]
    assert len({e.id for e in parsed.directory}) == 55


def test_first_unit_in_helse_nord(parsed):
    sigma = parsed.directory[0]
    assert (sigma.name, sigma.owner, sigma.phone) == ("Sigma Nord", "Sigma Nord AS", "76 93 60 00")
    assert sigma.address == "Fjelldalvn. 349, 9441 Fjelldal"
    assert sigma.outpatient is False
    assert sigma.substances == "Illegale rusmidler; Blandingsmisbruk; Alkohol"
    assert sigma.fields["Gravide som skal avruses"] == "Ja (ikke tvang § 10-3)"
    assert sigma.span.start == 6233


def test_helse_vest_unit_with_a_list_of_wards(parsed):
    haugesund = entry(parsed, "Seksjon spesialisert behandling Haugesund, avrusningspost")
    assert haugesund.section == "14.1.5" and haugesund.region == "Helse Vest"
    assert haugesund.owner == "Helse Fonna HF"
    assert haugesund.address == "Helse Fonna, Postboks 2170, 5504 Haugesund"
    assert haugesund.phone == "05253"
    assert haugesund.outpatient is True
    assert (
        haugesund.unit_type
        == "Akutt post; Post for dobbeltdiagnose, 6 senger (fra august 2013); Avrusnings post; Poliklinikk 1 + 2"
    )
    assert haugesund.text.endswith("http://www.helse-fonna.no/")


def test_ostsiden_among_the_other_units(parsed):
    ostsiden = entry(parsed, "Østsiden – senter for utredning og behandling")
    assert (ostsiden.section, ostsiden.region) == ("14.1.8", "Andre")
    assert (ostsiden.owner, ostsiden.address, ostsiden.phone) == ("Incita AS", "2090 Hurdal", "66 92 64 00")
    assert ostsiden.outpatient is False
    assert ostsiden.web == "www.incita.no"
    assert "«Forsterket» avrusningsenhet – sterke sikkerhetskrav" in ostsiden.unit_type
    assert "  o Lettere avrusning – mindre sikkerhetskrav" in ostsiden.text.split("\n")


def test_last_unit_stops_before_the_prison_chapter(parsed):
    alfa = entry(parsed, "Alfa Behandlingssenter")
    assert alfa.substances == "Rusavhengige"
    assert "fengsler" not in alfa.text


def test_trondheim_prison(parsed):
    trondheim = entry(parsed, "Trondheim fengsel")
    assert (trondheim.section, trondheim.region) == ("14.2.5", "Region nord")
    assert trondheim.address == "Helseavdelingen ved Trondheim fengsel, Nermarka 2, 7047 Trondheim"
    assert trondheim.phone == "73 82 60 00"
    assert trondheim.contact == "tk.postmottak@trondheim.kommune.no"
    assert trondheim.owner is None and trondheim.outpatient is None
    assert trondheim.fields["Nye innsatte per mnd."] == "49 (590 per år i 2011)"
    assert trondheim.fields["På cellene"] == "Ja"
    assert trondheim.fields["Lengde avrusning (antall dager)"] == "2 uker abstinensregime, nedtrapping benzo 1-4 uker"
    assert trondheim.substances == "Hasj, amfetamin, benzo, blandingsmisbruk"


def test_wrapped_names_urls_addresses_and_values_are_rejoined(parsed):
    assert entry(
        parsed,
        "Vestfoldklinikken, Enhet 2 – enhet for avrusning- utredning- og behandling av alkohol- og medikamentavhengige",
    )
    klosteret = entry(parsed, "Avd. Rus og avhengighet seksjon Klosteret")
    assert klosteret.web == "http://www.ahus.no/omoss_/avdelinger_/rus-og-avhengighet_/klosteret_/Sider/side.aspx"
    oslo = entry(parsed, "Seksjon rusakuttmottak og avgiftning")
    assert oslo.address == "Avdeling rusakuttmottak og avgiftning, Aker sykehus, Postboks 4959 Nydalen, 0424 Oslo"
    bodo = entry(parsed, "Bodø fengsel")
    assert (
        bodo.fields["Lengde avrusning (antall dager)"]
        == "Abstinensdosett i 7-14 dager. Nedtrapping av B-prep. Individuell nedtrapping."
    )


def test_stray_links_go_to_their_own_entry_and_never_into_a_value(parsed):
    helgeland = entry(parsed, "Rusavdelingen, Helgelandssykehuset HF")
    assert "sigmanord" not in helgeland.text
    assert parsed.directory[0].text.endswith("http://www.sigmanord.no/\nmailto:post@sigmanord.no")
    values = [value for e in parsed.directory for value in e.fields.values()]
    assert not any("mailto:" in value for value in values)
    bergen = entry(parsed, "Stiftelsen Bergensklinikkene")
    assert bergen.fields["Legemiddelavhengighet"] == "Ja"


def test_page_footer_is_not_part_of_an_entry(parsed):
    follo = entry(parsed, "Avdeling rus og avhengighet, Follo døgn")
    assert "Nasjonal faglig retningslinje" not in follo.text
    assert follo.fields["Illegale stoffer"] == "ja"
    assert follo.substances == "illegale, benzo og alkohol"


def test_unclear_outpatient_answers_are_unknown_and_warned(parsed):
    salten = entry(parsed, "Salten DPS korttidsenhet rus")
    assert salten.outpatient is None
    assert salten.fields["Poliklinisk avrusning"] == "Ikke planlagt"
    assert any(w.line == salten.span.start and "poliklinisk" in w.message for w in parsed.warnings)


def test_contacts_and_empty_values(parsed):
    assert entry(parsed, "Sandefjord fengsel").contact == "Gro Tove Hem; postmottak@sandefjord.kommune.no"
    alesund = entry(parsed, "Ålesund fengsel")
    assert alesund.phone is None and alesund.fields["Telefon"] == ""


def test_entry_text_is_tidy(parsed):
    for e in parsed.directory:
        assert e.text.startswith(e.name)
        assert "\n\n" not in e.text and "\uf0b7" not in e.text
