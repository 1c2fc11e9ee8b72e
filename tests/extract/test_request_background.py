"""Precision of REQUEST: a call that is only the reason of a punishment ("arrested after he
called on listeners to resist") or the word a deed was done at ("at the request of Oman", "à
la demande de l'Union africaine") is background, no REQUEST; a call on people to march that
the parser reads as "to" + noun is the protest asked for, no REQUEST beside it. Real requests
(an inquiry, funding, calm) stay."""

from __future__ import annotations

import pytest

from coding import coded, events_of

BACKGROUND = [
    "Police in Abuja arrested the activist Omoyele Sowore on Friday on charges including "
    "calling for a nationwide revolt.",
    "Pakistani police detained the cleric in Lahore on Tuesday for calling on his followers "
    "to block the motorways.",
    "Malian gendarmes arrested a radio host in Bamako on Monday after he called on listeners "
    "to resist the transition.",
    "A court in Dhaka sentenced an opposition activist to five years in jail on Monday for "
    "calling for the overthrow of the government.",
    "Ethiopian federal police detained a Fano sympathiser in Bahir Dar on suspicion of urging "
    "youths to take up arms.",
    "The Myanmar junta arrested a monk in Mandalay on charges of urging villagers to join the "
    "resistance.",
    "Un journaliste a été arrêté mardi à Ouagadougou pour avoir appelé à manifester contre la "
    "junte.",
    "Les deux camps ont annoncé dimanche un cessez-le-feu de 72 heures à la demande de l'Union "
    "africaine.",
    "The Houthis released 20 crew members on Sunday at the request of Oman.",
    "L'armée française a quitté mardi la base de Gao à la demande des autorités maliennes.",
    "À la demande de Washington, Israël a suspendu dimanche ses frappes sur le sud du Liban.",
    "At the request of the Libyan government, Turkey deployed military advisers to Tripoli on "
    "Thursday.",
    "The Colombian army released two soldiers to a humanitarian commission on Friday at the "
    "request of the ELN.",
    "Sur demande du gouvernement congolais, la Monusco a retiré ses casques bleus de Bunia.",
]


@pytest.mark.parametrize("text", BACKGROUND)
def test_a_call_behind_a_deed_is_no_request(text: str) -> None:
    """The call that explains an arrest, a sentence or a deed done at someone's word."""
    assert [e for e in events_of(text) if e.plover_type == "REQUEST"] == [], coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Un journaliste a été arrêté mardi à Ouagadougou pour avoir appelé à manifester contre "
        "la junte.",
        "Pakistani police detained the cleric in Lahore on Tuesday for calling on his "
        "followers to block the motorways.",
    ],
)
def test_what_a_punished_call_asked_is_no_event(text: str) -> None:
    """Only the arrest is told: the protest the detainee had called for is its reason."""
    assert [e.plover_type for e in events_of(text)] == ["COERCE"], coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Opposition leader Ousmane Sonko called on his supporters to march again on Thursday.",
        "The Kenyan opposition urged its followers to march on Nairobi on Tuesday.",
    ],
)
def test_a_call_to_march_is_the_protest_requested(text: str) -> None:
    """ "to march" read by the parser as "to" + noun is still the deed asked for."""
    made = [(e.plover_type, e.status) for e in events_of(text)]
    assert made == [("PROTEST", "requested")], coded(text)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "Haiti's government asked the United Nations on Monday for more funding for the "
            "police mission.",
            "HTI",
        ),
        (
            "Le gouvernement burkinabè a demandé mardi une enquête indépendante sur le massacre "
            "de Barsalogho.",
            "BFA",
        ),
        (
            "Amnesty International called for an independent investigation into the killings in "
            "Tigray.",
            "NGO.AMNESTY",
        ),
        ("L'ONU a appelé au calme dimanche après les affrontements à Tripoli.", "IGO.UN"),
        (
            "Kenya's president called for calm on Tuesday after police arrested 20 protesters in "
            "Nairobi.",
            "KEN",
        ),
        (
            "Human Rights Watch demanded an investigation into the arrest of the journalist in "
            "Harare.",
            "NGO.HRW",
        ),
        (
            "Le Premier ministre haïtien a demandé jeudi à la communauté internationale un soutien "
            "accru à la mission kényane.",
            "HTI",
        ),
    ],
)
def test_real_requests_stay(text: str, doer: str) -> None:
    """Asking for what is no event (an inquiry, funding, calm) stays a realised REQUEST."""
    requests = [e for e in events_of(text) if e.plover_type == "REQUEST" and e.status == "realised"]
    assert requests, coded(text)
    assert requests[0].actor1 is not None
    assert requests[0].actor1.canonical_id.startswith(doer), coded(text)
