"""The onboarding route: a guided walk through the guideline for a new colleague.

Each step names guideline sections (and, where the guideline has no section on a subject,
a word whose passages are shown); the text shown is the guideline's own, as cited Hits.
Step titles and notes are ours and say only what the step is for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.models import Corpus

from assistant.catalog import GUIDELINE
from assistant.hits import to_hit
from assistant.models import Hit


@dataclass(frozen=True)
class RouteStep:
    """One step of the route: a title, the sections it shows, and an optional note."""

    title: str
    sections: tuple[str, ...] = ()
    mentions: str | None = None
    """A regular expression: passages matching it are shown where the guideline has no section."""
    note: str | None = None


@dataclass(frozen=True)
class RoutePage:
    """A step with the guideline's text for it, in document order."""

    step: RouteStep
    hits: list[Hit]


ROUTE = (
    RouteStep("Hva er avrusning?", ("1.3", "1.4", "1.5")),
    RouteStep("Hva betyr gradering og skal/bør/kan?", ("2.11", "2.13"),
              note="Hver anbefaling har en gradering (A–D) og et av ordene skal, bør eller kan. Slik forklarer "
                   "retningslinjen dem."),
    RouteStep("Behandlingsnivå: poliklinisk eller på institusjon", ("3.2", "3.2.1", "3.2.2")),
    RouteStep("Kartlegging", ("7.1", "7.2", "7.3.4")),
    RouteStep("Miljøterapeutens oppgaver", ("6.1.2", "6.1.3")),
    RouteStep("Abstinenstegn ved hvert rusmiddel", ("8.1.1", "9.2", "10.2.1", "11.1", "11.2", "11.4"),
              note="Alkohol, benzodiazepiner, opioider, sentralstimulerende midler, GHB og cannabis, i den "
                   "rekkefølgen."),
    RouteStep("Delirium og kramper er akutte tilstander", ("8.2.1", "8.2.3", "8.4.3", "8.4.5"),
              note="Kramper og delirium tremens kan være livstruende. Si fra til lege straks du ser tegn på dem."),
    RouteStep("Gravide", ("12",)),
    RouteStep("Ungdom", mentions=r"\bungdom|\bunge\b",
              note="Retningslinjen har ikke et eget kapittel om ungdom; den nevner unge bare i forbifarten. "
                   "Her er de stedene, ordrett. Spør lege eller fagansvarlig hva som gjelder for unge hos dere."),
    RouteStep("Avrusning i fengsel", ("3.4",)),
)


def step_chunks(corpus: Corpus, step: RouteStep) -> list:
    """The guideline chunks a step shows: its sections in the step's order, or the passages mentioning its word."""
    guideline = [chunk for chunk in corpus.chunks if chunk.source_id == GUIDELINE]
    if step.mentions:
        pattern = re.compile(step.mentions, re.IGNORECASE)
        return [chunk for chunk in guideline if chunk.kind == "passage" and pattern.search(chunk.text)]
    shown = []
    for number in step.sections:
        shown += sorted((chunk for chunk in guideline if chunk.section == number), key=lambda chunk: chunk.order)
    return shown


def route_pages(corpus: Corpus) -> list[RoutePage]:
    """Every step of the route with its verbatim, cited text."""
    return [
        RoutePage(step, [to_hit(chunk, rank, 0.0) for rank, chunk in enumerate(step_chunks(corpus, step), 1)])
        for step in ROUTE
    ]
