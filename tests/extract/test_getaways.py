"""Attackers leaving or setting people free after their deed (issue 5: precision of
Strategic developments).

A raid told as "burned homes before withdrawing", "avant de se retirer", "and then withdrew"
ends with the raiders leaving: ACLED codes the raid, not a non-violent transfer of territory.
A withdrawal that names the place it leaves, or one told on its own, still is one. Raiders
"freeing 500 inmates" or abductors "releasing them" concede nothing either, nor does a group
that "released a video"; a government forced to release a prisoner does."""

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


# Raiders opening a prison, abductors letting captives go, a video put out: nobody concedes.
RAID_RELEASES = [
    "Le 30 mars 2025, des membres de la coalition de gangs Viv Ansanm ont attaqué la commune "
    "de Mirebalais, libérant plus de 500 détenus de la prison civile.",
    "On 22 March 2025, Viv Ansanm gang members abducted 6 women in Kenscoff and raped them "
    "before releasing them two days later.",
    "On 28 November 2020, Boko Haram fighters killed dozens of farmers near Maiduguri. The "
    "group later released a video claiming the attack.",
]

CONCESSIONS = [
    "On 17 October 2019, Sinaloa Cartel gunmen fought security forces across Culiacan after "
    "the arrest of Ovidio Guzman, forcing the government to release him.",
    "Le 3 mai 2024, les Houthis ont libéré 153 prisonniers à Sanaa.",
]


@pytest.mark.parametrize("text", RAID_RELEASES)
def test_a_release_within_a_raid_is_no_concession(text: str) -> None:
    events = events_of(text)
    assert events, coded(text)
    assert not [e for e in events if e.plover_type == "CONCEDE"], coded(text)


@pytest.mark.parametrize("text", CONCESSIONS)
def test_a_release_of_prisoners_is_a_concession(text: str) -> None:
    assert [e for e in events_of(text) if e.plover_type == "CONCEDE"], coded(text)
