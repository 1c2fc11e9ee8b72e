"""Exports of stored events: every format holds every event, in the shape it promises."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import duckdb
import jsonschema
import pytest

from dateline.errors import ExportError
from dateline.store import Store
from dateline.store.acled import COLUMNS
from dateline.store.export import ExportFormat, ExportReport, write_events

ROOT = Path(__file__).resolve().parents[2]

# The parts of RFC 7946 an export can get wrong: the collection, Point geometries with two
# finite numbers, longitude first (range-checked), and an object of properties.
GEOJSON_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["type", "features"],
    "properties": {
        "type": {"const": "FeatureCollection"},
        "features": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["type", "geometry", "properties"],
                "properties": {
                    "type": {"const": "Feature"},
                    "id": {"type": ["string", "number"]},
                    "geometry": {
                        "type": "object",
                        "required": ["type", "coordinates"],
                        "properties": {
                            "type": {"const": "Point"},
                            "coordinates": {
                                "type": "array",
                                "prefixItems": [
                                    {"type": "number", "minimum": -180, "maximum": 180},
                                    {"type": "number", "minimum": -90, "maximum": 90},
                                ],
                                "minItems": 2,
                                "maxItems": 2,
                            },
                        },
                    },
                    "properties": {"type": "object"},
                },
            },
        },
    },
}


def _stored(db: Path) -> tuple[list[dict[str, Any]], dict[str, tuple[list[str], str | None]]]:
    with Store(db) as store:
        return store.events(), store.event_sources()


def _export(db: Path, format: ExportFormat) -> tuple[str, ExportReport]:
    events, sources = _stored(db)
    stream = io.StringIO()
    report = write_events(events, stream, format=format, sources=sources)
    return stream.getvalue(), report


def test_export_csv_has_header_and_one_row_per_event(examples_db: Path) -> None:
    text, report = _export(examples_db, ExportFormat.CSV)
    rows = list(csv.DictReader(io.StringIO(text)))
    events, _ = _stored(examples_db)
    assert text.splitlines()[0] == ",".join(COLUMNS)
    assert len(rows) == len(events) == report.written > 0
    assert [row["event_id"] for row in rows] == [event["id"] for event in events]


def test_export_csv_codes_are_acled_codes(examples_db: Path) -> None:
    text, _ = _export(examples_db, ExportFormat.CSV)
    disorder = {
        "Battles": "Political violence",
        "Explosions/Remote violence": "Political violence",
        "Violence against civilians": "Political violence",
        "Protests": "Demonstrations",
        "Riots": "Demonstrations",
        "Strategic developments": "Strategic developments",
    }
    for row in csv.DictReader(io.StringIO(text)):
        inters = [row[key] for key in ("inter1", "inter2") if row[key]]
        assert all(code in "12345678" for code in inters)
        assert row["interaction"] == ("".join(sorted(inters)).ljust(2, "0") if inters else "")
        if row["sub_event_type"] != "Excessive force against protesters":
            assert row["disorder_type"] == disorder[row["event_type"]]
        assert row["time_precision"] in {"1", "2", "3"}
        assert row["geo_precision"] in {"1", "2", "3"}
        assert row["event_id_cnty"][:3].isupper() and row["event_id_cnty"][3:].isdigit()
        assert row["iso"].isdigit() and row["country"]
        assert row["event_date"][:4] == row["year"]
        assert json.loads(row["evidence"])


def test_export_csv_keeps_non_ascii_text(examples_db: Path) -> None:
    text, _ = _export(examples_db, ExportFormat.CSV)
    assert "Tillabéri" in text or "é" in text


def test_export_jsonl_holds_the_full_records(examples_db: Path) -> None:
    text, _ = _export(examples_db, ExportFormat.JSONL)
    records = [json.loads(line) for line in text.splitlines()]
    events, _ = _stored(examples_db)
    assert records == events
    schema = json.loads((ROOT / "schema" / "event.schema.json").read_text(encoding="utf-8"))
    for record in records:
        jsonschema.validate(record, schema)


def test_export_geojson_is_a_valid_feature_collection(examples_db: Path) -> None:
    text, report = _export(examples_db, ExportFormat.GEOJSON)
    collection = json.loads(text)
    jsonschema.validate(collection, GEOJSON_SCHEMA)
    assert len(collection["features"]) == report.written
    for feature in collection["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert (lon, lat) == (feature["properties"]["longitude"], feature["properties"]["latitude"])
        assert tuple(feature["properties"]) == COLUMNS


def test_export_geojson_leaves_out_events_without_a_point(events_db: Path) -> None:
    text, report = _export(events_db, ExportFormat.GEOJSON)
    collection = json.loads(text)
    jsonschema.validate(collection, GEOJSON_SCHEMA)
    assert (report.written, report.without_point) == (3, 1)
    mopti = next(f for f in collection["features"] if f["id"] == "mali-1")
    # Longitude first: Mopti is west of Greenwich and north of the equator.
    assert mopti["geometry"]["coordinates"] == [-4.18296, 14.4843]
    assert mopti["properties"]["inter2"] == 7


def test_export_parquet_round_trips_rows_and_types(examples_db: Path, tmp_path: Path) -> None:
    events, sources = _stored(examples_db)
    path = tmp_path / "events.parquet"
    report = write_events(events, path, format=ExportFormat.PARQUET, sources=sources)
    csv_text, _ = _export(examples_db, ExportFormat.CSV)
    csv_rows = list(csv.DictReader(io.StringIO(csv_text)))
    connection = duckdb.connect()
    types = {
        name: kind
        for name, kind, *_ in connection.execute(
            "DESCRIBE SELECT * FROM read_parquet(?)", [str(path)]
        ).fetchall()
    }
    rows = connection.execute(
        "SELECT event_id, event_date, latitude, evidence FROM read_parquet(?)", [str(path)]
    ).fetchall()
    assert tuple(types) == COLUMNS
    assert (types["event_date"], types["latitude"], types["inter1"]) == (
        "DATE",
        "DOUBLE",
        "INTEGER",
    )
    assert len(rows) == len(csv_rows) == len(events) == report.written
    assert [row[0] for row in rows] == [row["event_id"] for row in csv_rows]
    assert all(json.loads(row[3]) for row in rows)


def test_export_parquet_needs_a_path(events_db: Path) -> None:
    events, _ = _stored(events_db)
    with pytest.raises(ExportError) as raised:
        write_events(events, io.StringIO(), format=ExportFormat.PARQUET)
    assert raised.value.code == "E020"


@pytest.mark.parametrize("format", list(ExportFormat))
def test_export_unwritable_path_names_it(
    events_db: Path, tmp_path: Path, format: ExportFormat
) -> None:
    events, _ = _stored(events_db)
    path = tmp_path / "missing-folder" / f"events.{format.value}"
    with pytest.raises(ExportError) as raised:
        write_events(events, path, format=format)
    assert raised.value.code == "E020"
    assert raised.value.path == str(path)


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, {"mali-1", "syria-1", "sudan-1", "nowhere-1"}),
        ({"status": "planned"}, {"nowhere-1"}),
        ({"country": "SD"}, {"sudan-1"}),
        ({"since": "2019-01-01"}, {"mali-1", "sudan-1"}),
        ({"until": "2016-12-31"}, {"syria-1"}),
        ({"since": "2019-06-20", "until": "2019-07-01"}, {"sudan-1"}),
        ({"acled_type": "Protests"}, {"sudan-1"}),
        ({"plover_type": "CONSULT"}, {"nowhere-1"}),
    ],
)
def test_store_events_filters(events_db: Path, filters: dict[str, str], expected: set[str]) -> None:
    with Store(events_db) as store:
        assert {event["id"] for event in store.events(**filters)} == expected  # type: ignore[arg-type]


def test_store_event_sources_come_from_the_article(events_db: Path) -> None:
    with Store(events_db) as store:
        sources = store.event_sources()
    assert sources["mali-1"] == (["AFP", "Reuters"], None)
