"""Writing a batch of results in one transaction: all or nothing, every record reported."""

from __future__ import annotations

import dataclasses
import random
import signal
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from dateline.records import Extraction, Skipped
from dateline.store import Store
from factories import day, event, extraction, town

TESTS = Path(__file__).resolve().parent.parent
GAO = (
    "Trois soldats ont été tués lundi dans l'explosion d'un engin artisanal au passage de "
    "leur convoi près de Gao, a annoncé l'état-major malien dans un communiqué."
)
MENAKA = (
    "Armed men attacked a cattle market near Menaka on Sunday, killing at least seven "
    "herders, a local official told reporters by telephone."
)
FEED_ERROR = Skipped("feeds/sahel.xml", None, "[E008] malformed feed: no channel", "E008")


def _article(name: str, text: str = GAO, **fields: Any) -> Extraction:
    """An article named ``name`` (its id and content hash) with one strike near Kidal."""
    return extraction(name, f"{text} ({name})", event(f"{name}-1", **fields))


def _rows(store: Store, table: str, where: str = "") -> list[tuple[Any, ...]]:
    return store.connection.execute(f"SELECT * FROM {table}{where} ORDER BY ALL").fetchall()


def test_store_batch_reports_each_result_in_order() -> None:
    batch = [_article("gao"), FEED_ERROR, _article("menaka", MENAKA), _article("gao")]
    with Store(":memory:") as store:
        assert store.add_results(batch) == [True, FEED_ERROR, True, False]
        assert store.add_results(batch) == [False, FEED_ERROR, False, False]
        assert store.count_articles() == 2
        assert [(row[0], row[2]) for row in _rows(store, "skipped")] == [
            ("feeds/sahel.xml", "E008")
        ]


def test_store_batch_readding_changes_nothing() -> None:
    batch = [_article("gao"), _article("menaka", MENAKA)]
    with Store(":memory:") as store:
        store.add_results(batch)
        tables = ("articles", "places", "events", "event_incidents", "incidents")
        before = {table: _rows(store, table) for table in tables}
        assert store.add_results(batch) == [False, False]
        assert {table: _rows(store, table) for table in tables} == before


def test_store_batch_keeps_input_order_of_ingest() -> None:
    names = ["zinder", "agadez", "tahoua", "maradi", "dosso"]
    with Store(":memory:") as store:
        store.add_results([_article(name) for name in names[:3]])
        store.add_results([_article(name) for name in names[3:]])
        assert [article.id for article in store.articles()] == names


def test_store_batch_failure_skips_only_the_article_at_fault() -> None:
    """Two place mentions over the same span break the places table's key: the batch is
    rolled back, then stored one article at a time, and only that article is skipped."""
    broken = _article("broken")
    broken = dataclasses.replace(broken, places=(town("Gao"), town("Gao")))
    batch = [_article("gao"), broken, FEED_ERROR, _article("menaka", MENAKA)]
    with Store(":memory:") as store:
        outcomes = store.add_results(batch)
        assert [article.id for article in store.articles()] == ["gao", "menaka"]
        assert _rows(store, "events", " WHERE content_hash = 'broken'") == []
        assert _rows(store, "places", " WHERE content_hash = 'broken'") == []
        kept = [(row[0], row[1], row[2]) for row in _rows(store, "skipped")]
        merged = store.incident("menaka-1")
    assert outcomes[0] is True and outcomes[3] is True
    assert outcomes[2] == FEED_ERROR
    skipped = outcomes[1]
    assert isinstance(skipped, Skipped)
    assert (skipped.source, skipped.record, skipped.code) == ("broken.txt", "broken", "E031")
    assert skipped.describe().startswith(
        "broken.txt#broken: [E031] cannot be stored in the database: ConstraintException"
    )
    assert kept == [("broken.txt", "broken", "E031"), ("feeds/sahel.xml", None, "E008")]
    assert merged is not None
    assert {source["event_id"] for source in merged["sources"]} == {"gao-1", "menaka-1"}


def test_store_batch_merge_failure_names_the_record_and_forgets_it() -> None:
    """An unreadable stored event stops the merge of any report it may match (E022). The
    article is skipped; a copy of it stored next is not linked to it, as it was never
    stored (the near-duplicate index forgets what the rolled-back batch added)."""
    with Store(":memory:") as store:
        store.add_results([_article("gao")])
        store.connection.execute('UPDATE events SET record = \'{"id": "gao-1"}\'')
        copy = extraction("copy", f"Lire aussi : le marché.\n\n{MENAKA} (menaka)")
        outcomes = store.add_results([_article("menaka", MENAKA), copy])
        links = store.near_duplicates("copy")
        assert store.has_article("copy") and not store.has_article("menaka")
    skipped = outcomes[0]
    assert isinstance(skipped, Skipped)
    assert (skipped.record, skipped.code) == ("menaka", "E022")
    assert "stored event gao-1 is unreadable" in skipped.reason
    assert outcomes[1] is True
    assert links == []


# A run of 12 articles in batches of 4 that stops for good in the middle of the third
# batch's merge, its rows written but not committed; the parent then kills it.
_RUN = """
import sys, time
sys.path[:0] = [sys.argv[1], sys.argv[1] + "/store"]
from test_store_batches import _twelve
from dateline.store import Store, incidents

merge = incidents.Incidents.add_articles
def stalled(self, articles):
    merge(self, articles)
    if any(article.content_hash == "report-08" for article in articles):
        print("merging", flush=True)
        time.sleep(120)
incidents.Incidents.add_articles = stalled
with Store(sys.argv[2]) as store:
    articles = _twelve()
    for start in range(0, 12, 4):
        store.add_results(articles[start : start + 4])
"""


def _twelve() -> list[Extraction]:
    """Six strikes near Kidal a week apart, each told by two articles six apart, so that
    the third batch's articles merge with those of the first."""
    articles = []
    for number in range(12):
        words = GAO.split()
        random.Random(number).shuffle(words)  # texts of their own: no near-duplicates
        when = day((date(2024, 3, 1) + timedelta(weeks=number % 6)).isoformat())
        made = event(f"report-{number:02d}-1", date=when, confidence=0.5)
        articles.append(extraction(f"report-{number:02d}", " ".join(words), made))
    return articles


def _incidents(store: Store) -> list[tuple[str, ...]]:
    groups: dict[str, list[str]] = {}
    for record in store.events(merged=False):
        groups.setdefault(record["incident_id"], []).append(record["id"])
    return sorted(tuple(sorted(group)) for group in groups.values())


def test_store_batch_killed_mid_merge_leaves_the_committed_batches(tmp_path: Path) -> None:
    path = tmp_path / "killed.duckdb"
    process = subprocess.Popen(
        [sys.executable, "-c", _RUN, str(TESTS), str(path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "merging"
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    with Store(path) as store:
        stored = [article.id for article in store.articles()]
        events = _rows(store, "events")
        merged = _rows(store, "event_incidents")
        orphans = store.connection.execute(
            "SELECT count(*) FROM event_incidents WHERE incident_id NOT IN"
            " (SELECT incident_id FROM incidents)"
        ).fetchone()
        store.add_results(_twelve())  # the run again, to the end
        resumed = _incidents(store)
    with Store(tmp_path / "whole.duckdb") as whole:
        whole.add_results(_twelve())
        expected = _incidents(whole)
    assert stored == [f"report-{number:02d}" for number in range(8)]
    assert len(events) == len(merged) == 8
    assert orphans == (0,)
    assert resumed == expected
    assert len(expected) == 6
