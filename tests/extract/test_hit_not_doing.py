"""Who died in an attack was hit by it, and aid that was attacked was delivered by no one:
neither is the doer of an event. Sentences are our own, modelled on wire reports."""

from __future__ import annotations

import pytest

from coding import coded, events_of

# (report, the doer the attack must have, the party that must not be its doer)
DIED_IN = [
    ("A Pakistani soldier died in an Indian artillery barrage near Kotli.", "IND", "PAK"),
    ("Un soldat malien a péri dans une embuscade jihadiste près de Boni.", None, "MLI"),
    (
        "Deux soldats nigériens sont morts dans une attaque de l'EIGS près de Tillabéri.",
        "GRP.IS_SAHEL",
        "NER",
    ),
    ("Two Syrian soldiers died in an Israeli air strike near Daraa.", "ISR", "SYR"),
]


@pytest.mark.parametrize(("text", "doer", "not_doer"), DIED_IN)
def test_who_died_in_the_attack_did_not_do_it(text: str, doer: str | None, not_doer: str) -> None:
    assaults = [e for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert assaults, coded(text)
    actor = assaults[0].actor1
    found = actor.canonical_id if actor is not None else None
    assert found is None or not found.startswith(not_doer), coded(text)
    if doer is not None:
        assert found is not None and found.startswith(doer), coded(text)


AID_HIT = [
    "A UN aid convoy came under fire near El Fasher on Tuesday.",
    "Un convoi humanitaire de l'ONU a été attaqué près de Goma.",
]


@pytest.mark.parametrize("text", AID_HIT)
def test_an_attacked_convoy_is_no_aid_delivered(text: str) -> None:
    types = [e.plover_type for e in events_of(text)]
    assert types == ["ASSAULT"], coded(text)


def test_a_convoy_that_arrives_is_aid() -> None:
    text = "A UN aid convoy reached El Fasher on Tuesday with food for 30,000 people."
    assert "AID" in [e.plover_type for e in events_of(text)], coded(text)
