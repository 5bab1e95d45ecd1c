"""Run the fitting steps of assistant/learning/fit.py and write assistant/data/*.json."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from assistant.evaluation import Outcome, Question, by_kind, run_assistant
from assistant.learning.dataset import (
    FOLDS, TRAINING_SETS, decision_only_questions, fold_of, set_path, training_questions,
)
from assistant.learning.followup_fit import fit_decision, fit_followup
from assistant.learning.fit import (
    COSTS, Sample, _relevant, choose_thresholds, first_stage_ranker, fit_coverage, fit_ranker, observe,
    zero_model,
)
from assistant.linear import DATA, LinearModel
from assistant.coverage_features import COVERAGE_FEATURES
from assistant.associations import Associations, learn
from assistant.trees import TreeEnsemble
from assistant.memory import Memory, remember
from assistant.service import Assistant, Models, Observation
from assistant.verdict import probability


@dataclass
class Training:
    """The shipped models and the cross-validated outcomes behind them."""

    ranker: TreeEnsemble
    coverage: TreeEnsemble
    associations: Associations
    memory: Memory
    followup: LinearModel
    cv_outcomes: list[Outcome]


@dataclass(frozen=True)
class Variant:
    """What an ablation leaves out (the shipped models leave out nothing)."""

    associations: bool = True
    memory: bool = True
    drop_rank: frozenset[str] = frozenset()
    drop_coverage: frozenset[str] = frozenset()


def train(index, questions: list[Question] | None = None, variant: Variant = Variant()) -> Training:
    """Fit both models on the labelled questions and measure them by grouped CV."""
    given = questions is not None
    questions = questions if given else training_questions()
    conversations = questions if given else questions + decision_only_questions()
    index = _SearchedOnce(index)
    folds = [fold_of(q) for q in questions]
    # The follow-up decision comes first: it decides how every question of a conversation is read.
    followup = fit_followup(conversations)
    decisions = [fit_decision([q for q in conversations if fold_of(q) != k]) for k in range(FOLDS)]
    probe = _asker(index, Models(first_stage_ranker(), _always_answered(), Associations(), Memory(), followup))
    observed = [observe(probe, q) for q in questions]
    seen = [_pairs(index, o, q) for o, q in zip(observed, questions)]
    memory = remember((q.question, o.weights, q.expect) for q, o in zip(questions, observed)
                      if o is not None and variant.memory)
    frequency, units = index.document_frequency(), len(index.chunks)
    learned = [learn([p for p, f in zip(seen, folds) if p and f != k and variant.associations], frequency, units)
               for k in range(FOLDS)]
    plain = [_asker(index, Models(first_stage_ranker(), _always_answered(), a, memory, d))
             for a, d in zip(learned, decisions)]
    samples = [_sample(plain[f], q) for q, f in zip(questions, folds)]
    fit_r = lambda chosen: fit_ranker(chosen, variant.drop_rank)  # noqa: E731
    fit_c = lambda chosen, thresholds=None: fit_coverage(chosen, thresholds, variant.drop_coverage)  # noqa: E731
    rankers = [fit_r([s for s, f in zip(samples, folds) if f != k and s.rank_rows]) for k in range(FOLDS)]
    askers = [_asker(index, Models(r, _always_answered(), a, memory, d))
              for r, a, d in zip(rankers, learned, decisions)]
    for sample, fold in zip(samples, folds):
        sample.coverage_row = _coverage_row(askers[fold], sample)
    coverages = [fit_c([s for s, f in zip(samples, folds) if f != k]) for k in range(FOLDS)]
    oof = [(probability(coverages[f], s.coverage_row), bool(s.question.expect))
           for s, f in zip(samples, folds) if s.coverage_row is not None]
    thresholds = choose_thresholds([p for p, _ in oof], [a for _, a in oof])
    outcomes: list[Outcome] = []
    for k in range(FOLDS):
        model = fit_c([s for s, f in zip(samples, folds) if f != k], thresholds)
        assistant = _asker(index, Models(rankers[k], model, learned[k], memory, decisions[k]))
        outcomes.extend(run_assistant(assistant.ask, [q for q, f in zip(questions, folds) if f == k]))
    ranker = fit_r([s for s in samples if s.rank_rows])
    coverage = fit_c(samples, thresholds)
    summary = _summary(outcomes, questions)
    ranker.extra.update({"trained_on": summary["trained_on"]})
    coverage.extra.update({"costs": COSTS, "cross_validated": summary["cross_validated"],
                           "trained_on": summary["trained_on"]})
    everything = learn([p for p in seen if p and variant.associations], frequency, units)
    return Training(ranker, coverage, everything, memory, followup, outcomes)


def _asker(index, models: Models) -> Assistant:
    """An Assistant for training: the same ranking and verdict as `veileder ask`, without the
    marking of matched list lines (display only, a fifth of the training time)."""
    return Assistant(index, models=models, mark_lines=False)


class _SearchedOnce:
    """The index, each search remembered: training asks every question four times over, and
    the first stage's pool does not depend on the models being fitted (about a quarter of
    the training time)."""

    def __init__(self, index) -> None:
        self._index = index
        self._results: dict = {}

    def search(self, query: str, top: int = 10, kinds: set[str] | None = None):
        key = (query, top, None if kinds is None else frozenset(kinds))
        if key not in self._results:
            self._results[key] = self._index.search(query, top=top, kinds=kinds)
        return self._results[key]

    def __getattr__(self, name: str):
        return getattr(self._index, name)


def _always_answered() -> LinearModel:
    model = zero_model(COVERAGE_FEATURES)
    return LinearModel(model.features, model.mean, model.scale, model.coef, 10.0,
                       {"thresholds": {"not_covered": 0.0, "answered": 0.0}})


def _pairs(index, observation: Observation | None, question: Question) -> tuple[set[str], set[str]] | None:
    """(the question's terms, the terms of up to three units that answer it), for word associations."""
    if observation is None or not question.expect:
        return None
    relevant = [h for h, r in zip(observation.hits, _relevant(observation, question)) if r][:3]
    if not relevant:
        return None
    answer: set[str] = set()
    for hit in relevant:
        answer |= index.term_set(hit.chunk.id)
    return set(observation.weights), answer


def _sample(assistant: Assistant, question: Question) -> Sample:
    observation = observe(assistant, question)
    if observation is None or not question.expect:
        return Sample(question, [], [])
    relevant = _relevant(observation, question)
    return Sample(question, observation.rank_rows if any(relevant) else [], relevant if any(relevant) else [])


def _coverage_row(assistant: Assistant, sample: Sample) -> list[float] | None:
    observation = observe(assistant, sample.question)
    return observation.verdict.row if observation is not None else None


def _summary(outcomes: list[Outcome], questions: list[Question]) -> dict:
    table = by_kind(outcomes)
    overall = table["alle"]
    answerable = [o for o in outcomes if o.answerable]
    unanswerable = [o for o in outcomes if not o.answerable]
    digest = hashlib.sha256()
    for name in TRAINING_SETS:
        if set_path(name).exists():
            digest.update(set_path(name).read_bytes())
    return {
        "trained_on": {"questions": len(questions), "answerable": sum(1 for q in questions if q.expect),
                       "sha256": digest.hexdigest()[:16]},
        "cross_validated": {
            "recall_at_1": overall.r1, "recall_at_3": overall.r3, "mrr": overall.mrr,
            "wrongly_not_covered": round(sum(o.status == "not_covered" for o in answerable) / max(1, len(answerable)), 3),
            "unanswerable_caught": round(sum(o.status == "not_covered" for o in unanswerable) / max(1, len(unanswerable)), 3),
        },
    }


def _texts(training: Training) -> dict[str, str]:
    return {"ranker": training.ranker.to_json(), "coverage": training.coverage.to_json(),
            "associations": training.associations.to_json(), "memory": training.memory.to_json(),
            "followup": training.followup.to_json()}


def write_models(training: Training) -> list[str]:
    """Write assistant/data/ranker.json, coverage.json, associations.json, memory.json and
    followup.json; return their paths."""
    paths = []
    texts = _texts(training)
    for name, text in texts.items():
        path = DATA / f"{name}.json"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def shipped_differs(training: Training, tolerance: float = 1e-4) -> list[str]:
    """The names of the shipped model files that differ from `training` (numbers within `tolerance`)."""
    import json

    texts = _texts(training)
    stale = []
    for name, text in texts.items():
        path = DATA / f"{name}.json"
        try:
            shipped = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            stale.append(path.name)
            continue
        if not _close(shipped, json.loads(text), tolerance):
            stale.append(path.name)
    return stale


def _close(first, second, tolerance: float) -> bool:
    if isinstance(first, dict) and isinstance(second, dict):
        return first.keys() == second.keys() and all(_close(first[k], second[k], tolerance) for k in first)
    if isinstance(first, list) and isinstance(second, list):
        return len(first) == len(second) and all(_close(a, b, tolerance) for a, b in zip(first, second))
    if isinstance(first, float) or isinstance(second, float):
        return isinstance(first, (int, float)) and isinstance(second, (int, float)) and abs(first - second) <= tolerance
    return first == second
