"""Precision of accusations (PLOVER ACCUSE): a denunciation joined to a denial or a
rejection by the same speaker ("a démenti toute implication et dénoncé des allégations
mensongères") is the denier's answer, one rejection, no accusation of its own; an accusation
that names a party after a denial, and plain condemnations, stay."""

from __future__ import annotations

import pytest

from coding import assert_realised_doer, coded, events_of


@pytest.mark.parametrize(
    "text",
    [
        "Le ministère éthiopien des Affaires étrangères a démenti toute implication et dénoncé "
        "des allégations mensongères.",
        "Moscow denied the allegations and denounced them as Western propaganda.",
        "Le Rwanda a nié tout soutien au M23 et dénoncé une campagne de dénigrement.",
        "The Pakistani army rejected the report and condemned it as baseless propaganda.",
        "Le gouvernement burkinabè a rejeté le rapport de Human Rights Watch et fustigé des "
        "conclusions « tendancieuses ».",
        "The Houthis denied attacking the tanker and denounced the claims as lies.",
    ],
)
def test_accuse_precision_denunciation_in_a_denial_is_no_accusation(text: str) -> None:
    """The denunciation is how the denier answers the charge: no ACCUSE event."""
    assert not [e for e in events_of(text) if e.plover_type == "ACCUSE"], coded(text)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "The Sudanese army denied any role in the attack, accusing the RSF of shelling "
            "the camp.",
            "SDN.MIL",
        ),
        (
            "Le Hamas a démenti toute responsabilité, accusant Israël d'avoir bombardé l'hôpital.",
            "GRP.HAMAS",
        ),
        (
            "Le gouvernement soudanais a nié les faits et accusé les FSR de désinformation.",
            "SDN.GOV",
        ),
        ("Kyiv rejected the claims and accused Moscow of staging the attack.", "UKR.GOV"),
        ("Pakistan accused India on Wednesday of sponsoring terrorism in Balochistan.", "PAK"),
        ("The United Nations condemned the air strike on the market in Yemen.", "IGO.UN"),
        ("Le président sénégalais a dénoncé la répression des manifestants à Dakar.", "SEN.GOV"),
        (
            "La Turquie a condamné l'attaque contre son ambassade, qu'elle a qualifiée de "
            "terroriste.",
            "TUR",
        ),
    ],
)
def test_accuse_precision_real_accusations_stay(text: str, doer: str) -> None:
    """An accusation naming a party, even after a denial, and a condemnation stay."""
    assert_realised_doer(text, "ACCUSE", "Other", doer)
