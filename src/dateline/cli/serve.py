"""``dateline serve``: the HTTP API and the event page over a database, on loopback by default."""

from __future__ import annotations

import ipaddress
from pathlib import Path
from typing import Annotated

import typer
import uvicorn
from rich.markup import escape

from dateline.cli._output import err_console, require_db
from dateline.errors import StoreError
from dateline.serve import create_app
from dateline.store import DEFAULT_DB


def is_loopback(host: str) -> bool:
    """True for addresses only this machine can reach (127.0.0.0/8, ::1, localhost)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve_cli(
    db: Annotated[Path, typer.Option("--db", help="DuckDB file to serve.")] = Path(DEFAULT_DB),
    host: Annotated[
        str, typer.Option("--host", help="Address to bind; other than loopback exposes the API.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="TCP port.")] = 8000,
) -> None:
    """Serve the stored events over HTTP: the API under /api, its docs at /docs, the page at /."""
    require_db(db)
    if not is_loopback(host):
        err_console.print(
            f"[bold yellow]warning:[/] binding {host}: anyone who can reach this machine can "
            "read the database and run extractions; the API has no authentication"
        )
    try:
        app = create_app(db)
    except StoreError as error:
        err_console.print(escape(f"{db}: {error.reason}"))
        raise typer.Exit(code=1) from error
    err_console.print(f"serving {db} on http://{host}:{port}/ (API docs: /docs); Ctrl+C stops")
    uvicorn.run(app, host=host, port=port, log_level="warning")
