"""A boosted tree ensemble read from a small JSON file, evaluated with numpy.

The ranker is fitted with LightGBM's lambdarank (assistant/learning, a dev dependency);
answering needs only these arrays: every tree is a flat table of nodes (feature,
threshold, left, right, value), and all trees descend together, one level per step.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import msgspec
import numpy as np

from corpus.errors import VeilederError

from assistant.linear import DATA

LEAF = -1
"""`feature` of a leaf node."""


@dataclass(frozen=True)
class TreeEnsemble:
    """Sum of trees; node arrays have shape (trees, nodes), padded with leaves."""

    features: tuple[str, ...]
    feature: np.ndarray
    threshold: np.ndarray
    left: np.ndarray
    right: np.ndarray
    value: np.ndarray
    """A leaf's output; for an inner node the mean output below it (for explanations)."""
    depth: int
    extra: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        # The node tables as flat arrays with absolute child positions, a leaf (and any
        # padding) pointing at itself with an infinite threshold: a descent step is then
        # four gathers and no branch on "is this a leaf".
        trees, width = self.feature.shape
        base = np.arange(trees)[:, None] * width
        leaf = self.feature == LEAF
        itself = np.broadcast_to(np.arange(width), self.feature.shape)
        object.__setattr__(self, "_flat", (
            np.where(leaf, 0, self.feature).ravel(),
            np.where(leaf, np.inf, self.threshold).ravel(),
            (np.where(leaf, itself, self.left) + base).ravel(),
            (np.where(leaf, itself, self.right) + base).ravel(),
            self.value.ravel(),
            base.ravel(),
        ))

    def scores(self, rows) -> np.ndarray:
        """The ensemble's score of each row of feature values."""
        matrix = np.asarray(rows, dtype=float).reshape(-1, len(self.features))
        feature, threshold, left, right, value, roots = self._flat
        offsets = (np.arange(matrix.shape[0]) * matrix.shape[1])[:, None]
        flat = matrix.ravel()
        node = np.repeat(roots[None, :], matrix.shape[0], axis=0)
        for _ in range(self.depth):
            go_left = flat.take(offsets + feature.take(node)) <= threshold.take(node)
            node = np.where(go_left, left.take(node), right.take(node))
        return value.take(node).sum(axis=1)

    def contributions(self, row) -> dict[str, float]:
        """Feature -> how much its splits moved this row's score (Saabas attribution), largest first."""
        x = np.asarray(row, dtype=float)
        found = dict.fromkeys(self.features, 0.0)
        for tree in range(self.feature.shape[0]):
            node = 0
            while self.feature[tree, node] != LEAF:
                index = int(self.feature[tree, node])
                child = self.left[tree, node] if x[index] <= self.threshold[tree, node] else self.right[tree, node]
                found[self.features[index]] += float(self.value[tree, child] - self.value[tree, node])
                node = int(child)
        pairs = sorted(found.items(), key=lambda pair: -abs(pair[1]))
        return {name: round(value, 3) for name, value in pairs if value}

    def to_json(self) -> str:
        """The file's text: stable order and rounding, so a rebuild compares equal."""
        payload = {
            "features": list(self.features),
            "depth": self.depth,
            "feature": self.feature.tolist(),
            "threshold": np.round(self.threshold, 6).tolist(),
            "left": self.left.tolist(),
            "right": self.right.tolist(),
            "value": np.round(self.value, 6).tolist(),
            **self.extra,
        }
        return json.dumps(payload, ensure_ascii=False, separators=(",", ":")) + "\n"


def from_lightgbm(dump: dict, features: tuple[str, ...], extra: dict | None = None) -> TreeEnsemble:
    """Flatten LightGBM's `dump_model()` into node tables."""
    tables = [_flatten(tree["tree_structure"]) for tree in dump["tree_info"]]
    width = max(len(nodes) for nodes in tables)
    shape = (len(tables), width)
    feature = np.full(shape, LEAF, dtype=np.int64)
    threshold = np.zeros(shape)
    left = np.zeros(shape, dtype=np.int64)
    right = np.zeros(shape, dtype=np.int64)
    value = np.zeros(shape)
    depth = 0
    for t, nodes in enumerate(tables):
        for n, (f, thr, lo, hi, val, level) in enumerate(nodes):
            feature[t, n], threshold[t, n], left[t, n], right[t, n], value[t, n] = f, thr, lo, hi, val
            depth = max(depth, level)
    return TreeEnsemble(features, feature, threshold, left, right, value, depth, extra or {})


def _flatten(root: dict) -> list[tuple]:
    """Nodes in breadth-first order: (feature, threshold, left, right, value, depth)."""
    nodes: list[list] = []
    queue = [(root, 0)]
    while queue:
        node, level = queue.pop(0)
        position = len(nodes)
        if "leaf_value" in node:
            nodes.append([LEAF, 0.0, position, position, float(node["leaf_value"]), level])
            continue
        if node.get("decision_type", "<=") != "<=":
            raise ValueError(f"unsupported split {node.get('decision_type')}")
        nodes.append([int(node["split_feature"]), float(node["threshold"]), 0, 0, float(node["internal_value"]), level])
        queue.append((node["left_child"], level + 1))
        nodes[position][2] = position + len(queue)
        queue.append((node["right_child"], level + 1))
        nodes[position][3] = position + len(queue)
    return [tuple(node) for node in nodes]


def load_trees(name: str, expected: tuple[str, ...]) -> TreeEnsemble:
    """Read assistant/data/<name>.json; VeilederError if it is missing, corrupt or stale."""
    path = DATA / f"{name}.json"
    try:
        raw = msgspec.json.decode(path.read_bytes())
        model = TreeEnsemble(
            features=tuple(raw.pop("features")), depth=int(raw.pop("depth")),
            feature=np.array(raw.pop("feature"), dtype=np.int64), threshold=np.array(raw.pop("threshold"), dtype=float),
            left=np.array(raw.pop("left"), dtype=np.int64), right=np.array(raw.pop("right"), dtype=np.int64),
            value=np.array(raw.pop("value"), dtype=float), extra=raw,
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise VeilederError(
            f"Modellfilen {path} mangler eller er skadet; bygg den med «veileder index train».", repr(exc)
        ) from exc
    if model.features != expected or model.feature.shape != model.value.shape:
        raise VeilederError(
            f"Modellfilen {path} passer ikke til denne versjonen; bygg den med «veileder index train».",
            f"features {model.features} != {expected}",
        )
    return model
