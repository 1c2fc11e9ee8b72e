"""Concessions made under pressure, at someone's request or after a mediation, and the false
events that the words around them used to make: an appeal read as a phone call, a rally a
ban bore on read as a protest, the mediator's or the speaker's country read as the place.
The doer is the party that concedes, never the one who pressed or mediated. Sentences are
our own, modelled on wire reports and analyst notes from several conflicts."""

from __future__ import annotations

import pytest

from coding import coded, doer_of, events_of, probe_params

# An appeal answered or defied ("calls from", "despite calls for", "les appels de") is no
# phone call and no request of the doer's.
APPEALS = [
    "Responding to calls from the UN Security Council, the Malian junta released 46 Ivorian "
    "soldiers on Sunday.",
    "Amid growing calls by rights groups, the Ethiopian government released 20 journalists in "
    "Addis Ababa.",
    "Despite calls for restraint, Israeli jets struck Beirut's southern suburbs on Monday.",
    "Malgré les appels à la retenue de l'ONU, l'armée congolaise a bombardé Goma.",
    "Répondant aux appels de la Cédéao, la junte nigérienne a libéré dix prisonniers "
    "politiques à Niamey.",
    "Heeding calls from church leaders, Kenyan police released 30 protesters in Nairobi.",
]

MISSED_APPEALS: dict[str, str] = {}


@pytest.mark.parametrize("text", probe_params([(t,) for t in APPEALS], MISSED_APPEALS))
def test_an_answered_appeal_is_no_call_nor_request(text: str) -> None:
    types = {e.plover_type for e in events_of(text)}
    assert not types & {"CONSULT", "REQUEST"}, coded(text)
    assert types, coded(text)


# Phone calls stay talks; appeals told as made stay requests.
CALLS_KEPT = [
    ("Macron held a phone call with Putin on Friday.", "CONSULT"),
    ("Erdogan received a call from Putin on Tuesday to discuss the Black Sea deal.", "CONSULT"),
    ("In a call with Zelensky on Monday, Scholz discussed air defence.", "CONSULT"),
    ("L'Union africaine a lancé un appel à la retenue au Soudan.", "REQUEST"),
    ("The African Union called for restraint in Sudan on Friday.", "REQUEST"),
    ("The UN Security Council called for an immediate ceasefire in Sudan on Friday.", "REQUEST"),
]

MISSED_CALLS: dict[str, str] = {}


@pytest.mark.parametrize(("text", "plover"), probe_params(CALLS_KEPT, MISSED_CALLS))
def test_calls_and_appeals_made_are_kept(text: str, plover: str) -> None:
    assert any(e.plover_type == plover for e in events_of(text)), coded(text)


def test_a_dated_call_is_no_call_on_a_party() -> None:
    text = "Ruto and Museveni discussed the border dispute in a call on Saturday."
    assert all(e.plover_type != "REQUEST" for e in events_of(text)), coded(text)


# What a ban or a restriction bears on is no protest, wherever the parser hangs it.
BANNED = [
    "The Ugandan government lifted the ban on opposition rallies on Monday.",
    "The Ugandan government imposed the ban on opposition rallies on Monday.",
    "Bangladesh eased the restrictions on student protests in Dhaka on Sunday.",
    "Le gouvernement togolais a levé l'interdiction des manifestations de l'opposition lundi.",
    "Zimbabwe's police extended the ban on demonstrations in Harare.",
]

MISSED_BANNED: dict[str, str] = {}


@pytest.mark.parametrize("text", probe_params([(t,) for t in BANNED], MISSED_BANNED))
def test_a_banned_protest_is_no_protest(text: str) -> None:
    assert all(e.plover_type != "PROTEST" for e in events_of(text)), coded(text)


PROTESTS_KEPT = [
    "Police opened fire on a rally in Kampala on Monday.",
    "Thousands rallied in Kampala on Monday against the ban on opposition parties.",
    "Des milliers de personnes ont manifesté à Lomé contre l'interdiction des partis.",
]


@pytest.mark.parametrize("text", PROTESTS_KEPT)
def test_a_protest_against_a_ban_stays(text: str) -> None:
    assert any(e.plover_type in ("PROTEST", "ASSAULT") for e in events_of(text)), coded(text)


# The mediator's, the one who pressed or the speaker's country is not the place.
NOT_THE_PLACE = [
    ("The Houthis released the crew of the Galaxy Leader after mediation by Oman.", "Oman"),
    ("Les rebelles du M23 ont libéré douze otages grâce à une médiation du Qatar.", "Qatar"),
    ("Kenya's President William Ruto called on both sides to respect the ceasefire.", "Kenya"),
    ("Under pressure from Washington, the Israeli government yielded to US demands.", "Washington"),
    ("Bowing to pressure from Washington, Israel allowed aid trucks into Gaza.", "Washington"),
    (
        "Le président du Kenya, William Ruto, a appelé les deux camps à respecter le "
        "cessez-le-feu.",
        "Kenya",
    ),
]

MISSED_PLACES: dict[str, str] = {}


@pytest.mark.parametrize(("text", "place"), probe_params(NOT_THE_PLACE, MISSED_PLACES))
def test_a_go_between_s_country_is_not_the_place(text: str, place: str) -> None:
    events = events_of(text)
    assert events, coded(text)
    assert all(e.place is None or e.place.name != place for e in events), [
        (e.plover_type, e.place.name if e.place else None) for e in events
    ]


PLACES_KEPT = [
    ("Qatar's mediation led to talks in Doha between the two sides.", "Doha"),
    (
        "At the request of the African Union, the Sudanese army agreed to a truce in El Fasher.",
        "El Fasher",
    ),
    (
        "À la demande de la France, les autorités maliennes ont libéré un journaliste à Bamako.",
        "Bamako",
    ),
]


@pytest.mark.parametrize(("text", "place"), PLACES_KEPT)
def test_the_deed_s_own_place_stays(text: str, place: str) -> None:
    assert any(e.place is not None and e.place.name == place for e in events_of(text)), [
        (e.plover_type, e.place.name if e.place else None) for e in events_of(text)
    ]


# The doer is who concedes, not who pressed, asked or mediated; a junta is its country's
# government.
CONCEDERS = [
    (
        "Sous la pression de l'Union africaine, la junte guinéenne a accepté de fixer un "
        "calendrier de transition.",
        "AGREE",
        "GIN.GOV",
    ),
    ("The Guinean junta released three journalists in Conakry on Thursday.", "CONCEDE", "GIN.GOV"),
    ("La junte gabonaise a libéré l'ancien président à Libreville.", "CONCEDE", "GAB.GOV"),
    (
        "At the request of the African Union, the Sudanese army agreed to a three-day truce in "
        "El Fasher.",
        "AGREE",
        "SDN.MIL",
    ),
    (
        "Under pressure from Washington, the Israeli government yielded to demands to allow aid "
        "into Gaza.",
        "CONCEDE",
        "ISR",
    ),
    (
        "Le gouvernement tchadien a cédé aux exigences des syndicats et a libéré trois "
        "dirigeants syndicaux.",
        "CONCEDE",
        "TCD",
    ),
    (
        "À la demande du Qatar, le Hamas a libéré quatre otages à Gaza.",
        "CONCEDE",
        "GRP.HAMAS",
    ),
    (
        "The Kenyan government bowed to demands from protesters and withdrew the finance bill.",
        "CONCEDE",
        "KEN",
    ),
]

MISSED_CONCEDERS = {
    "The Guinean junta released three journalists in Conakry on Thursday.": (
        "English 'junta' after a nationality is left unlinked to a body (bare GIN): made GOV, "
        'it turned "Myanmar\'s junta" enforcing conscription from MMR.MIL to MMR.GOV'
    ),
}


@pytest.mark.parametrize(("text", "plover", "doer"), probe_params(CONCEDERS, MISSED_CONCEDERS))
def test_the_doer_is_who_concedes(text: str, plover: str, doer: str) -> None:
    got = doer_of(text, plover) or ""
    assert got == doer or got.startswith(f"{doer}."), (got, coded(text))


def test_yielding_to_demands_is_done_not_asked() -> None:
    text = "The Israeli government yielded to demands to allow aid into Gaza."
    concessions = [e for e in events_of(text) if e.plover_type == "CONCEDE"]
    assert concessions and concessions[0].status == "realised", coded(text)
