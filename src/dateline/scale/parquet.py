"""Parquet partitions: one file per shard, one row per input record, in input order.

A row carries the whole extraction as JSON (article, places, actors, claims, times, date
check, events), so ``dateline load`` stores exactly what ``dateline ingest`` would have;
skipped records keep their source, record id, code and reason. A few plain columns
(``kind``, ``content_hash``, ``events``) let other tools count and filter without parsing.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from dateline import __version__
from dateline.records import Extraction, Skipped
from dateline.scale.shards import Shard
from dateline.settings import get_int

ARTICLE = "article"
SKIPPED = "skipped"

SCHEMA = pa.schema(
    [
        pa.field("position", pa.int64(), nullable=False),
        pa.field("kind", pa.string(), nullable=False),
        pa.field("content_hash", pa.string()),
        pa.field("id", pa.string()),
        pa.field("source", pa.string(), nullable=False),
        pa.field("code", pa.string()),
        pa.field("reason", pa.string()),
        pa.field("events", pa.int32(), nullable=False),
        pa.field("extraction", pa.string()),
    ]
)


@dataclass(slots=True)
class PartitionCounts:
    """What a partition holds, for the manifest."""

    records: int = 0
    articles: int = 0
    skipped: int = 0
    skipped_errors: int = 0
    events: int = 0

    def add(self, result: Extraction | Skipped) -> None:
        self.records += 1
        if isinstance(result, Skipped):
            self.skipped += 1
            self.skipped_errors += result.is_error
        else:
            self.articles += 1
            self.events += len(result.events)


def write_partition(
    results: Iterable[Extraction | Skipped], *, shard: Shard, directory: Path
) -> PartitionCounts:
    """Write a shard's results to ``directory/shard.partition``, all or nothing.

    Rows go to a temporary file in row groups as they come (bounded memory for any shard
    size), which is flushed to disk and renamed over the partition only when complete: a
    worker killed mid-shard leaves no partition, and re-running it replaces, not appends.
    """
    counts = PartitionCounts()
    temporary = directory / f".{shard.partition}.{uuid.uuid4().hex}.partial"
    schema = SCHEMA.with_metadata(
        {"dateline_version": __version__, "shard": shard.path, "sha256": shard.sha256}
    )
    limit = get_int("scale", "partition_rows")
    try:
        with temporary.open("wb") as stream:
            with pq.ParquetWriter(stream, schema) as writer:
                batch: list[dict[str, Any]] = []
                for result in results:
                    batch.append(_row(counts.records, result))
                    counts.add(result)
                    if len(batch) >= limit:
                        writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                        batch = []
                if batch:
                    writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            stream.flush()
            os.fsync(stream.fileno())
        temporary.replace(directory / shard.partition)
    finally:
        temporary.unlink(missing_ok=True)
    return counts


def _row(position: int, result: Extraction | Skipped) -> dict[str, Any]:
    if isinstance(result, Skipped):
        return {
            "position": position,
            "kind": SKIPPED,
            "content_hash": None,
            "id": result.record,
            "source": result.source,
            "code": result.code,
            "reason": result.reason,
            "events": 0,
            "extraction": None,
        }
    article = result.article
    return {
        "position": position,
        "kind": ARTICLE,
        "content_hash": article.content_hash,
        "id": article.id,
        "source": article.source,
        "code": None,
        "reason": None,
        "events": len(result.events),
        "extraction": json.dumps(result.as_dict(), ensure_ascii=False),
    }


def partition_records(path: Path) -> int:
    """Rows in a partition, from its footer alone."""
    return int(pq.ParquetFile(path).metadata.num_rows)


def read_partition(path: Path) -> Iterator[Extraction | Skipped]:
    """The records of a partition, in input order, one row group in memory at a time."""
    with pq.ParquetFile(path) as parquet:
        for batch in parquet.iter_batches():
            for row in batch.to_pylist():
                yield _record(row)


def _record(row: dict[str, Any]) -> Extraction | Skipped:
    if row["kind"] == SKIPPED:
        return Skipped(row["source"], row["id"], row["reason"], row["code"])
    return Extraction.from_dict(json.loads(row["extraction"]))
