"""A capital that strikes or arrests names the state, not where the deed
happened; a capital that speaks does speak from there. And whoever "was behind" a deed did
it. Sentences are our own, modelled on wire reports from several conflicts."""

from __future__ import annotations

import pytest

from coding import coded, events_of, probe_params

# (report, PLOVER type, the places the deed is at, a place it must not be at)
DEEDS_AWAY = [
    (
        "Washington struck Houthi targets in Sanaa and Saada on Monday.",
        "ASSAULT",
        {"Sanaa", "Sa'dah"},
        "Washington",
    ),
    (
        "Moscow launched a massive missile attack on Kharkiv and Lviv overnight.",
        "ASSAULT",
        {"Kharkiv", "Lviv"},
        "Moscow",
    ),
    (
        "Tehran fired ballistic missiles at Tel Aviv and Haifa late on Tuesday.",
        "ASSAULT",
        {"Tel Aviv", "Haifa"},
        "Tehran",
    ),
    ("Paris a frappé des positions jihadistes près de Ménaka.", "ASSAULT", {"Ménaka"}, "Paris"),
]

MISSED: dict[str, str] = {}


@pytest.mark.parametrize(("text", "plover", "places", "not_at"), probe_params(DEEDS_AWAY, MISSED))
def test_a_capital_acting_is_not_the_place(
    text: str, plover: str, places: set[str], not_at: str
) -> None:
    at = {e.place.name for e in events_of(text) if e.plover_type == plover and e.place}
    assert at, coded(text)
    assert not_at not in at, (at, coded(text))
    assert at <= {*places}, at


# A capital that states, rejects or hosts stays the place: analysts locate a government's
# statement in its capital.
STATEMENTS_AT_HOME = [
    ("Kyiv rejected the peace plan on Tuesday.", "REJECT", "Kyiv"),
    ("Bamako a dénoncé jeudi une ingérence de l'Algérie.", "ACCUSE", "Bamako"),
]


@pytest.mark.parametrize(("text", "plover", "place"), STATEMENTS_AT_HOME)
def test_a_capital_speaking_stays_the_place(text: str, plover: str, place: str) -> None:
    at = {e.place.name for e in events_of(text) if e.plover_type == plover and e.place}
    assert at == {place}, coded(text)


BEHIND = [
    (
        "The Houthis said the United States and Britain were behind the air strikes on Hodeidah.",
        "USA",
    ),
    (
        "Police said Lashkar-e-Taiba was behind the grenade attack on a market in Srinagar.",
        "GRP.LET",
    ),
]


@pytest.mark.parametrize(("text", "doer"), BEHIND)
def test_who_was_behind_the_deed_did_it(text: str, doer: str) -> None:
    assaults = [e for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert assaults, coded(text)
    actor = assaults[0].actor1
    assert actor is not None and actor.canonical_id.startswith(doer), coded(text)


def test_a_bystander_before_the_deed_is_not_behind_it() -> None:
    # Only the copula "be behind" makes its subject the doer; fighters who were only near
    # the place during the strike did not make it.
    text = "Hezbollah fighters were near the border during the Israeli strike on Naqoura."
    doers = {e.actor1.canonical_id for e in events_of(text) if e.actor1}
    assert doers == {"ISR.MIL"}, coded(text)


def test_a_country_owning_the_site_is_not_the_place() -> None:
    text = "Iraqi militias fired rockets at a US base in eastern Syria overnight."
    assert {e.place.name for e in events_of(text) if e.place} == {"Syria"}, coded(text)


# Drones fired at a target are a drone strike; fire aimed at a drone is none.
FIRED_DRONES = [
    ("The Houthis fired two explosive-laden drones at a tanker in the Red Sea.", True),
    ("Iran-aligned militias fired a drone at the Ain al-Asad air base in Iraq.", True),
    ("Soldiers fired at a drone flying over the base in Kursk on Sunday.", False),
    ("Air defence units fired on drones over Belgorod overnight.", False),
]


@pytest.mark.parametrize(("text", "struck"), FIRED_DRONES)
def test_drones_fired_are_a_strike(text: str, struck: bool) -> None:
    strikes = [e for e in events_of(text) if e.acled_subtype == "Air/drone strike"]
    assert bool(strikes) is struck, coded(text)


THIRD_STATE_TELLING = [
    "The Taliban released a British couple detained since February, Qatar said.",
    "Russia returned 150 Ukrainian prisoners of war on Friday, Turkey said.",
]


@pytest.mark.parametrize("text", THIRD_STATE_TELLING)
def test_a_third_state_telling_is_not_the_place(text: str) -> None:
    # The state that told of a release is neither where it happened nor its doer.
    concessions = [e for e in events_of(text) if e.plover_type == "CONCEDE"]
    assert concessions, coded(text)
    assert all(e.place is None or e.place.name not in ("Qatar", "Turkey") for e in concessions)


def test_a_speaker_telling_its_own_statement_stays_the_place() -> None:
    text = "Kyiv said on Tuesday it rejected the peace plan."
    at = [e.place.name for e in events_of(text) if e.plover_type == "REJECT" and e.place]
    assert at == ["Kyiv"], coded(text)
