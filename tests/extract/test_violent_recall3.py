"""Battles and explosions told in the many wordings of wire reports and analysts' notes,
written apart from the dev sets (Sahel, Sudan, Congo, Ukraine, Gaza and Lebanon, Myanmar,
Syria, Somalia, Colombia and Mexico, Pakistan): each sentence's ACLED type and sub-type,
PLOVER type, doer and toll. The rules they pinned down: "leaving 7 dead" counts the dead
of its adjective; "the army said it repulsed an attack" is a clash the army withstood;
"l'armée a été la cible d'une attaque" is an attack on the army; a mine that kills is a
weapon, even "artisanale", and never the victims' own; "des obus tirés par l'armée" are
the army's."""

from __future__ import annotations

from functools import partial

import pytest

from coding import coded, events_of, probe_params, row_opening

_BATTLE = "Battles"
_REMOTE = "Explosions/Remote violence"
_CLASH = "Armed clash"
_AIR = "Air/drone strike"
_SHELL = "Shelling/artillery/missile attack"
_IED = "Remote explosive/landmine/IED"
_TAKEN = "Non-state actor overtakes territory"
_RETAKEN = "Government regains territory"

# (text, ACLED type, sub-type, PLOVER type, actor1, fatalities; None: not asserted).
_ROWS: list[tuple[str, str, str, str, str | None, int | None]] = [
    # French: battles.
    (
        "Un accrochage a opposé lundi des soldats maliens à des jihadistes du JNIM près de "
        "Niono, faisant six morts parmi les assaillants.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "MLI.MIL",
        6,
    ),
    (
        "Des échanges de tirs ont éclaté mardi entre l'armée soudanaise et les Forces de "
        "soutien rapide (FSR) à El-Fasher, selon des témoins.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "SDN.MIL",
        None,
    ),
    (
        "Les assaillants ont été repoussés par l'armée burkinabè après plusieurs heures de "
        "combats à Djibo, a indiqué une source sécuritaire.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "BFA.MIL",
        None,
    ),
    (
        "De violents combats ont opposé jeudi les FARDC aux rebelles du M23 autour de Sake, "
        "dans le Nord-Kivu.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "COD.MIL",
        None,
    ),
    (
        "Les rebelles du M23 se sont emparés de la localité de Rubaya après de violents "
        "affrontements avec l'armée congolaise.",
        _BATTLE,
        _TAKEN,
        "ASSAULT",
        "GRP.M23",
        None,
    ),
    (
        "L'armée malienne a repris le contrôle de la ville de Léré, tenue depuis un mois par "
        "des jihadistes.",
        _BATTLE,
        _RETAKEN,
        "ASSAULT",
        "MLI.MIL",
        None,
    ),
    (
        "Des shebab ont attaqué une base de l'armée somalienne à Mahas ; les soldats ont "
        "repoussé l'assaut, tuant 12 assaillants.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.SHABAAB",
        12,
    ),
    (
        "Des combattants de l'ELN et des dissidents des FARC se sont affrontés dans le "
        "département d'Arauca, faisant neuf morts.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.ELN",
        9,
    ),
    (
        "Des heurts armés entre miliciens Wazalendo et rebelles du M23 ont fait quatre morts "
        "à Masisi.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.WAZALENDO",
        4,
    ),
    (
        "L'armée malienne a été la cible d'une attaque à Boulkessi lundi.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        None,
        None,
    ),
    (
        "Les soldats maliens ont été la cible d'une embuscade à Boulkessi lundi.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        None,
        None,
    ),
    (
        "La ville de Sake a été le théâtre de violents combats entre les FARDC et le M23 lundi.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "COD.MIL",
        None,
    ),
    (
        "Les jihadistes du JNIM ont pris d'assaut la ville de Djibasso et en ont chassé les "
        "forces de défense.",
        _BATTLE,
        _TAKEN,
        "ASSAULT",
        "GRP.JNIM",
        None,
    ),
    # French: explosions and remote violence.
    (
        "Une frappe de drone de l'armée nigérienne a tué une vingtaine de terroristes près de "
        "Tillia, selon le ministère de la Défense.",
        _REMOTE,
        _AIR,
        "ASSAULT",
        "NER.MIL",
        20,
    ),
    (
        "Des frappes aériennes russes ont visé mercredi la ville d'Idleb, tuant quatre civils, "
        "selon les Casques blancs.",
        _REMOTE,
        _AIR,
        "ASSAULT",
        "RUS.MIL",
        4,
    ),
    (
        "L'aviation israélienne a bombardé dans la nuit plusieurs positions du Hezbollah dans "
        "le sud du Liban.",
        _REMOTE,
        _AIR,
        "ASSAULT",
        "ISR.MIL.IAF",
        None,
    ),
    (
        "Des obus tirés par l'armée soudanaise sont tombés sur un marché d'Omdurman, tuant "
        "15 personnes.",
        _REMOTE,
        _SHELL,
        "ASSAULT",
        "SDN.MIL",
        15,
    ),
    (
        "Un engin explosif improvisé a explosé au passage d'un convoi militaire près de Boni, "
        "tuant trois soldats maliens.",
        _REMOTE,
        _IED,
        "ASSAULT",
        None,
        3,
    ),
    (
        "Deux soldats ont été tués par une mine artisanale près de Djibo, dans le nord du "
        "Burkina Faso.",
        _REMOTE,
        _IED,
        "ASSAULT",
        None,
        2,
    ),
    (
        "Deux soldats burkinabè ont été tués par une mine près de Djibo.",
        _REMOTE,
        _IED,
        "ASSAULT",
        None,
        2,
    ),
    (
        "Un kamikaze s'est fait exploser mardi dans une mosquée de Peshawar, tuant 40 fidèles.",
        _REMOTE,
        "Suicide bomb",
        "ASSAULT",
        None,
        40,
    ),
    (
        "Une voiture piégée a explosé près d'un point de contrôle de l'armée somalienne à "
        "Mogadiscio, faisant cinq morts.",
        _REMOTE,
        _IED,
        "ASSAULT",
        None,
        5,
    ),
    (
        "Une grenade a été lancée contre un bar de Bujumbura dimanche soir, blessant huit "
        "personnes.",
        _REMOTE,
        "Grenade",
        "ASSAULT",
        None,
        0,
    ),
    (
        "La défense antiaérienne ukrainienne a abattu 25 des 30 drones Shahed lancés par la "
        "Russie dans la nuit.",
        "Strategic developments",
        "Disrupted weapons use",
        "COERCE",
        "UKR.MIL",
        None,
    ),
    (
        "Des tirs d'artillerie des FSR ont frappé le camp de déplacés de Zamzam, tuant 8 civils.",
        _REMOTE,
        _SHELL,
        "ASSAULT",
        "GRP.RSF",
        8,
    ),
    (
        "L'armée birmane a mené des frappes aériennes contre un village de la région de "
        "Sagaing, tuant 17 personnes.",
        _REMOTE,
        _AIR,
        "ASSAULT",
        "MMR.MIL",
        17,
    ),
    (
        "Des tirs de mortier ont visé l'aéroport de Mogadiscio ; les shebab ont revendiqué "
        "l'attaque.",
        _REMOTE,
        _SHELL,
        "ASSAULT",
        "GRP.SHABAAB",
        None,
    ),
    (
        "Des missiles russes se sont abattus sur Kharkiv dans la nuit de jeudi à vendredi, "
        "tuant sept civils.",
        _REMOTE,
        _SHELL,
        "ASSAULT",
        "RUS.MIL",
        7,
    ),
    (
        "Trois civils ont été tués dans le bombardement de Khartoum-Nord par l'armée de l'air "
        "soudanaise.",
        _REMOTE,
        _AIR,
        "ASSAULT",
        "SDN.MIL.AF",
        3,
    ),
    (
        "Un attentat-suicide à la voiture piégée a visé une base militaire à Mogadiscio, "
        "faisant 10 morts.",
        _REMOTE,
        "Suicide bomb",
        "ASSAULT",
        None,
        10,
    ),
    (
        "Le Hezbollah a revendiqué des tirs de roquettes contre une caserne israélienne à "
        "Kiryat Shmona.",
        _REMOTE,
        _SHELL,
        "ASSAULT",
        "GRP.HEZBOLLAH",
        None,
    ),
    (
        "Des bombes larguées par l'aviation birmane ont détruit une école à Sagaing, tuant "
        "12 enfants.",
        _REMOTE,
        _AIR,
        "ASSAULT",
        "MMR.MIL.AF",
        12,
    ),
    # English: battles.
    (
        "Sudanese army troops engaged in a gunfight with RSF fighters in Omdurman on Tuesday, "
        "leaving seven dead.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "SDN.MIL",
        7,
    ),
    (
        "Heavy fighting raged on Monday between the Myanmar military and the Arakan Army "
        "around Sittwe, residents said.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "MMR.MIL",
        None,
    ),
    (
        "Pakistani troops repelled an assault by militants on a checkpoint in North "
        "Waziristan, killing five attackers, the military said.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "PAK.MIL",
        5,
    ),
    (
        "Al-Shabaab fighters stormed a military base in Lower Shabelle; Somali forces repulsed "
        "the attack after a two-hour firefight.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.SHABAAB",
        None,
    ),
    (
        "Clashes between the Sinaloa Cartel and the Jalisco New Generation Cartel left 11 dead "
        "in Culiacan on Sunday.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.SINALOA",
        11,
    ),
    (
        "The M23 rebels seized the town of Minova after fierce fighting with Congolese troops.",
        _BATTLE,
        _TAKEN,
        "ASSAULT",
        "GRP.M23",
        None,
    ),
    (
        "Ukrainian forces recaptured the village of Robotyne from Russian troops after weeks "
        "of fighting, Kyiv said.",
        _BATTLE,
        _RETAKEN,
        "ASSAULT",
        "UKR.MIL",
        None,
    ),
    (
        "JNIM militants overran an army outpost in Djibo, killing 30 soldiers, security "
        "sources said.",
        _BATTLE,
        _TAKEN,
        "ASSAULT",
        "GRP.JNIM",
        30,
    ),
    (
        "Government troops and Al-Shabaab militants exchanged fire for hours in Hiraan region, "
        "leaving 13 dead.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "SOM.MIL",
        13,
    ),
    (
        "The Sudanese army said it repulsed an RSF attack on Babanusa, killing 20 assailants.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.RSF",
        20,
    ),
    (
        "A Malian army post was the target of an attack in Boulkessi on Monday.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        None,
        None,
    ),
    (
        "The town of Sake was the scene of heavy fighting between Congolese troops and M23 "
        "rebels on Monday.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "COD.MIL",
        None,
    ),
    (
        "Colombian troops clashed with ELN guerrillas in Catatumbo, leaving four soldiers dead.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "COL.MIL",
        4,
    ),
    (
        "Gunmen ambushed a military patrol in Tillaberi region, killing six Nigerien soldiers.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        None,
        6,
    ),
    (
        "Militants attacked a police station in Dera Ismail Khan, triggering a gunbattle that "
        "killed three policemen.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        None,
        3,
    ),
    # English: explosions and remote violence.
    (
        "An Israeli airstrike killed five people in a house in Nabatieh, Lebanon's health "
        "ministry said.",
        _REMOTE,
        _AIR,
        "ASSAULT",
        "ISR.MIL",
        5,
    ),
    (
        "A Russian drone strike hit a residential building in Odesa overnight, killing three "
        "civilians.",
        _REMOTE,
        _AIR,
        "ASSAULT",
        "RUS.MIL",
        3,
    ),
    (
        "Turkish drones struck SDF positions near Kobani on Wednesday, killing four fighters.",
        _REMOTE,
        _AIR,
        "ASSAULT",
        "TUR.MIL",
        4,
    ),
    (
        "The Myanmar junta's air force bombed a school in Sagaing region, killing 12 children.",
        _REMOTE,
        _AIR,
        "ASSAULT",
        "MMR.MIL",
        12,
    ),
    (
        "Artillery shells fired by the RSF landed on a market in El Fasher, killing 20 people.",
        _REMOTE,
        _SHELL,
        "ASSAULT",
        "GRP.RSF",
        20,
    ),
    (
        "Russian forces shelled Kherson on Thursday, killing two civilians, the regional "
        "governor said.",
        _REMOTE,
        _SHELL,
        "ASSAULT",
        "RUS.MIL",
        2,
    ),
    (
        "Hezbollah fired dozens of rockets at northern Israel on Friday, the Israeli military "
        "said.",
        _REMOTE,
        _SHELL,
        "ASSAULT",
        "GRP.HEZBOLLAH",
        None,
    ),
    (
        "A roadside bomb struck a police vehicle in Balochistan, killing four officers.",
        _REMOTE,
        _IED,
        "ASSAULT",
        None,
        4,
    ),
    (
        "Four Pakistani soldiers were killed by a roadside bomb in North Waziristan on Monday.",
        _REMOTE,
        _IED,
        "ASSAULT",
        None,
        4,
    ),
    (
        "A suicide bomber blew himself up at a rally in Bajaur, killing 54 people.",
        _REMOTE,
        "Suicide bomb",
        "ASSAULT",
        None,
        54,
    ),
    (
        "A car bomb exploded outside a hotel in Mogadishu, killing six people; al-Shabaab "
        "claimed the attack.",
        _REMOTE,
        _IED,
        "ASSAULT",
        "GRP.SHABAAB",
        6,
    ),
    (
        "Ukraine's air defences shot down 40 of 45 drones launched by Russia overnight, the "
        "air force said.",
        "Strategic developments",
        "Disrupted weapons use",
        "COERCE",
        "UKR.MIL",
        None,
    ),
    (
        "An IED planted by ISWAP fighters killed four soldiers on the Maiduguri-Damboa road.",
        _REMOTE,
        _IED,
        "ASSAULT",
        "GRP.ISWAP",
        4,
    ),
    (
        "The strike, carried out by an Israeli drone, killed two Hamas commanders in Rafah.",
        _REMOTE,
        _AIR,
        "ASSAULT",
        "ISR.MIL",
        2,
    ),
    (
        "A Somali army base was the target of a suicide car bomb in Mogadishu on Monday, "
        "killing five soldiers.",
        _REMOTE,
        "Suicide bomb",
        "ASSAULT",
        None,
        5,
    ),
    (
        "Three Syrian soldiers were killed in a drone attack blamed on HTS in Hama province.",
        _REMOTE,
        _AIR,
        "ASSAULT",
        "GRP.HTS",
        3,
    ),
    (
        "Bombs dropped by Myanmar military jets fell on a village in Sagaing, killing nine people.",
        _REMOTE,
        _AIR,
        "ASSAULT",
        "MMR.MIL",
        9,
    ),
]


_row = partial(row_opening, _ROWS)


_MISSED = {
    _row("Les jihadistes du JNIM ont pris d'assaut"): (
        "'prendre d'assaut' a town is read as an attack on civilians, not its taking"
    ),
    _row("Des bombes larguées"): "bombs dropped by aircraft keep the bomb's IED coding",
    _row("Bombs dropped"): "bombs dropped by aircraft keep the bomb's IED coding",
    _row("Militants attacked a police station"): (
        "the police the militants attacked are read as the gunbattle's doer"
    ),
}


@pytest.mark.parametrize(
    ("text", "acled_type", "subtype", "plover", "doer", "toll"),
    probe_params(_ROWS, _MISSED),
)
def test_violent_recall3(
    text: str, acled_type: str, subtype: str, plover: str, doer: str | None, toll: int | None
) -> None:
    """The sentence gives an event of its type, sub-type and PLOVER type, done by ``doer``
    (None: by no one named) with the toll given."""
    event = next((e for e in events_of(text) if e.acled_subtype == subtype), None)
    assert event is not None, coded(text)
    assert (event.acled_type, event.plover_type) == (acled_type, plover), coded(text)
    assert (event.actor1.canonical_id if event.actor1 else None) == doer, coded(text)
    if toll is not None:
        assert event.quantities["fatalities"] == toll, coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Des hommes armés ont enlevé dimanche quatre commerçants près de Pissila. La zone est "
        "le théâtre d'attaques régulières du JNIM.",
        "The district is the target of frequent raids by al-Shabaab, residents say.",
    ],
)
def test_violent_recall3_habitual_scene_is_no_clash(text: str) -> None:
    """ "la zone est le théâtre d'attaques régulières": a present copula tells what happens
    there, no attack of the day."""
    assert all(e.acled_type != _BATTLE for e in events_of(text)), coded(text)


def test_violent_recall3_dug_mine_still_no_weapon() -> None:
    """A mine where diggers were killed is still a mine that is dug."""
    text = "Des hommes armés ont tué sept orpailleurs sur une mine artisanale près de Kamituga."
    assert all(e.acled_subtype != _IED for e in events_of(text)), coded(text)
