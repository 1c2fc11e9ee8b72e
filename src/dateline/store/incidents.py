"""The store's side of corroboration: signatures, near-duplicate links and incidents.

Runs inside the store's write transaction, right after an article and its events are
inserted: the article's MinHash signature is stored and compared with those of stored
articles, then the new events are merged with the stored reports they may describe. The
merge looks at the whole chain of compatible reports the new events touch and clusters it
again from scratch, so the incidents depend on the set of reports stored, not on the
order they came in. Each incident's merged record is kept ready in ``incidents``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

import duckdb

from dateline.errors import MergeError, Messages
from dateline.merge.corroborate import MergeRules, Report, cluster, compatible, merge_rules
from dateline.merge.incidents import Member, incident_record
from dateline.merge.near_duplicates import DuplicateIndex, Signature, signature

__all__ = ["Incidents"]


class Incidents:
    """Corroboration state of one database; the LSH index is loaded on first use."""

    def __init__(self, connection: duckdb.DuckDBPyConnection) -> None:
        self.connection = connection
        self._index: DuplicateIndex | None = None

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

    def add_article(self, content_hash: str, text: str, events: Sequence[str]) -> Signature:
        """Link an article just inserted to its near-duplicates and merge its events.

        Call inside the transaction that inserted it, then ``remember`` once committed.
        """
        found = signature(text)
        for duplicate_of, similarity in self.index().matches(found):
            if duplicate_of != content_hash:
                self.connection.execute(
                    "INSERT INTO near_duplicates VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                    [content_hash, duplicate_of, similarity],
                )
        self.connection.execute(
            "INSERT INTO article_signatures VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [
                content_hash,
                found.shingles,
                found.shingle_words,
                found.seed,
                found.scheme,
                list(found.values),
            ],
        )
        self._merge(content_hash, events)
        return found

    def remember(self, content_hash: str, found: Signature) -> None:
        """Index a committed article's signature for the articles that come after it."""
        if self._index is not None:
            self._index.add(content_hash, found)

    def backfill(self) -> int:
        """Bring articles stored before corroboration existed into it, oldest first."""
        rows = self.connection.execute(
            "SELECT content_hash, text FROM articles WHERE content_hash NOT IN"
            " (SELECT content_hash FROM article_signatures) ORDER BY ingested_at, content_hash"
        ).fetchall()
        for content_hash, text in rows:
            events = [
                event_id
                for (event_id,) in self.connection.execute(
                    "SELECT id FROM events WHERE content_hash = ? ORDER BY rowid", [content_hash]
                ).fetchall()
            ]
            self.connection.execute("BEGIN TRANSACTION")
            try:
                found = self.add_article(content_hash, text, events)
            except BaseException:
                self.connection.execute("ROLLBACK")
                raise
            self.connection.execute("COMMIT")
            self.remember(content_hash, found)
        return len(rows)

    def _merge(self, content_hash: str, events: Sequence[str]) -> None:
        row = self.connection.execute(
            "SELECT coalesce(max(stored_order), 0) FROM event_incidents"
        ).fetchone()
        first = int(row[0]) + 1 if row else 1
        stored = _reports(self.connection, "e.content_hash = ?", [content_hash])
        new = [stored[event_id] for event_id in events if event_id in stored]
        for order, report in enumerate(new, start=first):
            self.connection.execute(
                "INSERT INTO event_incidents VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                [report.event_id, order, report.event_id],
            )
        if new:
            self._recluster(_component(self.connection, new, merge_rules()))

    def _recluster(self, component: dict[str, Report]) -> None:
        """Cluster a chain of compatible reports anew and rewrite its incidents."""
        component = _with_incident_mates(self.connection, component)
        ids = list(component)
        old = {
            incident_id
            for (incident_id,) in self.connection.execute(
                "SELECT DISTINCT incident_id FROM event_incidents"
                " WHERE event_id IN (SELECT unnest(?::VARCHAR[]))",
                [ids],
            ).fetchall()
        }
        members = _members(self.connection, ids)
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
        """All re-clustered incidents in two statements, not two per incident: an article
        of ~17 events touches as many incidents."""
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
        self.connection.execute(
            "INSERT INTO incidents VALUES " + ", ".join(["(?, ?, ?, ?, ?, ?, ?)"] * len(rows)),
            [value for row in rows for value in row],
        )


def _reports(
    connection: duckdb.DuckDBPyConnection, where: str, values: list[object]
) -> dict[str, Report]:
    """Reports of the events matching ``where`` (on ``events e``), by event id."""
    rows = connection.execute(
        f"SELECT e.id, e.content_hash, e.record FROM events e WHERE {where}", values
    ).fetchall()
    return {
        event_id: _report(event_id, content_hash, record) for event_id, content_hash, record in rows
    }


def _report(event_id: str, content_hash: str, record: str) -> Report:
    """The report of one stored event; a record that cannot be read is named (E022)."""
    try:
        return Report.from_record(json.loads(record), content_hash=content_hash)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        detail = f"its stored event {event_id} is unreadable ({type(error).__name__}: {error})"
        raise MergeError(Messages.E022, record=content_hash, detail=detail) from error


def _candidates(
    connection: duckdb.DuckDBPyConnection, report: Report, rules: MergeRules
) -> list[Report]:
    """Stored, merged reports that the database's columns do not rule out for ``report``."""
    if report.date_start is None or report.date_end is None or report.country is None:
        return []
    if (report.date_end - report.date_start).days > rules.max_interval_days:
        return []
    slack = rules.day_tolerance
    found = _reports(
        connection,
        "e.acled_type = ? AND e.status = ? AND e.country_iso2 = ? AND e.content_hash <> ?"
        " AND e.date_start <= CAST(? AS DATE) + ? AND coalesce(e.date_end, e.date_start)"
        " >= CAST(? AS DATE) - ? AND e.id IN (SELECT event_id FROM event_incidents)",
        [
            report.acled_type,
            report.status,
            report.country,
            report.content_hash,
            report.date_end.isoformat(),
            slack,
            report.date_start.isoformat(),
            slack,
        ],
    )
    return [found[event_id] for event_id in sorted(found)]


def _component(
    connection: duckdb.DuckDBPyConnection, seeds: Iterable[Report], rules: MergeRules
) -> dict[str, Report]:
    """The reports reachable from ``seeds`` through compatible pairs, up to ``max_component``.

    Incidents are cliques of this graph; reports outside it cannot join them, so it is all
    the merge has to look at again.
    """
    limit = rules.max_component
    found = {report.event_id: report for report in seeds}
    frontier = sorted(found.values(), key=lambda report: report.event_id)
    while frontier and len(found) < limit:
        report = frontier.pop()
        for candidate in _candidates(connection, report, rules):
            if candidate.event_id not in found and compatible(report, candidate, rules):
                found[candidate.event_id] = candidate
                frontier.append(candidate)
    return found


def _with_incident_mates(
    connection: duckdb.DuckDBPyConnection, component: dict[str, Report]
) -> dict[str, Report]:
    """Add the other reports of the incidents the component's reports belong to: they are
    in it already unless ``max_component`` cut the chain, and must not be left orphaned."""
    mates = _reports(
        connection,
        "e.id IN (SELECT event_id FROM event_incidents WHERE incident_id IN"
        " (SELECT incident_id FROM event_incidents"
        " WHERE event_id IN (SELECT unnest(?::VARCHAR[]))))",
        [list(component)],
    )
    return mates | component


def _members(connection: duckdb.DuckDBPyConnection, ids: list[str]) -> dict[str, Member]:
    rows = connection.execute(
        "SELECT e.id, e.content_hash, e.record, m.stored_order, a.id, a.url, a.title,"
        " a.cited_sources FROM events e JOIN event_incidents m ON m.event_id = e.id"
        " JOIN articles a ON a.content_hash = e.content_hash"
        " WHERE e.id IN (SELECT unnest(?::VARCHAR[]))",
        [ids],
    ).fetchall()
    return {
        event_id: Member(
            record=json.loads(record),
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
