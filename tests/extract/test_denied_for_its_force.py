"""A minister or government denying its own force's deed speaks for that force: the denied
copy is coded to the force accused, as analysts code a disputed attribution."""

from __future__ import annotations

import pytest

from coding import coded, events_of

ROWS = [
    (
        "Police fired on protesters in Nairobi on Tuesday, killing at least three people,"
        " witnesses said. The interior minister denied that officers had used live rounds.",
        "KEN.POL",
    ),
    (
        "Soldiers opened fire on a crowd of demonstrators in Khartoum on Thursday, killing"
        " five, medics said. The government denied that troops had shot at civilians.",
        "SDN.MIL",
    ),
]


@pytest.mark.parametrize(("text", "force"), ROWS)
def test_denied_copy_is_the_force_accused(text: str, force: str) -> None:
    denied = [e for e in events_of(text) if e.status == "denied"]
    assert denied, coded(text)
    assert all(e.actor1 is not None and e.actor1.canonical_id == force for e in denied), coded(text)


def test_denial_of_another_sides_deed_keeps_the_denier() -> None:
    """A deed of another state's force is no deed the denier speaks for."""
    text = (
        "Russian troops shelled the town of Kupiansk on Monday, killing two civilians,"
        " Ukrainian officials said. Ukraine's foreign ministry denied that its army had"
        " fired on the town."
    )
    for event in events_of(text):
        if event.status == "denied" and event.actor1 is not None:
            assert not event.actor1.canonical_id.startswith("RUS"), coded(text)
