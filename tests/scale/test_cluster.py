"""Distributed runs on a real scheduler and two worker processes on 127.0.0.1.

The outputs must equal a single-process run's, a finished run must not run again, and a
run interrupted by a worker killed inside a shard must resume with nothing lost or doubled.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import duckdb
from distributed import Client
from loopback import LoadedRun, LoopbackCluster, Shards
from typer.testing import CliRunner

from dateline.cli import app
from dateline.scale import Manifest, RunReport, load_run, run_shards
from dateline.scale.parquet import read_partition
from dateline.scale.worker import PLUGIN_NAME
from dateline.store import Store

KILL_TIMEOUT = 60.0


def partitions(directory: Path) -> dict[str, list[Any]]:
    """Every record of every finished partition, by shard path, in input order."""
    manifest = Manifest.load(directory, required=True)
    return {
        entry.path: list(read_partition(directory / (entry.output or "")))
        for entry in manifest.done()
    }


def table_counts(db: Path) -> dict[str, int]:
    with duckdb.connect(str(db), read_only=True) as connection:
        return {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # type: ignore[index]
            for table in ("articles", "places", "events", "skipped")
        }


def load(directory: Path, db: Path) -> dict[str, int]:
    with Store(db) as store:
        load_run(directory, store=store)
    return table_counts(db)


def test_cluster_run_equals_single_process_run(
    cluster: LoopbackCluster, shards: Shards, single_process: LoadedRun, tmp_path: Path
) -> None:
    output = tmp_path / "run"
    arguments = ["run", *shards.all, "--scheduler", cluster.address, "--output", str(output)]
    result = CliRunner().invoke(app, arguments)
    assert result.exit_code == 0, result.output
    assert "4 shard(s) processed, 0 already done, 0 failed" in result.output
    assert {entry.worker for entry in Manifest.load(output).done()} <= set(cluster.workers)
    assert partitions(output) == partitions(single_process.report.output)
    counts = load(output, tmp_path / "cluster.duckdb")
    assert counts == table_counts(single_process.db)
    assert counts["articles"] == shards.articles
    with Client(cluster.address, set_as_default=False) as client:
        # A lambda travels by value; a function of this test module would not import there.
        plugins = client.run(lambda dask_worker: sorted(dask_worker.plugins))
    assert all(PLUGIN_NAME in names for names in plugins.values())


def test_cluster_rerun_of_finished_run_does_nothing(
    cluster: LoopbackCluster, shards: Shards, tmp_path: Path
) -> None:
    output = tmp_path / "run"
    small = [str(path) for path in shards.small]
    first = run_shards(small, output=output, scheduler=cluster.address)
    assert first.complete and len(first.done) == 3
    written = {path: path.stat().st_mtime_ns for path in output.glob("*.parquet")}
    again = run_shards(small, output=output, scheduler=cluster.address)
    assert (again.done, again.failed, len(again.already_done)) == ([], [], 3)
    assert {path: path.stat().st_mtime_ns for path in output.glob("*.parquet")} == written


def _worker_running(cluster: LoopbackCluster, name: str) -> str:
    """The worker the scheduler has given the shard called ``name``."""
    deadline = time.monotonic() + KILL_TIMEOUT
    with Client(cluster.address, set_as_default=False) as client:
        while time.monotonic() < deadline:
            for worker, keys in client.processing().items():
                if any(name in str(key) for key in keys):
                    return str(worker)
            time.sleep(0.05)
    raise TimeoutError(f"no worker took {name} within {KILL_TIMEOUT} s")


def _run_in_thread(shards: Shards, output: Path, cluster: LoopbackCluster) -> RunReport:
    """Run while the test kills a worker; the client survives and reports what failed."""
    reports: list[RunReport] = []
    thread = threading.Thread(
        target=lambda: reports.append(
            run_shards(shards.all, output=output, scheduler=cluster.address)
        ),
        daemon=True,  # a hung run must not keep pytest from exiting
    )
    thread.start()
    cluster.kill_worker(_worker_running(cluster, "bulk.jsonl"))
    thread.join(timeout=KILL_TIMEOUT)
    assert reports, "the interrupted run did not return"
    return reports[0]


def test_cluster_run_resumes_after_a_worker_is_killed(
    cluster: LoopbackCluster, shards: Shards, single_process: LoadedRun, tmp_path: Path
) -> None:
    output = tmp_path / "run"
    bulk = str(shards.bulk.resolve())
    interrupted = _run_in_thread(shards, output, cluster)
    failed = {entry.path for entry in interrupted.failed}
    assert bulk in failed
    assert all("[E028]" in (entry.reason or "") for entry in interrupted.failed)
    assert {entry.path for entry in Manifest.load(output).done()} == {
        entry.path for entry in interrupted.done
    }
    assert not list(output.glob("bulk.jsonl-*.parquet"))

    resumed = run_shards(shards.all, output=output, scheduler=cluster.address)
    assert resumed.complete
    assert {entry.path for entry in resumed.done} == failed
    assert {shard.path for shard in resumed.already_done} == {e.path for e in interrupted.done}
    assert not list(output.glob(".*.partial"))

    rows = [record for records in partitions(output).values() for record in records]
    hashes = [record.article.content_hash for record in rows if hasattr(record, "article")]
    assert len(hashes) == len(set(hashes)) == shards.articles
    assert load(output, tmp_path / "resumed.duckdb") == table_counts(single_process.db)
    final = run_shards(shards.all, output=output, scheduler=cluster.address)
    assert (final.done, final.failed, len(final.already_done)) == ([], [], 4)
