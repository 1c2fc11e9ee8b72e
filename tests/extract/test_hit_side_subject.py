"""Violent events told from the side that was hit, the target as the grammatical subject:
"les FAMa ont subi une attaque du JNIM", "ont essuyé des tirs", "est tombée dans une
embuscade", "came under fire from TTP militants", "suffered an attack by", "were caught in
an ambush", "lost five men in fighting with" (``events/undergoing.tsv``). Written apart from
the dev sets, from many conflicts: the subject is the attack's actor2, its doer only who the
noun's "de"/"by"/"from" phrase, the verb's "from"/"par" phrase or a later claim names, else
nobody."""

from __future__ import annotations

from functools import partial

import pytest

from coding import coded, events_of, probe_params, row_opening

_BATTLE = "Battles"
_REMOTE = "Explosions/Remote violence"
_CIVILIANS = "Violence against civilians"
_CLASH = "Armed clash"
_AIR = "Air/drone strike"
_SHELL = "Shelling/artillery/missile attack"
_IED = "Remote explosive/landmine/IED"
_ATTACK = "Attack"

# (text, ACLED type, sub-type, PLOVER type, actor1, fatalities; None: not asserted).
_ROWS: list[tuple[str, str, str, str, str | None, int | None]] = [
    # French.
    (
        "Une unité des FAMa est tombée dans une embuscade tendue par des jihadistes du JNIM "
        "près de Ténenkou, faisant quatre morts parmi les soldats.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.JNIM",
        4,
    ),
    (
        "Une patrouille de l'armée burkinabè est tombée dans une embuscade lundi près de Djibo.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        None,
        None,
    ),
    (
        "Les forces de défense et de sécurité ont subi une attaque d'hommes armés dans la nuit "
        "de samedi à Kaya.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        None,
        None,
    ),
    (
        "Les Casques bleus de la Minusca ont essuyé des tirs de rebelles du 3R près de Bocaranga.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.3R",
        None,
    ),
    (
        "Le poste de police de Seytenga a subi une attaque de l'État islamique au Sahel dans "
        "la nuit de mardi, faisant six morts parmi les policiers.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.IS_SAHEL",
        6,
    ),
    (
        "Un convoi de l'armée nigérienne a été la cible de tirs près de Tillabéri, selon une "
        "source sécuritaire.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        None,
        None,
    ),
    (
        "Un camp de déplacés a été visé par une frappe de drone de l'armée soudanaise à Nyala, "
        "tuant sept civils.",
        _REMOTE,
        _AIR,
        "ASSAULT",
        "SDN.MIL",
        7,
    ),
    (
        "Un véhicule de la Minusma a sauté sur une mine près d'Aguelhok, blessant deux Casques "
        "bleus.",
        _REMOTE,
        _IED,
        "ASSAULT",
        None,
        0,
    ),
    (
        "L'armée nigériane a perdu six hommes dans des combats avec les jihadistes de l'ISWAP "
        "près de Malam Fatori.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.ISWAP",
        None,
    ),
    (
        "Les FARDC ont déploré la perte de trois militaires lors d'une attaque des ADF près de "
        "Beni.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.ADF",
        3,
    ),
    (
        "Les militaires maliens ont riposté à une attaque du JNIM contre le camp de Boulkessi, "
        "tuant une dizaine d'assaillants.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.JNIM",
        10,
    ),
    (
        "Les soldats ont riposté à une attaque terroriste contre leur base de Boulkessi mardi.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        None,
        None,
    ),
    (
        "Le village de Kalsaka a subi une attaque d'hommes armés qui ont tué douze civils.",
        _CIVILIANS,
        _ATTACK,
        "ASSAULT",
        None,
        12,
    ),
    (
        "Une position des FSR a été la cible d'une frappe de drone de l'armée soudanaise près "
        "d'El-Obeid.",
        _REMOTE,
        _AIR,
        "ASSAULT",
        "SDN.MIL",
        None,
    ),
    (
        "Des soldats ukrainiens ont essuyé des tirs d'artillerie russes près de Bakhmout.",
        _REMOTE,
        _SHELL,
        "ASSAULT",
        "RUS.MIL",
        None,
    ),
    (
        "La localité de Mweso a essuyé des tirs d'obus du M23, faisant trois morts parmi les "
        "civils.",
        _REMOTE,
        _SHELL,
        "ASSAULT",
        "GRP.M23",
        3,
    ),
    (
        "Une patrouille de l'armée camerounaise a été prise dans une embuscade tendue par des "
        "séparatistes ambazoniens près de Bamenda.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.AMBAZONIA",
        None,
    ),
    (
        "Un convoi de ravitaillement de l'armée a heurté un engin explosif improvisé entre "
        "Boni et Hombori, tuant deux soldats.",
        _REMOTE,
        _IED,
        "ASSAULT",
        None,
        2,
    ),
    (
        "Les forces armées maliennes ont subi de lourdes pertes lors d'une attaque du JNIM "
        "contre leur camp de Dioura.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.JNIM",
        None,
    ),
    (
        "Un bataillon de l'armée malienne a été pris pour cible par des combattants du groupe "
        "État islamique près de Ménaka.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.IS_SAHEL",
        None,
    ),
    (
        "Un poste militaire tchadien a été la cible d'une attaque de Boko Haram sur une île du "
        "lac Tchad, faisant 17 morts dans les rangs de l'armée.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.BOKO_HARAM",
        17,
    ),
    (
        "Des policiers haïtiens sont tombés dans un guet-apens tendu par des membres de la "
        "coalition Viv Ansanm à Port-au-Prince.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.VIV_ANSANM",
        None,
    ),
    (
        "La base de la Monusco à Sake a été touchée par des obus tirés depuis les positions du "
        "M23.",
        _REMOTE,
        _SHELL,
        "ASSAULT",
        "GRP.M23",
        None,
    ),
    (
        "Le quartier de Kadhimiya, à Bagdad, a été frappé par des roquettes dans la nuit.",
        _REMOTE,
        _SHELL,
        "ASSAULT",
        None,
        None,
    ),
    (
        "Les forces israéliennes ont été visées par des tirs de roquettes du Hezbollah dans le "
        "nord d'Israël.",
        _REMOTE,
        _SHELL,
        "ASSAULT",
        "GRP.HEZBOLLAH",
        None,
    ),
    (
        "Un bus transportant des fidèles chiites a été la cible d'un attentat à la bombe à "
        "Quetta, faisant 11 morts.",
        _REMOTE,
        _IED,
        "ASSAULT",
        None,
        11,
    ),
    (
        "Un poste avancé de l'armée malienne a été pris d'assaut par des combattants du FLA "
        "près de Tinzaouatène.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.FLA",
        None,
    ),
    (
        "Les civils de Tedim ont subi toute la journée de mardi des bombardements aériens de "
        "l'armée birmane.",
        _REMOTE,
        _AIR,
        "ASSAULT",
        "MMR.MIL",
        None,
    ),
    (
        "Le village de Bule a été la cible d'une attaque des miliciens CODECO près de Djugu, "
        "faisant six morts.",
        _CIVILIANS,
        _ATTACK,
        "ASSAULT",
        "GRP.CODECO",
        6,
    ),
    (
        "Un camp militaire a subi une attaque meurtrière lundi à Mahas. Les shebab ont "
        "revendiqué l'opération.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.SHABAAB",
        None,
    ),
    (
        "Une patrouille de la gendarmerie est tombée dans une embuscade près de Fada N'Gourma. "
        "L'attaque a été revendiquée par le JNIM.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.JNIM",
        None,
    ),
    (
        "Les éléments de la garde nationale ont essuyé une attaque des rebelles du CPC à "
        "Paoua, perdant deux hommes.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.CPC",
        2,
    ),
    (
        "Selon l'armée, ses hommes ont été la cible d'une embuscade des combattants d'Ansaroul "
        "Islam près de Djibo, qui ont fait cinq morts parmi les soldats.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.ANSAROUL_ISLAM",
        5,
    ),
    (
        "Un check-point de la police a été attaqué dimanche par des combattants du M23 à "
        "Kitshanga.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.M23",
        None,
    ),
    # English.
    (
        "A police checkpoint in Borno came under attack from ISWAP fighters late on Saturday, "
        "killing three officers.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.ISWAP",
        3,
    ),
    (
        "Nigerian troops were caught in an ambush by Boko Haram militants near Damboa on Monday.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.BOKO_HARAM",
        None,
    ),
    (
        "Somali soldiers suffered heavy losses in an attack by al-Shabaab on their base in "
        "Middle Shabelle.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.SHABAAB",
        None,
    ),
    (
        "A Malian army patrol came under fire near Kidal on Tuesday, the army said.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        None,
        None,
    ),
    (
        "An Israeli army post was targeted by a Hezbollah drone on Tuesday.",
        _REMOTE,
        _AIR,
        "ASSAULT",
        "GRP.HEZBOLLAH",
        None,
    ),
    (
        "The Ethiopian army lost five men in fighting with Fano militiamen in the Amhara region.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.FANO",
        None,
    ),
    (
        "A military convoy hit a roadside bomb in North Waziristan, killing four soldiers.",
        _REMOTE,
        _IED,
        "ASSAULT",
        None,
        4,
    ),
    (
        "Pakistani soldiers came under fire from TTP militants in Khyber district on Tuesday.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.TTP",
        None,
    ),
    (
        # the parser hangs "from" on "fire", not on "came"
        "A UN convoy came under fire from M23 rebels near Rutshuru on Monday.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.M23",
        None,
    ),
    (
        "Indian troops came under fire from Pakistani troops along the Line of Control.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "PAK.MIL",
        None,
    ),
    (
        "A Syrian army position came under Israeli shelling near Quneitra.",
        _REMOTE,
        _SHELL,
        "ASSAULT",
        "ISR.MIL",
        None,
    ),
    (
        "Residents of Mindat endured Myanmar military air strikes overnight, with six people "
        "killed.",
        _REMOTE,
        _AIR,
        "ASSAULT",
        "MMR.MIL",
        None,
    ),
    (
        "A Colombian army patrol was ambushed by ELN guerrillas in Arauca, leaving three "
        "soldiers dead.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.ELN",
        3,
    ),
    (
        "Indian security forces came under attack from Naxalite rebels in Chhattisgarh's "
        "Bijapur district.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.CPI_MAOIST",
        None,
    ),
    (
        "A railway station in Kramatorsk was hit by a Russian missile, killing seven civilians.",
        _REMOTE,
        _SHELL,
        "ASSAULT",
        "RUS.MIL",
        7,
    ),
    (
        "SDF fighters came under Turkish drone attack near Kobani on Friday.",
        _REMOTE,
        _AIR,
        "ASSAULT",
        "TUR.MIL",
        None,
    ),
    (
        "Philippine soldiers were caught in a firefight with Abu Sayyaf gunmen in Sulu.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.ABU_SAYYAF",
        None,
    ),
    (
        "A police station in Turbat was targeted by fighters of the Baloch Liberation Army, "
        "killing two policemen.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.BLA",
        2,
    ),
    (
        "A Haitian police unit suffered an attack by the 400 Mawozo gang in Croix-des-Bouquets.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.400_MAWOZO",
        None,
    ),
    (
        "A Nigerien army post near Tillia came under attack on Thursday. The Islamic State "
        "Sahel Province later claimed responsibility.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.IS_SAHEL",
        None,
    ),
    (
        "Sudanese army positions in Babanusa came under heavy RSF shelling, the army said.",
        _REMOTE,
        _SHELL,
        "ASSAULT",
        "GRP.RSF",
        None,
    ),
    (
        "Mozambican troops suffered an ambush by Islamic State Mozambique fighters near "
        "Macomia, losing at least six soldiers.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.IS_MOZ",
        6,
    ),
    (
        "Yemeni government forces repelled an attack by Houthi fighters in Marib, the defence "
        "ministry said.",
        _BATTLE,
        _CLASH,
        "ASSAULT",
        "GRP.HOUTHI",
        None,
    ),
]


_row = partial(row_opening, _ROWS)


_MISSED = {
    _row("Les FARDC ont déploré"): (
        "'déplorer la perte de trois militaires lors d'une attaque': the attack hangs on "
        "the lost soldiers, not on an undergoing verb, and the loss deplored is no toll"
    ),
    _row("Les forces armées maliennes ont subi"): (
        "'subi des pertes lors d'une attaque': the attack hangs on 'lors', not on 'subir', "
        "and the camp it hit is no actor, so it types as an attack on civilians"
    ),
    _row("Des policiers haïtiens"): "the tokenizer splits 'guet-apens', which is no trigger",
    _row("La base de la Monusco"): (
        "'obus tirés depuis les positions du M23': whose the positions fired from are is "
        "not read as whose the shells are"
    ),
    _row("Les civils de Tedim"): (
        "the parser hangs 'des bombardements' on the day ('toute la journée de mardi'), "
        "not on 'subir'"
    ),
    _row("Le village de Bule"): (
        "an attack on a village with no victims named types as a clash, though its doer is right"
    ),
    _row("Un camp militaire a subi"): (
        "a military camp is no actor: the attack on it types as an attack on civilians"
    ),
    _row("Les éléments de la garde nationale"): "'perdant deux hommes' is read as no toll",
}


@pytest.mark.parametrize(
    ("text", "acled_type", "subtype", "plover", "doer", "toll"),
    probe_params(_ROWS, _MISSED),
)
def test_hit_side_subject(
    text: str, acled_type: str, subtype: str, plover: str, doer: str | None, toll: int | None
) -> None:
    """The sentence gives an event of its type, sub-type and PLOVER type, done by ``doer``
    (None: by no one named), never by the subject that underwent it, with the toll given."""
    event = next((e for e in events_of(text) if e.acled_subtype == subtype), None)
    assert event is not None, coded(text)
    assert (event.acled_type, event.plover_type) == (acled_type, plover), coded(text)
    assert (event.actor1.canonical_id if event.actor1 else None) == doer, coded(text)
    if toll is not None:
        assert event.quantities["fatalities"] == toll, coded(text)


_UNDERGOERS = [
    (
        "Une patrouille de l'armée burkinabè est tombée dans une embuscade lundi près de Djibo.",
        "BFA.MIL",
    ),
    (
        "Les forces de défense et de sécurité ont subi une attaque d'hommes armés dans la nuit "
        "de samedi à Kaya.",
        "BFA.MIL",
    ),
    (
        "Pakistani soldiers came under fire from TTP militants in Khyber district on Tuesday.",
        "PAK.MIL",
    ),
    (
        "Indian security forces came under attack from Naxalite rebels in Chhattisgarh's "
        "Bijapur district.",
        "IND.MIL",
    ),
]


@pytest.mark.parametrize(("text", "hit"), _UNDERGOERS)
def test_hit_side_subject_is_actor2(text: str, hit: str) -> None:
    """The subject of "subir", "tomber dans", "come under" is whom the attack hit."""
    event = next(e for e in events_of(text) if e.plover_type == "ASSAULT")
    assert event.actor2 is not None and event.actor2.canonical_id == hit, coded(text)
    assert event.actor1 is None or event.actor1.canonical_id != hit, coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Les forces de défense ont subi de vives critiques après la chute de Djibo.",
        "La région de Mopti a essuyé de fortes pluies la semaine dernière.",
        "Le convoi risque de tomber dans une embuscade s'il emprunte cette route, prévient l'ONU.",
        "The town's economy has suffered from years of conflict, the mayor said.",
        "Soldiers often come under fire on this stretch of road, residents say.",
        "Le ministre a été la cible de critiques de l'opposition après ses propos.",
    ],
)
def test_hit_side_subject_undergoing_no_attack(text: str) -> None:
    """Criticism, rain, a risk or a habit undergone is no violent event of the day."""
    assert all(e.plover_type != "ASSAULT" or e.status != "realised" for e in events_of(text)), (
        coded(text)
    )
