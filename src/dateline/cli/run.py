"""``dateline run``: shards through the pipeline into Parquet partitions, locally or on Dask."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from dateline.cli._output import err_console, report_skipped
from dateline.errors import ScaleError
from dateline.scale import MANIFEST_NAME, ShardEntry, run_shards

DEFAULT_OUTPUT = "dateline-run"


def _print_shard(entry: ShardEntry) -> None:
    where = f" on {entry.worker}" if entry.worker else ""
    if entry.status == "done":
        err_console.print(
            f"done {escape(entry.path)}: {entry.articles} article(s), {entry.events} event(s), "
            f"{entry.skipped} skipped, {entry.seconds:.1f} s{escape(where)}"
        )
    else:
        err_console.print(
            f"[bold red]failed[/] {escape(entry.reason or entry.path)}{escape(where)}"
        )


def run_cli(
    shards: Annotated[
        list[str], typer.Argument(help="Shards: WARC, JSON Lines or any files, directories, globs.")
    ],
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Directory for the partitions and manifest.")
    ] = Path(DEFAULT_OUTPUT),
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler", help="Dask scheduler address (tcp://HOST:PORT); in-process if left out."
        ),
    ] = None,
) -> None:
    """Run the pipeline over shards, one Parquet partition each; re-running skips finished ones."""
    try:
        report = run_shards(shards, output=output, scheduler=scheduler, on_shard=_print_shard)
    except ScaleError as error:
        err_console.print(escape(error.reason))
        raise typer.Exit(code=1) from error
    report_skipped(report.missing)
    err_console.print(
        f"{len(report.done)} shard(s) processed, {len(report.already_done)} already done, "
        f"{len(report.failed)} failed → {escape(str(report.output / MANIFEST_NAME))}"
    )
    if report.failed:
        err_console.print("run the same command again to retry the failed shards")
    if not report.complete:
        raise typer.Exit(code=1)
