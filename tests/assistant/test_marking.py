"""Marking the list item a question points at: score ranges by number, otherwise distinguishing words."""

from assistant.marking import matched_lines
from assistant.models import Hit

CIWA_DOSES = (
    "Medikamentell behandling ved ulike CIWA-nivåer:\n"
    "• Så lenge CIWA er under 10, behandles pasienten vanligvis uten legemidler.\n"
    "Behandlingmed valproinsyre bør tilbys hvis pasienten har milde abstinensplager.\n"
    "• CIWA 10-15: Diazepam tabletter (oral) 10 mg x 4. Diazepam avsluttes ved CIWA-skåre under 10.\n"
    "• CIWA over 15: Diazepam 10 mg per os hver time inntil CIWA under 10."
)
OUTPATIENT = (
    "Følgende forhold kan tale for poliklinisk avrusning:\n"
    "• Pasienten ønsker poliklinisk avrusning\n"
    "• Ikke injeksjonsbruk\n"
    "• Ikke kompliserende tilstander (som f.eks.graviditet)\n"
    "• Pasienten vurderes i stand til å klare en poliklinisk avrusning"
)


def words(text: str) -> list[str]:
    """A stand-in analyser: lower-cased words."""
    return [w.strip(".,:;()?").lower() for w in text.replace("-", " ").split() if w.strip(".,:;()?")]


def hit(text: str) -> Hit:
    """A recommendation hit with the given text."""
    return Hit(rank=1, kind="recommendation", file="003.txt", source_title="t", section="8.4.6", section_title="s",
               rec=3, grade="B", strength="bør", page=None, text=text, citation="c", score=1.0)


def marked(text: str, question: str) -> list[str]:
    """The marked lines' text."""
    lines = text.split("\n")
    return [lines[i] for i in matched_lines(hit(text), question, set(words(question)), words)]


def test_a_score_marks_the_range_it_falls_in():
    assert marked(CIWA_DOSES, "CIWA skår 18") == ["• CIWA over 15: Diazepam 10 mg per os hver time inntil CIWA under 10."]
    assert marked(CIWA_DOSES, "ciwa 12") == [CIWA_DOSES.split("\n")[3]]
    assert marked(CIWA_DOSES, "CIWA 7, hva gjør vi?") == [CIWA_DOSES.split("\n")[1]]


def test_a_number_about_something_else_marks_no_range():
    assert marked(CIWA_DOSES, "diazepam 2 dager etter siste dose") == []


def test_a_distinguishing_word_marks_its_item_and_shared_words_do_not():
    assert marked(OUTPATIENT, "poliklinisk avrusning ved injeksjonsbruk") == ["• Ikke injeksjonsbruk"]
    assert marked(OUTPATIENT, "når er poliklinisk avrusning aktuelt") == []
