"""Meetings, mediations and visits told only as the setting or the means of another event
make no CONSULT of their own: a mediation through which prisoners were freed or a deal
signed, a meeting that only dates a proposal or a measure, leaders "meeting in" a capital
while they impose sanctions, a visit cut short, the host of a signing. Real meetings,
visits, talks and offers of mediation stay, with their doers."""

from __future__ import annotations

import pytest

from coding import assert_realised_doer, coded, events_of, probe_params

ROWS: list[tuple[str, str, str, str | None]] = [
    (
        "Qatar mediated talks between the Congolese government and the M23 rebels in Doha "
        "on Monday.",
        "CONSULT",
        "Other",
        "QAT",
    ),
    (
        "Zelensky said after a meeting with Macron in Paris that Ukraine needed more air defence.",
        "CONSULT",
        "Other",
        "UKR",
    ),
    (
        "Le ministre malien des Affaires étrangères a rencontré son homologue russe lundi à "
        "Moscou.",
        "CONSULT",
        "Other",
        "MLI",
    ),
    (
        "The foreign ministers of Russia and Turkey met in Moscow on Tuesday to discuss Syria.",
        "CONSULT",
        "Other",
        "RUS",
    ),
    ("Putin hosted Erdogan in Sochi on Monday.", "CONSULT", "Other", "TUR"),
    (
        "Le président Tshisekedi a rencontré Paul Kagame à Luanda, en présence du président "
        "angolais.",
        "CONSULT",
        "Other",
        "COD",
    ),
    (
        "Les négociations entre le gouvernement colombien et l'ELN ont repris lundi à Caracas "
        "sous médiation cubaine.",
        "CONSULT",
        "Other",
        "COL",
    ),
    (
        "Indian and Chinese military commanders held talks on Sunday at the border post of "
        "Chushul.",
        "CONSULT",
        "Other",
        "IND",
    ),
    (
        "The Pakistani army chief visited Kabul on Tuesday for talks with Taliban officials.",
        "CONSULT",
        "Other",
        "PAK",
    ),
    (
        "Le Premier ministre éthiopien s'est rendu mardi à Asmara pour s'entretenir avec le "
        "président érythréen.",
        "CONSULT",
        "Other",
        "ETH",
    ),
    (
        "Le chef de la diplomatie turque a rencontré samedi à Damas le président syrien.",
        "CONSULT",
        "Other",
        "TUR",
    ),
    (
        "Talks between Israeli and Hamas negotiators resumed in Cairo on Monday.",
        "CONSULT",
        "Other",
        "ISR",
    ),
]

MISSED: dict[str, str] = {}


@pytest.mark.parametrize(
    ("text", "plover", "subtype", "doer"),
    probe_params(ROWS, MISSED, id_of=lambda i, row: f"{i:02d}-{row[0][:20]}"),
)
def test_consult_settings_real_meetings_stay(
    text: str, plover: str, subtype: str, doer: str | None
) -> None:
    """A meeting, a visit or talks of their own, with a partner or a mediator as doer."""
    assert_realised_doer(text, plover, subtype, doer)


def test_consult_settings_offer_of_mediation_stays() -> None:
    """An offer of mediation is the mediator's proposed CONSULT, not a means."""
    text = "L'Algérie a proposé sa médiation entre le Mali et les rebelles touareg."
    assert [(e.plover_type, e.status) for e in events_of(text)] == [("CONSULT", "proposed")]


@pytest.mark.parametrize(
    "text",
    [
        # a mediation through which another deed came about
        "Le Hamas et Israël ont libéré lundi des dizaines de détenus grâce à une médiation "
        "de l'Égypte et du Qatar.",
        "Trois humanitaires enlevés au Mali ont été relâchés jeudi à la suite d'une médiation "
        "du Niger.",
        "Les Houthis ont libéré samedi 150 prisonniers saoudiens grâce à la médiation d'Oman.",
        "L'armée soudanaise et les FSR ont signé une trêve humanitaire sous médiation "
        "saoudienne et américaine.",
        "The rebels freed 40 hostages on Tuesday, citing mediation by Qatar.",
        "Ethiopia and Eritrea signed a peace deal on Monday after talks mediated by Saudi Arabia.",
        "Moscow and Kyiv swapped 95 prisoners each on Saturday through mediation by the United "
        "Arab Emirates.",
        "The kidnapped nuns were released in Haiti on Friday thanks to mediation by the "
        "Catholic Church.",
        # a meeting that only dates another deed
        "Emmanuel Macron a proposé mardi le déploiement d'une force européenne en Ukraine, "
        "lors d'une réunion des chefs d'état-major à Paris.",
        "The junta dissolved the electoral commission on Thursday, the minister said after a "
        "cabinet meeting.",
        "Le président colombien a annoncé la reprise des bombardements contre les dissidents "
        "des FARC lors d'un conseil de sécurité à Bogota.",
        "Réunis en sommet à Abuja, les dirigeants de la Cedeao ont imposé des sanctions au Mali.",
        "Arab foreign ministers meeting in Cairo condemned the Israeli strikes on Gaza.",
        # a visit cut short, a ceremony hosted
        "President Ruto cut short a visit to Germany after the floods killed 40 people.",
        "Le président a écourté sa visite en France après l'attaque de Tillabéri.",
        "President Ramaphosa cut short his visit to Washington on Wednesday.",
        "Ethiopia hosted the signing of the peace agreement between the two factions.",
        "Le Soudan a condamné le Kenya pour avoir accueilli la cérémonie de signature.",
    ],
)
def test_consult_settings_make_no_meeting(text: str) -> None:
    """A mediation as the means of another deed, a meeting as its time, a visit cut short
    and a hosted signing make no CONSULT."""
    assert [e for e in events_of(text) if e.plover_type == "CONSULT"] == [], coded(text)
