"""Store: articles in a DuckDB file, keyed by content hash so re-ingesting is a no-op."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb

from dateline.errors import Messages, StoreError
from dateline.records import Article, Event, Extraction, PlaceMention, Skipped
from dateline.store.schema import MIGRATIONS, SCHEMA_VERSION

__all__ = ["DEFAULT_DB", "Store"]

DEFAULT_DB = "dateline.duckdb"


class Store:
    """One DuckDB database; opening it creates or migrates its schema."""

    def __init__(self, path: str | Path = DEFAULT_DB) -> None:
        self.path = str(path)
        try:
            self.connection = duckdb.connect(self.path)
        except duckdb.Error as error:
            raise StoreError(Messages.E014, path=self.path, detail=error) from error
        self._migrate()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self.connection.close()

    def schema_version(self) -> int:
        self.connection.execute(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"
        )
        row = self.connection.execute("SELECT max(version) FROM schema_version").fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    def _migrate(self) -> None:
        found = self.schema_version()
        if found > SCHEMA_VERSION:
            raise StoreError(Messages.E015, path=self.path, found=found, supported=SCHEMA_VERSION)
        for version in range(found, SCHEMA_VERSION):
            with self._transaction():
                for statement in MIGRATIONS[version]:
                    self.connection.execute(statement)
                self.connection.execute("INSERT INTO schema_version VALUES (?)", [version + 1])

    def _transaction(self) -> _Transaction:
        return _Transaction(self.connection)

    def add_article(self, article: Article) -> bool:
        """Store ``article``; False when the same content is already stored."""
        return self.add_extraction(Extraction(article))

    def add_extraction(self, extraction: Extraction) -> bool:
        """Store an article with what was extracted from it, all or nothing.

        Returns False when the same content is already stored.
        """
        article = extraction.article
        with self._transaction():
            if self.has_article(article.content_hash):
                return False
            row = _article_row(article)
            placeholders = ", ".join("?" * len(row))
            self.connection.execute(f"INSERT INTO articles VALUES ({placeholders}, DEFAULT)", row)
            for place in extraction.places:
                self.connection.execute(
                    "INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    _place_row(article.content_hash, place),
                )
            for event in extraction.events:
                row = _event_row(article.content_hash, event)
                placeholders = ", ".join("?" * len(row))
                self.connection.execute(
                    f"INSERT INTO events VALUES ({placeholders}) ON CONFLICT DO NOTHING", row
                )
        return True

    def events(
        self,
        *,
        acled_type: str | None = None,
        plover_type: str | None = None,
        country: str | None = None,
        since: str | None = None,
        until: str | None = None,
        status: str | None = None,
    ) -> list[dict[str, Any]]:
        """Stored events as their full records, newest first, filtered on request.

        ``since`` keeps events that may have happened on or after a day (their interval
        ends then or later), ``until`` those that may have happened on or before it.
        """
        clauses, values = [], []
        for column, value in (
            ("acled_type", acled_type),
            ("plover_type", plover_type),
            ("country_iso2", country),
            ("status", status),
        ):
            if value:
                clauses.append(f"{column} = ?")
                values.append(value)
        if since:
            clauses.append("date_end >= CAST(? AS DATE)")
            values.append(since)
        if until:
            clauses.append("date_start <= CAST(? AS DATE)")
            values.append(until)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self.connection.execute(
            f"SELECT record FROM events{where} ORDER BY date_start DESC NULLS LAST, id", values
        ).fetchall()
        return [json.loads(record) for (record,) in rows]

    def event_sources(self) -> dict[str, tuple[list[str], str | None]]:
        """The cited sources and URL of the article behind each stored event, by event id."""
        rows = self.connection.execute(
            "SELECT events.id, articles.cited_sources, articles.url"
            " FROM events JOIN articles USING (content_hash)"
        ).fetchall()
        return {event_id: (list(cited), url) for event_id, cited, url in rows}

    def places(self, content_hash: str) -> list[PlaceMention]:
        rows = self.connection.execute(
            "SELECT record FROM places WHERE content_hash = ? ORDER BY start_char", [content_hash]
        ).fetchall()
        return [PlaceMention(**json.loads(record)) for (record,) in rows]

    def has_article(self, content_hash: str) -> bool:
        row = self.connection.execute(
            "SELECT 1 FROM articles WHERE content_hash = ?", [content_hash]
        ).fetchone()
        return row is not None

    def add_skipped(self, skipped: Skipped) -> None:
        """Keep a record of input that could not be used, so nothing is lost silently.

        Once: re-ingesting the same input (or resuming a killed run) repeats no row.
        """
        values = [skipped.source, skipped.record, skipped.code, skipped.reason]
        self.connection.execute(
            "INSERT INTO skipped (source, record, code, reason) SELECT ?, ?, ?, ?"
            " WHERE NOT EXISTS (SELECT 1 FROM skipped WHERE source = ?"
            " AND record IS NOT DISTINCT FROM ? AND code = ? AND reason = ?)",
            values + values,
        )

    def get_article(self, content_hash: str) -> Article | None:
        row = self.connection.execute(
            "SELECT record FROM articles WHERE content_hash = ?", [content_hash]
        ).fetchone()
        return Article.from_dict(json.loads(row[0])) if row else None

    def articles(self) -> Iterator[Article]:
        """Stored articles, oldest ingested first."""
        rows = self.connection.execute(
            "SELECT record FROM articles ORDER BY ingested_at, content_hash"
        ).fetchall()
        for (record,) in rows:
            yield Article.from_dict(json.loads(record))

    def place_names(self) -> dict[str, list[str]]:
        """Resolved place names of each stored article, most mentioned first."""
        rows = self.connection.execute(
            "SELECT content_hash, name, count(*) AS mentions FROM places"
            " WHERE name IS NOT NULL AND kind = 'place'"
            " GROUP BY content_hash, name ORDER BY content_hash, mentions DESC, name"
        ).fetchall()
        names: dict[str, list[str]] = {}
        for content_hash, name, _ in rows:
            names.setdefault(content_hash, []).append(name)
        return names

    def count_articles(self) -> int:
        row = self.connection.execute("SELECT count(*) FROM articles").fetchone()
        return int(row[0]) if row else 0


class _Transaction:
    """BEGIN … COMMIT, or ROLLBACK when the block raises: a half-written article never stays."""

    def __init__(self, connection: duckdb.DuckDBPyConnection) -> None:
        self.connection = connection

    def __enter__(self) -> None:
        self.connection.execute("BEGIN TRANSACTION")

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.connection.execute("ROLLBACK" if kind else "COMMIT")


def _article_row(article: Article) -> list[object]:
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


def _place_row(content_hash: str, place: PlaceMention) -> list[object]:
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


def _event_row(content_hash: str, event: Event) -> list[object]:
    record = event.as_dict()
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
        json.dumps(record, ensure_ascii=False),
    ]
