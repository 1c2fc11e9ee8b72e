"""Devices named by a phrase with a participle (issue 5: Remote explosive/landmine/IED).

"un engin explosif improvisé": the tagger reads "improvisé" as a verb, which made it the
phrase's head, and the trigger was then dropped as a participle describing a noun. The
vehicle that ran onto the device is the target; the group that claims it is the doer."""

from __future__ import annotations

from coding import coded, events_of

IED = "Remote explosive/landmine/IED"


def test_a_vehicle_blown_up_by_an_improvised_device() -> None:
    text = (
        "Le 18 juillet 2025, un véhicule de l'armée pakistanaise a sauté sur un engin explosif "
        "improvisé près de Bannu, tuant trois soldats. Le Tehrik-e-Taliban Pakistan (TTP) a "
        "revendiqué l'attaque."
    )
    events = events_of(text)
    assert [e.acled_subtype for e in events] == [IED], coded(text)
    event = events[0]
    assert event.actor1 is not None and event.actor1.canonical_id == "GRP.TTP", coded(text)
    assert event.actor2 is not None and event.actor2.canonical_id == "PAK.MIL"
    assert event.quantities["fatalities"] == 3


def test_an_improvised_device_planted_on_a_road() -> None:
    text = (
        "Le 2 juin 2025, un engin explosif improvisé a tué deux soldats maliens sur l'axe "
        "Boni-Hombori, près de Boni."
    )
    assert IED in [e.acled_subtype for e in events_of(text)], coded(text)
