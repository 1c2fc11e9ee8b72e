"""The database schema as numbered migrations; a database is brought up to date on open."""

from __future__ import annotations

# The merge bucket of a stored event, from its columns: events in one bucket share the
# ACLED type, status and country the merge rules require and start on the same day;
# ``dateline.store.incidents.merge_key`` writes the same text from a report. NULL (no
# bucket, never a candidate) when the country or the date is unknown.
MERGE_KEY = (
    "acled_type || '|' || status || '|' || country_iso2 || '|' || CAST(date_start AS VARCHAR)"
)

# Each entry upgrades the schema from version i to i + 1. Append; never edit a released one.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """
        CREATE TABLE articles (
            content_hash VARCHAR PRIMARY KEY,
            id VARCHAR NOT NULL,
            source VARCHAR NOT NULL,
            format VARCHAR NOT NULL,
            url VARCHAR,
            lang VARCHAR,
            title VARCHAR,
            text VARCHAR NOT NULL,
            published VARCHAR,
            published_day DATE,
            published_basis VARCHAR NOT NULL,
            published_confidence DOUBLE NOT NULL,
            page_time VARCHAR,
            page_time_basis VARCHAR NOT NULL,
            cited_sources VARCHAR[] NOT NULL,
            record VARCHAR NOT NULL,
            ingested_at TIMESTAMP NOT NULL DEFAULT current_timestamp
        )
        """,
        """
        CREATE TABLE skipped (
            source VARCHAR NOT NULL,
            record VARCHAR,
            code VARCHAR NOT NULL,
            reason VARCHAR NOT NULL,
            seen_at TIMESTAMP NOT NULL DEFAULT current_timestamp
        )
        """,
    ),
    (
        """
        CREATE TABLE places (
            content_hash VARCHAR NOT NULL,
            start_char INTEGER NOT NULL,
            end_char INTEGER NOT NULL,
            text VARCHAR NOT NULL,
            kind VARCHAR NOT NULL,
            name VARCHAR,
            geonames_id BIGINT,
            latitude DOUBLE,
            longitude DOUBLE,
            admin1 VARCHAR,
            country_iso2 VARCHAR,
            feature VARCHAR,
            precision VARCHAR,
            geo_precision INTEGER,
            confidence DOUBLE NOT NULL,
            reason VARCHAR,
            record VARCHAR NOT NULL,
            PRIMARY KEY (content_hash, start_char, end_char)
        )
        """,
    ),
    (
        """
        CREATE TABLE events (
            id VARCHAR PRIMARY KEY,
            content_hash VARCHAR NOT NULL,
            plover_type VARCHAR NOT NULL,
            plover_mode VARCHAR,
            acled_type VARCHAR NOT NULL,
            acled_subtype VARCHAR NOT NULL,
            status VARCHAR NOT NULL,
            actor1_id VARCHAR,
            actor2_id VARCHAR,
            place_name VARCHAR,
            country_iso2 VARCHAR,
            latitude DOUBLE,
            longitude DOUBLE,
            date_start DATE,
            date_end DATE,
            fatalities INTEGER,
            confidence DOUBLE NOT NULL,
            record VARCHAR NOT NULL
        )
        """,
    ),
    # Cross-article corroboration (dateline.merge): MinHash signatures so a new process
    # finds near-duplicates of stored articles, the near-duplicate links, each event's
    # incident, and each incident's merged record. Databases from before are filled in on
    # open (``Store``), oldest article first.
    (
        """
        CREATE TABLE article_signatures (
            content_hash VARCHAR PRIMARY KEY,
            shingles INTEGER NOT NULL,
            shingle_words INTEGER NOT NULL,
            seed INTEGER NOT NULL,
            scheme VARCHAR NOT NULL,
            minhash UBIGINT[] NOT NULL
        )
        """,
        """
        CREATE TABLE near_duplicates (
            content_hash VARCHAR NOT NULL,
            duplicate_of VARCHAR NOT NULL,
            similarity DOUBLE NOT NULL,
            PRIMARY KEY (content_hash, duplicate_of)
        )
        """,
        """
        CREATE TABLE event_incidents (
            event_id VARCHAR PRIMARY KEY,
            stored_order BIGINT NOT NULL,
            incident_id VARCHAR NOT NULL
        )
        """,
        """
        CREATE TABLE incidents (
            incident_id VARCHAR PRIMARY KEY,
            representative_id VARCHAR NOT NULL,
            sources_count INTEGER NOT NULL,
            reports INTEGER NOT NULL,
            date_start DATE,
            date_end DATE,
            record VARCHAR NOT NULL
        )
        """,
    ),
    # Candidates for the merge found through an index instead of a scan of every event:
    # each merged event's bucket (ACLED type, status, country, first day; see
    # ``MERGE_KEY``), set when it is merged, so an event without one is not merged yet.
    (
        "ALTER TABLE events ADD COLUMN merge_key VARCHAR",
        # Before the update: DuckDB cannot index a table with updates outstanding.
        "CREATE INDEX events_merge_key ON events (merge_key)",
        f"UPDATE events SET merge_key = {MERGE_KEY}"
        " WHERE id IN (SELECT event_id FROM event_incidents)",
    ),
)

SCHEMA_VERSION = len(MIGRATIONS)
