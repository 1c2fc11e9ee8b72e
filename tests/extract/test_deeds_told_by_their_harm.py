"""A deed told only through the harm it did ("the death toll from Sunday's airstrike rose to
40", "Le bilan du bombardement russe de Kharkiv s'est alourdi à 12 morts", "victims of the
RSF attack were buried") is an event, not background; the victims of a deed remembered
("des proches des victimes de l'explosion du port ont défilé") or of another year are not.
Sentences are our own, modelled on wire reports from several conflicts."""

from __future__ import annotations

import pytest

from coding import assert_realised_doer, coded, events_of

TOLD = [
    (
        "At least 12 people died on Tuesday in the aftermath of a Russian missile strike on Odesa.",
        "Shelling/artillery/missile attack",
        "RUS.MIL",
    ),
    (
        "The death toll from Sunday's Israeli airstrike on the Nuseirat camp rose to 40, "
        "health officials said.",
        "Air/drone strike",
        "ISR.MIL",
    ),
    (
        "Victims of the RSF attack on the village of Wad al-Nourah were buried on Thursday.",
        "Attack",
        "GRP.RSF",
    ),
    (
        "Les victimes de l'attaque du JNIM contre Barsalogho ont été enterrées samedi.",
        "Attack",
        "GRP.JNIM",
    ),
    (
        "Le bilan du bombardement russe de Kharkiv mardi s'est alourdi à 12 morts.",
        "Air/drone strike",
        "RUS.MIL",
    ),
]


@pytest.mark.parametrize(("text", "subtype", "doer"), TOLD)
def test_deed_told_by_its_harm(text: str, subtype: str, doer: str) -> None:
    assert_realised_doer(text, "ASSAULT", subtype, doer)


def test_toll_told_with_the_deed() -> None:
    text = "Le bilan du bombardement russe de Kharkiv mardi s'est alourdi à 12 morts."
    tolls = [e.quantities["fatalities"] for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert tolls == [12], coded(text)


REMEMBERED = [
    "Le 4 août 2024, plusieurs centaines de proches des victimes de l'explosion du port ont "
    "défilé à Beyrouth.",
    "Survivors of the 1994 genocide gathered in Kigali on Sunday.",
]


@pytest.mark.parametrize("text", REMEMBERED)
def test_victims_of_a_deed_remembered(text: str) -> None:
    assert "ASSAULT" not in {e.plover_type for e in events_of(text)}, coded(text)
