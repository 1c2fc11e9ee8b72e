"""``dateline ingest``: read pages into the database, reporting every record passed over."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from dateline.cli._output import err_console, report_skipped
from dateline.ingest import expand_paths, read_file
from dateline.pipeline import run
from dateline.records import Article, Skipped
from dateline.store import DEFAULT_DB, Store


@dataclass(slots=True)
class IngestReport:
    stored: list[Article] = field(default_factory=list)
    already_stored: list[Article] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return any(item.is_error for item in self.skipped)


def ingest(paths: list[str], *, store: Store, progress: Progress | None = None) -> IngestReport:
    """Read, clean and store everything under ``paths``; re-ingesting stores nothing twice."""
    report = IngestReport()
    files = list(expand_paths(paths))
    task = progress.add_task("ingest", total=len(files)) if progress else None
    for path in files:
        records = [path] if isinstance(path, Skipped) else run(read_file(path))
        for result in records:
            if isinstance(result, Skipped):
                report.skipped.append(result)
                store.add_skipped(result)
            elif store.add_extraction(result):
                report.stored.append(result.article)
            else:
                report.already_stored.append(result.article)
        if progress is not None and task is not None:
            progress.advance(task)
    return report


def ingest_cli(
    paths: Annotated[list[str], typer.Argument(help="Files, directories or globs to ingest.")],
    db: Annotated[Path, typer.Option("--db", help="DuckDB file to write.")] = Path(DEFAULT_DB),
) -> None:
    """Ingest pages, feeds, JSON Lines and WARC files into the database."""
    progress = Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("files"),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
    )
    with Store(db) as store, progress:
        report = ingest(paths, store=store, progress=progress)
    for article in report.already_stored:
        err_console.print(f"already stored: {escape(article.source)}#{escape(article.id)}")
    report_skipped(report.skipped)
    err_console.print(
        f"{len(report.stored)} article(s) stored, {len(report.already_stored)} already stored, "
        f"{len(report.skipped)} skipped → {db}"
    )
    if report.failed:
        raise typer.Exit(code=1)
