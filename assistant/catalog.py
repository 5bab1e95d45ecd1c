"""Fast look-ups over the corpus chunks: by section, by recommendation, by term, by place."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from corpus.models import Chunk, Corpus

from assistant.text import fold, words

GUIDELINE = "003"


class Catalog:
    """Index-free access to the corpus, built once per Assistant."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self.chunks = corpus.chunks
        self._by_id = {chunk.id: chunk for chunk in corpus.chunks}
        self._recs: dict[tuple[str, int], list[Chunk]] = defaultdict(list)
        self._by_section: dict[str, list[Chunk]] = defaultdict(list)
        self._recs_titled: dict[str, list[Chunk]] = defaultdict(list)
        for chunk in corpus.chunks:
            if chunk.source_id == GUIDELINE and chunk.section:
                self._by_section[chunk.section].append(chunk)
            if chunk.kind == "recommendation" and chunk.section:
                self._recs[(chunk.section, chunk.rec or 0)].append(chunk)
            if chunk.kind == "recommendation":
                self._recs_titled[fold(chunk.section_title or "")].append(chunk)
        self.glossary_terms = {fold(chunk.context): chunk for chunk in corpus.chunks if chunk.kind == "glossary"}
        self.places = _places(corpus)
        self.section_titles = {s.number: s.title for s in corpus.sections if s.source_id == GUIDELINE}
        self.lookup_terms = set(self.glossary_terms) | {
            fold(title).strip() for title in self.section_titles.values() if len(title.split()) == 1
        }
        """Terms a "what is X?" question can name: glossary entries and one-word section titles."""
        self.rationales = {rec.id: rec.rationale for rec in corpus.recommendations if rec.rationale}
        guideline = next((s for s in corpus.sources if s.id == GUIDELINE), None)
        self.draft_notice = guideline.draft_notice if guideline else None

    def chunk(self, chunk_id: str) -> Chunk | None:
        """The chunk with this id."""
        return self._by_id.get(chunk_id)

    def recommendation(self, section: str, number: int) -> Chunk | None:
        """The first-list recommendation `number` of `section`."""
        found = self._recs.get((section, number))
        return found[0] if found else None

    def under(self, section: str, kind: str | None = None) -> list[Chunk]:
        """Guideline chunks of `section` and its subsections, in corpus order."""
        found = [
            chunk for number, chunks in self._by_section.items()
            if number == section or number.startswith(section + ".")
            for chunk in chunks
            if kind is None or chunk.kind == kind
        ]
        return sorted(found, key=lambda chunk: chunk.order)

    def recommendations_titled(self, title: str) -> list[Chunk]:
        """Recommendations of every section whose title is `title` (folded comparison)."""
        return list(self._recs_titled.get(fold(title), []))


def _places(corpus: Corpus) -> set[str]:
    """Folded words that point at a directory entry: postal towns, regions, distinctive names."""
    found = {"nord", "midt", "vest", "ost", "sor", "sor-vest", "sorvest"}
    name_counts: Counter[str] = Counter()
    for entry in corpus.directory:
        found.update(_postal_town(entry.address or ""))
        name_counts.update(set(words(entry.name)))
    found.update(word for word, count in name_counts.items() if count <= 2 and len(word) >= 3)
    return found - _GENERIC


def _postal_town(address: str) -> list[str]:
    """The town after a four-digit postal code ("5015 Bergen" -> ["bergen"])."""
    match = re.search(r"\b\d{4}\s+([^\d,.]+)", address)
    return [word for word in words(match.group(1)) if len(word) >= 3] if match else []


_GENERIC = {
    "helse", "region", "avdeling", "avd", "fengsel", "senter", "klinikk", "sykehus", "seksjon",
    "enhet", "andre", "avrusning", "avgiftning", "rusbehandling", "behandling", "stiftelsen",
    "kommune", "divisjon", "psykisk", "helsevern", "poliklinikk", "rusavdeling", "avhengighet",
    "for", "og", "rus", "med", "utredning", "kartlegging", "behandlingssenter", "mottak", "dogn",
    "akutt", "illegale", "rusmidler", "alkohol", "tsb", "dps", "korttidsenhet", "stabilisering",
    "avgiftningsenheten", "avrusningsenheten", "avrusningspost", "avrusningsavdelingen", "akutt-",
    "spesialisert", "avgiftningsposten", "rusakuttmottak", "medikamentavhengige", "stoffmisbrukere",
    "utredningsenhet", "avrusning-", "utredning-", "alkohol-", "i", "hf", "ara", "ir", "bla", "kors",
}
