"""English "striking" before workers ("the demands of striking doctors") names workers on
strike, no air strike; "striking civilians" stays an attack."""

from __future__ import annotations

from coding import coded, events_of


def test_striking_doctors_are_no_air_strike() -> None:
    """Workers on strike named by a participle make no attack; a strike on civilians does."""
    text = "The Lagos state government agreed to the demands of striking doctors in Lagos."
    assert not [e for e in events_of(text) if e.plover_type == "ASSAULT"], coded(text)
    text = "The army was accused of striking civilians in Kachin State on Tuesday."
    assert [e for e in events_of(text) if e.plover_type == "ASSAULT"], coded(text)
