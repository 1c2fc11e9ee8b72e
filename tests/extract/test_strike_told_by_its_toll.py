"""A remote strike named as a noun and told by a relative clause of killing ("an Israeli
strike that killed two of its fighters in south Lebanon"): the strike is the event, the
killing gives its toll and its place. Sentences are our own, modelled on wire reports
from several conflicts."""

from __future__ import annotations

import pytest

from coding import coded, events_of, probe_params

# text, ACLED sub-type, actor1, place name, fatalities
TOLLS = [
    (
        "Hezbollah said it fired a salvo of rockets at an army base in the Galilee, in "
        "response to an Israeli strike that killed two of its fighters in south Lebanon.",
        "Air/drone strike",
        "ISR.MIL",
        "Lebanon",
        2,
    ),
    (
        "Houthi rebels launched a missile at Tel Aviv after an Israeli air strike that "
        "killed nine people in Sanaa on Sunday.",
        "Air/drone strike",
        "ISR.MIL",
        "Sanaa",
        9,
    ),
    (
        "Pakistani officials condemned an Afghan drone strike that killed three soldiers "
        "in Kurram.",
        "Air/drone strike",
        "AFG.MIL",
        "Kurram District",
        3,
    ),
    (
        "An Israeli strike that killed two Hezbollah fighters in south Lebanon drew a "
        "rocket salvo.",
        "Air/drone strike",
        "ISR.MIL",
        "Lebanon",
        2,
    ),
    (
        "Le Hezbollah a tiré des roquettes en Galilée, en riposte à une frappe israélienne "
        "qui a tué deux combattants à Nabatiyé.",
        "Air/drone strike",
        "ISR.MIL",
        "Nabatieh",
        2,
    ),
    (
        "Les FSR ont dénoncé une frappe de drone de l'armée qui a tué onze civils à "
        "El-Obeid samedi.",
        "Air/drone strike",
        "SDN.MIL",
        "El Obeid",
        11,
    ),
    (
        "Une frappe israélienne qui a tué deux combattants dans le sud du Liban a provoqué "
        "une riposte.",
        "Air/drone strike",
        "ISR.MIL",
        "Lebanon",
        2,
    ),
]

MISSED: dict[str, str] = {
    TOLLS[5][0]: "the parser hangs « qui a tué » on « l'armée », not on « frappe »",
    TOLLS[6][0]: "the strike and its killing stay two events (Air/drone strike with no "
    "toll, Armed clash with it): the subject relative is read in its own clause",
}


@pytest.mark.parametrize(("text", "subtype", "doer", "place", "dead"), probe_params(TOLLS, MISSED))
def test_strike_told_by_its_toll(text: str, subtype: str, doer: str, place: str, dead: int) -> None:
    event = next(
        (
            e
            for e in events_of(text)
            if e.acled_subtype == subtype and e.quantities.get("fatalities") == dead
        ),
        None,
    )
    assert event is not None, coded(text)
    assert event.actor1 is not None and event.actor1.canonical_id == doer
    assert event.place is not None and event.place.name == place
    assert not any(e.acled_subtype == "Armed clash" for e in events_of(text)), coded(text)


# Sentences whose coding must not change: a strike told as the subject of the killing, a
# killing whose relative clause is the victims' deed, a relative clause that is no strike.
KEPT = [
    (
        "An Israeli strike killed two Hezbollah fighters in south Lebanon on Monday.",
        "Air/drone strike",
        "Lebanon",
    ),
    (
        "Soldiers killed five gunmen who attacked a checkpoint in Borno on Monday.",
        "Armed clash",
        "Borno",
    ),
    (
        "Houthi rebels launched a missile at Tel Aviv after an Israeli air strike that "
        "killed nine people in Sanaa on Sunday.",
        "Shelling/artillery/missile attack",
        "Tel Aviv",
    ),
]


@pytest.mark.parametrize(("text", "subtype", "place"), KEPT)
def test_other_deeds_keep_their_coding(text: str, subtype: str, place: str) -> None:
    assert any(
        e.acled_subtype == subtype and e.place is not None and e.place.name == place
        for e in events_of(text)
    ), coded(text)


def test_a_relative_clause_of_no_strike_keeps_the_main_place() -> None:
    text = (
        "L'Assemblée générale a approuvé vendredi à New York une déclaration qui soutient "
        "la création d'un État palestinien aux côtés d'Israël."
    )
    assert all(e.place is None or e.place.name != "Israel" for e in events_of(text)), coded(text)
