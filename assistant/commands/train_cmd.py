"""`veileder index train`: fit the learned models from tests/data and write assistant/data."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from corpus.errors import VeilederError


def train_command(args: argparse.Namespace, notice: Callable[[str], None]) -> int:
    """Train (or with --check, compare with what is shipped); print the cross-validated figures."""
    try:
        from assistant.learning.train import shipped_differs, train, write_models
    except ImportError as exc:
        raise VeilederError("Trening trenger scikit-learn: pip install -e '.[dev]'", repr(exc)) from exc
    from assistant.evaluation import by_kind
    from index import load_index

    index = load_index(on_notice=notice)
    training = train(index)
    print("Kryssvalidert (5 grupperte fold, aldri den frosne delen):")
    print(f"{'type':18} {'n':>4} {'R@1':>6} {'R@3':>6} {'MRR':>6}")
    for kind, scores in by_kind(training.cv_outcomes).items():
        print(f"{kind:18} {scores.n:4} {scores.r1:6.3f} {scores.r3:6.3f} {scores.mrr:6.3f}")
    figures = training.coverage.extra["cross_validated"]
    print(f"Svarbare feilaktig «ikke dekket»: {figures['wrongly_not_covered']:.1%}; "
          f"ubesvarbare fanget: {figures['unanswerable_caught']:.1%}")
    if args.ablation:
        from assistant.learning.ablation import print_ablation

        print_ablation(index)
    if args.check:
        stale = shipped_differs(training)
        if stale:
            print(f"Utdatert: {', '.join(stale)}; kjør «veileder index train».")
            return 1
        print("De lagrede modellene er oppdatert.")
        return 0
    for path in write_models(training):
        print(f"Skrev {path}")
    return 0
