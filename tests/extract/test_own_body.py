"""A bomber's own body is no corpse; a group's habits are no event (issue 5).

"detonated explosives strapped to her body … killing three civilians": "body" with an owner is
the living body the charge was on, not a body found; the toll is the three killed. Bodies
found keep counting the dead."""

from __future__ import annotations

from coding import coded, events_of


def test_explosives_strapped_to_her_body_count_no_dead() -> None:
    text = (
        "MAROUA, Cameroon (AFP) - A teenage girl detonated explosives strapped to her body at the "
        "entrance of a market in Mokolo on Sunday, killing three civilians and wounding eight, a "
        "local official said."
    )
    tolls = [e.quantities["fatalities"] for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert tolls == [3], coded(text)


def test_a_body_found_is_one_dead() -> None:
    text = (
        "Le corps d'un enseignant a été retrouvé lundi à Bunia. Son corps portait des traces "
        "de balles."
    )
    tolls = [e.quantities["fatalities"] for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert tolls == [1], coded(text)


def test_what_a_group_has_done_for_years_is_no_event() -> None:
    text = (
        "MAROUA, Cameroon (AFP) - A teenage girl detonated explosives at the entrance of a market "
        "in Mokolo on Sunday, killing three civilians, a local official said. Authorities blamed "
        "Boko Haram, which has used girls as suicide bombers in Cameroon's Far North for years."
    )
    attacks = [e for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert len(attacks) == 1, coded(text)
