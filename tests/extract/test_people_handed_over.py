"""People handed over are released, not ground handed over: "M23 rebels handed over 12
captured soldiers to the Red Cross", "a remis des soldats au CICR" are a CONCEDE (as
prisoner releases are coded), while "handed over the base" stays a transfer of territory.
Sentences are our own, modelled on wire reports."""

from __future__ import annotations

import pytest

from coding import assert_realised_doer, coded, events_of, probe_params

PARSED_APART = "Les rebelles ont remis lundi au CICR 30 militaires capturés lors des combats."

RELEASES = [
    (
        "M23 rebels handed over 12 captured Congolese soldiers to the Red Cross in Goma on "
        "Tuesday.",
        "GRP.M23",
    ),
    ("The Houthis handed over 40 detainees to the ICRC at Sanaa airport.", "GRP.HOUTHI"),
    ("Le M23 a remis douze soldats congolais à la Croix-Rouge à Goma mardi.", "GRP.M23"),
    ("Les Houthis ont remis des détenus saoudiens au CICR à l'aéroport de Sanaa.", "GRP.HOUTHI"),
    ("Hamas handed over three hostages to the Red Cross in Gaza on Saturday.", "GRP.HAMAS"),
    (PARSED_APART, ""),
]

MISSED = {
    PARSED_APART: "the parser hangs the people on the addressee and 'capturés' on the verb",
}


@pytest.mark.parametrize(("text", "doer"), probe_params(RELEASES, MISSED))
def test_people_handed_over_are_released(text: str, doer: str) -> None:
    assert_realised_doer(text, "CONCEDE", "Agreement", doer or None)


GROUND = [
    "Russian forces handed over the Kamenka base to the Syrian army on Monday.",
    "Les soldats français ont remis la base de Gao à l'armée malienne.",
]


@pytest.mark.parametrize("text", GROUND)
def test_ground_handed_over_stays_a_transfer(text: str) -> None:
    kinds = {(e.plover_type, e.acled_subtype) for e in events_of(text)}
    assert ("RETREAT", "Non-violent transfer of territory") in kinds, coded(text)
    assert all(e.plover_type != "CONCEDE" for e in events_of(text)), coded(text)


IN_PROSPECT = [
    "Israel will release 90 Palestinian detainees on Sunday under the ceasefire deal.",
    "Kyiv said it was ready to hand over all the Russian soldiers it holds in an all-for-all "
    "exchange.",
    "Le gouvernement a promis de libérer les manifestants détenus à Conakry.",
]


@pytest.mark.parametrize("text", IN_PROSPECT)
def test_release_not_made_is_no_agreement(text: str) -> None:
    """A release planned or offered is coded Other, as a release asked for is: no
    agreement has been carried out."""
    releases = [e for e in events_of(text) if e.plover_type == "CONCEDE"]
    assert releases, coded(text)
    assert all(e.status != "realised" and e.acled_subtype == "Other" for e in releases), coded(text)
