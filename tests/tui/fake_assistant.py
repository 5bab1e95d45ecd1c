"""A FakeAssistant with hand-built answers from verbatim guideline text, for TUI tests."""

from __future__ import annotations

from types import SimpleNamespace

from assistant.models import Answer, Conversation, Hit, RelatedGroup, Turn
from assistant.onboarding import RoutePage, RouteStep

import fake_guideline as g

COCHRANE_FILE = "002_41b642e6ee0d38b8.txt"
COCHRANE_TITLE = "Cochrane – kort oppsummert: Psykososiale tiltak kan redusere kokain- og amfetaminmisbruk"
NOT_COVERED_MESSAGE = "Kildene dekker ikke dette spørsmålet."
CLARIFY_MESSAGE = "Gjelder spørsmålet et bestemt rusmiddel? Velg ett av forslagene, eller skriv mer."
CLARIFY_CHOICES = ["Abstinens ved avrusning fra alkohol", "Abstinens ved avrusning fra opioider"]


def rec_hit(rank: int, section: str, number: int) -> Hit:
    """The hit for one fake recommendation, as the real assistant would build it."""
    rec = next(r for r in g.RECOMMENDATIONS[section] if r.number == number)
    return Hit(
        rank=rank, kind="recommendation", file=g.GUIDELINE_FILE, source_title=g.GUIDELINE_TITLE,
        section=section, section_title=rec.section_title, rec=number, grade=rec.grade,
        strength=rec.strength, page=None, text=rec.text, score=10.0 - rank,
        citation=f"{g.SHORT_TITLE}, {section} {rec.section_title}, anbefaling {number} (gradering {rec.grade})",
    )


def passage_hit(rank: int) -> Hit:
    """The "Vurdering" passage of 3.2.1."""
    return Hit(
        rank=rank, kind="passage", file=g.GUIDELINE_FILE, source_title=g.GUIDELINE_TITLE, section="3.2.1",
        section_title="Poliklinisk avrusning", rec=None, grade=None, strength=None, page=None,
        text=g.VURDERING_321, citation=f"{g.SHORT_TITLE}, 3.2.1 Poliklinisk avrusning", score=1.0,
    )


def evidence_hit(rank: int) -> Hit:
    """A result row of the Cochrane summary, certainty "Høy"."""
    return Hit(
        rank=rank, kind="evidence", file=COCHRANE_FILE, source_title=COCHRANE_TITLE, section=None,
        section_title="Resultattabell 1", rec=None, grade="Høy", strength=None, page=None,
        text="Lengde på avholdenhetsperioden | Psykososiale tiltak gir lengre perioder med avholdenhet",
        citation="Cochrane – kort oppsummert, Resultattabell 1", score=3.0,
    )


def answer(question: str, status: str, hits: list[Hit], **extra) -> Answer:
    """An answer with the draft notice whenever guideline text is shown."""
    notice = g.DRAFT_NOTICE if any(h.file == g.GUIDELINE_FILE for h in hits) else None
    understood = extra.pop("understood_as", question.lower().strip("?"))
    return Answer(question=question, understood_as=understood, status=status, hits=hits,
                  draft_notice=notice, **extra)


def outpatient_answer(question: str) -> Answer:
    """3.2.1: recommendations 2 and 1, related 10.4.1, and the rationale."""
    primary = [rec_hit(1, "3.2.1", 2), rec_hit(2, "3.2.1", 1)]
    return answer(
        question, "answered", primary,
        understood_as="poliklinisk avrusning", expansions=["polikliniske"],
        related=[RelatedGroup(label="Opioider", hits=[rec_hit(1, "10.4.1", 1)])],
        rationale={hit.citation: g.VURDERING_321 for hit in primary},
    )


def opioid_followup(question: str) -> Answer:
    """The follow-up "og for opioider?" in the context of outpatient detox."""
    return answer(question, "answered", [rec_hit(1, "10.4.1", 1), evidence_hit(2), rec_hit(3, "10.4.1", 2)],
                  understood_as="poliklinisk avrusning opioider")


def reply_for(question: str) -> Answer:
    """The hand-built answer to a question, chosen by its words."""
    words = question.casefold()
    if not words.strip("?! "):
        return answer(question, "invalid", [], message="Skriv et spørsmål.")
    if "opioid" in words and "abstinens" not in words:
        return opioid_followup(question)
    if "poliklinisk" in words:
        return outpatient_answer(question)
    if words.startswith("abstinens ved"):
        return answer(question, "answered", [rec_hit(1, "10.4.1", 2)])
    if "abstinens" in words:
        return answer(question, "clarify", [passage_hit(1)], message=CLARIFY_MESSAGE, choices=CLARIFY_CHOICES)
    return answer(question, "not_covered", [passage_hit(1)], message=NOT_COVERED_MESSAGE)


class FakeAssistant:
    """The Assistant interface with canned answers; records every question asked."""

    draft_notice = g.DRAFT_NOTICE
    corpus = None

    def __init__(self) -> None:
        self.questions: list[str] = []
        """Every question asked, in order."""

    def ask(self, question: str, conversation: Conversation | None = None, top: int = 5) -> Answer:
        """Answer from the canned replies and record the turn."""
        self.questions.append(question)
        reply = reply_for(question)
        if conversation is not None:
            conversation.turns.append(Turn(question=question, understood_as=reply.understood_as,
                                           status=reply.status))
        return reply

    def new_conversation(self) -> Conversation:
        """An empty conversation."""
        return Conversation()

    def toc(self):
        """The fake table of contents."""
        return list(g.SECTIONS)

    def section_view(self, number: str):
        """A SectionView-like object for a fake section."""
        section = g.SECTION_BY_NUMBER.get(number)
        if section is None:
            return None
        return SimpleNamespace(section=section, recommendations=g.RECOMMENDATIONS.get(number, []),
                               passages=g.PASSAGES.get(number, []))

    def glossary(self):
        """The fake glossary."""
        return list(g.GLOSSARY)

    def directory(self):
        """The fake directory."""
        return list(g.DIRECTORY)

    def learning_route(self) -> list[RoutePage]:
        """A two-step route over the fake sections."""
        return [
            RoutePage(RouteStep("Behandlingsnivå", ("3.2.1",)), [rec_hit(1, "3.2.1", 1), passage_hit(2)]),
            RoutePage(RouteStep("Opioider", ("10.4.1",), note="Egenavrusing og stabilisering."),
                      [rec_hit(1, "10.4.1", 1), rec_hit(2, "10.4.1", 2)]),
        ]
