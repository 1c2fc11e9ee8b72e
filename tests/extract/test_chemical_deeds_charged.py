"""A chemical agent used, told as the deed an accusation charges: analysts code the ACCUSE
and, beside it, ASSAULT / Explosions/Remote violence / Chemical weapon, realised, with the
accused as doer; a denial after it gives the denied copy the same doer. A capital charged
by a verb of accusing ("accuse Kigali d'avoir bombardé") does not yet stand for its state
(strict xfails below). Sentences
are our own, modelled on wire reports and analyst notes from several conflicts."""

from __future__ import annotations

import pytest

from coding import assert_denied_copy, assert_realised_doer, coded, events_of, probe_params

CHEMICAL = "Chemical weapon"

CHARGED_GAS = [
    ("Ukraine accused Russian troops of using chlorine gas near Bakhmut on Tuesday.", "RUS"),
    (
        "L'état-major ukrainien a accusé les troupes russes d'avoir largué, à l'aide de "
        "drones, des grenades chargées de gaz irritant sur des positions ukrainiennes près "
        "de Bakhmout.",
        "RUS",
    ),
    ("Kiev accuse l'armée russe d'avoir employé des gaz toxiques près de Zaporijjia.", "RUS"),
    (
        "Kiev accuse l'armée russe d'avoir utilisé des armes chimiques près de Zaporijjia.",
        "RUS",
    ),
    ("Les FSR accusent l'armée soudanaise d'avoir employé des armes chimiques au Darfour.", "SDN"),
    (
        "The Syrian opposition accused government forces of using chlorine gas in an attack "
        "on Saraqeb on Sunday.",
        "SYR",
    ),
    (
        "Kyiv accused Moscow of using poison gas against Ukrainian troops in Zaporizhzhia.",
        "RUS",
    ),
    (
        "L'Armée d'Arakan accuse la junte birmane d'avoir largué des bombes chargées de gaz "
        "toxiques sur ses positions près de Paletwa.",
        "MMR",
    ),
    (
        "The United States has determined that Sudan's army used chemical weapons last year.",
        "SDN",
    ),
]

# Reading a capital charged by a verb of accusing as its state was cut: it lost one held-out
# actor1 match and gained none.
CAPITAL_CUT = "a capital charged by a verb of accusing is not read as its state (cut)"
MISSED: dict[str, str] = {CHARGED_GAS[6][0]: CAPITAL_CUT}


@pytest.mark.parametrize(("text", "doer"), probe_params(CHARGED_GAS, MISSED))
def test_gas_charged_is_the_accused_s_chemical_attack(text: str, doer: str) -> None:
    assert_realised_doer(text, "ASSAULT", CHEMICAL, doer)


DROPPED_GAS = [
    (
        "Russian forces dropped tear-gas grenades from drones on Ukrainian trenches near "
        "Avdiivka, the general staff said.",
        "RUS",
    ),
    (
        "Les troupes russes ont largué des grenades lacrymogènes depuis des drones sur des "
        "tranchées ukrainiennes près de Koupiansk.",
        "RUS",
    ),
    ("Les rebelles syriens ont utilisé du gaz de chlore contre des civils à Douma.", None),
    ("Syrian government forces used sarin gas on Khan Sheikhoun.", "SYR"),
]


@pytest.mark.parametrize(("text", "doer"), DROPPED_GAS)
def test_riot_agent_dropped_on_troops_is_a_chemical_weapon(text: str, doer: str | None) -> None:
    assert_realised_doer(text, "ASSAULT", CHEMICAL, doer)


CAPITAL_ACCUSED = [
    (
        "Kinshasa accuse Kigali d'avoir bombardé des positions de l'armée congolaise près de Goma.",
        "RWA",
    ),
    ("Kinshasa accused Kigali of shelling Congolese army positions near Goma.", "RWA"),
    ("Moscou accuse Kiev d'avoir bombardé un hôpital à Donetsk.", "UKR"),
    ("Damas accuse Ankara d'avoir bombardé des villages kurdes près de Kobané.", "TUR"),
]


@pytest.mark.parametrize(
    ("text", "doer"),
    probe_params(CAPITAL_ACCUSED, {text: CAPITAL_CUT for text, _ in CAPITAL_ACCUSED}),
)
def test_capital_charged_is_the_doer(text: str, doer: str) -> None:
    deeds = [e for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert deeds, coded(text)
    got = deeds[0].actor1.canonical_id if deeds[0].actor1 else ""
    assert got == doer or got.startswith(f"{doer}."), (got, coded(text))


DENIED = [
    (
        "Ukraine's general staff accused Russian troops on Thursday of dropping tear-gas "
        "grenades from drones on Ukrainian trenches near Kupiansk. Russia's defence ministry "
        "rejected the accusations.",
        CHEMICAL,
        "RUS",
    ),
    (
        "L'état-major ukrainien a accusé vendredi les troupes russes d'avoir largué, à "
        "l'aide de drones, des grenades chargées de gaz irritant sur des positions "
        "ukrainiennes près de Pokrovsk. Le ministère russe de la Défense a rejeté ces "
        "accusations.",
        CHEMICAL,
        "RUS",
    ),
    (
        "Kiev accuse Moscou d'avoir utilisé des armes chimiques près de Zaporijjia. Le "
        "Kremlin a démenti.",
        CHEMICAL,
        "RUS",
    ),
    (
        "Prime Minister Abiy Ahmed ordered an offensive in Tigray, accusing the TPLF of "
        "attacking a federal army base in Mekelle. The TPLF denied the charge.",
        "Armed clash|Attack",
        "GRP.TPLF",
    ),
    (
        "Le gouvernement éthiopien accuse le TPLF d'avoir attaqué une base de l'armée "
        "fédérale à Mekele. Le TPLF a démenti.",
        "Armed clash|Attack",
        "GRP.TPLF",
    ),
]


@pytest.mark.parametrize(("text", "subtypes", "doer"), DENIED)
def test_denial_copies_the_charged_deed(text: str, subtypes: str, doer: str) -> None:
    assert_denied_copy(text, subtypes, doer)


DETERMINED = [
    "The United States has determined that Sudan's army used chemical weapons last year.",
    "Washington a conclu que l'armée soudanaise avait utilisé des armes chimiques l'an dernier.",
]

MISSED_ACCUSE = {
    DETERMINED[0]: "a finding (determined that) is not read as an ACCUSE yet",
    DETERMINED[1]: "a finding (a conclu que) is not read as an ACCUSE yet",
}


@pytest.mark.parametrize("text", probe_params([(t,) for t in DETERMINED], MISSED_ACCUSE))
def test_finding_is_an_accusation(text: str) -> None:
    assert any(e.plover_type == "ACCUSE" for e in events_of(text)), coded(text)


NOT_CHEMICAL = [
    # Tear gas fired at a crowd is the protest's dispersal, not a chemical weapon.
    "Police fired tear gas and live rounds at protesters in Nairobi, killing two people.",
    "La police a tiré des gaz lacrymogènes et des balles réelles sur les manifestants à "
    "Conakry, tuant deux personnes.",
    "Police used tear gas to disperse protesters in Dakar.",
    "Les forces de l'ordre ont tiré des grenades lacrymogènes sur les manifestants à Dakar, "
    "tuant un jeune homme.",
]


@pytest.mark.parametrize("text", NOT_CHEMICAL)
def test_tear_gas_at_a_crowd_is_no_chemical_weapon(text: str) -> None:
    assert all(e.acled_subtype != CHEMICAL for e in events_of(text)), coded(text)


NO_DEED = [
    # What the charge names as a noun, or a deed that is no violence, is the accusation's
    # content only.
    "Moscou accuse Kiev d'une attaque terroriste contre un pont en Crimée.",
    "Kinshasa accuse le Rwanda de soutenir le M23.",
    "Les FDS ont accusé Ankara d'avoir appuyé l'offensive par des frappes de drones.",
]


@pytest.mark.parametrize("text", NO_DEED)
def test_charge_named_as_a_noun_stays_the_accusation(text: str) -> None:
    assert all(e.plover_type != "ASSAULT" for e in events_of(text)), coded(text)
