"""Two strikes told in one report are two events: a reprisal by a named side after a strike
whose doer is untold ("Rockets fired from Syria …; Israeli tanks shelled positions in
response"), and a strike told at another hour of the same day ("Earlier in the night,
drones attacked …", "Plus tôt dans la nuit"). A strike retold ("the drone attack", "the
strikes killed three") stays one event."""

from __future__ import annotations

import pytest

from coding import coded, events_of

_REMOTE = "Explosions/Remote violence"


def _strikes(text: str) -> list[tuple[str | None, int | None]]:
    return [
        (e.actor1.canonical_id if e.actor1 is not None else None, e.quantities["fatalities"])
        for e in events_of(text)
        if e.acled_type == _REMOTE
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Rockets fired from Syria struck the northern town of Kiryat Shmona on Monday, the "
        "army said. Israeli tanks shelled several positions across the border in response.",
        "Des obus de mortier tirés depuis le Liban sont tombés mardi sur Metula, selon "
        "l'armée. L'artillerie israélienne a bombardé plusieurs villages en représailles.",
    ],
)
def test_distinct_strikes_reprisal_after_an_untold_side_s_strike(text: str) -> None:
    strikes = _strikes(text)
    assert len(strikes) == 2, coded(text)
    assert {doer for doer, _ in strikes} == {None, "ISR.MIL"}, strikes


@pytest.mark.parametrize(
    ("text", "tolls"),
    [
        (
            "Russian missiles struck an energy facility in Odesa on Tuesday morning, killing "
            "two workers, the regional governor said. Earlier in the night, Russian drones "
            "attacked the port, damaging warehouses.",
            {2, None},
        ),
        (
            "Des missiles russes ont frappé mardi matin une centrale à Odessa, tuant deux "
            "employés. Plus tôt dans la nuit, des drones russes avaient attaqué le port, "
            "endommageant des entrepôts.",
            {2, None},
        ),
    ],
)
def test_distinct_strikes_another_hour_of_the_day(text: str, tolls: set[int | None]) -> None:
    strikes = _strikes(text)
    assert len(strikes) == 2, coded(text)
    assert {toll for _, toll in strikes} == tolls, strikes


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "Israeli jets struck Tyre on Sunday in retaliation for rocket fire. The strikes "
            "killed three people, the Lebanese health ministry said.",
            3,
        ),
        (
            "Russian drones attacked Odesa overnight, killing two people, the governor said. "
            "The drone attack also damaged a school, he said.",
            2,
        ),
        (
            "Des drones russes ont attaqué Odessa dans la nuit, tuant deux personnes. "
            "L'attaque a également endommagé une école.",
            2,
        ),
        (
            "Israeli artillery shelled Khiam on Monday, killing one man, the army said. It "
            "later said the shelling had targeted Hezbollah positions.",
            1,
        ),
    ],
)
def test_distinct_strikes_a_retold_strike_stays_one(text: str, toll: int) -> None:
    assert _strikes(text) == [(_strikes(text)[0][0], toll)], coded(text)
