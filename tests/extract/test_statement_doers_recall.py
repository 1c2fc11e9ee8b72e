"""Recall of statements and diplomacy by wording, with their doer (actor1): accusations
("a accusé", "blamed … for", "a imputé l'attaque à", "a rendu X responsable de", "held …
accountable"), meetings (the guest received is actor1, as the gold sets code "X a reçu Y"),
rejections, requests, agreements, aid, threats and sanctions, said by persons with titles,
offices ("le Quai d'Orsay", "Downing Street", "the Kremlin"), spokesmen, groups and
organisations, and by a pronoun in a second sentence ("Il a accusé…", "He accused…") that
stands for an office title named before it. Habitual and hypothetical statements make no
realised event."""

from __future__ import annotations

from functools import partial

import pytest

from coding import coded, events_of, probe_params, row_opening

ROWS: list[tuple[str, str, str, str | None]] = [
    (
        "Le porte-parole du gouvernement malien, Abdoulaye Maïga, a accusé lundi "
        "l'Algérie d'abriter des groupes terroristes sur son sol.",
        "Other",
        "ACCUSE",
        "MLI",
    ),
    (
        "Le JNIM a accusé l'armée burkinabè d'avoir exécuté une quarantaine de civils à "
        "Djibo, dans un communiqué publié samedi.",
        "Other",
        "ACCUSE",
        "GRP.JNIM",
    ),
    (
        "Kinshasa a imputé mardi l'attaque contre le camp de déplacés de Mugunga aux "
        "rebelles du M23, soutenus selon elle par le Rwanda.",
        "Other",
        "ACCUSE",
        "COD",
    ),
    (
        "« Ce massacre porte la signature des milices Wagner », a déclaré le ministre "
        "nigérien de la Défense à la télévision nationale.",
        "Other",
        "ACCUSE",
        "NER",
    ),
    (
        "Un porte-parole de l'armée soudanaise a accusé jeudi les Forces de soutien "
        "rapide d'avoir bombardé un hôpital à El-Facher.",
        "Other",
        "ACCUSE",
        "SDN",
    ),
    (
        "Amnesty International accuse les forces de sécurité camerounaises d'avoir "
        "torturé des détenus dans la région du Nord-Ouest.",
        "Other",
        "ACCUSE",
        "NGO.AMNESTY",
    ),
    (
        "Niger's interior minister visited Tillabéri on Sunday. He accused France of "
        "arming the jihadists operating near the border.",
        "Other",
        "ACCUSE",
        "NER",
    ),
    (
        "Le gouvernement malien a convoqué lundi l'ambassadeur d'Algérie. Il a accusé "
        "Alger d'ingérence dans le processus de paix.",
        "Other",
        "ACCUSE",
        "MLI",
    ),
    (
        "Le chef d'état-major de l'armée tchadienne s'est rendu mardi à Bol. Il a rejeté "
        "toute idée de retrait des troupes du lac Tchad.",
        "Other",
        "REJECT",
        "TCD",
    ),
    (
        "Le Hezbollah a rendu Israël responsable de la mort de trois secouristes dans le "
        "sud du Liban.",
        "Other",
        "ACCUSE",
        "GRP.HEZBOLLAH",
    ),
    (
        "Ukraine's foreign ministry accused Russia on Tuesday of using North Korean "
        "missiles in a strike on Kharkiv.",
        "Other",
        "ACCUSE",
        "UKR",
    ),
    (
        "Hamas blamed Israel for the collapse of the ceasefire talks, saying it had added "
        "new conditions.",
        "Other",
        "ACCUSE",
        "GRP.HAMAS",
    ),
    (
        "Human Rights Watch accused the Ethiopian army of killing dozens of civilians in "
        "the Amhara region in January.",
        "Other",
        "ACCUSE",
        "NGO.HRW",
    ),
    (
        "Pakistan's military accused India on Sunday of backing militants behind an "
        "attack in Balochistan.",
        "Other",
        "ACCUSE",
        "PAK",
    ),
    (
        "Ukraine's foreign ministry held Russia accountable for the shelling of a "
        "kindergarten in Kharkiv on Saturday.",
        "Other",
        "ACCUSE",
        "UKR",
    ),
    (
        '"They are murderers and they will answer for it," the Kremlin spokesman said of '
        "the Ukrainian drone operators.",
        "Other",
        "ACCUSE",
        "RUS",
    ),
    (
        "The Somali government blamed al-Shabaab for the bombing of a hotel in Mogadishu "
        "on Friday.",
        "Other",
        "ACCUSE",
        "SOM",
    ),
    (
        "Myanmar's junta accused the Arakan Army of killing 20 civilians in Rakhine "
        "State, a charge the group denied.",
        "Other",
        "ACCUSE",
        "MMR",
    ),
    (
        "Le président sénégalais Bassirou Diomaye Faye a reçu mardi à Dakar le chef de la "
        "junte guinéenne, Mamadi Doumbouya.",
        "Other",
        "CONSULT",
        "GIN",
    ),
    (
        "Le ministre français des Affaires étrangères s'est entretenu au téléphone avec "
        "son homologue libanais sur la situation à la frontière sud.",
        "Other",
        "CONSULT",
        "FRA",
    ),
    (
        "Des pourparlers entre le gouvernement colombien et l'ELN se sont ouverts lundi à Caracas.",
        "Other",
        "CONSULT",
        "COL",
    ),
    (
        "Le Premier ministre éthiopien Abiy Ahmed a rencontré jeudi à Addis-Abeba le "
        "président somalien pour discuter de l'accès à la mer.",
        "Other",
        "CONSULT",
        "ETH",
    ),
    (
        "Kenyan President William Ruto met with Sudanese army chief Abdel Fattah "
        "al-Burhan in Nairobi on Monday.",
        "Other",
        "CONSULT",
        "KEN",
    ),
    (
        "Talks between Israel and Hamas resumed in Doha on Thursday under Qatari and "
        "Egyptian mediation.",
        "Other",
        "CONSULT",
        "ISR",
    ),
    (
        "Turkish Foreign Minister Hakan Fidan held talks with his Iraqi counterpart in "
        "Baghdad on the PKK presence in northern Iraq.",
        "Other",
        "CONSULT",
        "TUR",
    ),
    (
        "US Secretary of State Antony Blinken spoke by phone with Egyptian President "
        "Abdel Fattah al-Sisi about aid deliveries to Gaza.",
        "Other",
        "CONSULT",
        "USA",
    ),
    (
        "Le gouvernement de transition burkinabè a rejeté mercredi l'offre de médiation "
        "de la CEDEAO, la jugeant partiale.",
        "Other",
        "REJECT",
        "BFA",
    ),
    (
        "Le M23 a rejeté l'accord conclu à Luanda, affirmant ne pas avoir été consulté. "
        "Il a également rejeté tout cantonnement de ses combattants.",
        "Other",
        "REJECT",
        "GRP.M23",
    ),
    (
        "Le Quai d'Orsay a rejeté vendredi la demande de Niamey de retirer l'ambassadeur "
        "de France.",
        "Other",
        "REJECT",
        "FRA",
    ),
    (
        "The Houthis dismissed a US proposal to halt attacks on shipping in the Red Sea "
        "in exchange for the lifting of sanctions.",
        "Other",
        "REJECT",
        "GRP.HOUTHI",
    ),
    (
        "Russia rejected on Wednesday a UN resolution calling for an immediate ceasefire "
        "in Ukraine.",
        "Other",
        "REJECT",
        "RUS",
    ),
    (
        "The Taliban refused a request from the UN to let Afghan women work for aid agencies.",
        "Other",
        "REJECT",
        "AFG",
    ),
    (
        "L'ONU a appelé mardi les parties au conflit soudanais à ouvrir des couloirs "
        "humanitaires vers El-Facher.",
        "Other",
        "REQUEST",
        "IGO.UN",
    ),
    (
        "Le Comité international de la Croix-Rouge a demandé un accès sans entrave aux "
        "détenus de Goma.",
        "Other",
        "REQUEST",
        "NGO.ICRC",
    ),
    (
        "The African Union urged Ethiopia and Somalia to resolve their dispute through dialogue.",
        "Other",
        "REQUEST",
        "IGO.AU",
    ),
    (
        "Haiti's transitional council asked the United Nations for more police officers "
        "to fight the gangs in Port-au-Prince.",
        "Other",
        "REQUEST",
        "HTI",
    ),
    (
        "Le gouvernement congolais et le M23 ont signé samedi à Doha une déclaration de "
        "principes en vue d'un cessez-le-feu.",
        "Agreement",
        "AGREE",
        "COD",
    ),
    (
        "Le Mali et le Niger ont signé un accord de défense mutuelle à Niamey le 16 septembre.",
        "Agreement",
        "AGREE",
        "MLI",
    ),
    (
        "Azerbaijan and Armenia signed a peace agreement at the White House on Friday.",
        "Agreement",
        "AGREE",
        "AZE",
    ),
    (
        "The Philippine government and the Moro Islamic Liberation Front agreed to extend "
        "the decommissioning of fighters by two years.",
        "Agreement",
        "AGREE",
        "PHL",
    ),
    (
        # a deal whose content is joint patrols is their cooperation (dev gold's coding)
        "Le Tchad et le Cameroun ont convenu de mener des patrouilles conjointes le long "
        "de leur frontière contre Boko Haram.",
        "Other",
        "COOPERATE",
        "TCD",
    ),
    (
        "Ankara a livré au Niger une nouvelle cargaison de drones armés, a indiqué le "
        "ministère nigérien de la Défense.",
        "Other",
        "AID",
        "TUR",
    ),
    (
        "The European Union announced 50 million euros in humanitarian aid for Sudanese "
        "refugees in Chad.",
        "Other",
        "AID",
        "IGO.EU",
    ),
    (
        "Rwanda and Mozambique agreed to deepen intelligence sharing against the "
        "insurgents in Cabo Delgado.",
        "Other",
        "COOPERATE",
        "RWA",
    ),
    (
        "Le chef de la junte nigérienne a menacé de suspendre les exportations de pétrole "
        "via le Bénin si la frontière restait fermée.",
        "Other",
        "THREATEN",
        "NER",
    ),
    (
        "Israel's defence minister threatened on Sunday to strike Beirut if Hezbollah "
        "kept firing rockets at northern Israel.",
        "Other",
        "THREATEN",
        "ISR",
    ),
    (
        "Les shebab ont menacé de s'en prendre aux écoles qui enseignent le programme "
        "national, selon un enregistrement audio.",
        "Other",
        "THREATEN",
        "GRP.SHABAAB",
    ),
    (
        "Washington a imposé mardi des sanctions à deux commandants des Forces de soutien "
        "rapide accusés de violences ethniques au Darfour.",
        "Other",
        "SANCTION",
        "USA",
    ),
    (
        "The UN Security Council imposed an arms embargo on Haitian gang leaders on Friday.",
        "Other",
        "SANCTION",
        "IGO.UNSC",
    ),
    (
        "La CEDEAO a levé les sanctions économiques qui frappaient la Guinée depuis le "
        "coup d'État.",
        "Other",
        "CONCEDE",
        "IGO.ECOWAS",
    ),
    (
        "Britain sanctioned four Israeli settlers on Thursday over violence against "
        "Palestinians in the West Bank, Downing Street said.",
        "Other",
        "SANCTION",
        "GBR",
    ),
    (
        "Le ministre ivoirien de la Défense s'est rendu lundi à Korhogo. Il a accusé des "
        "« groupes venus du Burkina » d'infiltrer le nord du pays.",
        "Other",
        "ACCUSE",
        "CIV",
    ),
    (
        "Sudan's army chief visited Port Sudan on Monday. He rejected any negotiation "
        "with the RSF as long as it occupies civilian homes.",
        "Other",
        "REJECT",
        "SDN",
    ),
    (
        '"We will not sit down with terrorists," Nigeria\'s information minister said, '
        "dismissing calls for talks with bandits in Zamfara.",
        "Other",
        "REJECT",
        "NGA",
    ),
    (
        "« Paris n'a de leçons à recevoir de personne », a répliqué l'Élysée, qui a "
        "rejeté les accusations de Bamako sur un soutien aux jihadistes.",
        "Other",
        "REJECT",
        "FRA",
    ),
]


_row = partial(row_opening, ROWS)


MISSED = {
    _row("« Ce massacre"): "a quote with no accusing verb: the charge is only in the words",
    _row('"They are murderers'): "a quote with no accusing verb: the charge is only in the words",
    _row("The Taliban refused"): "a ruling group is not coded as its state's government",
    _row("Ankara a livré au Niger une nouvelle"): "drones hang on the cargo noun, not on the verb",
}


@pytest.mark.parametrize(
    ("text", "subtype", "plover", "doer"),
    probe_params(ROWS, MISSED, id_of=lambda i, row: f"{i:02d}-{row[2]}"),
)
def test_statement_doers_recall(text: str, subtype: str, plover: str, doer: str | None) -> None:
    """The realised Strategic development of the wording, with its sub-type and doer (the
    doer's id or one of its parents)."""
    event = next(
        (
            e
            for e in events_of(text)
            if e.plover_type == plover and e.acled_subtype == subtype and e.status == "realised"
        ),
        None,
    )
    assert event is not None, coded(text)
    assert event.acled_type == "Strategic developments", coded(text)
    if doer is not None:
        got = event.actor1.canonical_id if event.actor1 is not None else ""
        assert got == doer or got.startswith(f"{doer}."), coded(text)


_STATEMENTS = ("ACCUSE", "CONSULT", "REJECT", "REQUEST", "AGREE", "THREATEN", "SANCTION")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "L'ONU accuse régulièrement les deux camps de violer le droit humanitaire.",
            marks=pytest.mark.xfail(
                reason="a habitual adverb (régulièrement) does not take the realised status away",
                strict=True,
            ),
        ),
        "Si Kiev refusait l'accord, Moscou pourrait rejeter toute nouvelle négociation.",
        "The ministry usually blames militants for such attacks.",
        "Hamas could reject the proposal if Israel insists on keeping troops in Gaza, analysts "
        "said.",
        "Le président n'a pas rencontré son homologue tchadien lors du sommet.",
    ],
)
def test_statement_doers_recall_habits_and_hypotheses(text: str) -> None:
    """What a party usually says, could say or did not do is no realised statement."""
    realised = [
        e for e in events_of(text) if e.plover_type in _STATEMENTS and e.status == "realised"
    ]
    assert realised == [], coded(text)
