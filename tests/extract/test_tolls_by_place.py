"""A toll broken down by place goes to each place's event (issue 5: fatalities).

ACLED codes one event per location: "nine killed, six in Dakar and three in Ziguinchor" is 6
and 3, not 9 twice. A toll told without a breakdown stays on each event as it was."""

from __future__ import annotations

from coding import coded, events_of


def _tolls(text: str) -> dict[str, int | None]:
    return {
        e.place.name or e.place.text: e.quantities["fatalities"]
        for e in events_of(text)
        if e.place is not None
    }


def test_a_french_breakdown_by_town() -> None:
    text = (
        "Des émeutiers ont incendié vendredi des commissariats à Kano et à Kaduna. Au moins "
        "onze personnes ont été tuées, huit à Kano et trois à Kaduna, selon la police."
    )
    assert _tolls(text) == {"Kano": 8, "Kaduna": 3}, coded(text)


def test_an_english_breakdown_by_town() -> None:
    text = (
        "Rioters burned police stations in Kano and Kaduna on Friday; 12 people died, eight "
        "in Kano and four in Kaduna, police said."
    )
    assert _tolls(text) == {"Kano": 8, "Kaduna": 4}, coded(text)


def test_a_breakdown_that_does_not_add_up_is_left_alone() -> None:
    text = (
        "Rioters burned police stations in Kano and Kaduna on Friday; 5 people died, eight "
        "in Kano and four in Kaduna, police said."
    )
    assert set(_tolls(text).values()) == {5}, coded(text)
