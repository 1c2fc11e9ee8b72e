"""What is asked of a party: "X called on Y to do Z", "X a demandé à Y de faire Z" and a
request whose object is the deed ("a exigé un retrait", "demanded a halt to the strikes")
are coded as the deed Z, status requested, done by the one asked (or whose deed the noun
names), not as a REQUEST by the asker. Sentences are our own, modelled on wire reports from
several conflicts."""

from __future__ import annotations

import pytest

from coding import coded, events_of, probe_params

ASKED = [
    (
        "L'ONU a demandé au Rwanda de retirer ses troupes de l'est du Congo.",
        "RETREAT",
        "RWA",
    ),
    (
        "La Cédéao a demandé jeudi au Burkina Faso de retirer ses soldats de la frontière.",
        "RETREAT",
        "BFA",
    ),
    (
        "The United Nations asked Rwanda to withdraw its troops from eastern Congo.",
        "RETREAT",
        "RWA",
    ),
    (
        "L'Union africaine a demandé à l'armée soudanaise de se retirer de la ville.",
        "RETREAT",
        "SDN.MIL",
    ),
    (
        "L'UNRWA a demandé l'arrêt immédiat des démolitions par l'armée israélienne en "
        "Cisjordanie.",
        "CONCEDE",
        "ISR.MIL",
    ),
    (
        "Hamas demanded a halt to Israeli airstrikes on Gaza on Tuesday.",
        "CONCEDE",
        "ISR.MIL",
    ),
    (
        "The UN urged the Israeli army to stop the demolitions in the West Bank.",
        "CONCEDE",
        "ISR.MIL",
    ),
    (
        "Le Hezbollah a réclamé l'arrêt des frappes de l'armée israélienne sur le Liban.",
        "CONCEDE",
        "ISR.MIL",
    ),
    (
        "Le gouvernement libanais a exigé un retrait total de l'armée israélienne du sud du pays.",
        "RETREAT",
        "ISR.MIL",
    ),
    (
        "Beirut demanded the full withdrawal of Israeli troops from the south.",
        "RETREAT",
        "ISR.MIL",
    ),
    (
        "Kinshasa called on the UN Security Council to sanction Rwanda.",
        "SANCTION",
        "IGO.UNSC",
    ),
    (
        "Kinshasa a appelé le Conseil de sécurité de l'ONU à sanctionner le Rwanda.",
        "SANCTION",
        "IGO.UNSC",
    ),
    (
        "Kinshasa a demandé au Conseil de sécurité de sanctionner le Rwanda.",
        "SANCTION",
        "IGO.UNSC",
    ),
    (
        "Le Soudan a appelé le Conseil de sécurité de l'ONU à désigner les FSR comme "
        "organisation terroriste.",
        "SANCTION",
        "IGO.UNSC",
    ),
    (
        "OCHA called for an end to demolitions by Israeli forces in Jenin.",
        "CONCEDE",
        "ISR.MIL",
    ),
    (
        "Le Haut-Commissariat a demandé au Conseil de sécurité de mettre fin au mandat de la "
        "MONUSCO.",
        "RETREAT",
        "IGO.MONUSCO",
    ),
    (
        "The governor asked for more troops to be stationed in Borno state.",
        "MOBILIZE",
        "NGA.MIL",
    ),
]

MISSED = {
    ASKED[12][0]: "'Conseil de sécurité' alone is a short form the linker keeps only after "
    "the full name",
    ASKED[14][0]: "'an end to' is no noun of the halt frame",
    ASKED[15][0]: "ending a mission's mandate is no RETREAT trigger; its doer would be the "
    "mission, not the Council asked",
    ASKED[16][0]: "a passive infinitive asked for ('troops to be stationed') is no trigger",
}


def _doer(text: str, plover: str) -> str:
    event = next(
        (e for e in events_of(text) if e.plover_type == plover and e.status == "requested"),
        None,
    )
    assert event is not None, coded(text)
    return event.actor1.canonical_id if event.actor1 is not None else ""


@pytest.mark.parametrize(("text", "plover", "doer"), probe_params(ASKED, MISSED))
def test_requested_deed_is_the_addressee_s(text: str, plover: str, doer: str) -> None:
    got = _doer(text, plover)
    assert got == doer or got.startswith(f"{doer}."), (got, coded(text))


KEPT_AS_THEY_WERE = [
    # A request for no codable deed stays a REQUEST by the asker.
    ("The Ukrainian government asked for more funding for its air defences.", "UKR.GOV"),
]


@pytest.mark.parametrize(("text", "requester"), KEPT_AS_THEY_WERE)
def test_asker_keeps_its_request(text: str, requester: str) -> None:
    events = events_of(text)
    doers = {e.actor1.canonical_id for e in events if e.actor1 is not None}
    assert any(d == requester or d.startswith(f"{requester}.") for d in doers), coded(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # "au Niger" where troops go, "au Tchad" where aid is asked for: places, not doers.
        ("Le Tchad a annoncé que 500 soldats seront déployés au Niger en juin.", "NER"),
        ("Le HCR a demandé une aide d'urgence pour les réfugiés soudanais au Tchad.", "TCD"),
    ],
)
def test_a_country_after_au_stays_a_place(text: str, place: str) -> None:
    doers = [e.actor1.canonical_id for e in events_of(text) if e.actor1 is not None]
    assert place not in doers and not any(d.startswith(f"{place}.") for d in doers), coded(text)


def test_refused_request_is_no_requested_deed_of_the_refuser() -> None:
    """ "a rejeté la demande de retirer ses troupes": the rejection is the event."""
    text = "Le Mali a rejeté la demande de la Cédéao de retirer ses troupes de la frontière."
    assert any(e.plover_type == "REJECT" for e in events_of(text)), coded(text)
