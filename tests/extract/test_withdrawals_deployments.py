"""Withdrawals and deployments (RETREAT, MOBILIZE): an English withdrawal not yet made is
Strategic developments/Other, a withdrawal asked of a party stays apart from the one it
announces, a place made into a base, a leader named "à la tête" past a two-word name, and
troops counted by "cents" that the parser reads as a noun."""

from __future__ import annotations

import pytest

from coding import coded, doer_of, events_of


def _retreats(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (e.acled_subtype, e.status, e.actor1.canonical_id if e.actor1 else None)
        for e in events_of(text)
        if e.plover_type == "RETREAT"
    ]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Under the truce signed on Monday, Ethiopian troops are to withdraw from the "
            "border district within 30 days.",
            "planned",
        ),
        (
            "The African Union on Thursday demanded the full withdrawal of Ugandan forces "
            "from the disputed province.",
            "requested",
        ),
    ],
)
def test_english_withdrawal_not_made_is_other(text: str, status: str) -> None:
    assert ("Other", status) in [(s, st) for s, st, _ in _retreats(text)], coded(text)


def test_english_withdrawal_done_keeps_the_transfer_of_territory() -> None:
    text = "Ethiopian troops withdrew from the border district of Kurmuk on Monday."
    subtypes = [s for s, st, _ in _retreats(text) if st == "realised"]
    assert subtypes == ["Non-violent transfer of territory"], coded(text)


def test_french_planned_withdrawal_keeps_the_transfer_of_territory() -> None:
    text = (
        "Selon l'accord signé lundi, les troupes éthiopiennes doivent se retirer du district "
        "frontalier d'ici trente jours."
    )
    assert [s for s, _, _ in _retreats(text)] == ["Non-violent transfer of territory"], coded(text)


def test_withdrawal_asked_and_withdrawal_announced_are_two_events() -> None:
    text = (
        "Chad's transitional government on Monday asked Germany to withdraw its soldiers "
        "from the country, two days after Berlin announced they would pull out by June."
    )
    statuses = sorted(st for _, st, _ in _retreats(text))
    assert statuses == ["planned", "requested"], coded(text)


def test_place_made_into_a_base() -> None:
    text = (
        "Le 3 mars 2021, les insurgés d'Ahlu Sunnah Wal Jamaa ont pris la ville de Palma, "
        "dont ils ont ensuite fait leur quartier général."
    )
    assert any(
        e.plover_type == "MOBILIZE" and e.acled_subtype == "Headquarters or base established"
        for e in events_of(text)
    ), coded(text)
    assert doer_of(text, "MOBILIZE") == "GRP.ASWJ_MOZ"


def test_leader_named_at_the_head_past_a_two_word_name() -> None:
    text = (
        "Le 14 janvier 2025, le Hamas a désigné Mohammed Sinouar à la tête de son bureau militaire."
    )
    assert any(
        e.plover_type == "MOBILIZE" and e.acled_subtype == "Change to group/activity"
        for e in events_of(text)
    ), coded(text)
    assert doer_of(text, "MOBILIZE") == "GRP.HAMAS"


def test_troops_counted_in_hundreds_arrive() -> None:
    text = (
        "Trois cents soldats kényans sont arrivés jeudi à Port-au-Prince pour renforcer la "
        "mission multinationale."
    )
    assert doer_of(text, "MOBILIZE") == "KEN.MIL"
