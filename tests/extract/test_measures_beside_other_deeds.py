"""Measures and statements told beside another deed in one sentence: a second deed the
parser hangs on a denied clause ("a démenti que les soldats aient tiré … et a prolongé
l'état d'exception"), a curfew beside looting, and a curfew lifted or a state of emergency
declared in the passive by a titled speaker ("the interior minister said a curfew would be
lifted"). Sentences are our own, modelled on wire reports from several conflicts."""

from __future__ import annotations

import pytest

from coding import coded, events_of, probe_params

# (text, PLOVER type, ACLED sub-type, status, doer)
SECOND_DEEDS = [
    (
        "Le gouvernement burkinabè a nié que l'armée ait tué des civils à Djibo et a suspendu "
        "la diffusion de RFI.",
        "COERCE",
        "Other",
        "realised",
        "BFA.GOV",
    ),
    (
        "Le gouvernement équatorien a démenti que les soldats aient tiré à balles réelles sur "
        "les manifestants et a prolongé l'état d'exception dans six provinces.",
        "COERCE",
        "Other",
        "realised",
        "ECU.GOV",
    ),
    (
        "Les autorités nigériennes ont démenti que des soldats aient pillé des boutiques à "
        "Tillabéri et ont instauré un couvre-feu dans la ville.",
        "COERCE",
        "Other",
        "realised",
        "NER.GOV",
    ),
    (
        "Kinshasa a rompu ses relations diplomatiques avec Kigali, accusé de soutenir le M23, "
        "et a exprimé son soutien aux déplacés de Goma.",
        "SUPPORT",
        "Other",
        "realised",
        "COD.GOV",
    ),
    (
        "The Ethiopian government denied that troops had shelled Bahir Dar and extended the "
        "state of emergency in the Amhara region.",
        "COERCE",
        "Other",
        "realised",
        "ETH.GOV",
    ),
]

# (text, PLOVER type, doer)
ANNOUNCED_MEASURES = [
    (
        "The governor of Borno state said the curfew in Maiduguri had been lifted.",
        "CONCEDE",
        "NGA.GOV",
    ),
    (
        "Le porte-parole du gouvernement tchadien a annoncé que l'état d'urgence avait été "
        "levé dans la province du Ouaddaï.",
        "CONCEDE",
        "TCD.GOV",
    ),
    (
        "Le ministre de l'Intérieur du Niger a annoncé que le couvre-feu serait levé à Agadez.",
        "CONCEDE",
        "NER.GOV",
    ),
    (
        "The interior minister of Burkina Faso said the army had recaptured Djibo and that a "
        "curfew would be lifted there on Friday.",
        "CONCEDE",
        "BFA.GOV",
    ),
    (
        "The Haitian prime minister said a state of emergency had been declared in the "
        "Artibonite department.",
        "COERCE",
        "HTI.GOV",
    ),
]

MISSED: dict[str, str] = {
    SECOND_DEEDS[4][0]: (
        "English has no subjunctive: 'extended' hangs on 'shelled' and takes the denial "
        "and the troops as its doer"
    ),
    ANNOUNCED_MEASURES[2][0]: "'Le ministre de l'Intérieur du Niger' links to the state NER",
    ANNOUNCED_MEASURES[3][0]: (
        "'The interior minister of Burkina Faso' links to the state BFA, not its government"
    ),
}


@pytest.mark.parametrize(
    ("text", "plover", "subtype", "status", "doer"), probe_params(SECOND_DEEDS, MISSED)
)
def test_second_deed_beside_a_denied_clause(
    text: str, plover: str, subtype: str, status: str, doer: str
) -> None:
    found = [e for e in events_of(text) if e.plover_type == plover and e.acled_subtype == subtype]
    assert found, coded(text)
    assert found[0].status == status, coded(text)
    assert found[0].actor1 is not None and found[0].actor1.canonical_id == doer, coded(text)


@pytest.mark.parametrize(("text", "plover", "doer"), probe_params(ANNOUNCED_MEASURES, MISSED))
def test_measure_in_the_passive_is_the_speaker_s(text: str, plover: str, doer: str) -> None:
    found = [e for e in events_of(text) if e.plover_type == plover]
    assert found, coded(text)
    assert found[0].actor1 is not None and found[0].actor1.canonical_id == doer, coded(text)


def test_denied_deeds_stay_denied() -> None:
    """Two subjunctive verbs under one denial are both denied."""
    text = (
        "L'armée a démenti que ses soldats aient tiré sur la foule et aient tué des "
        "manifestants à Conakry."
    )
    assert all(e.status == "denied" for e in events_of(text)), coded(text)


NOT_OF_THEIR_OWN = [
    # A march an armed group begins goes on with its takeover; no protest.
    (
        "Wagner fighters took control of the headquarters in Rostov-on-Don and began a march "
        "towards Moscow.",
        "PROTEST",
    ),
    # An inquiry opened after a strike is no accusation.
    (
        "The air force said it had targeted bandits in Zurmi and had opened an investigation.",
        "ACCUSE",
    ),
    # Riot police firing tear gas and dispersing the protest: one protest, met by force.
    ("Les policiers ont tiré des gaz lacrymogènes et dispersé la manifestation à Dakar.", "COERCE"),
]


@pytest.mark.parametrize(("text", "plover"), NOT_OF_THEIR_OWN)
def test_started_or_acted_on_is_no_event(text: str, plover: str) -> None:
    assert all(e.plover_type != plover for e in events_of(text)), coded(text)


def test_a_witness_is_no_doer_of_a_curfew() -> None:
    """An NGO or residents who tell of a measure did not impose it."""
    text = "Human Rights Watch said a curfew had been imposed in Bamenda after clashes."
    doers = {e.actor1.canonical_id for e in events_of(text) if e.actor1 is not None}
    assert not any(d.startswith("NGO") or "HRW" in d for d in doers), coded(text)


NO_MEASURE_APART = [
    # A port that suspends its operations after looting imposes no measure.
    "Gang members looted dozens of containers at the port of Port-au-Prince on Tuesday, "
    "forcing it to suspend operations.",
    # A ban of another day is background to the arrests.
    "Police arrested 120 people on Saturday at a rally in Islamabad in support of the "
    "movement, the group the government banned last month.",
]


@pytest.mark.parametrize("text", NO_MEASURE_APART)
def test_no_measure_of_its_own(text: str) -> None:
    measures = [
        e for e in events_of(text) if e.plover_type == "COERCE" and e.acled_subtype == "Other"
    ]
    assert measures == [], coded(text)
