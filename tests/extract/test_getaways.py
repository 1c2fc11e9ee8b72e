"""Attackers leaving after their deed (issue 5: precision of territory transfers).

A raid told as "burned homes before withdrawing", "avant de se retirer", "and then withdrew"
ends with the raiders leaving: ACLED codes the raid, not a non-violent transfer of territory.
A withdrawal that names the place it leaves, or one told on its own, still is one."""

from __future__ import annotations

import pytest

from coding import coded, events_of

TRANSFER = "Non-violent transfer of territory"

GETAWAYS = [
    "On 3 May 2024, Congolese soldiers looted shops and burned dozens of homes in Rutshuru "
    "before withdrawing, residents said.",
    "Le 3 mai 2024, des miliciens CODECO ont incendié des maisons à Djugu avant de se retirer "
    "vers la forêt.",
    "On 3 May 2024, ADF rebels killed four farmers in Beni and then withdrew.",
]

WITHDRAWALS = [
    "On 3 May 2024, M23 rebels withdrew from Rutshuru, local officials said.",
    "Le 28 mars 2024, des soldats russes ont tué des civils à Boutcha avant de se retirer de la "
    "ville le 30 mars.",
]


@pytest.mark.parametrize("text", GETAWAYS)
def test_raiders_leaving_is_no_transfer(text: str) -> None:
    events = events_of(text)
    assert events, coded(text)  # the raid itself is still coded
    assert not [e for e in events if e.acled_subtype == TRANSFER], coded(text)


@pytest.mark.parametrize("text", WITHDRAWALS)
def test_a_withdrawal_from_a_place_is_a_transfer(text: str) -> None:
    assert [e for e in events_of(text) if e.acled_subtype == TRANSFER], coded(text)
