"""Demands that ask no one for an event (issue 5: precision of requests).

Kidnappers demanding a ransom tell the abduction, already coded; "did not respond to requests
for comment" is the reporter's asking; French "se réclamer de" claims a name, "se demander"
wonders. Other demands stay requests."""

from __future__ import annotations

from coding import coded, events_of


def _codings(text: str) -> list[tuple[str, str]]:
    return [(e.plover_type, e.status) for e in events_of(text)]


def test_a_ransom_is_part_of_the_abduction() -> None:
    text = (
        "Separatist fighters abducted two teachers from a school in Kumbo on Monday, residents "
        "said. The kidnappers have demanded a ransom of 10 million CFA francs."
    )
    assert _codings(text) == [("COERCE", "realised")], coded(text)


def test_claiming_a_name_asks_nothing() -> None:
    text = (
        "Des hommes armés se réclamant des Amba boys ont enlevé lundi un infirmier à Kumbo, "
        "dans le Nord-Ouest du Cameroun. Les ravisseurs exigent une rançon de trois millions "
        "de francs CFA."
    )
    assert _codings(text) == [("COERCE", "realised")], coded(text)


def test_a_request_for_comment_is_no_event() -> None:
    text = (
        "At least eight people were killed when a drone struck a market in Bichena, Amhara, on "
        "Sunday, residents said. The army did not respond to requests for comment."
    )
    assert "REQUEST" not in [plover for plover, _ in _codings(text)], coded(text)


def test_other_demands_stay_requests() -> None:
    text = (
        "Kenya's opposition leader Raila Odinga demanded an independent inquiry into the "
        "killings on Monday in Nairobi."
    )
    assert ("REQUEST", "realised") in _codings(text), coded(text)
