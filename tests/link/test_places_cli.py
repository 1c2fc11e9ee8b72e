"""Places through the command line: ``dateline extract --json`` and ``dateline places``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from dateline.cli import app

runner = CliRunner()

BODY = (
    "L'aviation russe a mené mardi plusieurs frappes près de Palmyre, dans la province de "
    "Homs, selon l'armée syrienne."
)
PLACE_KEYS = {
    "text",
    "start",
    "end",
    "name",
    "geonames_id",
    "lat",
    "lon",
    "admin1",
    "country_iso2",
    "precision",
}


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "palmyre.txt"
    path.write_text(f"Frappes russes près de Palmyre\n\n{BODY}\n", "utf-8")
    return path


def _extract(report: Path) -> dict[str, Any]:
    result = runner.invoke(app, ["extract", str(report), "--json"])
    assert result.exit_code == 0, result.stderr
    output: dict[str, Any] = json.loads(result.stdout)
    return output


def test_places_cli_extract_json_has_a_places_list(report: Path) -> None:
    places = _extract(report)["places"]
    assert isinstance(places, list)
    assert places
    assert all(set(place) >= PLACE_KEYS for place in places)


def test_places_cli_extract_json_places_point_into_the_article_text(report: Path) -> None:
    output = _extract(report)
    text = output["article"]["text"]
    places = output["places"]
    assert [place["text"] for place in places] == [text[p["start"] : p["end"]] for p in places]


def test_places_cli_extract_json_resolves_palmyre(report: Path) -> None:
    places = _extract(report)["places"]
    palmyre = [place for place in places if place["text"] == "Palmyre"]
    assert [(p["name"], p["country_iso2"], p["precision"]) for p in palmyre] == [
        ("Tadmur", "SY", "town")
    ]


def test_places_cli_places_prints_the_table(report: Path) -> None:
    result = runner.invoke(app, ["places", str(report)])
    assert result.exit_code == 0, result.stderr
    assert "place mention(s)" in result.stdout
    assert "Tadmur" in result.stdout
    assert "Palmyre" in result.stdout


def test_places_cli_places_of_a_missing_file_fails(tmp_path: Path) -> None:
    result = runner.invoke(app, ["places", str(tmp_path / "absent.txt")])
    assert result.exit_code == 1
