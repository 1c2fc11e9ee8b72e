"""The database schema as numbered migrations; a database is brought up to date on open."""

from __future__ import annotations

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
)

SCHEMA_VERSION = len(MIGRATIONS)
