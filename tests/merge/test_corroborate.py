"""Event coreference rules: when two articles' events are one event, and clustering."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.merge.corroborate import (
    Report,
    cluster,
    compatible,
    conflicts,
    incompatibility,
    merge_rules,
)
from factories import actor, day, region, report, town


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({}, None),
        ({"acled_type": "Battles", "acled_subtype": "Armed clash"}, "different type"),
        ({"status": "planned"}, "different status"),
        ({"status": "denied"}, "different status"),
        ({"place": town("Anefis")}, "places apart"),
        ({"place": town("Gao")}, "places apart"),
        ({"place": None}, "places apart"),
        ({"date": day("2024-03-13")}, None),
        ({"date": day("2024-03-11")}, None),
        ({"date": day("2024-03-14")}, "dates apart"),
        ({"date": day("2024-03-21")}, "dates apart"),
        ({"date": day("2024-03-10", days=6)}, None),
        ({"date": day("2024-03-13", days=6)}, "dates apart"),
        ({"date": day("2024-03-01", days=30)}, "dates apart"),
        ({"actor1": None}, None),
        ({"actor1": actor("GRP.JNIM")}, "different actors"),
        ({"actor2": actor("GRP.JNIM")}, None),
    ],
)
def test_corroborate_rules_against_a_drone_strike_on_kidal(
    changes: dict[str, Any], reason: str | None
) -> None:
    """The other report differs from ``report('a')`` (Kidal, 12 March 2024, Malian army,
    drone strike) only by ``changes``."""
    first = report("a", "article-1")
    other = report("b", "article-2", **changes)
    assert incompatibility(first, other) == reason
    assert incompatibility(other, first) == reason


def test_corroborate_two_events_of_one_article_stay_apart() -> None:
    assert incompatibility(report("a", "article-1"), report("b", "article-1")) == "same article"


@pytest.mark.parametrize(
    ("first", "second", "reason"),
    [
        # Talbiseh is 13 km from Homs, Al-Qusayr 28 km: over the 25 km default.
        (town("Homs"), town("Talbiseh"), None),
        (town("Homs"), town("Al-Qusayr"), "places apart"),
        # A region-level place matches towns of that region only.
        (region("Homs", "SY"), town("Al-Qusayr"), None),
        (region("Homs", "SY"), town("Kidal"), "places apart"),
        (region("Kidal", "ML"), town("Gao"), "places apart"),
        (region("Kidal", "ML"), town("Anefis"), None),
        # A country-level place matches anything in that country, nothing outside.
        (region("Mali", "ML", "country"), town("Gao"), None),
        (region("Mali", "ML", "country"), town("Homs"), "places apart"),
    ],
)
def test_corroborate_place_rule(first: Any, second: Any, reason: str | None) -> None:
    a = report("a", "article-1", place=first)
    b = report("b", "article-2", place=second)
    assert incompatibility(a, b) == reason
    assert incompatibility(b, a) == reason


@pytest.mark.parametrize(
    ("first", "second", "reason"),
    [
        (("RUS.MIL", None), ("RUS.MIL.VKS", None), None),  # a branch of the armed forces
        (("RUS.MIL", "GRP.IS"), (None, "GRP.IS"), None),
        (("RUS.MIL", "GRP.IS"), ("RUS.MIL", "SYR.MIL"), "different actors"),
        (("SYR.MIL", "GRP.IS"), ("GRP.IS", "SYR.MIL"), "different actors"),
    ],
)
def test_corroborate_actor_rule(
    first: tuple[str | None, str | None], second: tuple[str | None, str | None], reason: str | None
) -> None:
    def sides(ids: tuple[str | None, str | None]) -> dict[str, Any]:
        return {
            "actor1": actor(ids[0]) if ids[0] else None,
            "actor2": actor(ids[1]) if ids[1] else None,
        }

    a = report("a", "article-1", **sides(first))
    b = report("b", "article-2", **sides(second))
    assert incompatibility(a, b) == reason


def test_corroborate_battle_sides_may_come_in_either_order() -> None:
    battle = {"acled_type": "Battles", "acled_subtype": "Armed clash", "place": town("Homs")}
    a = report("a", "article-1", actor1=actor("SYR.MIL"), actor2=actor("GRP.IS"), **battle)
    b = report("b", "article-2", actor1=actor("GRP.IS"), actor2=actor("SYR.MIL"), **battle)
    assert compatible(a, b)


def test_corroborate_strategic_developments_need_the_same_plover_type() -> None:
    visit = {"acled_type": "Strategic developments", "acled_subtype": "Other"}
    a = report("a", "article-1", plover_type="CONSULT", **visit)
    b = report("b", "article-2", plover_type="AGREE", **visit)
    assert incompatibility(a, b) == "different type"
    assert compatible(a, dataclasses.replace(b, plover_type="CONSULT"))


def test_corroborate_actor_hierarchy_can_be_switched_off() -> None:
    rules = dataclasses.replace(merge_rules(), actor_hierarchy=False)
    a = report("a", "article-1", actor1=actor("RUS.MIL"))
    b = report("b", "article-2", actor1=actor("RUS.MIL.VKS"))
    assert incompatibility(a, b, rules) == "different actors"


def test_corroborate_cluster_needs_every_pair_compatible() -> None:
    """11 and 13 March are each a day from the 12th but two days from each other."""
    a = report("a", "article-1", date=day("2024-03-11"), confidence=0.7)
    b = report("b", "article-2", date=day("2024-03-12"), confidence=0.9)
    c = report("c", "article-3", date=day("2024-03-13"), confidence=0.8)
    groups = [{member.event_id for member in group} for group in cluster([a, b, c])]
    # The most confident report seeds the first incident; the next most confident joins.
    assert groups == [{"b", "c"}, {"a"}]


def test_corroborate_cluster_keeps_one_event_per_article() -> None:
    a = report("a", "article-1", place=town("Kidal"))
    b = report("b", "article-1", place=town("Kidal"), confidence=0.7)
    c = report("c", "article-2", place=town("Kidal"), confidence=0.6)
    groups = sorted(sorted(m.event_id for m in group) for group in cluster([a, b, c]))
    assert groups == [["a", "c"], ["b"]]


_dates = st.sampled_from(["2024-03-10", "2024-03-11", "2024-03-12", "2024-03-13"])
_reports = st.builds(
    lambda n, article, when, who, where, confidence: report(
        f"e{n}",
        f"article-{article}",
        date=day(when),
        actor1=actor(who) if who else None,
        place=town(where),
        confidence=confidence,
    ),
    n=st.integers(0, 10_000),
    article=st.integers(0, 4),
    when=_dates,
    who=st.sampled_from([None, "MLI.MIL", "GRP.JNIM"]),
    where=st.sampled_from(["Kidal", "Anefis"]),
    confidence=st.sampled_from([0.6, 0.8]),
)


@settings(max_examples=80, deadline=None)
@given(reports=st.lists(_reports, max_size=9, unique_by=lambda r: r.event_id), seed=st.randoms())
def test_corroborate_cluster_ignores_the_order_reports_come_in(
    reports: list[Report], seed: Any
) -> None:
    shuffled = list(reports)
    seed.shuffle(shuffled)

    def partition(items: list[Report]) -> set[frozenset[str]]:
        return {frozenset(member.event_id for member in group) for group in cluster(items)}

    groups = partition(reports)
    assert groups == partition(shuffled)
    by_id = {item.event_id: item for item in reports}
    for group in groups:
        members = [by_id[event_id] for event_id in group]
        assert all(compatible(a, b) for a in members for b in members if a is not b)


def test_corroborate_conflicts_keep_each_value_with_its_reports() -> None:
    records = [
        {"id": "a", "quantities": {"fatalities": 2}, "date": {"date_start": "2024-03-12",
         "date_end": "2024-03-12"}, "actor1": None, "place": {"name": "Kidal"}},
        {"id": "b", "quantities": {"fatalities": 3}, "date": {"date_start": "2024-03-12",
         "date_end": "2024-03-12"}, "actor1": {"canonical_id": "MLI.MIL", "name": "Malian army"},
         "place": {"name": "Kidal"}},
        {"id": "c", "quantities": {"fatalities": 2}, "date": {"date_start": "2024-03-11",
         "date_end": "2024-03-11"}, "actor1": None, "place": {"name": "Kidal"}},
        {"id": "d", "quantities": {"fatalities": None}, "date": {"date_start": None,
         "date_end": None}, "actor1": None, "place": None},
    ]  # fmt: skip
    assert conflicts(records) == {
        "fatalities": [{"value": 2, "event_ids": ["a", "c"]}, {"value": 3, "event_ids": ["b"]}],
        "date": [
            {"value": "2024-03-12", "event_ids": ["a", "b"]},
            {"value": "2024-03-11", "event_ids": ["c"]},
        ],
    }
