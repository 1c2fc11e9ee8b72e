"""A wire story's dateline ("DAKAR - ", "PESHAWAR: ", "GOMA, Congo (Reuters) -"): the place in
capitals opening it is where the reporter files from, so it sets the story's country (a bare
"the interior minister" is that country's) and places an event only when its sentence names
no nearer place. The word after the dash starts the story: "Police" there is the force, not
the Polish town. Sentences are our own, modelled on wire reports."""

from __future__ import annotations

import pytest

from coding import coded, events_of

# (text, PLOVER type, doer, place)
DATELINED = [
    (
        "DAKAR - Police fired tear gas at opposition supporters on Tuesday. The interior "
        "minister accused the opposition of inciting violence.",
        "ACCUSE",
        "SEN.MOI",
        "Dakar",
    ),
    (
        "ISLAMABAD - Police baton-charged supporters of the jailed former prime minister on "
        "Friday. The interior minister accused the protesters of attacking officers.",
        "ACCUSE",
        "PAK.MOI",
        "Islamabad",
    ),
    (
        "ABUJA — Soldiers killed twelve militants near Damboa on Sunday, the army said.",
        "ASSAULT",
        "NGA.MIL",
        "Damboa",
    ),
    (
        "PESHAWAR: Police arrested three suspects in Bannu district on Monday, the "
        "counter-terrorism department said.",
        "COERCE",
        "PAK.POL",
        "Bannu District",
    ),
    (
        "BAMAKO - L'armée malienne a frappé mardi des positions jihadistes près de Léré, a "
        "indiqué l'état-major.",
        "ASSAULT",
        "MLI.MIL",
        "Lere",
    ),
]


@pytest.mark.parametrize(("text", "plover", "doer", "place"), DATELINED)
def test_a_dateline_sets_the_country_and_yields_to_nearer_places(
    text: str, plover: str, doer: str, place: str
) -> None:
    event = next((e for e in events_of(text) if e.plover_type == plover), None)
    assert event is not None, coded(text)
    got = event.actor1.canonical_id if event.actor1 else None
    assert got == doer, (got, coded(text))
    assert event.place is not None and event.place.name == place, (event.place, coded(text))


def test_no_event_is_placed_in_a_town_named_like_a_force() -> None:
    text = "DAKAR - Police fired tear gas at students on Tuesday."
    places = {e.place.name for e in events_of(text) if e.place is not None}
    assert places == {"Dakar"}, coded(text)


def test_a_capitalised_opening_word_is_no_dateline() -> None:
    """Only a place in capitals before a dash, comma, bracket or colon is a dateline: a
    French headline word in capitals opening a sentence stays an ordinary word."""
    text = "SELON DES TÉMOINS, des hommes armés ont attaqué jeudi le village de Ouro."
    assert all(e.place is None or e.place.name != "Selon" for e in events_of(text)), coded(text)


def test_a_possessive_keeps_troops_from_the_dateline_country() -> None:
    """ "BAMAKO - Paris said its soldiers would leave": the dateline makes Mali the story's
    country, yet "its soldiers" are the speaker's, not Mali's army."""
    text = "BAMAKO - Paris said on Thursday that its last soldiers would leave Mali by August."
    event = next((e for e in events_of(text) if e.plover_type == "RETREAT"), None)
    assert event is not None, coded(text)
    assert event.actor1 is not None and event.actor1.canonical_id == "FRA.MIL", coded(text)
