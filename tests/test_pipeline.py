"""The pipeline over a stream: batches, the per-record catch-all, and worker processes.

A stage that crashes on one record (a bug, not bad input) must cost that record only: it
comes out as a ``Skipped`` with E029 naming the stage and the record, in its place, and
the rest of the batch is processed as if nothing happened.
"""

from __future__ import annotations

import json
import multiprocessing
import os
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import dateline.pipeline
import dateline.workers
from dateline.cli import app
from dateline.errors import WorkerError
from dateline.ingest import read_file
from dateline.pipeline import process, process_batch, run
from dateline.records import Document, Extraction, ParsedArticle, Skipped
from dateline.store import Store

runner = CliRunner()

REPORTS = [
    {
        "id": "gao-1",
        "published": "2024-03-12",
        "text": "Des hommes armés ont attaqué lundi un poste de gendarmerie près de Gao, "
        "tuant trois gendarmes, selon une source sécuritaire malienne.",
    },
    {
        "id": "mosul-2",
        "published": "2024-03-12",
        "text": "Iraqi forces clashed with Islamic State fighters on Sunday west of Mosul, "
        "killing five militants, the Iraqi defence ministry said.",
    },
    {
        "id": "kharkiv-3",
        "published": "2024-03-12",
        "text": "Une frappe de missile russe a touché mardi un immeuble résidentiel de "
        "Kharkiv, faisant deux morts, a annoncé le gouverneur de la région.",
    },
]


def _write_reports(folder: Path, reports: list[dict[str, str]] = REPORTS) -> Path:
    path = folder / "reports.jsonl"
    lines = [json.dumps(report, ensure_ascii=False) for report in reports]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _flat(text: str) -> str:
    return "".join(text.split())


def _documents(path: Path) -> list[Document]:
    return [record for record in read_file(path) if isinstance(record, Document)]


def _crash_on(record_id: str, monkeypatch: pytest.MonkeyPatch, stage: str) -> None:
    """Make the pipeline's ``stage`` function raise a plain bug on one record only."""
    real = getattr(dateline.pipeline, stage)

    def crashing(*args: Any, **kwargs: Any) -> Any:
        first = args[0]
        article = first.article if isinstance(first, ParsedArticle) else first
        if getattr(article, "id", None) == record_id:
            raise ZeroDivisionError("division by zero")
        return real(*args, **kwargs)

    monkeypatch.setattr(dateline.pipeline, stage, crashing)


@pytest.mark.parametrize(
    ("function", "stage"),
    [("link_places", "places"), ("attribute_claims", "claims"), ("extract_events", "events")],
)
def test_pipeline_stage_crash_skips_only_that_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, function: str, stage: str
) -> None:
    _crash_on("mosul-2", monkeypatch, function)
    results = list(run(read_file(_write_reports(tmp_path))))
    assert [type(result) for result in results] == [Extraction, Skipped, Extraction]
    assert [result.article.id for result in results if isinstance(result, Extraction)] == [
        "gao-1",
        "kharkiv-3",
    ]
    skipped = results[1]
    assert isinstance(skipped, Skipped)
    assert skipped.code == "E029"
    assert skipped.record == "mosul-2"
    assert skipped.is_error
    assert f"internal error in stage {stage}: ZeroDivisionError: division by zero" in (
        skipped.reason
    )


def test_pipeline_clean_returning_the_wrong_record_is_an_internal_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = dateline.pipeline.clean
    monkeypatch.setattr(
        dateline.pipeline, "clean", lambda doc: None if doc.id == "gao-1" else real(doc)
    )
    results = list(run(read_file(_write_reports(tmp_path))))
    assert isinstance(results[0], Skipped)
    assert "stage clean: TypeError: clean returned NoneType, expected Article" in (
        results[0].reason
    )
    assert all(isinstance(result, Extraction) for result in results[1:])


def test_pipeline_parser_crash_on_one_article_spares_the_batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The shared spaCy stream fails for the whole batch; each article is then parsed
    alone, so that only the one that breaks the parser is skipped."""

    def broken_stream(articles: Any) -> Any:
        raise MemoryError("batch too large")

    monkeypatch.setattr(dateline.pipeline, "parse_many", broken_stream)
    _crash_on("kharkiv-3", monkeypatch, "parse")
    results = process_batch(_documents(_write_reports(tmp_path)))
    assert [type(result) for result in results] == [Extraction, Extraction, Skipped]
    assert "[E029] internal error in stage parse: ZeroDivisionError" in results[2].reason


def test_pipeline_process_raises_internal_error_naming_the_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``process`` alone (as a distributed worker calls it) raises a ``DatelineError``."""
    _crash_on("gao-1", monkeypatch, "link_places")
    document = _documents(_write_reports(tmp_path))[0]
    with pytest.raises(dateline.pipeline.InternalError) as caught:
        process(document)
    assert caught.value.stage == "places"
    assert str(caught.value).startswith(f"{document.source}#gao-1: [E029]")


def test_pipeline_batches_keep_skipped_records_in_place(tmp_path: Path) -> None:
    lines = [json.dumps(REPORTS[0]), "{not json", json.dumps(REPORTS[2])]
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = list(run(read_file(path), batch_size=2))
    assert [getattr(result, "code", None) for result in results] == [None, "E005", None]
    assert [result.article.id for result in results if isinstance(result, Extraction)] == [
        "gao-1",
        "kharkiv-3",
    ]


def test_cli_ingest_reports_a_crashing_record_and_stores_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _crash_on("mosul-2", monkeypatch, "link_actors")
    db = tmp_path / "crash.duckdb"
    result = runner.invoke(app, ["ingest", str(_write_reports(tmp_path)), "--db", str(db)])
    assert result.exit_code == 1
    stderr = _flat(result.stderr)  # rich wraps long lines where it likes
    assert _flat("1 record(s) could not be used") in stderr
    assert _flat("reports.jsonl#mosul-2: [E029] internal error in stage actors") in stderr
    assert _flat("2 article(s) stored") in stderr
    assert "records/s" in stderr
    with Store(db) as store:
        assert sorted(article.id for article in store.articles()) == ["gao-1", "kharkiv-3"]


def test_cli_extract_workers_give_the_same_output_as_one_process(tmp_path: Path) -> None:
    """Two worker processes, batches of one article: same lines, same order."""
    path = _write_reports(tmp_path, [*REPORTS, {"id": "empty-4", "text": "  "}])
    one = runner.invoke(app, ["extract", str(path), "--jsonl"])
    two = runner.invoke(app, ["extract", str(path), "--jsonl", "--workers", "2"])
    assert one.exit_code == two.exit_code == 1  # the empty record
    assert one.stdout.splitlines() == two.stdout.splitlines()
    ids = [json.loads(line)["id"] for line in two.stdout.splitlines()]
    assert ids == ["gao-1", "mosul-2", "kharkiv-3", "empty-4"]
    assert json.loads(two.stdout.splitlines()[1])["events"], "the worker extracted events"


@pytest.fixture
def forked_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers forked from this process, so that they see the stage patched by the test."""
    monkeypatch.setattr(dateline.workers, "context", lambda: multiprocessing.get_context("fork"))


def test_cli_ingest_workers_store_what_one_process_stores(tmp_path: Path) -> None:
    path = _write_reports(tmp_path)
    stored = {}
    for workers in ("1", "2"):
        db = tmp_path / f"workers-{workers}.duckdb"
        result = runner.invoke(app, ["ingest", str(path), "--db", str(db), "--workers", workers])
        assert result.exit_code == 0, result.stderr
        assert _flat("3 article(s) stored") in _flat(result.stderr)
        with Store(db) as store:
            events = store.count_events(merged=False)
            stored[workers] = (sorted(article.id for article in store.articles()), events)
    assert stored["2"] == stored["1"]
    assert stored["1"][0] == ["gao-1", "kharkiv-3", "mosul-2"]


@pytest.mark.usefixtures("forked_workers")
def test_pipeline_workers_share_batches_in_input_order(tmp_path: Path) -> None:
    """Batches of one article over two workers: the same records, in the same order (the
    CLI test above runs real fork-server workers; forked ones here start in no time)."""
    documents = _documents(_write_reports(tmp_path))
    alone = [result.as_dict() for result in run(documents)]
    shared = [result.as_dict() for result in run(documents, workers=2, batch_size=1)]
    assert shared == alone


def _die_on(record_id: str | None, monkeypatch: pytest.MonkeyPatch) -> None:
    real = dateline.pipeline.link_places

    def dying(parsed: ParsedArticle) -> Any:
        if record_id is None or parsed.article.id == record_id:
            os._exit(3)  # a worker killed outright, as by the kernel's OOM killer
        return real(parsed)

    monkeypatch.setattr(dateline.pipeline, "link_places", dying)


@pytest.mark.usefixtures("forked_workers")
def test_pipeline_worker_death_loses_only_its_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _die_on("mosul-2", monkeypatch)
    documents = _documents(_write_reports(tmp_path))
    results = list(run(documents, workers=2, batch_size=3))
    assert [type(result) for result in results] == [Extraction, Skipped, Extraction]
    assert results[1].code == "E030"
    assert results[1].record == "mosul-2"
    assert "worker process stopped: while processing this record alone" in results[1].reason


@pytest.mark.usefixtures("forked_workers")
def test_pipeline_workers_dying_on_everything_stop_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _die_on(None, monkeypatch)
    documents = _documents(_write_reports(tmp_path))
    with pytest.raises(WorkerError, match=r"\[E030\] .*3 records in a row .*fewer workers"):
        list(run(documents, workers=2, batch_size=3))


def test_pipeline_freezes_what_is_loaded_once_the_first_batch_is_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What the first batch loaded (models, indexes) is left out of the garbage
    collector's full passes, once per process, garbage collected first; the records go
    through unchanged."""
    calls: list[str] = []

    class _Collector:
        def collect(self) -> None:
            calls.append("collect")

        def freeze(self) -> None:
            calls.append("freeze")

    monkeypatch.setattr(dateline.pipeline, "gc", _Collector())
    dateline.pipeline._freeze_long_lived.cache_clear()
    records = [Skipped("feeds/sahel.xml", f"entry {n}", "[E011] not an article", "E011")
               for n in range(20)]  # fmt: skip
    try:
        stream = run(records, batch_size=8)
        first = [next(stream) for _ in range(8)]
        assert calls == []  # not before the first batch is out
        rest = list(stream)
        assert calls == ["collect", "freeze"]
        assert list(run(records, batch_size=8)) == records
        assert calls == ["collect", "freeze"]  # once per process
    finally:
        dateline.pipeline._freeze_long_lived.cache_clear()
    assert first + rest == records


def test_errors_cross_a_process_boundary_whole() -> None:
    """A worker's crash on one record is pickled back to the batch: it must rebuild with
    its code, record and stage, or the pool hangs on it."""
    import pickle

    from dateline.errors import InputError, InternalError, Messages

    crash = InternalError(source="batch.jsonl", record="r-7", stage="events", detail="TypeError")
    back = pickle.loads(pickle.dumps(crash))
    assert (back.code, back.record, back.stage, str(back)) == (
        "E029",
        "r-7",
        "events",
        str(crash),
    )
    unreadable = InputError(Messages.E029, source="a.jsonl", record="r-1", stage="x", detail="y")
    assert str(pickle.loads(pickle.dumps(unreadable))) == str(unreadable)
