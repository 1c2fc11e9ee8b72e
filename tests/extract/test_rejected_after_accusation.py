"""A deed told with no doer, an accusation naming a party, and that party rejecting the
accusation: analysts code the deed a second time, denied, with the accused as its doer.
Sentences are our own, modelled on wire reports from several conflicts."""

from __future__ import annotations

import pytest

from coding import assert_denied_copy, coded, events_of, probe_params

COPIES = [
    (
        "Des drones ont frappé un marché de Kadugli mardi, tuant douze civils, selon un "
        "réseau de médecins. L'armée soudanaise a accusé les Forces de soutien rapide. Les "
        "FSR ont rejeté ces accusations.",
        "Air/drone strike",
        "GRP.RSF",
    ),
    (
        "Drones hit a fuel depot in Port Sudan on Sunday, a port official said. The army "
        "blamed the Rapid Support Forces, which rejected the accusation.",
        "Air/drone strike|Shelling/artillery/missile attack",
        "GRP.RSF",
    ),
    (
        "Shells landed on a displaced persons' camp outside Goma on Friday, killing nine "
        "people. Washington blamed the Rwandan army; Kigali rejected the accusation.",
        "Shelling/artillery/missile attack",
        "RWA",
    ),
    (
        "L'armée ukrainienne a accusé lundi les troupes russes d'avoir bombardé un hôpital "
        "à Kherson. Le ministère russe de la Défense a rejeté ces accusations.",
        "Air/drone strike|Shelling/artillery/missile attack",
        "RUS",
    ),
    (
        "Des obus sont tombés jeudi sur un camp de déplacés près de Sake, faisant six morts. "
        "Kinshasa a accusé l'armée rwandaise, ce que Kigali a rejeté.",
        "Shelling/artillery/missile attack",
        "RWA",
    ),
]

MISSED: dict[str, str] = {}


@pytest.mark.parametrize(("text", "subtypes", "doer"), probe_params(COPIES, MISSED))
def test_rejected_accusation_copies_the_deed(text: str, subtypes: str, doer: str) -> None:
    assert_denied_copy(text, subtypes, doer)


NO_COPY = [
    # Nobody accused: the rejection names no doer to give the deed.
    "Shells struck two camps near Goma on Friday, killing 35 people. Kigali rejected the "
    "accusation.",
    # The party rejecting is not the one accused.
    "Des drones ont frappé un marché de Kadugli mardi. L'armée soudanaise a accusé les "
    "Forces de soutien rapide. Le Tchad a rejeté ces accusations.",
]


@pytest.mark.parametrize("text", NO_COPY)
def test_no_copy_without_the_accused_rejecting(text: str) -> None:
    denied = [e for e in events_of(text) if e.status == "denied"]
    assert denied == [], coded(text)
