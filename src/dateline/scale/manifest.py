"""The run manifest: which shards are finished, from what content, into which partition.

One JSON file beside the partitions, rewritten atomically (temporary file, then rename)
each time a shard finishes, so a killed client or worker loses at most the shards that
were running. A shard counts as finished only when its entry is ``done``, its fingerprint
and dateline version match, and its partition file is there.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from dateline import __version__
from dateline.errors import Messages, ScaleError
from dateline.scale.shards import Shard

MANIFEST_NAME = "manifest.json"
FORMAT = 1

DONE = "done"
FAILED = "failed"


@dataclass(frozen=True, slots=True)
class ShardEntry:
    """What became of one shard: counts of the partition's rows, or why it failed."""

    path: str
    size: int
    sha256: str
    status: str  # done | failed
    output: str | None = None
    records: int = 0
    articles: int = 0
    skipped: int = 0
    skipped_errors: int = 0
    events: int = 0
    dateline_version: str = __version__
    worker: str | None = None
    seconds: float = 0.0
    finished_at: str = field(default_factory=lambda: _now())
    reason: str | None = None

    @property
    def fingerprint(self) -> str:
        return f"{self.size}:{self.sha256}"

    @classmethod
    def failed(cls, shard: Shard, reason: str, *, worker: str | None = None) -> ShardEntry:
        return cls(shard.path, shard.size, shard.sha256, FAILED, worker=worker, reason=reason)


@dataclass(slots=True)
class Manifest:
    """The manifest of one output directory."""

    directory: Path
    shards: dict[str, ShardEntry] = field(default_factory=dict)

    @property
    def path(self) -> Path:
        return self.directory / MANIFEST_NAME

    @classmethod
    def load(cls, directory: Path, *, required: bool = False) -> Manifest:
        """The manifest in ``directory``; an empty one when there is none yet, unless
        ``required`` (loading into a database needs a finished run to read)."""
        manifest = cls(directory)
        if not manifest.path.is_file():
            if required:
                raise _unusable(manifest.path, "no manifest here; is this a `dateline run` output?")
            return manifest
        try:
            data = json.loads(manifest.path.read_text(encoding="utf-8"))
            entries = _entries(data)
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise _unusable(manifest.path, f"{type(error).__name__}: {error}") from error
        manifest.shards = {entry.path: entry for entry in entries}
        return manifest

    def finished(self, shard: Shard) -> bool:
        entry = self.shards.get(shard.path)
        return (
            entry is not None
            and entry.status == DONE
            and entry.fingerprint == shard.fingerprint
            and entry.dateline_version == __version__
            and entry.output is not None
            and (self.directory / entry.output).is_file()
        )

    def done(self) -> list[ShardEntry]:
        return [entry for _, entry in sorted(self.shards.items()) if entry.status == DONE]

    def record(self, entry: ShardEntry) -> None:
        """Note what became of a shard and save at once, so that a client killed next
        still knows it."""
        self.shards[entry.path] = entry
        self.save()

    def save(self) -> None:
        data = {
            "format": FORMAT,
            "dateline_version": __version__,
            "shards": [asdict(entry) for _, entry in sorted(self.shards.items())],
        }
        write_atomically(self.path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that a reader sees the old file or the new one, never
    half of one: write a temporary file beside it, flush it to disk, rename it over."""
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.partial")
    try:
        with temporary.open("w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        temporary.replace(path)
    finally:
        temporary.unlink(missing_ok=True)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _entries(data: Any) -> list[ShardEntry]:
    if not isinstance(data, dict) or not isinstance(data.get("shards"), list):
        raise ValueError("expected an object with a list of 'shards'")
    if data.get("format") != FORMAT:
        raise ValueError(f"format {data.get('format')!r}, this dateline reads format {FORMAT}")
    return [ShardEntry(**entry) for entry in data["shards"]]


def _unusable(path: Path, detail: str) -> ScaleError:
    return ScaleError(Messages.E027, where=str(path), path=path, detail=detail)
