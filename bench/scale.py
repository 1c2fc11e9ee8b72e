"""Sharded runs: in-process against a Dask cluster of worker processes on this machine.

Run ``.venv/bin/python bench/scale.py [--shards N] [--workers W]``. The shards are JSON
Lines files of the eval dev reports (480 short French and English reports, ~60 words
each), dealt round-robin. Three measurements over the same shards, each into a fresh output
directory and database:

- ``ingest``: ``dateline ingest`` of the shards (one process), the reference;
- ``run local``: ``run_shards`` without a scheduler, then ``load_run``;
- ``run dask``: a loopback ``dask scheduler`` with W ``dask worker --nthreads 1
  --no-nanny`` processes started here, ``run_shards`` on it, then ``load_run``.

Models are loaded in this process before the clock starts, so ``ingest`` and ``run local``
compare like with like; the Dask run's wall time includes every worker loading them (the
worker plugin), and its ``steady_articles_per_s`` counts only the time after the first
shard came back. Writes ``bench/results/scale.json``. Not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from machine import describe

from dateline.cli.ingest import ingest
from dateline.scale import ShardEntry, load_run, run_shards
from dateline.scale.worker import warm_up
from dateline.store import Store

ROOT = Path(__file__).resolve().parent.parent
EVAL_SETS = ["events-dev-fr.jsonl", "events-dev-en.jsonl", "geoparse-dev.jsonl"]
DASK = Path(sys.executable).with_name("dask")


def write_shards(directory: Path, count: int) -> list[str]:
    """The eval reports dealt round-robin into ``count`` JSON Lines shards."""
    rows = [
        {"id": row["id"], "text": row["text"], "published": row.get("published")}
        for name in EVAL_SETS
        for row in map(json.loads, (ROOT / "eval" / "data" / name).read_text().splitlines())
    ]
    shards = [directory / f"shard-{index:02d}.jsonl" for index in range(count)]
    for index, path in enumerate(shards):
        lines = [json.dumps(row, ensure_ascii=False) for row in rows[index::count]]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [str(path) for path in shards]


def measure_ingest(shards: list[str], folder: Path) -> dict[str, Any]:
    start = time.perf_counter()
    with Store(folder / "ingest.duckdb") as store:
        report = ingest(shards, store=store)
    seconds = time.perf_counter() - start
    return _rates("ingest", len(report.stored), seconds)


def measure_run(
    shards: list[str], folder: Path, name: str, scheduler: str | None = None
) -> dict[str, Any]:
    arrivals: list[tuple[float, ShardEntry]] = []
    start = time.perf_counter()
    report = run_shards(
        shards,
        output=folder / name,
        scheduler=scheduler,
        on_shard=lambda entry: arrivals.append((time.perf_counter(), entry)),
    )
    run_seconds = time.perf_counter() - start
    with Store(folder / f"{name}.duckdb") as store:
        loaded = load_run(report.output, store=store)
    load_seconds = time.perf_counter() - start - run_seconds
    articles = sum(entry.articles for entry in report.done)
    first_time, first = arrivals[0]
    steady = (articles - first.articles) / max(1e-9, arrivals[-1][0] - first_time)
    return {
        **_rates(name, articles, run_seconds),
        "failed_shards": len(report.failed),
        "steady_articles_per_s": round(steady, 1),
        "load_seconds": round(load_seconds, 2),
        "load_articles_per_s": round(loaded.stored / max(1e-9, load_seconds), 1),
        "partition_mb": round(
            sum(p.stat().st_size for p in report.output.glob("*.parquet")) / 2**20, 2
        ),
    }


def _rates(name: str, articles: int, seconds: float) -> dict[str, Any]:
    return {
        "run": name,
        "articles": articles,
        "seconds": round(seconds, 2),
        "articles_per_s": round(articles / seconds, 1),
    }


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_cluster(workers: int, folder: Path) -> tuple[str, list[subprocess.Popen[bytes]]]:
    """A scheduler and ``workers`` single-threaded worker processes on 127.0.0.1."""
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    log = (folder / "dask.log").open("wb")
    common = {"stdout": log, "stderr": subprocess.STDOUT, "cwd": folder}
    arguments = ["--host", "127.0.0.1", "--no-dashboard"]
    processes = [
        subprocess.Popen(
            [str(DASK), "scheduler", "--port", str(port), "--no-show", *arguments], **common
        )
    ]
    time.sleep(2)
    for _ in range(workers):
        worker = [str(DASK), "worker", address, "--nthreads", "1", "--no-nanny", *arguments]
        processes.append(subprocess.Popen(worker, **common))
    return address, processes


def stop(processes: list[subprocess.Popen[bytes]]) -> None:
    for process in reversed(processes):
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shards", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        shards = write_shards(folder, options.shards)
        warm_up()
        results = [measure_ingest(shards, folder), measure_run(shards, folder, "run local")]
        address, processes = start_cluster(options.workers, folder)
        try:
            results.append(measure_run(shards, folder, "run dask", scheduler=address))
        finally:
            stop(processes)
    summary = {
        "shards": options.shards,
        "workers": options.workers,
        "results": results,
        "load_average": [round(value, 2) for value in os.getloadavg()],
        "machine": describe(),
    }
    (ROOT / "bench" / "results" / "scale.json").write_text(json.dumps(summary, indent=2) + "\n")
    for row in results:
        print("  ".join(f"{key}={value}" for key, value in row.items()))
    print(f"load average {summary['load_average']}, {summary['machine']}")


if __name__ == "__main__":
    main()
