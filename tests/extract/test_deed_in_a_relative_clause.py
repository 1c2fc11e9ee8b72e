"""A deed told in a relative clause with a subject of its own is a clause, not a participle
describing a noun: "les victimes du marché, que des drones des FSR ont bombardé dimanche"
codes the strike; "les soldats tués lundi" still only describes whom the toll names.
Sentences are our own, modelled on wire reports."""

from __future__ import annotations

import pytest

from coding import coded, events_of

TOLD = [
    (
        "Les habitants ont enterré lundi les victimes du marché de Kadugli, que des drones des "
        "FSR ont bombardé dimanche.",
        "GRP.RSF",
    ),
    (
        "Des familles ont fui le quartier de Karthiah, que l'artillerie des FSR a pilonné toute "
        "la nuit.",
        "GRP.RSF",
    ),
]


@pytest.mark.parametrize(("text", "doer"), TOLD)
def test_relative_clause_with_its_own_subject_tells_the_deed(text: str, doer: str) -> None:
    events = [e for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert events, coded(text)
    got = events[0].actor1.canonical_id if events[0].actor1 else ""
    assert got == doer or got.startswith(f"{doer}."), coded(text)


DESCRIBED = [
    "Les soldats tués lundi à Boni ont été enterrés mardi à Mopti.",
    "The militias backed by the army paraded in Bunia on Sunday.",
]


@pytest.mark.parametrize("text", DESCRIBED)
def test_participle_without_a_subject_describes(text: str) -> None:
    assert all(e.status != "realised" or e.plover_type != "ASSAULT" for e in events_of(text)), (
        coded(text)
    )
