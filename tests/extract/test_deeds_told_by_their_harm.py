"""A deed told only through the harm it did ("the death toll from Sunday's airstrike rose to
40", "Le bilan du bombardement russe de Kharkiv s'est alourdi à 12 morts", "victims of the
RSF attack were buried"), by a claim of it ("Al-Shabaab claimed responsibility for the
bombing") or by pictures of it ("footage of the Russian strike") is an event, not
background; the victims of a deed remembered ("des proches des victimes de l'explosion du
port ont défilé") or of another year are not.
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


CLAIMED_OR_SHOWN = [
    (
        "Al-Shabaab claimed responsibility for a suicide bombing that killed 12 people at a "
        "hotel in Mogadishu on Friday.",
        "Suicide bomb",
        "GRP.SHABAAB",
    ),
    (
        "The Islamic State group claimed responsibility for the attack on a church in Kasese.",
        "Attack",
        "GRP.ISCAP",
    ),
    (
        "Le JNIM a revendiqué la responsabilité de l'attaque contre le camp militaire de "
        "Boulkessi.",
        "Armed clash",
        "GRP.JNIM",
    ),
    (
        "Footage of the Russian strike on the Kharkiv hypermarket showed the building in "
        "flames on Saturday.",
        "Air/drone strike",
        "RUS.MIL",
    ),
    (
        "Des images de la frappe israélienne sur l'école de Gaza ont circulé mardi.",
        "Air/drone strike",
        "ISR.MIL",
    ),
]


@pytest.mark.parametrize(("text", "subtype", "doer"), TOLD + CLAIMED_OR_SHOWN)
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
    "A museum in Kigali shows photos of the 1994 massacres.",
]


@pytest.mark.parametrize("text", REMEMBERED)
def test_victims_of_a_deed_remembered(text: str) -> None:
    assert "ASSAULT" not in {e.plover_type for e in events_of(text)}, coded(text)
