"""The store's side of corroboration: signatures, near-duplicate links and incidents.

Runs inside the store's write transaction, right after a batch of articles and their
events is inserted: each article's MinHash signature is stored and compared with those
of the articles stored before it (earlier in the batch included), then all the new events
are merged with the stored reports they may describe. The merge looks at the whole chain
of compatible reports the new events touch and clusters it again from scratch, so the
incidents depend on the set of reports stored, not on the order they came in nor on how
they were batched. Each incident's merged record is kept ready in ``incidents``.

The stored reports a new one may join are found through ``events.merge_key``, an indexed
bucket of ACLED type, status, country and first day (see ``schema.MERGE_KEY``): a lookup
of the few days a report can overlap, for all the reports of a step of the chain at once,
instead of a scan of every stored event per report.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import islice
from typing import Any

import duckdb

from dateline.errors import MergeError, Messages
from dateline.merge.corroborate import MergeRules, Report, cluster, compatible, merge_rules
from dateline.merge.incidents import Member, incident_record
from dateline.merge.near_duplicates import DuplicateIndex, Signature, signature
from dateline.store.schema import MERGE_KEY
from dateline.store.write import Catalog, insert_rows

__all__ = ["Incidents", "NewArticle", "merge_key", "report_key"]

# Articles merged per transaction when older articles are brought into corroboration.
_BACKFILL_BATCH = 32
# Stored event records kept parsed (~10 kB each with their JSON): the merge reads the
# same recent events again for batch after batch; past this, the older half is dropped.
_MAX_PARSED = 5_000


@dataclass(frozen=True, slots=True)
class NewArticle:
    """An article just inserted, with the reports of its newly stored events, in order."""

    content_hash: str
    text: str
    reports: tuple[Report, ...]


class _Parsed:
    """Stored event records read back as dicts and as reports, by their JSON text.

    Each batch's merge reads the records of the stored events it may touch, mostly the
    same recent ones as the batch before: parsing their JSON again cost more than the
    queries (looking a text up costs a hash of it). Records stored by this process are
    kept as they were made, never parsed at all. Keyed by the text itself, a record
    changed in the database is read anew.
    """

    def __init__(self) -> None:
        self._records: dict[str, dict[str, Any]] = {}
        self._reports: dict[tuple[str, str], Report] = {}

    def keep(self, text: str, record: dict[str, Any], report: Report) -> None:
        """An event record just stored as ``text`` (``Event.as_dict`` made ``record``),
        and its report."""
        self._keep(self._records, text, record)
        self._keep(self._reports, (report.content_hash, text), report)

    def record(self, text: str) -> dict[str, Any]:
        """The stored record of an event, whose JSON is ``text``."""
        found = self._records.get(text)
        if found is None:
            found = json.loads(text)
            self._keep(self._records, text, found)
        return found

    def report(self, event_id: str, content_hash: str, text: str) -> Report:
        """The report of one stored event; a record that cannot be read is named (E022)."""
        found = self._reports.get((content_hash, text))
        if found is None:
            try:
                found = Report.from_record(self.record(text), content_hash=content_hash)
            except (KeyError, TypeError, ValueError, AttributeError) as error:
                detail = (
                    f"its stored event {event_id} is unreadable ({type(error).__name__}: {error})"
                )
                raise MergeError(Messages.E022, record=content_hash, detail=detail) from error
            self._keep(self._reports, (content_hash, text), found)
        return found

    def __len__(self) -> int:
        """Records kept (at most ``_MAX_PARSED``)."""
        return len(self._records)

    def clear(self) -> None:
        self._records.clear()
        self._reports.clear()

    @staticmethod
    def _keep(kept: dict[Any, Any], key: Any, value: Any) -> None:
        if len(kept) >= _MAX_PARSED:
            for old in list(islice(kept, _MAX_PARSED // 2)):
                del kept[old]
        kept[key] = value


class Incidents:
    """Corroboration state of one database; the LSH index is loaded on first use."""

    def __init__(self, connection: duckdb.DuckDBPyConnection, columns: Catalog) -> None:
        self.connection = connection
        self.columns = columns
        self._index: DuplicateIndex | None = None
        self.parsed = _Parsed()

    def index(self) -> DuplicateIndex:
        """The near-duplicate index of the stored articles, rebuilt from their signatures.

        Signatures made under other ``[merge]`` settings (shingle size, permutations, seed)
        or by another datasketch scheme do not compare: they are made again from the
        stored text.
        """
        if self._index is None:
            index = DuplicateIndex()
            rows = self.connection.execute(
                "SELECT content_hash, minhash, shingles, seed, scheme, shingle_words"
                " FROM article_signatures ORDER BY content_hash"
            ).fetchall()
            for content_hash, values, count, seed, scheme, words in rows:
                found = Signature(tuple(values), int(count), int(seed), scheme, int(words))
                if not found.made_with(index.settings):
                    found = self._sign_again(content_hash)
                index.add(content_hash, found)
            self._index = index
        return self._index

    def forget(self) -> None:
        """Drop the in-memory index after a rollback: it may hold articles that were never
        committed. It is rebuilt from the database when next needed. The parsed records
        go too (they may hold events never committed)."""
        self._index = None
        self.parsed.clear()

    def _sign_again(self, content_hash: str) -> Signature:
        row = self.connection.execute(
            "SELECT text FROM articles WHERE content_hash = ?", [content_hash]
        ).fetchone()
        found = signature(row[0] if row else "")
        self.connection.execute(
            "UPDATE article_signatures SET minhash = ?, shingles = ?, shingle_words = ?,"
            " seed = ?, scheme = ? WHERE content_hash = ?",
            [list(found.values), found.shingles, found.shingle_words, found.seed, found.scheme,
             content_hash],
        )  # fmt: skip
        return found

    def add_articles(self, articles: Sequence[NewArticle]) -> None:
        """Link articles just inserted to their near-duplicates and merge their events.

        Call inside the transaction that inserted them (their events with the
        ``report_key`` of each), and ``forget`` if it rolls back.
        Each article is compared with those stored before it, earlier ones of the batch
        included, exactly as if they had come one at a time.
        """
        links: list[list[object]] = []
        signatures: list[list[object]] = []
        index = self.index()
        for article in articles:
            found = signature(article.text)
            for duplicate_of, similarity in index.matches(found):
                if duplicate_of != article.content_hash:
                    links.append([article.content_hash, duplicate_of, similarity])
            index.add(article.content_hash, found)
            signatures.append(
                [article.content_hash, found.shingles, found.shingle_words, found.seed,
                 found.scheme, list(found.values)]
            )  # fmt: skip
        tail = " ON CONFLICT DO NOTHING"
        insert_rows(self.connection, self.columns, "near_duplicates", links, tail=tail)
        insert_rows(self.connection, self.columns, "article_signatures", signatures, tail=tail)
        self._merge([report for article in articles for report in article.reports])

    def backfill(self) -> int:
        """Bring articles stored without corroboration into it, oldest first."""
        rows = self.connection.execute(
            "SELECT content_hash, text FROM articles WHERE content_hash NOT IN"
            " (SELECT content_hash FROM article_signatures) ORDER BY ingested_at, content_hash"
        ).fetchall()
        if not rows:
            return 0
        # An event keeps its bucket only while merged: rows of the merge tables lost (or
        # never written) leave buckets that would offer unmerged events as candidates.
        self.connection.execute(
            "UPDATE events SET merge_key = NULL WHERE merge_key IS NOT NULL"
            " AND id NOT IN (SELECT event_id FROM event_incidents)"
        )
        for start in range(0, len(rows), _BACKFILL_BATCH):
            chunk = rows[start : start + _BACKFILL_BATCH]
            self.connection.execute("BEGIN TRANSACTION")
            try:
                self.connection.execute(
                    f"UPDATE events SET merge_key = {MERGE_KEY}"
                    " WHERE content_hash IN (SELECT unnest(?::VARCHAR[]))",
                    [[content_hash for content_hash, _ in chunk]],
                )
                self.add_articles(self._stored_articles(chunk))
            except BaseException:
                self.connection.execute("ROLLBACK")
                self.forget()
                raise
            self.connection.execute("COMMIT")
        return len(rows)

    def _stored_articles(self, rows: Sequence[tuple[str, str]]) -> list[NewArticle]:
        """Stored articles with the reports of their events, in the order stored."""
        hashes = [content_hash for content_hash, _ in rows]
        found = self.connection.execute(
            "SELECT id, content_hash, record FROM events"
            " WHERE content_hash IN (SELECT unnest(?::VARCHAR[])) ORDER BY rowid",
            [hashes],
        ).fetchall()
        reports: dict[str, list[Report]] = {content_hash: [] for content_hash in hashes}
        for event_id, content_hash, record in found:
            reports[content_hash].append(self.parsed.report(event_id, content_hash, record))
        return [
            NewArticle(content_hash, text, tuple(reports[content_hash]))
            for content_hash, text in rows
        ]

    def _merge(self, reports: Sequence[Report]) -> None:
        """Number the new reports in the order stored (their events stored with their
        ``merge_key``), and cluster again the chain of reports they touch."""
        if not reports:
            return
        row = self.connection.execute(
            "SELECT coalesce(max(stored_order), 0) FROM event_incidents"
        ).fetchone()
        first = int(row[0]) + 1 if row else 1
        rows = [
            [report.event_id, order, report.event_id]
            for order, report in enumerate(reports, start=first)
        ]
        insert_rows(
            self.connection, self.columns, "event_incidents", rows, tail=" ON CONFLICT DO NOTHING"
        )
        articles = len({report.content_hash for report in reports})
        found = _component(self.connection, self.parsed, reports, merge_rules(), articles=articles)
        self._recluster(found)

    def _recluster(self, component: dict[str, Report]) -> None:
        """Cluster a chain of compatible reports anew and rewrite its incidents."""
        component = _with_incident_mates(self.connection, self.parsed, component)
        ids = list(component)
        old = {
            incident_id
            for (incident_id,) in self.connection.execute(
                "SELECT DISTINCT incident_id FROM event_incidents"
                " WHERE event_id IN (SELECT unnest(?::VARCHAR[]))",
                [ids],
            ).fetchall()
        }
        members = _members(self.connection, self.parsed, ids)
        links = _links(self.connection, {member.content_hash for member in members.values()})
        records = []
        for group in cluster(component.values()):
            record = incident_record([members[report.event_id] for report in group], links)
            records.append((group, record))
        self.connection.execute(
            "DELETE FROM incidents WHERE incident_id IN (SELECT unnest(?::VARCHAR[]))",
            [sorted(old | {record["incident_id"] for _, record in records})],
        )
        self._write(records)

    def _write(self, records: Sequence[tuple[Sequence[Report], dict[str, Any]]]) -> None:
        """All re-clustered incidents in two statements, not two per incident: a batch of
        articles touches hundreds of incidents."""
        if not records:
            return
        members = [(r.event_id, record["incident_id"]) for group, record in records for r in group]
        self.connection.execute(
            "UPDATE event_incidents SET incident_id = moved.incident_id FROM ("
            " SELECT unnest(?::VARCHAR[]) AS event_id, unnest(?::VARCHAR[]) AS incident_id"
            ") AS moved WHERE event_incidents.event_id = moved.event_id",
            [[event for event, _ in members], [incident for _, incident in members]],
        )
        rows = [
            [
                record["incident_id"],
                record["id"],
                record["sources_count"],
                len(group),
                record["date"].get("date_start"),
                record["date"].get("date_end"),
                json.dumps(record, ensure_ascii=False),
            ]
            for group, record in records
        ]
        insert_rows(self.connection, self.columns, "incidents", rows)


def merge_key(acled_type: str, status: str, country: str, day: date) -> str:
    """The bucket ``schema.MERGE_KEY`` gives a stored event of this type, status, country
    and first day (``CAST(date AS VARCHAR)`` is the ISO day)."""
    return f"{acled_type}|{status}|{country}|{day.isoformat()}"


def report_key(report: Report) -> str | None:
    """The bucket of a report's event, to store with it; None without country or date."""
    if report.country is None or report.date_start is None:
        return None
    return merge_key(report.acled_type, report.status, report.country, report.date_start)


def _lookup_keys(report: Report, rules: MergeRules) -> list[str]:
    """The buckets of every stored report the rules could find compatible with ``report``:
    its type, status and country, starting on a day from which an interval of at most
    ``max_interval_days`` can reach its own, with ``day_tolerance`` of slack; none for a
    report that can match nothing (undated, unplaced, or too vague a date)."""
    start, end, country = report.date_start, report.date_end, report.country
    if start is None or end is None or country is None:
        return []
    if (end - start).days > rules.max_interval_days:
        return []
    first = start - timedelta(days=rules.day_tolerance + rules.max_interval_days)
    days = (end - first).days + rules.day_tolerance + 1
    return [
        merge_key(report.acled_type, report.status, country, first + timedelta(days=offset))
        for offset in range(days)
    ]


@dataclass(frozen=True, slots=True)
class _Stored:
    """A stored, merged report with the date columns the candidate rule reads."""

    report: Report
    date_start: date
    date_end: date


def _candidates(
    connection: duckdb.DuckDBPyConnection,
    parsed: _Parsed,
    reports: Sequence[Report],
    rules: MergeRules,
) -> dict[str, list[Report]]:
    """For each report, the stored, merged reports that the database's columns do not
    rule out for it (same type, status and country, other article, dates within
    ``day_tolerance``), sorted by event id; one indexed query for all of them."""
    wanted = {report.event_id: _lookup_keys(report, rules) for report in reports}
    keys = sorted({key for found in wanted.values() for key in found})
    buckets: dict[str, list[_Stored]] = {}
    if keys:
        rows = connection.execute(
            "SELECT id, content_hash, record, merge_key, date_start,"
            " coalesce(date_end, date_start) FROM events"
            " WHERE merge_key IN (SELECT unnest(?::VARCHAR[]))",
            [keys],
        ).fetchall()
        for event_id, content_hash, record, key, start, end in rows:
            stored = _Stored(parsed.report(event_id, content_hash, record), start, end)
            buckets.setdefault(key, []).append(stored)
    slack = timedelta(days=rules.day_tolerance)
    found: dict[str, list[Report]] = {}
    for report in reports:
        matching = [
            stored.report
            for key in wanted[report.event_id]
            for stored in buckets.get(key, ())
            if stored.report.content_hash != report.content_hash
            and report.date_start is not None
            and report.date_end is not None
            and stored.date_start <= report.date_end + slack
            and stored.date_end >= report.date_start - slack
        ]
        found[report.event_id] = sorted(matching, key=lambda candidate: candidate.event_id)
    return found


def _component(
    connection: duckdb.DuckDBPyConnection,
    parsed: _Parsed,
    seeds: Iterable[Report],
    rules: MergeRules,
    *,
    articles: int = 1,
) -> dict[str, Report]:
    """The reports reachable from ``seeds`` through compatible pairs.

    Incidents are cliques of this graph; reports outside it cannot join them, so it is all
    the merge has to look at again. The walk goes breadth first, fetching the candidates
    of a whole step at once: a query per step of the longest chain, not per report. A
    chain (the reports reached from one seed, joined with any chain it meets) stops
    growing at ``max_component`` reports, however many seeds the batch holds, and the
    whole walk at ``max_component`` per new article, as if they had come one at a time.
    """
    found = {report.event_id: report for report in seeds}
    chains = _Chains(found)
    step = sorted(found.values(), key=lambda report: report.event_id)
    budget = len(found) + rules.max_component * articles
    while step and len(found) < budget:
        growing = [report for report in step if chains.size(report.event_id) < rules.max_component]
        candidates = _candidates(connection, parsed, growing, rules)
        step = []
        for report in growing:
            for candidate in candidates[report.event_id]:
                if not compatible(report, candidate, rules):
                    continue
                if candidate.event_id not in found:
                    found[candidate.event_id] = candidate
                    step.append(candidate)
                chains.join(report.event_id, candidate.event_id)
    return found


class _Chains:
    """Which reports of a walk are linked, and how many each chain holds (union-find)."""

    def __init__(self, seeds: Iterable[str]) -> None:
        self._parent = {seed: seed for seed in seeds}
        self._size = dict.fromkeys(self._parent, 1)

    def _root(self, key: str) -> str:
        while self._parent[key] != key:
            self._parent[key] = self._parent[self._parent[key]]
            key = self._parent[key]
        return key

    def size(self, key: str) -> int:
        return self._size[self._root(key)]

    def join(self, known: str, other: str) -> None:
        """Link ``other`` (new to the walk, or in another chain) to ``known``'s chain."""
        if other not in self._parent:
            self._parent[other] = other
            self._size[other] = 1
        first, second = self._root(known), self._root(other)
        if first != second:
            self._parent[second] = first
            self._size[first] += self._size[second]


def _reports(
    connection: duckdb.DuckDBPyConnection, parsed: _Parsed, where: str, values: list[object]
) -> dict[str, Report]:
    """Reports of the events matching ``where`` (on ``events e``), by event id."""
    rows = connection.execute(
        f"SELECT e.id, e.content_hash, e.record FROM events e WHERE {where}", values
    ).fetchall()
    return {
        event_id: parsed.report(event_id, content_hash, record)
        for event_id, content_hash, record in rows
    }


def _with_incident_mates(
    connection: duckdb.DuckDBPyConnection, parsed: _Parsed, component: dict[str, Report]
) -> dict[str, Report]:
    """Add the other reports of the incidents the component's reports belong to: they are
    in it already unless ``max_component`` cut the chain, and must not be left orphaned."""
    mates = _reports(
        connection,
        parsed,
        "e.id IN (SELECT event_id FROM event_incidents WHERE incident_id IN"
        " (SELECT incident_id FROM event_incidents"
        " WHERE event_id IN (SELECT unnest(?::VARCHAR[]))))",
        [list(component)],
    )
    return mates | component


def _members(
    connection: duckdb.DuckDBPyConnection, parsed: _Parsed, ids: list[str]
) -> dict[str, Member]:
    rows = connection.execute(
        "SELECT e.id, e.content_hash, e.record, m.stored_order, a.id, a.url, a.title,"
        " a.cited_sources FROM events e JOIN event_incidents m ON m.event_id = e.id"
        " JOIN articles a ON a.content_hash = e.content_hash"
        " WHERE e.id IN (SELECT unnest(?::VARCHAR[]))",
        [ids],
    ).fetchall()
    return {
        event_id: Member(
            record=parsed.record(record),
            content_hash=content_hash,
            stored=int(stored),
            article_id=article_id,
            url=url,
            title=title,
            cited_sources=tuple(cited or ()),
        )
        for event_id, content_hash, record, stored, article_id, url, title, cited in rows
    }


def _links(connection: duckdb.DuckDBPyConnection, hashes: set[str]) -> list[tuple[str, str]]:
    """Near-duplicate links between the given articles."""
    rows = connection.execute(
        "SELECT content_hash, duplicate_of FROM near_duplicates"
        " WHERE content_hash IN (SELECT unnest(?::VARCHAR[]))"
        " AND duplicate_of IN (SELECT unnest(?::VARCHAR[]))",
        [sorted(hashes), sorted(hashes)],
    ).fetchall()
    return [(str(a), str(b)) for a, b in rows]
