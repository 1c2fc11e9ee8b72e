"""MOBILIZE and RETREAT in the longer sentences of real reports: the doer in an apposition
or a relative clause, the move told in a clause under a statement ("a annoncé que ses
troupes avaient quitté", "said its forces had completed their withdrawal"), nominalised
moves as subjects or objects ("le retrait des troupes tchadiennes a commencé", "the
deployment of 1,000 Kenyan police officers began"), arrivals of forces, orders to deploy,
rotations, unit names and numbers, dates and places between the doer and the verb, bases
handed over. Each sentence is written apart from the dev sets, from many conflicts; a few
background presences and plans must not read as realised moves."""

from __future__ import annotations

import pytest

from coding import coded, events_of, probe_params

_SD = "Strategic developments"
_OTHER = "Other"
_CHANGE = "Change to group/activity"
_BASE = "Headquarters or base established"
_TERRITORY = "Non-violent transfer of territory"
_REAL = "realised"
_PLANNED = "planned"

# (text, PLOVER type, ACLED sub-type, status, actor1 canonical id or None: not asserted).
_ROWS: list[tuple[str, str, str, str, str | None]] = [
    # French, MOBILIZE
    (
        "Le Tchad, qui fournit le plus gros contingent de la force conjointe, a déployé mardi "
        "500 soldats supplémentaires dans la province du Lac.",
        "MOBILIZE",
        _OTHER,
        _REAL,
        "TCD.MIL",
    ),
    (
        "Des soldats russes sont arrivés mercredi à Niamey, a constaté un journaliste de l'AFP.",
        "MOBILIZE",
        _OTHER,
        _REAL,
        "RUS.MIL",
    ),
    (
        "L'arrivée de renforts de l'armée malienne à Tessit a permis de sécuriser la ville, "
        "selon une source locale.",
        "MOBILIZE",
        _OTHER,
        _REAL,
        "MLI.MIL",
    ),
    (
        "Le président Ibrahim Traoré a ordonné le déploiement de 2 000 militaires dans la "
        "région de l'Est après l'attaque de Barsalogho.",
        "MOBILIZE",
        _OTHER,
        _REAL,
        None,
    ),
    (
        "Selon le ministère de la Défense, environ 1 500 soldats nigériens ont été acheminés "
        "vers Tillabéri au cours du week-end.",
        "MOBILIZE",
        _OTHER,
        _REAL,
        "NER.MIL",
    ),
    (
        "Le contingent burundais de la force régionale a été déployé jeudi à Sake, dans le "
        "territoire de Masisi.",
        "MOBILIZE",
        _OTHER,
        _REAL,
        "BDI.MIL",
    ),
    (
        "Les Forces armées de la RDC ont dépêché un bataillon de commandos à Bunia, où la "
        "situation reste tendue.",
        "MOBILIZE",
        _OTHER,
        _REAL,
        "COD.MIL",
    ),
    (
        "L'Africa Corps russe a envoyé des dizaines d'instructeurs à Ouagadougou, a rapporté "
        "la télévision nationale.",
        "MOBILIZE",
        _OTHER,
        _REAL,
        "GRP.AFRICA_CORPS",
    ),
    (
        "Dans la nuit de lundi à mardi, l'armée camerounaise a renforcé son dispositif à "
        "Kolofata avec plusieurs blindés.",
        "MOBILIZE",
        _OTHER,
        _REAL,
        "CMR.MIL",
    ),
    (
        "Les rebelles du M23 ont massé des centaines d'hommes sur les collines surplombant "
        "Sake, a affirmé un officier de l'armée congolaise.",
        "MOBILIZE",
        _OTHER,
        _REAL,
        "GRP.M23",
    ),
    (
        "Le gouvernement a annoncé que 3 000 réservistes avaient été rappelés pour renforcer "
        "les unités engagées dans le nord.",
        "MOBILIZE",
        _CHANGE,
        _REAL,
        None,
    ),
    (
        "Les armées béninoise et nigérienne ont mené un exercice militaire conjoint près de "
        "la frontière, a indiqué l'état-major.",
        "MOBILIZE",
        _OTHER,
        _REAL,
        None,
    ),
    # French, RETREAT
    (
        "Le Tchad, qui fournit le plus gros contingent de la force, a retiré ses troupes de "
        "la zone des trois frontières.",
        "RETREAT",
        _TERRITORY,
        _REAL,
        "TCD.MIL",
    ),
    (
        "Le retrait des troupes tchadiennes de la zone des trois frontières a commencé "
        "samedi, selon une source militaire.",
        "RETREAT",
        _TERRITORY,
        _REAL,
        "TCD.MIL",
    ),
    (
        "L'armée malienne a annoncé que ses troupes avaient quitté le camp de Léré, "
        "devenu intenable après des attaques répétées.",
        "RETREAT",
        _TERRITORY,
        _REAL,
        "MLI.MIL",
    ),
    (
        "La Minusma a rétrocédé mercredi la base d'Aguelhok à l'armée malienne, dans le "
        "cadre de son retrait du pays.",
        "RETREAT",
        _TERRITORY,
        _REAL,
        "IGO.MINUSMA",
    ),
    (
        "Le repli des forces burkinabè de Sebba a été confirmé par plusieurs habitants, qui "
        "disent craindre une attaque.",
        "RETREAT",
        _TERRITORY,
        _REAL,
        "BFA.MIL",
    ),
    (
        "Les derniers soldats français ont quitté vendredi la base aérienne de Niamey, "
        "mettant fin à une décennie de présence militaire au Niger.",
        "RETREAT",
        _TERRITORY,
        _REAL,
        "FRA.MIL",
    ),
    (
        "Une cinquantaine de combattants de l'ADF, dont deux commandants, se sont rendus "
        "aux forces ougandaises près de Beni, a indiqué l'armée.",
        "RETREAT",
        _CHANGE,
        "realised",
        "GRP.ADF",
    ),
    (
        "Après trois jours de combats, les combattants du FLA se sont retirés de leurs "
        "positions autour d'Anéfis, selon des sources concordantes.",
        "RETREAT",
        _TERRITORY,
        _REAL,
        "GRP.FLA",
    ),
    (
        "Les casques bleus de la Monusco ont achevé leur retrait de la province du "
        "Sud-Kivu, a annoncé la mission onusienne.",
        "RETREAT",
        _TERRITORY,
        _REAL,
        "IGO.MONUSCO",
    ),
    (
        "Les militaires ivoiriens, qui étaient déployés au sein de la Minusma, ont quitté "
        "Tombouctou lundi.",
        "RETREAT",
        _TERRITORY,
        _REAL,
        "CIV.MIL",
    ),
    (
        "Les jihadistes de l'EIGS ont abandonné le village de Tamalat à l'arrivée de "
        "l'armée nigérienne, selon des habitants.",
        "RETREAT",
        _TERRITORY,
        _REAL,
        "GRP.IS_SAHEL",
    ),
    # English, MOBILIZE
    (
        "The deployment of 1,000 Kenyan police officers to Haiti began on Tuesday, when the "
        "first contingent landed in Port-au-Prince.",
        "MOBILIZE",
        _OTHER,
        _REAL,
        None,
    ),
    (
        "The arrival of Russian military instructors in Bamako was confirmed by the Malian "
        "defence ministry.",
        "MOBILIZE",
        _OTHER,
        _REAL,
        "RUS.MIL",
    ),
    (
        "President Bola Tinubu ordered 3,000 troops to Plateau State on Friday after a wave "
        "of attacks on villages.",
        "MOBILIZE",
        _OTHER,
        _REAL,
        None,
    ),
    (
        "Some 2,500 Ethiopian troops crossed into Somalia's Gedo region on Monday, witnesses said.",
        "MOBILIZE",
        _OTHER,
        _REAL,
        "ETH.MIL",
    ),
    (
        "Israel, which has massed troops along the Gaza border for weeks, deployed two more "
        "brigades to the north on Sunday.",
        "MOBILIZE",
        _OTHER,
        _REAL,
        "ISR.MIL",
    ),
    (
        "The Pentagon said it had sent an additional aircraft carrier to the eastern "
        "Mediterranean in response to the escalation.",
        "MOBILIZE",
        _OTHER,
        _REAL,
        "USA.MIL",
    ),
    (
        "Thousands of Russian soldiers arrived in Belarus for joint exercises, the Belarusian "
        "defence ministry said.",
        "MOBILIZE",
        _OTHER,
        _REAL,
        "RUS.MIL",
    ),
    (
        "The Sudanese army, which has been fighting the RSF since April 2023, sent "
        "reinforcements to El Fasher on Wednesday.",
        "MOBILIZE",
        _OTHER,
        _REAL,
        "SDN.MIL",
    ),
    (
        "Myanmar's junta began conscripting young men in Yangon and Mandalay this week under "
        "the newly enforced draft law.",
        "MOBILIZE",
        _CHANGE,
        _REAL,
        None,
    ),
    (
        "Rwandan troops, estimated at between 3,000 and 4,000, have been deployed alongside "
        "the M23 in North Kivu, UN experts said.",
        "MOBILIZE",
        _OTHER,
        _REAL,
        "RWA.MIL",
    ),
    (
        "Hezbollah moved fighters of its elite Radwan unit closer to the border, Israeli "
        "officials said.",
        "MOBILIZE",
        _OTHER,
        _REAL,
        None,
    ),
    (
        "Colombia's army deployed 1,200 soldiers to the Catatumbo region after clashes between "
        "the ELN and FARC dissidents.",
        "MOBILIZE",
        _OTHER,
        _REAL,
        "COL.MIL",
    ),
    # English, RETREAT
    (
        "Chad's army said on Monday its forces had completed their withdrawal from the "
        "Lake Chad islands.",
        "RETREAT",
        _TERRITORY,
        _REAL,
        "TCD.MIL",
    ),
    (
        "The redeployment of Ukrainian units away from Avdiivka was completed overnight, the "
        "commander-in-chief said.",
        "RETREAT",
        f"{_OTHER}|{_TERRITORY}",
        _REAL,
        None,
    ),
    (
        "Russia's withdrawal from the west bank of the Dnipro was announced by Defence Minister "
        "Sergei Shoigu.",
        "RETREAT",
        _TERRITORY,
        _REAL,
        None,
    ),
    (
        "Burundian troops serving with the regional force pulled out of Kitshanga on Thursday, "
        "handing their positions to the M23.",
        "RETREAT",
        _TERRITORY,
        _REAL,
        "BDI.MIL",
    ),
    (
        "Al-Shabaab militants, who had controlled the town for years, abandoned Adan Yabaal "
        "as Somali forces approached.",
        "RETREAT",
        _TERRITORY,
        _REAL,
        "GRP.SHABAAB",
    ),
    (
        "More than 80 members of the New People's Army surrendered to the military in "
        "Mindanao, bringing their rifles with them.",
        "RETREAT",
        _CHANGE,
        _REAL,
        "GRP.NPA",
    ),
    (
        "The last US troops left Kabul airport shortly before midnight, ending the "
        "twenty-year war.",
        "RETREAT",
        _TERRITORY,
        _REAL,
        "USA.MIL",
    ),
    (
        "The Israeli army said its 98th Division had withdrawn from Khan Younis after a "
        "four-month operation.",
        "RETREAT",
        _TERRITORY,
        _REAL,
        "ISR.MIL",
    ),
    (
        "UN peacekeepers handed over the Kidal base to the Malian army on Tuesday as part of "
        "the mission's drawdown.",
        "RETREAT",
        _TERRITORY,
        _REAL,
        None,
    ),
    (
        "Arakan Army fighters, facing air strikes, withdrew from their positions near Sittwe, "
        "local sources said.",
        "RETREAT",
        _TERRITORY,
        _REAL,
        "GRP.ARAKAN_ARMY",
    ),
    (
        "Some 300 fighters of the Tigray People's Liberation Front were demobilised in "
        "Mekelle on Wednesday under the Pretoria agreement.",
        "RETREAT",
        _CHANGE,
        _REAL,
        "GRP.TPLF",
    ),
    (
        "Les shebab, qui contrôlaient la ville depuis des années, ont abandonné Jowhar à "
        "l'approche des forces somaliennes, selon des habitants.",
        "RETREAT",
        _TERRITORY,
        _REAL,
        "GRP.SHABAAB",
    ),
    (
        "Three battalions of Ukraine's 47th Mechanised Brigade were sent to Pokrovsk last week, "
        "a military spokesman said.",
        "MOBILIZE",
        _OTHER,
        _REAL,
        None,
    ),
    (
        "Quelque 400 militaires sénégalais sont arrivés jeudi à Bamako pour la relève du "
        "contingent de la Minusma.",
        "MOBILIZE",
        _OTHER,
        _REAL,
        "SEN.MIL",
    ),
    (
        "Le président Tshisekedi a envoyé un bataillon de la garde républicaine à Uvira, a "
        "annoncé le porte-parole de l'armée.",
        "MOBILIZE",
        _OTHER,
        _REAL,
        None,
    ),
    (
        "Pakistan ordered 5,000 paramilitary troops to Kurram district on Sunday after "
        "sectarian clashes killed dozens.",
        "MOBILIZE",
        _OTHER,
        _REAL,
        None,
    ),
    (
        "Des soldats burundais ont franchi la frontière vers le Sud-Kivu mardi, selon des "
        "sources locales.",
        "MOBILIZE",
        _OTHER,
        _REAL,
        "BDI.MIL",
    ),
    # Planned moves.
    (
        "Le Kenya prévoit de déployer 1 000 policiers en Haïti d'ici la fin de l'année.",
        "MOBILIZE",
        _OTHER,
        _PLANNED,
        None,
    ),
    (
        "Les troupes de la SADC doivent se retirer de l'est de la RDC d'ici le mois de juin.",
        "RETREAT",
        f"{_OTHER}|{_TERRITORY}",
        _PLANNED,
        None,
    ),
    (
        "Washington plans to withdraw its troops from Niger by mid-September, officials said.",
        "RETREAT",
        f"{_OTHER}|{_TERRITORY}",
        _PLANNED,
        None,
    ),
    (
        "Germany will send a brigade of 4,800 troops to Lithuania by 2027.",
        "MOBILIZE",
        _OTHER,
        _PLANNED,
        None,
    ),
]

_MISSED: dict[str, str] = {
    "L'Africa Corps russe a envoyé des dizaines d'instructeurs à Ouagadougou, a rapporté "
    "la télévision nationale.": (
        "'envoyer des instructeurs' is listed as AID (a training mission), not a deployment"
    ),
    "Le gouvernement a annoncé que 3 000 réservistes avaient été rappelés pour renforcer "
    "les unités engagées dans le nord.": (
        "'rappeler' in the passive with reservists as subject: only 'rappeler des "
        "réservistes' in the active is a trigger, and 'rappeler' alone mostly means 'recall'"
    ),
    "Les armées béninoise et nigérienne ont mené un exercice militaire conjoint près de "
    "la frontière, a indiqué l'état-major.": (
        "a joint exercise is read as COOPERATE by its phrase 'exercice militaire conjoint'"
    ),
    "Hezbollah moved fighters of its elite Radwan unit closer to the border, Israeli "
    "officials said.": ("'move fighters' is no trigger: fighters are no troops in troops.tsv"),
    "Al-Shabaab militants, who had controlled the town for years, abandoned Adan Yabaal "
    "as Somali forces approached.": (
        "'Adan Yabaal' is no place in the gazetteer, so 'abandon' has no place as its object"
    ),
}


@pytest.mark.parametrize(
    ("text", "plover", "subtype", "status", "doer"), probe_params(_ROWS, _MISSED)
)
def test_long_move_wording(
    text: str, plover: str, subtype: str, status: str, doer: str | None
) -> None:
    """A move of forces told in a long sentence is still a Strategic development of its
    PLOVER type, sub-type and status, done by the force that moves."""
    assert any(
        e.plover_type == plover
        and e.acled_type == _SD
        and e.acled_subtype in subtype.split("|")
        and e.status == status
        and (doer is None or (e.actor1 is not None and e.actor1.canonical_id == doer))
        for e in events_of(text)
    ), [
        (x, e.actor1.canonical_id if e.actor1 else None)
        for x, e in zip(coded(text), events_of(text), strict=True)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "L'armée française, déployée au Sahel depuis 2013, compte environ 5 000 hommes.",
        "Les casques bleus, présents au Mali depuis 2013, ont été visés par un tir de mortier "
        "mardi.",
        "Kenyan police officers, deployed in Haiti since last year, patrolled the capital on "
        "Monday.",
        "The withdrawal of French troops from Mali in 2022 left a security vacuum, analysts say.",
        "Le retrait des forces françaises du Mali en 2022 a laissé un vide sécuritaire.",
        "Des milliers d'habitants ont abandonné la ville de Djibo après l'attaque.",
        "Le ministre de la Défense est arrivé jeudi à Niamey pour une visite de deux jours.",
        "The president ordered troops to withdraw from the border town.",
        "Russia has kept some 1,500 soldiers in Transnistria since the 1990s.",
    ],
)
def test_long_move_background(text: str) -> None:
    """A presence dated by a past deployment or a withdrawal of an earlier year told as
    background makes no realised MOBILIZE or RETREAT."""
    assert not any(
        e.plover_type in ("MOBILIZE", "RETREAT") and e.status == _REAL for e in events_of(text)
    ), coded(text)
