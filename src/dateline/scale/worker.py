"""What runs on a worker: the plugin that loads the pipeline once, and the shard task.

The pipeline loads its models and indexes once per process, on first use. The plugin
makes that happen when a worker joins, in a thread so the worker keeps answering the
scheduler's heartbeats meanwhile, and so a worker that cannot load them fails at start
rather than on its first shard.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

from distributed import WorkerPlugin, get_worker

from dateline import __version__
from dateline.errors import Messages, ScaleError
from dateline.ingest import read_file
from dateline.pipeline import run, warm_up
from dateline.scale.manifest import DONE, ShardEntry
from dateline.scale.parquet import write_partition
from dateline.scale.shards import Shard, fingerprint

PLUGIN_NAME = "dateline-pipeline"


class PipelinePlugin(WorkerPlugin):
    """Loads the pipeline on every worker of the cluster, including those joining later."""

    name = PLUGIN_NAME

    async def setup(self, worker: Any) -> None:
        await asyncio.to_thread(warm_up)


def process_shard(shard: Shard, directory: str) -> ShardEntry:
    """The task: one shard through the pipeline into its partition, counted for the manifest.

    Expected failures (the shard unreadable here, changed since it was listed, its
    partition unwritable) come back as a ``failed`` entry naming the shard and the reason,
    not as an exception, so the client records them like any other outcome.
    """
    started = time.perf_counter()
    try:
        _check_content(shard)
        counts = write_partition(
            run(read_file(Path(shard.path))), shard=shard, directory=Path(directory)
        )
    except ScaleError as error:
        return ShardEntry.failed(shard, error.reason, worker=worker_address())
    except OSError as error:
        reason = _failure(shard, f"cannot write its partition: {error}").reason
        return ShardEntry.failed(shard, reason, worker=worker_address())
    return ShardEntry(
        path=shard.path,
        size=shard.size,
        sha256=shard.sha256,
        status=DONE,
        output=shard.partition,
        records=counts.records,
        articles=counts.articles,
        skipped=counts.skipped,
        skipped_errors=counts.skipped_errors,
        events=counts.events,
        dateline_version=__version__,
        worker=worker_address(),
        seconds=round(time.perf_counter() - started, 3),
    )


def _check_content(shard: Shard) -> None:
    """A file replaced since it was listed would be recorded as finished under the old
    content; refuse it so the next run sees the new fingerprint."""
    try:
        size, sha256 = fingerprint(Path(shard.path))
    except OSError as error:
        raise _failure(shard, f"cannot read it on this worker: {error.strerror}") from error
    if (size, sha256) != (shard.size, shard.sha256):
        raise _failure(shard, "its content changed since the run listed it; run again")


def worker_address() -> str | None:
    """The Dask worker running this task, or None in a local run."""
    try:
        return str(get_worker().address)
    except ValueError:
        return None


def _failure(shard: Shard, detail: str) -> ScaleError:
    return ScaleError(Messages.E028, where=shard.path, shard=shard.path, detail=detail)
