"""A sharded run: every unfinished shard through the pipeline, in-process or on Dask.

1. list the shards and fingerprint them; 2. leave out those the manifest has finished
for the same content and dateline version; 3. process the rest, one task per shard
(largest first) on the cluster, or one after another in this process; 4. record each
outcome in the manifest as soon as it arrives, so that a killed client or worker loses
at most the shards that were running, and a re-run picks up exactly those.
"""

from __future__ import annotations

import socket
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from distributed import Client, Future, as_completed
from distributed.comm.addressing import parse_address, parse_host_port
from distributed.comm.registry import get_backend

from dateline import __version__
from dateline.errors import Messages, ScaleError
from dateline.records import Skipped
from dateline.scale.manifest import DONE, Manifest, ShardEntry
from dateline.scale.shards import Shard, list_shards
from dateline.scale.worker import PLUGIN_NAME, PipelinePlugin, process_shard
from dateline.settings import get_int

ShardCallback = Callable[[ShardEntry], None]


@dataclass(slots=True)
class RunReport:
    """What a run did: shards processed now, finished before, failed, and missing paths."""

    output: Path
    done: list[ShardEntry] = field(default_factory=list)
    already_done: list[Shard] = field(default_factory=list)
    failed: list[ShardEntry] = field(default_factory=list)
    missing: list[Skipped] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.failed and not self.missing


def run_shards(
    paths: Iterable[str | Path],
    *,
    output: Path,
    scheduler: str | None = None,
    on_shard: ShardCallback | None = None,
) -> RunReport:
    """Process the shards under ``paths`` into Parquet partitions and a manifest in
    ``output``; on the Dask cluster at ``scheduler`` when given, else in this process.

    Both ways write the same partitions. ``on_shard`` hears of each shard as it ends.
    """
    directory = _output_directory(output)
    shards, missing = list_shards(paths, exclude=directory)
    manifest = Manifest.load(directory)
    report = RunReport(directory, missing=missing)
    todo: list[Shard] = []
    for shard in shards:
        (report.already_done if manifest.finished(shard) else todo).append(shard)
    _remove_partials(directory)
    previous = {path: entry.output for path, entry in manifest.shards.items()}
    outcomes = (
        _on_cluster(todo, directory, scheduler) if scheduler else _in_process(todo, directory)
    )
    for entry in outcomes:
        _save(manifest, entry)
        _remove_replaced(manifest, entry, previous.get(entry.path))
        (report.done if entry.status == DONE else report.failed).append(entry)
        if on_shard is not None:
            on_shard(entry)
    return report


def _output_directory(output: Path) -> Path:
    try:
        output.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ScaleError(
            Messages.E027, where=str(output), path=output, detail=f"cannot create it: {error}"
        ) from error
    return output.resolve()


def _save(manifest: Manifest, entry: ShardEntry) -> None:
    try:
        manifest.record(entry)
    except OSError as error:
        raise ScaleError(
            Messages.E027, where=str(manifest.path), path=manifest.path, detail=str(error)
        ) from error


def _remove_replaced(manifest: Manifest, entry: ShardEntry, output: str | None) -> None:
    """A shard whose content changed has a new partition; the old one would only mislead."""
    if entry.status == DONE and output is not None and output != entry.output:
        (manifest.directory / output).unlink(missing_ok=True)


def _remove_partials(directory: Path) -> None:
    """Temporary files of shards that a killed worker never finished; one run per output
    directory at a time, so none of them belongs to a live task."""
    for partial in directory.glob(".*.partial"):
        partial.unlink(missing_ok=True)


def _in_process(shards: list[Shard], directory: Path) -> Iterator[ShardEntry]:
    for shard in shards:
        try:
            yield process_shard(shard, str(directory))
        except Exception as error:  # noqa: BLE001 - one shard's crash must not lose the others
            yield ShardEntry.failed(shard, _reason(shard, error))


def _on_cluster(shards: list[Shard], directory: Path, scheduler: str) -> Iterator[ShardEntry]:
    """One task per shard, largest first; outcomes in the order they finish."""
    if not shards:
        return
    client = _connect(scheduler)
    try:
        _prepare_workers(client, scheduler)
        token = uuid.uuid4().hex[:8]
        futures: dict[Future[ShardEntry], Shard] = {}
        for rank, shard in enumerate(shards):
            future = client.submit(
                process_shard,
                shard,
                str(directory),
                key=f"dateline-shard-{shard.partition}-{token}",
                priority=len(shards) - rank,
                pure=False,
            )
            futures[future] = shard
        for future in as_completed(futures, loop=client.loop):  # type: ignore[no-untyped-call]
            shard = futures[future]
            try:
                entry = future.result()
            except Exception as error:  # noqa: BLE001 - a killed worker or a crash fails its shard only
                entry = ShardEntry.failed(shard, _reason(shard, error))
            future.release()
            yield entry
    finally:
        client.close()  # type: ignore[no-untyped-call]  # untyped in distributed


def _connect(scheduler: str) -> Client:
    """A client of the scheduler. A bad address, or one where nothing listens, fails at
    once: a ``Client`` that fails to start hangs on its way out for a minute."""
    timeout = get_int("scale", "connect_timeout")
    try:
        scheme, location = parse_address(scheduler)
        get_backend(scheme)
        if scheme == "tcp":
            host, port = parse_host_port(location)
            socket.create_connection((host, port), timeout=timeout).close()
        return Client(scheduler, timeout=timeout, set_as_default=False)  # type: ignore[no-untyped-call]
    except (OSError, ValueError) as error:
        raise ScaleError(Messages.E026, where=scheduler, address=scheduler, detail=error) from error


def _prepare_workers(client: Client, scheduler: str) -> None:
    """Wait for a worker, check it runs this dateline, and load the pipeline everywhere."""
    try:
        client.wait_for_workers(1, timeout=get_int("scale", "worker_timeout"))
    except TimeoutError as error:
        raise _scheduler_error(scheduler, "no worker joined it") from error
    versions = client.run(_dateline_version)
    others = sorted(
        f"{address} ({found})" for address, found in versions.items() if found != __version__
    )
    if others:
        raise _scheduler_error(
            scheduler, f"workers run another dateline than {__version__}: {', '.join(others)}"
        )
    try:
        client.register_plugin(PipelinePlugin(), name=PLUGIN_NAME)
    except Exception as error:  # re-raised: whatever a worker raised while loading models
        raise _scheduler_error(scheduler, f"a worker cannot load the pipeline: {error}") from error


def _dateline_version() -> str:
    return __version__


def _scheduler_error(scheduler: str, detail: str) -> ScaleError:
    return ScaleError(Messages.E026, where=scheduler, address=scheduler, detail=detail)


def _reason(shard: Shard, error: BaseException) -> str:
    detail = f"{type(error).__name__}: {error}".strip()
    return Messages.E028.fill(shard=shard.path, detail=detail)
