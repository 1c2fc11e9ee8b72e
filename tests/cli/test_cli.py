"""The ``dateline`` command, driven through Typer's runner: exit codes, output, files written."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline import __version__
from dateline.cli import app
from dateline.store import Store

runner = CliRunner()

BODY_FR = (
    "Des hélicoptères de l'armée ont bombardé mardi plusieurs villages au sud d'Idleb, "
    "faisant au moins six morts parmi les civils, selon l'Observatoire syrien des droits "
    "de l'homme."
)


def _write_report(folder: Path, name: str = "idleb.txt", body: str = BODY_FR) -> Path:
    path = folder / name
    path.write_text(f"Raids meurtriers au sud d'Idleb\n\n{body}\n\nSources: AFP, OSDH\n", "utf-8")
    return path


def test_cli_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"dateline {__version__}"


def test_cli_extract_json_prints_one_article(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(_write_report(tmp_path)), "--json"])
    assert result.exit_code == 0, result.stderr
    output = json.loads(result.stdout)
    article = output["article"]
    assert article["title"] == "Raids meurtriers au sud d'Idleb"
    assert article["lang"] == "fr"
    assert article["cited_sources"] == ["AFP", "OSDH"]
    assert article["text"] == BODY_FR
    assert set(article) >= {"id", "url", "lang", "title", "text", "published", "page_time"}
    assert set(article) >= {"cited_sources", "repairs"}


def test_cli_extract_jsonl_keeps_input_order_and_ids(resources: Path) -> None:
    result = runner.invoke(app, ["extract", str(resources / "mixed.jsonl"), "--jsonl"])
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["id"] for line in lines] == [
        "kenya-manda-2020-01-05",
        "ouganda-mpondwe-2023-06-17",
        "line 3",
        "bad-2",
    ]
    assert lines[0]["article"]["published"]["value"] == "2020-01-05"
    assert lines[0]["article"]["published"]["basis"] == "metadata"
    assert [line["error"]["code"] for line in lines[2:]] == ["E005", "E007"]
    # The batch went on past the bad lines, listed them, and says it was not clean.
    assert result.exit_code == 1
    assert "2 record(s) could not be used" in result.stderr


def test_cli_extract_json_refuses_many_records(resources: Path) -> None:
    result = runner.invoke(app, ["extract", str(resources / "en-rss.rss"), "--json"])
    assert result.exit_code == 1
    assert "E012" in result.stderr


@pytest.mark.parametrize(
    ("name", "code"), [("empty.txt", "E001"), ("binary.bin", "E002"), ("missing.txt", "E004")]
)
def test_cli_extract_bad_file_fails_with_reason(resources: Path, name: str, code: str) -> None:
    result = runner.invoke(app, ["extract", str(resources / name), "--json"])
    assert result.exit_code == 1
    assert code in result.stderr
    assert name in result.stderr
    assert result.stdout == ""


def test_cli_ingest_stores_then_reports_already_stored(tmp_path: Path) -> None:
    report = _write_report(tmp_path)
    db = tmp_path / "test.duckdb"
    first = runner.invoke(app, ["ingest", str(report), "--db", str(db)])
    assert first.exit_code == 0, first.stderr
    assert "1 article(s) stored" in first.stderr
    second = runner.invoke(app, ["ingest", str(report), "--db", str(db)])
    assert second.exit_code == 0
    assert "already stored" in second.stderr
    assert "0 article(s) stored, 1 already stored" in second.stderr
    with Store(db) as store:
        assert store.count_articles() == 1


def test_cli_ingest_batch_continues_past_bad_files(tmp_path: Path, resources: Path) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    for name in ("empty.txt", "binary.bin", "en-report.txt", "mixed.jsonl"):
        shutil.copy(resources / name, batch / name)
    db = tmp_path / "batch.duckdb"
    result = runner.invoke(app, ["ingest", str(batch), "--db", str(db)])
    assert result.exit_code == 1
    # Every bad input is named, with its reason, and the good ones are stored anyway.
    for expected in ("empty.txt", "E001", "binary.bin", "E002", "line 3", "E005", "bad-2"):
        assert expected in result.stderr
    assert "4 record(s) could not be used" in result.stderr
    with Store(db) as store:
        assert store.count_articles() == 3
        skipped = store.connection.execute("SELECT count(*) FROM skipped").fetchone()
    assert skipped == (4,)


def test_cli_ingest_examples_then_articles_table(tmp_path: Path, examples: Path) -> None:
    db = tmp_path / "demo.duckdb"
    ingested = runner.invoke(app, ["ingest", str(examples), "--db", str(db)])
    assert ingested.exit_code == 0, ingested.stderr
    listed = runner.invoke(app, ["articles", "--db", str(db)])
    assert listed.exit_code == 0
    with Store(db) as store:
        count = store.count_articles()
    assert count >= 8
    assert f"{count} stored article(s)" in listed.stdout
    assert "Indelimane" in listed.stdout or "Mali" in listed.stdout


def test_cli_articles_without_database_fails(tmp_path: Path) -> None:
    result = runner.invoke(app, ["articles", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1
    assert "dateline ingest" in result.stderr


def test_cli_extract_seed_page(seed_page: Path) -> None:
    result = runner.invoke(app, ["extract", str(seed_page), "--json"])
    assert result.exit_code == 0, result.stderr
    article = json.loads(result.stdout)["article"]
    assert article["lang"] == "fr"
    assert article["title"] == "Deuxième série de bombardements russes contre Daesh à Tadmor"
    assert article["title"] not in article["text"]
    assert article["page_time"]["value"] == "2024-11-22T12:54+02:00"
    assert article["page_time"]["basis"] == "page_chrome"
    assert article["published"]["value"] is None or article["published"]["confidence"] < 0.5
    assert article["cited_sources"] == ["AFP", "Sputnik", "RT", "Al-Manar"]
    for span in article["paragraphs"]:
        paragraph = article["text"][span["start"] : span["end"]]
        assert paragraph.strip() == paragraph
        assert paragraph
    assert (
        "\n\n".join(article["text"][s["start"] : s["end"]] for s in article["paragraphs"])
        == article["text"]
    )
