"""Two or three violent deeds told in one paragraph or one sentence (an attack and the
army's reply, a strike and a strike in return, two villages attacked by different
groups): each is an event of its own, at the place its own clause names; one attack told
twice (a headline over its body, a toll raised) stays one event. Sentences are our own,
modelled on wire reports and analyst notes from several conflicts."""

from __future__ import annotations

import pytest

from coding import coded, events_of, probe_params

# (text, [(doer or None for any doer, "" for none; part of the place's name or None)])
TWO_DEEDS: list[tuple[str, list[tuple[str | None, str | None]]]] = [
    (
        "Jihadists attacked an army post near Djibo on Tuesday, killing five soldiers; the "
        "army responded with air strikes that killed dozens of assailants, the military said.",
        [(None, "Djibo"), ("BFA", "Djibo")],
    ),
    (
        "Des jihadistes ont attaqué mardi un poste de l'armée près de Djibo, tuant cinq "
        "soldats ; l'armée a riposté par des frappes aériennes qui ont tué des dizaines "
        "d'assaillants.",
        [(None, "Djibo"), ("BFA", "Djibo")],
    ),
    (
        "Hezbollah fired a barrage of rockets at northern Israel on Sunday; Israeli jets then "
        "struck targets in southern Lebanon in retaliation, the army said.",
        [("GRP.HEZBOLLAH", "Israel"), ("ISR", "Lebanon")],
    ),
    (
        "Le Hezbollah a tiré dimanche une salve de roquettes sur le nord d'Israël ; "
        "l'aviation israélienne a ensuite frappé des cibles dans le sud du Liban en "
        "représailles.",
        [("GRP.HEZBOLLAH", "Israel"), ("ISR", "Lebanon")],
    ),
    (
        "ADF rebels killed 12 villagers in Mamove on Monday, while CODECO militiamen attacked "
        "the village of Largu in Djugu territory, killing seven people.",
        [("GRP.ADF", None), ("GRP.CODECO", "Djugu")],
    ),
    (
        "Des rebelles des ADF ont tué douze villageois lundi à Mamove, tandis que des "
        "miliciens de la CODECO ont attaqué le village de Largu, dans le territoire de "
        "Djugu, tuant sept personnes.",
        [("GRP.ADF", None), ("GRP.CODECO", "Djugu")],
    ),
    (
        "Al-Shabaab fighters ambushed a Somali army convoy near Afgooye on Wednesday, killing "
        "four soldiers. Later the same day, a roadside bomb struck a police vehicle in "
        "Mogadishu, killing two officers.",
        [("GRP.SHABAAB", "Afgooye"), (None, "Mogadishu")],
    ),
    (
        "Des combattants shebab ont tendu mercredi une embuscade à un convoi de l'armée "
        "somalienne près d'Afgooye, tuant quatre soldats. Plus tard dans la journée, un "
        "engin explosif a frappé un véhicule de police à Mogadiscio, tuant deux policiers.",
        [("GRP.SHABAAB", "Afgooye"), (None, "Mogadishu")],
    ),
    (
        "RSF fighters clashed with the army in El Fasher on Thursday, and the army later "
        "shelled RSF positions east of the city.",
        [("GRP.RSF", "El Fasher"), ("SDN", "El Fasher")],
    ),
    (
        "Des combattants des FSR ont affronté l'armée jeudi à El-Fasher, puis l'armée a "
        "bombardé des positions des FSR à l'est de la ville.",
        [("GRP.RSF", "El Fasher"), ("SDN", "El Fasher")],
    ),
    (
        "Bandits killed 20 villagers in Zamfara on Saturday; the Nigerian Air Force then "
        "bombed their camps in the Dansadau forest, killing scores of bandits.",
        [(None, "Zamfara"), ("NGA", "Zamfara")],
    ),
    (
        "Des bandits ont tué vingt villageois samedi dans l'État de Zamfara ; l'armée de "
        "l'air nigériane a ensuite bombardé leurs camps dans la forêt de Dansadau.",
        [(None, "Zamfara"), ("NGA", "Zamfara")],
    ),
    (
        "Russian missiles struck Kharkiv overnight, killing three people, and Ukrainian "
        "drones hit an oil refinery in Russia's Belgorod region, officials said.",
        [("RUS", "Kharkiv"), ("UKR", "Belgorod")],
    ),
    (
        "Des missiles russes ont frappé Kharkiv dans la nuit, tuant trois personnes, et des "
        "drones ukrainiens ont touché une raffinerie dans la région russe de Belgorod.",
        [("RUS", "Kharkiv"), ("UKR", "Belgorod")],
    ),
    (
        "FARC dissidents attacked a military base in Cauca on Tuesday with explosive drones, "
        "and ELN rebels blew up an oil pipeline in Arauca the same day.",
        [("GRP.FARC_DISS", "Cauca"), ("GRP.ELN", "Arauca")],
    ),
    (
        "Des dissidents des FARC ont attaqué mardi une base militaire dans le Cauca avec des "
        "drones explosifs, et des rebelles de l'ELN ont fait sauter un oléoduc en Arauca le "
        "même jour.",
        [("GRP.FARC_DISS", "Cauca"), ("GRP.ELN", "Arauca")],
    ),
    (
        "Israeli air strikes killed 25 people across Gaza on Tuesday, and Hamas fighters "
        "fired an anti-tank missile at Israeli troops in Rafah.",
        [("ISR", "Gaza"), ("GRP.HAMAS", "Rafa")],
    ),
    (
        "Des frappes israéliennes ont tué 25 personnes mardi dans la bande de Gaza, et des "
        "combattants du Hamas ont tiré un missile antichar sur des soldats israéliens à "
        "Rafah.",
        [("ISR", "Gaza"), ("GRP.HAMAS", None)],
    ),
    (
        "Turkish drones struck SDF positions near Kobani on Saturday, and the SDF shelled "
        "Turkish-backed factions near Manbij in response.",
        [("TUR", "Arab"), ("GRP.SDF", "Manbij")],
    ),
    (
        "Des drones turcs ont frappé samedi des positions des FDS près de Kobané, et les FDS "
        "ont bombardé en riposte des factions pro-turques près de Manbij.",
        [("TUR", "Arab"), ("GRP.SDF", "Manbij")],
    ),
    (
        "Les Houthis ont tiré jeudi un missile balistique sur Tel-Aviv, et l'aviation "
        "israélienne a frappé le port de Hodeida quelques heures plus tard.",
        [("GRP.HOUTHI", "Tel Aviv"), ("ISR", "udaydah")],
    ),
    (
        "Houthi forces fired a ballistic missile at Tel Aviv on Thursday, and Israeli jets "
        "struck the port of Hodeidah hours later, the Israeli military said.",
        [("GRP.HOUTHI", "Tel Aviv"), ("ISR", "udaydah")],
    ),
    (
        "Syrian government forces shelled rebel-held Idlib on Saturday, and Russian warplanes "
        "bombed a market in Maarat al-Numan, killing nine civilians.",
        [("SYR", "Idlib"), ("RUS", "Ma")],
    ),
    (
        "Les forces gouvernementales syriennes ont bombardé samedi Idleb, et des avions "
        "russes ont frappé un marché à Maarat al-Nouman, tuant neuf civils.",
        [("SYR", "Idlib"), ("RUS", "Nu‘mān")],
    ),
    (
        "Les rebelles du M23 ont bombardé mardi Sake, et des drones de l'armée congolaise ont "
        "frappé des positions du M23 près de Kitshanga.",
        [("GRP.M23", "Sake"), ("COD", None)],
    ),
    (
        "L'aviation de la junte birmane a bombardé vendredi un village de la région de "
        "Sagaing, tuant onze civils, au lendemain d'une attaque de combattants de la "
        "résistance contre un commissariat.",
        [("MMR", "Sagaing"), (None, None)],
    ),
    (
        "TTP militants attacked a police checkpoint in Bannu on Friday, killing three "
        "policemen; a suicide bomber later blew himself up near a military convoy in North "
        "Waziristan, killing two soldiers.",
        [("GRP.TTP", "Bannu"), (None, "Waziristan")],
    ),
    (
        "Des militants du TTP ont attaqué vendredi un poste de police à Bannou, tuant trois "
        "policiers ; un kamikaze s'est ensuite fait exploser près d'un convoi militaire au "
        "Waziristan du Nord.",
        [("GRP.TTP", "Bannu"), (None, "Waziristan")],
    ),
    (
        "Pakistani troops killed eight militants in a raid in Khyber district on Monday, "
        "while separately militants attacked a checkpoint in Lakki Marwat, killing two "
        "soldiers.",
        [("PAK", "Khyber"), ("", "Lakki")],
    ),
    (
        "Des soldats pakistanais ont tué huit militants lors d'un raid dans le district de "
        "Khyber lundi, tandis que des insurgés ont attaqué un poste de contrôle à Lakki "
        "Marwat, tuant deux soldats.",
        [("PAK", "Khyber"), ("", "Lakki")],
    ),
    (
        "Viv Ansanm gang members attacked Mirebalais on Monday, while Haitian police clashed "
        "with the Gran Grif gang in Petite-Riviere-de-l'Artibonite.",
        [("GRP.VIV_ANSANM", "Mirebalais"), ("HTI", None)],
    ),
    (
        "Des membres de la coalition Viv Ansanm ont attaqué lundi Mirebalais, tandis que la "
        "police haïtienne affrontait le gang Gran Grif à Petite-Rivière-de-l'Artibonite.",
        [("GRP.VIV_ANSANM", "Mirebalais"), ("HTI", None)],
    ),
]


def _opening(start: str) -> str:
    return next(text for text, _ in TWO_DEEDS if text.startswith(start))


MISSED: dict[str, str] = {
    _opening("Des drones turcs"): "FDS read as no group in French: the reply keeps the "
    "Turkish doer",
    _opening("Des dissidents des FARC"): "the ELN's blast (fait sauter, no doer found) "
    "merges into the dissidents' attack",
    _opening("Houthi forces fired"): "Hodeidah is not resolved in English: the reply "
    "takes Tel Aviv",
    _opening("L'aviation de la junte"): "an attack told in a phrase of time (au lendemain "
    "d'une attaque de …) is dropped as background when the day is not told",
    _opening("TTP militants"): "the suicide bombing takes the checkpoint's place, its "
    "toll and the police as doer",
    _opening("Des militants du TTP"): "the suicide bombing is placed at 'Nord', not North "
    "Waziristan",
    _opening("Pakistani troops"): "unnamed militants' attack takes the Pakistani army "
    "inferred from the place",
    _opening("Des soldats pakistanais"): "the raid takes Lakki, the second clause's place; "
    "the militants' attack takes the Pakistani army",
    _opening("Viv Ansanm gang"): "the police clash is merged into the gang's attack",
    _opening("Des membres de la coalition"): "the police clash (imperfect tense) is "
    "merged into the gang's attack",
}


def _doer_matches(event_doer: str, expected: str | None) -> bool:
    if expected is None:
        return True
    if expected == "":
        return event_doer == ""
    return event_doer == expected or event_doer.startswith(f"{expected}.")


@pytest.mark.parametrize(("text", "deeds"), probe_params(TWO_DEEDS, MISSED))
def test_each_deed_is_an_event_at_its_own_place(
    text: str, deeds: list[tuple[str | None, str | None]]
) -> None:
    assaults = [e for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert len(assaults) >= len(deeds), coded(text)
    left = list(assaults)
    for doer, place in deeds:
        match = next(
            (
                e
                for e in left
                if _doer_matches(e.actor1.canonical_id if e.actor1 else "", doer)
                and (place is None or (e.place is not None and place in e.place.name))
            ),
            None,
        )
        assert match is not None, (
            doer,
            place,
            [(e.actor1 and e.actor1.canonical_id, e.place and e.place.name) for e in assaults],
        )
        left.remove(match)


ONE_DEED = [
    # The army repelling an attack is the fight the attack began.
    "Boko Haram fighters attacked the town of Gwoza on Sunday and the army repelled them, "
    "killing 20 insurgents.",
    "Des combattants de Boko Haram ont attaqué dimanche la ville de Gwoza et l'armée les a "
    "repoussés, tuant vingt insurgés.",
    # The attack named again in the next sentence.
    "Gunmen killed nine people in an attack on a village near Bandiagara on Friday. The "
    "attack, blamed on jihadists, was the deadliest in the area this year.",
    "Des hommes armés ont tué neuf personnes vendredi dans l'attaque d'un village près de "
    "Bandiagara. L'attaque, attribuée aux jihadistes, est la plus meurtrière de l'année dans "
    "la zone.",
    # A headline over its body.
    "Ukraine says Russian strike on Sumy kills 34. A Russian ballistic missile attack on the "
    "centre of Sumy on Sunday killed 34 people, including two children, Ukrainian officials "
    "said.",
    # A toll raised.
    "The death toll from Sunday's Russian missile strike on Sumy rose to 35 on Monday, "
    "officials said, after another victim died in hospital.",
    "Le bilan de la frappe russe de dimanche sur Soumy est passé lundi à 35 morts, a indiqué "
    "la mairie.",
    # One side's wave of drones and missiles on one city.
    "Russian drones struck Odesa overnight, killing two people, and a Russian missile hit a "
    "port facility in the city, the governor said.",
    "Des drones russes ont frappé Odessa dans la nuit, tuant deux personnes, et un missile "
    "russe a touché une installation portuaire de la ville.",
    # A siege ended by the forces that fought it.
    "Al-Shabaab militants stormed a hotel in Kismayo on Friday, and security forces ended "
    "the siege after a 12-hour gun battle, killing the attackers.",
]


@pytest.mark.parametrize("text", ONE_DEED)
def test_one_deed_told_twice_stays_one_event(text: str) -> None:
    assaults = [e for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert len(assaults) == 1, coded(text)


NOT_A_STRIKE_OF_ITS_OWN = [
    # A weapon a side is said to hold is no strike by it beside the other side's strike.
    "An Israeli air strike hit a building in Tyre on Sunday after the army said Hezbollah "
    "stored rockets there.",
    "Une frappe israélienne a touché dimanche un immeuble de Tyr, où le Hezbollah stockait "
    "selon l'armée des roquettes.",
]


@pytest.mark.parametrize("text", NOT_A_STRIKE_OF_ITS_OWN)
def test_a_weapon_held_is_no_second_strike(text: str) -> None:
    doers = {
        e.actor1.canonical_id if e.actor1 else ""
        for e in events_of(text)
        if e.plover_type == "ASSAULT" and e.status == "realised"
    }
    assert not any(d.startswith("GRP.HEZBOLLAH") for d in doers), coded(text)
