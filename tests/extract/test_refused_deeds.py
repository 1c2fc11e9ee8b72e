"""A refusal told with the deed refused ("refused to hand over its weapons", "a refusé de se
retirer") is one REJECT, as analysts code it: the deed refused is no negated event of its
own. Sentences are our own, modelled on wire reports."""

from __future__ import annotations

import pytest

from coding import coded, events_of

REFUSALS = [
    "Hezbollah refused on Monday to hand over its weapons to the Lebanese army.",
    "Le Hezbollah a refusé lundi de livrer ses armes à l'armée libanaise.",
    "Les rebelles du M23 ont refusé de se retirer de Goma malgré l'accord de Doha.",
    "The Taliban government refused to release the two American contractors on Tuesday.",
]


@pytest.mark.parametrize("text", REFUSALS)
def test_refusal_is_one_rejection(text: str) -> None:
    events = events_of(text)
    assert [e.plover_type for e in events] == ["REJECT"], coded(text)


def test_a_deed_not_done_without_a_refusal_stays_negated() -> None:
    text = "Hamas said on Sunday that its members would not hand over their weapons."
    assert any(e.status == "negated" and e.plover_type == "RETREAT" for e in events_of(text)), (
        coded(text)
    )
