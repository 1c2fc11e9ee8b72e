"""Which country a force or authority named only generically belongs to ("troops", "the
army", "police", "la junte", "les autorités", "leur retrait"): the country where it acts,
its possessive or demonym, the story's country, never that of a mediator, a source, the
destination of a deployment or withdrawal, or the story's other country. Sentences are
our own, modelled on wire reports from the Sahel, the DRC, Somalia, Lebanon, Syria,
Ukraine, Haiti, Sudan and Mozambique."""

from __future__ import annotations

import pytest

from coding import coded, events_of, probe_params, row_opening

# (report, PLOVER type, the doer's id or one of its parents)
DOERS = [
    # withdrawals: the possessive says whose, not "du Niger"
    (
        "Les militaires français ont achevé vendredi leur retrait du Niger, a annoncé"
        " l'état-major à Paris.",
        "RETREAT",
        "FRA.MIL",
    ),
    ("Les militaires français ont achevé vendredi leur retrait du Niger.", "RETREAT", "FRA.MIL"),
    ("French troops completed their withdrawal of Niger on Friday.", "RETREAT", "FRA.MIL"),
    (
        "French troops completed their withdrawal from Niger on Friday, the French army said.",
        "RETREAT",
        "FRA.MIL",
    ),
    ("Les Etats-Unis ont annoncé le retrait de leurs troupes du Niger.", "RETREAT", "USA"),
    ("Washington a annoncé le retrait de ses soldats du Niger d'ici septembre.", "RETREAT", "USA"),
    ("The United States announced the withdrawal of its troops from Niger.", "RETREAT", "USA"),
    ("Le Burundi a annoncé le retrait de ses soldats de l'est de la RDC.", "RETREAT", "BDI"),
    (
        "Les soldats tchadiens ont entamé lundi leur retrait du Mali, selon l'armée tchadienne.",
        "RETREAT",
        "TCD.MIL",
    ),
    ("Les casques bleus népalais ont achevé leur retrait de la Centrafrique.", "RETREAT", "NPL"),
    (
        "Burundian troops withdrew from positions near Uvira on Monday as M23 rebels "
        "advanced, local officials said.",
        "RETREAT",
        "BDI.MIL",
    ),
    (
        "Les soldats burundais se sont retirés lundi de leurs positions près d'Uvira,"
        " face à l'avancée du M23.",
        "RETREAT",
        "BDI.MIL",
    ),
    (
        "Paris a annoncé jeudi que ses soldats quitteraient le Tchad d'ici la fin de janvier.",
        "RETREAT",
        "FRA",
    ),
    (
        "Washington said on Friday that its troops would leave Niger by September 15.",
        "RETREAT",
        "USA",
    ),
    # a withdrawal announced or commented on by a capital: the withdrawing side's
    (
        "Moscou a confirmé mercredi que ses soldats de la paix avaient commencé à "
        "quitter le Haut-Karabakh. Bakou a précisé que le retrait serait achevé d'ici"
        " la fin de l'année.",
        "RETREAT",
        "RUS",
    ),
    (
        "Bakou a précisé que le retrait des soldats russes serait achevé d'ici la fin de l'année.",
        "RETREAT",
        "RUS.MIL",
    ),
    (
        "Les soldats français ont quitté leur dernière base au Tchad vendredi. "
        "N'Djamena a indiqué que le retrait serait achevé d'ici la fin du mois.",
        "RETREAT",
        "FRA.MIL",
    ),
    (
        "Mogadiscio a exigé le départ des troupes éthiopiennes. Addis-Abeba a répondu"
        " que ses soldats resteraient en Somalie.",
        "RETREAT",
        "ETH.MIL",
    ),
    (
        "Le gouvernement malien a exigé le retrait de la Minusma. Les soldats "
        "français ont quitté Gao.",
        "RETREAT",
        "IGO.MINUSMA",
    ),
    # foreign forces named by their demonym or owner
    (
        "Kenyan police officers of the multinational mission killed five gang members"
        " in a raid in Port-au-Prince on Tuesday, the mission said.",
        "ASSAULT",
        "KEN.POL",
    ),
    (
        "Des policiers kényans de la mission multinationale ont tué mardi cinq "
        "membres de gangs lors d'une opération à Port-au-Prince.",
        "ASSAULT",
        "KEN.POL",
    ),
    (
        "Rwandan troops killed about 20 insurgents near Mocimboa da Praia in Cabo "
        "Delgado on Saturday, the Rwandan army said.",
        "ASSAULT",
        "RWA.MIL",
    ),
    (
        "Les forces rwandaises ont tué samedi une vingtaine d'insurgés près de "
        "Mocimboa da Praia, dans le Cabo Delgado.",
        "ASSAULT",
        "RWA.MIL",
    ),
    (
        "Ethiopian troops serving with the AU mission killed 30 al-Shabaab fighters "
        "near Baidoa, Somalia's government said.",
        "ASSAULT",
        "ETH.MIL",
    ),
    (
        "L'armée israélienne a frappé mardi plusieurs villages du Liban-Sud, selon "
        "l'agence libanaise ANI.",
        "ASSAULT",
        "ISR.MIL",
    ),
    (
        "Turkish forces shelled Kurdish-held villages near Manbij in northern Syria "
        "on Sunday, the Syrian Observatory said.",
        "ASSAULT",
        "TUR.MIL",
    ),
    (
        "Russian troops shelled the town of Kupiansk in the Kharkiv region overnight,"
        " killing two civilians, the regional governor said.",
        "ASSAULT",
        "RUS.MIL",
    ),
    (
        "Ukrainian forces struck a fuel depot in Russia's Belgorod region on Friday, "
        "the local governor said.",
        "ASSAULT",
        "UKR.MIL",
    ),
    (
        "Chadian soldiers clashed with Sudanese militiamen near Adré on the border on"
        " Wednesday, a Chadian army spokesman said.",
        "ASSAULT",
        "TCD.MIL",
    ),
    (
        "The Malian army said on Tuesday it had killed 40 terrorists near Boni, with "
        "the support of its Russian partners.",
        "ASSAULT",
        "MLI.MIL",
    ),
    (
        "L'armée malienne a affirmé mardi avoir neutralisé 40 terroristes près de "
        "Boni avec l'appui de ses partenaires russes.",
        "ASSAULT",
        "MLI.MIL",
    ),
    (
        "Congolese soldiers arrested 12 suspected M23 collaborators in Goma, the "
        "Rwandan government said in a statement.",
        "COERCE",
        "COD.MIL",
    ),
    (
        "Somali troops backed by Kenyan forces recaptured the town of Bula Hawa on "
        "Friday, the Somali army said.",
        "ASSAULT",
        "SOM.MIL",
    ),
    (
        "UN peacekeepers said Israeli troops had bulldozed a perimeter wall of a "
        "UNIFIL position in southern Lebanon.",
        "COERCE",
        "ISR.MIL",
    ),
    (
        "The Turkish defence ministry said its forces had killed 12 Kurdish militants"
        " in northern Syria.",
        "ASSAULT",
        "TUR",
    ),
    (
        "Le ministère turc de la Défense a annoncé que ses forces avaient neutralisé "
        "douze combattants kurdes dans le nord de la Syrie.",
        "ASSAULT",
        "TUR",
    ),
    (
        "Haitian police, backed by Kenyan officers, retook control of the Delmas "
        "neighbourhood from gangs on Monday.",
        "ASSAULT",
        "HTI.POL",
    ),
    (
        "Les autorités tchadiennes ont fermé mercredi la frontière avec le Soudan "
        "après des combats près d'El Geneina.",
        "SANCTION",
        "TCD",
    ),
    (
        "Chadian authorities closed the border with Sudan on Wednesday after fighting"
        " near El Geneina, the government said.",
        "SANCTION",
        "TCD",
    ),
    # deployments: the sender, not the destination
    (
        "Le Rwanda a annoncé l'envoi de 1 000 soldats supplémentaires au Mozambique "
        "pour combattre les insurgés du Cabo Delgado.",
        "MOBILIZE",
        "RWA",
    ),
    (
        "Rwanda said on Saturday it had deployed 1,000 more troops to Mozambique's "
        "Cabo Delgado province.",
        "MOBILIZE",
        "RWA",
    ),
    (
        "L'Éthiopie a déployé des troupes supplémentaires en Somalie, a indiqué "
        "dimanche le gouvernement somalien.",
        "MOBILIZE",
        "ETH",
    ),
    (
        "The Burundian government said it had sent 2,000 soldiers to eastern Congo to"
        " help fight the M23.",
        "MOBILIZE",
        "BDI",
    ),
    # generic bodies: the story's country, not a source's, a visit's or a mediator's
    (
        "Depuis Moscou, le chef de la junte malienne a assuré que l'armée avait "
        "repris le contrôle de Kidal.",
        "ASSAULT",
        "MLI.MIL",
    ),
    (
        "Soldiers shot dead three civilians at a checkpoint near Bunia in Ituri "
        "province, a local rights group said in a statement released in Kampala.",
        "ASSAULT",
        "COD.MIL",
    ),
    (
        "Des militaires ont abattu trois civils à un barrage près de Bunia, dans "
        "l'Ituri, a indiqué une ONG locale depuis Kampala.",
        "ASSAULT",
        "COD.MIL",
    ),
    (
        "Speaking in Nairobi, Somalia's president said the army had retaken the town "
        "of Adan Yabaal from al-Shabaab.",
        "ASSAULT",
        "SOM",
    ),
    (
        "L'armée a affirmé mercredi avoir repris le contrôle de la ville de Sake, au "
        "Nord-Kivu, après de violents combats contre le M23.",
        "ASSAULT",
        "COD.MIL",
    ),
    (
        "Les forces de défense et de sécurité ont neutralisé une dizaine de "
        "terroristes à Djibo, au Burkina Faso, selon l'AIB.",
        "ASSAULT",
        "BFA.MIL",
    ),
    (
        "Au Mali, l'armée a annoncé avoir tué une trentaine de terroristes près de "
        "Gao. Le Niger voisin a pour sa part fermé sa frontière.",
        "ASSAULT",
        "MLI.MIL",
    ),
    (
        "Les autorités de transition ont suspendu les activités des partis politiques"
        " au Burkina Faso, a annoncé le gouvernement à Ouagadougou.",
        "COERCE",
        "BFA.GOV",
    ),
    (
        "La junte a suspendu jeudi les médias français RFI et France 24 au Niger, les"
        " accusant de diffuser de fausses informations.",
        "COERCE",
        "NER.GOV",
    ),
    (
        "The junta suspended French broadcasters RFI and France 24 in Niger on "
        "Thursday, accusing them of spreading false information.",
        "COERCE",
        "NER.GOV",
    ),
    (
        "Qatar said on Sunday that talks between Congo and the M23 would resume. The "
        "army accused the rebels of violating the ceasefire near Walikale.",
        "ACCUSE",
        "COD.MIL",
    ),
    # police act at home: a sentence set in another country's towns
    (
        "Police fired tear gas at protesters in Nairobi and Mombasa on Tuesday. In "
        "neighbouring Uganda, police arrested 40 opposition supporters in Kampala.",
        "COERCE",
        "UGA.POL",
    ),
    (
        "La police a dispersé des manifestants à Dakar et à Thiès mardi. A Bamako, la"
        " police a interpellé une dizaine de militants de l'opposition.",
        "COERCE",
        "MLI.POL",
    ),
    (
        "Security forces killed five protesters in Khartoum and Omdurman on Sunday. "
        "In Juba, police arrested 20 traders over the fuel shortage.",
        "COERCE",
        "SSD.POL",
    ),
    (
        "Les forces de l'ordre ont tiré sur des manifestants à Conakry et à Kankan. A"
        " Freetown, la police a arrêté quinze opposants.",
        "COERCE",
        "SLE.POL",
    ),
    (
        "Troops killed 12 militants in Mogadishu and Baidoa this week. In Kenya's "
        "Mandera county, police arrested three suspected al-Shabaab recruiters.",
        "COERCE",
        "KEN.POL",
    ),
    (
        "Gangs attacked Port-au-Prince and Petion-Ville on Monday. In Santo Domingo, "
        "police arrested 30 Haitian migrants.",
        "COERCE",
        "DOM.POL",
    ),
    (
        "Police in Haiti said they had killed 10 gang members in Croix-des-Bouquets. "
        "Kenyan officers took part in the operation.",
        "ASSAULT",
        "HTI.POL",
    ),
    (
        "Security forces killed five protesters in Khartoum and Omdurman on Sunday, a"
        " doctors' union said.",
        "ASSAULT",
        "SDN",
    ),
    (
        "Les forces de l'ordre ont tiré sur des manifestants à Conakry et à Kankan, "
        "selon l'opposition.",
        "ASSAULT",
        "GIN.POL",
    ),
    (
        "Police arrested 25 protesters in Lomé on Saturday. In Ghana, the opposition "
        "called for calm.",
        "COERCE",
        "TGO.POL",
    ),
    (
        "La police a arrêté vingt manifestants à Niamey. A Paris, le Quai d'Orsay a "
        "appelé au calme.",
        "COERCE",
        "NER.POL",
    ),
    (
        "Israeli police arrested 12 protesters in Jerusalem on Saturday. In Ramallah,"
        " Palestinian police dispersed a rally.",
        "COERCE",
        "ISR.POL",
    ),
]

MISSED: dict[str, str] = {
    row_opening(DOERS, "The junta suspended French broadcasters"): (
        "'Niger' after the broadcasters' names is not read as a place, so 'French' alone "
        "sets the story's home: the junta becomes France's government"
    ),
    row_opening(DOERS, "Qatar said on Sunday that talks"): (
        "a story naming Qatar (the mediator) and Congo gets no home country, so the bare "
        "'army' stays unlinked"
    ),
}


def _doers(text: str, plover: str) -> list[str]:
    return [
        e.actor1.canonical_id if e.actor1 is not None else ""
        for e in events_of(text)
        if e.plover_type == plover
    ]


@pytest.mark.parametrize(("text", "plover", "doer"), probe_params(DOERS, MISSED))
def test_generic_force_belongs_to_the_right_country(text: str, plover: str, doer: str) -> None:
    got = _doers(text, plover)
    assert any(g == doer or g.startswith(f"{doer}.") for g in got), (got, coded(text))


# Wordings whose doer must stay as it is: a possessive-less "de X" that names who moves, a
# force owned by its state, the story's own police where the sentence names no other town.
UNCHANGED = [
    (
        "Le gouvernement malien a exigé le retrait de la Minusma d'ici la fin de l'année.",
        "RETREAT",
        "IGO.MINUSMA",
    ),
    (
        "Les Etats-Unis ont achevé le retrait des troupes américaines du Niger.",
        "RETREAT",
        "USA.MIL",
    ),
    ("The withdrawal of Burundian troops from Uvira began on Monday.", "RETREAT", "BDI.MIL"),
    ("La police a arrêté vingt manifestants à Niamey mardi.", "COERCE", "NER.POL"),
    (
        "Police arrested three men accused of being members of Lashkar-e-Taiba in Sopore, Kashmir.",
        "COERCE",
        "IND.POL",
    ),
]


@pytest.mark.parametrize(("text", "plover", "doer"), UNCHANGED)
def test_doer_named_elsewhere_is_kept(text: str, plover: str, doer: str) -> None:
    got = _doers(text, plover)
    assert any(g == doer or g.startswith(f"{doer}.") for g in got), (got, coded(text))


# A definite noun for another move after a withdrawal ("le désarmement") is not that
# withdrawal: the withdrawing group stays the doer of one event only.
def test_disarmament_after_a_withdrawal_is_not_the_withdrawal() -> None:
    text = (
        "Le PKK a annoncé dimanche le retrait de ses combattants du territoire turc. Ankara a "
        "prévenu que les opérations se poursuivraient tant que le désarmement ne serait pas "
        "vérifié."
    )
    got = _doers(text, "RETREAT")
    assert got.count("GRP.PKK") == 1, (got, coded(text))
