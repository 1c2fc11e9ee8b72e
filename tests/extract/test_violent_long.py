"""Violent events told in long wire paragraphs (three to five sentences of thirty to sixty
words: datelines, appositions, the toll first and the deed in a "lorsque"/"when" clause,
the army's riposte, a strike and its denial, attributions and claims, numbers in words,
"selon un bilan provisoire"), in French and English, across the Sahel, Lake Chad, Sudan,
Somalia, Congo, Cameroon, Haiti, Mozambique, Ethiopia, Ukraine, Gaza, Lebanon, Syria,
Yemen, Myanmar, Pakistan, Kashmir, Colombia, Mexico and the Philippines. Each paragraph
gives its events' sub-type, PLOVER type, status, doer and toll. A suspicion ("la zone est
le théâtre d'opérations de Boko Haram", "both groups are active in the area") gives no
doer, as the dev sets' gold leaves it out; an attribution or claim does. Attacks of an
earlier year recalled stay events for now: reading them as background cost the held-out
French type more than it saved."""

from __future__ import annotations

from functools import partial

import pytest

from coding import coded, events_of, probe_params, row_opening

_CLASH = "Armed clash"
_AIR = "Air/drone strike"
_SHELL = "Shelling/artillery/missile attack"
_IED = "Remote explosive/landmine/IED"
_ATTACK = "Attack"
_TAKEN = "Non-state actor overtakes territory"
_RETAKEN = "Government regains territory"
_SUICIDE = "Suicide bomb"
_ABDUCTION = "Abduction/forced disappearance"

# (sub-type, PLOVER type, status, actor1 or None, fatalities or None: not asserted).
_Expected = tuple[str, str, str, str | None, int | None]

_ROWS: list[tuple[str, list[_Expected]]] = [
    (
        "BAMAKO, 12 mars (Reuters) - Des hommes armés soupçonnés d'appartenir au Groupe "
        "de soutien à l'islam et aux musulmans (JNIM) ont attaqué mardi à l'aube un poste"
        " militaire à Diafarabé, dans la région de Mopti, a indiqué l'armée malienne, qui"
        " affirme avoir neutralisé une dizaine d'assaillants lors de la riposte. Selon un"
        " bilan provisoire communiqué par une source sécuritaire, quatre soldats ont été "
        "tués et sept autres blessés dans les combats qui ont duré plusieurs heures.",
        [
            (_CLASH, "ASSAULT", "realised", "GRP.JNIM", 14),
        ],
    ),
    (
        "Au moins quarante civils ont été tués dimanche soir dans le village de Yelwata, "
        "dans l'État de Benue, lorsque des hommes armés ont ouvert le feu sur des "
        "habitants réunis sur la place du marché, a déclaré lundi un responsable local "
        "joint par téléphone. Les assaillants, arrivés à moto en grand nombre, ont "
        "également incendié plusieurs maisons avant de prendre la fuite vers la brousse "
        "voisine.",
        [
            (_ATTACK, "ASSAULT", "realised", None, 40),
        ],
    ),
    (
        "Trois soldats tchadiens ont été tués et cinq autres blessés jeudi dans "
        "l'explosion d'un engin explosif improvisé au passage de leur convoi près de "
        "Ngouboua, sur les rives du lac Tchad, a annoncé l'état-major des armées dans un "
        "communiqué publié dans la soirée. Aucun groupe n'a revendiqué l'attaque, mais la"
        " zone est le théâtre d'opérations régulières des combattants de Boko Haram.",
        [
            (_IED, "ASSAULT", "realised", None, 3),
        ],
    ),
    (
        "Une frappe de drone de l'armée burkinabè a visé samedi un marché hebdomadaire à "
        "Djibo, dans le nord du pays, faisant au moins vingt-huit morts parmi les civils,"
        " selon des habitants et des sources humanitaires qui ont requis l'anonymat. Les "
        "autorités de Ouagadougou ont démenti toute frappe sur des civils, affirmant que "
        "l'opération visait un regroupement de terroristes.",
        [
            (_AIR, "ASSAULT", "realised", "BFA.MIL", 28),
        ],
    ),
    (
        "GOMA, 3 février (AFP) - Les rebelles du M23, soutenus par le Rwanda selon l'ONU,"
        " ont pris le contrôle lundi de la cité minière de Rubaya, après deux jours de "
        "violents affrontements avec les Forces armées de la République démocratique du "
        "Congo (FARDC) et leurs alliés wazalendo, ont rapporté des sources locales. "
        "L'armée n'a pas commenté ces informations dans l'immédiat.",
        [
            (_TAKEN, "ASSAULT", "realised", "GRP.M23", None),
        ],
    ),
    (
        "Des obus tirés depuis les positions des Forces de soutien rapide (FSR) se sont "
        "abattus mercredi sur un camp de déplacés à El-Fasher, capitale du Darfour-Nord, "
        "tuant au moins quinze personnes, dont six enfants, a indiqué le réseau des "
        "médecins soudanais dans un communiqué. Les paramilitaires assiègent la ville "
        "depuis plus d'un an et n'ont pas réagi à ces accusations.",
        [
            (_SHELL, "ASSAULT", "realised", "GRP.RSF", 15),
        ],
    ),
    (
        "Des combattants shebab ont lancé vendredi matin une attaque contre une base de "
        "l'armée somalienne dans le district de Mahas, dans la région d'Hiiraan, "
        "provoquant des combats qui ont duré près de trois heures, selon un officier "
        "joint sur place. Au moins huit soldats et une douzaine d'insurgés ont péri dans "
        "les affrontements, a-t-il précisé, ajoutant que les renforts avaient repoussé "
        "les assaillants.",
        [
            (_CLASH, "ASSAULT", "realised", "GRP.SHABAAB", 20),
        ],
    ),
    (
        "Un kamikaze s'est fait exploser jeudi à l'entrée d'un camp de l'armée nigériane "
        "à Konduga, dans l'État de Borno, tuant deux soldats et blessant neuf personnes, "
        "selon un porte-parole de la milice d'autodéfense locale. L'attentat, qui porte "
        "la marque de l'État islamique en Afrique de l'Ouest (Iswap), n'a pas été "
        "revendiqué dans l'immédiat.",
        [
            (_SUICIDE, "ASSAULT", "realised", None, 2),
        ],
    ),
    (
        "Des militaires camerounais ont exécuté sommairement cinq civils, dont une femme "
        "âgée, lors d'une opération de ratissage menée lundi dans le village de Mautu, "
        "dans la région du Sud-Ouest anglophone, selon un rapport publié par une "
        "organisation de défense des droits humains. L'armée a rejeté ces accusations, "
        "affirmant que les personnes tuées étaient des combattants séparatistes.",
        [
            (_ATTACK, "ASSAULT", "realised", "CMR.MIL", 5),
        ],
    ),
    (
        "Les frappes aériennes israéliennes menées dans la nuit de mardi à mercredi sur "
        "plusieurs localités du Liban-Sud, dont Bint Jbeil, Aïta al-Chaab et Khiam, ont "
        "fait au moins douze morts, selon le ministère libanais de la Santé. L'armée "
        "israélienne a affirmé avoir visé des infrastructures du Hezbollah, qui a "
        "répliqué en tirant une salve de roquettes sur le nord d'Israël.",
        [
            (_AIR, "ASSAULT", "realised", "ISR.MIL", 12),
            (_SHELL, "ASSAULT", "realised", "GRP.HEZBOLLAH", None),
        ],
    ),
    (
        "KIEV, 8 juillet - Au moins trente-trois personnes ont été tuées et plus de cent "
        "blessées lundi lorsqu'une série de missiles russes a frappé plusieurs quartiers "
        "de Kiev, dont un hôpital pédiatrique, a annoncé le maire de la capitale "
        "ukrainienne. Moscou a nié avoir visé des cibles civiles, affirmant que les "
        "dégâts avaient été causés par un missile de la défense antiaérienne ukrainienne.",
        [
            (_SHELL, "ASSAULT", "realised", "RUS.MIL", 33),
        ],
    ),
    (
        "L'armée nigérienne a annoncé dimanche avoir repris le contrôle de la localité de"
        " Tassia, dans la région de Tillabéri, après des combats contre des éléments de "
        "l'État islamique au Sahel qui y avaient établi une base, tuant une vingtaine de "
        "terroristes selon son communiqué. Deux soldats ont été blessés lors de "
        "l'opération, précise le texte.",
        [
            (_RETAKEN, "ASSAULT", "realised", "NER.MIL", 20),
        ],
    ),
    (
        "Cinq policiers ont été tués mardi soir dans une embuscade tendue par des hommes "
        "armés non identifiés sur la route reliant Bunia à Komanda, en Ituri, a indiqué "
        "l'administrateur du territoire, qui attribue l'attaque aux rebelles des Forces "
        "démocratiques alliées (ADF). Les assaillants ont emporté les armes des policiers"
        " avant de disparaître dans la forêt.",
        [
            (_CLASH, "ASSAULT", "realised", "GRP.ADF", 5),
        ],
    ),
    (
        "Des hommes armés ont enlevé samedi une trentaine d'élèves et deux enseignants "
        "dans un internat de Kuriga, dans l'État de Kaduna, a déclaré un responsable de "
        "l'école, ajoutant qu'un gardien avait été tué alors qu'il tentait de s'opposer "
        "aux ravisseurs. La police a déployé des unités dans la forêt voisine pour "
        "retrouver les enfants.",
        [
            (_ABDUCTION, "COERCE", "realised", None, 1),
        ],
    ),
    (
        "Selon un bilan provisoire, au moins dix-sept personnes ont péri lundi dans "
        "l'attaque d'un bus de voyageurs par des djihadistes présumés sur l'axe Gao-"
        "Ansongo, dans le nord du Mali, a indiqué une source administrative, précisant "
        "que le véhicule avait d'abord sauté sur une mine avant que les assaillants "
        "n'ouvrent le feu sur les survivants.",
        [
            (_ATTACK, "ASSAULT", "realised", None, 17),
        ],
    ),
    (
        "Le Hamas a revendiqué mercredi le tir d'une dizaine de roquettes depuis la bande"
        " de Gaza en direction d'Ashkelon et de Sdérot, qui n'ont fait aucune victime "
        "selon les secours israéliens. Quelques heures plus tard, l'aviation israélienne "
        "a bombardé plusieurs positions du mouvement islamiste à Khan Younès, tuant trois"
        " personnes, d'après le ministère de la Santé de Gaza.",
        [
            (_SHELL, "ASSAULT", "realised", "GRP.HAMAS", 0),
            (_AIR, "ASSAULT", "realised", "ISR.MIL", 3),
        ],
    ),
    (
        "Les forces armées birmanes ont largué des bombes vendredi sur le village de "
        "Pazigyi, dans la région de Sagaing, où des habitants s'étaient rassemblés pour "
        "l'inauguration d'un bureau de l'administration locale mise en place par "
        "l'opposition, tuant plus de cent personnes, selon des témoins et des médias "
        "indépendants. La junte a reconnu avoir mené une frappe, affirmant avoir visé des"
        " combattants.",
        [
            (_AIR, "ASSAULT", "realised", "MMR.MIL", 100),
        ],
    ),
    (
        "Des membres présumés de la milice Codeco ont attaqué dans la nuit de vendredi à "
        "samedi un site de déplacés à Plaine Savo, dans le territoire de Djugu, tuant à "
        "la machette au moins douze civils, dont des femmes et des enfants, selon des "
        "sources humanitaires qui ont dénoncé un massacre. Les Casques bleus de la "
        "Monusco sont intervenus pour repousser les assaillants.",
        [
            (_ATTACK, "ASSAULT", "realised", "GRP.CODECO", 12),
        ],
    ),
    (
        "Un drone armé turc a frappé jeudi un véhicule près de Qamichli, dans le nord-est"
        " de la Syrie, tuant deux combattants des Forces démocratiques syriennes (FDS), a"
        " rapporté l'Observatoire syrien des droits de l'homme, basé au Royaume-Uni. "
        "Ankara, qui considère les FDS comme une organisation terroriste, n'a pas fait de"
        " commentaire.",
        [
            (_AIR, "ASSAULT", "realised", "TUR.MIL", 2),
        ],
    ),
    (
        "Des miliciens Fano ont affronté mardi les forces de défense nationale "
        "éthiopiennes aux abords de la ville de Debre Markos, dans la région Amhara, au "
        "cours de combats qui ont fait plusieurs dizaines de morts des deux côtés, selon "
        "des habitants joints par téléphone. Le gouvernement fédéral, qui a décrété "
        "l'état d'urgence dans la région, n'a pas communiqué de bilan.",
        [
            (_CLASH, "ASSAULT", "realised", "GRP.FANO", 10),
        ],
    ),
    (
        "Les gendarmes ont été pris pour cible lundi par des individus armés qui ont "
        "ouvert le feu sur leur poste à Kantchari, dans l'est du Burkina Faso, avant "
        "d'être repoussés après d'intenses échanges de tirs, a indiqué une source "
        "sécuritaire, faisant état de deux gendarmes tués et de plusieurs assaillants "
        "neutralisés.",
        [
            (_CLASH, "ASSAULT", "realised", None, 5),
        ],
    ),
    (
        "Une voiture piégée a explosé dimanche devant un hôtel fréquenté par des "
        "responsables gouvernementaux à Mogadiscio, avant que des assaillants n'y "
        "pénètrent et n'échangent des tirs avec les forces de sécurité pendant plusieurs "
        "heures, faisant au moins neuf morts, a indiqué la police. Les shebab, affiliés à"
        " Al-Qaïda, ont revendiqué l'attaque sur une radio qui leur est proche.",
        [
            (_IED, "ASSAULT", "realised", "GRP.SHABAAB", 9),
        ],
    ),
    (
        "Des membres d'un gang armé ont tué au moins quinze personnes et incendié des "
        "dizaines de maisons jeudi à Pont-Sondé, dans le département de l'Artibonite, a "
        "indiqué la police nationale d'Haïti, qui attribue le massacre au gang Gran Grif."
        " Des centaines d'habitants ont fui la commune pour se réfugier à Saint-Marc.",
        [
            (_ATTACK, "ASSAULT", "realised", "GRP.GRAN_GRIF", 15),
        ],
    ),
    (
        "Des insurgés affiliés à l'État islamique ont attaqué mercredi la ville de "
        "Mocímboa da Praia, dans la province de Cabo Delgado, où ils ont affronté les "
        "forces mozambicaines et rwandaises pendant plusieurs heures, selon une source "
        "militaire. Six soldats et au moins quatre civils ont été tués, a précisé cette "
        "source.",
        [
            (_CLASH, "ASSAULT", "realised", "GRP.IS_MOZ", 10),
        ],
    ),
    (
        "Le 14 juin, l'armée colombienne a bombardé un campement de dissidents des FARC "
        "dans le département du Guaviare, tuant sept rebelles, a annoncé le ministre de "
        "la Défense, qui a précisé que l'opération visait un commandant de la faction "
        "dirigée par Iván Mordisco. L'état-major a indiqué qu'aucun civil ne se trouvait "
        "sur place.",
        [
            (_AIR, "ASSAULT", "realised", "COL.MIL", 7),
        ],
    ),
    (
        "Deux engins explosifs ont explosé samedi au passage d'une patrouille de l'armée "
        "pakistanaise dans le district du Waziristan du Nord, tuant quatre soldats, selon"
        " un communiqué de l'ISPR. Le Tehrik-e-Taliban Pakistan (TTP) a revendiqué "
        "l'attaque dans un message diffusé sur les réseaux sociaux.",
        [
            (_IED, "ASSAULT", "realised", "GRP.TTP", 4),
        ],
    ),
    (
        "Des colons israéliens ont attaqué mardi soir le village palestinien de Huwara, "
        "en Cisjordanie occupée, incendiant des voitures et des maisons, et un "
        "Palestinien de 37 ans a été tué par balle, a indiqué le ministère palestinien de"
        " la Santé, tandis que l'armée israélienne affirmait enquêter sur les faits.",
        [
            (_ATTACK, "ASSAULT", "realised", None, 1),
        ],
    ),
    (
        "MAIDUGURI, Nigeria, March 4 (Reuters) - Islamist insurgents killed at least 20 "
        "farmers in an attack on rice fields near the village of Koshebe in Borno state "
        "on Saturday, a local militia leader said, adding that the victims had been tied "
        "up before their throats were slit. No group claimed responsibility, but both "
        "Boko Haram and its rival ISWAP are active in the area.",
        [
            (_ATTACK, "ASSAULT", "realised", None, 20),
        ],
    ),
    (
        "At least 11 people, including four children, were killed when a Russian drone "
        "struck a residential building in the southern city of Odesa late on Friday, "
        "Ukraine's emergency services said on Saturday, adding that rescue workers were "
        "still searching the rubble. Russia's defence ministry said its forces had hit a "
        "warehouse storing Western-supplied weapons.",
        [
            (_AIR, "ASSAULT", "realised", "RUS.MIL", 11),
        ],
    ),
    (
        "Sudan's army said on Tuesday it had repelled a large attack by the paramilitary "
        "Rapid Support Forces on the city of El Obeid, killing dozens of fighters and "
        "destroying several combat vehicles, in what residents described as the heaviest "
        "fighting in the area for months. The RSF did not immediately comment.",
        [
            (_CLASH, "ASSAULT", "realised", "GRP.RSF", 12),
        ],
    ),
    (
        "A suicide bomber detonated his explosives vest among worshippers at a mosque in "
        "Peshawar during Friday prayers, killing at least 56 people and wounding nearly "
        "200, police and hospital officials said. Islamic State Khorasan Province claimed"
        " the attack in a statement on its Amaq news agency late on Friday.",
        [
            (_SUICIDE, "ASSAULT", "realised", "GRP.ISKP", 56),
        ],
    ),
    (
        "Houthi forces fired two ballistic missiles at a commercial vessel in the Red Sea"
        " off the Yemeni port of Mokha on Wednesday, the U.S. military's Central Command "
        "said, adding that one of the missiles struck the ship and caused a fire but that"
        " no casualties were reported. Hours later, U.S. and British warplanes struck "
        "Houthi radar sites near Hodeidah.",
        [
            (_SHELL, "ASSAULT", "realised", "GRP.HOUTHI", 0),
            (_AIR, "ASSAULT", "realised", "USA.MIL", None),
        ],
    ),
    (
        "Al-Shabaab fighters overran a military base in the town of Mahaday, in Somalia's"
        " Middle Shabelle region, on Thursday after a dawn assault that began with a car "
        "bomb at the gate, a government commander said, acknowledging that troops had "
        "withdrawn from the town. The militants later claimed to have killed more than 30"
        " soldiers.",
        [
            (_TAKEN, "ASSAULT", "realised", "GRP.SHABAAB", None),
        ],
    ),
    (
        "Gunmen riding motorcycles stormed the village of Kaura Namoda in Zamfara state "
        "on Sunday evening, shooting residents and setting fire to granaries, killing "
        "eighteen people, according to a local government chairman, who blamed the attack"
        " on bandits operating from nearby forests. Police said they had deployed a "
        "tactical team to the area.",
        [
            (_ATTACK, "ASSAULT", "realised", None, 18),
        ],
    ),
    (
        "Israeli air strikes on a school sheltering displaced families in Gaza City "
        "killed at least 22 people early on Thursday, the Gaza civil defence agency said,"
        " as the military said it had targeted a Hamas command centre embedded in the "
        "compound and had taken steps to reduce harm to civilians.",
        [
            (_AIR, "ASSAULT", "realised", "ISR.MIL", 22),
        ],
    ),
    (
        "Myanmar's military regained control of the town of Lashio in northern Shan state"
        " on Tuesday, months after the Myanmar National Democratic Alliance Army seized "
        "it, state media reported, saying troops had killed several resistance fighters "
        "in clashes on the outskirts. The MNDAA did not respond to requests for comment.",
        [
            (_RETAKEN, "ASSAULT", "realised", "MMR.MIL", None),
            (_CLASH, "ASSAULT", "realised", "MMR.MIL", 3),
        ],
    ),
    (
        "Fighting erupted on Monday between Ethiopian federal troops and Fano militiamen "
        "in the town of Lalibela, a UNESCO world heritage site in the Amhara region, "
        "residents said, with one resident saying he had counted at least nine bodies in "
        "the streets, most of them civilians caught in the crossfire.",
        [
            (_CLASH, "ASSAULT", "realised", "ETH.MIL", 9),
        ],
    ),
    (
        "A roadside bomb hit a vehicle carrying members of a pro-government militia in "
        "the Mali region of Mopti on Wednesday, killing six of them, a local official "
        "said on Thursday. It was the third such explosion on the road since January, and"
        " officials blamed al Qaeda-linked militants who operate in the area.",
        [
            (_IED, "ASSAULT", "realised", "GRP.JNIM", 6),
        ],
    ),
    (
        "Mexican soldiers clashed with suspected members of the Sinaloa cartel outside "
        "the city of Culiacán on Saturday, leaving 19 gunmen dead and one soldier "
        "wounded, the defence ministry said in a statement, adding that troops had seized"
        " rifles, ammunition and armoured vehicles at the scene.",
        [
            (_CLASH, "ASSAULT", "realised", "MEX.MIL", 19),
        ],
    ),
    (
        "Unidentified gunmen opened fire on a bus carrying Hindu pilgrims in the Reasi "
        "district of Jammu and Kashmir on Sunday, causing it to plunge into a gorge, "
        "killing nine people and injuring 33, police said. Officials said the attack bore"
        " the hallmarks of militants belonging to The Resistance Front.",
        [
            (_ATTACK, "ASSAULT", "realised", None, 9),
        ],
    ),
    (
        "Pakistani military aircraft bombed suspected hideouts of the Pakistani Taliban "
        "in Afghanistan's Paktika province overnight, killing at least 15 people, Taliban"
        " officials said on Wednesday, while Islamabad did not confirm the strikes. The "
        "Taliban's defence ministry vowed to retaliate for what it called a violation of "
        "Afghan sovereignty.",
        [
            (_AIR, "ASSAULT", "realised", "PAK.MIL", 15),
        ],
    ),
    (
        "Colombian troops came under attack on Tuesday from ELN guerrillas who fired "
        "explosives from drones at a military base in the municipality of Tame, Arauca "
        "department, killing two soldiers, the army said, describing it as the latest in "
        "a wave of drone attacks by the rebel group in the region.",
        [
            (_AIR, "ASSAULT", "realised", "GRP.ELN", 2),
        ],
    ),
    (
        "Philippine troops killed five suspected communist New People's Army rebels in a "
        "firefight that lasted nearly an hour in the mountains of Negros Occidental on "
        "Thursday, the army said, adding that no soldiers were hurt and that the rebels "
        "had been extorting money from local farmers.",
        [
            (_CLASH, "ASSAULT", "realised", "PHL.MIL", 5),
        ],
    ),
    (
        "Iraqi security forces said on Monday that two Islamic State militants blew "
        "themselves up after being surrounded in a house in Kirkuk province, killing an "
        "Iraqi officer and wounding three soldiers, during a raid on a hideout that had "
        "been used to plan attacks on civilians.",
        [
            (_SUICIDE, "ASSAULT", "realised", "GRP.IS", 1),
        ],
    ),
]


_row = partial(row_opening, _ROWS)


_MISSED = {
    _row(
        "Un kamikaze s'est fait exploser jeudi à l'entrée d'un camp d"
    ): "a hallmark ('porte la marque de l'Iswap') gives the doer, where a suspicion gives none",
    _row(
        "Les gendarmes ont été pris pour cible lundi par des individu"
    ): "the gendarmes 'pris pour cible par des individus armés' are read as the clash's doer",
    _row(
        "Une voiture piégée a explosé dimanche devant un hôtel fréque"
    ): "the car bomb and the gunfight make two events, the toll going to the gunfight",
    _row(
        "Des colons israéliens ont attaqué mardi soir le village pale"
    ): "settlers' raid on a village read as mob violence with no toll; the settlers are no actor",
    _row(
        "Unidentified gunmen opened fire on a bus carrying Hindu pilg"
    ): "a hallmark ('bore the hallmarks of') gives the doer, where a suspicion gives none",
}


def _matches(doer: str | None, expected: str | None) -> bool:
    """An id or one of its children: "ISR.MIL.IAF" is "ISR.MIL"'s."""
    if expected is None or doer is None:
        return doer == expected
    return doer == expected or doer.startswith(expected + ".")


@pytest.mark.parametrize(("text", "expected"), probe_params(_ROWS, _MISSED))
def test_violent_long(text: str, expected: list[_Expected]) -> None:
    """Each expected event is among the paragraph's events, with its doer and toll."""
    events = events_of(text)
    for subtype, plover, status, doer, toll in expected:
        found = [
            e
            for e in events
            if (e.acled_subtype, e.plover_type, e.status) == (subtype, plover, status)
        ]
        assert any(
            _matches(e.actor1.canonical_id if e.actor1 else None, doer)
            and (toll is None or e.quantities["fatalities"] == toll)
            for e in found
        ), (subtype, doer, toll, coded(text))


_BACKGROUND: list[str] = [
    (
        "Le 20 novembre 2023, la région avait déjà été frappée par une attaque du JNIM "
        "qui avait fait plus de cinquante morts parmi les soldats, rappellent les "
        "habitants, qui commémoraient lundi le premier anniversaire du drame par une "
        "cérémonie de recueillement au monument aux morts de la ville."
    ),
    (
        "Residents of Bucha gathered on Sunday to mark the third anniversary of the "
        "massacre in which Russian troops killed hundreds of civilians during the "
        "occupation of the town in March 2022, laying flowers at a memorial near the "
        "church."
    ),
    (
        "L'attaque de 2019 contre le camp militaire d'Indelimane, qui avait coûté la vie "
        "à quarante-neuf soldats, reste dans toutes les mémoires, a déclaré lundi le "
        "ministre de la Défense lors d'une réunion consacrée au renforcement de la "
        "sécurité dans la région de Ménaka."
    ),
    (
        "The region has been plagued for years by bombings and shootings carried out by "
        "armed groups, and analysts say the violence has displaced more than two million "
        "people since 2015, according to a report released on Tuesday by the Norwegian "
        "Refugee Council."
    ),
]

_BACKGROUND_MISSED = {
    _BACKGROUND[3]: "'plagued for years by bombings' tells a habitual state, read as a strike",
    _BACKGROUND[0]: "an attack of an earlier year recalled is read as the day's news (a rule "
    "reading such years as background cost held-out French type 0.847 -> 0.841)",
    _BACKGROUND[2]: "a pluperfect attack of an earlier year is read as the day's news (see above)",
}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            text,
            marks=(
                pytest.mark.xfail(reason=_BACKGROUND_MISSED[text], strict=True)
                if text in _BACKGROUND_MISSED
                else ()
            ),
            id=f"{i:02d}",
        )
        for i, text in enumerate(_BACKGROUND)
    ],
)
def test_violent_long_background_is_no_event(text: str) -> None:
    """Reminders of attacks of earlier years, anniversaries and habitual violence make no
    realised assault."""
    assert not [
        e for e in events_of(text) if e.status == "realised" and e.plover_type == "ASSAULT"
    ], coded(text)
