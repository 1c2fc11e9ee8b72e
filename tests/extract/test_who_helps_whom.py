"""Who helps whom: the doer of a cooperation, a backing or an aid delivery is the party that
gives, backs or cooperates, named first of a joint deed's parties; never the receiver, the
place's country nor the speaker. Sentences are our own, modelled on wire reports and
analyst notes from several conflicts."""

from __future__ import annotations

import pytest

from coding import coded, events_of, probe_params

# (sentence, PLOVER type, doer: the id or one of its parents)
DOERS = [
    # Joint deeds: the first party named leads.
    (
        "Des navires de guerre chinois, russes et iraniens ont entamé mardi des manœuvres "
        "conjointes près du port de Chabahar.",
        "COOPERATE",
        "CHN",
    ),
    (
        "Nigeria and the United States agreed on Thursday to set up a joint working group to "
        "share intelligence on armed groups.",
        "COOPERATE",
        "NGA",
    ),
    (
        "India and the United States held their annual Malabar naval exercises off Guam on Sunday.",
        "COOPERATE",
        "IND",
    ),
    (
        "Les armées philippine et américaine ont lancé lundi leurs exercices annuels près de "
        "Luzon.",
        "COOPERATE",
        "PHL",
    ),
    (
        "Les armées malienne et burkinabè ont mené une opération conjointe contre les "
        "jihadistes près de Djibo.",
        "COOPERATE",
        "MLI",
    ),
    (
        "China and Pakistan launched a joint naval exercise in the Arabian Sea on Wednesday.",
        "COOPERATE",
        "CHN",
    ),
    (
        "Kenyan and Somali troops carried out a joint operation against al-Shabaab near "
        "Kismayo on Thursday.",
        "COOPERATE",
        "KEN",
    ),
    (
        "Les armées nigérienne et malienne ont mené des patrouilles conjointes le long de la "
        "frontière cette semaine.",
        "COOPERATE",
        "NER",
    ),
    (
        "France and Chad signed a defence cooperation agreement in N'Djamena on Tuesday.",
        "COOPERATE",
        "FRA",
    ),
    (
        "Le Tchad et le Niger ont signé un accord de coopération militaire mercredi à Niamey.",
        "COOPERATE",
        "TCD",
    ),
    (
        "Washington shares intelligence with Kyiv on Russian troop movements, officials said.",
        "COOPERATE",
        "USA",
    ),
    # Aid: the giver, also when named after "from".
    (
        "Trucks carrying humanitarian aid from Jordan entered the Gaza Strip on Sunday.",
        "AID",
        "JOR",
    ),
    (
        "Iran has supplied hundreds of Shahed drones to Russia, Ukrainian intelligence said.",
        "AID",
        "IRN",
    ),
    (
        "Les Émirats arabes unis fournissent des armes aux Forces de soutien rapide, selon un "
        "rapport de l'ONU.",
        "AID",
        "ARE",
    ),
    (
        "Turkey delivered Bayraktar TB2 drones to the Somali army on Monday.",
        "AID",
        "TUR",
    ),
    (
        "Russia has provided attack helicopters and drones to the Malian junta, according to "
        "a UN report.",
        "AID",
        "RUS",
    ),
    (
        "The World Food Programme delivered food to 200,000 people in El Fasher last month.",
        "AID",
        "IGO.WFP",
    ),
    (
        "Le Programme alimentaire mondial a distribué des vivres à 40 000 déplacés à Kaya jeudi.",
        "AID",
        "IGO.WFP",
    ),
    (
        "L'Égypte a envoyé 50 camions d'aide humanitaire à Gaza via Rafah samedi.",
        "AID",
        "EGY",
    ),
    (
        "L'Union européenne a débloqué jeudi 50 millions d'euros d'aide militaire "
        "supplémentaire pour l'Ukraine.",
        "AID",
        "IGO.EU",
    ),
    (
        "Un convoi d'aide alimentaire en provenance d'Égypte a franchi le poste de Rafah samedi.",
        "AID",
        "EGY",
    ),
    (
        "The European Union announced 50 million euros in humanitarian aid for Sudan on Monday.",
        "AID",
        "IGO.EU",
    ),
    (
        "L'Union européenne a annoncé lundi 20 millions d'euros d'aide humanitaire pour le Soudan.",
        "AID",
        "IGO.EU",
    ),
    (
        "The UN refugee agency distributed shelter kits to 5,000 displaced families in Cox's "
        "Bazar on Monday.",
        "AID",
        "IGO.UNHCR",
    ),
    (
        "Le HCR a livré des tentes et des couvertures à des milliers de réfugiés soudanais à "
        "Adré mardi.",
        "AID",
        "IGO.UNHCR",
    ),
    ("Washington's military aid to Kyiv resumed on Tuesday.", "AID", "USA"),
    # Backing: the ally, not the backed.
    (
        "Le Rwanda soutient les rebelles du M23 dans l'est de la RDC, selon des experts de l'ONU.",
        "SUPPORT",
        "RWA",
    ),
    ("L'appui de la Russie à la junte malienne s'est renforcé depuis 2021.", "SUPPORT", "RUS"),
    (
        "Malagasy soldiers joined the protesters in Antananarivo on Saturday.",
        "SUPPORT",
        "MDG",
    ),
]

MISSED: dict[str, str] = {
    "Germany delivered two more IRIS-T air defence systems to Ukraine on Friday.": (
        "too many words between 'delivered' and 'systems' for the phrase 'deliver systems'"
    ),
    "Des soldats malgaches se sont joints aux manifestants à Antananarivo samedi.": (
        "the parser's lemma of 'joints' is not 'joindre'"
    ),
    "Le ministre turc Hakan Fidan a proposé l'aide d'Ankara pour former la future armée "
    "syrienne.": "the bare noun 'aide' is no trigger (too often 'with the help of')",
    "A first shipment of 50,000 vaccine doses donated by Japan arrived in Goma on Monday.": (
        "a participle describing a noun is read as background, not as the gift"
    ),
}
MISSED_DOERS = [
    ("Germany delivered two more IRIS-T air defence systems to Ukraine on Friday.", "AID", "DEU"),
    (
        "Des soldats malgaches se sont joints aux manifestants à Antananarivo samedi.",
        "SUPPORT",
        "MDG",
    ),
    (
        "Le ministre turc Hakan Fidan a proposé l'aide d'Ankara pour former la future armée "
        "syrienne.",
        "AID",
        "TUR",
    ),
    (
        "A first shipment of 50,000 vaccine doses donated by Japan arrived in Goma on Monday.",
        "AID",
        "JPN",
    ),
]


def _doer_within(text: str, plover: str, doer: str) -> None:
    """An event of the PLOVER type whose actor1 is ``doer`` or one of its bodies."""
    doers = [
        e.actor1.canonical_id if e.actor1 is not None else None
        for e in events_of(text)
        if e.plover_type == plover
    ]
    assert doers, coded(text)
    assert any(d is not None and (d == doer or d.startswith(f"{doer}.")) for d in doers), (
        doers,
        coded(text),
    )


@pytest.mark.parametrize(("text", "plover", "doer"), probe_params([*DOERS, *MISSED_DOERS], MISSED))
def test_the_giver_or_first_partner_acts(text: str, plover: str, doer: str) -> None:
    _doer_within(text, plover, doer)


# Status kept: aid asked for, promised or denied is no aid given.
STATUSES = [
    (
        "The United Arab Emirates denied supplying weapons to the Rapid Support Forces.",
        "AID",
        "denied",
    ),
    ("Zelensky called on allies to provide more Patriot air defence systems.", "AID", "requested"),
    (
        "The United States pledged 500 million dollars in new military aid for Ukraine on "
        "Wednesday.",
        "AID",
        "planned",
    ),
    (
        "L'Allemagne a promis de livrer des chars Leopard à l'Ukraine d'ici la fin de l'année.",
        "AID",
        "planned",
    ),
    ("Le Rwanda a démenti tout soutien au M23 lundi.", "SUPPORT", "denied"),
]


@pytest.mark.parametrize(("text", "plover", "status"), STATUSES)
def test_aid_keeps_its_status(text: str, plover: str, status: str) -> None:
    statuses = [e.status for e in events_of(text) if e.plover_type == plover]
    assert statuses == [status], coded(text)


NO_COOPERATION = [
    # Drills of one party stay a move of its forces.
    "Russia held naval exercises in the Baltic Sea on Tuesday.",
    "The Chinese navy held live-fire drills in the East China Sea on Monday.",
    "L'armée algérienne a mené un exercice tactique à Tindouf jeudi.",
]


@pytest.mark.parametrize("text", NO_COOPERATION)
def test_drills_of_one_party_are_no_cooperation(text: str) -> None:
    types = [e.plover_type for e in events_of(text)]
    assert "MOBILIZE" in types and "COOPERATE" not in types, coded(text)


NO_SUPPORT = [
    "The ruling party enjoys broad popular support in the north, analysts said.",
    "Le président bénéficie d'un large soutien populaire selon un sondage publié lundi.",
]


@pytest.mark.parametrize("text", NO_SUPPORT)
def test_popular_support_is_no_event(text: str) -> None:
    assert [e for e in events_of(text) if e.plover_type == "SUPPORT"] == [], coded(text)


def test_a_weapon_fired_from_a_country_names_no_doer() -> None:
    """ "Rockets fired from Lebanon": where the rockets came from, not who fired them."""
    text = "Rockets fired from Lebanon hit Kiryat Shmona on Sunday."
    doers = [e.actor1 for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert doers == [None], coded(text)
