"""Fire on a crowd denied in a sentence of its own ("Police denied the allegation") is the
force's denied copy, as for an attack, though ACLED files such fire under Protests.
Sentences are our own, modelled on wire reports."""

from __future__ import annotations

import pytest

from coding import assert_denied_copy

FORCE = "Excessive force against protesters"

DENIALS = [
    (
        "Police shot dead two protesters in Nairobi on Tuesday, witnesses said. Police denied "
        "the allegation.",
        "KEN.POL",
    ),
    (
        "Police were accused of shooting dead two protesters in Nairobi on Tuesday. Police "
        "denied the allegation.",
        "KEN.POL",
    ),
    (
        "La police a tiré à balles réelles sur des manifestants à Conakry mardi, tuant deux "
        "jeunes, selon des témoins. La police a démenti.",
        "GIN.POL",
    ),
]


@pytest.mark.parametrize(("text", "doer"), DENIALS)
def test_fire_on_a_crowd_denied(text: str, doer: str) -> None:
    assert_denied_copy(text, FORCE, doer)
