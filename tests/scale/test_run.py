"""Sharded runs in this process, and loading their partitions into the store."""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path
from typing import Any

import duckdb
import pytest
from loopback import LoadedRun, Shards, free_port
from newswire import report

from dateline.cli.ingest import ingest
from dateline.errors import ScaleError
from dateline.scale import Manifest, load_run, run_shards
from dateline.scale.shards import read_shard
from dateline.scale.worker import process_shard
from dateline.store import Store


def test_run_counts_every_record_of_every_shard(single_process: LoadedRun, shards: Shards) -> None:
    assert single_process.report.complete
    entries = {Path(entry.path).name: entry for entry in single_process.report.done}
    counts = {
        name: (entry.records, entry.articles, entry.skipped, entry.skipped_errors)
        for name, entry in entries.items()
    }
    assert counts == {
        "desk-a.jsonl": (7, 5, 2, 2),
        "desk-b.jsonl": (5, 5, 0, 0),
        "crawl.warc": (4, 3, 1, 0),
        "bulk.jsonl": (80, 80, 0, 0),
    }
    assert all(entry.events > 0 and entry.worker is None for entry in entries.values())
    assert Path(single_process.report.done[0].path).name == "bulk.jsonl"  # largest first


def _dump(db: Path) -> dict[str, Any]:
    """What a database holds, without the times it was written at."""
    queries = {
        "articles": "SELECT record FROM articles ORDER BY content_hash",
        "places": "SELECT record FROM places ORDER BY content_hash, start_char",
        "events": "SELECT record FROM events ORDER BY id",
        "skipped": "SELECT source, record, code, reason FROM skipped ORDER BY ALL",
    }
    with duckdb.connect(str(db), read_only=True) as connection:
        return {name: connection.execute(query).fetchall() for name, query in queries.items()}


def test_run_then_load_stores_what_ingest_stores(shards: Shards, tmp_path: Path) -> None:
    small = [str(path.resolve()) for path in shards.small]
    run = run_shards(small, output=tmp_path / "run")
    with Store(tmp_path / "loaded.duckdb") as store:
        loaded = load_run(run.output, store=store)
    with Store(tmp_path / "ingested.duckdb") as store:
        ingested = ingest(small, store=store)
    assert (loaded.stored, len(loaded.skipped)) == (13, 3)
    assert loaded.stored == len(ingested.stored)
    dump = _dump(tmp_path / "loaded.duckdb")
    assert dump == _dump(tmp_path / "ingested.duckdb")
    assert len(dump["events"]) > 13


def _copy(shards: Shards, directory: Path) -> list[Path]:
    directory.mkdir()
    return [Path(shutil.copy(path, directory)) for path in shards.small[1:]]


def test_run_again_processes_only_the_changed_shard(shards: Shards, tmp_path: Path) -> None:
    desk, crawl = _copy(shards, tmp_path / "in")
    output = tmp_path / "run"
    first = run_shards([tmp_path / "in"], output=output)
    old = {entry.path: entry.output for entry in first.done}
    with desk.open("a", encoding="utf-8") as stream:
        stream.write(json.dumps({"id": "wire-late", "text": report(40)}) + "\n")
    second = run_shards([tmp_path / "in"], output=output)
    assert [entry.path for entry in second.done] == [str(desk)]
    assert [shard.path for shard in second.already_done] == [str(crawl)]
    assert not (output / (old[str(desk)] or "")).exists()
    assert len(list(output.glob("*.parquet"))) == 2
    with Store(tmp_path / "db.duckdb") as store:
        assert load_run(output, store=store).stored == 5 + 1 + 3


def test_run_shard_changed_after_listing_fails_with_e028(tmp_path: Path) -> None:
    path = tmp_path / "desk.jsonl"
    path.write_text(json.dumps({"text": report(1)}) + "\n", encoding="utf-8")
    shard = read_shard(path)
    path.write_text(json.dumps({"text": report(3)}) + "\n", encoding="utf-8")
    entry = process_shard(shard, str(tmp_path))
    assert entry.status == "failed"
    assert entry.reason is not None
    assert entry.reason.startswith(f"[E028] shard {path} failed: its content changed")
    assert not list(tmp_path.glob("*.parquet"))


@pytest.mark.parametrize("damage", ["missing", "short"])
def test_load_refuses_a_damaged_run_before_storing(
    shards: Shards, tmp_path: Path, damage: str
) -> None:
    _copy(shards, tmp_path / "in")
    output = run_shards([tmp_path / "in"], output=tmp_path / "run").output
    manifest = Manifest.load(output)
    entry = manifest.done()[-1]
    if damage == "missing":
        (output / (entry.output or "")).unlink()
    else:
        manifest.record(dataclasses.replace(entry, records=entry.records + 1))
    with Store(tmp_path / "db.duckdb") as store, pytest.raises(ScaleError) as caught:
        load_run(output, store=store)
    assert caught.value.code == "E028"
    assert entry.path in caught.value.reason
    with Store(tmp_path / "db.duckdb") as store:
        assert store.count_articles() == 0


def test_run_on_a_scheduler_nobody_runs_is_e026(shards: Shards, tmp_path: Path) -> None:
    address = f"tcp://127.0.0.1:{free_port()}"
    with pytest.raises(ScaleError) as caught:
        run_shards(shards.small, output=tmp_path / "run", scheduler=address)
    assert caught.value.code == "E026"
    assert address in caught.value.reason
