"""Corroboration as the store runs it: incremental, idempotent, blind to ingest order."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest

from dateline.errors import MergeError
from dateline.records import Extraction
from dateline.store import Store
from factories import actor, day, event, extraction

SAHEL = (
    "Deux civils ont été tués mardi dans une frappe de drone de l'armée malienne sur le "
    "marché de Kidal, dans le nord du Mali, selon des sources locales. Plusieurs commerçants "
    "ont été blessés et des étals ont pris feu, a indiqué un élu local."
)
WIRE = (
    "Three civilians were killed on Tuesday when a Malian army drone struck the livestock "
    "market in Kidal, northern Mali, residents said. The army said it had targeted "
    "terrorist elements but gave no toll."
)
REPRINT = (
    "Lire aussi : la saison sèche inquiète les éleveurs du Sahel.\n\n"
    + SAHEL
    + "\n\nArticle republié avec l'autorisation de Sahel Actu."
)
LATER = (
    "Un combattant a été tué jeudi dans une nouvelle frappe de drone près de Kidal contre "
    "un véhicule qui roulait vers la frontière algérienne, selon une source sécuritaire."
)


def _reports() -> dict[str, Extraction]:
    """The Kidal strike told by two outlets (2 and 3 dead), a reprint of the first, and
    another strike at Kidal nine days later."""
    return {
        "sahel": extraction(
            "sahel",
            SAHEL,
            event(
                "sahel-1",
                actor1=None,
                actor2=actor("MLI.MIL"),
                confidence=0.75,
                quantities={"fatalities": 2},
            ),
            url="https://sahel-actu.example/kidal",
        ),
        "wire": extraction(
            "wire",
            WIRE,
            event("wire-1", target="CIVILIANS", quantities={"fatalities": 3}),
            event(
                "wire-2",
                acled_type="Battles",
                acled_subtype="Government regains territory",
                confidence=0.55,
            ),
            url="https://westafrica-wire.example/kidal",
        ),
        "reprint": extraction(
            "reprint",
            REPRINT,
            event(
                "reprint-1",
                actor1=None,
                actor2=actor("MLI.MIL"),
                confidence=0.75,
                quantities={"fatalities": 2},
            ),
            url="https://journal-du-nord.example/kidal",
        ),
        "later": extraction(
            "later",
            LATER,
            event("later-1", date=day("2024-03-21"), quantities={"fatalities": 1}),
            url="https://sahel-actu.example/kidal-2",
        ),
    }


def _incidents(store: Store) -> set[frozenset[str]]:
    """The incidents as sets of member event ids, whatever their ids."""
    groups: dict[str, set[str]] = {}
    for record in store.events(merged=False):
        groups.setdefault(record["incident_id"], set()).add(record["id"])
    return {frozenset(group) for group in groups.values()}


def _summary(store: Store) -> list[tuple[Any, ...]]:
    """What a reader sees of each incident, order-free."""
    return sorted(
        (
            record["id"],
            record["sources_count"],
            tuple(sorted(source["event_id"] for source in record["sources"])),
            repr(record["conflicts"]),
        )
        for record in store.events()
    )


def test_store_merge_two_outlets_make_one_event_with_two_sources() -> None:
    reports = _reports()
    with Store(":memory:") as store:
        store.add_extraction(reports["sahel"])
        store.add_extraction(reports["wire"])
        strike = next(e for e in store.events() if e["acled_type"] == "Explosions/Remote violence")
        assert len(store.events()) == 2  # the strike, and the wire's separate battle
    assert strike["sources_count"] == 2
    assert strike["id"] == "wire-1"  # more confident than the French report
    assert strike["incident_id"] == "sahel-1"  # stored first
    assert strike["conflicts"]["fatalities"] == [
        {"value": 2, "event_ids": ["sahel-1"]},
        {"value": 3, "event_ids": ["wire-1"]},
    ]
    assert [source["claim_chain"] for source in strike["sources"]] == [[], []]


def test_store_merge_reprint_joins_without_counting() -> None:
    reports = _reports()
    with Store(":memory:") as store:
        for name in ("sahel", "wire", "reprint"):
            store.add_extraction(reports[name])
        strike = store.incident("reprint-1")
        links = store.near_duplicates("reprint")
    assert strike is not None
    assert strike["sources_count"] == 2
    assert len(strike["sources"]) == 3
    reprint = next(s for s in strike["sources"] if s["event_id"] == "reprint-1")
    assert reprint["duplicate_of"] == "sahel"
    assert [(link["content_hash"], link["duplicate_of"]) for link in links] == [
        ("reprint", "sahel")
    ]
    assert links[0]["similarity"] >= 0.7


def test_store_merge_later_strike_nearby_stays_apart() -> None:
    reports = _reports()
    with Store(":memory:") as store:
        for name in ("sahel", "later"):
            store.add_extraction(reports[name])
        assert _incidents(store) == {frozenset({"sahel-1"}), frozenset({"later-1"})}
        assert [e["sources_count"] for e in store.events()] == [1, 1]


def test_store_merge_reingesting_changes_nothing() -> None:
    reports = _reports()
    with Store(":memory:") as store:
        for name in ("sahel", "wire"):
            store.add_extraction(reports[name])
        before = store.events()
        assert store.add_extraction(reports["sahel"]) is False
        assert store.add_extraction(reports["wire"]) is False
        assert store.events() == before


def test_store_merge_result_does_not_depend_on_ingest_order() -> None:
    reports = _reports()
    seen = set()
    for order in itertools.permutations(reports):
        with Store(":memory:") as store:
            for name in order:
                store.add_extraction(reports[name])
            seen.add((frozenset(_incidents(store)), tuple(_summary(store))))
    assert len(seen) == 1
    incidents, _ = seen.pop()
    assert incidents == {
        frozenset({"sahel-1", "wire-1", "reprint-1"}),
        frozenset({"wire-2"}),
        frozenset({"later-1"}),
    }


def test_store_merge_a_bridging_report_regroups_stored_incidents() -> None:
    """Reports of 11 and 13 March cannot be one event; a report of the 12th arriving last
    joins the more confident of them, exactly as if it had come first."""

    def store_in(order: list[str]) -> set[frozenset[str]]:
        texts = {"e11": SAHEL, "e12": WIRE, "e13": LATER}
        confidence = {"e11": 0.6, "e12": 0.7, "e13": 0.9}
        with Store(":memory:") as store:
            for name in order:
                when = day(f"2024-03-{name[1:]}")
                made = event(name, date=when, confidence=confidence[name])
                store.add_extraction(extraction(name, texts[name], made))
            return _incidents(store)

    expected = {frozenset({"e12", "e13"}), frozenset({"e11"})}
    for order in itertools.permutations(["e11", "e12", "e13"]):
        assert store_in(list(order)) == expected


def test_store_merge_filters_keep_an_incident_when_any_report_matches() -> None:
    """Only the French report gives a toll of 2 on the 11th; the incident is still found
    with a date filter that only that report passes."""
    reports = _reports()
    early = event("sahel-1", date=day("2024-03-11"), actor1=None, confidence=0.75)
    reports["sahel"] = extraction("sahel", SAHEL, early)
    with Store(":memory:") as store:
        for name in ("sahel", "wire"):
            store.add_extraction(reports[name])
        found = store.events(until="2024-03-11")
        unmerged = store.events(until="2024-03-11", merged=False)
    assert [record["id"] for record in found] == ["wire-1"]
    assert found[0]["sources_count"] == 2
    assert [record["id"] for record in unmerged] == ["sahel-1"]
    assert unmerged[0]["incident_id"] == "sahel-1"


def test_store_merge_survives_a_new_process(tmp_path: Path) -> None:
    """Signatures are kept in the database: a later run still finds the reprint."""
    reports = _reports()
    path = tmp_path / "kidal.duckdb"
    with Store(path) as store:
        store.add_extraction(reports["sahel"])
    with Store(path) as store:
        store.add_extraction(reports["reprint"])
        store.add_extraction(reports["wire"])
        strike = store.incident("sahel-1")
    assert strike is not None
    assert strike["sources_count"] == 2
    assert {s["event_id"]: s["duplicate_of"] for s in strike["sources"]} == {
        "sahel-1": None,
        "reprint-1": "sahel",
        "wire-1": None,
    }


@pytest.mark.parametrize("name", ["unknown", "sahel-1"])
def test_store_merge_incident_lookup(name: str) -> None:
    with Store(":memory:") as store:
        store.add_extraction(_reports()["sahel"])
        found = store.incident(name)
    assert (found is None) == (name == "unknown")


def test_store_merge_signs_again_what_other_settings_signed(tmp_path: Path) -> None:
    """A signature made with another seed does not compare: it is made again from the
    stored text, and the reprint is still found."""
    reports = _reports()
    path = tmp_path / "kidal.duckdb"
    with Store(path) as store:
        store.add_extraction(reports["sahel"])
        store.connection.execute("UPDATE article_signatures SET seed = 7")
    with Store(path) as store:
        store.add_extraction(reports["reprint"])
        links = store.near_duplicates("sahel")
        seeds = store.connection.execute("SELECT DISTINCT seed FROM article_signatures").fetchall()
    assert [link["content_hash"] for link in links] == ["reprint"]
    assert seeds == [(1,)]


def test_store_merge_names_an_unreadable_stored_event() -> None:
    reports = _reports()
    with Store(":memory:") as store:
        store.add_extraction(reports["sahel"])
        store.connection.execute('UPDATE events SET record = \'{"id": "sahel-1"}\'')
        with pytest.raises(MergeError) as raised:
            store.add_extraction(reports["wire"])
        assert store.count_articles() == 1  # the failed article is not half-stored
    assert raised.value.code == "E022"
    assert raised.value.record == "sahel"
    assert "stored event sahel-1 is unreadable" in raised.value.reason
