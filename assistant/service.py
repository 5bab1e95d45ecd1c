"""The Assistant facade: the only thing the CLI, the TUI and the evaluation call."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from corpus import Corpus, DirectoryEntry, GlossaryTerm, Passage, Recommendation, Section
from index.models import SearchResult

from assistant import clarify, honesty, lookups
from assistant.associations import Associations, shipped_associations
from assistant.linear import LinearModel
from assistant.memory import Memory, Neighbours, shipped_memory
from assistant.trees import TreeEnsemble
from assistant.rank_features import question_signals
from assistant.ranker import mentioning_first, rank, relative_scores
from assistant.coverage_features import asking_sentence
from assistant.verdict import Verdict, judge
from assistant.assemble import assemble, invalid_answer
from assistant.catalog import GUIDELINE, Catalog
from assistant.cleaning import ONLY_SMALL_WORDS, clean, safe_text
from assistant.context import Reading, facets_as_strings, read_in_context
from assistant.intent import Intent, classify
from assistant.marking import mark_matched_lines
from assistant.onboarding import RoutePage, route_pages
from assistant.models import Answer, Conversation, Turn
from index.nynorsk import reads_as_nynorsk

KEPT_TURNS = 50
"""Turns a conversation keeps: follow-ups read only the latest, and a session of
thousands of questions (a script piping into `chat`) must not grow without bound."""
LINE_TERMS_CACHE = 4096
"""Source lines whose index terms are kept between answers (a few hundred bytes each)."""
CANDIDATES = 30
"""How many first-stage hits the learned ranker orders, grouped and mined for related recommendations."""


@dataclass(frozen=True)
class Models:
    """The learned models: ranker, coverage, word associations, memory of labelled questions
    and the follow-up decision (None: the shipped ones in assistant/data)."""

    ranker: TreeEnsemble | LinearModel | None = None
    coverage: TreeEnsemble | LinearModel | None = None
    associations: Associations | None = None
    memory: Memory | None = None
    followup: LinearModel | None = None


@dataclass(frozen=True)
class Observation:
    """What the learned models saw for one searched question."""

    question: str
    hits: list
    """The first stage's pool, ranked (ScoredChunk)."""
    scores: list[float]
    rank_rows: list[list[float]]
    verdict: Verdict
    weights: dict[str, float]
    """The searched query's terms and weights (what the word associations and the memory learn from)."""
    neighbours: Neighbours


@dataclass(frozen=True)
class SectionView:
    """A section of the guideline with its recommendations and prose, for browsing."""

    section: Section
    recommendations: list[Recommendation]
    passages: list[Passage]


class Assistant:
    """Answers questions from the corpus through the index; also serves browsing data."""

    def __init__(self, index, corpus: Corpus | None = None, models: Models | None = None,
                 mark_lines: bool = True) -> None:
        self.index = index
        self.mark_lines = mark_lines
        """Mark the list items a question points at (off only in training: display, not rank or verdict)."""
        self.corpus: Corpus = corpus or index.corpus
        self.catalog = Catalog(self.corpus)
        self.draft_notice = self.catalog.draft_notice
        self.models = models or Models()
        self.observer: Callable[[Observation], None] | None = None
        """Called with every searched question's features (training and `index explain`)."""
        # The lines of the sources are analysed again for every answer that shows them, to
        # mark the list items a question points at; bounded, so a long session stays flat.
        self._terms_of = lru_cache(maxsize=LINE_TERMS_CACHE)(lambda text: tuple(index.analyze(text).terms))

    def new_conversation(self) -> Conversation:
        """An empty conversation (kept in memory only)."""
        return Conversation()

    def ask(self, question: str, conversation: Conversation | None = None, top: int = 5) -> Answer:
        """Answer one question in its conversation and record the turn; never raises for bad input."""
        conversation = conversation if conversation is not None else Conversation()
        question = safe_text(question)
        cleaned = clean(question)
        if cleaned.problem:
            answer = invalid_answer(question, cleaned.problem)
            _remember(conversation, Turn(question=question, understood_as="", status="invalid"))
            return answer
        intent = classify(cleaned.text, self.catalog.lookup_terms, self.catalog.places)
        previous = next((t for t in reversed(conversation.turns) if t.status != "invalid"), None)
        reading = self._read(cleaned.text, intent, previous)
        answer = self._answer(question, intent, reading, max(1, top))
        if cleaned.note:
            answer.message = " ".join(filter(None, [cleaned.note, answer.message]))
        if self.mark_lines:
            mark_matched_lines(answer, self._terms_of)
        _remember(conversation, self._turn(question, answer, reading))
        return answer

    def _read(self, text: str, intent: Intent, previous: Turn | None) -> Reading:
        if intent.kind in ("search", "directory"):
            return read_in_context(text, previous, self.models.followup)
        return Reading(text, {}, text, False)

    def _answer(self, question: str, intent: Intent, reading: Reading, top: int) -> Answer:
        handlers: dict[str, Callable[[], list]] = {
            "section": lambda: lookups.section_chunks(self.catalog, intent.argument),
            "glossary": lambda: lookups.glossary_chunks(self.catalog, intent.argument),
            "grading": lambda: lookups.grading_chunks(self.catalog, intent.argument),
        }
        if intent.kind in handlers:
            chunks = handlers[intent.kind]()
            if chunks:
                return self._direct(question, reading, chunks, top)
        return self._search(question, reading, top, directory=intent.kind == "directory")

    def _direct(self, question: str, reading: Reading, chunks: list, top: int) -> Answer:
        scored = [(chunk, 1.0) for chunk in chunks]
        return assemble(self.catalog, scored, question=question, understood_as=reading.query,
                        status="answered", top=top)

    def _search(self, question: str, reading: Reading, top: int, directory: bool = False) -> Answer:
        result: SearchResult = self.index.search(reading.query, top=CANDIDATES)
        if not result.query.terms:
            return invalid_answer(question, ONLY_SMALL_WORDS)
        understood = self._understood(result, reading)
        expansions = [*result.query.expansions, *result.query.repairs.values()]
        common = {"question": question, "understood_as": understood, "expansions": expansions, "top": top}
        own = set(self.index.analyze(question).terms) if reading.followup else None
        neighbours = (self.models.memory or shipped_memory()).neighbours(result.query.weights, question)
        signals = question_signals(question, reading.facets, reading.focus, directory, result.query.weights, own,
                                   self.models.associations or shipped_associations(), self.index.term_set,
                                   neighbours)
        hits, scores, rows = rank(result.hits, signals, self.models.ranker)
        asking = asking_sentence(question)
        ask_terms = set(self.index.analyze(asking).terms) if asking else None
        verdict = judge(result.query, hits, scores, reading.followup, reads_as_nynorsk(_words(question)),
                        self.models.coverage, ask_terms, neighbours)
        if self.observer is not None:
            self.observer(Observation(question, hits, scores, rows, verdict, result.query.weights, neighbours))
        answer = self._verdict_answer(verdict, relative_scores(hits, scores), hits, result, reading, common)
        answer.coverage = verdict.probability
        return answer

    def _verdict_answer(self, verdict: Verdict, scored, hits, result: SearchResult, reading: Reading,
                        common: dict) -> Answer:
        if verdict.status == "not_covered":
            message = honesty.not_covered_message(verdict.missing)
            nearest = mentioning_first(scored, hits, result.query.related_terms)
            return assemble(self.catalog, nearest, status="not_covered", message=message, **common)
        if verdict.status == "partial":
            message = honesty.partial_message(verdict.missing, scored[0][0].section_title)
            return assemble(self.catalog, scored, status="partial", message=message, **common)
        scored = clarify.general_first(scored, reading.facets)
        choices = clarify.substance_choices(scored, reading.facets, self.catalog)
        if choices:
            return assemble(self.catalog, scored, status="clarify", message=clarify.clarify_message(choices),
                            choices=clarify.choice_questions(choices), **common)
        return assemble(self.catalog, scored, status="answered", **common)

    @staticmethod
    def _understood(result: SearchResult, reading: Reading) -> str:
        tokens = list(dict.fromkeys(result.query.tokens)) or [reading.query]
        return " ".join(tokens)

    @staticmethod
    def _turn(question: str, answer: Answer, reading: Reading) -> Turn:
        return Turn(
            question=question,
            understood_as=answer.understood_as,
            topic_terms=reading.topic.split(),
            facets=facets_as_strings(reading.facets),
            status=answer.status,
        )

    def toc(self) -> list[Section]:
        """The guideline's sections in document order."""
        return [s for s in self.corpus.sections if s.source_id == GUIDELINE]

    def section_view(self, number: str) -> SectionView | None:
        """One guideline section with its own recommendations and prose."""
        section = next((s for s in self.toc() if s.number == number), None)
        if section is None:
            return None
        recs = [r for r in self.corpus.recommendations if r.section == number]
        passages = [p for p in self.corpus.passages if p.source_id == GUIDELINE and p.section == number]
        return SectionView(section, recs, passages)

    def glossary(self) -> list[GlossaryTerm]:
        """Abbreviations, defined terms, grades and strength words."""
        return list(self.corpus.glossary)

    def directory(self) -> list[DirectoryEntry]:
        """Detox units and prison health services of the appendix."""
        return list(self.corpus.directory)

    def learning_route(self) -> list[RoutePage]:
        """The onboarding route through the guideline, each step with its verbatim, cited text."""
        return route_pages(self.corpus)


def _words(text: str) -> list[str]:
    return [word.strip("?!.,:;()«»\"'").lower() for word in text.split()]


def create_assistant(on_notice: Callable[[str], None] | None = None) -> Assistant:
    """Load (or build) the index and wrap it; raises VeilederError subclasses with a user message."""
    from index import load_index

    return Assistant(load_index(on_notice=on_notice))


def _remember(conversation: Conversation, turn: Turn) -> None:
    conversation.turns.append(turn)
    del conversation.turns[:-KEPT_TURNS]
