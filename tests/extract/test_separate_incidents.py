"""A deed told as another incident ("In a separate incident", "Dans une autre attaque",
"Another attack") is an event of its own even on the same day and place as the one before;
the same attack told again stays one event."""

import pytest

from coding import coded, events_of


def _attacks(text: str) -> list[int | None]:
    return [e.quantities.get("fatalities") for e in events_of(text) if e.acled_subtype == "Attack"]


APART = [
    "Gunmen killed four farmers near Kadji in Tillabéri region on Monday. In a separate "
    "incident, gunmen shot dead two herders near Kadji on Monday.",
    "Des hommes armés ont tué quatre civils lundi à Djibo. Dans une autre attaque, des "
    "assaillants ont abattu deux commerçants lundi à Djibo.",
    "Des hommes armés ont tué quatre civils lundi à Djibo. Lors d'une attaque distincte, des "
    "assaillants ont abattu deux commerçants lundi à Djibo.",
    "Gunmen killed four farmers in Djibo on Monday. Another attack in Djibo on Monday killed "
    "two traders.",
]

TOLD_AGAIN = [
    "Gunmen killed four farmers in Djibo on Monday. The attack in Djibo on Monday also "
    "wounded six people.",
    "Des hommes armés ont tué quatre civils lundi à Djibo. L'attaque, menée lundi à Djibo, "
    "a aussi fait six blessés.",
]


@pytest.mark.parametrize("text", APART)
def test_another_incident_is_an_event_of_its_own(text: str) -> None:
    assert sorted(_attacks(text), key=str) == [2, 4], coded(text)


@pytest.mark.parametrize("text", TOLD_AGAIN)
def test_the_same_attack_told_again_stays_one_event(text: str) -> None:
    assert _attacks(text) == [4], coded(text)
