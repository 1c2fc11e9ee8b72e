"""Forces named with a nationality and a country after them ("les soldats français du
Tchad"): the adjective says whose forces they are, the country where they are or leave
from. A deadline on an announced move ("d'ici la fin du mois", "by the end of June") makes it
a plan. A town inside the name of a university, a hospital or a prison ("l'université de
Dacca", "the University of Maiduguri") is where the event happened. Sentences are our own,
modelled on wire reports from several conflicts."""

from __future__ import annotations

import pytest

from coding import coded, events_of, probe_params

# (text, PLOVER type, doer, place, status)
FORCES = [
    (
        "Paris a confirmé mercredi le retrait des soldats français du Tchad après la fin de "
        "l'accord de défense.",
        "RETREAT",
        "FRA.MIL",
        "Chad",
        "realised",
    ),
    (
        "L'Élysée a annoncé jeudi le retrait des militaires français du Niger d'ici la fin de "
        "l'année.",
        "RETREAT",
        "FRA.MIL",
        "Niger",
        "planned",
    ),
    (
        "Nairobi announced the deployment of Kenyan police officers to Haiti by the end of June.",
        "MOBILIZE",
        "KEN.POL",
        "Haiti",
        "planned",
    ),
    (
        "L'Ouganda a annoncé le déploiement de soldats ougandais en RDC d'ici vendredi.",
        "MOBILIZE",
        "UGA.MIL",
        "Democratic Republic of the Congo",
        "planned",
    ),
    (
        "London announced the deployment of 300 British soldiers to Estonia by the end of "
        "the year.",
        "MOBILIZE",
        "GBR.MIL",
        "Estonia",
        "planned",
    ),
    (
        "Le Burundi a annoncé le retrait de ses soldats de la RDC d'ici la fin du mois.",
        "RETREAT",
        "BDI.MIL",
        "Democratic Republic of the Congo",
        "planned",
    ),
    (
        "Moscou a confirmé vendredi le départ des instructeurs militaires russes de Centrafrique.",
        "RETREAT",
        "RUS.MIL",
        "Central African Republic",
        "realised",
    ),
]

MISSED: dict[str, str] = {}


@pytest.mark.parametrize(
    ("text", "plover", "doer", "place", "status"),
    probe_params(FORCES, MISSED),
)
def test_foreign_forces_keep_their_owner(
    text: str, plover: str, doer: str, place: str, status: str
) -> None:
    event = next((e for e in events_of(text) if e.plover_type == plover), None)
    assert event is not None, coded(text)
    got = event.actor1.canonical_id if event.actor1 else None
    assert got == doer, (got, coded(text))
    assert event.place is not None and event.place.name == place, (event.place, coded(text))
    assert event.status == status, coded(text)


# (text, PLOVER type, doer, place, status): wordings that must not change.
UNCHANGED = [
    (
        "L'armée du Mali a frappé des positions jihadistes près de Léré.",
        "ASSAULT",
        "MLI.MIL",
        "Lere",
        "realised",
    ),
    (
        "Malian soldiers killed ten militants near Douentza on Sunday.",
        "ASSAULT",
        "MLI.MIL",
        "Douentza",
        "realised",
    ),
    (
        "Les soldats français se sont retirés du Niger en décembre.",
        "RETREAT",
        "FRA.MIL",
        "Niger",
        "realised",
    ),
    (
        "French troops pulled out of Niger by the end of 2023.",
        "RETREAT",
        "FRA.MIL",
        "Niger",
        "realised",
    ),
    (
        "Les soldats tchadiens du Niger ont repoussé une attaque de Boko Haram à Diffa.",
        "ASSAULT",
        "TCD.MIL",
        "Diffa",
        "realised",
    ),
]


@pytest.mark.parametrize(("text", "plover", "doer", "place", "status"), UNCHANGED)
def test_forces_of_a_country_unchanged(
    text: str, plover: str, doer: str, place: str, status: str
) -> None:
    event = next((e for e in events_of(text) if e.plover_type == plover), None)
    assert event is not None, coded(text)
    assert event.actor1 is not None and event.actor1.canonical_id == doer, coded(text)
    assert event.place is not None and event.place.name == place, coded(text)
    assert event.status == status, coded(text)


# (text, town, doer or None)
FACILITIES = [
    ("La police a tiré sur des étudiants devant l'université de Dacca mardi.", "Dhaka", "BGD.POL"),
    (
        "Le 3 mars, la police a tiré sur des étudiants qui manifestaient devant l'université "
        "Begum Rokeya de Rangpur.",
        "Rangpur",
        "BGD.POL",
    ),
    (
        "Police fired rubber bullets at students outside Rangpur University on Monday.",
        "Rangpur",
        None,
    ),
    (
        "Soldiers raided the University of Maiduguri on Friday, arresting twelve students.",
        "Maiduguri",
        "NGA.MIL",
    ),
    ("Paramilitaries shelled the University of Khartoum on Sunday.", "Khartoum", None),
    ("Gunmen attacked the Kano general hospital on Saturday, killing two nurses.", "Kano", None),
    ("Des obus sont tombés sur l'hôpital de Goma, tuant trois patients.", "Goma", None),
]


@pytest.mark.parametrize(("text", "town", "doer"), FACILITIES)
def test_town_in_a_facility_name_places_the_event(text: str, town: str, doer: str | None) -> None:
    event = next((e for e in events_of(text) if e.place is not None), None)
    assert event is not None, coded(text)
    assert event.place is not None and event.place.name == town, (event.place, coded(text))
    if doer is not None:
        assert event.actor1 is not None and event.actor1.canonical_id == doer, coded(text)


def test_a_state_naming_a_university_is_no_place() -> None:
    """ "the University of Idaho in Moscow": the state is part of the name, the town is
    where."""
    text = "Rioters set fire to the University of Idaho library in Moscow on Friday."
    places = {e.place.name for e in events_of(text) if e.place is not None}
    assert "Idaho" not in places, coded(text)
