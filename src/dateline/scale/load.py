"""Load a sharded run's partitions into the DuckDB store.

Only partitions the manifest lists as done are read, after checking that each is there
with the number of rows recorded: a missing or truncated partition stops the load before
anything is written. The store keys articles by content hash and keeps each skipped record
once, so loading a run twice, or two runs over overlapping input, stores nothing twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa

from dateline.errors import Messages, ScaleError
from dateline.records import Skipped
from dateline.scale.manifest import Manifest, ShardEntry
from dateline.scale.parquet import partition_records, read_partition
from dateline.store import Store


@dataclass(slots=True)
class LoadReport:
    """What a load did, by article and by skipped record; ``unfinished`` names the shards
    the manifest holds that are not done (failed in the run, to run again)."""

    partitions: int = 0
    stored: int = 0
    already_stored: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    unfinished: list[ShardEntry] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return any(item.is_error for item in self.skipped)


def load_run(directory: Path, *, store: Store) -> LoadReport:
    """Store every finished partition of the run in ``directory``."""
    manifest = Manifest.load(directory, required=True)
    report = LoadReport()
    report.unfinished = [entry for entry in manifest.shards.values() if entry.status != "done"]
    partitions = [(entry, _checked(directory, entry)) for entry in manifest.done()]
    for entry, path in partitions:
        try:
            _load_partition(path, store=store, report=report)
        except (OSError, ValueError, KeyError, pa.ArrowException) as error:
            raise _broken(entry, f"its partition {path} cannot be read: {error}") from error
        report.partitions += 1
    return report


def _checked(directory: Path, entry: ShardEntry) -> Path:
    """The partition of a done shard, present and as long as the manifest says."""
    path = directory / (entry.output or "")
    if entry.output is None or not path.is_file():
        raise _broken(entry, f"its partition {path} is missing; run the shards again")
    try:
        found = partition_records(path)
    except (OSError, pa.ArrowException) as error:
        raise _broken(entry, f"its partition {path} cannot be read: {error}") from error
    if found != entry.records:
        raise _broken(
            entry, f"its partition {path} holds {found} rows, the manifest {entry.records}"
        )
    return path


def _load_partition(path: Path, *, store: Store, report: LoadReport) -> None:
    for result in read_partition(path):
        if isinstance(result, Skipped):
            report.skipped.append(result)
            store.add_skipped(result)
        elif store.add_extraction(result):
            report.stored += 1
        else:
            report.already_stored += 1


def _broken(entry: ShardEntry, detail: str) -> ScaleError:
    return ScaleError(Messages.E028, where=entry.path, shard=entry.path, detail=detail)
