"""`dateline serve`: loopback by default, a hint for a missing database, a real server."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import httpx
import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.cli.serve import is_loopback
from dateline.store import Store

DATELINE = Path(sys.executable).parent / "dateline"


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.8.9.10", True),
        ("::1", True),
        ("localhost", True),
        ("0.0.0.0", False),
        ("192.168.1.20", False),
        ("::", False),
        ("example.org", False),
    ],
)
def test_serve_cli_knows_loopback_addresses(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_serve_cli_missing_database_exits_with_a_hint(tmp_path: Path) -> None:
    missing = tmp_path / "absent.duckdb"
    result = CliRunner().invoke(app, ["serve", "--db", str(missing)])
    assert result.exit_code == 1
    assert "dateline ingest" in result.output
    assert not missing.exists()


def test_serve_cli_refuses_a_database_from_a_newer_dateline(tmp_path: Path) -> None:
    path = tmp_path / "future.duckdb"
    Store(path).close()
    connection = duckdb.connect(str(path))
    connection.execute("INSERT INTO schema_version VALUES (99)")
    connection.close()
    result = CliRunner().invoke(app, ["serve", "--db", str(path)])
    assert result.exit_code == 1
    assert "[E015]" in result.output


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_serve_cli_answers_on_loopback(events_db: Path) -> None:
    port = _free_port()
    server = subprocess.Popen(
        [str(DATELINE), "serve", "--db", str(events_db), "--port", str(port)],
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2)
                break
            except httpx.TransportError:
                assert server.poll() is None, server.stderr.read() if server.stderr else ""
                assert time.monotonic() < deadline, "dateline serve did not start in 60 s"
                time.sleep(0.2)
        assert response.json() == {"status": "ok", "articles": 1, "events": 4}
    finally:
        server.terminate()
        server.wait(timeout=10)
