"""An attack told with no doer and, in the same sentence, a noun phrase that puts it down to
a group ("…, une attaque revendiquée par les shebab", "in an attack claimed by Boko
Haram"): ACLED codes the attack to the group named. Sentences are our own, modelled on wire
reports from several conflicts."""

from __future__ import annotations

import pytest

from coding import assert_realised_doer, coded, events_of, probe_params

CLAIMED = [
    (
        "At least ten people were killed when a car bomb exploded near a police station in "
        "Mogadishu on Saturday, an attack claimed by al-Shabaab.",
        "Remote explosive/landmine/IED",
        "GRP.SHABAAB",
    ),
    (
        "A suicide bomber killed 14 worshippers at a mosque in Konduga on Friday, in an attack "
        "claimed by Boko Haram.",
        "Suicide bomb",
        "GRP.BOKO_HARAM",
    ),
    (
        "Quatre soldats ont été tués par l'explosion d'un engin artisanal au passage de leur "
        "convoi près de Boni, une attaque revendiquée par le JNIM.",
        "Remote explosive/landmine/IED",
        "GRP.JNIM",
    ),
    (
        "Huit civils ont été tués dimanche par une bombe artisanale près de Bouar, dans une "
        "attaque attribuée aux rebelles du 3R.",
        "Remote explosive/landmine/IED",
        "GRP.3R",
    ),
]

MISSED: dict[str, str] = {}


@pytest.mark.parametrize(("text", "subtype", "doer"), probe_params(CLAIMED, MISSED))
def test_attack_takes_the_group_its_apposition_names(text: str, subtype: str, doer: str) -> None:
    plover = "ASSAULT"
    assert_realised_doer(text, plover, subtype, doer)


UNCLAIMED = [
    # The noun phrase says the attack was not claimed: nobody to give it.
    "At least ten people were killed when a car bomb exploded near a police station in "
    "Mogadishu on Saturday, an attack no group has claimed.",
    # The participle describes something else than an attack.
    "Cinq policiers ont été tués par l'explosion d'un engin artisanal près de Boni, une zone "
    "attribuée aux forces de défense par l'accord de paix.",
]


@pytest.mark.parametrize("text", UNCLAIMED)
def test_no_doer_without_a_claim_on_the_attack(text: str) -> None:
    doers = [e.actor1 for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert doers and all(d is None for d in doers), coded(text)
