"""The store's query side: event filters, counts and pages, lookups, read-only opening."""

from __future__ import annotations

import subprocess
import sys
import time
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

import duckdb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factories
from dateline.errors import StoreError
from dateline.records import (
    ActorMention,
    Article,
    Event,
    EventDate,
    Evidence,
    Extraction,
    PlaceMention,
)
from dateline.store import EventFilters, Store
from dateline.store.schema import MIGRATIONS

# Actors as the dictionary names them; accents and case differ from how users type them.
ACTORS = [
    ("MLI.MIL", "Armée malienne", "military", "MLI"),
    ("RUS.MIL.VKS", "Forces aérospatiales russes", "military", "RUS"),
    ("GRP.IS", "État islamique", "armed_group", None),
    ("SDN.POL", "Police soudanaise", "police", "SDN"),
]
ACTOR_QUERIES = ["MLI.MIL", "GRP.IS", "RUS.MIL", "armee", "ETAT ISL", "russes", "police", "zz"]
TYPES = [
    ("ASSAULT", "Violence against civilians", "Attack"),
    ("ASSAULT", "Explosions/Remote violence", "Air/drone strike"),
    ("PROTEST", "Protests", "Peaceful protest"),
    ("CONSULT", "Strategic developments", "Other"),
]
COUNTRIES = ["ML", "SY", "SD"]
STATUSES = ["realised", "planned", "denied"]
FIRST_DAY = date(2016, 1, 1)


def _actor(index: int) -> ActorMention:
    canonical_id, name, kind, iso3 = ACTORS[index]
    return ActorMention(name, 0, len(name), canonical_id, name, kind, iso3, "name", 0.9)


@st.composite
def events(draw: st.DrawFn, number: int) -> Event:
    plover, acled, subtype = draw(st.sampled_from(TYPES))
    place = None
    if draw(st.booleans()):
        lat = draw(st.floats(-90, 90, allow_nan=False))
        lon = draw(st.floats(-180, 180, allow_nan=False))
        place = PlaceMention(
            "lieu", 0, 4, "place", name="Lieu", lat=lat, lon=lon,
            country_iso2=draw(st.sampled_from(COUNTRIES)), confidence=1.0,
        )  # fmt: skip
    when = EventDate(None, None, "unknown", "unknown", 0.0)
    if draw(st.booleans()):
        start = FIRST_DAY + timedelta(days=draw(st.integers(0, 400)))
        end = start + timedelta(days=draw(st.integers(0, 40)))
        when = EventDate(start, end, "day", "absolute", 0.9)
    actor_index = st.none() | st.integers(0, len(ACTORS) - 1)
    first, second = draw(actor_index), draw(actor_index)
    return factories.event(
        f"ev-{number:03d}",
        "rapport",
        plover_type=plover,
        plover_mode=None,
        acled_type=acled,
        acled_subtype=subtype,
        status=draw(st.sampled_from(STATUSES)),
        actor1=None if first is None else _actor(first),
        actor2=None if second is None else _actor(second),
        place=place,
        date=when,
        weapons=(),
        evidence=(Evidence("trigger", 0, 4, "tués"),),
        confidence=0.5,
    )


@st.composite
def event_lists(draw: st.DrawFn) -> list[Event]:
    size = draw(st.integers(0, 12))
    return [draw(events(number)) for number in range(size)]


def _day(draw: st.DrawFn) -> str:
    return (FIRST_DAY + timedelta(days=draw(st.integers(-5, 450)))).isoformat()


@st.composite
def filters(draw: st.DrawFn) -> EventFilters:
    chosen = EventFilters()
    if draw(st.booleans()):
        chosen["acled_type"] = draw(st.sampled_from([acled for _, acled, _ in TYPES]))
    if draw(st.booleans()):
        chosen["plover_type"] = draw(st.sampled_from([plover for plover, _, _ in TYPES]))
    if draw(st.booleans()):
        chosen["country"] = draw(st.sampled_from(COUNTRIES))
    if draw(st.booleans()):
        chosen["status"] = draw(st.sampled_from(STATUSES))
    if draw(st.booleans()):
        chosen["since"] = _day(draw)
    if draw(st.booleans()):
        chosen["until"] = _day(draw)
    if draw(st.booleans()):
        chosen["actor"] = draw(st.sampled_from(ACTOR_QUERIES))
    if draw(st.booleans()):
        south = draw(st.floats(-90, 90, allow_nan=False))
        north = draw(st.floats(south, 90, allow_nan=False))
        west = draw(st.floats(-180, 180, allow_nan=False))
        east = draw(st.floats(-180, 180, allow_nan=False))
        chosen["bbox"] = (west, south, east, north)
    return chosen


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _matches(event: Event, chosen: EventFilters) -> bool:
    """The filters' meaning, written independently of the SQL."""
    place, when = event.place, event.date
    country = place.country_iso2 if place else None
    first = when.date_start.isoformat() if when.date_start else None
    last = when.date_end.isoformat() if when.date_end else None
    checks = [
        chosen.get("acled_type") in (None, event.acled_type),
        chosen.get("plover_type") in (None, event.plover_type),
        chosen.get("status") in (None, event.status),
        chosen.get("country") in (None, country),
        not (since := chosen.get("since")) or (last is not None and last >= since),
        not (until := chosen.get("until")) or (first is not None and first <= until),
    ]
    if actor := chosen.get("actor"):
        actors = [found for found in (event.actor1, event.actor2) if found is not None]
        checks.append(
            any(
                actor == found.canonical_id
                or _fold(actor) in _fold(found.name)
                or _fold(actor) in _fold(found.text)
                or _fold(actor) == _fold(found.person or "")
                for found in actors
            )
        )
    if bbox := chosen.get("bbox"):
        west, south, east, north = bbox
        if place is None or place.lat is None or place.lon is None:
            return False
        across = west > east
        in_lon = (place.lon >= west or place.lon <= east) if across else west <= place.lon <= east
        checks.append(south <= place.lat <= north and in_lon)
    return all(checks)


def _newest_first(event: Event) -> tuple[int, int, str]:
    start = event.date.date_start
    return (start is None, -(start.toordinal() if start else 0), event.id)


def _stored(store: Store, batch: list[Event]) -> None:
    article = Article.from_text("Un rapport.", id="rapport", source="rapport.txt", lang="fr")
    store.add_extraction(Extraction(article, events=tuple(batch)))


@pytest.mark.parametrize("merged", [True, False])
@settings(max_examples=30, deadline=None)
@given(batch=event_lists(), chosen=filters())
def test_store_events_filters_match_their_definition(
    batch: list[Event], chosen: EventFilters, merged: bool
) -> None:
    expected = [event.id for event in sorted(batch, key=_newest_first) if _matches(event, chosen)]
    with Store(":memory:") as store:
        _stored(store, batch)
        found = store.events(merged=merged, **chosen)
        assert [record["id"] for record in found] == expected
        assert store.count_events(merged=merged, **chosen) == len(expected)
        assert all(record["content_hash"] == "rapport" for record in found)


@settings(max_examples=15, deadline=None)
@given(batch=event_lists(), size=st.integers(1, 5))
def test_store_events_pages_neither_repeat_nor_skip(batch: list[Event], size: int) -> None:
    with Store(":memory:") as store:
        _stored(store, batch)
        whole = [record["id"] for record in store.events()]
        pages = [
            [record["id"] for record in store.events(limit=size, offset=offset)]
            for offset in range(0, len(batch) + size, size)
        ]
    assert [event_id for page in pages for event_id in page] == whole
    assert all(len(page) <= size for page in pages)


def _report(number: int, text: str, *, fatalities: int) -> tuple[Article, tuple[Event, ...]]:
    """One outlet's report of an air strike on Kidal on 2 March 2024."""
    article = Article.from_text(text, id=f"rapport-{number}", source="r.jsonl", lang="fr")
    start = text.index("frappe")
    place = text.index("Kidal")
    event = Event(
        id=f"kidal-{number}",
        article_id=article.id,
        plover_type="ASSAULT",
        plover_mode="aerial",
        acled_type="Explosions/Remote violence",
        acled_subtype="Air/drone strike",
        status="realised",
        actor1=ActorMention(
            "armée malienne", 0, 14, "MLI.MIL", "Malian army", "military", "MLI", "name", 0.9
        ),
        actor2=None,
        place=PlaceMention(
            "Kidal", place, place + 5, "place", name="Kidal", lat=18.44111, lon=1.40778,
            country_iso2="ML", feature="town", precision="town", geo_precision=1, confidence=1.0,
        ),
        date=EventDate(date(2024, 3, 2), date(2024, 3, 2), "day", "absolute", 0.9),
        quantities={"fatalities": fatalities},
        weapons=("drone",),
        claim_chain=(),
        evidence=(
            Evidence("trigger", start, start + 6, "frappe"),
            Evidence("place", place, place + 5, "Kidal"),
        ),
        confidence=0.8,
        extractor_version="test",
    )  # fmt: skip
    return article, (event,)


def test_store_event_by_member_id_gives_the_incident(tmp_path: Path) -> None:
    first = _report(1, "Une frappe de drone a tué six civils à Kidal samedi.", fatalities=6)
    second = _report(2, "À Kidal, une frappe aérienne a fait huit morts samedi.", fatalities=8)
    with Store(tmp_path / "db.duckdb") as store:
        for article, found in (first, second):
            store.add_extraction(Extraction(article, events=found))
        merged = store.event("kidal-2")
        assert merged is not None
        assert store.event("kidal-1") == merged
        assert {source["event_id"] for source in merged.get("sources", [])} == {
            "kidal-1",
            "kidal-2",
        }
        assert store.count_events() == 1
        assert store.count_events(merged=False) == 2
        assert store.event("kidal-3") is None


@pytest.mark.parametrize(
    ("query", "found"),
    [("PER.GOITA_ASSIMI", True), ("Goïta", True), ("goita", True), ("Kerry", False)],
)
def test_store_actor_filter_finds_a_body_through_its_office_holder(
    tmp_path: Path, query: str, found: bool
) -> None:
    """The junta's events name its leader: searching for him finds them."""
    junta = ActorMention(
        "colonel Assimi Goïta", 0, 20, "MLI.GOV", "Government of Mali", "government", "MLI",
        "name", 0.9, person="PER.GOITA_ASSIMI",
    )  # fmt: skip
    article = Article.from_text("Un rapport.", id="rapport", source="r.txt", lang="fr")
    with Store(tmp_path / "db.duckdb") as store:
        store.add_extraction(Extraction(article, events=(factories.event("m-1", actor1=junta),)))
        ids = [row["id"] for row in store.events(actor=query)]
    assert ids == (["m-1"] if found else [])


def test_store_article_events_are_the_articles_own_in_text_order(tmp_path: Path) -> None:
    article = Article.from_text(
        "Des manifestants ont défilé à Bamako. Plus tard, une frappe a visé Kidal.",
        id="rapport", source="r.txt", lang="fr",
    )  # fmt: skip
    late = Event(
        "b-late", "rapport", "ASSAULT", None, "Explosions/Remote violence", "Air/drone strike",
        "realised", None, None, None, EventDate(None, None, "unknown", "unknown", 0.0),
        {"fatalities": None}, (), (), (Evidence("trigger", 53, 59, "frappe"),), 0.5, "test",
    )  # fmt: skip
    early = Event(
        "z-early", "rapport", "PROTEST", None, "Protests", "Peaceful protest", "realised",
        None, None, None, EventDate(None, None, "unknown", "unknown", 0.0),
        {"fatalities": None}, (), (), (Evidence("trigger", 20, 27, "défilé"),), 0.5, "test",
    )  # fmt: skip
    with Store(tmp_path / "db.duckdb") as store:
        store.add_extraction(Extraction(article, events=(late, early)))
        found = store.article_events("rapport")
        assert [record["id"] for record in found] == ["z-early", "b-late"]
        assert all(record["content_hash"] == "rapport" for record in found)
        assert store.article_events("inconnu") == []
        assert store.article_by_hash("rapport") == article


def test_store_read_only_refuses_a_missing_file_and_does_not_create_it(tmp_path: Path) -> None:
    path = tmp_path / "absent.duckdb"
    with pytest.raises(StoreError) as raised:
        Store(path, read_only=True)
    assert raised.value.code == "E014"
    assert not path.exists()


def test_store_read_only_reads_without_writing(tmp_path: Path) -> None:
    path = tmp_path / "db.duckdb"
    with Store(path) as store:
        _stored(store, [])
    with Store(path, read_only=True) as store:
        assert store.count_articles() == 1
        with pytest.raises(duckdb.Error):
            store.connection.execute("DELETE FROM articles")


def test_store_read_only_refuses_an_old_schema_with_the_upgrade_hint(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    connection = duckdb.connect(str(path))
    connection.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    for statement in MIGRATIONS[0]:
        connection.execute(statement)
    connection.execute("INSERT INTO schema_version VALUES (1)")
    connection.close()
    with pytest.raises(StoreError) as raised:
        Store(path, read_only=True)
    assert raised.value.code == "E014"
    assert "dateline ingest" in raised.value.reason


@contextmanager
def _opened_by_another_process(
    path: Path, *, seconds: float, read_only: bool = False
) -> Iterator[None]:
    """Another process holding ``path`` open for ``seconds`` (or until the block ends)."""
    script = (
        "import sys, time, duckdb\n"
        "connection = duckdb.connect(sys.argv[1], read_only=sys.argv[3] == 'ro')\n"
        "print('ready', flush=True)\n"
        "time.sleep(float(sys.argv[2]))\n"
        "connection.close()\n"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", script, str(path), str(seconds), "ro" if read_only else "rw"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        yield
    finally:
        holder.kill()
        holder.wait()


def test_store_reader_gives_up_with_e023_while_another_process_writes(tmp_path: Path) -> None:
    path = tmp_path / "db.duckdb"
    Store(path).close()
    with _opened_by_another_process(path, seconds=30):
        started = time.monotonic()
        with pytest.raises(StoreError) as raised:
            Store(path, read_only=True, wait=0.3)
        assert raised.value.code == "E023"
        assert 0.3 <= time.monotonic() - started < 5
        assert str(path) in raised.value.reason


def test_store_writer_waits_for_a_brief_reader(tmp_path: Path) -> None:
    path = tmp_path / "db.duckdb"
    Store(path).close()
    with _opened_by_another_process(path, seconds=0.5, read_only=True):
        started = time.monotonic()
        with Store(path, wait=10) as store:
            assert store.count_articles() == 0
        assert time.monotonic() - started < 5
