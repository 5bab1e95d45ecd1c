"""`veileder eval QUESTIONS.jsonl ...`: Recall@1, Recall@3 and MRR per kind, beside a naive baseline."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.evaluation import Scores


def register(sub: argparse._SubParsersAction) -> None:
    """Add `eval`."""
    parser = sub.add_parser("eval", help="mål treffsikkerheten på et spørsmålssett")
    parser.add_argument("files", nargs="+", type=Path, metavar="SPØRSMÅL.jsonl")
    parser.add_argument("--no-baseline", action="store_true", help="hopp over den naive sammenligningen")
    parser.add_argument("--misses", action="store_true", help="list spørsmål som ikke traff topp 3")
    parser.add_argument("--json", action="store_true", help="tallene som JSON")
    parser.set_defaults(handler=run_eval)


def run_eval(args: argparse.Namespace) -> int:
    """Score each file through the same path as `veileder ask`."""
    from assistant.evaluation import by_kind, read_questions, run_assistant, verdict_shares
    from assistant.service import create_assistant

    assistant = create_assistant()
    report = {}
    for path in args.files:
        questions = read_questions(path)
        outcomes = run_assistant(lambda q, c: assistant.ask(q, c), questions)
        naive = None if args.no_baseline else _baseline(assistant.corpus, questions)
        report[str(path)] = (by_kind(outcomes), naive, verdict_shares(outcomes))
    if args.json:
        print(json.dumps({p: {k: vars(s) for k, s in ours.items()} for p, (ours, _n, _v) in report.items()}))
        return 0
    for path, (ours, naive, shares) in report.items():
        _print_table(path, ours, naive, args.misses)
        wrong, answerable, caught, unanswerable = shares
        print(f"Svarbare spørsmål feilaktig kalt «ikke dekket»: {wrong} av {answerable} "
              f"({wrong / max(1, answerable):.1%}); ubesvarbare fanget: {caught} av {unanswerable} "
              f"({caught / max(1, unanswerable):.1%})")
    return 0


def _baseline(corpus, questions):
    from assistant.baseline_eval import run_baseline
    from assistant.evaluation import by_kind
    from index.baseline import naive_search

    return by_kind(run_baseline(naive_search, corpus, questions))


def _print_table(path: str, ours: dict[str, "Scores"], naive: dict[str, "Scores"] | None, misses: bool) -> None:
    print(f"\n{path}")
    print(f"{'type':<18}{'n':>4}  {'R@1':>6}{'R@3':>6}{'MRR':>6}   {'naiv R@1':>9}{'R@3':>6}{'MRR':>6}")
    for kind, scores in ours.items():
        base = naive.get(kind) if naive else None
        cols = f"{base.r1:>9.2f}{base.r3:>6.2f}{base.mrr:>6.2f}" if base else ""
        print(f"{kind:<18}{scores.n:>4}  {scores.r1:>6.2f}{scores.r3:>6.2f}{scores.mrr:>6.2f}   {cols}")
    everything = ours["alle"]
    if misses:
        print("Bommet (ikke i topp 3): " + ", ".join(everything.misses))
