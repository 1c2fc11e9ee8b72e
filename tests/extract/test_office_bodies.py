"""An office holder acts and speaks for the body they serve, as ACLED and POLECAT code it:
the event's actor is the body, the person stays named (``person``) and their name is the
evidence; the scorer reads a person and their body on the day as one actor."""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from coding import coded, events_of
from dateline.link.actors import load_actors

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("text", "body", "person"),
    [
        (
            "Le président serbe Aleksandar Vučić a condamné mardi les violences à Novi Sad.",
            "SRB.GOV",
            "PER.VUCIC_ALEKSANDAR",
        ),
        (
            "Kenyan President William Ruto on Monday condemned the killing of two police "
            "officers in Garissa.",
            "KEN.GOV",
            "PER.RUTO_WILLIAM",
        ),
        (
            "Iranian Foreign Minister Abbas Araghchi on Tuesday accused Washington of "
            "sabotaging the talks in Muscat.",
            "IRN.MFA",
            "PER.ARAGHCHI_ABBAS",
        ),
    ],
)
def test_office_holder_acts_for_their_body(text: str, body: str, person: str) -> None:
    actors = [e.actor1 for e in events_of(text) if e.actor1 is not None]
    assert {(a.canonical_id, a.person) for a in actors} == {(body, person)}, coded(text)
    assert all(a.kind != "person" and text[a.start : a.end] == a.text for a in actors)


def test_office_holder_as_target_is_their_body_too() -> None:
    text = "Emmanuel Macron s'est entretenu jeudi par téléphone avec Vladimir Poutine."
    sides = {
        (side.canonical_id, side.person)
        for event in events_of(text)
        for side in (event.actor1, event.actor2)
        if side is not None
    }
    assert ("RUS.GOV", "PER.PUTIN_VLADIMIR") in sides, coded(text)
    assert ("FRA.GOV", "PER.MACRON_EMMANUEL") in sides, coded(text)


def test_body_of_a_head_of_state_is_the_government_held_that_day() -> None:
    actors = load_actors()
    body = actors.body_of("PER.TRUMP_DONALD", date(2025, 6, 1))
    assert body is not None and body.id == "USA.GOV"
    kerry = actors.body_of("PER.KERRY_JOHN", date(2015, 6, 1))
    assert kerry is not None and kerry.id == "USA.MFA"
    assert actors.body_of("GRP.IS", None) is None


def _scorer() -> Any:
    spec = importlib.util.spec_from_file_location("events_eval", ROOT / "eval" / "events.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("gold", "predicted", "person", "day", "same"),
    [
        ("PER.VUCIC_ALEKSANDAR", "SRB.GOV", "PER.VUCIC_ALEKSANDAR", "2025-03-15", True),
        ("SRB.GOV", "SRB.GOV", "PER.VUCIC_ALEKSANDAR", "2025-03-15", True),
        ("PER.VUCIC_ALEKSANDAR", "SRB.GOV", None, "2025-03-15", True),
        ("PER.MIN_AUNG_HLAING", "MMR.MIL", "PER.MIN_AUNG_HLAING", "2025-03-30", True),
        ("PER.MACRON_EMMANUEL", "LBN.GOV", "PER.AOUN_JOSEPH", "2025-03-15", False),
        ("PER.TRUMP_DONALD", "USA.GOV", None, "2019-06-01", True),
        ("PER.TRUMP_DONALD", "RUS.GOV", None, "2019-06-01", False),
    ],
)
def test_scorer_reads_a_person_and_their_body_as_one_actor(
    gold: str, predicted: str, person: str | None, day: str, same: bool
) -> None:
    found = SimpleNamespace(canonical_id=predicted, person=person)
    assert _scorer()._same_actor(gold, found, day) is same
