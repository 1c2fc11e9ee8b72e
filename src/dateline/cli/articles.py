"""``dateline articles``: a table of the stored articles."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from dateline.cli._output import err_console
from dateline.records import Article, DateGuess
from dateline.store import DEFAULT_DB, Store


def _date_cell(guess: DateGuess) -> str:
    if guess.value is None:
        return "—"
    value = guess.as_dict()["value"]
    return f"{value} ({guess.basis.value}, {guess.confidence:.1f})"


def articles_table(articles: list[Article], places: dict[str, list[str]]) -> Table:
    table = Table(title=f"{len(articles)} stored article(s)", show_lines=False)
    widths = {"id": 20, "lang": 4, "published": 30, "page time": 30, "title": 44, "sources": 20}
    widths["places"] = 36
    for column, width in widths.items():
        table.add_column(column, max_width=width, no_wrap=True, overflow="ellipsis")
    for article in articles:
        table.add_row(
            article.id,
            article.lang or "?",
            _date_cell(article.published),
            _date_cell(article.page_time),
            article.title or "",
            ", ".join(article.cited_sources),
            ", ".join(places.get(article.content_hash, [])),
        )
    return table


def articles_cli(
    db: Annotated[Path, typer.Option("--db", help="DuckDB file to read.")] = Path(DEFAULT_DB),
) -> None:
    """List the stored articles."""
    if not db.exists():
        err_console.print(f"{db}: no database here; run `dateline ingest PATH --db {db}` first")
        raise typer.Exit(code=1)
    with Store(db) as store:
        articles = list(store.articles())
        places = store.place_names()
    Console(width=200).print(articles_table(articles, places))
