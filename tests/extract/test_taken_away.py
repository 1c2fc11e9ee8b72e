"""People taken away by attackers (issue 5: Abduction/forced disappearance).

"ont été emmenés par les assaillants vers la brousse", "ont emmené un militant vers une
destination inconnue": an abduction; the wounded taken to hospital or a delegation led to
talks are not."""

from __future__ import annotations

import pytest

from coding import coded, events_of

ABDUCTION = "Abduction/forced disappearance"


@pytest.mark.parametrize(
    "text",
    [
        "Le 24 août 2024, des assaillants ont attaqué un village près d'Oicha, tuant six civils. "
        "Au moins cinq autres habitants ont été emmenés par les assaillants vers la brousse.",
        "Le 2 mars 2025, des hommes armés ont emmené un militant baloutche vers une destination "
        "inconnue à Turbat.",
    ],
)
def test_people_taken_away_are_abducted(text: str) -> None:
    assert ABDUCTION in [e.acled_subtype for e in events_of(text)], coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le 3 mai 2024, six blessés ont été emmenés à l'hôpital de Bunia après l'explosion.",
        "Le 3 mai 2024, le ministre a emmené une délégation à Doha.",
    ],
)
def test_taken_to_hospital_or_leading_a_delegation_is_no_abduction(text: str) -> None:
    assert ABDUCTION not in [e.acled_subtype for e in events_of(text)], coded(text)
