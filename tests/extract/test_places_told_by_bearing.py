"""A place told by its bearing from a town ("near Kobe, south of Gao", "près de Bambui, près de
Bamenda", "à 150 km au sud-est de Gao"): a village the gazetteer lacks is not its famous
namesake abroad, and the town it is said to lie near is a place even when the tagger reads
it as a person. Sentences are our own, modelled on analyst notes and wire reports."""

from __future__ import annotations

import pytest

from coding import coded, events_of

# (text, place of the first event, doer or None)
BEARINGS = [
    (
        "On 3 March 2025, JNIM militants ambushed an army convoy near Kobe, south of Gao, "
        "killing four soldiers.",
        "Gao",
        "GRP.JNIM",
    ),
    (
        "Des hommes armés ont incendié lundi l'école de Bambui, près de Bamenda, a indiqué "
        "un responsable local.",
        "Bamenda",
        None,
    ),
    (
        "Gunmen killed 30 villagers in Solhan, near Sebba, on Saturday night.",
        "Sebba",
        None,
    ),
]


@pytest.mark.parametrize(("text", "place", "doer"), BEARINGS)
def test_a_namesake_far_from_its_bearing_gives_way(text: str, place: str, doer: str | None) -> None:
    event = next(iter(events_of(text)), None)
    assert event is not None, coded(text)
    assert event.place is not None and event.place.name == place, (event.place, coded(text))
    if doer is not None:
        assert event.actor1 is not None and event.actor1.canonical_id == doer, coded(text)


# Places beside the town they are said to be near, which must keep their own reading.
NEAR_ENOUGH = [
    ("Russian shelling hit Vovchansk, north of Kharkiv, on Monday.", "Vovchansk"),
    (
        "Des jihadistes ont attaqué mardi le village de Tessit, à 150 km au sud-est de Gao.",
        "Tessit",
    ),
    ("ADF rebels attacked Mangina, near Beni, on Sunday night.", "Mangina"),
]


@pytest.mark.parametrize(("text", "place"), NEAR_ENOUGH)
def test_a_place_near_its_bearing_keeps_its_reading(text: str, place: str) -> None:
    event = next(iter(events_of(text)), None)
    assert event is not None, coded(text)
    assert event.place is not None and event.place.name == place, (event.place, coded(text))
