"""``dateline places``: the place mentions of one page, with spans and coordinates (debug view)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from dateline.cli._output import err_console, report_skipped
from dateline.cli.extract import extract_lines
from dateline.errors import Messages


def places_table(output: dict[str, Any]) -> Table:
    places: list[dict[str, Any]] = output["places"]
    table = Table(title=f"{output['id']}: {len(places)} place mention(s)")
    for column in ("span", "text", "kind", "name", "country", "admin1", "lat, lon", "prec."):
        table.add_column(column, no_wrap=column != "name")
    for place in places:
        point = f"{place['lat']:.3f}, {place['lon']:.3f}" if place["lat"] is not None else "—"
        table.add_row(
            f"{place['start']}-{place['end']}",
            place["text"],
            place["kind"],
            place["name"] or f"[dim]{place['reason']}[/]",
            place["country_iso2"] or "",
            place["admin1"] or "",
            point,
            place["precision"] or "",
        )
    return table


def places_cli(
    file: Annotated[Path, typer.Argument(help="A page, feed, JSON Lines or WARC file.")],
) -> None:
    """Show the places found in FILE, with their spans in the cleaned text."""
    if not file.exists():
        err_console.print(f"{file}: {Messages.E004.fill()}")
        raise typer.Exit(code=1)
    outputs, skipped = extract_lines(file)
    console = Console(width=160)
    for output in outputs:
        if "error" not in output:
            console.print(places_table(output))
    report_skipped(skipped)
    if any(item.is_error for item in skipped):
        raise typer.Exit(code=1)
