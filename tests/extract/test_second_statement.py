"""A report's second Strategic development: a statement the parser coordinated into a
reported clause ("denied that troops had fired and accused the protesters") is the
reporter's, realised; a state's "new authorities" are its government."""

from __future__ import annotations

from coding import coded, doer_of, events_of


def test_second_statement_accusation_beside_a_denial() -> None:
    """ "X denied that troops had used live rounds and accused Y": X accuses, and the
    accusation is no denied one."""
    text = (
        "Nigeria's defence ministry denied on Friday that soldiers had used live rounds in "
        "Lagos and accused the demonstrators of attacking a barracks."
    )
    event = next((e for e in events_of(text) if e.plover_type == "ACCUSE"), None)
    assert event is not None, coded(text)
    assert event.actor1 is not None and event.actor1.canonical_id == "NGA.MOD", coded(text)
    assert event.status == "realised", coded(text)


def test_second_statement_new_authorities_are_the_government() -> None:
    """ "Les nouvelles autorités ont envoyé des renforts": the new rulers of the story's
    country, whom the adjective does not hide."""
    text = (
        "Des hommes armés ont attaqué une patrouille de l'armée syrienne près de Lattaquié. "
        "Les nouvelles autorités ont ensuite envoyé d'importants renforts vers la côte."
    )
    assert doer_of(text, "MOBILIZE") == "SYR.GOV", coded(text)
