"""A passive's "by" phrase that names a time (issue 5: actor1 of arrests).

"had been arrested by Sunday" names when, not who: with no doer told, arrests are the police
of the country's, as for any arrest with nobody named; "arrested by soldiers" keeps its
agent."""

from __future__ import annotations

from coding import coded, events_of


def _arresters(text: str) -> list[str | None]:
    return [
        e.actor1.canonical_id if e.actor1 else None
        for e in events_of(text)
        if e.acled_subtype == "Arrests"
    ]


def test_a_deadline_is_no_agent() -> None:
    text = (
        "CAIRO (AP) - Rights lawyers said on Tuesday that at least 220 people had been arrested "
        "by Sunday in Cairo."
    )
    assert _arresters(text) == ["EGY.POL"], coded(text)


def test_an_agent_stays_one() -> None:
    text = "On 3 May 2024, two journalists were arrested by soldiers in Bamako."
    assert _arresters(text) == ["MLI.MIL"], coded(text)
