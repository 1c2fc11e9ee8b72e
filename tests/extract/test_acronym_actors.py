"""Acronyms a report defines in brackets stand for the actor their long name names, for
the whole report: "les Forces de défense et de sécurité (FDS) … Les FDS ont riposté",
"FDS (Forces démocratiques syriennes)", "Reporters sans frontières (RSF)" (not Sudan's
RSF); a group the dictionary lacks gives its acronym no namesake and the state in its name
no part ("Front de libération du Mali (FLM)")."""

from __future__ import annotations

from functools import cache

import pytest

from coding import doer_of, events_of
from dateline.ingest.document import make_document
from dateline.link.actors.acronyms import _spells, _units
from dateline.pipeline import process
from dateline.records import ActorMention, Format


@cache
def _actors(text: str) -> tuple[ActorMention, ...]:
    document = make_document(
        f"\n\n{text}", source="test", format=Format.JSONL, is_html=False, published="2024-05-14"
    )
    return process(document).actors


def _read_as(text: str, written: str) -> list[str]:
    """The ids each mention written ``written`` links to, in text order."""
    return [a.canonical_id for a in _actors(text) if a.text == written]


@pytest.mark.parametrize(
    ("text", "acronym", "actor_id"),
    [
        (
            "DORI - Les Forces de défense et de sécurité (FDS) ont repoussé samedi une attaque "
            "contre leur poste de Seytenga, dans le nord du Burkina Faso. Les FDS ont ensuite "
            "ratissé la zone, selon une source locale.",
            "FDS",
            "BFA.MIL",
        ),
        (
            "Reporters sans frontières (RSF) a condamné jeudi l'expulsion d'un correspondant "
            "étranger de Bamako, au Mali. RSF exige son retour.",
            "RSF",
            "NGO.RWB",
        ),
        (
            "Reporters Without Borders (RSF) on Thursday condemned the expulsion of a foreign "
            "correspondent from Bamako, Mali. RSF demanded that he be allowed back.",
            "RSF",
            "NGO.RWB",
        ),
        (
            "Les FDS (Forces démocratiques syriennes) ont arrêté mardi un émir de l'EI près "
            "de Deir ez-Zor. Les FDS disent avoir saisi des armes.",
            "FDS",
            "GRP.SDF",
        ),
    ],
)
def test_acronym_actors_defined_acronym_is_its_long_names_actor(
    text: str, acronym: str, actor_id: str
) -> None:
    found = _read_as(text, acronym)
    assert len(found) == 2 and set(found) == {actor_id}, [
        (a.text, a.canonical_id) for a in _actors(text)
    ]


def test_acronym_actors_later_acronym_is_the_doer() -> None:
    text = (
        "DORI - Les Forces de défense et de sécurité (FDS) patrouillaient samedi près de "
        "Seytenga, dans le nord du Burkina Faso. Dimanche, les FDS ont bombardé un camp "
        "jihadiste, tuant une dizaine d'assaillants."
    )
    assert any(e.actor1 and e.actor1.text == "FDS" for e in events_of(text)), [
        (e.acled_subtype, e.actor1 and e.actor1.text) for e in events_of(text)
    ]


def test_acronym_actors_unknown_party_has_no_namesake() -> None:
    """ "CPC" is a Central African coalition in the dictionary; a Congolese party spelt
    out as "Congrès du peuple congolais (CPC)" is neither it nor Congo itself."""
    text = (
        "BRAZZAVILLE - Le Congrès du peuple congolais (CPC), parti d'opposition, a appelé "
        "lundi à une marche à Brazzaville. Le CPC réclame la libération de ses militants."
    )
    ids = {a.canonical_id for a in _actors(text)}
    assert not ids & {"GRP.CPC", "COG"}, [(a.text, a.canonical_id) for a in _actors(text)]


def test_acronym_actors_state_in_a_groups_name_is_no_party() -> None:
    text = (
        "Le Front de libération du Mali (FLM) a revendiqué mardi l'attaque d'un camp "
        "militaire près de Gao. Le FLM affirme avoir tué quatre soldats."
    )
    assert "MLI" not in {a.canonical_id for a in _actors(text)}
    assert doer_of(text, "ASSAULT") != "MLI.MIL"


def test_acronym_actors_party_after_a_person_is_not_the_person() -> None:
    """ "Senator X (APC)": a person's party in brackets is not an acronym of the person."""
    text = (
        "Senator Musa Bello (APC) accused the governor of Kano state, Nigeria, of "
        "corruption on Monday. APC leaders backed him."
    )
    assert not [a for a in _actors(text) if a.text == "APC" and a.kind == "person"]


@pytest.mark.parametrize(
    ("acronym", "name", "spelt"),
    [
        ("FDS", "Forces de défense et de sécurité", True),
        ("MILF", "Front Moro islamique de libération", True),
        ("M23", "Mouvement du 23 mars", True),
        ("AFRICOM", "Africa Command", True),
        ("JNIM", "Jama at Nusrat al Islam wal Muslimin", True),
        ("APC", "Musa Bello", False),
        ("RDC", "Ituri", False),
    ],
)
def test_acronym_actors_letters_spell_the_long_name(acronym: str, name: str, spelt: bool) -> None:
    assert _spells(_units(acronym), name.split()) is spelt
