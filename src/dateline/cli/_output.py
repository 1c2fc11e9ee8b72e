"""Shared terminal output and options: a stderr console, the end-of-batch skip report, and
the database and event filters that several commands read."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, TypedDict

import typer
from rich.console import Console
from rich.markup import escape

from dateline.records import Skipped

# Messages name files and records: never break them across lines, so they can be grepped.
err_console = Console(stderr=True, highlight=False, soft_wrap=True)


def report_skipped(skipped: Sequence[Skipped]) -> None:
    """List every record a batch passed over, errors first, one line each."""
    errors = [item for item in skipped if item.is_error]
    ignored = [item for item in skipped if not item.is_error]
    if errors:
        err_console.print(f"[bold red]{len(errors)} record(s) could not be used:[/]")
        for item in errors:
            err_console.print(f"  {escape(item.describe())}")
    if ignored:
        err_console.print(f"{len(ignored)} record(s) passed over (not articles):")
        for item in ignored:
            err_console.print(f"  {escape(item.describe())}")


def require_db(db: Path) -> None:
    """Stop with a hint rather than create an empty database by reading a mistyped path."""
    if not db.exists():
        err_console.print(f"{db}: no database here; run `dateline ingest PATH --db {db}` first")
        raise typer.Exit(code=1)


class TypeFilters(TypedDict):
    """The ``--type``/``--country`` part of ``Store.events``'s filters."""

    plover_type: str | None
    acled_type: str | None
    country: str | None


def event_filters(event_type: str | None, country: str | None) -> TypeFilters:
    """``--type`` takes a PLOVER type (upper case) or an ACLED type; ``--country`` ISO2."""
    upper = bool(event_type and event_type.isupper())
    return TypeFilters(
        plover_type=event_type if upper else None,
        acled_type=None if upper else event_type,
        country=country.upper() if country else None,
    )


# --workers of the commands that run the pipeline over many records.
WorkersOption = Annotated[
    int,
    typer.Option(
        "--workers",
        min=1,
        help="Processes running the pipeline, each loading the models once (~0.7 GB each).",
    ),
]
