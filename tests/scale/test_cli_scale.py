"""``dateline run`` and ``dateline load`` through the CLI: exit codes, reports, files."""

from __future__ import annotations

from pathlib import Path

from loopback import Shards, free_port
from typer.testing import CliRunner

from dateline.cli import app


def _invoke(*arguments: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(arguments))
    return result.exit_code, " ".join(result.output.split())


def test_cli_run_then_load_twice_stores_once(shards: Shards, tmp_path: Path) -> None:
    output, db = str(tmp_path / "run"), str(tmp_path / "db.duckdb")
    small = [str(path) for path in shards.small]
    code, text = _invoke("run", *small, "--output", output)
    assert code == 0, text
    assert "3 shard(s) processed, 0 already done, 0 failed" in text
    assert "done " in text and "desk-a.jsonl: 5 article(s)" in text
    assert (tmp_path / "run" / "manifest.json").is_file()
    code, text = _invoke("run", *small, "--output", output)
    assert (code, "0 shard(s) processed, 3 already done" in text) == (0, True)

    code, text = _invoke("load", output, "--db", db)
    # The two bad lines of desk-a.jsonl fail the load as they fail `dateline ingest`.
    assert code == 1
    assert "13 article(s) stored, 0 already stored, 3 skipped, from 3 partition(s)" in text
    assert "[E005]" in text and "[E007]" in text
    code, text = _invoke("load", output, "--db", db)
    assert "0 article(s) stored, 13 already stored" in text


def test_cli_run_reports_missing_shard_and_exits_1(shards: Shards, tmp_path: Path) -> None:
    absent = str(tmp_path / "absent.warc")
    code, text = _invoke("run", str(shards.small[1]), absent, "--output", str(tmp_path / "run"))
    assert code == 1
    assert f"{absent}: [E004] no such file or directory" in text
    assert "1 shard(s) processed" in text


def test_cli_load_without_a_run_is_e027(tmp_path: Path) -> None:
    code, text = _invoke("load", str(tmp_path), "--db", str(tmp_path / "db.duckdb"))
    assert code == 1
    assert "[E027] run manifest" in text and "no manifest here" in text


def test_cli_run_unreachable_scheduler_is_e026(shards: Shards, tmp_path: Path) -> None:
    address = f"tcp://127.0.0.1:{free_port()}"
    arguments = ["run", str(shards.small[1]), "--scheduler", address, "-o", str(tmp_path)]
    code, text = _invoke(*arguments)
    assert code == 1
    assert f"[E026] cannot use the Dask scheduler at {address}" in text
