"""A side whose attack killed civilians and which then says it struck only military
targets, or did not strike civilians, disputes that attack: analysts code the deed a second
time, denied, with that side as its doer. The same words with no attack told before are a
strike of their own. Sentences are our own, modelled on wire reports."""

from __future__ import annotations

import pytest

from coding import assert_denied_copy, coded, events_of, probe_params

VISER_ONLY = (
    "Des missiles russes ont frappé un immeuble à Dnipro samedi, tuant douze personnes. "
    "Moscou affirme ne viser que des cibles militaires."
)

DISPUTED = [
    (
        "Russian missiles struck a residential building in Dnipro on Saturday, killing 12 "
        "people, Ukrainian officials said. Moscow said it only targets military sites.",
        "Shelling/artillery/missile attack",
        "RUS",
    ),
    (
        "Une frappe israélienne a tué cinq civils à Nabatiyé lundi, selon le ministère "
        "libanais de la Santé. L'armée israélienne a assuré n'avoir frappé que des cibles "
        "du Hezbollah.",
        "Air/drone strike",
        "ISR",
    ),
    (
        "An Israeli strike killed five civilians in Nabatieh on Monday, Lebanon's health "
        "ministry said. The Israeli military said it had struck only Hezbollah targets.",
        "Air/drone strike",
        "ISR",
    ),
    (
        "Russian missiles hit a shopping centre in Kremenchuk on Monday, killing 18 people. "
        "The Russian defence ministry said its forces did not strike civilian targets.",
        "Shelling/artillery/missile attack",
        "RUS",
    ),
    (VISER_ONLY, "Shelling/artillery/missile attack", "RUS"),
]

MISSED = {
    VISER_ONLY: "'viser' is an attack only with a weapon or aircraft named: 'ne viser que "
    "des cibles militaires' with a state as subject makes no event to copy",
}


@pytest.mark.parametrize(("text", "subtypes", "doer"), probe_params(DISPUTED, MISSED))
def test_a_strike_said_only_military_disputes_the_attack(
    text: str, subtypes: str, doer: str
) -> None:
    assert_denied_copy(text, subtypes, doer)


@pytest.mark.parametrize(
    "text",
    [
        # Nothing told before: the strike itself, realised.
        "Israel said it struck only Hezbollah targets in Tyre on Monday.",
        "L'armée israélienne a indiqué avoir frappé uniquement des positions du Hezbollah "
        "à Tyr lundi.",
        # The attack told before is the other side's: nothing of its to dispute.
        "Ukrainian drones struck a refinery in Ryazan on Sunday, the governor said. Russian "
        "forces said they only targeted Ukrainian military sites in response.",
    ],
)
def test_only_with_no_own_attack_before_is_no_denial(text: str) -> None:
    events = events_of(text)
    assert any(e.plover_type == "ASSAULT" and e.status == "realised" for e in events)
    assert not any(e.status == "denied" for e in events), coded(text)
