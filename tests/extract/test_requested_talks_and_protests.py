"""Talks and protests asked for are coded as what is asked, with status requested, as
withdrawals and releases asked for are: the asking is no REQUEST event beside them."""

from __future__ import annotations

import pytest

from coding import coded, events_of

ASKED = [
    # (report, PLOVER type asked for, doer expected or None)
    (
        "Kenya requested consultations with its regional allies on Friday after the raid.",
        "CONSULT",
        "KEN",
    ),
    (
        "Le gouvernement malien a demandé jeudi une réunion du Conseil de sécurité.",
        "CONSULT",
        "MLI.GOV",
    ),
    (
        "On Tuesday the African Union urged Ethiopia and the TPLF to hold talks in Addis Ababa.",
        "CONSULT",
        "ETH",
    ),
    (
        "Le Premier ministre a exhorté les syndicats à manifester pacifiquement samedi à Dakar.",
        "PROTEST",
        None,
    ),
]


@pytest.mark.parametrize(("text", "plover_type", "doer"), ASKED)
def test_what_is_asked_is_the_event(text: str, plover_type: str, doer: str | None) -> None:
    events = events_of(text)
    asked = [e for e in events if e.plover_type == plover_type and e.status == "requested"]
    assert asked, coded(text)
    assert not [e for e in events if e.plover_type == "REQUEST"], coded(text)
    if doer is not None:
        assert asked[0].actor1 is not None and asked[0].actor1.canonical_id == doer, coded(text)
