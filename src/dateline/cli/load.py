"""``dateline load``: the partitions of a ``dateline run`` into the database."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from dateline.cli._output import err_console, report_skipped
from dateline.errors import ScaleError
from dateline.scale import load_run
from dateline.store import DEFAULT_DB, Store


def load_cli(
    directory: Annotated[
        Path, typer.Argument(help="Output directory of `dateline run` (holds manifest.json).")
    ],
    db: Annotated[Path, typer.Option("--db", help="DuckDB file to write.")] = Path(DEFAULT_DB),
) -> None:
    """Merge a run's Parquet partitions into the database; loading twice adds nothing."""
    try:
        with Store(db) as store:
            report = load_run(directory, store=store)
    except ScaleError as error:
        err_console.print(escape(error.reason))
        raise typer.Exit(code=1) from error
    report_skipped(report.skipped)
    for entry in report.unfinished:
        err_console.print(f"not loaded, unfinished in the run: {escape(entry.path)}")
    err_console.print(
        f"{report.stored} article(s) stored, {report.already_stored} already stored, "
        f"{len(report.skipped)} skipped, from {report.partitions} partition(s) → {db}"
    )
    if report.failed or report.unfinished:
        raise typer.Exit(code=1)
