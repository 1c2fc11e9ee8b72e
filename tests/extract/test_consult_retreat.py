"""Who holds a meeting (CONSULT): a visit told by its host ("X a reçu Y", "X hosted Y") is
the visitor's, the host its recipient; "les deux hommes" stands for the two named before, and
"se revoir" is a meeting planned."""

from __future__ import annotations

import pytest

from coding import coded, events_of


@pytest.mark.parametrize(
    ("text", "visitor", "host"),
    [
        (
            "Le président sénégalais Bassirou Diomaye Faye a reçu jeudi à Dakar le Premier "
            "ministre malien Abdoulaye Maïga.",
            "MLI.GOV",
            "SEN.GOV",
        ),
        (
            "Kenyan President William Ruto hosted Ethiopian Prime Minister Abiy Ahmed in "
            "Nairobi on Monday.",
            "ETH.GOV",
            "KEN.GOV",
        ),
    ],
)
def test_consult_retreat_host_receives_the_visitor(text: str, visitor: str, host: str) -> None:
    """The object of "recevoir"/"host" is the visitor, coded as actor1; the host is actor2."""
    event = next((e for e in events_of(text) if e.plover_type == "CONSULT"), None)
    assert event is not None and event.actor1 is not None, coded(text)
    assert event.actor1.canonical_id == visitor, coded(text)
    assert event.actor2 is not None and event.actor2.canonical_id == host, coded(text)


def test_consult_retreat_hosted_talks_keep_the_host() -> None:
    """ "Qatar hosted the talks": no actor received, the host stays the doer."""
    text = "Qatar hosted the talks in Doha on Sunday."
    event = next((e for e in events_of(text) if e.plover_type == "CONSULT"), None)
    assert event is not None and event.actor1 is not None, coded(text)
    assert event.actor1.canonical_id == "QAT", coded(text)


def test_consult_retreat_two_leaders_plan_to_meet_again() -> None:
    """ "Les deux dirigeants vont se revoir": a planned meeting of the two named before."""
    text = (
        "Le ministre ivoirien a rencontré le ministre ghanéen. Les deux dirigeants vont se "
        "revoir en mars à Accra."
    )
    planned = [e for e in events_of(text) if e.plover_type == "CONSULT" and e.status == "planned"]
    assert planned and planned[0].actor1 is not None, coded(text)
    assert planned[0].actor1.canonical_id == "CIV.GOV", coded(text)
    assert planned[0].actor2 is not None and planned[0].actor2.canonical_id == "GHA.GOV"


@pytest.mark.parametrize(
    "text",
    [
        "Niger accused Benin of hosting French troops along the border.",
        "Le Niger accuse le Bénin d'accueillir des soldats français et des camps d'entraînement.",
    ],
)
def test_consult_retreat_hosting_troops_is_no_meeting(text: str) -> None:
    """A host verb whose object is troops or a base tells a presence, not a meeting."""
    assert not [e for e in events_of(text) if e.plover_type == "CONSULT"], coded(text)
