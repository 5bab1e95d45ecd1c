"""The four packages keep their promises: public names exist, imports stay cheap, layers hold."""

from __future__ import annotations

import importlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ["corpus", "index", "assistant", "tui"]
HEAVY = ["textual", "spacy", "simplemma", "pydantic"]


@pytest.mark.parametrize("name", PACKAGES)
def test_every_name_in_all_exists(name):
    package = importlib.import_module(name)
    assert package.__all__, f"{name} declares no public names"
    missing = [attribute for attribute in package.__all__ if not hasattr(package, attribute)]
    assert missing == []
    assert len(set(package.__all__)) == len(package.__all__)


def _modules_after(code: str) -> set[str]:
    probe = f"import sys, json\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True,
                          timeout=60, env=os.environ.copy())
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stdout.splitlines()[-1]))


@pytest.mark.parametrize("code", ["import assistant", "import index", "import corpus",
                                  "from assistant.cli import build_parser; build_parser()"])
def test_importing_the_query_path_loads_no_heavy_package(code):
    loaded = _modules_after(code)
    heavy = sorted(name for name in loaded if name.split(".")[0] in HEAVY)
    assert heavy == [], f"`{code}` loaded {heavy[:5]}"


def test_import_linter_contract_holds():
    lint = Path(sys.executable).parent / "lint-imports"
    if not lint.exists():
        lint = shutil.which("lint-imports")
    if not lint:
        pytest.skip("lint-imports (import-linter) is not installed in this environment")
    done = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-1000:]
    assert "1 kept, 0 broken" in done.stdout
