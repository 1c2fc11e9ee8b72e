"""Spurious and mistyped violent events (issue 5): a source, the doers or the attackers' own
base are no victims; a purpose clause or tear gas is no battle; ground taken without a fight
is a non-violent transfer of territory, as the ACLED codebook reads."""

from __future__ import annotations

import pytest

from coding import coded, events_of

_VIOLENT = frozenset({"Battles", "Violence against civilians", "Explosions/Remote violence"})


def _types(text: str) -> set[tuple[str, str]]:
    return {(e.acled_type, e.acled_subtype) for e in events_of(text)}


@pytest.mark.parametrize(
    "text",
    [
        # Residents who told of the attack are no civilian victims: the town's defenders are.
        "ISWAP fighters attacked Monguno on Tuesday, residents said.",
        "Fano militiamen attacked the town of Debre Tabor early on Monday, according to residents.",
        "Des combattants du JNIM ont attaqué mardi la ville de Léré, selon des habitants.",
        "Des hommes armés ont attaqué lundi la localité de Djibo, ont rapporté des habitants.",
    ],
)
def test_violence_precision_a_source_is_no_victim(text: str) -> None:
    types = _types(text)
    assert ("Battles", "Armed clash") in types, coded(text)
    assert not any(kind == "Violence against civilians" for kind, _ in types), coded(text)


@pytest.mark.parametrize(
    "text",
    [
        # Civilians hit and told of by a source stay victims.
        "Gunmen killed 12 residents in Zamfara on Sunday, police said.",
        "Des soldats ont tué douze civils dimanche à Moura, selon des habitants.",
    ],
)
def test_violence_precision_victims_beside_a_source_stay_victims(text: str) -> None:
    assert ("Violence against civilians", "Attack") in _types(text), coded(text)


@pytest.mark.parametrize(
    "text",
    [
        # The agent phrase hangs on the attack noun: the rebels did it, the faithful died.
        "At least 30 villagers were killed on Sunday in an attack on a church in Beni by ADF "
        "rebels.",
        "Au moins 20 fidèles ont été tués dimanche dans l'attaque d'une église de Beni par des "
        "rebelles des ADF.",
        # The attackers' own base is no armed target.
        "Gang members set up a base near Cabaret from which they attacked two neighbourhoods "
        "on Saturday, killing five residents.",
        "Des bandits ont installé une base près de Zurmi, d'où ils ont attaqué samedi deux "
        "villages, tuant sept villageois.",
    ],
)
def test_violence_precision_doers_and_their_base_are_no_armed_victims(text: str) -> None:
    types = _types(text)
    assert ("Violence against civilians", "Attack") in types, coded(text)
    assert not any(kind == "Battles" for kind, _ in types), coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a military base near Damboa on Friday, residents said.",
        "Des jihadistes ont attaqué lundi un poste de l'armée près de Gao, selon des habitants.",
    ],
)
def test_violence_precision_an_attacked_base_stays_a_battle(text: str) -> None:
    assert ("Battles", "Armed clash") in _types(text), coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya deployed 400 police officers to Port-au-Prince on Tuesday to fight the gangs.",
        "Russia proposed on Monday a coalition to fight Islamic State in Syria.",
        "The government sent troops to Tillaberi on Monday to counter attacks by jihadists.",
        "The junta ordered a general mobilisation in Ouagadougou on Monday for the fight "
        "against jihadist groups.",
        "Le Tchad a envoyé mardi 1 000 soldats à Maiduguri pour combattre Boko Haram.",
        "Le Niger a déployé lundi des renforts à Tillabéri afin de contrer les attaques des "
        "jihadistes.",
    ],
)
def test_violence_precision_a_purpose_is_no_battle(text: str) -> None:
    assert not any(kind == "Battles" for kind, _ in _types(text)), coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "The army fought ISWAP fighters near Monguno on Tuesday.",
        "Troops began to fight the rebels near Goma on Monday.",
        "Des soldats ont combattu mardi des jihadistes près de Djibo.",
    ],
)
def test_violence_precision_a_fight_told_stays_a_battle(text: str) -> None:
    assert ("Battles", "Armed clash") in _types(text), coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Les gendarmes ont répliqué lundi à Mamoudzou par des tirs de grenades lacrymogènes.",
        "Des milliers de partisans ont manifesté dimanche à Zinder et certains ont tenté de "
        "prendre d'assaut l'ambassade de France, avant d'être dispersés par des tirs de gaz "
        "lacrymogène.",
        "La police a tiré des gaz lacrymogènes lundi à Mombasa pour disperser des centaines "
        "de jeunes.",
    ],
)
def test_violence_precision_tear_gas_is_no_firefight(text: str) -> None:
    types = _types(text)
    assert not any(kind in ("Battles", "Violence against civilians") for kind, _ in types), coded(
        text
    )


@pytest.mark.parametrize(
    "text",
    [
        "Viv Ansanm gangs took control of Mirebalais on Monday without a fight.",
        "The RSF seized the town of Bara on Monday without resistance.",
        "HTS fighters captured the town of Saraqib on Friday without firing a shot.",
        "Les rebelles du M23 ont pris le contrôle de Walikale mercredi sans combattre.",
        "Les rebelles du M23 ont pris mercredi le contrôle de Walikale sans combat.",
    ],
)
def test_violence_precision_ground_taken_without_a_fight(text: str) -> None:
    types = _types(text)
    assert ("Strategic developments", "Non-violent transfer of territory") in types, coded(text)
    assert not any(kind == "Battles" for kind, _ in types), coded(text)


@pytest.mark.parametrize(
    "text",
    [
        # A weak defence is still a defence.
        "HTS fighters seized the town of Saraqib on Friday with little resistance, the monitor "
        "said.",
        "Les rebelles du M23 se sont emparés mercredi de Walikale sans rencontrer de résistance "
        "sérieuse.",
        "The RSF seized the town of Bara on Monday after heavy fighting.",
    ],
)
def test_violence_precision_ground_taken_against_a_defence(text: str) -> None:
    assert ("Battles", "Non-state actor overtakes territory") in _types(text), coded(text)


@pytest.mark.parametrize(
    "text",
    [
        # Attacks agreed to be halted, resisted if they come or asked to cease were not told
        # as having happened.
        "Russia and Ukraine agreed on Tuesday in Riyadh to halt attacks on commercial "
        "shipping in the Black Sea.",
        "President Maduro warned in Caracas on Sunday that Venezuelans would resist any attack.",
        "Le président a menacé samedi à Washington les Houthis s'ils ne cessaient pas leurs "
        "attaques contre les navires.",
    ],
)
def test_violence_precision_halted_attacks_are_no_events(text: str) -> None:
    types = _types(text)
    assert types, coded(text)  # the agreement, warning or threat itself is still read
    assert not any(kind in _VIOLENT for kind, _ in types), coded(text)


@pytest.mark.parametrize(
    "text",
    [
        # Duties taken over are no ground taken.
        "Burkina Faso's junta dissolved the electoral commission in Ouagadougou on Thursday, "
        "saying the territorial administration ministry would take over its tasks.",
        "Islamabad demanded on Friday that Kabul take responsibility for security in Kurram.",
    ],
)
def test_violence_precision_duties_taken_over_are_no_territory(text: str) -> None:
    assert not any(kind == "Battles" for kind, _ in _types(text)), coded(text)


def test_violence_precision_a_town_taken_over_stays_territory() -> None:
    text = "Rebels took over the town of Pibor on Friday."
    assert ("Battles", "Non-state actor overtakes territory") in _types(text), coded(text)


@pytest.mark.parametrize(
    "text",
    [
        # Ground only aimed at is no territory taken.
        "On 7 January 2025, Donald Trump refused in Palm Beach to rule out the use of military "
        "force to take control of Greenland.",
    ],
)
def test_violence_precision_no_ground_taken(text: str) -> None:
    assert not any(kind == "Battles" for kind, _ in _types(text)), coded(text)


def test_violence_precision_a_town_seized_stays_territory() -> None:
    text = "Al-Shabaab fighters seized the town of Moqokori on Thursday."
    assert ("Battles", "Non-state actor overtakes territory") in _types(text), coded(text)


def test_violence_precision_suspended_attacks_are_no_events() -> None:
    text = (
        "Les rebelles houthis ont annoncé lundi à Sanaa qu'ils avaient suspendu leurs attaques "
        "contre la navigation américaine."
    )
    assert not any(kind in _VIOLENT for kind, _ in _types(text)), coded(text)


def test_violence_precision_suspended_talks_stay_told() -> None:
    text = (
        "Bogotá ayant suspendu le dialogue avec l'ELN à Caracas, les pourparlers n'ont pas "
        "repris lundi."
    )
    assert any(e.plover_type == "CONSULT" for e in events_of(text)), coded(text)


@pytest.mark.parametrize(
    "text",
    [
        # Stun grenades and fireworks are no explosive attack.
        "La police a lancé des grenades assourdissantes jeudi à Tbilissi pour disperser des "
        "centaines de manifestants.",
        "Une cinquantaine de jeunes ont lancé des mortiers d'artifice sur le commissariat de "
        "Villiers-le-Bel dimanche.",
    ],
)
def test_violence_precision_stun_grenades_and_fireworks_are_no_explosions(text: str) -> None:
    assert not any(kind == "Explosions/Remote violence" for kind, _ in _types(text)), coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Des membres d'un gang ont intercepté mardi un autobus près de Saint-Marc et enlevé "
        "une quinzaine de passagers, selon la police.",
        "Gunmen intercepted a bus near Kankara on Monday and abducted 20 passengers.",
    ],
)
def test_violence_precision_a_bus_stopped_is_no_weapon_intercepted(text: str) -> None:
    # Intercepting a bus is a hold-up on the way to an abduction, not disrupted weapons use.
    subtypes = {subtype for _, subtype in _types(text)}
    assert "Abduction/forced disappearance" in subtypes, coded(text)
    assert "Disrupted weapons use" not in subtypes, coded(text)
