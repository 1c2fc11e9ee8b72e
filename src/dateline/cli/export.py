"""``dateline export``: the stored events as CSV, JSON Lines, GeoJSON or Parquet."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Annotated, TextIO

import typer
from rich.markup import escape

from dateline.cli._output import err_console, event_filters, require_db
from dateline.errors import ExportError
from dateline.store import DEFAULT_DB, Store
from dateline.store.export import ExportFormat, write_events


def _day(value: str | None) -> str | None:
    """Refuse what is not a YYYY-MM-DD day before it reaches the database."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError as error:
        raise typer.BadParameter(f"{value!r} is not a day (YYYY-MM-DD)") from error


def export_cli(
    export_format: Annotated[
        ExportFormat,
        typer.Option("--format", "-f", case_sensitive=False, help="Output format."),
    ],
    db: Annotated[Path, typer.Option("--db", help="DuckDB file to read.")] = Path(DEFAULT_DB),
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="File to write; stdout when left out (text formats only)."
        ),
    ] = None,
    event_type: Annotated[
        str | None, typer.Option("--type", help="ACLED event type or PLOVER type.")
    ] = None,
    country: Annotated[str | None, typer.Option("--country", help="ISO 3166-1 alpha-2.")] = None,
    since: Annotated[
        str | None, typer.Option("--since", callback=_day, help="YYYY-MM-DD, first day kept.")
    ] = None,
    until: Annotated[
        str | None, typer.Option("--until", callback=_day, help="YYYY-MM-DD, last day kept.")
    ] = None,
    status: Annotated[
        str | None, typer.Option("--status", help="realised, planned, denied, …")
    ] = None,
) -> None:
    """Export the stored events, filtered like `dateline events`."""
    target: Path | TextIO = sys.stdout if output is None or str(output) == "-" else output
    to_stdout = not isinstance(target, Path)
    if to_stdout and not export_format.is_text:
        raise typer.BadParameter(
            f"{export_format.value} is binary: give a file with --output", param_hint="--output"
        )
    require_db(db)
    with Store(db) as store:
        filters = event_filters(event_type, country)
        events = store.events(**filters, since=since, until=until, status=status)
        sources = store.event_sources()
    try:
        report = write_events(
            events,
            target,
            format=export_format,
            sources=sources,
        )
    except ExportError as error:
        err_console.print(escape(str(error)))
        raise typer.Exit(code=1) from error
    if report.without_point:
        err_console.print(f"{report.without_point} event(s) without coordinates left out")
    where = "stdout" if to_stdout else str(output)
    err_console.print(
        f"{report.written} event(s) written as {export_format.value} → {escape(where)}"
    )
