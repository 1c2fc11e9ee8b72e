"""``dateline ingest``: read pages into the database, reporting every record passed over."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import (
    BarColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
)
from rich.text import Text

from dateline.cli._output import WorkersOption, err_console, report_skipped
from dateline.errors import WorkerError
from dateline.ingest import expand_paths, read_file
from dateline.pipeline import run
from dateline.records import Article, Document, Extraction, Skipped
from dateline.settings import get_int
from dateline.store import DEFAULT_DB, Outcome, Store


@dataclass(slots=True)
class IngestReport:
    stored: list[Article] = field(default_factory=list)
    already_stored: list[Article] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)

    def add(self, result: Extraction | Skipped, outcome: Outcome) -> None:
        """File one result under what storing it came to."""
        if isinstance(outcome, Skipped):
            self.skipped.append(outcome)
        elif isinstance(result, Extraction):
            (self.stored if outcome else self.already_stored).append(result.article)

    @property
    def failed(self) -> bool:
        return any(item.is_error for item in self.skipped)


def ingest(
    paths: list[str],
    *,
    store: Store,
    progress: Progress | None = None,
    workers: int = 1,
    batch_size: int | None = None,
) -> IngestReport:
    """Read, clean and store everything under ``paths``; re-ingesting stores nothing twice.

    All files form one stream, so ``workers`` processes stay busy across file boundaries;
    results come back in input order and are written here, in this process, a batch of
    ``batch_size`` (default ``store_batch`` in settings.cfg) per transaction: a run killed
    midway keeps every batch written before, and running it again stores the rest.
    """
    report = IngestReport()
    task = progress.add_task("ingest", total=None) if progress else None
    for batch in store_batches(run(_records(paths), workers=workers), batch_size):
        for result, outcome in zip(batch, store.add_results(batch), strict=True):
            report.add(result, outcome)
        if progress is not None and task is not None:
            progress.advance(task, len(batch))
    return report


def store_batches(
    results: Iterable[Extraction | Skipped], size: int | None = None
) -> Iterator[list[Extraction | Skipped]]:
    """Pipeline results in the batches the store writes in one transaction each."""
    size = size or get_int("ingest", "store_batch")
    stream = iter(results)
    while batch := list(islice(stream, size)):
        yield batch


def _records(paths: list[str]) -> Iterator[Document | Skipped]:
    for path in expand_paths(paths):
        if isinstance(path, Skipped):
            yield path
        else:
            yield from read_file(path)


class _RateColumn(ProgressColumn):
    """Records (articles, or skips) per second: rich's estimate over the last half-minute."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f} records/s" if speed else "… records/s")


def ingest_cli(
    paths: Annotated[list[str], typer.Argument(help="Files, directories or globs to ingest.")],
    db: Annotated[Path, typer.Option("--db", help="DuckDB file to write.")] = Path(DEFAULT_DB),
    workers: WorkersOption = 1,
    batch: Annotated[
        int | None,
        typer.Option(
            "--batch",
            min=1,
            help="Results stored per transaction (default: store_batch in settings.cfg); "
            "a killed run loses at most one batch.",
        ),
    ] = None,
) -> None:
    """Ingest pages, feeds, JSON Lines and WARC files into the database."""
    progress = Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        TextColumn("{task.completed} records"),
        _RateColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
    )
    start = time.perf_counter()
    try:
        with Store(db) as store, progress:
            report = ingest(
                paths, store=store, progress=progress, workers=workers, batch_size=batch
            )
    except WorkerError as error:
        err_console.print(f"[bold red]{escape(error.reason)}[/]")
        raise typer.Exit(code=1) from error
    for article in report.already_stored:
        err_console.print(f"already stored: {escape(article.source)}#{escape(article.id)}")
    report_skipped(report.skipped)
    seconds = time.perf_counter() - start
    done = len(report.stored) + len(report.already_stored) + len(report.skipped)
    err_console.print(
        f"{len(report.stored)} article(s) stored, {len(report.already_stored)} already stored, "
        f"{len(report.skipped)} skipped → {db} ({seconds:.1f} s, {done / seconds:.1f} records/s)"
    )
    if report.failed:
        raise typer.Exit(code=1)
