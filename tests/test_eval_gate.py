"""Scores on the project's own dev sets must not regress below ``eval/baseline.json``."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
BASELINE = json.loads((ROOT / "eval" / "baseline.json").read_text(encoding="utf-8"))


def _load_eval(name: str) -> Any:
    spec = importlib.util.spec_from_file_location(name, ROOT / "eval" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# The geoparsing sets with floors: the tuned set and the two written blind.
GEOPARSE_SETS = [name for name in BASELINE if name.startswith("geoparse-")]


@pytest.fixture(scope="module")
def geoparse_scores() -> dict[str, dict[str, Any]]:
    geoparse = _load_eval("geoparse")
    scores = {}
    for name in GEOPARSE_SETS:
        results: dict[str, Any] = geoparse.evaluate(geoparse.GATED_SETS[name])
        scores[name] = {"all": results["all"], **results["by_lang"]}
    return scores


@pytest.mark.parametrize(
    ("dataset", "group", "metric", "floor"),
    [
        (dataset, group, metric, floor)
        for dataset in GEOPARSE_SETS
        for group, floors in BASELINE[dataset].items()
        for metric, floor in floors.items()
    ],
)
def test_eval_gate_geoparse_holds_its_floor(
    geoparse_scores: dict[str, dict[str, Any]], dataset: str, group: str, metric: str, floor: float
) -> None:
    assert geoparse_scores[dataset][group][metric] >= floor


EVENT_SETS = [name for name in BASELINE if name.startswith("events-")]


@pytest.fixture(scope="module")
def event_scores() -> dict[str, dict[str, Any]]:
    events = _load_eval("events")
    return {
        name: events.evaluate([path for path in paths if path.exists()])
        for name, paths in (
            ("events-dev", events.DEFAULT_SETS),
            ("events-dev2", events.DEV2_SETS),
            ("events-dev3", events.DEV3_SETS),
            ("events-dev4", events.DEV4_SETS),
            ("events-dev5", events.DEV5_SETS),
            ("events-dev6", events.DEV6_SETS),
            ("events-dev7", events.DEV7_SETS),
            ("events-dev8", events.DEV8_SETS),
            ("events-dev9", events.DEV9_SETS),
        )
    }


@pytest.mark.parametrize(
    ("dataset", "group", "metric", "floor"),
    [
        (dataset, group, metric, floor)
        for dataset in EVENT_SETS
        for group, floors in BASELINE[dataset].items()
        for metric, floor in floors.items()
    ],
)
def test_eval_gate_events_hold_their_floor(
    event_scores: dict[str, dict[str, Any]], dataset: str, group: str, metric: str, floor: float
) -> None:
    assert event_scores[dataset][group][metric] >= floor
