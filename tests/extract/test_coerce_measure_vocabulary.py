"""Coercive measures a state or an armed group imposes, told with words the lexicon lacked:
media, NGOs and associations suspended, shut, struck off or jammed; entry denied; movement
restricted; envoys expelled; goods requisitioned; opponents convicted or put on trial. Each
is PLOVER COERCE, ACLED Strategic developments/Other, done by who imposes it. Sentences are
our own, modelled on wire reports and analyst notes from several conflicts; talks
suspended, a conference closed or a constitution barring a term must stay no measure."""

from __future__ import annotations

import pytest

from coding import assert_realised_doer, coded, events_of, probe_params

MEASURES = [
    # media, NGOs and associations
    (
        "Uganda's government on Friday deregistered 54 NGOs in Kampala, accusing them of "
        "operating illegally.",
        "UGA",
    ),
    (
        "Zimbabwe's government deregistered dozens of charities in Harare on Wednesday ahead "
        "of the vote.",
        "ZWE",
    ),
    ("The Taliban barred women from working for NGOs in Kabul on Saturday.", "GRP.TALIBAN"),
    (
        "Burundian authorities barred journalists from the trial in Bujumbura on Monday.",
        "BDI",
    ),
    ("Le gouvernement nicaraguayen a fermé mercredi 25 ONG à Managua.", "NIC"),
    ("Le gouvernement ougandais a radié 54 ONG vendredi à Kampala.", "UGA"),
    ("Nicaragua's government on Wednesday shut down 25 NGOs in Managua.", "NIC"),
    ("Ethiopia's government suspended three NGOs in Addis Ababa on Monday.", "ETH"),
    (
        "Algerian authorities closed the RAJ association in Algiers on Thursday, its lawyer said.",
        "DZA",
    ),
    (
        "Iranian authorities jammed the broadcasts of BBC Persian in Tehran on Friday.",
        "IRN",
    ),
    (
        "Le gouvernement burkinabè a brouillé vendredi à Ouagadougou les émissions de Radio "
        "France Internationale.",
        "BFA",
    ),
    (
        "Les autorités guinéennes ont brouillé mardi le signal de la radio FIM FM à Conakry.",
        "GIN",
    ),
    # movement and entry
    (
        "Ugandan authorities on Monday denied entry to a Kenyan opposition activist at "
        "Entebbe airport.",
        "UGA",
    ),
    ("Sudan's army restricted the movement of civilians in El Fasher on Thursday.", "SDN"),
    (
        "Les autorités tchadiennes ont restreint jeudi la circulation des personnes à N'Djamena.",
        "TCD",
    ),
    (
        "L'armée malienne a bouclé jeudi le quartier de Kalaban Coro et fouillé les maisons.",
        "MLI",
    ),
    # envoys expelled: ordered out (COERCE expel), not a recall of one's own (SANCTION)
    ("Somalia's government on Thursday expelled Ethiopia's ambassador from Mogadishu.", "SOM"),
    ("Le Burkina Faso a expulsé mardi deux diplomates français de Ouagadougou.", "BFA"),
    # goods and opponents
    (
        "The Sudanese army requisitioned trucks and fuel from traders in Port Sudan on Monday.",
        "SDN",
    ),
    (
        "Egyptian authorities put the activist on trial in Cairo on Sunday for spreading "
        "false news.",
        "EGY",
    ),
    ("A court in Ankara convicted the Kurdish politician of terrorism on Tuesday.", None),
]

MISSED: dict[str, str] = {
    "Ethiopia's government suspended three aid groups in Addis Ababa on Monday.": (
        "the phrase 'suspend aid' (SANCTION) wins over the object 'aid groups'"
    ),
    "Le tribunal de Dakar a condamné lundi l'opposant Ousmane Sonko à deux ans de prison "
    "ferme.": "the prison term lies too far from 'condamner' for a phrase: read as condemning",
    "Burundian prosecutors on Thursday prosecuted the journalist in Bujumbura.": (
        "'prosecute' is left out: taking a case to court is ACCUSE, as 'charge' is in the dev sets"
    ),
}

ROWS = [
    *MEASURES,
    *((text, None) for text in MISSED),
]


@pytest.mark.parametrize(("text", "doer"), probe_params(ROWS, MISSED))
def test_measure_is_coded_coerce(text: str, doer: str | None) -> None:
    assert_realised_doer(text, "COERCE", "Other", doer)


NO_MEASURE = [
    "Colombia's government suspended peace talks with the ELN in Bogota on Friday.",
    "The talks were suspended in Doha on Monday after a row over prisoners.",
    "The minister closed the conference in Addis Ababa on Thursday.",
    "The bar association condemned the arrests in Nairobi on Tuesday.",
    "The constitution bars the president from seeking a third term in Kinshasa.",
    "Le gouvernement colombien a suspendu vendredi à Bogota les pourparlers avec l'ELN.",
    "Le ministre a fermé la conférence jeudi à Addis-Abeba.",
    "Le président Tinubu a condamné mardi à Abuja une violence insensée.",
    "Les commerçants ont fermé leurs boutiques à Bamako lundi en signe de protestation.",
    "Kenya Airways suspended flights to Kinshasa on Monday.",
    "South Sudan's government charged Riek Machar with treason in Juba on Thursday.",
]


@pytest.mark.parametrize("text", NO_MEASURE)
def test_no_measure_coded(text: str) -> None:
    measures = [e for e in events_of(text) if e.plover_type == "COERCE"]
    assert measures == [], coded(text)
