"""Exports of stored events: ACLED-style CSV, JSON Lines, GeoJSON and Parquet.

CSV, GeoJSON and Parquet carry one flat row per event (``acled.COLUMNS``); JSON Lines keeps
the full event records, evidence offsets and all, for anything the flat row leaves out.
Given the store's merged records, a row is an incident: its reports from several articles
counted in ``sources_count``, their outlets in ``source``.
"""

from __future__ import annotations

import csv
import json
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, TextIO

import duckdb

from dateline.errors import ExportError, Messages
from dateline.store.acled import COLUMNS, acled_row

__all__ = [
    "PARQUET_TYPES",
    "ExportFormat",
    "ExportReport",
    "export_rows",
    "feature_collection",
    "write_events",
]

# Parquet column types; columns not named here are VARCHAR.
PARQUET_TYPES = {
    "event_date": "DATE",
    "year": "INTEGER",
    "time_precision": "INTEGER",
    "inter1": "INTEGER",
    "inter2": "INTEGER",
    "interaction": "INTEGER",
    "iso": "INTEGER",
    "latitude": "DOUBLE",
    "longitude": "DOUBLE",
    "geo_precision": "INTEGER",
    "fatalities": "INTEGER",
    "confidence": "DOUBLE",
    "sources_count": "INTEGER",
}


class ExportFormat(StrEnum):
    """Formats ``dateline export`` writes."""

    CSV = "csv"
    JSONL = "jsonl"
    GEOJSON = "geojson"
    PARQUET = "parquet"

    @property
    def is_text(self) -> bool:
        """Whether the format can go to a terminal or a pipe."""
        return self is not ExportFormat.PARQUET


@dataclass(frozen=True, slots=True)
class ExportReport:
    """What an export wrote; ``without_point`` counts events GeoJSON had to leave out."""

    written: int
    without_point: int = 0


# The article behind each event, by event id: its cited sources and its URL.
Sources = Mapping[str, tuple[Sequence[str], str | None]]


def export_rows(
    events: Sequence[dict[str, Any]], sources: Sources | None = None
) -> list[dict[str, Any]]:
    """The flat ACLED-style row of each event, in the order given."""
    sources = sources or {}
    rows = []
    for event in events:
        cited, url = sources.get(event["id"], ((), None))
        rows.append(acled_row(event, sources=cited, url=url))
    return rows


def write_events(
    events: Sequence[dict[str, Any]],
    output: Path | TextIO,
    *,
    format: ExportFormat,
    sources: Sources | None = None,
) -> ExportReport:
    """Write stored event records to ``output``, a file path or an open text stream.

    Parquet is binary and needs a path. Raises ``ExportError`` when the output cannot be
    written.
    """
    if format is ExportFormat.JSONL:
        with _text(output) as stream:
            for event in events:
                stream.write(json.dumps(event, ensure_ascii=False) + "\n")
        return ExportReport(written=len(events))
    rows = export_rows(events, sources)
    if format is ExportFormat.CSV:
        with _text(output) as stream:
            writer = csv.DictWriter(stream, fieldnames=COLUMNS, lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
        return ExportReport(written=len(rows))
    if format is ExportFormat.GEOJSON:
        collection = feature_collection(rows)
        with _text(output) as stream:
            stream.write(json.dumps(collection, ensure_ascii=False) + "\n")
        written = len(collection["features"])
        return ExportReport(written=written, without_point=len(rows) - written)
    if not isinstance(output, Path):
        raise ExportError(Messages.E020, path="<stream>", detail="parquet needs a file path")
    _write_parquet(rows, output)
    return ExportReport(written=len(rows))


def feature_collection(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """An RFC 7946 FeatureCollection of the rows that have a point; coordinates are
    longitude first, and the row's columns are the feature's properties."""
    features = [
        {
            "type": "Feature",
            "id": row["event_id"],
            "geometry": {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]},
            "properties": row,
        }
        for row in rows
        if row["latitude"] is not None and row["longitude"] is not None
    ]
    return {"type": "FeatureCollection", "features": features}


@contextmanager
def _text(output: Path | TextIO) -> Iterator[TextIO]:
    """The stream to write to: ``output`` itself, or the file at that path (UTF-8)."""
    if not isinstance(output, Path):
        yield output
        return
    try:
        with output.open("w", encoding="utf-8", newline="") as stream:
            yield stream
    except OSError as error:
        raise ExportError(Messages.E020, path=str(output), detail=error) from error


def _write_parquet(rows: Sequence[dict[str, Any]], path: Path) -> None:
    """Typed columns through DuckDB: rows go to a JSON Lines file it reads back with the
    declared types, then out with ``COPY … (FORMAT PARQUET)``."""
    columns = {name: PARQUET_TYPES.get(name, "VARCHAR") for name in COLUMNS}
    spec = "{" + ", ".join(f"'{name}': '{kind}'" for name, kind in columns.items()) + "}"
    with tempfile.TemporaryDirectory(prefix="dateline-export-") as folder:
        staged = Path(folder) / "rows.jsonl"
        with staged.open("w", encoding="utf-8") as stream:
            for row in rows:
                stream.write(json.dumps(row, ensure_ascii=False) + "\n")
        connection = duckdb.connect()
        try:
            connection.execute(
                "COPY (SELECT * FROM read_json(?, format = 'newline_delimited',"
                f" columns = {spec})) TO ? (FORMAT PARQUET)",
                [str(staged), str(path)],
            )
        except duckdb.Error as error:
            raise ExportError(Messages.E020, path=str(path), detail=error) from error
        finally:
            connection.close()
