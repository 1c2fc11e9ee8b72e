"""Strategic developments a report tells without naming their doer in the clause: weapons
and vehicles carried off after an attack (looting), hostages freed in the passive after an
abduction (their captor frees them), and a speaker's own forces ("ses troupes", "its
troops") withdrawn in a clause it reports."""

from __future__ import annotations

import pytest

from coding import coded, events_of


def _of(text: str, subtype: str) -> list[str | None]:
    """actor1 ids of the events of ACLED sub-type ``subtype``."""
    return [
        e.actor1.canonical_id if e.actor1 is not None else None
        for e in events_of(text)
        if e.acled_subtype == subtype
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Des combattants du JNIM ont attaqué mardi le poste de Boulkessi avant de se "
        "replier en emportant des armes et deux véhicules.",
        "Des hommes armés ont attaqué jeudi le camp de Sollé et ont emporté des munitions.",
        "On 3 March 2024, gunmen from a rival clan raided a village near Rumbek, killing "
        "five herders and driving away hundreds of cattle.",
    ],
)
def test_goods_carried_off_are_looting(text: str) -> None:
    assert _of(text, "Looting/property destruction"), coded(text)


@pytest.mark.parametrize(
    ("text", "captor"),
    [
        (
            "Le 2 mars 2024, des combattants du JNIM ont enlevé douze commerçants près de "
            "Djibo. Ils ont été libérés une semaine plus tard.",
            "GRP.JNIM",
        ),
        (
            "On 2 March 2024, Boko Haram fighters abducted 20 farmers near Gwoza. The "
            "hostages were released on 10 March after a ransom was paid.",
            "GRP.BOKO_HARAM",
        ),
    ],
)
def test_passive_release_is_the_captors(text: str, captor: str) -> None:
    assert captor in _of(text, "Agreement"), coded(text)


def test_passive_release_without_abduction_stays_unnamed() -> None:
    text = "Les otages ont été libérés jeudi à Kidal."
    assert not _of(text, "Agreement"), coded(text)


def test_speakers_own_troops_withdraw() -> None:
    text = (
        "Le chef de l'armée malienne, le général Oumar Diarra, a reconnu lundi soir que ses "
        "troupes s'étaient retirées vers des positions plus sûres."
    )
    assert any(
        e.plover_type == "RETREAT" and e.actor1 is not None and e.actor1.country_iso3 == "MLI"
        for e in events_of(text)
    ), coded(text)
