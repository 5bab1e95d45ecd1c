"""The query path stays light: no spaCy, no simplemma dictionary, for a cold `veileder ask`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import index
from corpus.errors import VeilederError
from index.general_words import ensure_general_words
from index.store import INDEX_FILE, save_index

ROOT = Path(__file__).resolve().parents[2]

QUERY_IN_FRESH_PROCESS = """
import sys
from pathlib import Path
from index.store import read_index
index = read_index(Path(sys.argv[1]))
hits = index.search("abstinnes kramper etter siste drink hos alkoholavhengige").hits
print(hits[0].chunk.id)
print(",".join(m for m in ("spacy", "simplemma", "rank_bm25") if m in sys.modules))
"""


def test_loading_and_searching_imports_neither_spacy_nor_simplemma(tiny_index, tmp_path):
    path = tmp_path / INDEX_FILE
    save_index(tiny_index, path)
    ensure_general_words()  # built beside the index, as load_index does; building it loads simplemma
    done = subprocess.run([sys.executable, "-c", QUERY_IN_FRESH_PROCESS, str(path)],
                          cwd=ROOT, capture_output=True, text=True, check=True)
    best, heavy = done.stdout.splitlines()
    assert best == "003:8.2.1:p1"
    assert heavy == ""


def test_public_api():
    assert set(index.__all__) == {
        "AnalyzedQuery", "Index", "IndexManifest", "ScoredChunk", "SearchIndexError",
        "SearchResult", "build_index", "cache_directory", "load_index",
    }
    assert issubclass(index.SearchIndexError, VeilederError)


WEIGHTS_IN_FRESH_PROCESS = """
import sys
from pathlib import Path
from index.store import read_index
print(list(read_index(Path(sys.argv[1])).analyze("Hvor bør innsatte som skal avruses i fengsel plasseres?").weights))
"""


def test_a_query_reads_the_same_whatever_the_hash_seed(real_index):
    # Terms reached through word families came out of a set: their order, and with it the
    # last bits of the learned models' features, changed from run to run.
    orders = {
        subprocess.run([sys.executable, "-c", WEIGHTS_IN_FRESH_PROCESS, str(real_index.path)], cwd=ROOT,
                       capture_output=True,
                       text=True, check=True, env=os.environ | {"PYTHONHASHSEED": seed}).stdout
        for seed in ("1", "2", "3", "4")
    }
    assert len(orders) == 1
