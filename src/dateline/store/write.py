"""Rows of the store's tables, and writing many of them in one statement.

A batch of articles holds a few hundred places and events. One ``INSERT … VALUES`` with a
parameter per value makes DuckDB bind and plan every value (~10 ms for 280 rows here);
one list parameter per column, spread back into rows by ``unnest``, costs ~2 ms, with
neither pandas nor Arrow in between.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import duckdb

from dateline.records import Article, Event, PlaceMention

__all__ = [
    "Catalog",
    "Expression",
    "article_row",
    "catalog",
    "event_row",
    "insert_rows",
    "place_row",
]


# The columns of each table and their types, in order, as ``catalog`` reads them.
Catalog = dict[str, tuple[tuple[str, str], ...]]


def catalog(connection: duckdb.DuckDBPyConnection) -> Catalog:
    """The columns of every table, read once after the schema is migrated (a migration
    only ever appends columns)."""
    rows = connection.execute(
        "SELECT table_name, column_name, data_type FROM information_schema.columns"
        " WHERE table_schema = 'main' ORDER BY table_name, ordinal_position"
    ).fetchall()
    tables: dict[str, list[tuple[str, str]]] = {}
    for table, column, kind in rows:
        tables.setdefault(table, []).append((column, kind))
    return {table: tuple(columns) for table, columns in tables.items()}


def insert_rows(
    connection: duckdb.DuckDBPyConnection,
    columns: Catalog,
    table: str,
    rows: Sequence[Sequence[object]],
    *,
    expressions: dict[str, Expression] | None = None,
    tail: str = "",
) -> None:
    """Insert ``rows`` (values in the table's column order) in one statement.

    ``expressions`` computes the named columns in SQL from the row's value, such as a
    per-row ``ingested_at``. Columns past a row's values keep their defaults; ``tail`` is
    appended (``ON CONFLICT DO NOTHING``). A few rows (an article stored alone) go as
    one parameter per value, which binds faster than lists below ~10 rows.
    """
    if not rows:
        return
    expressions = expressions or {}
    named = columns[table][: len(rows[0])]
    names = ", ".join(name for name, _ in named)
    if len(rows) <= _FEW_ROWS:
        one = ", ".join(_value(name, kind, expressions, lists=False) for name, kind in named)
        values = [value for row in rows for value in row]
        statement = f"VALUES {', '.join([f'({one})'] * len(rows))}"
    else:
        lists = [_value(name, kind, expressions, lists=True) for name, kind in named]
        values = [list(column) for column in zip(*rows, strict=True)]
        statement = f"SELECT {', '.join(lists)}"
    connection.execute(f"INSERT INTO {table} ({names}) {statement}{tail}", values)


# A column computed in SQL: a template reading the row's value through ``{}``, and the
# type of that value.
Expression = tuple[str, str]
# Up to this many rows, one parameter per value; past it, one list per column.
_FEW_ROWS = 8


def _value(name: str, kind: str, expressions: dict[str, Expression], *, lists: bool) -> str:
    """The SQL giving column ``name`` its value: a parameter per value, or the row's item
    of a list parameter; through the column's expression when it has one."""
    template, kind = expressions.get(name, ("{}", kind))
    return template.format(f"unnest(?::{kind}[])" if lists else "?")


def article_row(article: Article) -> list[object]:
    """The ``articles`` row of an article, without ``ingested_at``."""
    record = article.as_dict()
    published = record["published"]["value"]
    return [
        article.content_hash,
        article.id,
        article.source,
        article.format.value,
        article.url,
        article.lang,
        article.title,
        article.text,
        published,
        published[:10] if published else None,
        article.published.basis.value,
        article.published.confidence,
        record["page_time"]["value"],
        article.page_time.basis.value,
        list(article.cited_sources),
        json.dumps(record, ensure_ascii=False),
    ]


def place_row(content_hash: str, place: PlaceMention) -> list[object]:
    return [
        content_hash,
        place.start,
        place.end,
        place.text,
        place.kind,
        place.name,
        place.geonames_id,
        place.lat,
        place.lon,
        place.admin1,
        place.country_iso2,
        place.feature,
        place.precision,
        place.geo_precision,
        place.confidence,
        place.reason,
        json.dumps(place.as_dict(), ensure_ascii=False),
    ]


def event_row(
    content_hash: str, event: Event, record: dict[str, object], *, text: str | None = None
) -> list[object]:
    """The ``events`` row of an event whose ``as_dict()`` is ``record`` (made once by the
    caller, who also reads the merge's report from it), stored as ``text`` when the caller
    has its JSON already."""
    place = event.place
    return [
        event.id,
        content_hash,
        event.plover_type,
        event.plover_mode,
        event.acled_type,
        event.acled_subtype,
        event.status,
        event.actor1.canonical_id if event.actor1 else None,
        event.actor2.canonical_id if event.actor2 else None,
        place.name if place else None,
        place.country_iso2 if place else None,
        place.lat if place else None,
        place.lon if place else None,
        event.date.date_start,
        event.date.date_end,
        event.quantities.get("fatalities"),
        event.confidence,
        json.dumps(record, ensure_ascii=False) if text is None else text,
    ]
