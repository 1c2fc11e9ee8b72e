"""A party that rejects or declines responsibility for a deed denies it: it is the doer of
the denied copy, never of the deed told. Refusing anything else ("rejected the proposal")
denies nothing. Sentences are our own, modelled on wire reports from several conflicts."""

from __future__ import annotations

import pytest

from coding import assert_denied_copy, coded, events_of, probe_params

DISCLAIMED = [
    (
        "Des obus sont tombés lundi sur un camp de déplacés près de Goma, tuant cinq "
        "personnes. Le M23 a rejeté la responsabilité de l'attaque.",
        "Shelling/artillery/missile attack",
        "GRP.M23",
    ),
    (
        "Artillery fire hit a displacement camp near Goma on Monday, killing five people. "
        "The M23 rejected responsibility for the attack.",
        "Shelling/artillery/missile attack",
        "GRP.M23",
    ),
    (
        "Une frappe de drone a tué sept civils mardi sur un marché d'El-Obeid, selon des "
        "médecins. Les Forces de soutien rapide ont décliné toute responsabilité dans "
        "l'attaque.",
        "Air/drone strike",
        "GRP.RSF",
    ),
    (
        "A drone strike killed seven civilians at a market in El Obeid on Tuesday, medics "
        "said. The Rapid Support Forces disclaimed any responsibility for the attack.",
        "Air/drone strike",
        "GRP.RSF",
    ),
]

MISSED: dict[str, str] = {}


@pytest.mark.parametrize(("text", "subtypes", "doer"), probe_params(DISCLAIMED, MISSED))
def test_disclaimed_responsibility_is_a_denial(text: str, subtypes: str, doer: str) -> None:
    assert_denied_copy(text, subtypes, doer)


@pytest.mark.parametrize(
    ("text", "disclaimer"),
    [
        (
            "Le M23 a rejeté la responsabilité du bombardement du camp de Mugunga, qui a "
            "tué cinq déplacés lundi.",
            "GRP.M23",
        ),
        (
            "The M23 rejected responsibility for the shelling of the Mugunga camp, which "
            "killed five displaced people on Monday.",
            "GRP.M23",
        ),
        (
            "Al-Shabaab rejected responsibility for the car bomb that killed 12 people in "
            "Mogadishu on Saturday.",
            "GRP.SHABAAB",
        ),
    ],
)
def test_a_disclaimer_is_never_the_doer_of_the_deed_told(text: str, disclaimer: str) -> None:
    realised_by = [
        e.actor1.canonical_id
        for e in events_of(text)
        if e.plover_type == "ASSAULT" and e.status == "realised" and e.actor1 is not None
    ]
    assert not any(d.startswith(disclaimer) for d in realised_by), coded(text)
    assert any(e.status == "denied" for e in events_of(text)), coded(text)


@pytest.mark.parametrize(
    ("text", "plover", "status"),
    [
        # Rejecting a proposal or a demand is a REJECT, realised; nothing is denied.
        (
            "Le gouvernement malien a rejeté mardi la proposition de médiation de l'Algérie.",
            "REJECT",
            "realised",
        ),
        ("Russia rejected Ukraine's ceasefire proposal on Friday.", "REJECT", "realised"),
        # A force that declines to comment on a strike leaves it realised.
        (
            "An Israeli air strike killed four people in Nabatieh on Sunday. The Israeli "
            "military declined to comment on the strike.",
            "ASSAULT",
            "realised",
        ),
        # Claiming responsibility owns the deed.
        (
            "Les shebab ont revendiqué la responsabilité de l'attentat qui a tué neuf "
            "soldats à Mogadiscio.",
            "ASSAULT",
            "realised",
        ),
    ],
)
def test_refusing_other_things_denies_nothing(text: str, plover: str, status: str) -> None:
    statuses = {e.status for e in events_of(text) if e.plover_type == plover}
    assert status in statuses and "denied" not in statuses, coded(text)
