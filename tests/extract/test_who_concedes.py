"""Who concedes in a release, a handover, a return or a swap: the side that gives up the
people or bodies it held, never the side that receives them, the state the freed belong to,
nor the mediator or the party that tells it. Sentences are our own, modelled on wire reports
and analyst notes from several conflicts."""

from __future__ import annotations

import pytest

from coding import coded, events_of, probe_params

# (report, status of the concession, its doer: an actor id or one of its parents)
CONCEDERS = [
    # The receiver tells the return; the giver concedes.
    ("Ukraine received the bodies of 757 soldiers from Russia on Friday.", "realised", "RUS"),
    ("Kyiv received 1,000 bodies from Moscow under the Istanbul agreement.", "realised", "RUS"),
    ("Armenia received 12 prisoners from Azerbaijan at the border on Tuesday.", "realised", "AZE"),
    ("L'Ukraine a reçu jeudi de la Russie les corps de 909 soldats.", "realised", "RUS"),
    ("Kiev a récupéré 150 soldats détenus par la Russie lors d'un échange.", "realised", "RUS"),
    ("Le Soudan a reçu de l'Éthiopie 40 prisonniers de guerre lundi.", "realised", "ETH"),
    # A captor's release told as a participle with its "by/par" phrase.
    ("The 12 hostages freed by Hamas arrived in Israel on Sunday.", "realised", "GRP.HAMAS"),
    ("Les otages libérés par le Hamas sont arrivés en Israël dimanche.", "realised", "GRP.HAMAS"),
    ("Les 25 soldats libérés par le JNIM ont regagné Bamako jeudi.", "realised", "GRP.JNIM"),
    # The captor frees people of another state: the captor concedes.
    (
        "JNIM freed 25 Malian soldiers captured near Boulkessi, a local official said.",
        "realised",
        "GRP.JNIM",
    ),
    (
        "Le JNIM a libéré 25 soldats maliens capturés lors de l'attaque de Boulkessi.",
        "realised",
        "GRP.JNIM",
    ),
    ("M23 rebels released 30 Congolese soldiers held in Goma on Monday.", "realised", "GRP.M23"),
    (
        "Iran freed two French nationals held in Evin prison, the French foreign ministry said.",
        "realised",
        "IRN",
    ),
    ("Venezuela released six Americans after a visit by a US envoy to Caracas.", "realised", "VEN"),
    (
        "Belarus freed 14 political prisoners after a visit by US envoy Keith Kellogg.",
        "realised",
        "BLR",
    ),
    ("Les FSR ont relâché 40 civils détenus à Khartoum.", "realised", "GRP.RSF"),
    (
        "The 400 Mawozo gang freed five of the 17 missionaries it abducted in October.",
        "realised",
        "GRP.400_MAWOZO",
    ),
    # Handed over to a third party: the giver concedes, not the receiver.
    (
        "The Taliban handed over two American detainees to Qatari officials in Kabul.",
        "realised",
        "GRP.TALIBAN",
    ),
    (
        "Les talibans ont remis mardi deux détenus américains à des responsables qataris.",
        "realised",
        "GRP.TALIBAN",
    ),
    (
        "Hamas handed over four hostages to the Red Cross in Khan Younis on Saturday.",
        "realised",
        "GRP.HAMAS",
    ),
    (
        "Le Hamas a remis samedi quatre otages au Comité international de la Croix-Rouge.",
        "realised",
        "GRP.HAMAS",
    ),
    ("Armenia returned 32 Azerbaijani prisoners to Baku on Tuesday.", "realised", "ARM"),
    ("L'Arménie a rendu mardi 32 prisonniers azerbaïdjanais à Bakou.", "realised", "ARM"),
    # One swap told with both sides as its subject is one event, as analysts code it, by
    # the side named first.
    ("Ukraine and Russia swapped 390 prisoners each on Friday, Kyiv said.", "realised", "UKR"),
    ("La Russie et l'Ukraine ont échangé vendredi 103 prisonniers chacune.", "realised", "RUS"),
    # Announced or brokered by a third party: the mediator never concedes.
    (
        "The Taliban released a British couple detained since February, Qatar said on Friday.",
        "realised",
        "GRP.TALIBAN",
    ),
    (
        "Les talibans ont libéré un couple britannique détenu depuis février, a annoncé le Qatar.",
        "realised",
        "GRP.TALIBAN",
    ),
    (
        "Russia returned six Ukrainian children to their families, with mediation by Qatar.",
        "realised",
        "RUS",
    ),
    (
        "La Russie a rendu six enfants ukrainiens à leurs familles grâce à une médiation du Qatar.",
        "realised",
        "RUS",
    ),
    # Agreed to release: a planned concession beside the agreement.
    (
        "Hamas agreed to release 33 hostages during the first phase of the ceasefire.",
        "planned",
        "GRP.HAMAS",
    ),
    (
        "Le Hamas a accepté de libérer 33 otages lors de la première phase de la trêve.",
        "planned",
        "GRP.HAMAS",
    ),
    ("Israel agreed to free 1,900 Palestinian prisoners under the deal.", "planned", "ISR"),
    # Lifting a measure.
    ("The Malian junta lifted the suspension of political parties on Monday.", "realised", "MLI"),
    ("La junte malienne a levé lundi la suspension des partis politiques.", "realised", "MLI"),
    # A release a mediator brokered: the captor named on the freed concedes.
    ("Qatar mediated the release of 12 hostages held by Hamas.", "realised", "GRP.HAMAS"),
    ("Oman mediated the release of a French national held by Iran, Paris said.", "realised", "IRN"),
    (
        "Le Qatar a négocié la libération de quatre Américains détenus par les talibans.",
        "realised",
        "GRP.TALIBAN",
    ),
    (
        "Le Qatar a négocié la libération de 40 soldats par les autorités maliennes.",
        "realised",
        "MLI",
    ),
    # Still missed (MISSED below).
    (
        "The junta suspended political parties in April. It lifted the measure on Thursday.",
        "realised",
        "MLI",
    ),
    ("Iran handed over the seized tanker to its Greek owners on Monday.", "realised", "IRN"),
]

MISSED: dict[str, str] = {
    "The junta suspended political parties in April. It lifted the measure on Thursday.": (
        "a bare 'lift the measure' pointing back to a suspension is no trigger"
    ),
    "Iran handed over the seized tanker to its Greek owners on Monday.": (
        "'hand over' a ship is read as a handover of territory (RETREAT)"
    ),
}


def _doers(text: str, status: str) -> list[str]:
    return [
        e.actor1.canonical_id if e.actor1 is not None else ""
        for e in events_of(text)
        if e.plover_type == "CONCEDE" and e.status == status
    ]


@pytest.mark.parametrize(("text", "status", "doer"), probe_params(CONCEDERS, MISSED))
def test_the_giver_concedes(text: str, status: str, doer: str) -> None:
    got = _doers(text, status)
    assert any(g == doer or g.startswith(f"{doer}.") for g in got), (got, coded(text))


# Two sides give up captives: each concedes (report, first doer, second doer).
SWAPS = [
    (
        "Israel released 90 Palestinian prisoners in exchange for three hostages freed by Hamas.",
        "ISR",
        "GRP.HAMAS",
    ),
    (
        "Israël a libéré 90 prisonniers palestiniens en échange de trois otages libérés par "
        "le Hamas.",
        "ISR",
        "GRP.HAMAS",
    ),
    (
        "Israel freed 369 Palestinian prisoners on Saturday after Hamas released three "
        "Israeli hostages.",
        "ISR",
        "GRP.HAMAS",
    ),
]


@pytest.mark.parametrize(("text", "first", "second"), SWAPS)
def test_both_sides_of_a_swap_concede(text: str, first: str, second: str) -> None:
    got = _doers(text, "realised")
    for doer in (first, second):
        assert any(g == doer or g.startswith(f"{doer}.") for g in got), (got, coded(text))


# The receiver, the mediator and the freed people's state never concede.
NOT_THE_DOER = [
    ("Ukraine received the bodies of 757 soldiers from Russia on Friday.", "UKR"),
    ("Kyiv received 1,000 bodies from Moscow under the Istanbul agreement.", "UKR"),
    ("L'Ukraine a reçu jeudi de la Russie les corps de 909 soldats.", "UKR"),
    ("JNIM freed 25 Malian soldiers captured near Boulkessi, a local official said.", "MLI"),
    ("The Taliban handed over two American detainees to Qatari officials in Kabul.", "QAT"),
    ("The Taliban released a British couple detained since February, Qatar said on Friday.", "QAT"),
    ("Russia returned six Ukrainian children to their families, with mediation by Qatar.", "QAT"),
    ("Qatar mediated the release of 12 hostages held by Hamas.", "QAT"),
    ("Oman mediated the release of a French national held by Iran, Paris said.", "OMN"),
    # No captor named: the mediation stays a meeting, the mediator frees no one.
    ("Qatar mediated the release of 12 Israeli hostages on Friday.", "QAT"),
]


@pytest.mark.parametrize(("text", "party"), NOT_THE_DOER)
def test_receiver_or_mediator_never_concedes(text: str, party: str) -> None:
    got = _doers(text, "realised")
    assert not any(g == party or g.startswith(f"{party}.") for g in got), (got, coded(text))


# Wordings with no concession: a statement or a film released, a release only asked for or
# refused, goods or troops received, bodies received from no one named.
NO_CONCESSION = [
    "The ministry released a statement on Monday condemning the attack.",
    "Le ministère a publié un communiqué condamnant l'attaque.",
    "The film was released in cinemas in 2019.",
    "Human rights groups demanded the release of the detained journalists.",
    "Amnesty a réclamé la libération des journalistes détenus.",
    "The government refused to release the prisoners.",
    "Le gouvernement a refusé de libérer les prisonniers.",
    "Poland received 3,000 US soldiers on Monday.",
    "The hospital received the bodies of 12 people killed in the fighting.",
    "L'hôpital a reçu les corps de douze personnes tuées dans les combats.",
    "The freed hostages arrived in Israel on Sunday.",
    "Le président a reçu le ministre qatari des Affaires étrangères à Kigali.",
]


@pytest.mark.parametrize("text", NO_CONCESSION)
def test_no_concession(text: str) -> None:
    realised = [e for e in events_of(text) if e.plover_type == "CONCEDE" and e.status == "realised"]
    assert realised == [], coded(text)
