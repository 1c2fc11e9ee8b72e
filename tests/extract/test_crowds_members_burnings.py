"""Doers named as members of groups, crowds that attack, and things that burn beside an
attack. Sentences are our own, modelled on wire reports and analyst notes from several
conflicts."""

from __future__ import annotations

import pytest

from coding import assert_realised_doer, coded, events_of, first_doer, probe_params

# Members of two rival groups clash: the first group named is actor1.
MEMBERS = [
    (
        "Inmates from the rival gangs Los Lobos and Los Choneros clashed inside the prison "
        "of Machala on Tuesday.",
        "GRP.LOS_LOBOS",
    ),
    (
        "Fighters from the rival militias Fano and the Amhara Special Forces clashed near "
        "Gondar on Monday.",
        "GRP.FANO",
    ),
    (
        "Des détenus des gangs rivaux Los Lobos et Los Choneros se sont affrontés dans la "
        "prison de Machala mardi.",
        "GRP.LOS_LOBOS",
    ),
    (
        "Des combattants des groupes rivaux CODECO et Zaïre se sont affrontés à Djugu dimanche.",
        "GRP.CODECO",
    ),
    (
        "Des combattants des groupes Al-Shabaab et ISIS-Somalia se sont affrontés près de "
        "Qandala lundi.",
        "GRP.SHABAAB",
    ),
    (
        "Members of the Los Choneros gang clashed with police in Guayaquil on Tuesday.",
        "GRP.LOS_CHONEROS",
    ),
]

MISSED: dict[str, str] = {}


@pytest.mark.parametrize(("text", "doer"), probe_params(MEMBERS, MISSED))
def test_members_of_the_first_group_clash(text: str, doer: str) -> None:
    assert_realised_doer(text, "ASSAULT", "Armed clash", doer)


# A crowd of people, no armed group, attacking: a riot, not a battle.
CROWDS = [
    "Hundreds of people attacked a police station in Mbour on Sunday.",
    "Thousands of people attacked the prefecture in Conakry after the vote.",
    "Des centaines de personnes ont attaqué un commissariat à Mbour dimanche.",
    "Des dizaines de personnes ont attaqué la gendarmerie de Kaya samedi.",
    "A mob attacked a police station in Lagos on Friday.",
    "Une foule a attaqué un commissariat à Kinshasa vendredi.",
]


@pytest.mark.parametrize("text", CROWDS)
def test_a_crowd_attacking_is_a_riot(text: str) -> None:
    subtypes = {e.acled_subtype for e in events_of(text) if e.plover_type == "ASSAULT"}
    assert subtypes & {"Mob violence", "Violent demonstration"}, coded(text)
    assert "Armed clash" not in subtypes, coded(text)


# Armed men or a group counted by the hundred stay fighters.
NOT_CROWDS = [
    "Hundreds of Fano militiamen attacked an army base near Bahir Dar on Sunday.",
    "Des centaines de combattants du JNIM ont attaqué un camp militaire près de Djibo.",
]


@pytest.mark.parametrize("text", NOT_CROWDS)
def test_armed_men_by_the_hundred_still_fight(text: str) -> None:
    subtypes = {e.acled_subtype for e in events_of(text) if e.plover_type == "ASSAULT"}
    assert "Mob violence" not in subtypes, coded(text)


# A burning told with no doer beside an attack is the attacker's, never its victims'.
BURNINGS = [
    (
        "ISWAP fighters ambushed a Nigerian Army and Civilian Joint Task Force patrol near "
        "Damboa; residents said 4 soldiers were killed and two vehicles burned.",
        "GRP.ISWAP",
    ),
    (
        "Al-Shabaab militants attacked a Somali National Army and ATMIS convoy near Afgoye; "
        "witnesses reported 3 soldiers killed and two trucks burned.",
        "GRP.SHABAAB",
    ),
    (
        "La coalition de gangs Viv Ansanm a pris le contrôle de Mirebalais mardi après une "
        "attaque au cours de laquelle la prison et la mairie ont été incendiées.",
        "GRP.VIV_ANSANM",
    ),
    (
        "Des hommes armés du JNIM ont attaqué la localité de Djibo, au cours de l'attaque "
        "plusieurs boutiques ont été incendiées.",
        "GRP.JNIM",
    ),
    (
        "ISWAP fighters stormed a military base in Borno state, killing 6 soldiers; several "
        "armoured vehicles were set ablaze.",
        "GRP.ISWAP",
    ),
    (
        "Les jihadistes de l'EIGS ont attaqué un convoi des Forces armées maliennes près de "
        "Ménaka ; trois soldats ont été tués et deux véhicules incendiés.",
        "GRP.IS_SAHEL",
    ),
]

MISSED_BURNINGS = {
    "Les jihadistes de l'EIGS ont attaqué un convoi des Forces armées maliennes près de "
    "Ménaka ; trois soldats ont été tués et deux véhicules incendiés.": (
        "the elliptic participle 'deux véhicules incendiés' (no auxiliary) makes no event"
    ),
}


@pytest.mark.parametrize(("text", "doer"), probe_params(BURNINGS, MISSED_BURNINGS))
def test_burning_beside_an_attack_is_the_attackers(text: str, doer: str) -> None:
    assert first_doer(text, "Looting/property destruction") == doer


# A burning whose clause names its doer keeps it.
def test_a_named_burner_keeps_the_burning() -> None:
    text = (
        "Al-Shabaab fighters attacked a base near Baidoa on Monday; soldiers later burned "
        "the militants' vehicles."
    )
    assert first_doer(text, "Looting/property destruction") != "GRP.SHABAAB", coded(text)
