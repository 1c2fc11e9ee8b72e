"""Shards: listed once each, largest first, fingerprinted by content, outputs left out."""

from __future__ import annotations

from pathlib import Path

from dateline.scale.shards import list_shards, read_shard


def test_shards_fingerprint_follows_content_not_time(tmp_path: Path) -> None:
    path = tmp_path / "desk.jsonl"
    path.write_text('{"text": "Trois soldats tués à Gao."}\n', encoding="utf-8")
    before = read_shard(path)
    path.write_text('{"text": "Trois soldats tués à Gao."}\n', encoding="utf-8")
    assert read_shard(path) == before
    path.write_text('{"text": "Trois soldats tués à Ati."}\n', encoding="utf-8")
    after = read_shard(path)
    assert after.size == before.size
    assert after.fingerprint != before.fingerprint
    assert after.partition != before.partition


def test_shards_listed_once_largest_first_without_the_output(tmp_path: Path) -> None:
    (tmp_path / "small.jsonl").write_text('{"text": "Bref."}\n', encoding="utf-8")
    (tmp_path / "large.jsonl").write_text('{"text": "' + "Long. " * 50 + '"}\n', encoding="utf-8")
    output = tmp_path / "run"
    output.mkdir()
    (output / "manifest.json").write_text("{}", encoding="utf-8")
    shards, missing = list_shards(
        [tmp_path, tmp_path / "small.jsonl", tmp_path / "absent.warc"], exclude=output
    )
    assert [Path(shard.path).name for shard in shards] == ["large.jsonl", "small.jsonl"]
    assert all(Path(shard.path).is_absolute() for shard in shards)
    assert [(item.source, item.code) for item in missing] == [
        (str(tmp_path / "absent.warc"), "E004")
    ]


def test_shards_same_name_in_two_folders_get_two_partitions(tmp_path: Path) -> None:
    paths = [tmp_path / folder / "reports.jsonl" for folder in ("fr", "en")]
    for path in paths:
        path.parent.mkdir()
        path.write_text('{"text": "Un mort à Mopti."}\n', encoding="utf-8")
    first, second = (read_shard(path) for path in paths)
    assert first.sha256 == second.sha256
    assert first.partition != second.partition
    assert first.partition.startswith("reports.jsonl-")
    assert first.partition.endswith(".parquet")
