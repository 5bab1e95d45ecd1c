"""The shipped tree ensemble scores rows exactly as LightGBM's own prediction would."""

from __future__ import annotations

import json

import numpy as np
import pytest

from assistant.trees import from_lightgbm

lightgbm = pytest.importorskip("lightgbm")


@pytest.fixture(scope="module")
def fitted():
    rng = np.random.default_rng(5)
    rows = rng.random((400, 4))
    rows[:, 3] = rng.integers(0, 2, 400)  # a 0/1 feature, as many of ours are
    target = rows[:, 0] * 2 - rows[:, 1] + rows[:, 3] + rng.normal(0, 0.1, 400)
    booster = lightgbm.train({"objective": "regression", "num_leaves": 7, "verbose": -1, "min_data_in_leaf": 5},
                             lightgbm.Dataset(rows, target), num_boost_round=40)
    return booster, rows


def test_numpy_descent_equals_lightgbm_prediction(fitted):
    booster, rows = fitted
    ensemble = from_lightgbm(booster.dump_model(), ("a", "b", "c", "d"))
    fresh = np.random.default_rng(9).random((50, 4))
    assert ensemble.scores(fresh) == pytest.approx(booster.predict(fresh), abs=1e-9)
    assert ensemble.scores(rows[:30]) == pytest.approx(booster.predict(rows[:30]), abs=1e-9)


def test_explanations_add_up_to_the_score(fitted):
    booster, rows = fitted
    ensemble = from_lightgbm(booster.dump_model(), ("a", "b", "c", "d"))
    roots = float(ensemble.value[:, 0].sum())
    for row in rows[:10]:
        parts = ensemble.contributions(row)
        assert roots + sum(parts.values()) == pytest.approx(float(ensemble.scores([row])[0]), abs=0.01)


def test_a_saved_and_loaded_ensemble_scores_the_same(fitted, tmp_path, monkeypatch):
    booster, rows = fitted
    ensemble = from_lightgbm(booster.dump_model(), ("a", "b", "c", "d"))
    (tmp_path / "tiny.json").write_text(ensemble.to_json(), encoding="utf-8")
    monkeypatch.setattr("assistant.trees.DATA", tmp_path)
    from assistant.trees import load_trees

    loaded = load_trees("tiny", ("a", "b", "c", "d"))
    assert loaded.scores(rows[:20]) == pytest.approx(ensemble.scores(rows[:20]), abs=1e-5)
    assert json.loads(loaded.to_json())["depth"] == ensemble.depth
