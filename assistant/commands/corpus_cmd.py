"""`veileder corpus stats|show|recs`: look at what the parser made of the sources."""

from __future__ import annotations

import argparse
import json
import sys

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from corpus import Corpus


def load_corpus():
    """The parsed corpus; imported here so other subcommands never pay for the parsers."""
    from corpus import load_corpus as load

    return load()

KIND_LABELS = {
    "sections": "avsnitt",
    "recommendations": "anbefalinger",
    "passages": "tekstavsnitt",
    "evidence": "evidensrader",
    "table_rows": "tabellrader",
    "directory": "adresseoppføringer",
    "glossary": "ordliste",
    "warnings": "advarsler",
}


def register(sub: argparse._SubParsersAction) -> None:
    """Add `corpus` and its subcommands."""
    parser = sub.add_parser("corpus", help="se hva kildene inneholder")
    corpus_sub = parser.add_subparsers(dest="corpus_command", metavar="KOMMANDO", required=True)
    stats = corpus_sub.add_parser("stats", help="antall per kilde og type, graderinger, avsnitt")
    stats.add_argument("--warnings", action="store_true", help="vis alle steder parseren var usikker")
    stats.set_defaults(handler=run_stats)
    show = corpus_sub.add_parser("show", help="vis et avsnitt med anbefalingene")
    show.add_argument("section", help='avsnittsnummer, f.eks. "8.4.3" eller "12"')
    show.set_defaults(handler=run_show)
    recs = corpus_sub.add_parser("recs", help="list alle anbefalinger")
    recs.add_argument("--json", action="store_true", help="ett JSON-objekt per linje")
    recs.set_defaults(handler=run_recs)


def run_stats(args: argparse.Namespace) -> int:
    """Print counts per source and kind, grades, strengths and sections."""
    from corpus.stats import (
        chapter_overview,
        grade_counts,
        kind_counts,
        recommendations_per_chapter,
        strength_counts,
    )

    corpus = load_corpus()
    counts = kind_counts(corpus)
    for source in corpus.sources:
        parts = ", ".join(_counted(n, k) for k, n in sorted(counts[source.id].items()))
        print(f"{source.file}  {source.short_title}: {parts}")
    print(f"\nAnbefalinger i alt: {len(corpus.recommendations)}")
    print("Gradering: " + _fmt(grade_counts(corpus)))
    print("Styrke: " + _fmt(strength_counts(corpus)))
    print("Per kapittel: " + _fmt(recommendations_per_chapter(corpus), numeric=True))
    print(f"Biter i søkeindeksen: {len(corpus.chunks)}")
    print("\nRetningslinjens kapitler (avsnitt, anbefalinger):")
    for chapter, title, sections, recs in chapter_overview(corpus):
        print(f"  {chapter:>3} {title[:60]:<60} {sections:>3} {recs:>3}")
    print(f"Advarsler: {len(corpus.warnings)}" + ("" if args.warnings else " (vis med --warnings)"))
    if args.warnings:
        _print_warnings(corpus)
    return 0


def _counted(number: int, kind: str) -> str:
    label = "advarsel" if kind == "warnings" and number == 1 else KIND_LABELS[kind]
    return f"{number} {label}"


def _fmt(counter, numeric: bool = False) -> str:
    key = (lambda k: [int(p) if p.isdigit() else p for p in str(k).split(".")]) if numeric else str
    return ", ".join(f"{k}: {counter[k]}" for k in sorted(counter, key=key))


def _print_warnings(corpus: "Corpus") -> None:
    for warning in corpus.warnings:
        where = f"{warning.file}:{warning.line}" if warning.line else warning.file
        snippet = f"  «{warning.text.strip()[:80]}»" if warning.text.strip() else ""
        print(f"{where}: {warning.message}{snippet}")


def run_show(args: argparse.Namespace) -> int:
    """Print one guideline section with its recommendations."""
    corpus = load_corpus()
    number = args.section.strip().rstrip(".")
    section = next((s for s in corpus.sections if s.source_id == "003" and s.number == number), None)
    if section is None:
        print(f"veileder: fant ikke avsnitt {number} i retningslinjen", file=sys.stderr)
        return 2
    print(f"{section.number} {section.title}  (linje {section.span.start}–{section.span.end})")
    for sub in _subsections(corpus, number):
        print(f"  {sub.number} {sub.title}")
    for rec in _recs_under(corpus, number):
        grade = f"gradering {rec.grade}" if rec.grade else "uten gradering"
        print(f"\n[{rec.section} anbefaling {rec.number}, {grade}]\n{rec.text}")
    return 0


def _subsections(corpus: "Corpus", number: str):
    return [s for s in corpus.sections if s.source_id == "003" and s.parent == number]


def _recs_under(corpus: "Corpus", number: str):
    return [r for r in corpus.recommendations if r.section == number or r.section.startswith(number + ".")]


def run_recs(args: argparse.Namespace) -> int:
    """Print every recommendation, as text or one JSON object per line."""
    corpus = load_corpus()
    file_of = {source.id: source.file for source in corpus.sources}
    for rec in corpus.recommendations:
        row = {
            "file": file_of[rec.source_id],
            "section": rec.section,
            "section_title": rec.section_title,
            "rec": rec.number,
            "list": rec.list_index,
            "grade": rec.grade,
            "strength": rec.strength,
            "page": rec.page,
            "text": rec.text,
        }
        if args.json:
            print(json.dumps(row, ensure_ascii=False))
        else:
            print(f"{rec.section} #{rec.number} [{rec.grade or '–'}] {rec.text.splitlines()[0][:90]}")
    return 0
