"""Forces sent in or pulled out (MOBILIZE, RETREAT), often told beside another event of
the report: deployments, reinforcements, drills, alerts and patrols; withdrawals,
handovers and pull-backs, done, planned or demanded. Sentences are our own, modelled on
wire reports and analyst notes from several conflicts."""

from __future__ import annotations

import pytest

from coding import coded, events_of, probe_params


def assert_move(text: str, plover: str, status: str, doer: str | None) -> None:
    """An event of the PLOVER type and status, done by ``doer`` (the id or one of its
    parents; None: any doer or none)."""
    events = [e for e in events_of(text) if e.plover_type == plover and e.status == status]
    assert events, coded(text)
    if doer is not None:
        got = [e.actor1.canonical_id if e.actor1 is not None else "" for e in events]
        assert any(g == doer or g.startswith(f"{doer}.") for g in got), (got, coded(text))


MOVES = [
    # Sent in, beside another event.
    (
        "M23 rebels shelled Sake on Tuesday as Kinshasa rushed reinforcements to Goma.",
        "MOBILIZE",
        "realised",
        "COD",
    ),
    (
        "Hezbollah fighters shelled an Israeli post as the army called up 2,000 reservists.",
        "MOBILIZE",
        "realised",
        "ISR",
    ),
    (
        "The army deployed troops to Beni after ADF rebels killed 20 villagers.",
        "MOBILIZE",
        "realised",
        "COD.MIL",
    ),
    (
        "Haitian police stepped up patrols in Port-au-Prince on Tuesday after gangs torched "
        "a police station.",
        "MOBILIZE",
        "realised",
        "HTI.POL",
    ),
    # Sent in.
    (
        "Russia's Africa Corps deployed some 200 soldiers to Bamako on Sunday, a security "
        "source said.",
        "MOBILIZE",
        "realised",
        "GRP.AFRICA_CORPS",
    ),
    (
        "L'armée malienne a dépêché des renforts à Léré après l'attaque de mardi.",
        "MOBILIZE",
        "realised",
        "MLI.MIL",
    ),
    (
        "China's military launched large-scale drills around Taiwan on Monday.",
        "MOBILIZE",
        "realised",
        "CHN.MIL",
    ),
    (
        "L'armée chinoise a lancé des manœuvres autour de Taïwan lundi.",
        "MOBILIZE",
        "realised",
        "CHN.MIL",
    ),
    (
        "Pakistan put its air force on high alert after India's missile strikes on Sunday.",
        "MOBILIZE",
        "realised",
        "PAK",
    ),
    (
        "Venezuela massed troops along the border with Guyana, satellite images showed.",
        "MOBILIZE",
        "realised",
        "VEN",
    ),
    (
        "The Pentagon dispatched two warships to the eastern Mediterranean on Saturday.",
        "MOBILIZE",
        "realised",
        "USA",
    ),
    (
        "Kenya will deploy 400 more police officers to Haiti next month, President Ruto said.",
        "MOBILIZE",
        "planned",
        "KEN",
    ),
    (
        "Le Burkina Faso a décrété une mobilisation générale pour lutter contre les jihadistes.",
        "MOBILIZE",
        "realised",
        "BFA",
    ),
    (
        "Azerbaijan deployed additional troops to the border with Armenia on Wednesday.",
        "MOBILIZE",
        "realised",
        "AZE",
    ),
    (
        "L'Éthiopie a massé des troupes à la frontière érythréenne, selon des diplomates.",
        "MOBILIZE",
        "realised",
        "ETH",
    ),
    (
        "Ethiopia has massed troops on the Eritrean border, diplomats said.",
        "MOBILIZE",
        "realised",
        "ETH",
    ),
    (
        "The Sudanese army sent reinforcements to El Fasher on Thursday.",
        "MOBILIZE",
        "realised",
        "SDN.MIL",
    ),
    (
        "L'armée israélienne a déployé deux brigades supplémentaires en Cisjordanie.",
        "MOBILIZE",
        "realised",
        "ISR.MIL",
    ),
    (
        "Russia moved troops to the border with Finland, the Finnish defence minister said.",
        "MOBILIZE",
        "realised",
        "RUS",
    ),
    (
        "Taiwan's military placed its forces on alert as Chinese warships approached.",
        "MOBILIZE",
        "realised",
        "TWN",
    ),
    (
        "L'armée a renforcé sa présence à Kidal après des affrontements avec les rebelles.",
        "MOBILIZE",
        "realised",
        None,
    ),
    (
        "La police nigérienne a intensifié les patrouilles à Niamey après l'attaque.",
        "MOBILIZE",
        "realised",
        "NER.POL",
    ),
    (
        "Security forces were deployed across Nairobi ahead of Tuesday's protests.",
        "MOBILIZE",
        "realised",
        "KEN",
    ),
    (
        "Des militaires ont été déployés dans les rues de Niamey dimanche.",
        "MOBILIZE",
        "realised",
        "NER",
    ),
    (
        "India moved additional troops to the Line of Control after the Pahalgam attack.",
        "MOBILIZE",
        "realised",
        "IND",
    ),
    ("L'armée soudanaise a envoyé des renforts à El-Obeid.", "MOBILIZE", "realised", "SDN.MIL"),
    (
        "The Pentagon ordered an aircraft carrier to the Caribbean on Friday.",
        "MOBILIZE",
        "realised",
        "USA",
    ),
    # Announced to come: a passive under "annoncé que" in the conditional.
    (
        "Le ministre nigérien de la Défense a annoncé que des troupes seraient déployées à la "
        "frontière.",
        "MOBILIZE",
        "planned",
        "NER",
    ),
    (
        "Le gouvernement malien a indiqué que 500 soldats seraient envoyés à Ménaka.",
        "MOBILIZE",
        "planned",
        "MLI",
    ),
    (
        "Venezuela's defence minister said troops would be deployed along the coast.",
        "MOBILIZE",
        "planned",
        "VEN",
    ),
    # Pulled out.
    (
        "Israeli troops withdrew from the Nuseirat camp on Sunday after a three-day operation.",
        "RETREAT",
        "realised",
        "ISR.MIL",
    ),
    (
        "Les forces françaises ont quitté Gao mardi, remettant leur base à l'armée malienne.",
        "RETREAT",
        "realised",
        "FRA.MIL",
    ),
    (
        "The UN mission in Mali handed over its camp in Ber to Malian authorities on Sunday.",
        "RETREAT",
        "realised",
        "IGO.MINUSMA",
    ),
    (
        "RSF fighters pulled back from Omdurman after heavy army shelling on Friday.",
        "RETREAT",
        "realised",
        "GRP.RSF",
    ),
    (
        "Armenian troops abandoned their positions near Tegh, Azerbaijan's defence ministry said.",
        "RETREAT",
        "realised",
        "ARM",
    ),
    (
        "Les casques bleus de la MONUSCO ont évacué leur base de Kamanyola jeudi.",
        "RETREAT",
        "realised",
        "IGO.MONUSCO",
    ),
    (
        "Ukrainian forces fell back to new positions west of Avdiivka, the army chief said.",
        "RETREAT",
        "realised",
        "UKR",
    ),
    (
        "Les soldats ukrainiens se sont repliés sur des positions plus sûres près de Pokrovsk.",
        "RETREAT",
        "realised",
        "UKR",
    ),
    (
        "Les militaires burundais ont quitté la ville d'Uvira vendredi.",
        "RETREAT",
        "realised",
        "BDI",
    ),
    (
        "Rwanda withdrew its troops from Goma, a Rwandan official said.",
        "RETREAT",
        "realised",
        "RWA",
    ),
    (
        "L'armée française a rétrocédé sa base de Port-Bouët à la Côte d'Ivoire jeudi.",
        "RETREAT",
        "realised",
        "FRA",
    ),
    (
        "Tanks rolled into Kherson as Russian troops withdrew across the Dnipro.",
        "RETREAT",
        "realised",
        "RUS",
    ),
    (
        "Les troupes russes se sont retirées de la rive droite du Dniepr.",
        "RETREAT",
        "realised",
        "RUS",
    ),
    (
        "Moscow announced the withdrawal of its troops from the Kyiv region.",
        "RETREAT",
        "realised",
        "RUS",
    ),
    (
        "Moscou a annoncé le retrait de ses troupes de la région de Kiev.",
        "RETREAT",
        "realised",
        "RUS",
    ),
    (
        "The Eritrean army pulled out of the Tigray border towns of Zalambessa and Alitena.",
        "RETREAT",
        "realised",
        "ERI",
    ),
    (
        "Les soldats maliens ont abandonné la base de Tessit après l'attaque.",
        "RETREAT",
        "realised",
        "MLI",
    ),
    # Armed group members leaving, as troops do.
    (
        "Wagner fighters left Mali in June, handing their role to the Africa Corps.",
        "RETREAT",
        "realised",
        "GRP.WAGNER",
    ),
    (
        "M23 rebels left Walikale on Saturday, a local official said.",
        "RETREAT",
        "realised",
        "GRP.M23",
    ),
    ("Les combattants du M23 ont quitté Walikale samedi.", "RETREAT", "realised", "GRP.M23"),
    # The departure "des" troops: the plural "of" complement names them.
    (
        "Le départ des troupes françaises du Tchad a commencé vendredi.",
        "RETREAT",
        "realised",
        "FRA",
    ),
    ("Le Tchad exige le départ des soldats français d'ici janvier.", "RETREAT", "requested", "FRA"),
    ("Le Tchad exige le départ des soldats français.", "RETREAT", "requested", "FRA"),
    # Planned or demanded.
    (
        "The United States will withdraw its troops from Niger by September 15, the Pentagon said.",
        "RETREAT",
        "planned",
        "USA",
    ),
    (
        "Le retrait de la Minusma doit s'achever le 31 décembre.",
        "RETREAT",
        "planned",
        "IGO.MINUSMA",
    ),
    (
        "US forces will pull out of the Ain al-Asad base by September, officials said.",
        "RETREAT",
        "planned",
        "USA",
    ),
    (
        "Le Sénégal a demandé le retrait des troupes françaises de son territoire.",
        "RETREAT",
        "requested",
        "FRA",
    ),
    (
        "Lebanon demanded the full withdrawal of Israeli forces from the south.",
        "RETREAT",
        "requested",
        "ISR",
    ),
    (
        "Niger's junta demanded the withdrawal of French troops by the end of the year.",
        "RETREAT",
        "requested",
        "FRA",
    ),
    (
        "The withdrawal of US troops from Niger is due to be completed by September 15.",
        "RETREAT",
        "planned",
        "USA",
    ),
    (
        "Somali forces took over the base in Dhusamareb after ATMIS troops left on Monday.",
        "RETREAT",
        "realised",
        "IGO.ATMIS",
    ),
    (
        "La force unifiée des pays de l'AES doit être déployée dans les meilleurs délais, a "
        "annoncé le chef d'état-major nigérien.",
        "MOBILIZE",
        "planned",
        "IGO.AES",
    ),
    (
        "Authorities beefed up security around Nairobi's airport on Sunday.",
        "MOBILIZE",
        "realised",
        "KEN",
    ),
    (
        "Somali federal troops fled across the border into Kenya after Jubaland forces seized "
        "Ras Kamboni.",
        "RETREAT",
        "realised",
        "SOM",
    ),
]

MISSED: dict[str, str] = {
    "Le Tchad exige le départ des soldats français d'ici janvier.": (
        "the deadline reads the demand as a plan (planned, not requested)"
    ),
    "The withdrawal of US troops from Niger is due to be completed by September 15.": (
        "'is due to' on a noun subject is not read as a plan in English"
    ),
    "Somali forces took over the base in Dhusamareb after ATMIS troops left on Monday.": (
        "the leaving in the 'after' clause is taken as the takeover's background"
    ),
    "Niger's junta demanded the withdrawal of French troops by the end of the year.": (
        "the deadline reads the demand as a plan (planned, not requested)"
    ),
    "Somali federal troops fled across the border into Kenya after Jubaland forces seized "
    "Ras Kamboni.": "'flee' is no trigger: soldiers fleeing is mostly told of other deeds",
}


@pytest.mark.parametrize(("text", "plover", "status", "doer"), probe_params(MOVES, MISSED))
def test_forces_moved(text: str, plover: str, status: str, doer: str | None) -> None:
    assert_move(text, plover, status, doer)


NO_MOVE = [
    "The company withdrew its offer for the mining licence on Monday.",
    "The bank deployed a new mobile app for farmers.",
    "Le candidat a retiré sa candidature à la présidentielle.",
    "The government mobilised funds for flood victims.",
    "Le président a quitté Paris pour Dakar mardi.",
    "The minister left Nairobi on Sunday for talks in Addis Ababa.",
    "Les fidèles ont quitté l'église après la messe.",
    "The party pulled out of the election, citing fraud.",
    "He abandoned his plan to run for office.",
    "Les enseignants ont abandonné leurs postes faute de salaire.",
    "Residents left the town after the attack.",
    "The school held a fire drill on Monday.",
    # Raiders leaving after their raid: the end of the raid, no move of its own.
    "The rebels left the village after burning dozens of homes.",
    "Des jihadistes du JNIM ont attaqué mardi un poste de l'armée malienne à Boulkessi, "
    "avant de se replier vers la frontière.",
    "Des combattants du JNIM ont incendié l'école de Djibo puis se sont retirés vers la brousse.",
]


@pytest.mark.parametrize("text", NO_MOVE)
def test_no_forces_moved(text: str) -> None:
    assert not [e for e in events_of(text) if e.plover_type in ("MOBILIZE", "RETREAT")], coded(text)


CONDITIONAL_RUMOURS = [
    # The press's conditional on a deed stays a deed reported, not one to come.
    "Selon des témoins, des civils auraient été tués par l'armée malienne à Moura.",
    "L'armée malienne aurait tué une dizaine de civils à Diafarabé, selon des témoins.",
]


@pytest.mark.parametrize("text", CONDITIONAL_RUMOURS)
def test_rumoured_deed_stays_realised(text: str) -> None:
    assert any(e.plover_type == "ASSAULT" and e.status == "realised" for e in events_of(text)), (
        coded(text)
    )
