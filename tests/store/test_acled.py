"""ACLED-style rows: the codebook's codes computed from our event records."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from dateline.records import Event
from dateline.store.acled import ACLED_COLUMNS, COLUMNS, OUR_COLUMNS, acled_row


def _rows(events: list[Event]) -> dict[str, dict[str, object]]:
    return {event.id: acled_row(event.as_dict(), sources=("AFP",)) for event in events}


def test_acled_columns_are_acled_then_ours() -> None:
    assert COLUMNS[:3] == ("event_id_cnty", "event_date", "year")
    assert ACLED_COLUMNS[-1] == "fatalities"
    assert OUR_COLUMNS == (
        "status", "plover_type", "plover_mode", "claim_chain", "evidence", "confidence",
        "article_id", "event_id", "incident_id", "sources_count",
    )  # fmt: skip
    assert len(set(COLUMNS)) == len(COLUMNS) == 36


def test_acled_row_has_every_column_in_order(coded_events: list[Event]) -> None:
    for row in _rows(coded_events).values():
        assert tuple(row) == COLUMNS


@pytest.mark.parametrize(
    ("event_id", "disorder_type"),
    [
        ("mali-1", "Political violence"),
        ("syria-1", "Political violence"),
        ("sudan-1", "Political violence; Demonstrations"),
        ("nowhere-1", "Strategic developments"),
    ],
)
def test_acled_disorder_type_follows_event_type(
    coded_events: list[Event], event_id: str, disorder_type: str
) -> None:
    assert _rows(coded_events)[event_id]["disorder_type"] == disorder_type


@pytest.mark.parametrize(
    ("event_id", "actor1", "inter1", "actor2", "inter2", "interaction"),
    [
        # A state's own army at home: state forces; unnamed victims: civilians.
        ("mali-1", "Military Forces of Mali (2021-)", 1, "Civilians (Mali)", 7, 17),
        # A state's forces abroad are external forces; the Islamic State a rebel group.
        ("syria-1", "Military Forces of Russia (2000-) Air Force", 8, "Islamic State", 2, 28),
        ("sudan-1", "Police Forces of Sudan (2019-)", 1, "Protesters (Sudan)", 6, 16),
        # A person takes the category of the body they serve (the UN); alone, paired with 0.
        ("nowhere-1", "Antonio Guterres", 8, None, None, 80),
    ],
)
def test_acled_actors_and_inter_codes(
    coded_events: list[Event],
    event_id: str,
    actor1: str,
    inter1: int,
    actor2: str | None,
    inter2: int | None,
    interaction: int,
) -> None:
    row = _rows(coded_events)[event_id]
    assert (row["actor1"], row["inter1"]) == (actor1, inter1)
    assert (row["actor2"], row["inter2"]) == (actor2, inter2)
    assert row["interaction"] == interaction


def test_acled_person_has_their_body_as_associated_actor(coded_events: list[Event]) -> None:
    assert _rows(coded_events)["nowhere-1"]["assoc_actor_1"] == "UN: United Nations"


@pytest.mark.parametrize(
    ("event_id", "event_date", "year", "time_precision"),
    [
        ("mali-1", "2019-11-01", 2019, 1),
        ("syria-1", "2016-03-17", 2016, 2),  # the middle of the week
        ("sudan-1", "2019-06-15", 2019, 3),  # the middle of the month
        ("nowhere-1", None, None, None),
    ],
)
def test_acled_date_and_time_precision(
    coded_events: list[Event],
    event_id: str,
    event_date: str | None,
    year: int | None,
    time_precision: int | None,
) -> None:
    row = _rows(coded_events)[event_id]
    assert (row["event_date"], row["year"], row["time_precision"]) == (
        event_date,
        year,
        time_precision,
    )


@pytest.mark.parametrize(
    ("event_id", "country", "iso", "prefix"),
    [
        ("mali-1", "Mali", 466, "MLI"),
        ("syria-1", "Syria", 760, "SYR"),
        ("sudan-1", "Sudan", 729, "SDN"),
        ("nowhere-1", None, None, "XXX"),
    ],
)
def test_acled_country_numeric_iso_and_event_id(
    coded_events: list[Event], event_id: str, country: str | None, iso: int | None, prefix: str
) -> None:
    row = _rows(coded_events)[event_id]
    assert (row["country"], row["iso"]) == (country, iso)
    number = str(row["event_id_cnty"]).removeprefix(prefix)
    assert number.isdigit()
    # Stable: the same event gets the same id on every export.
    assert _rows(coded_events)[event_id]["event_id_cnty"] == row["event_id_cnty"]


def test_acled_place_columns(coded_events: list[Event]) -> None:
    row = _rows(coded_events)["mali-1"]
    assert (row["location"], row["admin1"], row["admin2"]) == ("Mopti", "Mopti", None)
    assert (row["latitude"], row["longitude"], row["geo_precision"]) == (14.4843, -4.18296, 1)
    assert row["fatalities"] == 12


def test_acled_notes_quote_the_evidence(coded_events: list[Event]) -> None:
    rows = _rows(coded_events)
    assert rows["mali-1"]["notes"] == (
        "On 1 November 2019, in Mopti, Military Forces of Mali (2021-) and Civilians (Mali):"
        ' "tués"; "douze civils tués".'
    )
    assert rows["syria-1"]["notes"].startswith("On 17 March 2016, in Palmyra (Homs), ")
    assert str(rows["nowhere-1"]["notes"]).endswith("(planned).")


def test_acled_source_claim_chain_and_evidence(coded_events: list[Event]) -> None:
    event = coded_events[0].as_dict()
    row = acled_row(event, sources=("AFP", "Reuters", "AFP"))
    assert row["source"] == "AFP; Reuters"
    assert row["claim_chain"] == "MINUSMA ← AFP"
    assert json.loads(str(row["evidence"])) == event["evidence"]
    # Without cited sources: the article's site, else the outer end of the claim chain.
    assert acled_row(event, url="https://www.exemple-info.fr/a")["source"] == "exemple-info.fr"
    assert acled_row(event)["source"] == "AFP"


@pytest.mark.parametrize(
    ("acled_type", "subtype", "actor1", "inter1"),
    [
        ("Protests", "Peaceful protest", "Protesters (Sudan)", 6),
        ("Riots", "Violent demonstration", "Rioters (Sudan)", 5),
    ],
)
def test_acled_a_crowd_with_no_named_organiser_is_actor1(
    coded_events: list[Event], acled_type: str, subtype: str, actor1: str, inter1: int
) -> None:
    sudan = next(e for e in coded_events if e.id == "sudan-1")
    crowd = replace(sudan, acled_type=acled_type, acled_subtype=subtype, actor1=None, target=None)
    row = acled_row(crowd.as_dict())
    assert (row["actor1"], row["inter1"], row["actor2"]) == (actor1, inter1, None)
    assert row["interaction"] == inter1 * 10


def test_acled_violence_with_no_named_perpetrator_is_an_unidentified_armed_group(
    coded_events: list[Event],
) -> None:
    mali = next(e for e in coded_events if e.id == "mali-1")
    row = acled_row(replace(mali, actor1=None).as_dict())
    assert (row["actor1"], row["inter1"]) == ("Unidentified Armed Group (Mali)", 3)
    assert row["actor2"] == "Civilians (Mali)"
