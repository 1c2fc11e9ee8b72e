"""Former office holders and figurative fights (issue 5: actors and Battles precision).

A person called "former president" or "l'ex-Premier ministre" acts for no body any more: the
police arresting him arrest a person, not his old government. Fighting a ruling, corruption
or a fire is no battle, and taking note of a withdrawal takes no ground."""

from __future__ import annotations

import pytest

from coding import coded, events_of


def test_a_former_president_is_no_government() -> None:
    text = (
        "MANILA (Reuters) - Philippine police arrested former president Rodrigo Duterte at "
        "Manila's airport on Tuesday."
    )
    arrests = [e for e in events_of(text) if e.acled_subtype == "Arrests"]
    assert arrests, coded(text)
    assert arrests[0].actor2 is not None
    assert arrests[0].actor2.canonical_id == "PER.DUTERTE_RODRIGO"


def test_the_police_arrest_supporters_of_a_former_prime_minister() -> None:
    text = (
        "Le 5 octobre 2024, la police pakistanaise a tiré des gaz lacrymogènes sur des partisans "
        "du PTI de l'ex-Premier ministre Imran Khan à Islamabad, et interpellé plus de 120 "
        "d'entre eux."
    )
    arrests = [e for e in events_of(text) if e.acled_subtype == "Arrests"]
    assert arrests and arrests[0].actor1 is not None, coded(text)
    assert arrests[0].actor1.canonical_id == "PAK.POL"


@pytest.mark.parametrize(
    "text",
    [
        "On 11 March 2025, Sara Duterte said in Manila that the family would fight it.",
        "Le 29 janvier 2025, réunis à Abuja, les chefs d'État de la Cédéao ont pris acte du "
        "retrait du Mali, du Burkina Faso et du Niger.",
    ],
)
def test_figurative_fights_and_takings_are_no_battle(text: str) -> None:
    assert not [e for e in events_of(text) if e.acled_type == "Battles"], coded(text)
