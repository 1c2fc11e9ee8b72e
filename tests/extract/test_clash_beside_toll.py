"""Dead counted in a clash between two named sides (issue 5: actor1 of Battles).

"Au moins huit combattants ont été tués dans des affrontements entre l'ELN et des dissidents
des FARC": the clash is the event and its sides are its actors; the killing only counts the
dead. Before, the killing won and the first side was read as a victim."""

from __future__ import annotations

from coding import coded, events_of


def test_the_sides_of_a_clash_that_killed() -> None:
    text = (
        "Le 15 mars 2025, au moins huit combattants ont été tués dans des affrontements entre "
        "l'Armée de libération nationale (ELN) et des dissidents des FARC dans une zone rurale "
        "de Tame."
    )
    clashes = [e for e in events_of(text) if e.acled_subtype == "Armed clash"]
    assert len(clashes) == 1, coded(text)
    assert clashes[0].actor1 is not None and clashes[0].actor1.canonical_id == "GRP.ELN"
    assert clashes[0].quantities["fatalities"] == 8
