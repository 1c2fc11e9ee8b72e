"""One party asking another to concede, stop fighting or return to talks: analysts code the
deed asked for, status requested, with the party asked as its doer (not the asker).
Sentences are our own, modelled on wire reports and analyst notes from several conflicts."""

from __future__ import annotations

import pytest

from coding import coded, events_of, probe_params

ASKED = [
    # (sentence, PLOVER type of the deed asked, the party asked: id or a parent of it)
    (
        "ECOWAS called on the Nigerien junta on Thursday to restore constitutional order.",
        "CONCEDE",
        "NER",
    ),
    (
        "La Cédéao a exhorté la junte nigérienne à rétablir sans délai l'ordre constitutionnel.",
        "CONCEDE",
        "NER",
    ),
    (
        "L'Union africaine a appelé la junte malienne à rendre le pouvoir aux civils.",
        "CONCEDE",
        "MLI",
    ),
    (
        "The State Department called on the Sudanese army to cease hostilities in Darfur.",
        "CONCEDE",
        "SDN",
    ),
    (
        "Washington a appelé les Forces de soutien rapide à cesser les hostilités à El-Facher.",
        "CONCEDE",
        "GRP.RSF",
    ),
    (
        "Le pape a appelé l'armée soudanaise à mettre fin aux combats à Khartoum.",
        "CONCEDE",
        "SDN",
    ),
    (
        "The African Union urged the M23 to stop fighting around Goma.",
        "CONCEDE",
        "GRP.M23",
    ),
    (
        "The UN urged Israel to halt its offensive in Rafah.",
        "CONCEDE",
        "ISR",
    ),
    (
        "L'Union européenne a invité les FSR à suspendre leur offensive sur El-Facher.",
        "CONCEDE",
        "GRP.RSF",
    ),
    (
        "The US urged the Kenyan government to rescind the curfew imposed on Mombasa.",
        "CONCEDE",
        "KEN",
    ),
    (
        "Human Rights Watch urged the Taliban to reverse the ban on women working for NGOs.",
        "CONCEDE",
        "GRP.TALIBAN",
    ),
    (
        "L'Unesco a appelé les talibans à revenir sur l'interdiction faite aux filles d'étudier.",
        "CONCEDE",
        "GRP.TALIBAN",
    ),
    (
        "Amnesty called on the Tunisian government to reinstate the dismissed judges.",
        "CONCEDE",
        "TUN",
    ),
    (
        "The AU called on the Ethiopian army to respect the ceasefire in Tigray.",
        "CONCEDE",
        "ETH",
    ),
    (
        "Le Conseil de sécurité a exhorté l'armée soudanaise à respecter le cessez-le-feu.",
        "CONCEDE",
        "SDN",
    ),
    (
        "President Ruto urged the Ethiopian government to return to the negotiating table.",
        "CONSULT",
        "ETH",
    ),
    (
        "Le Kenya a exhorté le gouvernement éthiopien à revenir à la table des négociations.",
        "CONSULT",
        "ETH",
    ),
    (
        "UN Secretary-General Antonio Guterres appealed to Hamas to free all the hostages.",
        "CONCEDE",
        "GRP.HAMAS",
    ),
    (
        "The Security Council called on Rwanda to pull its troops out of Congolese territory.",
        "RETREAT",
        "RWA",
    ),
    (
        "Les États-Unis ont sommé la junte guinéenne de libérer les opposants détenus.",
        "CONCEDE",
        "GIN",
    ),
    (
        "ECOWAS pressed Burkina Faso's junta to release the detained journalists.",
        "CONCEDE",
        "BFA",
    ),
    (
        "The European Union urged Mali's junta to hand power back to civilians.",
        "CONCEDE",
        "MLI",
    ),
    (
        "L'UA a appelé la junte guinéenne à organiser des élections dans les meilleurs délais.",
        "CONCEDE",
        "GIN",
    ),
]

MISSED: dict[str, str] = {
    "ECOWAS pressed Burkina Faso's junta to release the detained journalists.": (
        "'press' is no request cue: 'pressed ahead with its offensive' would read requested"
    ),
    "The European Union urged Mali's junta to hand power back to civilians.": (
        "the phrase split by its object and particle ('hand power back') is not matched"
    ),
    "L'UA a appelé la junte guinéenne à organiser des élections dans les meilleurs délais.": (
        "holding elections is no coded deed: a realised 'organised elections' would read as "
        "a concession"
    ),
}


def _requested_doers(text: str, plover: str) -> list[str]:
    return [
        e.actor1.canonical_id if e.actor1 is not None else ""
        for e in events_of(text)
        if e.plover_type == plover and e.status == "requested"
    ]


@pytest.mark.parametrize(("text", "plover", "doer"), probe_params(ASKED, MISSED))
def test_the_deed_asked_is_done_by_the_party_asked(text: str, plover: str, doer: str) -> None:
    got = _requested_doers(text, plover)
    assert any(g == doer or g.startswith(f"{doer}.") for g in got), (got, coded(text))


STAYS_A_REQUEST = [
    # A decision withdrawn on request: the golds keep the asker's REQUEST.
    ("Reporters Without Borders called on the junta to reverse the decision.", "NGO"),
    ("Le CICR a demandé à Bamako de revenir sur sa décision.", "NGO"),
    # A halt that is the aim of another deed asked is no concession of the one asked.
    ("President Joseph Aoun urged the international community to act to halt the attacks.", "LBN"),
    # What is asked is nothing coded: the asker's REQUEST stands.
    ("The UN called on the Ethiopian government to allow investigators access to Tigray.", "IGO"),
    ("The UN called on the international community to help refugees in eastern Chad.", "IGO"),
    (
        "L'ONU a demandé aux autorités éthiopiennes de permettre aux enquêteurs d'accéder au "
        "Tigré.",
        "IGO",
    ),
]


@pytest.mark.parametrize(("text", "asker"), STAYS_A_REQUEST)
def test_a_request_of_nothing_coded_stays_the_askers(text: str, asker: str) -> None:
    requests = [e for e in events_of(text) if e.plover_type == "REQUEST"]
    assert requests, coded(text)
    got = requests[0].actor1.canonical_id if requests[0].actor1 is not None else ""
    assert got.startswith(asker), (got, coded(text))
    assert not [e for e in events_of(text) if e.status == "requested"], coded(text)


REALISED = [
    ("The junta lifted the curfew in Niamey on Monday.", "CONCEDE", "NER"),
    ("Les FSR ont cessé les hostilités lundi à El-Facher.", "CONCEDE", "GRP.RSF"),
    ("Israel allowed aid trucks into Gaza through Kerem Shalom on Monday.", "CONCEDE", "ISR"),
]


@pytest.mark.parametrize(("text", "plover", "doer"), REALISED)
def test_a_deed_done_stays_realised(text: str, plover: str, doer: str) -> None:
    events = [e for e in events_of(text) if e.plover_type == plover]
    assert events and all(e.status == "realised" for e in events), coded(text)
    got = events[0].actor1.canonical_id if events[0].actor1 is not None else ""
    assert got == doer or got.startswith(f"{doer}."), coded(text)
