"""A protest reported without victims (issue 5: fatalities).

"Aucun blessé n'a été signalé", "No injuries were reported", "Aucun incident" after a
protest with no violence told is its toll of 0, as ACLED records it; so is a peaceful protest
or one dispersed with no death told at all (ACLED's 0), while a planned march kills no one
yet and keeps no toll."""

from __future__ import annotations

import pytest

from coding import coded, events_of


def _protest_tolls(text: str) -> list[int | None]:
    return [e.quantities["fatalities"] for e in events_of(text) if e.acled_type == "Protests"]


@pytest.mark.parametrize(
    "text",
    [
        "Les forces de l'ordre ont dispersé vendredi à coups de grenades lacrymogènes plusieurs "
        "centaines de jeunes qui manifestaient à Kolda contre le report de l'élection. Aucun "
        "blessé grave n'a été signalé.",
        "Le 22 janvier 2024, des collectifs citoyens ont érigé des barrages routiers à l'entrée "
        "de Mamoudzou pour protester contre l'insécurité. Aucun incident n'a été signalé.",
        "Hundreds of teachers marched in Nairobi on Monday to demand higher pay. No injuries "
        "were reported.",
    ],
)
def test_a_protest_without_victims_has_a_toll_of_zero(text: str) -> None:
    assert _protest_tolls(text) == [0], coded(text)


def test_a_protest_with_nothing_said_killed_no_one() -> None:
    text = "Hundreds of teachers marched in Nairobi on Monday to demand higher pay."
    assert _protest_tolls(text) == [0], coded(text)


def test_a_planned_march_keeps_no_toll() -> None:
    text = "Teachers' unions will march in Nairobi on Monday to demand higher pay."
    assert _protest_tolls(text) in ([None], []), coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, a roadside bomb struck a Kenyan army truck near Mandera, causing no "
        "casualties, police said.",
        "Le 3 mai 2024, une roquette est tombée sur une base de l'armée malienne à Kidal, sans "
        "faire de dégâts humains.",
    ],
)
def test_an_attack_told_without_casualties_has_a_toll_of_zero(text: str) -> None:
    tolls = [e.quantities["fatalities"] for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert tolls == [0], coded(text)


def test_a_french_coded_toll_is_the_event_s() -> None:
    text = (
        "Le 18 août 2024, des militants du JNIM ont tendu une embuscade à un convoi des FAMa "
        "près de Bankass. Selon des sources locales, neuf soldats maliens et deux combattants "
        "russes ont été tués. Bilan codé à 11."
    )
    tolls = [e.quantities["fatalities"] for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert tolls == [11], coded(text)
