"""Lazy package exports (PEP 562), shared by the pipeline's packages.

A package lists its public names and the modules that define them; each module is
imported on first use, so importing a package (or a light module inside it, such as
`corpus.errors`) never pays for the heavy parts the caller does not need.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module


def lazy_exports(package: str, exports: dict[str, str]) -> Callable[[str], object]:
    """A module-level `__getattr__` resolving `exports` (name -> defining module)."""

    def __getattr__(name: str) -> object:
        if name not in exports:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(import_module(exports[name]), name)

    return __getattr__
