"""Shards written from ``newswire``, a single-process run over them, and a real Dask
cluster on loopback: one ``dask scheduler`` and two ``dask worker --no-nanny`` processes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from loopback import DASK, LoadedRun, LoopbackCluster, Shards
from newswire import write_jsonl, write_warc

from dateline.scale import load_run, run_shards
from dateline.store import Store


@pytest.fixture(scope="session")
def shards(tmp_path_factory: pytest.TempPathFactory) -> Shards:
    directory = tmp_path_factory.mktemp("shards")
    small = (
        write_jsonl(directory / "desk-a.jsonl", range(0, 5), broken=True),
        write_jsonl(directory / "desk-b.jsonl", range(5, 10)),
        write_warc(directory / "crawl.warc", range(10, 13)),
    )
    return Shards(directory, small, write_jsonl(directory / "bulk.jsonl", range(100, 180)))


@pytest.fixture(scope="session")
def single_process(shards: Shards, tmp_path_factory: pytest.TempPathFactory) -> LoadedRun:
    """Every shard run in this process (no scheduler) and loaded into a database: what a
    distributed run must reproduce."""
    base = tmp_path_factory.mktemp("single")
    report = run_shards(shards.all, output=base / "run")
    with Store(base / "single.duckdb") as store:
        load_run(report.output, store=store)
    return LoadedRun(report, base / "single.duckdb")


@pytest.fixture(scope="module")
def loopback(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LoopbackCluster]:
    if not DASK.is_file():
        pytest.skip("the dask command is not installed beside this Python")
    cluster = LoopbackCluster(tmp_path_factory.mktemp("dask"))
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def cluster(loopback: LoopbackCluster) -> LoopbackCluster:
    """The loopback cluster with two live workers (replacing any a previous test killed)."""
    loopback.ensure_workers(2)
    return loopback
