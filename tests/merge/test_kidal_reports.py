"""Acceptance: our four Kidal reports, through the whole pipeline, into incidents.

Outlet A (French) and outlet B (English) report one drone strike on Kidal's market with
2 and 3 dead; a third site reprints A under another headline with boilerplate; A later
reports another strike near Kidal nine days on.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.ingest import read_file
from dateline.pipeline import run
from dateline.records import Extraction
from dateline.store import Store

REPORTS = Path(__file__).resolve().parents[2] / "examples" / "mali-kidal-reports.jsonl"
STRIKE_DAY = "2024-03-12"

runner = CliRunner()


@pytest.fixture(scope="module")
def extractions() -> dict[str, Extraction]:
    results = list(run(read_file(REPORTS)))
    assert all(isinstance(result, Extraction) for result in results)
    return {result.article.id: result for result in results if isinstance(result, Extraction)}


def _strike(records: list[dict[str, Any]]) -> dict[str, Any]:
    """The incident of the market strike: the drone strike dated the 12th."""
    found = [
        record
        for record in records
        if record["acled_subtype"] == "Air/drone strike"
        and record["date"]["date_start"] == STRIKE_DAY
    ]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("reverse", [False, True])
def test_kidal_two_outlets_one_event_two_sources(
    extractions: dict[str, Extraction], reverse: bool
) -> None:
    order = sorted(extractions, reverse=reverse)
    with Store(":memory:") as store:
        for name in order:
            assert store.add_extraction(extractions[name])
        strike = _strike(store.events())
        reports = store.events(merged=False)
    assert strike["sources_count"] == 2
    assert sorted(source["article_id"] for source in strike["sources"]) == [
        "journal-du-nord-kidal-drone",
        "sahel-actu-kidal-marche",
        "westafrica-wire-kidal-market",
    ]
    fatalities = strike["conflicts"]["fatalities"]
    assert sorted(item["value"] for item in fatalities) == [2, 3]
    # The representative is one real report, unchanged: the most confident, the first
    # stored among equals (the three reports now all name the Malian army as the doer).
    chosen = next(r for r in reports if r["id"] == strike["id"])
    assert {key: strike[key] for key in chosen if key != "incident_id"} == {
        key: value for key, value in chosen.items() if key != "incident_id"
    }
    members = [r for r in reports if r.get("incident_id") == strike["incident_id"]]
    best = max(float(r["confidence"]) for r in members)
    assert float(chosen["confidence"]) == best
    first = next(
        name
        for name in order
        if any(r["article_id"] == name and float(r["confidence"]) == best for r in members)
    )
    assert chosen["article_id"] == first
    copies = {s["article_id"]: s["duplicate_of"] for s in strike["sources"]}
    original = extractions["sahel-actu-kidal-marche"].article.content_hash
    reprint = extractions["journal-du-nord-kidal-drone"].article.content_hash
    # Whichever of the two was stored first counts as the original (ids sort the
    # reprint, journal-du-nord, first).
    assert {copies["sahel-actu-kidal-marche"], copies["journal-du-nord-kidal-drone"]} == {
        None,
        original if reverse else reprint,
    }


def test_kidal_later_strike_nearby_is_another_event(extractions: dict[str, Extraction]) -> None:
    with Store(":memory:") as store:
        for extraction in extractions.values():
            store.add_extraction(extraction)
        records = store.events()
    later = [r for r in records if r["article_id"] == "sahel-actu-anefis-frappe"]
    assert len(later) == 1
    assert later[0]["sources_count"] == 1
    assert later[0]["date"]["date_start"] == "2024-03-21"
    # Every article-level event is in exactly one incident.
    assert sum(len(record["sources"]) for record in records) == sum(
        len(extraction.events) for extraction in extractions.values()
    )
    for record in records:
        articles = [source["content_hash"] for source in record["sources"]]
        assert len(set(articles)) == len(articles)  # one report per article in an incident


def test_kidal_cli_ingest_events_and_export(tmp_path: Path) -> None:
    db = str(tmp_path / "kidal.duckdb")
    first = runner.invoke(app, ["ingest", str(REPORTS), "--db", db])
    assert first.exit_code == 0, first.stderr
    again = runner.invoke(app, ["ingest", str(REPORTS), "--db", db])
    assert "0 article(s) stored, 4 already stored" in " ".join(again.stderr.split())
    listed = runner.invoke(app, ["events", "--db", db])
    assert listed.exit_code == 0
    rows = [line.split("│") for line in listed.stdout.splitlines() if STRIKE_DAY in line]
    cells = [[cell.strip() for cell in row] for row in rows if "Air/drone" in row[2]]
    assert [(row[7], row[8]) for row in cells] == [("2/3", "2")]  # both tolls, two sources
    exported = runner.invoke(app, ["export", "-f", "csv", "--db", db])
    exported_rows = list(csv.DictReader(io.StringIO(exported.stdout)))
    strike = next(
        row
        for row in exported_rows
        if row["sub_event_type"] == "Air/drone strike" and row["event_date"] == STRIKE_DAY
    )
    assert strike["sources_count"] == "2"
    assert strike["source"].split("; ") == [
        "sahel-actu.example",
        "westafrica-wire.example",
        "journal-du-nord.example",
    ]
    assert strike["notes"].endswith(
        "Reported by 2 independent sources; they differ on fatalities 2 or 3."
    )
    jsonl = runner.invoke(app, ["export", "-f", "jsonl", "--db", db])
    counts = sorted(json.loads(line)["sources_count"] for line in jsonl.stdout.splitlines())
    assert counts[-1] == 2 and counts.count(2) == 1
