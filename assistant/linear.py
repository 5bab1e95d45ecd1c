"""A linear model over named features: standardise, dot, explain; and where the model files live.

The learned ranker and coverage model are trees (assistant/trees.py); a linear model is
what training starts from (the first stage's order, a verdict that always answers) and
what the model tests build by hand. Answering needs only this and numpy.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import msgspec
import numpy as np

from corpus.errors import VeilederError

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class LinearModel:
    """score(x) = intercept + sum(coef * (x - mean) / scale)."""

    features: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float = 0.0
    extra: dict = field(default_factory=dict)
    """Anything else the file holds (thresholds, training figures)."""

    def scores(self, rows) -> np.ndarray:
        """The linear score of each row of feature values."""
        matrix = np.asarray(rows, dtype=float).reshape(-1, len(self.features))
        return (matrix - self.mean) / self.scale @ self.coef + self.intercept

    def contributions(self, row) -> dict[str, float]:
        """Feature -> its share of the score for one row, largest first (for `index explain`)."""
        values = (np.asarray(row, dtype=float) - self.mean) / self.scale * self.coef
        pairs = sorted(zip(self.features, values.tolist()), key=lambda pair: -abs(pair[1]))
        return {name: round(value, 3) for name, value in pairs}

    def to_json(self) -> str:
        """The file's text: stable key order and rounding, so a rebuild compares equal."""
        payload = {
            "features": list(self.features),
            "mean": _rounded(self.mean),
            "scale": _rounded(self.scale),
            "coef": _rounded(self.coef),
            "intercept": round(float(self.intercept), 6),
            **self.extra,
        }
        return json.dumps(payload, indent=1, ensure_ascii=False, sort_keys=False) + "\n"


def load_linear(name: str, expected: tuple[str, ...]) -> LinearModel:
    """Read assistant/data/<name>.json; VeilederError if it is missing, corrupt or stale."""
    path = DATA / f"{name}.json"
    try:
        raw = msgspec.json.decode(path.read_bytes())
        model = LinearModel(
            features=tuple(raw.pop("features")), mean=np.array(raw.pop("mean"), dtype=float),
            scale=np.array(raw.pop("scale"), dtype=float), coef=np.array(raw.pop("coef"), dtype=float),
            intercept=float(raw.pop("intercept")), extra=raw,
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise VeilederError(
            f"Modellfilen {path} mangler eller er skadet; bygg den med «veileder index train».", repr(exc)
        ) from exc
    if model.features != expected or not len(model.mean) == len(model.scale) == len(model.coef) == len(expected):
        raise VeilederError(
            f"Modellfilen {path} passer ikke til denne versjonen; bygg den med «veileder index train».",
            f"features {model.features} != {expected}",
        )
    return model


def _rounded(values) -> list[float]:
    return [round(float(v), 6) for v in values]
