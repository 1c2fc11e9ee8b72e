"""Meetings of a story's two parties: "se retrouver" is a meeting only when its subject names
two parties, counted or coordinated, and "both sides" never stands for a mediator and its own
ministry (the speaker read as the other side)."""

from __future__ import annotations

import pytest

from coding import coded, doer_of, events_of


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "Le Tchad et le Soudan sont convenus lundi à Nairobi d'une trêve, sous médiation "
            "du Kenya et de l'Ouganda. Les deux délégations doivent se retrouver le mois "
            "prochain à Addis-Abeba.",
            "TCD",
        ),
        (
            "L'Éthiopie et l'Érythrée doivent se retrouver lundi à Nairobi, a annoncé l'Union "
            "africaine.",
            "ETH",
        ),
    ],
)
def test_two_parties_meeting_again(text: str, doer: str) -> None:
    meetings = [e for e in events_of(text) if e.plover_type == "CONSULT" and e.status == "planned"]
    assert any(e.actor1 is not None and e.actor1.canonical_id == doer for e in meetings), coded(
        text
    )


@pytest.mark.parametrize(
    "text",
    [
        "Des centaines de familles se sont retrouvées sans abri après les inondations à Goma.",
        "Les deux délégations se sont retrouvées bloquées à l'aéroport de Goma.",
        "Le ministre s'est retrouvé seul face aux journalistes à Kinshasa.",
    ],
)
def test_finding_oneself_is_no_meeting(text: str) -> None:
    assert not any(e.plover_type == "CONSULT" for e in events_of(text)), coded(text)


def test_both_sides_are_not_the_mediator_and_its_ministry() -> None:
    text = (
        "DOHA (AP) - Pakistan and Afghanistan agreed on a truce after talks in Doha brokered "
        "by Qatar and Turkey, Qatar's foreign ministry said on Monday. Both sides agreed to "
        "meet again in Ankara next week."
    )
    meetings = [e for e in events_of(text) if e.plover_type == "CONSULT" and e.status == "planned"]
    assert any(e.actor1 is not None and e.actor1.canonical_id == "PAK" for e in meetings), coded(
        text
    )
    assert doer_of(text, "AGREE") == "PAK"
