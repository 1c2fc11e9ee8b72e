"""A violent noun a court case governs ("on murder charges", "jugé pour meurtre") names the
charge, not a deed of the report. Sentences are our own, modelled on wire reports."""

from __future__ import annotations

import pytest

from coding import coded, events_of

CHARGES = [
    "Riek Machar, who is on trial in Juba on treason and murder charges, appeared in court on "
    "Monday.",
    "The opposition leader was charged with murder and treason on Tuesday.",
    "L'opposant, jugé pour meurtre et trahison, a comparu lundi devant le tribunal de Juba.",
    "A court in Kigali sentenced a former militia leader for the killing of civilians.",
]


@pytest.mark.parametrize("text", CHARGES)
def test_crime_charged_is_no_attack(text: str) -> None:
    assert not any(e.plover_type == "ASSAULT" for e in events_of(text)), coded(text)


def test_a_killing_told_beside_a_court_stays() -> None:
    text = "Gunmen killed five people outside the court in Juba on Monday, police said."
    assert any(e.plover_type == "ASSAULT" for e in events_of(text)), coded(text)
