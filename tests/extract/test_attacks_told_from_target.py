"""Attacks told from the target's side ("Lebanese villages came under Israeli shelling",
"Russian positions were hit by Ukrainian drones"): the doer is the side the attack came
from, never the victims' nationality, the hit country nor a capital that only reports it.
Sentences are our own, modelled on wire reports and analyst notes from several conflicts."""

from __future__ import annotations

import pytest

from coding import coded, doer_of, events_of, probe_params

# (report, the doer's id or one of its parents)
TOLD_FROM_THE_TARGET = [
    (
        "Lebanese villages near the border came under Israeli shelling on Monday, the state "
        "news agency said.",
        "ISR",
    ),
    ("Kharkiv came under Russian shelling overnight, the regional governor said.", "RUS"),
    ("Villages east of El Fasher came under RSF shelling on Tuesday, activists said.", "GRP.RSF"),
    (
        "Ukrainian positions near Pokrovsk came under heavy Russian shelling overnight, the "
        "general staff said.",
        "RUS",
    ),
    (
        "Israeli positions in the Shebaa Farms came under Hezbollah rocket fire on Tuesday, "
        "the army said.",
        "GRP.HEZBOLLAH",
    ),
    (
        "Indian troops came under fire from Pakistani positions along the Line of Control on "
        "Tuesday, the army said.",
        "PAK",
    ),
    (
        "Afghan border guards came under fire from Pakistani positions near Chaman on Friday, "
        "a Taliban spokesman said.",
        "PAK",
    ),
    (
        "Indian posts in Poonch came under Pakistani fire on Sunday, killing two soldiers.",
        "PAK",
    ),
    (
        "Russian positions near Kupiansk were hit by Ukrainian drones overnight, Kyiv's "
        "general staff said.",
        "UKR",
    ),
    (
        "An oil depot in Novorossiysk was hit by Ukrainian drones early on Sunday, the "
        "regional governor said.",
        "UKR",
    ),
    (
        "Russian positions in Kursk region were struck by Ukrainian drones overnight.",
        "UKR",
    ),
    (
        "Lebanese army positions were shelled by Israeli tanks near Marjayoun on Thursday.",
        "ISR",
    ),
    (
        "Sudanese army positions in El Fasher were shelled by the RSF on Saturday, killing "
        "five soldiers.",
        "GRP.RSF",
    ),
    (
        "Myanmar junta troops were ambushed by the Arakan Army near Kyauktaw on Wednesday, a "
        "rebel spokesman said.",
        "GRP.ARAKAN_ARMY",
    ),
    (
        "Colombian soldiers were attacked by ELN guerrillas in Arauca on Thursday, killing "
        "two, the army said.",
        "GRP.ELN",
    ),
    (
        "Three Nigerian soldiers were killed in an attack by ISWAP fighters on a base near "
        "Monguno on Tuesday.",
        "GRP.ISWAP",
    ),
    (
        "Nigerian troops repelled an attack by Boko Haram fighters on their base in Damboa.",
        "GRP.BOKO_HARAM",
    ),
    ("Kyiv said Russian missiles hit the city overnight, killing three people.", "RUS"),
    ("Moscow said Ukrainian drones attacked an oil refinery in Ryazan overnight.", "UKR"),
    (
        "Gaza's civil defence said Israeli shelling killed five people in Khan Younis.",
        "ISR",
    ),
    (
        "An Israeli strike hit a building in Tyre on Friday, which Israel said targeted a "
        "Hezbollah commander.",
        "ISR",
    ),
    (
        "Houthi rebels fired a ballistic missile at Jeddah; Saudi air defences intercepted it.",
        "GRP.HOUTHI",
    ),
    (
        "A roadside bomb killed four soldiers near Baidoa on Monday. No group claimed it. The "
        "army blamed al-Shabaab.",
        "GRP.SHABAAB",
    ),
    (
        "Suspected ADF rebels killed at least 20 villagers near Beni overnight, local "
        "officials said.",
        "GRP.ADF",
    ),
    (
        "Syrian army positions in Idlib were shelled on Sunday, the Observatory said, "
        "blaming Turkish-backed factions.",
        "GRP",
    ),
    (
        "An improvised explosive device exploded under an army truck near Bamenda on Monday, "
        "wounding three soldiers. Separatist fighters claimed responsibility.",
        "GRP.AMBAZONIA",
    ),
    (
        "A Pakistani border post was targeted from Afghan territory on Sunday, killing two "
        "soldiers, the army said.",
        "AFG",
    ),
    (
        "Des villages libanais ont été visés par des bombardements israéliens lundi, selon "
        "l'agence officielle.",
        "ISR",
    ),
    (
        "Des positions russes près de Koupiansk ont été frappées par des drones ukrainiens "
        "dans la nuit.",
        "UKR",
    ),
    (
        "Des positions russes près de Koupiansk ont été touchées par des drones ukrainiens "
        "dans la nuit, selon l'état-major.",
        "UKR",
    ),
    (
        "Un dépôt de carburant a été visé par des missiles russes à Lviv, selon le maire.",
        "RUS",
    ),
    (
        "Les soldats indiens ont essuyé des tirs venus de positions pakistanaises le long de "
        "la ligne de contrôle.",
        "PAK",
    ),
    (
        "Trois soldats maliens ont été tués dans une attaque revendiquée par le JNIM près de Boni.",
        "GRP.JNIM",
    ),
    (
        "Kiev a affirmé que des missiles russes avaient frappé la ville dans la nuit, faisant "
        "trois morts.",
        "RUS",
    ),
    (
        "Des rebelles présumés des ADF ont tué au moins quinze civils près de Beni, selon la "
        "société civile.",
        "GRP.ADF",
    ),
    (
        "Une bombe a explosé au passage d'une patrouille militaire près de Mogadiscio lundi. "
        "L'armée a accusé les shebab.",
        "GRP.SHABAAB",
    ),
    (
        "Des positions de l'armée soudanaise à El-Facher ont été bombardées samedi par les FSR.",
        "GRP.RSF",
    ),
    (
        "Selon Beyrouth, des bombardements israéliens ont tué trois personnes dans le sud du "
        "Liban.",
        "ISR",
    ),
    (
        "Des tirs d'obus russes ont tué deux civils à Kherson mardi, selon les autorités locales.",
        "RUS",
    ),
    (
        "Damas a accusé Israël d'avoir frappé un aéroport militaire près de Homs.",
        "ISR",
    ),
    (
        "A Yemeni coast guard post came under Saudi artillery fire in Saada on Wednesday, "
        "Houthi media said.",
        "SAU",
    ),
    (
        "A commercial vessel was hit by a Houthi drone in the Red Sea on Tuesday, the UKMTO said.",
        "GRP.HOUTHI",
    ),
    ("Somali troops came under al-Shabaab mortar fire near Afgoye overnight.", "GRP.SHABAAB"),
    ("Des villages du Darfour ont essuyé des tirs d'artillerie des FSR mardi.", "GRP.RSF"),
    (
        "Un navire marchand a été touché par un missile houthi en mer Rouge, selon l'UKMTO.",
        "GRP.HOUTHI",
    ),
    (
        "A Myanmar army base near Lashio came under drone attack by the TNLA on Friday.",
        "GRP.TNLA",
    ),
    (
        "Des positions de l'armée congolaise ont été bombardées par le M23 près de Sake.",
        "GRP.M23",
    ),
    (
        "Haitian police came under fire from Viv Ansanm gang members in Delmas on Thursday.",
        "GRP.VIV_ANSANM",
    ),
    (
        "Des positions israéliennes ont été visées par des roquettes du Hezbollah lundi, selon "
        "l'armée.",
        "GRP.HEZBOLLAH",
    ),
    (
        "Russian-held Donetsk came under Ukrainian shelling on Sunday, separatist officials said.",
        "UKR",
    ),
    (
        "The Israeli military said its positions near Metula came under Hezbollah anti-tank fire.",
        "GRP.HEZBOLLAH",
    ),
]

MISSED: dict[str, str] = {
    TOLD_FROM_THE_TARGET[26][0]: (
        "a place the attack came from ('from Afghan territory') names no actor mention, so "
        "its country is never offered as the doer"
    ),
    TOLD_FROM_THE_TARGET[-1][0]: (
        "the army that reports fire on 'its positions' is taken as the doer before the "
        "'Hezbollah anti-tank fire' the positions came under"
    ),
}


@pytest.mark.parametrize(("text", "doer"), probe_params(TOLD_FROM_THE_TARGET, MISSED))
def test_doer_is_the_side_the_attack_came_from(text: str, doer: str) -> None:
    got = doer_of(text, "ASSAULT") or ""
    assert got == doer or got.startswith(f"{doer}."), (got, coded(text))


# The doer told in the usual way: these must keep their doer.
TOLD_FROM_THE_DOER = [
    ("Ukrainian forces struck a Russian ammunition depot in Belgorod region overnight.", "UKR"),
    ("Israeli aircraft struck Hezbollah targets in southern Lebanon on Tuesday.", "ISR"),
    ("L'armée malienne a bombardé des positions jihadistes près de Tombouctou mardi.", "MLI"),
    ("Des avions russes ont frappé Idleb lundi, tuant neuf civils, selon l'OSDH.", "RUS"),
    ("Pakistani troops killed 12 militants in North Waziristan, the army said.", "PAK"),
    (
        "Les soldats indiens ont ouvert le feu sur des positions pakistanaises le long de la "
        "ligne de contrôle.",
        "IND",
    ),
]


@pytest.mark.parametrize(("text", "doer"), TOLD_FROM_THE_DOER)
def test_doer_told_as_subject_kept(text: str, doer: str) -> None:
    got = doer_of(text, "ASSAULT") or ""
    assert got == doer or got.startswith(f"{doer}."), (got, coded(text))


# No strike: a storm, a power cut or a policy "hits" or "targets" without a weapon.
NO_STRIKE = [
    "The coast was hit by a storm on Monday, forcing hundreds of families from their homes.",
    "The city was hit by a power cut after the heatwave, the utility said.",
    "Les importateurs sont visés par la mesure du gouvernement.",
    "Farmers in Punjab were hit by record prices for fertiliser this year.",
]


@pytest.mark.parametrize("text", NO_STRIKE)
def test_no_strike_without_a_weapon(text: str) -> None:
    assert not [e for e in events_of(text) if e.plover_type == "ASSAULT"], coded(text)


# Attacks whose doer no one names keep no doer: not the victims' side.
UNNAMED = [
    "Unidentified gunmen threw a grenade into a bar in Guayaquil on Saturday, wounding four.",
    "Des inconnus ont lancé une grenade contre un commissariat de Cali, blessant deux agents.",
    "The base came under attack near Kidal on Monday, the army said.",
]


@pytest.mark.parametrize("text", UNNAMED)
def test_unnamed_attacker_gets_no_state_doer(text: str) -> None:
    assert doer_of(text, "ASSAULT") is None, coded(text)
