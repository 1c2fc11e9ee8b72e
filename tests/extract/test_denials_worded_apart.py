"""Denials worded without a plain verb of denial, after a deed charged to the one denying:
"said it was not behind the attack", "played no part in", "a nié être à l'origine de",
"n'avoir rien à voir avec ces tirs", "said the accusations were baseless", "a affirmé que
ces accusations étaient infondées", "a claim the group rejected", "insisted it had not
targeted civilians". Analysts code the deed a second
time, denied, with the denier as doer. Sentences are our own, modelled on wire reports."""

from __future__ import annotations

import pytest

from coding import assert_denied_copy, coded, events_of, probe_params

HEZBOLLAH_FR = "Israël a accusé le Hezbollah d'avoir tiré des roquettes sur Metula jeudi."
HEZBOLLAH_EN = "Israel accused Hezbollah of firing rockets at Metula on Thursday."
ROCKETS = "Shelling/artillery/missile attack"
KADUGLI_EN = (
    "Drones struck a market in Kadugli on Tuesday, killing twelve civilians. The army "
    "blamed the Rapid Support Forces."
)
KADUGLI_FR = (
    "Des drones ont frappé un marché de Kadugli mardi, tuant douze civils. L'armée a accusé "
    "les Forces de soutien rapide."
)
DRONES = "Air/drone strike"

DENIALS = [
    (f"{HEZBOLLAH_EN} Hezbollah said it was not behind the attack.", ROCKETS, "GRP.HEZBOLLAH"),
    (
        f"{HEZBOLLAH_EN} The group said it played no part in the attack.",
        ROCKETS,
        "GRP.HEZBOLLAH",
    ),
    (
        f"{HEZBOLLAH_FR} Le Hezbollah a nié être à l'origine de l'attaque.",
        ROCKETS,
        "GRP.HEZBOLLAH",
    ),
    (
        f"{HEZBOLLAH_FR} Le Hezbollah a assuré n'avoir rien à voir avec ces tirs.",
        ROCKETS,
        "GRP.HEZBOLLAH",
    ),
    (f"{KADUGLI_EN} The RSF said the accusations were baseless.", DRONES, "GRP.RSF"),
    (
        "Kyiv accused Russian forces of shelling a school in Kherson on Monday, a claim "
        "Moscow rejected.",
        "Shelling/artillery/missile attack|Air/drone strike",
        "RUS",
    ),
    (f"{KADUGLI_EN} The RSF insisted it had not targeted civilians.", DRONES, "GRP.RSF"),
    (
        f"{KADUGLI_FR} Les FSR ont affirmé que ces accusations étaient infondées.",
        DRONES,
        "GRP.RSF",
    ),
]

MISSED: dict[str, str] = {}


@pytest.mark.parametrize(("text", "subtypes", "doer"), probe_params(DENIALS, MISSED))
def test_denial_worded_apart_copies_the_deed(text: str, subtypes: str, doer: str) -> None:
    assert_denied_copy(text, subtypes, doer)


OWNED_OR_NOT_THEIRS = [
    # The group owns the deed: no denial.
    f"{HEZBOLLAH_EN} Hezbollah said it was behind the attack.",
    f"{HEZBOLLAH_FR} Le Hezbollah a affirmé être à l'origine de l'attaque.",
    # A third party judges the charge: nobody denies.
    f"{KADUGLI_EN} The UN said the accusations were credible.",
]


@pytest.mark.parametrize("text", OWNED_OR_NOT_THEIRS)
def test_no_denied_copy_without_a_denial(text: str) -> None:
    assert [e for e in events_of(text) if e.status == "denied"] == [], coded(text)
