"""Recall of withdrawals, handovers, disarmament and resignations (PLOVER RETREAT) in
wordings beyond the plain "withdrew from": troops drawing back, a post or barracks
evacuated, a base ceded or transferred to another force, control handed over, fighters
turning in their guns or giving themselves up to troops or police, the cantonment of
combatants, a state quitting a bloc, a resignation handed in. Each row gives the PLOVER
type, the ACLED sub-type and the doer (an id or its parent; None: any doer); demanded
withdrawals, a withdrawal as background, raiders leaving after their raid, soldiers fleeing
and civilians evacuated make no realised RETREAT."""

from __future__ import annotations

from functools import partial

import pytest

from coding import assert_realised_doer, coded, events_of, probe_params, row_opening

_LAND = "Non-violent transfer of territory"
_OTHER = "Other"
_GROUP = "Change to group/activity"

ROWS: list[tuple[str, str, str, str | None]] = [
    # Falling back, fleeing, evacuating posts
    (
        "South Sudanese troops fell back to Bentiu on Tuesday as SPLM-IO fighters advanced on "
        "the town.",
        "RETREAT",
        _LAND,
        "SSD.MIL",
    ),
    (
        "Les militaires maliens ont évacué la caserne de Léré samedi après plusieurs attaques.",
        "RETREAT",
        _LAND,
        "MLI.MIL",
    ),
    (
        "Les soldats nigériens ont évacué le poste de Tabatol dans la nuit de dimanche.",
        "RETREAT",
        _LAND,
        "NER.MIL",
    ),
    (
        "Les FARDC se sont repliées vers Sake mardi face à la progression des rebelles du M23.",
        "RETREAT",
        _LAND,
        "COD.MIL",
    ),
    (
        "Ukrainian forces pulled back from the village of Ocheretyne to better defended "
        "positions, the army said.",
        "RETREAT",
        _LAND,
        "UKR.MIL",
    ),
    (
        "Des soldats maliens ont reculé jusqu'à Gao face à la poussée des rebelles.",
        "RETREAT",
        _LAND,
        "MLI.MIL",
    ),
    # Handovers
    (
        "ATMIS troops handed control of the airport in Baidoa to the Somali army on Thursday.",
        "RETREAT",
        _LAND,
        "IGO.ATMIS",
    ),
    (
        "La Monusco a cédé sa base de Kamanyola à la police nationale congolaise.",
        "RETREAT",
        _LAND,
        "IGO.MONUSCO",
    ),
    (
        "The US military transferred its air base in Kirkuk to Iraqi forces on Monday.",
        "RETREAT",
        _LAND,
        "USA.MIL",
    ),
    (
        "La France a transféré le camp de Port-Bouët à l'armée ivoirienne jeudi.",
        "RETREAT",
        _LAND,
        "FRA",
    ),
    (
        "La Minusma a procédé jeudi à la remise du camp de Ber aux forces armées maliennes.",
        "RETREAT",
        _LAND,
        "IGO.MINUSMA",
    ),
    # Disarmament and surrender
    (
        "Some 40 Boko Haram fighters turned over their firearms to the army in Borno.",
        "RETREAT",
        _GROUP,
        "GRP.BOKO_HARAM",
    ),
    (
        "About 80 Arakan Army fighters turned in their weapons on Monday.",
        "RETREAT",
        _GROUP,
        "GRP.ARAKAN_ARMY",
    ),
    (
        "Des dizaines d'éléments de Boko Haram se sont rendus aux troupes nigérianes à Bama.",
        "RETREAT",
        _GROUP,
        "GRP.BOKO_HARAM",
    ),
    (
        "Trois combattants des ADF se sont rendus à la police à Beni.",
        "RETREAT",
        _GROUP,
        "GRP.ADF",
    ),
    (
        "Le cantonnement de 300 combattants du MNLA a débuté lundi à Kidal.",
        "RETREAT",
        _GROUP,
        "GRP.MNLA",
    ),
    # Leaving a bloc, resignations
    (
        "Niger quit the regional bloc on Sunday, the junta announced.",
        "RETREAT",
        _OTHER,
        "NER",
    ),
    (
        "Burkina Faso left the alliance in December, the government said.",
        "RETREAT",
        _OTHER,
        "BFA",
    ),
    (
        "Le gouverneur de Kano a remis sa démission mardi.",
        "RETREAT",
        _OTHER,
        "NGA.GOV",
    ),
    (
        "Le ministre malien de la Défense a présenté sa démission mardi.",
        "RETREAT",
        _OTHER,
        "MLI",
    ),
]

_row = partial(row_opening, ROWS)

MISSED = {
    _row("La Minusma a procédé"): (
        "a noun after 'procéder à' finds no doer: the verb governs it through a preposition"
    ),
}


@pytest.mark.parametrize(("text", "plover", "subtype", "doer"), probe_params(ROWS, MISSED))
def test_retreat_recall2(text: str, plover: str, subtype: str, doer: str | None) -> None:
    """The sentence gives a realised event of the PLOVER type and sub-type done by ``doer``."""
    assert_realised_doer(text, plover, subtype, doer)


@pytest.mark.parametrize(
    "text",
    [
        "The opposition demanded the withdrawal of Rwandan troops from Congolese territory.",
        "Since the withdrawal of French troops in 2022, attacks have increased in the region.",
        "Depuis le retrait de la force Barkhane en 2022, les attaques se sont multipliées.",
        "The gunmen left the village after looting shops and burning houses.",
        "Les assaillants se sont retirés après avoir incendié le marché.",
        "Kinshasa a exigé le retrait immédiat des troupes rwandaises.",
        "Thousands of residents fled the town of Lashio ahead of the fighting.",
        "Des dizaines de soldats ont fui vers le Tchad après deux jours de combats à Geneina.",
        "Soldiers fleeing the front line looted shops in a village near Kabare.",
        "Thousands of civilians quit the town as Russian forces advanced.",
        "Les habitants ont évacué le village avant l'arrivée des jihadistes.",
        "Les autorités congolaises ont évacué le camp de déplacés de Kanyaruchinya après les "
        "inondations.",
    ],
)
def test_retreat_recall2_no_realised_retreat(text: str) -> None:
    """A withdrawal demanded or told as background, raiders leaving after their raid,
    residents fleeing or evacuated make no realised RETREAT."""
    assert not any(
        e.plover_type == "RETREAT" and e.status == "realised" for e in events_of(text)
    ), coded(text)
