"""Government measures told in a sentence that names no place and no doer ("Un couvre-feu a
été instauré dans la ville", "Mobile internet was cut off across the region") take the
story's place and the authorities of its country, as ACLED codes curfews, emergency rule,
internet cuts and bans; a measure lifted or named in passing makes no such event."""

from __future__ import annotations

import pytest

from coding import coded, events_of


def _measure(text: str) -> tuple[str | None, str | None]:
    """The COERCE event a story's measure makes: its doer and its place."""
    event = next(
        (e for e in events_of(text) if e.plover_type == "COERCE" and e.acled_subtype == "Other"),
        None,
    )
    assert event is not None, f"no measure in {coded(text)}"
    doer = event.actor1.canonical_id if event.actor1 is not None else None
    return doer, event.place.name if event.place is not None else None


@pytest.mark.parametrize(
    ("text", "doer", "place"),
    [
        (
            "Des gendarmes ont tiré lundi sur des manifestants à Kankan, tuant deux jeunes. "
            "Un couvre-feu a été instauré dans la ville.",
            "GIN.GOV",
            "Kankan",
        ),
        (
            "Riots broke out in Kisumu on Tuesday after the vote, leaving two people dead. "
            "A dusk-to-dawn curfew was imposed.",
            "KEN.GOV",
            "Kisumu",
        ),
        (
            "Police fired tear gas at traders protesting a new tax in Lahore on Friday. "
            "Mobile internet was cut off across the region.",
            "PAK.GOV",
            "Lahore",
        ),
        (
            "Des jeunes ont bloqué les routes à Mombasa lundi pour protester contre la vie "
            "chère. L'accès à internet a été coupé dans toute la province.",
            "KEN.GOV",
            "Mombasa",
        ),
        (
            "Des heurts ont opposé dimanche des jeunes aux forces de l'ordre à Zinder. "
            "L'état d'urgence a été décrété.",
            "NER.GOV",
            "Zinder",
        ),
        (
            "Des manifestants ont incendié des pneus à Conakry jeudi. Les rassemblements ont "
            "été interdits jusqu'à nouvel ordre.",
            "GIN.GOV",
            "Conakry",
        ),
    ],
)
def test_sentence_less_measure_takes_story_place_and_government(
    text: str, doer: str, place: str
) -> None:
    assert _measure(text) == (doer, place)


def test_sentence_less_measure_keeps_authorities_named_before() -> None:
    text = (
        "Le ministère kényan de l'Intérieur a dénoncé mardi des violences à Kisumu, où deux "
        "manifestants ont été tués. Un couvre-feu a été instauré dans la ville."
    )
    assert _measure(text)[0] == "KEN.MOI"


@pytest.mark.parametrize(
    "text",
    [
        "Riots broke out in Kisumu on Tuesday, leaving two people dead. The ban on "
        "motorcycles has been blamed for the unrest.",
        "Des soldats ont tiré samedi sur des manifestants à Kankan. Malgré le couvre-feu, "
        "les jeunes sont restés dans les rues.",
        "Youths burned tyres in Kisumu on Monday over a death in custody. The officers on "
        "duty at the state broadcaster have been suspended.",
    ],
)
def test_sentence_less_measure_needs_a_measure_told_as_a_deed(text: str) -> None:
    assert not any(e.plover_type == "COERCE" for e in events_of(text)), coded(text)
