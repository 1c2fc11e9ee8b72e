"""The manifest: a shard is finished only for the same content, version and partition."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from dateline.errors import ScaleError
from dateline.scale.manifest import DONE, Manifest, ShardEntry
from dateline.scale.shards import Shard, read_shard


def _finished_run(tmp_path: Path) -> tuple[Manifest, Shard]:
    path = tmp_path / "desk.jsonl"
    path.write_text('{"text": "Deux policiers tués à Niamey."}\n', encoding="utf-8")
    shard = read_shard(path)
    (tmp_path / shard.partition).write_bytes(b"PAR1")
    manifest = Manifest(tmp_path)
    entry = ShardEntry(shard.path, shard.size, shard.sha256, DONE, output=shard.partition)
    manifest.record(entry)
    return manifest, shard


def test_manifest_saved_entry_reads_back_finished(tmp_path: Path) -> None:
    manifest, shard = _finished_run(tmp_path)
    again = Manifest.load(tmp_path)
    assert again.shards == manifest.shards
    assert again.finished(shard)
    assert not list(tmp_path.glob(".*.partial"))


@pytest.mark.parametrize("change", ["content", "version", "partition", "status"])
def test_manifest_shard_not_finished_when_anything_differs(tmp_path: Path, change: str) -> None:
    manifest, shard = _finished_run(tmp_path)
    entry = manifest.shards[shard.path]
    if change == "content":
        shard = dataclasses.replace(shard, sha256="0" * 64)
    elif change == "version":
        manifest.record(dataclasses.replace(entry, dateline_version="0.0.1"))
    elif change == "partition":
        (tmp_path / shard.partition).unlink()
    else:
        manifest.record(ShardEntry.failed(shard, "[E028] shard failed: KilledWorker"))
    assert not Manifest.load(tmp_path).finished(shard)


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("{not json", "JSONDecodeError"),
        ('{"format": 1, "shards": {}}', "list of 'shards'"),
        ('{"format": 9, "shards": []}', "format 9"),
        ('{"format": 1, "shards": [{"path": "a.jsonl"}]}', "TypeError"),
    ],
)
def test_manifest_unusable_names_file_and_reason(tmp_path: Path, text: str, detail: str) -> None:
    (tmp_path / "manifest.json").write_text(text, encoding="utf-8")
    with pytest.raises(ScaleError) as caught:
        Manifest.load(tmp_path)
    assert caught.value.code == "E027"
    assert str(tmp_path / "manifest.json") in caught.value.reason
    assert detail in caught.value.reason


def test_manifest_required_but_absent_is_e027(tmp_path: Path) -> None:
    assert Manifest.load(tmp_path).shards == {}
    with pytest.raises(ScaleError, match=r"\[E027\].*no manifest here"):
        Manifest.load(tmp_path, required=True)
