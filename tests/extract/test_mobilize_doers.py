"""Deployments, reinforcements, alerts, drills and call-ups (PLOVER MOBILIZE): who sends or
readies the forces, and whether the move was made, planned, asked for or denied. Sentences
are our own, modelled on wire reports and analyst notes from many conflicts."""

from __future__ import annotations

import pytest

from coding import coded, events_of, probe_params

# (text, status, doer: the id or one of its parents)
MOVES = [
    (
        "Russia has massed troops near the border with Lithuania, the Lithuanian defence "
        "ministry said on Monday.",
        "realised",
        "RUS",
    ),
    (
        "North Korea put its forces on high alert after South Korean and US warplanes flew "
        "near the demilitarised zone, state media reported.",
        "realised",
        "PRK",
    ),
    (
        "Russian President Vladimir Putin called up 300,000 reservists on Wednesday to "
        "bolster the offensive in Ukraine.",
        "realised",
        "RUS",
    ),
    (
        "Le Burundi a dépêché mardi un millier de soldats à Uvira pour appuyer l'armée "
        "congolaise face au M23, selon des sources sécuritaires.",
        "realised",
        "BDI",
    ),
    (
        "Des renforts ont été envoyés à Goma par Kinshasa après la chute de Sake, a indiqué "
        "le gouverneur militaire.",
        "realised",
        "COD",
    ),
    (
        "Reinforcements were sent to El Fasher by the RSF command, residents said.",
        "realised",
        "GRP.RSF",
    ),
    (
        "Des renforts burundais ont été acheminés vers Uvira, selon des sources locales.",
        "realised",
        "BDI",
    ),
    (
        "L'armée malienne a acheminé des troupes vers Kidal dimanche, selon des sources locales.",
        "realised",
        "MLI",
    ),
    (
        "L'Arménie a décrété la mobilisation générale mardi après des affrontements avec "
        "l'Azerbaïdjan au Haut-Karabakh.",
        "realised",
        "ARM",
    ),
    (
        "Le président serbe Aleksandar Vucic a placé l'armée en état d'alerte maximale "
        "vendredi à la frontière avec le Kosovo.",
        "realised",
        "SRB",
    ),
    (
        "India deployed additional troops along the Line of Control on Saturday after the "
        "attack in Pahalgam, army officials said.",
        "realised",
        "IND",
    ),
    (
        "The Rapid Support Forces have sent reinforcements to El Fasher, residents said on "
        "Tuesday.",
        "realised",
        "GRP.RSF",
    ),
    (
        "Venezuela deployed troops to the border with Guyana on Monday, Defence Minister "
        "Vladimir Padrino said.",
        "realised",
        "VEN",
    ),
    (
        "Ethiopia has massed troops along its border with Eritrea, diplomats said on Wednesday.",
        "realised",
        "ETH",
    ),
    (
        "L'armée israélienne a déployé deux divisions supplémentaires à la frontière nord face "
        "au Hezbollah, a annoncé un porte-parole militaire.",
        "realised",
        "ISR",
    ),
    (
        "Le Hezbollah a mobilisé ses combattants dans le sud du Liban, selon une source proche "
        "du mouvement.",
        "realised",
        "GRP.HEZBOLLAH",
    ),
    (
        "Iran's Revolutionary Guards staged naval drills in the Strait of Hormuz on Sunday.",
        "realised",
        "IRN",
    ),
    (
        "Iran held drills near the Strait of Hormuz on Friday, state television reported.",
        "realised",
        "IRN",
    ),
    (
        "NATO launched a large exercise in Estonia on Monday, with troops from 12 countries.",
        "realised",
        "IGO.NATO",
    ),
    (
        "L'armée algérienne a mené des exercices près de la frontière marocaine, selon le "
        "ministère de la Défense.",
        "realised",
        "DZA",
    ),
    (
        "L'armée russe a entamé des manœuvres près de la frontière finlandaise lundi.",
        "realised",
        "RUS",
    ),
    (
        "La Chine a mené des manœuvres militaires autour de Taïwan lundi, a rapporté l'agence "
        "Chine nouvelle.",
        "realised",
        "CHN",
    ),
    (
        "The Pentagon ordered a second aircraft carrier to the eastern Mediterranean on Sunday.",
        "realised",
        "USA",
    ),
    (
        "Rwanda has deployed thousands of troops in North Kivu, according to a UN experts report.",
        "realised",
        "RWA",
    ),
    (
        "Azerbaijan moved troops and armoured vehicles to the border with Armenia on Thursday, "
        "the Armenian defence ministry said.",
        "realised",
        "AZE",
    ),
    (
        "Pakistan's army was placed on high alert on Wednesday after Indian missile strikes.",
        "realised",
        "PAK",
    ),
    (
        "Le Niger a déployé des renforts à la frontière avec le Mali après l'attaque de "
        "Tillabéri, a annoncé le ministère de la Défense.",
        "realised",
        "NER",
    ),
    (
        "The Kenyan government said 400 more police officers would be deployed to Haiti next "
        "month.",
        "planned",
        "KEN.POL",
    ),
    (
        "Israel called up 360,000 reservists on Saturday after the Hamas attack.",
        "realised",
        "ISR",
    ),
    (
        "L'armée soudanaise s'est déployée dans le centre de Wad Madani après le retrait des FSR.",
        "realised",
        "SDN",
    ),
    (
        "Les forces armées congolaises ont été placées en état d'alerte à Bukavu.",
        "realised",
        "COD",
    ),
    (
        "Les Shebab ont recruté des centaines de jeunes dans la région du Bas-Chébéli, selon "
        "des responsables somaliens.",
        "realised",
        "GRP.SHABAAB",
    ),
    (
        "Abuja a promis de renforcer son dispositif militaire dans l'État du Borno.",
        "planned",
        "NGA",
    ),
    (
        "Kinshasa a demandé l'envoi de troupes de la SADC dans l'est du pays.",
        "requested",
        "IGO.SADC",
    ),
    (
        "Le gouvernement malien a démenti avoir déployé des soldats à la frontière mauritanienne.",
        "denied",
        "MLI",
    ),
    (
        "Russia denied it had massed troops near the Ukrainian border.",
        "denied",
        "RUS",
    ),
    (
        "Nigerian governor Babagana Zulum called on the federal government to deploy more "
        "troops to Borno.",
        "requested",
        "NGA",
    ),
    # Not fixed yet.
    (
        "China staged drills around Taiwan on Thursday, the Taiwanese defence ministry said.",
        "realised",
        "CHN",
    ),
    (
        "Le Kenya a annoncé que 400 policiers supplémentaires seraient déployés en Haïti le "
        "mois prochain.",
        "planned",
        "KEN.POL",
    ),
    (
        "Des renforts ont été envoyés à Goma après la chute de Sake, a indiqué le ministre "
        "congolais de la Défense.",
        "realised",
        "COD",
    ),
]


def _starting(words: str) -> str:
    """The probe sentence that starts with ``words``."""
    return next(row[0] for row in MOVES if row[0].startswith(words))


_DRILLS = (
    "a verb of holding drills ('held drills', 'a mené des exercices') is no trigger: read "
    "alone it would also take 'launched joint exercises', which analysts code cooperation"
)
MISSED: dict[str, str] = {
    _starting("Iran held drills"): _DRILLS,
    _starting("NATO launched"): _DRILLS,
    _starting("L'armée algérienne a mené"): _DRILLS,
    _starting("L'armée russe a entamé"): _DRILLS,
    _starting("China staged"): "the small English model lemmatises 'staged' as 'stag'",
    _starting("Le Kenya a annoncé"): "the future in the past ('seraient déployés') reads "
    "realised, and the police sent are taken for the army",
    _starting("Des renforts ont été envoyés à Goma après"): "a passive with no agent under a "
    "statement: the speaker is not read as sender",
}


@pytest.mark.parametrize(("text", "status", "doer"), probe_params(MOVES, MISSED))
def test_forces_moved_by_their_sender(text: str, status: str, doer: str) -> None:
    moves = [e for e in events_of(text) if e.plover_type == "MOBILIZE" and e.status == status]
    got = [e.actor1.canonical_id if e.actor1 else "" for e in moves]
    assert any(g == doer or g.startswith(f"{doer}.") for g in got), (got, coded(text))


# Exercises held by two armies are cooperation, the first named leading them.
JOINT = [
    (
        "Russia and Belarus began joint exercises near the Polish border on Friday, the "
        "Russian defence ministry said.",
        "RUS",
    ),
    (
        "South Korea and the United States launched joint military exercises on Monday, "
        "prompting a warning from Pyongyang.",
        "KOR",
    ),
]


@pytest.mark.parametrize(("text", "doer"), probe_params(JOINT, {}))
def test_joint_exercises_cooperate(text: str, doer: str) -> None:
    joint = [e for e in events_of(text) if e.plover_type == "COOPERATE"]
    got = [e.actor1.canonical_id if e.actor1 else "" for e in joint]
    assert any(g == doer or g.startswith(f"{doer}.") for g in got), (got, coded(text))


# Figurative deployments and exercises are no moves of forces.
NO_MOVE = [
    "The minister deployed a new strategy to fight inflation.",
    "Le gouvernement a déployé des efforts considérables pour relancer l'économie.",
    "The company deployed its new software across its European offices.",
    "L'ONG a déployé une équipe médicale à Gaza.",
    "The accountant conducted exercises in budgeting for the staff.",
    "Le parti a lancé des exercices de démocratie participative.",
]


@pytest.mark.parametrize("text", NO_MOVE)
def test_no_move_of_forces(text: str) -> None:
    moves = [e for e in events_of(text) if e.plover_type == "MOBILIZE"]
    assert moves == [], coded(text)
