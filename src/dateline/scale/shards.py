"""Shards: the input files of a sharded run, each with a fingerprint of its content.

A shard is finished only for the content it had: the fingerprint (size and SHA-256) is
what the manifest compares, so an edited or replaced file is processed again while a
touched or moved-back one is not.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from dateline.ingest import expand_paths
from dateline.records import Skipped

_CHUNK = 1 << 20
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True, slots=True)
class Shard:
    """One input file, by absolute path (workers do not share the client's directory)."""

    path: str
    size: int
    sha256: str

    @property
    def fingerprint(self) -> str:
        return f"{self.size}:{self.sha256}"

    @property
    def partition(self) -> str:
        """The output file's name: readable stem, then where the shard lives and what it
        holds, so two ``reports.jsonl`` in different folders never share a partition."""
        where = hashlib.sha256(self.path.encode("utf-8")).hexdigest()[:8]
        stem = _UNSAFE.sub("_", Path(self.path).name)[:60]
        return f"{stem}-{where}-{self.sha256[:12]}.parquet"


def fingerprint(path: Path) -> tuple[int, str]:
    """Size and SHA-256 of a file, read in chunks so a crawl of any size fits in memory."""
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as stream:
        while chunk := stream.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


def read_shard(path: Path) -> Shard:
    size, sha256 = fingerprint(path)
    return Shard(str(path.resolve()), size, sha256)


def list_shards(
    paths: Iterable[str | Path], *, exclude: Path | None = None
) -> tuple[list[Shard], list[Skipped]]:
    """Shards named by files, directories and globs, each once, largest first.

    Largest first so that a run does not end waiting on one big shard started last.
    Files under ``exclude`` (the run's own output) are left out; paths that name nothing
    come back as ``Skipped`` (E004), as ``dateline ingest`` reports them.
    """
    shards: dict[str, Shard] = {}
    missing: list[Skipped] = []
    excluded = exclude.resolve() if exclude is not None else None
    for item in expand_paths(paths):
        if isinstance(item, Skipped):
            missing.append(item)
            continue
        resolved = item.resolve()
        if excluded is not None and resolved.is_relative_to(excluded):
            continue
        if str(resolved) not in shards:
            shards[str(resolved)] = read_shard(resolved)
    ordered = sorted(shards.values(), key=lambda shard: (-shard.size, shard.path))
    return ordered, missing
