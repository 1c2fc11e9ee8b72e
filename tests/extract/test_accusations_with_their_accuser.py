"""Accusations told from the side of the accused: "the RSF, accused by the army of shelling
El Fasher" (the army accuses, the RSF did the deed charged), "Israel faces accusations from
Human Rights Watch" (the NGO accuses), "faced attacks from JNIM fighters" (the fighters
attack). Sentences are our own, modelled on wire reports."""

from __future__ import annotations

import pytest

from coding import coded, doer_of, events_of

DOERS = [
    (
        "The RSF, accused by the army of shelling El Fasher, said it was defending civilians.",
        {"ACCUSE": "SDN.MIL", "ASSAULT": "GRP.RSF"},
    ),
    (
        "Les FSR, accusées par l'armée d'avoir bombardé El Fasher, affirment défendre les civils.",
        {"ACCUSE": "SDN.MIL", "ASSAULT": "GRP.RSF"},
    ),
    (
        "Israel faces accusations from Human Rights Watch of starving civilians in Gaza.",
        {"ACCUSE": "NGO.HRW"},
    ),
    (
        "Malian troops faced repeated attacks from JNIM fighters near Boni on Sunday.",
        {"ASSAULT": "GRP.JNIM"},
    ),
]


@pytest.mark.parametrize(("text", "doers"), DOERS)
def test_accuser_and_accused_take_their_roles(text: str, doers: dict[str, str]) -> None:
    for plover, doer in doers.items():
        got = doer_of(text, plover) or ""
        assert got == doer or got.startswith(f"{doer}."), (plover, coded(text))


NO_ACCUSATION = [
    # A charge that only describes who was arrested: no accusation, no theft coded.
    "Two men accused of stealing cattle were arrested in Kajiado on Monday.",
    # A strike put down to the army by residents: the strike, no accusation beside it.
    "Une frappe de drone attribuée par des habitants à l'armée a tué 26 personnes sur un "
    "marché de Kabkabiya.",
]


@pytest.mark.parametrize("text", NO_ACCUSATION)
def test_no_accusation_where_none_is_made(text: str) -> None:
    assert all(e.plover_type != "ACCUSE" for e in events_of(text)), coded(text)
