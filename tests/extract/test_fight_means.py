"""Fights and means of violent events: a fight whose sides are named behind a measure ("a curfew
after clashes between X and Y"), a killing told inside a fight ("killed … in a firefight"),
and an attack whose means is told in a "with" phrase the parser hung on the target ("attacked
the checkpoint with a drone carrying explosives")."""

from __future__ import annotations

import pytest

from coding import coded, events_of


def _violent(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (
            e.acled_subtype,
            e.actor1.canonical_id if e.actor1 is not None else None,
            e.actor2.canonical_id if e.actor2 is not None else None,
        )
        for e in events_of(text)
        if e.plover_type == "ASSAULT"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The government imposed a curfew in parts of Misrata on Monday after heavy clashes "
        "between the Brigade 444 and the Rada Special Deterrence Force.",
        "Le gouvernement a décrété lundi un couvre-feu à Misrata après de violents "
        "affrontements entre la Brigade 444 et la force Rada, qui ont fait six morts.",
    ],
)
def test_fight_with_named_sides_behind_a_measure(text: str) -> None:
    assert ("Armed clash", "GRP.BRIGADE_444", "GRP.RADA") in _violent(text), coded(text)


def test_fight_with_unnamed_sides_has_no_doer_from_the_measure() -> None:
    text = (
        "The government imposed a curfew in Misrata on Monday after heavy clashes between "
        "two militias."
    )
    assert _violent(text) == [("Armed clash", None, None)], coded(text)


def test_a_period_of_fighting_behind_a_rally_is_no_event() -> None:
    text = (
        "Le 16 mai 2025, des milliers de personnes se sont rassemblées à Misrata pour réclamer "
        "la démission du gouvernement, après une semaine d'affrontements entre milices."
    )
    assert _violent(text) == [], coded(text)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "Jeudi, des policiers colombiens ont tué trois présumés narcotrafiquants lors d'un "
            "échange de tirs près de Tumaco, selon la police.",
            "COL.POL",
        ),
        (
            "On Thursday, Mexican soldiers killed four suspected cartel gunmen in a firefight "
            "near Culiacan, the army said.",
            "MEX.MIL",
        ),
        (
            "Des soldats maliens ont tué deux assaillants au cours d'un accrochage près de Kidal.",
            "MLI.MIL",
        ),
    ],
)
def test_killing_told_in_a_fight_is_a_clash(text: str, doer: str) -> None:
    assert [(s, a1) for s, a1, _ in _violent(text)] == [("Armed clash", doer)], coded(text)


def test_killed_by_fire_stays_an_attack() -> None:
    text = "Au moins 12 Palestiniens ont été tués mardi par des tirs israéliens près de Rafah."
    assert [s for s, _, _ in _violent(text)] == ["Attack"], coded(text)


@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        (
            "On 5 May 2025, AQAP militants attacked a Security Belt Forces checkpoint in "
            "Lawdar (Lawdar, Abyan) with a drone carrying explosives followed by gunfire, "
            "killing 3 soldiers.",
            "GRP.AQAP",
            "GRP.SECURITY_BELT",
        ),
        (
            "On 3 March 2025, ELN rebels attacked the police station in Tame (Tame, Arauca) "
            "with explosives dropped from drones, wounding 4 policemen.",
            "GRP.ELN",
            "COL.POL",
        ),
    ],
)
def test_attack_with_a_drone_is_a_drone_strike(text: str, doer: str, target: str) -> None:
    assert _violent(text) == [("Air/drone strike", doer, target)], coded(text)
