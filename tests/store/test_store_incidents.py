"""The store's incident tables: filled on write, filled in for older databases, exported."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from datetime import date
from pathlib import Path

import duckdb
import pytest

from dateline.records import (
    ActorMention,
    Article,
    Event,
    EventDate,
    Evidence,
    Extraction,
    PlaceMention,
)
from dateline.store import Store
from dateline.store.export import ExportFormat, write_events
from dateline.store.incidents import merge_key
from dateline.store.schema import MIGRATIONS, SCHEMA_VERSION
from dateline.store.write import article_row, event_row
from factories import event

# The first schema version that has the incident tables.
INCIDENTS_VERSION = next(
    number + 1
    for number, statements in enumerate(MIGRATIONS)
    if any("CREATE TABLE incidents" in statement for statement in statements)
)
HOMS = PlaceMention(
    "Homs", 0, 4, "place", name="Homs", lat=34.72682, lon=36.72339, admin1="Homs",
    country_iso2="SY", feature="town", precision="town", geo_precision=1, confidence=0.9,
)  # fmt: skip
ARMY = ActorMention("l'armée", 0, 7, "SYR.MIL", "Syrian army", "military", "SYR", "name", 0.9)


def _shelling(event_id: str, article_id: str, fatalities: int, confidence: float) -> Event:
    return event(
        event_id,
        article_id,
        plover_mode="artillery",
        acled_subtype="Shelling/artillery/missile attack",
        actor1=ARMY,
        place=HOMS,
        date=EventDate(date(2016, 5, 3), date(2016, 5, 3), "day", "metadata", 0.9),
        quantities={"fatalities": fatalities},
        weapons=("artillery",),
        claim_chain=("OSDH",),
        evidence=(Evidence("trigger", 0, 9, "bombardé"),),
        confidence=confidence,
    )


def _extractions() -> list[Extraction]:
    """The shelling of Homs on 3 May 2016, told by two outlets in their own words."""
    texts = {
        "osdh-fr": "L'armée a bombardé mardi des quartiers de Homs, tuant quatre civils, "
        "selon l'Observatoire syrien des droits de l'homme.",
        "wire-en": "Government artillery pounded districts of Homs on Tuesday, killing five "
        "people, a monitoring group said.",
    }
    found = []
    for number, (article_id, text) in enumerate(texts.items()):
        article = Article.from_text(text, id=article_id, source=f"{article_id}.txt", lang="fr")
        article = dataclasses.replace(article, url=f"https://{article_id}.example/homs")
        shelling = _shelling(f"{article_id}-1", article_id, 4 + number, 0.7 + number / 10)
        found.append(Extraction(article, events=(shelling,)))
    return found


@pytest.fixture
def merged_db(tmp_path: Path) -> Path:
    path = tmp_path / "homs.duckdb"
    with Store(path) as store:
        for extraction in _extractions():
            store.add_extraction(extraction)
    return path


def test_store_incidents_one_record_per_incident(merged_db: Path) -> None:
    with Store(merged_db) as store:
        merged = store.events()
        reports = store.events(merged=False)
        assert store.incident("wire-en-1") == store.incident("osdh-fr-1") == merged[0]
    assert len(merged) == 1
    assert merged[0]["id"] == "wire-en-1"
    assert merged[0]["incident_id"] == "osdh-fr-1"
    assert merged[0]["sources_count"] == 2
    assert [report["incident_id"] for report in reports] == ["osdh-fr-1", "osdh-fr-1"]
    assert {report["content_hash"] for report in reports} == {"osdh-fr", "wire-en"}


def test_store_incidents_are_filled_in_when_missing(merged_db: Path) -> None:
    """Articles stored without corroboration (rows lost, or written by other means) are
    merged when the database is next opened for writing."""
    with Store(merged_db) as store:
        before = store.events()
        for table in ("article_signatures", "near_duplicates", "event_incidents", "incidents"):
            store.connection.execute(f"DELETE FROM {table}")
        assert store.events() == []
    with Store(merged_db) as store:
        assert store.events() == before


def test_store_incidents_upgrade_an_older_database(tmp_path: Path) -> None:
    """A database from before corroboration gets the tables and its incidents on open."""
    path = tmp_path / "old.duckdb"
    connection = duckdb.connect(str(path))
    connection.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    for version in range(INCIDENTS_VERSION - 1):
        for statement in MIGRATIONS[version]:
            connection.execute(statement)
        connection.execute("INSERT INTO schema_version VALUES (?)", [version + 1])
    for extraction in _extractions():
        row = article_row(extraction.article)
        connection.execute(
            f"INSERT INTO articles VALUES ({', '.join('?' * len(row))}, DEFAULT)", row
        )
        for stored in extraction.events:
            row = event_row(extraction.article.content_hash, stored, stored.as_dict())
            connection.execute(f"INSERT INTO events VALUES ({', '.join('?' * len(row))})", row)
    connection.close()
    with Store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        merged = store.events()
    assert [(record["id"], record["sources_count"]) for record in merged] == [("wire-en-1", 2)]


def test_store_incidents_bucket_the_events_merged_before_buckets_existed(
    tmp_path: Path,
) -> None:
    """A database whose merged events have no merge bucket yet (schema version 4) gets
    them on open, the same text the merge looks up, so a new report still finds them."""
    path = tmp_path / "v4.duckdb"
    first, second = _extractions()
    with Store(path) as store:
        store.add_extraction(first)
        store.connection.execute("DROP INDEX events_merge_key")
        store.connection.execute("ALTER TABLE events DROP COLUMN merge_key")
        store.connection.execute("DELETE FROM schema_version WHERE version > 4")
    with Store(path) as store:
        keys = store.connection.execute("SELECT merge_key FROM events").fetchall()
        store.add_extraction(second)
        merged = store.events()
    shelling = "Explosions/Remote violence|realised|SY"
    assert keys == [(merge_key(*shelling.split("|"), date(2016, 5, 3)),)]
    assert [(record["id"], record["sources_count"]) for record in merged] == [("wire-en-1", 2)]


def test_store_incidents_export_one_row_per_incident(merged_db: Path) -> None:
    with Store(merged_db) as store:
        events, sources = store.events(), store.event_sources()
    stream = io.StringIO()
    write_events(events, stream, format=ExportFormat.CSV, sources=sources)
    rows = list(csv.DictReader(io.StringIO(stream.getvalue())))
    assert len(rows) == 1
    row = rows[0]
    assert (row["event_id"], row["incident_id"], row["sources_count"]) == (
        "wire-en-1",
        "osdh-fr-1",
        "2",
    )
    assert row["fatalities"] == "5"  # the representative's own figure …
    assert row["notes"].endswith("they differ on fatalities 4 or 5.")  # … and the other's
    assert row["source"] == "osdh-fr.example; wire-en.example"
    geojson = io.StringIO()
    write_events(events, geojson, format=ExportFormat.GEOJSON, sources=sources)
    feature = json.loads(geojson.getvalue())["features"][0]
    assert feature["properties"]["sources_count"] == 2


def test_store_incidents_unmerged_export_counts_one_source(merged_db: Path) -> None:
    with Store(merged_db) as store:
        events = store.events(merged=False)
    stream = io.StringIO()
    write_events(events, stream, format=ExportFormat.CSV)
    rows = list(csv.DictReader(io.StringIO(stream.getvalue())))
    assert [row["sources_count"] for row in rows] == ["1", "1"]
    assert {row["incident_id"] for row in rows} == {"osdh-fr-1"}
