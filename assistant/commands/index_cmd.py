"""`veileder index build|info|explain|train`: the persisted search index and the learned models."""

from __future__ import annotations

import argparse
import sys
import time


def register(sub: argparse._SubParsersAction) -> None:
    """Add `index` and its subcommands."""
    parser = sub.add_parser("index", help="søkeindeksen")
    index_sub = parser.add_subparsers(dest="index_command", metavar="KOMMANDO", required=True)
    index_sub.add_parser("build", help="bygg indeksen på nytt").set_defaults(handler=run_build)
    index_sub.add_parser("info", help="vis hva indeksen er bygd av").set_defaults(handler=run_info)
    explain = index_sub.add_parser("explain", help="vis hvordan et spørsmål analyseres")
    explain.add_argument("question")
    explain.add_argument("--after", metavar="SPØRSMÅL", help="still spørsmålet rett etter dette (oppfølgingsvalget)")
    explain.set_defaults(handler=run_explain)
    train = index_sub.add_parser("train", help="lær rangering og dekningsmodell av de merkede spørsmålene")
    train.add_argument("--check", action="store_true", help="bare sjekk at de lagrede modellene er oppdatert")
    train.add_argument("--ablation", action="store_true", help="mål også hva hver regel og funksjonsgruppe tilfører")
    train.set_defaults(handler=run_train)


def _notice(text: str) -> None:
    print(f"veileder: {text}", file=sys.stderr)


def run_build(args: argparse.Namespace) -> int:
    """Rebuild the index from the sources and store it."""
    from index import load_index

    started = time.perf_counter()
    index = load_index(rebuild=True, on_notice=_notice)
    print(f"Bygde indeksen: {len(index.chunks)} biter på {time.perf_counter() - started:.2f} s.")
    print(f"Lagret i {index.path}")
    return 0


def run_info(args: argparse.Namespace) -> int:
    """Print the index manifest and where it is stored."""
    from index import load_index

    index = load_index(on_notice=_notice)
    manifest = index.manifest
    print(f"Fil: {index.path}")
    print(f"Biter: {manifest.chunk_count}")
    print(f"Bygd: {manifest.built_at}")
    print(f"Analysator: {manifest.analyser_version}")
    print(f"Kilder (fingeravtrykk): {manifest.corpus_fingerprint[:16]}")
    print(f"Leksikon (fingeravtrykk): {manifest.lexicon_fingerprint[:16]}")
    return 0


def run_explain(args: argparse.Namespace) -> int:
    """Print the analysis, the learned ranking and the coverage verdict of a question."""
    from assistant.commands.explain_cmd import explain

    return explain(args.question, _notice, args.after)


def run_train(args: argparse.Namespace) -> int:
    """Fit the ranker, the word associations and the coverage model; print the CV figures."""
    from assistant.commands.train_cmd import train_command

    return train_command(args, _notice)
