"""The individual measurements behind `python -m benchmarks`."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import msgspec
import numpy as np

from benchmarks.questions import DEV_SET, OWN_SET, load_questions, query_text

ROOT = Path(__file__).resolve().parent.parent
Row = tuple[str, str]
COLD_QUESTION = "Hvor lenge varer abstinensene etter heroin?"
# VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent into a child process.
_BUILD_MEMORY = (
    "import re;from corpus import load_corpus;from index import build_index;c=load_corpus();"
    "r=lambda k:int(re.search(k+r':\\s+(\\d+)',open('/proc/self/status').read()).group(1))/1024;"
    "b=r('VmRSS');build_index(c);print(b,r('VmHWM'))"
)


def ms(seconds: float) -> str:
    """Format seconds as milliseconds."""
    return f"{seconds * 1000:.1f} ms"


def corpus_load_times() -> list[Row]:
    """Parsing the sources in a fresh process."""
    parse = _run_python("import time;t=time.perf_counter();from corpus import load_corpus;"
                        "load_corpus();print(time.perf_counter()-t)")
    return [("corpus: import + parse (fresh process)", ms(float(parse)))]


def index_build_and_load(corpus) -> tuple[object, list[Row]]:
    """Build time (with peak memory), file size, and load time (checksum verified) of the index."""
    from index import build_index
    from index.store import INDEX_FILE, read_index, save_index

    start = time.perf_counter()
    index = build_index(corpus)
    build = time.perf_counter() - start
    warm_build = _best_of(1, lambda: build_index(corpus))
    before, after = map(float, _run_python(_BUILD_MEMORY).split())
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / INDEX_FILE
        save_index(index, path)
        size = path.stat().st_size
        load = _best_of(3, lambda: read_index(path))
    dumped = msgspec.to_builtins(corpus)
    corpus_load = _best_of(3, lambda: msgspec.convert(dumped, type(corpus)))
    return index, [
        ("index build, first in process (loads spaCy stop words, simplemma)", ms(build)),
        ("index build, warm", ms(warm_build)),
        ("index build: peak RSS growth / peak RSS (fresh process)", f"{after - before:.0f} MiB / {after:.0f} MiB"),
        ("index file size", f"{size / 2**20:.1f} MiB"),
        ("index load (SHA-256 checked JSON + arrays, warm process)", ms(load)),
        ("  of which building the corpus records (msgspec)", ms(corpus_load)),
        ("chunks", str(len(corpus.chunks))),
    ]


def latency_table(corpus, index, factors: tuple[int, ...]) -> list[Row]:
    """p50/p95 per question of Index.search and of the whole answer path, Assistant.ask
    (search, learned ranking, coverage verdict, assembly), on the real corpus replicated."""
    from assistant import Assistant, Conversation
    from index import build_index

    queries = [query_text(q) for q in load_questions(DEV_SET) + load_questions(OWN_SET)]
    rows = []
    for factor in factors:
        replicated = index if factor == 1 else build_index(_replicate(corpus, factor))
        size = f"x{factor} ({len(replicated.chunks)} chunks)"
        rows.append((f"Index.search latency {size} p50 / p95",
                     _percentiles(lambda q: replicated.search(q, top=5), queries)))
        assistant = Assistant(replicated)
        rows.append((f"Assistant.ask latency {size} p50 / p95",
                     _percentiles(lambda q: assistant.ask(q, Conversation()), queries)))
    return rows


def _percentiles(action, queries: list[str]) -> str:
    for query in queries:  # first use loads models and tables
        action(query)
    times = []
    for query in queries * 3:
        start = time.perf_counter()
        action(query)
        times.append(time.perf_counter() - start)
    p50, p95 = np.percentile(times, [50, 95])
    return f"{ms(p50)} / {ms(p95)}"


def cold_query() -> list[Row]:
    """A fresh process: import index, load the cached index, answer one question."""
    code = (
        "import time;t=time.perf_counter();from index import load_index;i=time.perf_counter();"
        "x=load_index();l=time.perf_counter();x.search(%r);q=time.perf_counter();"
        "import re;m=re.search(r'VmHWM:\\s+(\\d+)',open('/proc/self/status').read()).group(1);"
        "print(i-t,l-i,q-l,q-t,int(m)/1024)" % COLD_QUESTION
    )
    _run_python(code)  # make sure the cache is built
    imp, load, query, total, peak = map(float, _run_python(code).split())
    return [
        ("cold: import index", ms(imp)),
        ("cold: load_index (cached)", ms(load)),
        ("cold: first search", ms(query)),
        ("cold: total in-process", ms(total)),
        ("cold: peak RSS of the query process", f"{peak:.0f} MiB"),
    ]


def peak_rss_mib() -> float:
    """Peak resident memory of this process (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _replicate(corpus, factor: int):
    chunks = [
        replace(chunk, id=f"{chunk.id}#{copy}", order=copy * len(corpus.chunks) + chunk.order)
        for copy in range(factor)
        for chunk in corpus.chunks
    ]
    return replace(corpus, chunks=chunks)


def _best_of(times: int, action) -> float:
    best = float("inf")
    for _ in range(times):
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    return best


def _run_python(code: str) -> str:
    env = dict(os.environ)
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=True)
    return done.stdout.strip().splitlines()[-1]
