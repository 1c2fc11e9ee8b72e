"""Corroboration of articles stored in batches: the same incidents as one at a time."""

from __future__ import annotations

import dataclasses
import itertools
import random
from datetime import date, timedelta
from typing import Any

import pytest

from dateline.merge.corroborate import Report, compatible, merge_rules
from dateline.records import Event, Extraction
from dateline.store import Store, incidents
from factories import actor, day, event, extraction, town

OSDH = (
    "Quatre civils ont été tués vendredi par des tirs d'artillerie de l'armée syrienne sur "
    "un quartier de Homs, a indiqué l'Observatoire syrien des droits de l'homme. Des "
    "habitants manifestaient le même jour contre la vie chère dans le centre-ville."
)
WIRE = (
    "Five people died on Saturday when government artillery hit Talbiseh, north of Homs, "
    "a local monitor said, adding that rescue teams were still searching the rubble."
)
COPY = (
    "À lire aussi : la reconstruction piétine dans la vieille ville.\n\n"
    + OSDH
    + "\n\nDépêche reprise avec l'accord de l'agence."
)
LATE = (
    "Les bombardements ont repris dimanche sur Talbiseh, selon un correspondant local, qui "
    "fait état de nouvelles destructions dans le marché couvert."
)
QUSAYR = (
    "Shells fell on Al-Qusayr on Friday, wounding a shepherd, according to a rights group "
    "that documents strikes in the south of Homs province."
)


def _shelling(event_id: str, place: str, when: str, confidence: float, **fields: Any) -> Event:
    """The Syrian army shelling ``place`` on ``when``."""
    return event(
        event_id,
        plover_mode="artillery",
        acled_subtype="Shelling/artillery/missile attack",
        actor1=actor("SYR.MIL"),
        place=town(place),
        date=day(when),
        confidence=confidence,
        **fields,
    )


def _articles() -> dict[str, Extraction]:
    """Shelling around Homs told five ways: two outlets a day apart, a reprint of the
    first, a third report a day later still (more confident, so it takes the second away
    from the first), and a strike 28 km off; the first also tells of a protest."""
    protest = event(
        "osdh-2",
        plover_type="PROTEST",
        acled_type="Protests",
        acled_subtype="Peaceful protest",
        actor1=None,
        place=town("Homs"),
        date=day("2024-05-03"),
        confidence=0.6,
    )
    toll = {"fatalities": 4}
    return {
        "osdh": extraction(
            "osdh", OSDH, _shelling("osdh-1", "Homs", "2024-05-03", 0.7, quantities=toll), protest
        ),
        "wire": extraction(
            "wire",
            WIRE,
            _shelling("wire-1", "Talbiseh", "2024-05-04", 0.8, quantities={"fatalities": 5}),
        ),
        "copy": extraction(
            "copy", COPY, _shelling("copy-1", "Homs", "2024-05-03", 0.7, quantities=toll)
        ),
        "late": extraction("late", LATE, _shelling("late-1", "Talbiseh", "2024-05-05", 0.9)),
        "qusayr": extraction(
            "qusayr", QUSAYR, _shelling("qusayr-1", "Al-Qusayr", "2024-05-03", 0.8)
        ),
    }


EXPECTED = {
    frozenset({"late-1", "wire-1"}),
    frozenset({"osdh-1", "copy-1"}),
    frozenset({"osdh-2"}),
    frozenset({"qusayr-1"}),
}


def _stored(order: list[str], sizes: list[int]) -> Store:
    """A store holding the articles in ``order``, written in batches of ``sizes``."""
    articles = _articles()
    store = Store(":memory:")
    batches = iter(order)
    for size in sizes:
        batch = [articles[name] for name in itertools.islice(batches, size)]
        assert store.add_results(batch) == [True] * len(batch)
    return store


def _tables(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Everything corroboration wrote, row by row."""
    queries = {
        "event_incidents": "SELECT * FROM event_incidents ORDER BY event_id",
        "incidents": "SELECT * FROM incidents ORDER BY incident_id",
        "near_duplicates": "SELECT * FROM near_duplicates ORDER BY ALL",
        "article_signatures": "SELECT * FROM article_signatures ORDER BY content_hash",
        "merge_keys": "SELECT id, merge_key FROM events ORDER BY id",
    }
    return {name: store.connection.execute(query).fetchall() for name, query in queries.items()}


def _all_events(store: Store) -> list[dict[str, Any]]:
    return store.events() + store.events(merged=False)


def _incidents(store: Store) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for record in store.events(merged=False):
        groups.setdefault(record["incident_id"], set()).add(record["id"])
    return {frozenset(group) for group in groups.values()}


@pytest.mark.parametrize("sizes", [[2, 2, 1], [3, 2], [5], [1, 4]])
def test_store_merge_batches_write_what_one_at_a_time_writes(sizes: list[int]) -> None:
    order = ["wire", "osdh", "qusayr", "copy", "late"]
    with _stored(order, [1] * 5) as alone, _stored(order, sizes) as batched:
        assert _tables(batched) == _tables(alone)
        assert _all_events(batched) == _all_events(alone)
        assert _incidents(batched) == EXPECTED


def test_store_merge_batches_incidents_do_not_depend_on_order_or_batching() -> None:
    rng = random.Random(7)
    orders = list(itertools.permutations(_articles()))
    for order in rng.sample(orders, 8):
        cuts = sorted(rng.sample(range(1, 5), rng.randrange(0, 4)))
        sizes = [b - a for a, b in itertools.pairwise([0, *cuts, 5])]
        with _stored(list(order), sizes) as store:
            assert _incidents(store) == EXPECTED, (order, sizes)
            strike = store.incident("copy-1")
        assert strike is not None
        assert strike["sources_count"] == 1  # the copy does not count as a second source
        assert {source["event_id"] for source in strike["sources"]} == {"osdh-1", "copy-1"}


@pytest.mark.parametrize("order", list(itertools.permutations(["osdh", "wire", "late"])))
def test_store_merge_batches_regroup_inside_one_batch(order: tuple[str, ...]) -> None:
    """The third report pulls the second away from the first, whichever comes first."""
    with _stored(list(order), [3]) as store:
        assert _incidents(store) == {
            frozenset({"late-1", "wire-1"}),
            frozenset({"osdh-1"}),
            frozenset({"osdh-2"}),
        }


@pytest.mark.parametrize(
    ("first", "second", "merged"),
    [
        (("2024-04-27", 6), ("2024-05-03", 0), True),  # a week stored, then its last day
        (("2024-05-03", 0), ("2024-04-27", 6), True),  # a day stored, then its week
        (("2024-04-20", 6), ("2024-05-03", 0), False),  # a week that ended before
        (("2024-04-25", 8), ("2024-05-03", 0), False),  # overlapping, but too vague a date
    ],
)
def test_store_merge_batches_find_stored_reports_as_far_back_as_a_date_can_reach(
    first: tuple[str, int], second: tuple[str, int], merged: bool
) -> None:
    """A stored report is looked up by its first day: a new report must reach back over
    the longest interval that may still match (``max_interval_days``) and the slack."""
    with Store(":memory:") as store:
        for name, (start, days) in (("osdh", first), ("wire", second)):
            made = event(f"{name}-1", place=town("Homs"), date=day(start, days))
            assert store.add_results([extraction(name, {"osdh": OSDH, "wire": WIRE}[name], made)])
        found = _incidents(store)
    assert (found == {frozenset({"osdh-1", "wire-1"})}) is merged


def test_store_merge_batches_a_long_chain_stops_at_max_component(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A town shelled day after day makes one long chain of compatible reports; past
    ``max_component`` the walk stops, and the incidents stay cliques covering every
    report."""
    rules = dataclasses.replace(merge_rules(), max_component=3)
    monkeypatch.setattr(incidents, "merge_rules", lambda: rules)
    days = [date(2024, 5, 1) + timedelta(days=number) for number in range(8)]
    batch = [
        extraction(f"day-{n}", f"{WIRE} ({n})", _shelling(f"day-{n}-1", "Homs", d.isoformat(), 0.5))
        for n, d in enumerate(days)
    ]
    with Store(":memory:") as store:
        store.add_results(batch[:4])
        store.add_results(batch[4:])
        groups = [
            [Report.from_record(record, content_hash=record["content_hash"]) for record in group]
            for group in _groups(store)
        ]
    assert sorted(r.event_id for group in groups for r in group) == sorted(
        f"day-{n}-1" for n in range(8)
    )
    assert all(
        compatible(a, b, rules) for group in groups for a, b in itertools.combinations(group, 2)
    )
    assert max(len(group) for group in groups) == 2  # days a day apart pair up, no more


def _groups(store: Store) -> list[list[dict[str, Any]]]:
    found: dict[str, list[dict[str, Any]]] = {}
    for record in store.events(merged=False):
        found.setdefault(record["incident_id"], []).append(record)
    return list(found.values())


def test_store_merge_kept_records_merge_as_records_read_back() -> None:
    """The store keeps the event records it wrote, parsed, for the next merges; merging
    from them must write what merging from records read back from the database writes
    (as a new process would, or once the kept ones are dropped)."""
    order = ["wire", "osdh", "qusayr", "copy", "late"]
    articles = _articles()
    with _stored(order, [2, 3]) as kept, Store(":memory:") as read_back:
        for name in order:
            read_back.incidents.parsed.clear()
            assert read_back.add_results([articles[name]]) == [True]
        assert _tables(read_back) == _tables(kept)
        assert _all_events(read_back) == _all_events(kept)
        assert len(kept.incidents.parsed) == 6


def test_store_merge_keeps_a_bounded_number_of_parsed_records(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    order = ["wire", "osdh", "qusayr", "copy", "late"]
    with _stored(order, [1] * 5) as unbounded:
        expected = _tables(unbounded)
    monkeypatch.setattr(incidents, "_MAX_PARSED", 2)
    with _stored(order, [1] * 5) as bounded:
        assert len(bounded.incidents.parsed) <= 2
        assert _tables(bounded) == expected
        assert _incidents(bounded) == EXPECTED
