"""Doers of remote violence told through the means: a verb that is a strike only with a
remote weapon ("hit", "viser", "toucher") also reads military aircraft as its subject
("Israeli jets hit …"), a weapon named as its instrument beside a subject naming the doer
("said it had struck … with drones", "a visé … avec des drones"), and a weapon subject
after a leading date the parser folded into the subject."""

from __future__ import annotations

import pytest

from coding import coded, events_of, first_doer


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "Israeli jets hit a Hezbollah ammunition depot near Nabatieh on Tuesday, the "
            "military said.",
            "ISR.MIL",
        ),
        (
            "Russian warplanes hit a market in the Idlib countryside on Monday.",
            "RUS.MIL",
        ),
    ],
)
def test_remote_doers_military_aircraft_hit(text: str, doer: str) -> None:
    """ "jets hit", "warplanes hit": a military aircraft as the subject of "hit" tells an
    air strike whose doer owns the aircraft."""
    assert first_doer(text, "Air/drone strike") == doer, coded(text)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "The Sudanese army said on Thursday it had hit a Rapid Support Forces fuel depot "
            "near Nyala with drones.",
            "SDN.MIL",
        ),
        (
            "L'armée malienne a affirmé mercredi avoir visé un campement jihadiste près de "
            "Léré avec des drones.",
            "MLI.MIL",
        ),
    ],
)
def test_remote_doers_weapon_as_instrument(text: str, doer: str) -> None:
    """ "said it had hit … with drones", "a affirmé avoir visé … avec des drones": the
    weapon told as the instrument makes the verb a strike, done by the one who said so."""
    assert first_doer(text, "Air/drone strike") == doer, coded(text)


def test_remote_doers_weapon_subject_after_a_date() -> None:
    """ "Le 3 mars 2024, des drones des FSR ont visé …": the leading date parsed into the
    subject does not hide the weapon that is its noun."""
    text = (
        "Le 3 mars 2024, des drones chargés d'explosifs des FSR ont visé un marché d'El-Obeid, "
        "faisant quatre morts."
    )
    assert first_doer(text, "Air/drone strike") == "GRP.RSF", coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "The storm hit the coast with heavy rain on Sunday.",
        "The new tariffs hit exporters with higher costs this year.",
        "La mesure vise les importateurs avec de nouvelles taxes.",
    ],
)
def test_remote_doers_no_strike_without_a_weapon(text: str) -> None:
    """ "hit … with rain", "vise … avec des taxes": an instrument that is no weapon tells
    no strike."""
    assert not [e for e in events_of(text) if e.plover_type == "ASSAULT"], coded(text)
