"""Second events of a kind in one report, as ACLED codes one per sub-type, place and day:
a second day counted from the day told before ("le lendemain", "two days later"), not from
the publication date, so that a second deed at the same place is not merged into the
first. One deed retold, or listing several targets at one place, stays one event."""

from __future__ import annotations

from datetime import date

import pytest

from coding import events_of

# Published Tuesday 2024-05-14.
_PAIRS: list[tuple[str, str, list[tuple[str, date]]]] = [
    (
        "Des frappes ont visé Kidal lundi ; le lendemain, un drone a frappé un marché à Tessalit.",
        "Air/drone strike",
        [("Kidal", date(2024, 5, 13)), ("Tessalit", date(2024, 5, 14))],
    ),
    (
        "Police arrested the opposition leader in Harare on Friday. Two days later, police "
        "arrested his spokesman in Bulawayo.",
        "Arrests",
        [("Harare", date(2024, 5, 10)), ("Bulawayo", date(2024, 5, 12))],
    ),
    (
        "Gunmen attacked a village near Kaduna on Friday. Two days later, gunmen attacked "
        "the same village again, killing four.",
        "",
        [("", date(2024, 5, 10)), ("", date(2024, 5, 12))],
    ),
]


@pytest.mark.parametrize(("text", "subtype", "expected"), _PAIRS)
def test_second_event_of_a_kind(text: str, subtype: str, expected: list[tuple[str, date]]) -> None:
    events = [
        e
        for e in events_of(text)
        if e.plover_type in ("ASSAULT", "COERCE") and (not subtype or e.acled_subtype == subtype)
    ]
    got = sorted((e.place.name if e.place else "", e.date.date_start) for e in events)
    assert len(got) == len(expected), got
    for (place, day), (name, start) in zip(sorted(expected), got, strict=True):
        assert place in name and start == day, got


# One deed: a toll retold, targets listed at one place, a doer's list.
_ONE: list[tuple[str, str]] = [
    (
        "Israeli strikes killed 15 people in Gaza City on Monday. The toll from Monday's "
        "strikes in Gaza City rose to 22 on Tuesday.",
        "Air/drone strike",
    ),
    (
        "Police arrested three activists and two journalists in Lomé on Monday.",
        "Arrests",
    ),
    (
        "Soldiers and police arrested a man from Kara in Lomé on Monday.",
        "Arrests",
    ),
    (
        "Des hommes armés ont enlevé un prêtre et deux fidèles à Kaduna lundi.",
        "Abduction/forced disappearance",
    ),
]


@pytest.mark.parametrize(("text", "subtype"), _ONE)
def test_one_deed_stays_one(text: str, subtype: str) -> None:
    events = [e for e in events_of(text) if e.acled_subtype == subtype]
    assert len(events) == 1, [(e.place and e.place.name, e.date.date_start) for e in events]
