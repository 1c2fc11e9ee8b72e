"""Riot-control gas dropped on troops (issue 5: Chemical weapon sub-type).

K-51 and RG-VO gas grenades dropped from drones on positions are what ACLED codes as a
chemical weapon attack; the drone carrying them does not make it an air strike."""

from __future__ import annotations

import pytest

from coding import coded, events_of

CHEMICAL = "Chemical weapon"


@pytest.mark.parametrize(
    "text",
    [
        "On 5 October 2023, Russian drones dropped K-51 gas grenades on Ukrainian positions "
        "near Orikhiv, the Ukrainian military said; no deaths were reported.",
        "Le 17 avril 2025, des drones russes ont largué des grenades K-51 sur des positions "
        "ukrainiennes près de Kostiantynivka, selon l'armée ukrainienne.",
    ],
)
def test_gas_grenades_dropped_on_troops_are_a_chemical_attack(text: str) -> None:
    assert [e.acled_subtype for e in events_of(text)] == [CHEMICAL], coded(text)
