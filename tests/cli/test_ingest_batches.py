"""``dateline ingest`` writes results a batch per transaction: same database, every record
that could not be stored reported."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import dateline.store
from dateline.cli import app
from dateline.cli.ingest import ingest
from dateline.records import Article
from dateline.store import Store

runner = CliRunner()

REPORTS = [
    {
        "id": "mopti-fr",
        "published": "2024-02-06",
        "url": "https://journal-du-sahel.example/mopti",
        "text": "Six civils ont été tués lundi dans l'attaque de leur village près de Mopti, "
        "dans le centre du Mali, par des hommes armés, selon des sources locales.",
    },
    {
        "id": "mopti-en",
        "published": "2024-02-06",
        "url": "https://sahel-wire.example/mopti",
        "text": "Gunmen killed seven civilians on Monday in an attack on a village near Mopti "
        "in central Mali, local officials said.",
    },
    {
        "id": "gao-fr",
        "published": "2024-02-08",
        "text": "Deux soldats maliens ont été tués mercredi par l'explosion d'une mine au "
        "passage de leur convoi près de Gao, a annoncé l'armée.",
    },
    {
        "id": "niamey-en",
        "published": "2024-02-09",
        "text": "Thousands of people marched in Niamey on Thursday to demand the departure "
        "of foreign troops, witnesses said.",
    },
]


def _write(folder: Path) -> Path:
    path = folder / "sahel.jsonl"
    path.write_text("\n".join(json.dumps(row, ensure_ascii=False) for row in REPORTS), "utf-8")
    return path


def _everything(store: Store) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[str]]:
    return (
        store.events(),
        store.events(merged=False),
        [article.id for article in store.articles()],
    )


def test_ingest_batches_store_what_one_batch_stores(tmp_path: Path) -> None:
    path = _write(tmp_path)
    found = []
    for size in (1, 3, 32):
        with Store(tmp_path / f"batch-{size}.duckdb") as store:
            report = ingest([str(path)], store=store, batch_size=size)
            assert [article.id for article in report.stored] == [row["id"] for row in REPORTS]
            found.append(_everything(store))
    assert found[0] == found[1] == found[2]
    events, _, articles = found[0]
    assert articles == ["mopti-fr", "mopti-en", "gao-fr", "niamey-en"]
    mopti = [e["sources_count"] for e in events if e["place"] and e["place"]["name"] == "Mopti"]
    assert mopti == [2]  # the two outlets' reports of the attack, merged in any batching


def test_ingest_batches_report_an_article_that_cannot_be_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A value the database refuses (here a confidence that is not a number) fails its
    batch; the batch is stored again one article at a time, the bad one is reported."""
    article_row = dateline.store.article_row

    def refused(article: Article) -> list[object]:
        row = article_row(article)
        if article.id == "gao-fr":
            row[11] = "very sure"  # published_confidence, a DOUBLE
        return row

    monkeypatch.setattr(dateline.store, "article_row", refused)
    db = tmp_path / "sahel.duckdb"
    result = runner.invoke(app, ["ingest", str(_write(tmp_path)), "--db", str(db)])
    assert result.exit_code == 1
    stderr = " ".join(result.stderr.split())
    assert "gao-fr: [E031] cannot be stored in the database: ConversionException" in stderr
    assert "3 article(s) stored, 0 already stored, 1 skipped" in stderr
    with Store(db) as store:
        assert [article.id for article in store.articles()] == ["mopti-fr", "mopti-en", "niamey-en"]
        skipped = store.connection.execute("SELECT record, code FROM skipped").fetchall()
    assert skipped == [("gao-fr", "E031")]
