"""Store: articles in a DuckDB file, keyed by content hash so re-ingesting is a no-op."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any, TypedDict, Unpack

import duckdb

from dateline.errors import DatelineError, Messages, StoreError
from dateline.merge.corroborate import Report
from dateline.records import Article, Extraction, PlaceMention, Skipped
from dateline.store.incidents import Incidents, NewArticle, report_key
from dateline.store.schema import MIGRATIONS, SCHEMA_VERSION
from dateline.store.write import (
    Expression,
    article_row,
    catalog,
    event_row,
    insert_rows,
    place_row,
)

__all__ = ["DEFAULT_DB", "EventFilters", "Outcome", "Store"]

# What storing one pipeline result came to: True stored, False already stored, or the
# ``Skipped`` reporting it (passed in, or made because the article could not be stored).
Outcome = bool | Skipped

DEFAULT_DB = "dateline.duckdb"

# An error's text is cut to this many characters in a skip report.
_MAX_DETAIL = 300
# An article's ``ingested_at``: its transaction's time, plus its place in the batch in
# microseconds, so that articles keep their input order.
_STAMP: Expression = ("CAST(current_timestamp AS TIMESTAMP) + to_microseconds({})", "BIGINT")

# DuckDB lets one process write a file, or any number read it, never both at once. A writer
# waits this long for readers (an API request lasts milliseconds) before giving up.
WRITER_WAIT_SECONDS = 2.0


class EventFilters(TypedDict, total=False):
    """The filters ``Store.events`` and ``Store.count_events`` share; all optional.

    ``since``/``until`` are ISO days; ``country`` an ISO2 code; ``actor`` a canonical id or
    part of a name (case and accents ignored); ``bbox`` (west, south, east, north) in
    degrees, with west > east meaning a box across the antimeridian.
    """

    acled_type: str | None
    plover_type: str | None
    country: str | None
    since: str | None
    until: str | None
    status: str | None
    actor: str | None
    bbox: tuple[float, float, float, float] | None


class Store:
    """One DuckDB database; opening it creates or migrates its schema."""

    def __init__(
        self,
        path: str | Path = DEFAULT_DB,
        *,
        read_only: bool = False,
        wait: float = WRITER_WAIT_SECONDS,
    ) -> None:
        """``read_only`` opens an existing, up-to-date database without the write lock, so
        several readers (API requests) can share it. While another process holds a
        conflicting lock the open retries for ``wait`` seconds, then raises E023."""
        self.path = str(path)
        self.read_only = read_only
        self.connection = _connect(self.path, read_only=read_only, wait=wait)
        try:
            if read_only:
                self._check_version()
            else:
                self._migrate()
            # Only writers insert; a reader (one per API request) skips the catalog query.
            self.columns = {} if read_only else catalog(self.connection)
            self.incidents = Incidents(self.connection, self.columns)
            if not read_only:
                self.incidents.backfill()
        except BaseException:
            self.connection.close()
            raise

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

    def _check_version(self) -> None:
        """A reader cannot migrate: it refuses a database older or newer than this code."""
        try:
            row = self.connection.execute("SELECT max(version) FROM schema_version").fetchone()
        except duckdb.CatalogException:  # an empty database file: no table yet
            row = None
        found = int(row[0]) if row and row[0] is not None else 0
        if found > SCHEMA_VERSION:
            raise StoreError(Messages.E015, path=self.path, found=found, supported=SCHEMA_VERSION)
        if found < SCHEMA_VERSION:
            detail = (
                f"schema version {found} predates this dateline's {SCHEMA_VERSION}; "
                "open it once for writing (`dateline ingest`) to upgrade it"
            )
            raise StoreError(Messages.E014, path=self.path, detail=detail)

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

        Returns False when the same content is already stored; raises what stopped it.
        """
        with self._writing():
            outcome = self._write([extraction])[0]
        return outcome is True

    def add_results(self, results: Sequence[Extraction | Skipped]) -> list[Outcome]:
        """Store a batch of pipeline results in one transaction, with one merge for all.

        One outcome per result, in order: True stored, False already stored (before, or
        earlier in the batch), or a ``Skipped``: one passed in (kept in ``skipped``) or
        one saying why an article could not be stored (its error's code, else E031).
        The incidents are those one-at-a-time storing would give. When the batch fails it
        is rolled back and its results are stored one at a time, so that only the
        article at fault is skipped, reported and kept in ``skipped``.
        """
        try:
            with self._writing():
                return self._write(results)
        except Exception as error:  # noqa: BLE001 - reported per record below, never lost
            if len(results) == 1:
                return [self._skip(results[0], error)]
        return [self._write_alone(result) for result in results]

    def _write_alone(self, result: Extraction | Skipped) -> Outcome:
        try:
            with self._writing():
                return self._write([result])[0]
        except Exception as error:  # noqa: BLE001 - reported as a skipped record
            return self._skip(result, error)

    def _skip(self, result: Extraction | Skipped, error: Exception) -> Skipped:
        """The ``Skipped`` naming the record that could not be stored and why, kept."""
        if isinstance(error, DatelineError):
            skipped = _skipped(result, error.reason, error.code)
        else:
            detail = f"{type(error).__name__}: {error}"[:_MAX_DETAIL]
            skipped = _skipped(result, Messages.E031.fill(detail=detail), "E031")
        self.add_skipped(skipped)
        return skipped

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """One transaction; after a rollback the merge's in-memory index is dropped, as it
        may hold articles that were never committed."""
        try:
            with self._transaction():
                yield
        except BaseException:
            self.incidents.forget()
            raise

    def _write(self, results: Sequence[Extraction | Skipped]) -> list[Outcome]:
        """Inside a transaction: the batch's new articles, then its skipped records."""
        extractions = [result for result in results if isinstance(result, Extraction)]
        known = self._stored_hashes([item.article.content_hash for item in extractions])
        fresh: list[Extraction] = []
        outcomes: list[Outcome] = []
        for result in results:
            if isinstance(result, Skipped):
                outcomes.append(result)
                continue
            content_hash = result.article.content_hash
            outcomes.append(content_hash not in known)
            if content_hash not in known:
                known.add(content_hash)
                fresh.append(result)
        self._insert(fresh)
        for result in results:
            if isinstance(result, Skipped):
                self.add_skipped(result)
        return outcomes

    def _insert(self, extractions: Sequence[Extraction]) -> None:
        """New articles with their places and events, a statement per table, then their
        corroboration."""
        if not extractions:
            return
        rows = [[*article_row(item.article), number] for number, item in enumerate(extractions)]
        self._insert_rows("articles", rows, expressions={"ingested_at": _STAMP})
        places = [
            place_row(item.article.content_hash, place)
            for item in extractions
            for place in item.places
        ]
        self._insert_rows("places", places)
        self.incidents.add_articles(self._insert_events(extractions))

    def _insert_events(self, extractions: Sequence[Extraction]) -> list[NewArticle]:
        """The articles' events with their merge buckets, and the merge's report of each.
        An event id stored already (by another article) is not stored again, as ``ON
        CONFLICT DO NOTHING`` would have it."""
        taken = self._stored_events([e.id for item in extractions for e in item.events])
        rows: list[list[object]] = []
        articles: list[NewArticle] = []
        for item in extractions:
            content_hash = item.article.content_hash
            reports = []
            for event in item.events:
                if event.id in taken:
                    continue
                taken.add(event.id)
                record = event.as_dict()
                text = json.dumps(record, ensure_ascii=False)
                report = Report.from_record(record, content_hash=content_hash)
                row = event_row(content_hash, event, record, text=text)
                rows.append([*row, report_key(report)])
                reports.append(report)
                self.incidents.parsed.keep(text, record, report)
            articles.append(NewArticle(content_hash, item.article.text, tuple(reports)))
        self._insert_rows("events", rows)
        return articles

    def _insert_rows(
        self,
        table: str,
        rows: list[list[object]],
        *,
        expressions: dict[str, Expression] | None = None,
    ) -> None:
        insert_rows(self.connection, self.columns, table, rows, expressions=expressions)

    def _stored_hashes(self, hashes: list[str]) -> set[str]:
        return self._present("SELECT content_hash FROM articles", "content_hash", hashes)

    def _stored_events(self, ids: list[str]) -> set[str]:
        return self._present("SELECT id FROM events", "id", ids)

    def _present(self, select: str, column: str, keys: list[str]) -> set[str]:
        """Which of ``keys`` the query finds, through the column's primary-key index."""
        if not keys:
            return set()
        rows = self.connection.execute(
            f"{select} WHERE {column} IN (SELECT unnest(?::VARCHAR[]))", [keys]
        ).fetchall()
        return {str(key) for (key,) in rows}

    def events(
        self,
        *,
        merged: bool = True,
        limit: int | None = None,
        offset: int = 0,
        **filters: Unpack[EventFilters],
    ) -> list[dict[str, Any]]:
        """Stored events as their full records, newest first, filtered on request.

        ``since`` keeps events that may have happened on or after a day (their interval
        ends then or later), ``until`` those that may have happened on or before it.
        ``merged`` gives one record per incident (reports of one event from several
        articles, see ``dateline.merge``): the representative report's record with
        ``incident_id``, ``sources_count``, ``sources`` and ``conflicts``, kept when any
        of its reports matches the filters. ``merged=False`` gives every article's own
        event record, each with its ``incident_id``. ``limit``/``offset`` page through
        the same order (ties broken by id, so pages neither repeat nor skip a record).
        """
        where, values = _event_where(filters)
        page = " LIMIT ? OFFSET ?" if limit is not None else " OFFSET ?"
        values += [limit, offset] if limit is not None else [offset]
        if merged:
            rows = self.connection.execute(
                f"SELECT record FROM incidents WHERE incident_id IN ({_INCIDENTS_MATCHING}{where})"
                f" ORDER BY date_start DESC NULLS LAST, representative_id, incident_id{page}",
                values,
            ).fetchall()
            return [json.loads(record) for (record,) in rows]
        rows = self.connection.execute(
            "SELECT record, content_hash, m.incident_id FROM events"
            f" LEFT JOIN event_incidents m ON m.event_id = events.id{where}"
            f" ORDER BY date_start DESC NULLS LAST, id{page}",
            values,
        ).fetchall()
        return [
            json.loads(record) | {"content_hash": content_hash, "incident_id": incident}
            for record, content_hash, incident in rows
        ]

    def count_events(self, *, merged: bool = True, **filters: Unpack[EventFilters]) -> int:
        """How many records ``events`` gives for the same filters, ignoring the page."""
        where, values = _event_where(filters)
        query = f"SELECT count(*) FROM events{where}"
        if merged:
            matching = f"{_INCIDENTS_MATCHING}{where}"
            query = f"SELECT count(*) FROM incidents WHERE incident_id IN ({matching})"
        row = self.connection.execute(query, values).fetchone()
        return int(row[0]) if row else 0

    def event(self, event_id: str) -> dict[str, Any] | None:
        """One record by event or incident id: its incident's merged record, else (an event
        stored without an incident) its own record with its article's ``content_hash``."""
        if merged := self.incident(event_id):
            return merged
        row = self.connection.execute(
            "SELECT record, content_hash FROM events WHERE id = ?", [event_id]
        ).fetchone()
        return json.loads(row[0]) | {"content_hash": row[1]} if row else None

    def article_events(self, content_hash: str) -> list[dict[str, Any]]:
        """The events extracted from one article, as stored (never merged), in text order:
        their evidence offsets index that article's text, which is what a reader needs."""
        rows = self.connection.execute(
            "SELECT record FROM events WHERE content_hash = ?", [content_hash]
        ).fetchall()
        records = [json.loads(record) | {"content_hash": content_hash} for (record,) in rows]
        return sorted(records, key=_text_position)

    def article_by_hash(self, content_hash: str) -> Article | None:
        """The stored article with this content hash (the API contract's name)."""
        return self.get_article(content_hash)

    def incident(self, event_id: str) -> dict[str, Any] | None:
        """The merged record of the incident ``event_id`` names or belongs to."""
        row = self.connection.execute(
            "SELECT record FROM incidents WHERE incident_id = ? OR incident_id ="
            " (SELECT incident_id FROM event_incidents WHERE event_id = ?)",
            [event_id, event_id],
        ).fetchone()
        return json.loads(row[0]) if row else None

    def near_duplicates(self, content_hash: str) -> list[dict[str, Any]]:
        """Stored articles the article is a near-duplicate of, or that copy it."""
        rows = self.connection.execute(
            "SELECT content_hash, duplicate_of, similarity FROM near_duplicates"
            " WHERE ? IN (content_hash, duplicate_of) ORDER BY similarity DESC, duplicate_of",
            [content_hash],
        ).fetchall()
        return [
            {"content_hash": copy, "duplicate_of": original, "similarity": similarity}
            for copy, original, similarity in rows
        ]

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


def _connect(path: str, *, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
    """Open ``path``, retrying while another process holds a conflicting lock on it."""
    deadline = time.monotonic() + wait
    while True:
        try:
            return duckdb.connect(path, read_only=read_only)
        except duckdb.IOException as error:
            # DuckDB tells a lock held by another process only in its message.
            if "lock" not in str(error).lower():
                raise StoreError(Messages.E014, path=path, detail=error) from error
            if time.monotonic() >= deadline:
                raise StoreError(Messages.E023, path=path) from error
            time.sleep(0.05)
        except duckdb.Error as error:
            raise StoreError(Messages.E014, path=path, detail=error) from error


# Incidents with at least one report matching the WHERE clause that follows.
_INCIDENTS_MATCHING = (
    "SELECT m.incident_id FROM events JOIN event_incidents m ON m.event_id = events.id"
)


def _event_where(filters: EventFilters) -> tuple[str, list[object]]:
    """The WHERE clause over ``events`` and its parameters; empty values filter nothing."""
    clauses: list[str] = []
    values: list[object] = []
    for column, key in (
        ("acled_type", "acled_type"),
        ("plover_type", "plover_type"),
        ("country_iso2", "country"),
        ("status", "status"),
    ):
        if value := filters.get(key):
            clauses.append(f"events.{column} = ?")
            values.append(value)
    if since := filters.get("since"):
        clauses.append("events.date_end >= CAST(? AS DATE)")
        values.append(since)
    if until := filters.get("until"):
        clauses.append("events.date_start <= CAST(? AS DATE)")
        values.append(until)
    if actor := filters.get("actor"):
        clauses.append(_ACTOR_CLAUSE)
        values += [actor] * 8
    if bbox := filters.get("bbox"):
        clause, box = _bbox_clause(bbox)
        clauses.append(clause)
        values += box
    return (f" WHERE {' AND '.join(clauses)}" if clauses else ""), values


# An actor filter matches either actor by canonical id, by part of its name, or by the
# office holder it was named through ("PER.KERRY_JOHN" or "Kerry" finds the State
# Department's events that name him).
_ACTOR_FIELD = "strip_accents(lower(coalesce(json_extract_string(events.record, '$.{}'), '')))"
_ACTOR_SIDE = (
    f"(contains({_ACTOR_FIELD.format('{0}.name')}, strip_accents(lower(?)))"
    f" OR contains({_ACTOR_FIELD.format('{0}.text')}, strip_accents(lower(?)))"
    f" OR {_ACTOR_FIELD.format('{0}.person')} = strip_accents(lower(?)))"
)
_ACTOR_CLAUSE = (
    "(events.actor1_id = ? OR events.actor2_id = ?"
    f" OR {_ACTOR_SIDE.format('actor1')} OR {_ACTOR_SIDE.format('actor2')})"
)


def _bbox_clause(bbox: tuple[float, float, float, float]) -> tuple[str, list[object]]:
    """Events whose point lies in the box; west > east wraps across the antimeridian."""
    west, south, east, north = bbox
    inside = "events.latitude BETWEEN ? AND ? AND "
    if west <= east:
        return f"({inside}events.longitude BETWEEN ? AND ?)", [south, north, west, east]
    return f"({inside}(events.longitude >= ? OR events.longitude <= ?))", [
        south,
        north,
        west,
        east,
    ]


def _text_position(record: dict[str, Any]) -> tuple[int, str]:
    starts = [span["start"] for span in record.get("evidence", [])]
    return (min(starts, default=0), str(record["id"]))


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


def _skipped(result: Extraction | Skipped, reason: str, code: str) -> Skipped:
    if isinstance(result, Skipped):
        return result
    article = result.article
    return Skipped(article.source, article.id, reason, code)
