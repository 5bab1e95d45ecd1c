"""Directory filters: towns as whole words of the town field, kinds, outpatient, incomplete entries."""

from corpus.models import DirectoryEntry, Span

from assistant.directory_filters import PRISON, DirectoryFilter, problems, town


def entry(name: str, region: str, address: str, phone: str | None = "22 80 34 20", section: str = "14.1.6",
          outpatient: bool | None = None) -> DirectoryEntry:
    """A directory entry with the fields the filters read."""
    return DirectoryEntry(id=f"003:{section}:{name}", source_id="003", section=section, name=name, region=region,
                          owner=None, address=address, phone=phone, web=None, contact=None, unit_type=None,
                          outpatient=outpatient, patient_groups=None, substances=None, text=name,
                          span=Span(start=1, end=1))


BREDTVEIT = entry("Bredtveit fengsel", "Region øst", "Trondheimsveien 375, PB 1, 0901 Oslo", section="14.2.1")
FOLLO = entry("Follo døgn", "Helse Øst", "Vestveien 15, 1400 Ski", phone="907 81 686")
HAUGESUND = entry("Haugesund fengsel", "Region sør-vest", "Skillebekkgt. 10, 5515 Haugesund", section="14.2.3")
LADE = entry("Lade", "Helse Midt", "Lade allé 86, 7041 Trondheim", outpatient=False)
MO = entry("Rusavdelingen", "Helse Nord", "Søsterveien 7, 8607 Mo i Rana", outpatient=True)
ALL = [BREDTVEIT, FOLLO, HAUGESUND, LADE, MO]


def names(entries_filter: DirectoryFilter) -> list[str]:
    """The names passing a filter."""
    return [e.name for e in ALL if entries_filter.matches(e)]


def test_town_is_the_place_after_the_postcode():
    assert [town(e) for e in ALL] == ["Oslo", "Ski", "Haugesund", "Trondheim", "Mo i Rana"]
    assert town(entry("x", "r", "Vestre Torggate 11. 5015 Bergen.")) == "Bergen"


def test_town_filter_matches_whole_words_of_the_town_not_the_street_or_region():
    assert names(DirectoryFilter(town="Trondheim")) == ["Lade"]
    assert names(DirectoryFilter(town="vest")) == []
    assert names(DirectoryFilter(town="mo i rana")) == ["Rusavdelingen"]
    assert names(DirectoryFilter(town="Mo")) == ["Rusavdelingen"]


def test_region_kind_and_outpatient_filters():
    assert names(DirectoryFilter(region="Region sør-vest")) == ["Haugesund fengsel"]
    assert names(DirectoryFilter(kind=PRISON)) == ["Bredtveit fengsel", "Haugesund fengsel"]
    assert names(DirectoryFilter(outpatient_only=True)) == ["Rusavdelingen"]


def test_incomplete_fields_are_named():
    assert problems(entry("x", "r", "1478 Lørenskog", phone="75 12 52 7")) == [
        "telefonnummeret har 7 sifre (norske nummer har 8)"
    ]
    assert problems(entry("x", "r", "PB 224 Ulset", phone=None)) == [
        "telefonnummer mangler", "adressen mangler postnummer og sted"
    ]
    assert problems(FOLLO) == [] and problems(entry("x", "r", "8520 Ankenesstrand", phone="07766")) == []
