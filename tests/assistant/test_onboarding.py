"""The onboarding route: every step shows the guideline's own text with its citation, in a sensible order."""

from assistant.onboarding import ROUTE, route_pages


def test_the_route_goes_from_basics_to_special_groups():
    titles = [step.title for step in ROUTE]
    assert titles[0] == "Hva er avrusning?"
    order = ["Behandlingsnivå", "Kartlegging", "Miljøterapeutens", "Abstinenstegn", "Delirium", "Gravide", "Ungdom",
             "fengsel"]
    positions = [next(n for n, title in enumerate(titles) if word in title) for word in order]
    assert positions == sorted(positions)
    assert any("gradering" in title and "skal/bør/kan" in title for title in titles)


def test_every_step_quotes_the_guideline_verbatim_with_citations(real_corpus):
    chunks = {(chunk.text, chunk.citation) for chunk in real_corpus.chunks if chunk.source_id == "003"}
    for page in route_pages(real_corpus):
        assert page.hits, page.step.title
        assert all((hit.text, hit.citation) in chunks for hit in page.hits)
        assert all(hit.section in page.step.sections for hit in page.hits) or page.step.mentions


def test_the_steps_cover_6_1_and_each_substance_and_the_grades(real_corpus):
    pages = {page.step.title: page for page in route_pages(real_corpus)}
    sections = {title: {hit.section for hit in page.hits} for title, page in pages.items()}
    assert "6.1.3" in sections["Miljøterapeutens oppgaver"]
    assert {"8.1.1", "9.2", "10.2.1"} <= sections["Abstinenstegn ved hvert rusmiddel"]
    grading = pages["Hva betyr gradering og skal/bør/kan?"]
    shown = "\n".join(hit.text for hit in grading.hits)
    for term in real_corpus.glossary:
        if term.kind in ("grade", "strength"):
            assert term.definition in shown
