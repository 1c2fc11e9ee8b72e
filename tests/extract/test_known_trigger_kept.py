"""Trigger words the lexicon knows that came out as no event: a road blockade by farmers,
truckers or taxi drivers (no crowd word names them, so the "crowd" gate dropped it), and a
clash or fight whose finite verb the English parser hangs on the noun before it as a
participle ("Inmates from rival gangs fought with guns…"), which read as a mere description.
Sentences are our own, modelled on wire reports and analyst notes from several regions."""

from __future__ import annotations

import pytest

from coding import assert_realised_doer, coded, events_of, probe_params

BLOCKADES = [
    "Plusieurs centaines d'agriculteurs bloquaient mercredi l'autoroute A7 près de Valence "
    "pour dénoncer la baisse de leurs revenus.",
    "Des centaines d'agriculteurs ont bloqué lundi avec leurs tracteurs plusieurs routes "
    "menant à Bruxelles pour réclamer des prix plus justes.",
    "Des routiers ont bloqué jeudi le port de Cotonou pour protester contre une nouvelle taxe.",
    "Des chauffeurs de taxi ont bloqué mardi les accès à l'aéroport de Dakar pour "
    "protester contre les plateformes de VTC.",
    "Des pêcheurs ont bloqué vendredi le port de Boulogne-sur-Mer avec leurs chalutiers.",
    "Polish truckers blocked the Dorohusk border crossing with Ukraine on Monday to protest "
    "against competition from foreign hauliers.",
    "Farmers blocked the main highway into Brussels with tractors on Thursday, demanding "
    "lower fuel taxes.",
    "Hundreds of farmers blocked the national highway near Ambala on Tuesday, demanding a "
    "guaranteed price for their crops.",
    "Taxi drivers blocked the roads into central Nairobi on Wednesday over new licence fees.",
]

MISSED_BLOCKADES: dict[str, str] = {}


@pytest.mark.parametrize("text", probe_params([(t,) for t in BLOCKADES], MISSED_BLOCKADES))
def test_a_trade_blocking_a_road_holds_a_protest(text: str) -> None:
    assert_realised_doer(text, "PROTEST", "Peaceful protest", None)


FIGHTS = [
    (
        "Inmates from rival gangs fought with guns inside the prison in Machala on Sunday, "
        "leaving nine dead, officials said.",
        "fought",
    ),
    (
        "Members of two rival clans fought with machetes in the village of Guma near Baidoa "
        "on Tuesday, leaving six dead, elders said.",
        "fought",
    ),
    (
        "Militiamen from the Twa community fought against Luba fighters near Kalemie on "
        "Friday, leaving 12 dead.",
        "fought",
    ),
    (
        "Fighters from rival factions clashed with each other in Zawiya on Saturday, "
        "residents said.",
        "clashed",
    ),
    (
        "Gunmen from the Fulani community clashed with vigilantes near Bokkos on Monday, "
        "leaving eight dead.",
        "clashed",
    ),
]

MISSED_FIGHTS: dict[str, str] = {}


CROWD_CLASHES = [
    "Protesters angry about the rising price of fuel clashed with police in Accra on "
    "Tuesday, witnesses said.",
    "Sierra Leone imposed a curfew on Wednesday after protesters angry about the cost of "
    "living clashed with police in Freetown.",
]


@pytest.mark.parametrize("text", CROWD_CLASHES)
def test_protesters_misread_clash_is_a_riot(text: str) -> None:
    assert_realised_doer(text, "PROTEST", "Violent demonstration", None)


@pytest.mark.parametrize(("text", "trigger"), probe_params(FIGHTS, MISSED_FIGHTS))
def test_a_fight_misread_as_a_participle_is_an_event(text: str, trigger: str) -> None:
    triggers = [t for *_, t in coded(text)]
    assert any(trigger in t for t in triggers), coded(text)


NO_BLOCKADE = [
    # Armed men blocking a road hold no protest.
    "Gunmen blocked the road between Kaduna and Abuja on Sunday and abducted travellers.",
    "Des paysans armés ont bloqué la piste menant à Kidal dimanche.",
    # Farmers as victims, not blockaders.
    "Farmers were stranded for hours after the army blocked the bridge near Jos.",
]


@pytest.mark.parametrize("text", NO_BLOCKADE)
def test_no_protest_without_a_trade_blocking(text: str) -> None:
    assert not any(e.plover_type == "PROTEST" for e in events_of(text)), coded(text)


NO_FIGHT = [
    # A participle on a battle word describes a past fight.
    "The battles fought around Kharkiv in 2022 shaped the war, analysts said.",
    # A participle with an agent is passive.
    "Soldiers wounded in the fighting near Pokrovsk were evacuated on Monday.",
    # A participle on a single war it was fought in: done to its noun.
    "A documentary about the war fought with drones in Ukraine won a prize in Berlin.",
]


@pytest.mark.parametrize("text", NO_FIGHT)
def test_no_fight_from_a_describing_participle(text: str) -> None:
    triggers = [t for *_, t in coded(text)]
    assert not any(t.startswith(("fought", "clashed")) for t in triggers), coded(text)
