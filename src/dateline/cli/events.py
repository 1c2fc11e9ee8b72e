"""``dateline events``: the stored events, filtered by type, country and date.

One row per incident: reports of one event from several articles are one row, with the
number of independent sources and, where they disagree, every death toll given.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from dateline.cli._output import event_filters, require_db
from dateline.store import DEFAULT_DB, Store


def events_table(events: list[dict[str, Any]]) -> Table:
    table = Table(title=f"{len(events)} event(s)")
    widths = {"date": 23, "type": 30, "status": 9, "actor1": 24, "actor2": 24, "place": 22}
    widths |= {"deaths": 6, "sources": 7, "according to": 34}
    for column, width in widths.items():
        table.add_column(column, max_width=width, no_wrap=True, overflow="ellipsis")
    for event in events:
        date = event["date"]
        when = date["date_start"] or "?"
        if date["date_end"] and date["date_end"] != date["date_start"]:
            when = f"{when}..{date['date_end']}"
        place = event["place"] or {}
        deaths = event["quantities"].get("fatalities")
        disputed = [item["value"] for item in event.get("conflicts", {}).get("fatalities", ())]
        table.add_row(
            when,
            f"{event['plover_type']} / {event['acled_subtype']}",
            event["status"],
            (event["actor1"] or {}).get("name") or "",
            (event["actor2"] or {}).get("name") or event.get("target") or "",
            place.get("name") or "",
            "/".join(map(str, disputed)) if disputed else "" if deaths is None else str(deaths),
            str(event.get("sources_count", 1)),
            " ← ".join(event["claim_chain"]),
        )
    return table


def events_cli(
    db: Annotated[Path, typer.Option("--db", help="DuckDB file to read.")] = Path(DEFAULT_DB),
    event_type: Annotated[
        str | None, typer.Option("--type", help="ACLED event type or PLOVER type.")
    ] = None,
    country: Annotated[str | None, typer.Option("--country", help="ISO 3166-1 alpha-2.")] = None,
    since: Annotated[str | None, typer.Option("--since", help="YYYY-MM-DD")] = None,
) -> None:
    """List the stored events."""
    require_db(db)
    with Store(db) as store:
        events = store.events(**event_filters(event_type, country), since=since)
    Console(width=200).print(events_table(events))
