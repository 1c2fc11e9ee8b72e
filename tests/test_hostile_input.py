"""Hostile input: binary, huge, damaged and malformed files never stop a batch.

The corpus comes from ``scripts/make_hostile_corpus.py``, whose manifest says what each
file must give. Ingesting it must crash nowhere, report every bad input with its code and
file, store every good record once, and survive a kill in the middle of writing.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import signal
import subprocess
import sys
import time
import tracemalloc
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.cli.ingest import IngestReport, ingest
from dateline.records import Skipped
from dateline.store import Store

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()


def _corpus_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "make_hostile_corpus", ROOT / "scripts" / "make_hostile_corpus.py"
    )
    if spec is None or spec.loader is None:
        raise ImportError("scripts/make_hostile_corpus.py not found")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while building
    spec.loader.exec_module(module)
    return module


corpus_script = _corpus_script()


@dataclass(frozen=True, slots=True)
class Ingested:
    """The corpus ingested once through the Python API, as the reference run."""

    corpus: Path
    expected: dict[str, Any]
    db: Path
    report: IngestReport


@pytest.fixture(scope="session")
def hostile_corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    directory = tmp_path_factory.mktemp("hostile")
    return directory, corpus_script.write_corpus(directory)


@pytest.fixture(scope="session")
def ingested(
    hostile_corpus: tuple[Path, dict[str, Any]], tmp_path_factory: pytest.TempPathFactory
) -> Ingested:
    corpus, expected = hostile_corpus
    db = tmp_path_factory.mktemp("hostile-db") / "reference.duckdb"
    with Store(db) as store:
        report = ingest([str(corpus)], store=store)
    return Ingested(corpus, expected, db, report)


@pytest.fixture(scope="session")
def large_page(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any]:
    """The 50 MB page, written once per session in a folder of its own."""
    directory = tmp_path_factory.mktemp("hostile-large")
    return directory, corpus_script.write_large_page(directory)


def _totals(db: Path) -> dict[str, object]:
    """What a database holds, in a form two runs can be compared on."""
    with Store(db) as store:
        query = store.connection.execute
        return {
            "articles": sorted(query("SELECT content_hash, source, id FROM articles").fetchall()),
            "places": query("SELECT count(*) FROM places").fetchall(),
            "events": query("SELECT count(*) FROM events").fetchall(),
            "skipped": sorted(
                query("SELECT source, coalesce(record, ''), code, reason FROM skipped").fetchall()
            ),
        }


def _assert_consistent(db: Path) -> None:
    """No place or event without its article, and no skipped row twice."""
    with Store(db) as store:
        query = store.connection.execute
        for table in ("places", "events"):
            orphans = query(
                f"SELECT count(*) FROM {table}"
                " WHERE content_hash NOT IN (SELECT content_hash FROM articles)"
            ).fetchone()
            assert orphans == (0,), table
        repeated = query(
            "SELECT count(*) FROM (SELECT source, record, code, reason, count(*) AS n"
            " FROM skipped GROUP BY ALL HAVING n > 1)"
        ).fetchone()
        assert repeated == (0,)


def test_hostile_ingest_reports_every_bad_input_with_code_and_file(ingested: Ingested) -> None:
    skipped_by_file: dict[str, list[Skipped]] = {}
    for item in ingested.report.skipped:
        skipped_by_file.setdefault(Path(item.source).name, []).append(item)
    assert set(skipped_by_file) <= set(ingested.expected)
    for name, expected in ingested.expected.items():
        found = skipped_by_file.get(name, [])
        assert [item.code for item in found] == list(expected.skipped), name
        for item in found:
            assert item.reason.startswith(f"[{item.code}] "), item
            assert name in item.describe()


def test_hostile_ingest_names_the_record_inside_multi_record_files(ingested: Ingested) -> None:
    for item in ingested.report.skipped:
        if item.code in ("E005", "E006", "E007", "E013", "E018", "E019") and item.source.endswith(
            (".jsonl", ".warc", ".rss")
        ):
            assert item.record, item
    ids = {item.record for item in ingested.report.skipped}
    assert {"line 2", "line 3", "no-text", "number-text", "big-10mb", "record 2"} <= ids


def test_hostile_ingest_stores_every_good_record_once(ingested: Ingested) -> None:
    stored = Counter(Path(article.source).name for article in ingested.report.stored)
    expected = {name: e.stored for name, e in ingested.expected.items() if e.stored}
    assert dict(stored) == expected
    assert ingested.report.already_stored == []
    ids = {article.id for article in ingested.report.stored}
    assert {record_id for record_id, _ in corpus_script.GOOD_JSONL} <= ids
    assert {url for url, _ in corpus_script.GOOD_WARC_PAGES} <= ids
    assert {"big-before", "big-after", "https://example-news.org/hostile/feed-1"} <= ids


@pytest.mark.parametrize(
    ("name", "kind", "expected"),
    [
        ("utf16-no-bom.txt", "decode", "UTF-16, no BOM"),
        ("mixed-encodings.txt", "decode", "mixed encodings"),
        ("nul-bytes.txt", "control", "NUL character(s) removed"),
        ("invalid-utf8.txt", "decode", "invalid UTF-8 sequence(s)"),
    ],
)
def test_hostile_ingest_repairs_damaged_text_and_says_so(
    ingested: Ingested, name: str, kind: str, expected: str
) -> None:
    [article] = [a for a in ingested.report.stored if Path(a.source).name == name]
    assert any(r.kind == kind and expected in r.detail for r in article.repairs), article.repairs
    assert "\x00" not in article.text


def test_hostile_ingest_decodes_each_line_of_mixed_encodings(ingested: Ingested) -> None:
    [article] = [a for a in ingested.report.stored if a.source.endswith("mixed-encodings.txt")]
    assert "près de Tombouctou" in article.text
    assert "l'état-major" in article.text


def test_hostile_ingest_stores_what_it_reports(ingested: Ingested) -> None:
    _assert_consistent(ingested.db)
    totals = _totals(ingested.db)
    assert len(totals["articles"]) == len(ingested.report.stored)  # type: ignore[arg-type]
    assert len(totals["skipped"]) == len(ingested.report.skipped)  # type: ignore[arg-type]


def test_hostile_large_page_is_refused_unread_and_fast(
    large_page: tuple[Path, Any], tmp_path: Path
) -> None:
    directory, expected = large_page
    page = directory / corpus_script.LARGE_PAGE
    assert page.stat().st_size >= 50 * 1024 * 1024
    tracemalloc.start()
    started = time.monotonic()
    with Store(tmp_path / "large.duckdb") as store:
        report = ingest([str(directory)], store=store)
    elapsed = time.monotonic() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert [item.code for item in report.skipped] == list(expected.skipped)
    assert corpus_script.LARGE_PAGE in report.skipped[0].describe()
    assert "52,428,800 bytes" in report.skipped[0].reason
    assert report.stored == []
    assert elapsed < 10
    assert peak < 20 * 1024 * 1024


def _ingest_process(corpus: Path, db: Path, *options: str) -> subprocess.Popen[str]:
    code = "from dateline.cli import main; main()"
    return subprocess.Popen(
        [sys.executable, "-c", code, "ingest", str(corpus), "--db", str(db), *options],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "COLUMNS": "200"},
    )


def _wal_size_after_migrations(folder: Path) -> int:
    """Size of the write-ahead log of a database that holds only its schema."""
    db = folder / "schema-only.duckdb"
    with Store(db):
        return Path(f"{db}.wal").stat().st_size if Path(f"{db}.wal").exists() else 0


def test_hostile_kill_mid_ingest_leaves_a_consistent_db_and_rerun_completes(
    ingested: Ingested, tmp_path: Path
) -> None:
    db = tmp_path / "killed.duckdb"
    wal = Path(f"{db}.wal")
    baseline = _wal_size_after_migrations(tmp_path)
    # One result per transaction, so that a kill once writing has begun lands between
    # committed results (the default batch would hold the whole small corpus).
    process = _ingest_process(ingested.corpus, db, "--batch", "1")
    deadline = time.monotonic() + 60
    # Kill once articles or skip rows are being written, past the schema.
    while process.poll() is None and time.monotonic() < deadline:
        if wal.exists() and wal.stat().st_size > baseline:
            process.send_signal(signal.SIGKILL)
            break
        time.sleep(0.01)
    process.communicate(timeout=60)
    assert process.returncode == -signal.SIGKILL, "ingest finished before it could be killed"

    _assert_consistent(db)
    reference = _totals(ingested.db)
    partial = _totals(db)
    assert partial["articles"] or partial["skipped"], "killed before writing anything"
    assert set(partial["skipped"]) <= set(reference["skipped"])  # type: ignore[call-overload]
    assert set(partial["articles"]) <= set(reference["articles"])  # type: ignore[call-overload]

    rerun = _ingest_process(ingested.corpus, db)
    _, stderr = rerun.communicate(timeout=120)
    # Exit 1 is the documented code for a batch where some records could not be used.
    assert rerun.returncode == 1, stderr
    assert "could not be used" in stderr
    for name, expected in ingested.expected.items():
        if expected.skipped:
            assert name in stderr
    _assert_consistent(db)
    assert _totals(db) == reference


def test_hostile_cli_rerun_stores_nothing_twice(ingested: Ingested, tmp_path: Path) -> None:
    db = tmp_path / "rerun.duckdb"
    shutil.copy(ingested.db, db)
    result = runner.invoke(app, ["ingest", str(ingested.corpus), "--db", str(db)])
    assert result.exit_code == 1, result.stderr
    stored = len(ingested.report.stored)
    assert f"0 article(s) stored, {stored} already stored" in result.stderr
    _assert_consistent(db)
    assert _totals(db) == _totals(ingested.db)
