"""`veileder index build|info|explain`: the persisted search index."""

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
    explain.set_defaults(handler=run_explain)


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
    """Print tokens, lemmas, splits, repairs and expansions of a question."""
    from index import load_index

    index = load_index(on_notice=_notice)
    result = index.search(args.question, top=5)
    analyzed = result.query
    print(f"Spørsmål: {analyzed.text}")
    print(f"Ord: {' '.join(analyzed.tokens) or '–'}")
    print("Grunnformer: " + (", ".join(f"{k}→{v}" for k, v in analyzed.lemmas.items() if k != v) or "–"))
    print("Sammensetninger: " + (", ".join(f"{k}→{'+'.join(v)}" for k, v in analyzed.splits.items()) or "–"))
    print("Rettede skrivefeil: " + (", ".join(f"{k}→{v}" for k, v in analyzed.repairs.items()) or "–"))
    print(f"Utvidet med: {', '.join(analyzed.expansions) or '–'}")
    print(f"Ukjente ord: {', '.join(analyzed.unknown) or '–'}")
    related = ", ".join(analyzed.related)
    if related:
        related += f" (søkt som {', '.join(analyzed.related_terms)})"
    print(f"Beslektet, men ikke omtalt i kildene: {related or '–'}")
    print(f"Sammensetninger kildene ikke bruker: {', '.join(analyzed.unfamiliar_compounds) or '–'}")
    print(f"Søkeord: {' '.join(analyzed.terms) or '–'}")
    for rank, hit in enumerate(result.hits, start=1):
        chunk = hit.chunk
        label = f"{chunk.section} anbefaling {chunk.rec}" if chunk.rec else f"{chunk.section or ''} ({chunk.kind})"
        strongest = sorted(hit.matched.items(), key=lambda pair: -pair[1])[:4]
        terms = ", ".join(f"{term} {share:.1f}" for term, share in strongest)
        print(f"{rank}. {label}  poeng {hit.score:.2f} (BM25 {hit.bm25:.2f}; {terms})")
    return 0
