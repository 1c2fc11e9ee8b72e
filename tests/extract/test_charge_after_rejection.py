"""An accusation noun told right after a verb of rejecting a charge is the charge rejected,
even where the French parse hangs it on the day or makes it a subject: no ACCUSE of the
party that rejects it."""

from __future__ import annotations

import pytest

from coding import coded, events_of

REJECTIONS = [
    "Les autorités maliennes ont annoncé jeudi l'arrestation à Bamako d'un ressortissant belge"
    " accusé d'espionnage. Bruxelles a rejeté vendredi des accusations « infondées » et a"
    " demandé sa libération immédiate.",
    "La junte nigérienne a arrêté deux ressortissants français à Niamey pour espionnage."
    " Paris a rejeté les accusations et a demandé leur libération.",
]


@pytest.mark.parametrize("text", REJECTIONS)
def test_rejected_charge_is_no_accusation_of_the_rejecter(text: str) -> None:
    events = events_of(text)
    assert any(e.plover_type == "REJECT" for e in events), coded(text)
    assert not any(e.plover_type == "ACCUSE" for e in events), coded(text)


def test_accusation_made_after_a_rejection_of_something_else_stays() -> None:
    """A verb other than rejecting stands between: the accusation is told, not rejected."""
    text = (
        "Le gouvernement a rejeté le plan de paix jeudi, puis a lancé des accusations"
        " contre le Rwanda, qu'il accuse de soutenir les rebelles du M23."
    )
    assert any(e.plover_type == "ACCUSE" for e in events_of(text)), coded(text)
