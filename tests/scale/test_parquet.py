"""Partitions: the whole extraction per row, in input order, written all or nothing."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from dateline.records import (
    Article,
    Claim,
    DateCheck,
    Event,
    Extraction,
    PlaceMention,
    Skipped,
    TimeMention,
)
from dateline.scale.parquet import partition_records, read_partition, write_partition
from dateline.scale.shards import read_shard
from dateline.store import Store

FRIDAY = date(2019, 11, 1)


def _extraction(events: list[Event]) -> Extraction:
    text = "Douze civils ont été tués vendredi à Mopti par l'armée, selon la MINUSMA."
    article = Article.from_text(text, id="mopti-1", source="desk.jsonl", lang="fr")
    article = dataclasses.replace(article, content_hash="a" * 64, cited_sources=("AFP",))
    return Extraction(
        article=article,
        places=tuple(event.place for event in events if event.place is not None),
        actors=tuple(event.actor1 for event in events if event.actor1 is not None),
        claims=(Claim(0, len(text), ("MINUSMA", "AFP"), ("IGO.MINUSMA", "OUT.AFP"), ("selon",)),),
        times=(TimeMention("vendredi", 26, 34, "weekday", FRIDAY, FRIDAY, "day", "metadata", 0.8),),
        date_check=DateCheck(False, "tenure", date(2013, 2, 1), date(2017, 1, 20)),
        events=tuple(events),
    )


SKIPPED = [
    Skipped("desk.jsonl", "line 2", "[E005] line 2 is not valid JSON: …", "E005"),
    Skipped("crawl.warc", "https://wire.example.org/logo.png", "[E011] not an article", "E011"),
]


def _shard(tmp_path: Path) -> Path:
    path = tmp_path / "desk.jsonl"
    path.write_text('{"text": "Douze civils tués."}\n', encoding="utf-8")
    return path


def test_parquet_round_trip_gives_back_every_record(
    tmp_path: Path, coded_events: list[Event]
) -> None:
    shard = read_shard(_shard(tmp_path))
    results = [SKIPPED[0], _extraction(coded_events), SKIPPED[1]]
    counts = write_partition(results, shard=shard, directory=tmp_path)
    path = tmp_path / shard.partition
    assert list(read_partition(path)) == results
    assert partition_records(path) == 3
    assert (counts.articles, counts.skipped, counts.skipped_errors) == (1, 2, 1)
    assert counts.events == len(coded_events)
    assert isinstance(results[1], Extraction)
    assert any(isinstance(place, PlaceMention) for place in results[1].places)


def _failing(first: Extraction | Skipped) -> Iterator[Extraction | Skipped]:
    yield first
    raise RuntimeError("worker lost its disk")


def test_parquet_failed_write_leaves_the_previous_partition(tmp_path: Path) -> None:
    shard = read_shard(_shard(tmp_path))
    write_partition(SKIPPED, shard=shard, directory=tmp_path)
    with pytest.raises(RuntimeError, match="lost its disk"):
        write_partition(_failing(SKIPPED[1]), shard=shard, directory=tmp_path)
    assert list(read_partition(tmp_path / shard.partition)) == SKIPPED
    assert sorted(path.name for path in tmp_path.iterdir()) == ["desk.jsonl", shard.partition]


def test_parquet_event_from_dict_ignores_keys_the_store_adds(
    events_db: Path, coded_events: list[Event]
) -> None:
    with Store(events_db) as store:
        records = store.events()
    assert all("incident_id" in record for record in records)
    back = sorted((Event.from_dict(record) for record in records), key=lambda event: event.id)
    assert back == sorted(coded_events, key=lambda event: event.id)
