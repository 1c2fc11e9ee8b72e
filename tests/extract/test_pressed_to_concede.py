"""A party pressed, pressured or encouraged to make a move is asked to make it: the move is
coded requested, done by the party asked, as analysts code "called on Israel to reopen".
Pressing an offensive asks nothing. Sentences are our own, modelled on wire reports."""

from __future__ import annotations

import pytest

from coding import coded, events_of

ASKED = [
    ("Egypt and Qatar pressed Israel to reopen the Rafah crossing.", "CONCEDE", "ISR"),
    ("L'Égypte a pressé Israël de rouvrir le point de passage de Rafah.", "CONCEDE", "ISR"),
    ("Washington pressured Ukraine to withdraw its troops from Kursk region.", "RETREAT", "UKR"),
    (
        "Le Qatar a encouragé le Hamas à libérer les otages restants.",
        "CONCEDE",
        "GRP.HAMAS",
    ),
]


@pytest.mark.parametrize(("text", "plover", "asked"), ASKED)
def test_a_move_pressed_for_is_requested_of_the_party_pressed(
    text: str, plover: str, asked: str
) -> None:
    event = next((e for e in events_of(text) if e.plover_type == plover), None)
    assert event is not None and event.status == "requested", coded(text)
    assert event.actor1 is not None and event.actor1.canonical_id.startswith(asked), coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces pressed their offensive toward Pokrovsk on Monday, shelling the town.",
        "Israeli troops pressed ahead with the assault on Rafah.",
    ],
)
def test_pressing_an_offensive_asks_nothing(text: str) -> None:
    assert all(e.status == "realised" for e in events_of(text)), coded(text)
