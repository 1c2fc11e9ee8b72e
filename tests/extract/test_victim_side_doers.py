"""Attacks told with the victim side prominent, in long wire paragraphs: a passive whose
subject was killed or targeted ("Iraqi forces were targeted by a car bomb, killing three";
"des soldats ont été tués dans l'explosion d'un engin"), the doer far away in a claim sentence,
"came under X fire", a passive whose agent hangs on the day ("pilonnées mercredi par
l'artillerie des FSR"), "tués lors d'une attaque de Boko Haram". The doer is the attacker, or
nobody when none is named or claimed; never the victim nor the speaker."""

from __future__ import annotations

import pytest

from coding import coded, events_of, probe_params

_AIR = "Air/drone strike"
_CLASH = "Armed clash"
_GRENADE = "Grenade"
_IED = "Remote explosive/landmine/IED"
_SHELL = "Shelling/artillery/missile attack"

# (text, ACLED sub-type, actor1 or None); each must be a realised event.
_ROWS: list[tuple[str, str, str | None]] = [
    (
        (
            "Un convoi de l'armée malienne a été touché mardi par un engin explosif improvisé "
            "entre "
            "Boni et Hombori, dans le centre du pays, faisant quatre morts parmi les soldats, "
            "selon "
            "une source sécuritaire. L'attaque a été revendiquée mercredi par le JNIM dans un "
            "message diffusé sur ses canaux de propagande."
        ),
        _IED,
        "GRP.JNIM",
    ),
    (
        (
            "Ukrainian forces came under Russian glide-bomb attack near Pokrovsk on Thursday, "
            "losing at least six soldiers, a brigade spokesman said. The Ukrainian general staff "
            "said the strikes had intensified across the eastern front."
        ),
        _AIR,
        "RUS.MIL",
    ),
    (
        (
            "Les FARDC ont essuyé mardi des tirs de mortier des ADF à Mbau, dans le territoire de "
            "Beni, a indiqué le porte-parole de l'armée, qui fait état de deux militaires tués. "
            "Les "
            "rebelles se sont ensuite repliés vers la forêt."
        ),
        _SHELL,
        "GRP.ADF",
    ),
    (
        (
            "A Russian missile struck an apartment block in Dnipro on Friday, killing nine people "
            "including two children, the regional governor said. Rescue workers were still "
            "searching the rubble late in the evening."
        ),
        _SHELL,
        "RUS.MIL",
    ),
    (
        (
            "Un drone turc a frappé lundi un véhicule près de Qamichli, dans le nord-est de la "
            "Syrie, tuant trois membres des Forces démocratiques syriennes (FDS), a indiqué "
            "l'Observatoire syrien des droits de l'homme. Ankara n'a pas commenté."
        ),
        _AIR,
        "TUR.MIL",
    ),
    (
        (
            "A roadside bomb tore through a police vehicle in Mogadishu's Hodan district on "
            "Sunday, "
            "killing four officers, a police official said. Al-Shabaab said it carried out the "
            "attack in a statement on one of its websites."
        ),
        _IED,
        "GRP.SHABAAB",
    ),
    (
        (
            "Une patrouille de l'armée burkinabè a sauté jeudi sur une mine artisanale près de "
            "Djibo, faisant cinq morts, selon des sources sécuritaires. L'État islamique au Sahel "
            "a "
            "revendiqué l'attaque vendredi."
        ),
        _IED,
        "GRP.IS_SAHEL",
    ),
    (
        (
            "Drones attacked the Ain al-Asad air base hosting US troops in western Iraq on "
            "Tuesday, "
            "causing minor injuries to two service members, a US official said. The Islamic "
            "Resistance in Iraq, an umbrella of Iran-backed militias, claimed responsibility."
        ),
        _AIR,
        "GRP.IRI",
    ),
    (
        (
            "A senior Hezbollah commander was killed in an Israeli strike on a car in the southern "
            "Lebanese town of Nabatieh on Wednesday, a security source said. The Israeli military "
            "said it had targeted a commander of the group's Radwan force."
        ),
        _AIR,
        "ISR.MIL",
    ),
    (
        (
            "Le ministère russe de la Défense a dénoncé mardi une frappe ukrainienne sur un marché "
            "de Donetsk qui a fait sept morts parmi les civils, selon les autorités d'occupation. "
            "Kiev n'a pas réagi à ces accusations."
        ),
        _SHELL,
        "UKR.MIL",
    ),
    (
        (
            "Trois soldats nigérians ont été tués et plusieurs autres blessés lorsque leur "
            "véhicule "
            "a roulé sur une mine posée sur la route de Damboa, dans l'État de Borno, a indiqué un "
            "officier. L'Iswap a revendiqué l'attaque dans un communiqué."
        ),
        _IED,
        "GRP.ISWAP",
    ),
    (
        (
            "Two Pakistani soldiers were killed when their convoy was hit by an improvised "
            "explosive device in North Waziristan on Monday, the military's media wing said. The "
            "Pakistani Taliban (TTP) claimed responsibility for the blast."
        ),
        _IED,
        "GRP.TTP",
    ),
    (
        (
            "Les positions de l'armée soudanaise à Omdurman ont été pilonnées mercredi par "
            "l'artillerie des Forces de soutien rapide, faisant au moins cinq morts, a indiqué une "
            "source militaire. Les combats se poursuivaient jeudi."
        ),
        _SHELL,
        "GRP.RSF",
    ),
    (
        (
            "A Myanmar military jet bombed a village in Sagaing region on Saturday, killing at "
            "least eleven civilians, including four children, local residents said. The junta did "
            "not respond to requests for comment."
        ),
        _AIR,
        "MMR.MIL",
    ),
    (
        (
            "Un camp de déplacés à Zamzam, près d'El-Fasher, a été la cible de tirs d'artillerie "
            "dimanche, faisant douze morts, selon Médecins sans frontières. Les Forces de soutien "
            "rapide ont été accusées par des témoins d'avoir mené le bombardement."
        ),
        _SHELL,
        "GRP.RSF",
    ),
    (
        (
            "Syrian government forces came under drone attack by Hayat Tahrir al-Sham fighters "
            "near "
            "Saraqeb on Tuesday, with three soldiers killed, state media said. The army said it "
            "had "
            "shot down several other drones."
        ),
        _AIR,
        "GRP.HTS",
    ),
    (
        (
            "Un responsable du Hamas a été tué mardi soir dans une frappe de drone israélienne "
            "contre un appartement de la banlieue sud de Beyrouth, ont rapporté des médias "
            "libanais. L'armée israélienne n'a pas confirmé dans l'immédiat."
        ),
        _AIR,
        "ISR.MIL",
    ),
    (
        (
            "A Houthi missile hit a commercial vessel in the Gulf of Aden on Wednesday, setting it "
            "ablaze, the UK Maritime Trade Operations agency said. The Houthis said they had "
            "targeted the ship because of its links to Israel."
        ),
        _SHELL,
        "GRP.HOUTHI",
    ),
    (
        (
            "Au moins huit civils ont été tués jeudi dans un bombardement russe sur le centre de "
            "Kharkiv, a annoncé le gouverneur régional Oleg Synegoubov. Une école et plusieurs "
            "immeubles d'habitation ont été endommagés."
        ),
        _SHELL,
        "RUS.MIL",
    ),
    (
        (
            "Four Indian soldiers were killed when militants ambushed an army vehicle in Rajouri "
            "district of Jammu and Kashmir on Thursday, police said. The Resistance Front claimed "
            "the attack in a statement."
        ),
        _CLASH,
        "GRP.TRF",
    ),
    (
        (
            "Le camp militaire de Boulkessi a été visé lundi par une attaque de drones kamikazes, "
            "sans faire de victimes, a indiqué l'armée malienne dans un communiqué. Aucun groupe "
            "n'a revendiqué l'attaque dans l'immédiat."
        ),
        _AIR,
        None,
    ),
    (
        (
            "An Afghan Taliban border post came under Pakistani artillery fire late on Saturday, "
            "killing two Taliban guards, the Afghan defence ministry said. Islamabad did not "
            "comment on the incident."
        ),
        _SHELL,
        "PAK.MIL",
    ),
    (
        (
            "Des soldats camerounais ont été tués dimanche dans l'explosion d'un engin explosif au "
            "passage de leur véhicule près de Kolofata, dans l'Extrême-Nord, selon une source "
            "militaire. Boko Haram a revendiqué l'attaque."
        ),
        _IED,
        "GRP.BOKO_HARAM",
    ),
    (
        (
            "The Ukrainian army said its positions near Chasiv Yar were hit overnight by Russian "
            "aerial bombs, wounding several soldiers. Moscow claimed its forces had destroyed a "
            "Ukrainian command post in the area."
        ),
        _AIR,
        "RUS.MIL",
    ),
    (
        (
            "Un haut commandant des Brigades al-Qassam a été tué jeudi dans un raid aérien "
            "israélien sur Khan Younès, a annoncé le Hamas, qui a promis de venger sa mort. "
            "L'armée "
            "israélienne a confirmé avoir visé le responsable."
        ),
        _AIR,
        "ISR.MIL",
    ),
    (
        (
            "A Colombian police helicopter was shot at by FARC dissidents in Cauca on Monday, "
            "wounding two officers, the defence ministry said. The Estado Mayor Central faction "
            "has "
            "stepped up attacks in the region."
        ),
        _CLASH,
        "GRP.FARC_DISS",
    ),
    (
        (
            "Des positions des Forces armées mozambicaines dans le district de Macomia ont été "
            "attaquées vendredi par des insurgés se réclamant de l'État islamique, a indiqué une "
            "source locale. L'EI a revendiqué l'attaque sur ses canaux, affirmant avoir tué quatre "
            "soldats."
        ),
        _CLASH,
        "GRP.IS_MOZ",
    ),
    (
        (
            "Iraqi security forces were targeted by a car bomb at a checkpoint in Tarmiyah, north "
            "of Baghdad, on Sunday, killing three policemen, the interior ministry said. The "
            "Islamic State group claimed responsibility through its Amaq news agency."
        ),
        _IED,
        "GRP.IS",
    ),
    (
        (
            "Un véhicule de la Monusco a été touché par un obus tiré par les rebelles du M23 près "
            "de Sake, blessant deux Casques bleus, a indiqué la mission onusienne. Le M23 a "
            "démenti "
            "toute implication."
        ),
        _SHELL,
        "GRP.M23",
    ),
    (
        (
            "An Israeli airstrike on a school sheltering displaced families in Gaza City killed at "
            "least fifteen people on Saturday, the Gaza civil defence agency said. The Israeli "
            "military said it had struck a Hamas command centre inside the compound."
        ),
        _AIR,
        "ISR.MIL",
    ),
    (
        (
            "Le poste de police de Tillabéri a essuyé une attaque à la roquette samedi soir, "
            "faisant deux blessés, a indiqué le ministère nigérien de l'Intérieur. L'attaque n'a "
            "pas été revendiquée."
        ),
        _SHELL,
        None,
    ),
    (
        (
            "Somali troops came under mortar fire from al-Shabaab militants at their base in Bulo "
            "Burde on Tuesday, the army said, adding that one soldier was killed. The militants "
            "fired at least six shells into the compound."
        ),
        _SHELL,
        "GRP.SHABAAB",
    ),
    (
        (
            "Deux policiers haïtiens ont été tués mardi lorsque leur véhicule blindé a été visé "
            "par "
            "des tirs du gang 5 Segonn à Port-au-Prince, a indiqué le syndicat de la police. Les "
            "gangs contrôlent l'essentiel de la capitale."
        ),
        _CLASH,
        "GRP.5_SEGONN",
    ),
    (
        (
            "A Sudanese army drone struck a market in Nyala, South Darfur, on Thursday, killing at "
            "least twenty civilians, local activists said. The army denied targeting civilians and "
            "said it had hit RSF positions."
        ),
        _AIR,
        "SDN.MIL",
    ),
    (
        (
            "La base de Kidal a été visée dimanche par des tirs d'obus, a indiqué l'armée "
            "malienne, "
            "précisant qu'aucune victime n'était à déplorer. Les rebelles du Front de libération "
            "de "
            "l'Azawad ont revendiqué les tirs."
        ),
        _SHELL,
        "GRP.FLA",
    ),
    (
        (
            "An Ethiopian drone strike hit a bus carrying civilians in the Amhara region on "
            "Sunday, "
            "killing at least thirty people, witnesses said. The government did not comment; Fano "
            "militias control much of the area."
        ),
        _AIR,
        "ETH.MIL",
    ),
    (
        (
            "Le gouverneur de la région de Belgorod a accusé lundi l'armée ukrainienne d'avoir "
            "frappé un immeuble résidentiel avec des drones, tuant deux personnes. L'Ukraine ne "
            "commente généralement pas de telles accusations."
        ),
        _AIR,
        "UKR.MIL",
    ),
    (
        (
            "The home of a local commander of the Kachin Independence Army was hit by an airstrike "
            "in Hpakant on Wednesday, killing his wife and two children, a KIA spokesman said. "
            "Myanmar's military regularly bombs areas held by ethnic armed groups."
        ),
        _AIR,
        "MMR.MIL",
    ),
    (
        (
            "Un soldat israélien a été tué et trois autres blessés mercredi par un missile "
            "antichar "
            "tiré depuis le Liban, a annoncé l'armée israélienne. Le Hezbollah a revendiqué le tir "
            "contre une position militaire à Metula."
        ),
        _SHELL,
        "GRP.HEZBOLLAH",
    ),
    (
        (
            "Nigerian troops repelled a Boko Haram attack on their base in Marte on Friday, "
            "killing "
            "dozens of insurgents, the army said. Five soldiers died in the fighting."
        ),
        _CLASH,
        "GRP.BOKO_HARAM",
    ),
    (
        (
            "Five Somali soldiers were killed in an attack by al-Shabaab on a military base in "
            "Lower Shabelle on Sunday, the army said. The militants briefly overran part of the "
            "base before withdrawing."
        ),
        _CLASH,
        "GRP.SHABAAB",
    ),
    (
        (
            "Deux gendarmes ont été blessés lors d'une embuscade des jihadistes du JNIM sur l'axe "
            "Fada-Pama, dans l'est du Burkina Faso, a indiqué une source sécuritaire. Les "
            "assaillants ont pris la fuite."
        ),
        _CLASH,
        "GRP.JNIM",
    ),
    (
        (
            "Les positions de l'armée malienne à Léré ont été bombardées lundi par les drones du "
            "Front de libération de l'Azawad, a affirmé le mouvement rebelle dans un communiqué."
        ),
        _AIR,
        "GRP.FLA",
    ),
    (
        (
            "La résidence du gouverneur de Kharkiv a été endommagée par un missile balistique "
            "russe "
            "dans la nuit de mardi à mercredi, a indiqué le gouverneur, qui n'a pas fait état de "
            "victimes. Les attaques contre la ville se sont multipliées ces dernières semaines."
        ),
        _SHELL,
        "RUS.MIL",
    ),
    (
        (
            "Philippine soldiers were hit by a landmine planted by New People's Army rebels in "
            "Northern Samar on Monday, killing one and wounding three, the military said."
        ),
        _IED,
        "GRP.NPA",
    ),
    (
        (
            "Dans un communiqué, le ministère syrien de la Défense a annoncé que deux soldats "
            "avaient été tués dans une frappe israélienne sur une position militaire près de "
            "Damas. "
            "Israël ne commente que rarement ses opérations en Syrie."
        ),
        _AIR,
        "ISR.MIL",
    ),
    (
        (
            "A Russian Shahed drone slammed into an energy facility in Odesa region overnight, "
            "causing a fire, the Ukrainian energy ministry said on Saturday. No casualties were "
            "reported."
        ),
        _AIR,
        "RUS.MIL",
    ),
    (
        (
            "Les soldats de la MINUSMA ont été pris pour cible par des tirs de roquettes à "
            "Tessalit "
            "lundi, sans faire de victimes, a indiqué la mission. L'attaque a été revendiquée par "
            "le JNIM."
        ),
        _SHELL,
        "GRP.JNIM",
    ),
    (
        (
            "The Yemeni government said on Tuesday that Houthi drones had attacked its forces in "
            "Taiz, killing four soldiers. The Houthis did not comment on the report."
        ),
        _AIR,
        "GRP.HOUTHI",
    ),
    (
        (
            "Des militaires tchadiens ont été tués lors d'une attaque de Boko Haram contre leur "
            "base sur une île du lac Tchad, a annoncé la présidence, qui fait état d'une "
            "quarantaine de morts. Le président a promis de riposter."
        ),
        _CLASH,
        "GRP.BOKO_HARAM",
    ),
    (
        (
            "A Mexican army patrol was ambushed by gunmen of the Jalisco New Generation Cartel in "
            "Michoacan on Wednesday, leaving four soldiers dead, the defence ministry said."
        ),
        _CLASH,
        "GRP.CJNG",
    ),
    (
        (
            "Un drone ukrainien a frappé mardi un dépôt pétrolier dans la région de Briansk, "
            "provoquant un incendie, a indiqué le gouverneur régional. Le ministère russe de la "
            "Défense a affirmé avoir abattu plusieurs drones."
        ),
        _AIR,
        "UKR.MIL",
    ),
    (
        (
            "A police station in Balochistan's Turbat was attacked with grenades on Sunday night, "
            "wounding three officers, officials said. The Balochistan Liberation Front claimed the "
            "attack."
        ),
        _GRENADE,
        "GRP.BLF",
    ),
]

_MISSED = {
    _ROWS[1][0]: "'glide-bomb attack' is typed as an IED, not an air strike",
    _ROWS[9][
        0
    ]: "a strike the victim's ministry 'a dénoncé' makes only the accusation, no strike event",
    _ROWS[18][0]: "'un bombardement russe' on a city is typed as an air strike, not shelling",
    _ROWS[42][0]: "the parser hangs 'du Front' on the verb, apart from the agent 'les drones'",
    _ROWS[46][0]: "'slammed into' is read as criticism (ACCUSE), not a drone's impact",
}


def _matches(doer: str | None, expected: str | None) -> bool:
    """An id or one of its children: "ISR.MIL.IAF" is "ISR.MIL"'s."""
    if expected is None or doer is None:
        return doer == expected
    return doer == expected or doer.startswith(expected + ".")


@pytest.mark.parametrize(("text", "subtype", "doer"), probe_params(_ROWS, _MISSED))
def test_victim_side_doer(text: str, subtype: str, doer: str | None) -> None:
    """The attack is a realised event of its sub-type whose doer is the attacker."""
    assert any(
        e.acled_subtype == subtype
        and e.status == "realised"
        and _matches(e.actor1.canonical_id if e.actor1 else None, doer)
        for e in events_of(text)
    ), (subtype, doer, coded(text), [e.actor1 for e in events_of(text)])


_NEGATIVE: list[str] = [
    (
        "The Russian defence ministry said on Monday that its air defences had shot down thirty "
        "Ukrainian drones over the Belgorod region, with no damage reported."
    ),
    (
        "Le ministère de la Défense a démenti toute frappe sur des civils à Djibo, qualifiant ces "
        "informations de propagande terroriste."
    ),
    (
        "Convoys on the road between Gao and Ansongo are regularly targeted by roadside bombs, aid "
        "workers say, and many drivers refuse to travel without an escort."
    ),
    (
        "Les habitants de Beni craignent de nouvelles attaques des ADF, qui sévissent dans la "
        "région depuis des années."
    ),
]


@pytest.mark.parametrize("text", _NEGATIVE)
def test_victim_side_no_attack(text: str) -> None:
    """Drones shot down, a denial, a habitual danger and a fear make no realised assault."""
    assert not [
        e for e in events_of(text) if e.status == "realised" and e.plover_type == "ASSAULT"
    ], coded(text)
