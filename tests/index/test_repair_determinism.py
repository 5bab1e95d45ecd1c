"""A typo is repaired the same way whichever process built the index.

The lexicon's words arrive as a frozenset, whose iteration order changes with Python's
string hashing from one process to the next; when two words are equally near a typo and
equally frequent, the first in the repair pool wins. A cached index (built by an earlier
process) and a fresh build must therefore order the pool the same way.
"""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
from collections import Counter
from types import SimpleNamespace
from index.typos import repair_typo
from index.vocabulary import _typo_pool
vocab = SimpleNamespace(stop=frozenset(), lexicon_words=frozenset(
    ["mindfulnes", "mindfullness", "mindfulnesss", "avrusning", "avrusninger", "abstinens"]))
pool = _typo_pool(Counter({"avrusning": 3, "abstinens": 2}), vocab)
print(repair_typo("mindfullnes", pool), pool["m"])
"""


def _run(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    return subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True,
                          check=True).stdout


def test_equally_near_and_frequent_words_repair_alike_in_every_process():
    outputs = {_run(seed) for seed in ("1", "2", "3", "4", "5")}
    assert len(outputs) == 1
