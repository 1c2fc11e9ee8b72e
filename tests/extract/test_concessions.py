"""Concessions asked of a captor (PLOVER CONCEDE, requested): a release demanded in the
sentence that tells the arrest ("detained nine aid workers …, X said, calling for their
release") is asked of whoever made the arrest, not of the one asking."""

from __future__ import annotations

import pytest

from coding import coded, events_of


def _requested_release_doer(text: str) -> str | None:
    event = next(
        (e for e in events_of(text) if e.plover_type == "CONCEDE" and e.status == "requested"),
        None,
    )
    assert event is not None, f"no requested CONCEDE in {coded(text)}"
    return event.actor1.canonical_id if event.actor1 is not None else None


@pytest.mark.parametrize(
    ("text", "captor"),
    [
        (
            "Houthi rebels detained nine aid workers in Hodeidah on Tuesday, UN "
            "Secretary-General Antonio Guterres said, calling for their immediate release.",
            "GRP.HOUTHI",
        ),
        (
            "Malian soldiers arrested two French journalists in Gao on Monday, French "
            "President Emmanuel Macron said, demanding their release.",
            "MLI.MIL",
        ),
    ],
)
def test_concessions_release_asked_in_the_arrest_sentence_is_the_captor_s(
    text: str, captor: str
) -> None:
    assert _requested_release_doer(text) == captor
