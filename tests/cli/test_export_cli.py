"""``dateline export`` through Typer's runner: formats, files, filters and refusals."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.store import Store
from dateline.store.acled import COLUMNS

runner = CliRunner()


def _ids_in_csv(text: str) -> set[str]:
    return {row["event_id"] for row in csv.DictReader(io.StringIO(text))}


def test_cli_export_csv_to_stdout(events_db: Path) -> None:
    result = runner.invoke(app, ["export", "--format", "csv", "--db", str(events_db)])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == ",".join(COLUMNS)
    assert len(lines) == 5
    assert "4 event(s) written as csv → stdout" in result.stderr


@pytest.mark.parametrize("format", ["csv", "jsonl", "geojson", "parquet"])
def test_cli_export_writes_the_file(events_db: Path, tmp_path: Path, format: str) -> None:
    path = tmp_path / f"events.{format}"
    result = runner.invoke(app, ["export", "-f", format, "--db", str(events_db), "-o", str(path)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert path.stat().st_size > 0
    assert f"written as {format} → {path}" in result.stderr.replace("\n", "")


def test_cli_export_geojson_counts_events_left_out(events_db: Path) -> None:
    result = runner.invoke(app, ["export", "--format", "geojson", "--db", str(events_db)])
    assert result.exit_code == 0, result.stderr
    assert len(json.loads(result.stdout)["features"]) == 3
    assert "1 event(s) without coordinates left out" in result.stderr


def test_cli_export_format_is_case_blind(events_db: Path) -> None:
    result = runner.invoke(app, ["export", "--format", "JSONL", "--db", str(events_db)])
    assert result.exit_code == 0, result.stderr
    assert len(result.stdout.splitlines()) == 4


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (["--status", "planned"], {"nowhere-1"}),
        (["--country", "ml"], {"mali-1"}),
        (["--since", "2019-01-01"], {"mali-1", "sudan-1"}),
        (["--until", "2016-12-31"], {"syria-1"}),
        (["--type", "Explosions/Remote violence"], {"syria-1"}),
        (["--type", "CONSULT"], {"nowhere-1"}),
        (["--since", "2019-01-01", "--type", "Protests"], {"sudan-1"}),
    ],
)
def test_cli_export_filters(events_db: Path, options: list[str], expected: set[str]) -> None:
    result = runner.invoke(app, ["export", "-f", "csv", "--db", str(events_db), *options])
    assert result.exit_code == 0, result.stderr
    assert _ids_in_csv(result.stdout) == expected


def test_cli_export_bad_format_fails_clearly(events_db: Path) -> None:
    result = runner.invoke(app, ["export", "--format", "xml", "--db", str(events_db)])
    assert result.exit_code == 2
    assert "Invalid value for '--format'" in result.stderr
    assert "'xml' is not one of" in result.stderr
    assert result.stdout == ""


def test_cli_export_parquet_needs_output(events_db: Path) -> None:
    result = runner.invoke(app, ["export", "--format", "parquet", "--db", str(events_db)])
    assert result.exit_code == 2
    assert "parquet is binary" in result.stderr
    assert result.stdout == ""


def test_cli_export_bad_date_fails_clearly(events_db: Path) -> None:
    result = runner.invoke(app, ["export", "-f", "csv", "--db", str(events_db), "--since", "May"])
    assert result.exit_code == 2
    assert "'May' is not a day (YYYY-MM-DD)" in result.stderr


def test_cli_export_without_database_fails(tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "-f", "csv", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1
    assert "dateline ingest" in result.stderr


def test_cli_export_unwritable_output_names_it(events_db: Path, tmp_path: Path) -> None:
    path = tmp_path / "no-such-folder" / "events.csv"
    result = runner.invoke(app, ["export", "-f", "csv", "--db", str(events_db), "-o", str(path)])
    assert result.exit_code == 1
    assert "E020" in result.stderr
    assert "no-such-folder" in result.stderr


def test_cli_export_examples_same_count_in_every_format(examples_db: Path, tmp_path: Path) -> None:
    with Store(examples_db) as store:
        count = len(store.events())
    assert count > 0
    base = ["export", "--db", str(examples_db)]
    csv_out = runner.invoke(app, [*base, "-f", "csv"])
    jsonl_out = runner.invoke(app, [*base, "-f", "jsonl"])
    parquet = tmp_path / "examples.parquet"
    parquet_out = runner.invoke(app, [*base, "-f", "parquet", "-o", str(parquet)])
    assert csv_out.exit_code == jsonl_out.exit_code == parquet_out.exit_code == 0
    (rows,) = duckdb.connect().execute(
        "SELECT count(*) FROM read_parquet(?)", [str(parquet)]
    ).fetchone() or (0,)
    assert len(_ids_in_csv(csv_out.stdout)) == len(jsonl_out.stdout.splitlines()) == rows == count
