"""The guideline's prose passages: rebuilt paragraphs, labelled by section, free of layout noise."""

from __future__ import annotations

from statistics import median

from corpus.guideline import is_parsed_elsewhere


def passage_with(guideline, phrase: str):
    return next(p for p in guideline.passages if phrase in p.text)


def test_ids_are_numbered_in_document_order(guideline):
    ids = [p.id for p in guideline.passages]
    assert ids == [f"003:p{n}" for n in range(1, len(ids) + 1)]
    starts = [p.span.start for p in guideline.passages]
    assert starts == sorted(starts)


def test_passages_stay_inside_their_section(guideline):
    found = {s.number: s for s in guideline.sections}
    for passage in guideline.passages:
        section = found[passage.section]
        assert section.span.start <= passage.span.start <= passage.span.end <= section.span.end
        assert (passage.section_title, passage.chapter) == (section.title, section.chapter)


def test_directory_and_glossary_text_is_left_to_their_parsers(guideline):
    elsewhere = {s.number for s in guideline.sections if is_parsed_elsewhere(s)}
    assert {"14.1.3", "14.2.5", "Forkortelser", "Sentrale begrep"} <= elsewhere
    assert not [p for p in guideline.passages if p.section in elsewhere]
    assert passage_with(guideline, "I kartleggingen av praksis ved avrusningsenheter i RHFene").section == "14.1.2"


def test_paragraphs_are_rebuilt_to_useful_sizes(guideline):
    words = [len(p.text.split()) for p in guideline.passages]
    assert 25 <= median(words) <= 150
    assert sum(25 <= w <= 160 for w in words) >= 0.85 * len(words)


def test_no_layout_noise_in_passages(guideline):
    for passage in guideline.passages:
        for noise in ("Merknad [", "Nasjonal faglig retningslinje for avrusning 28", "\uf0b7",
                      "[Overskrift]", "Poliklinikk 0 1 2", "Erfaringsbasert", "http://www.snakkomrus.no/audit/index.html\n"):
            assert noise not in passage.text, (passage.id, noise)


def test_recommendations_are_not_repeated_as_prose(guideline):
    for phrase in ("Benzodiazepiner bør ikke bråseponeres", "Pasienten skal tas i mot uten unødig opphold"):
        assert not [p for p in guideline.passages if phrase in p.text]


def test_sentence_runs_on_across_a_page_mark_and_a_margin_comment(guideline):
    assert "Innsatte som i forbindelse med innsettelse har behov for avrusning skal tilbys" in (
        passage_with(guideline, "Innsatte som i forbindelse med").text
    )
    assert passage_with(guideline, "prinsippene i rusreformen og Opptrappingsplan for rusfeltet (41)").section == "4.3"


def test_line_break_hyphens_are_repaired(guideline):
    assert "utsatt for hepatittsmitte, men også for HIV-smitte." in passage_with(guideline, "HIV-smitte").text
    assert "innenfor rus- og avhengighetslidelser" in passage_with(guideline, "avhengighetslidelser. Kriteriet").text


def test_structural_sub_heading_labels_the_passage(guideline):
    passage = passage_with(guideline, "Institusjonsavrusning bør være tilgjengelig i alle helseforetak")
    assert (passage.section, passage.heading) == ("3.2.2", "Vurdering")
    assert passage_with(guideline, "Alwyn viste at hjemmebesøk").heading == "Bakgrunn"


def test_topical_sub_heading_stays_with_its_text(guideline):
    causes = passage_with(guideline, "Mulige årsaker til søvnproblemer")
    assert causes.text.startswith("Mulige årsaker til søvnproblemer\n• Abstinenssymptomer")
    nalmefen = passage_with(guideline, "Nalmefen er et nylig introdusert legemiddel")
    assert nalmefen.text.startswith("Nalmefen\nNalmefen er")
    assert nalmefen.heading == "Bakgrunn"


def test_chapter_introductions_and_chapter_12(guideline):
    assert passage_with(guideline, "Antallet sprøytebrukere ble i Norge i 2005").section == "10"
    assert passage_with(guideline, "Helsedirektoratet ønsker med dette kapitlet").section == "4"
    pregnancy = passage_with(guideline, "Rusmiddelbrukere har ofte uregelmessig menstruasjonssyklus")
    assert (pregnancy.section, pregnancy.heading) == ("12", "Bakgrunn")


def test_front_text_and_tables_are_reported_not_dropped(guideline):
    messages = [(w.line, w.message) for w in guideline.warnings]
    assert (1, "Tekst før første overskrift er ikke tatt med som avsnitt") in messages
    assert any(line == 6073 and "Tabell" in message for line, message in messages)
    assert sum("Margkommentar" in message for _, message in messages) == 10


def test_pages_are_not_guessed(guideline):
    assert all(p.page is None for p in guideline.passages)
