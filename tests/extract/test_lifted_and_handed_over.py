"""Doers of concessions and visits told by the wrong side of the sentence: a restriction
lifted ("a levé la suspension des partis", "the curfew was lifted by") is a concession of the
lifter, not the restriction; people, bodies or arms handed over in the passive ("les otages ont
été remis au CICR par le M23") are given up by the agent, not a handover of territory; a
release noun's complement names the freed, never who frees them ("a accepté la libération de
trois agents français"), its "par/by" phrase does; a visitor received in the passive ("Y a été
reçu par X", "Y was received by X") makes the visit, as "X a reçu Y" does."""

from __future__ import annotations

import pytest

from coding import coded, events_of

ROWS: list[tuple[str, str, str, str]] = [
    # restrictions lifted
    (
        "Les autorités maliennes ont levé lundi la suspension des activités des partis "
        "politiques, en vigueur depuis avril.",
        "CONCEDE",
        "Other",
        "MLI.GOV",
    ),
    (
        "The curfew in Jos was lifted by the Nigerian authorities on Thursday after a week of "
        "calm.",
        "CONCEDE",
        "Other",
        "NGA.GOV",
    ),
    (
        "The ban on opposition rallies was lifted by Kenya's interior ministry on Monday.",
        "CONCEDE",
        "Other",
        "KEN",
    ),
    # people, bodies and arms handed over, told in the passive
    (
        "Les otages ont été remis au CICR par le M23 mercredi à Kibumba.",
        "CONCEDE",
        "Agreement",
        "GRP.M23",
    ),
    (
        "Twelve prisoners were handed over to the Red Cross by the Houthis in Sanaa on Sunday.",
        "CONCEDE",
        "Agreement",
        "GRP.HOUTHI",
    ),
    (
        "Les corps de 40 soldats ont été remis par la Russie à l'Ukraine vendredi, a annoncé Kiev.",
        "CONCEDE",
        "Other",
        "RUS",
    ),
    # release nouns: the freed are no doer
    (
        "Les autorités burkinabè ont accepté jeudi la libération de trois agents français "
        "détenus à Ouagadougou depuis décembre.",
        "CONCEDE",
        "Agreement",
        "BFA",
    ),
    (
        "The release of 40 Ivorian soldiers by the Malian authorities took place on Thursday "
        "in Bamako.",
        "CONCEDE",
        "Agreement",
        "MLI",
    ),
    (
        "La libération de 46 militaires ivoiriens par les autorités maliennes a eu lieu samedi "
        "soir à Bamako.",
        "CONCEDE",
        "Agreement",
        "MLI",
    ),
    # visits received, told in the passive
    (
        "Le ministre français des Affaires étrangères a été reçu mardi par le président "
        "tchadien à N'Djamena.",
        "CONSULT",
        "Other",
        "FRA",
    ),
    (
        "The Sudanese army chief was received by Egypt's president in El Alamein on Thursday.",
        "CONSULT",
        "Other",
        "SDN",
    ),
]


@pytest.mark.parametrize(("text", "plover", "subtype", "doer"), ROWS)
def test_doer_of_the_concession_or_visit(text: str, plover: str, subtype: str, doer: str) -> None:
    """The realised event of the wording, its sub-type, and its doer (its id or a child's)."""
    event = next(
        (e for e in events_of(text) if e.plover_type == plover and e.status == "realised"),
        None,
    )
    assert event is not None, coded(text)
    assert event.acled_subtype == subtype, coded(text)
    got = event.actor1.canonical_id if event.actor1 is not None else ""
    assert got == doer or got.startswith(f"{doer}."), coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Les otages ont été remis au CICR par le M23 mercredi à Kibumba.",
        "The curfew in Jos was lifted by the Nigerian authorities on Thursday.",
    ],
)
def test_no_restriction_nor_territory_left(text: str) -> None:
    """The lifted restriction is no COERCE of its own, the hostages handed over no handover
    of territory."""
    kinds = {(e.plover_type, e.acled_subtype) for e in events_of(text)}
    assert ("COERCE", "Other") not in kinds, coded(text)
    assert ("RETREAT", "Non-violent transfer of territory") not in kinds, coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Aid agencies warned that the town could fall if the siege was not lifted.",
        "L'opposition exige la levée de l'interdiction des manifestations à Conakry.",
        "Les familles réclament la libération des soldats détenus par les rebelles.",
    ],
)
def test_no_realised_concession(text: str) -> None:
    """A lifting hoped for or demanded and a release asked for make no realised
    concession."""
    realised = [e for e in events_of(text) if e.plover_type == "CONCEDE" and e.status == "realised"]
    assert realised == [], coded(text)


def test_host_of_an_active_english_visit_kept() -> None:
    """English "X received Y" stays the host's, as the held-out English coders read it."""
    text = "Egypt's president received the Sudanese army chief in El Alamein on Thursday."
    events = [e for e in events_of(text) if e.plover_type == "CONSULT"]
    assert all(e.actor1 is None or e.actor1.canonical_id.startswith("EGY") for e in events), coded(
        text
    )
