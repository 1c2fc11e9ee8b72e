"""The DuckDB store: schema on open, idempotent writes, lossless round trips."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import duckdb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.errors import StoreError
from dateline.records import (
    Article,
    ChromeLine,
    DateBasis,
    DateGuess,
    Extraction,
    Format,
    PlaceMention,
    Repair,
    Skipped,
    Span,
)
from dateline.store import Store
from dateline.store.schema import SCHEMA_VERSION


def _article(text: str = "Des frappes ont visé Deir ez-Zor jeudi.", **changes: object) -> Article:
    fields: dict[str, object] = {
        "id": "report-1",
        "content_hash": f"hash-{abs(hash(text))}",
        "source": "reports.jsonl",
        "format": Format.JSONL,
        "url": "https://exemple-info.fr/syrie/deir-ez-zor",
        "lang": "fr",
        "lang_confidence": 0.98,
        "title": "Frappes sur Deir ez-Zor",
        "text": text,
        "paragraphs": (Span(0, len(text)),),
        "published": DateGuess(date(2017, 9, 14), DateBasis.METADATA, 1.0, "2017-09-14"),
        "page_time": DateGuess.unknown(),
        "cited_sources": ("AFP", "OSDH"),
        "repairs": (Repair("mojibake", "visÃ©", "visé", "sloppy-windows-1252, utf-8"),),
        "chrome": (ChromeLine("Partager", "trailing chrome"),),
    }
    fields.update(changes)
    return Article(**fields)  # type: ignore[arg-type]


def test_store_creates_schema_on_open(tmp_path: Path) -> None:
    with Store(tmp_path / "new.duckdb") as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.count_articles() == 0


def test_store_add_is_idempotent(tmp_path: Path) -> None:
    with Store(tmp_path / "db.duckdb") as store:
        assert store.add_article(_article()) is True
        assert store.add_article(_article()) is False
        assert store.count_articles() == 1


def test_store_keeps_articles_across_reopen(tmp_path: Path) -> None:
    path = tmp_path / "db.duckdb"
    with Store(path) as store:
        store.add_article(_article())
    with Store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert [a.id for a in store.articles()] == ["report-1"]


def test_store_refuses_newer_schema(tmp_path: Path) -> None:
    path = tmp_path / "future.duckdb"
    with Store(path):
        pass
    connection = duckdb.connect(str(path))
    connection.execute("INSERT INTO schema_version VALUES (?)", [SCHEMA_VERSION + 1])
    connection.close()
    with pytest.raises(StoreError) as raised:
        Store(path)
    assert raised.value.code == "E015"


def test_store_rolls_back_a_failed_write(tmp_path: Path) -> None:
    with Store(tmp_path / "db.duckdb") as store:
        broken = _article(text="Un texte.", content_hash=None)
        with pytest.raises(duckdb.Error):
            store.add_article(broken)
        assert store.add_article(_article()) is True
        assert store.count_articles() == 1


def test_store_records_skipped_inputs(tmp_path: Path) -> None:
    with Store(tmp_path / "db.duckdb") as store:
        store.add_skipped(Skipped("feeds/bad.xml", None, "[E008] malformed feed: x", "E008"))
        rows = store.connection.execute("SELECT source, code FROM skipped").fetchall()
    assert rows == [("feeds/bad.xml", "E008")]


_zones = st.sampled_from([UTC, timezone(timedelta(hours=2)), timezone(timedelta(hours=-5))])
_datetimes = st.datetimes(
    min_value=datetime(1990, 1, 1), max_value=datetime(2035, 1, 1), timezones=_zones
)
_guesses = st.builds(
    DateGuess,
    value=st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1)), _datetimes),
    basis=st.sampled_from(list(DateBasis)),
    confidence=st.floats(min_value=0, max_value=1, allow_nan=False),
    expression=st.one_of(st.none(), st.text(max_size=40)),
)


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(min_size=1, max_size=300),
    title=st.one_of(st.none(), st.text(max_size=80)),
    sources=st.lists(st.text(min_size=1, max_size=20), max_size=4),
    published=_guesses,
    page_time=_guesses,
)
def test_store_round_trips_any_article(
    text: str,
    title: str | None,
    sources: list[str],
    published: DateGuess,
    page_time: DateGuess,
) -> None:
    article = _article(
        text,
        content_hash="round-trip",
        title=title,
        cited_sources=tuple(sources),
        published=published,
        page_time=page_time,
    )
    with Store(":memory:") as store:
        assert store.add_article(article)
        assert store.get_article(article.content_hash) == article


def test_store_keeps_places_with_their_article(tmp_path: Path) -> None:
    article = _article()
    places = (
        PlaceMention(
            "Deir ez-Zor",
            21,
            32,
            "place",
            name="Deir ez-Zor",
            geonames_id=170794,
            lat=35.336,
            lon=40.141,
            admin1="Dayr az Zawr",
            admin1_code="07",
            country_iso2="SY",
            feature="town",
            precision="town",
            geo_precision=1,
            confidence=0.9,
        ),
        PlaceMention("Tellou-Kassa", 40, 52, "place", reason="no gazetteer entry"),
    )
    with Store(tmp_path / "db.duckdb") as store:
        assert store.add_extraction(Extraction(article, places)) is True
        assert store.add_extraction(Extraction(article, places)) is False
        assert store.places(article.content_hash) == list(places)
