"""A deed told in a relative clause with a tense of its own ("Kadugli, qui a été bombardée
lundi par l'aviation", "the market, which was shelled on Monday by Russian forces") is an
event; a bare participle ("les civils tués"), an imperfect clause ("des habitants qui
creusaient des tranchées": what they were doing) or one dated in the past ("qui a été
reprise par l'armée en novembre 2023") only describes. A measure told beside a
toll takes none of it, and declining to comment is no rejection. Sentences are our own,
modelled on wire reports from several conflicts."""

from __future__ import annotations

import pytest

from coding import assert_realised_doer, coded, events_of

TOLD = [
    (
        "Des milliers d'habitants ont fui Kadugli, qui a été bombardée lundi par l'aviation "
        "soudanaise.",
        "ASSAULT",
        "Air/drone strike",
        "SDN.MIL",
    ),
    (
        "Le camp de Zamzam, qui a été attaqué dimanche par les FSR, abrite 500 000 déplacés.",
        "ASSAULT",
        "Attack",
        "GRP.RSF",
    ),
    (
        "The market in Kherson, which was shelled on Monday by Russian forces, reopened on Friday.",
        "ASSAULT",
        "Shelling/artillery/missile attack",
        "RUS.MIL",
    ),
]


@pytest.mark.parametrize(("text", "plover", "subtype", "doer"), TOLD)
def test_deed_in_a_tensed_relative_clause(text: str, plover: str, subtype: str, doer: str) -> None:
    assert_realised_doer(text, plover, subtype, doer)


DESCRIBED = [
    # what the people were doing when something else happened
    (
        "Des jihadistes ont attaqué samedi des habitants de Barsalogho qui creusaient des "
        "tranchées autour de la ville.",
        "MOBILIZE",
    ),
    # a deed of the past, dated in its clause
    (
        "Le président s'est rendu à Kidal, qui a été reprise par l'armée en novembre 2023, "
        "pour inaugurer une école.",
        "ASSAULT",
    ),
    (
        "Le président s'est rendu à Kidal, qui a été bombardée l'an dernier par des drones "
        "turcs, pour inaugurer une école.",
        "ASSAULT",
    ),
    (
        "Zelensky visited Bucha, which was occupied by Russian forces in 2022, on Monday.",
        "COERCE",
    ),
    ("The hospital in Gaza City, which was bombed last year, reopened on Tuesday.", "ASSAULT"),
    # what a party had done before: background
    (
        "Les autorités ont dissous mardi les partis politiques. Une coalition de partis, qui "
        "avait manifesté début mai à Bamako, a appelé à un nouveau rassemblement.",
        "PROTEST",
    ),
]


@pytest.mark.parametrize(("text", "plover"), DESCRIBED)
def test_imperfect_relative_clause_only_describes(text: str, plover: str) -> None:
    realised = {e.plover_type for e in events_of(text) if e.status == "realised"}
    assert plover not in realised, coded(text)


def test_measure_beside_a_toll_leaves_the_shares_by_place() -> None:
    text = (
        "Des manifestants ont incendié jeudi des bus à Dakar et à Ziguinchor. Au moins neuf "
        "personnes ont été tuées, six à Dakar et trois à Ziguinchor, selon le gouvernement, "
        "qui a restreint dans la soirée l'accès à plusieurs réseaux sociaux."
    )
    tolls = {
        e.place.name: e.quantities["fatalities"]
        for e in events_of(text)
        if e.plover_type == "PROTEST" and e.place is not None
    }
    assert tolls == {"Dakar": 6, "Ziguinchor": 3}, coded(text)
    assert "COERCE" in {e.plover_type for e in events_of(text)}, coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le Kremlin a refusé de commenter ces informations.",
        "The Kremlin refused to comment on the report.",
        "Le chancelier Friedrich Merz, qui a refusé de se prononcer sur les missiles Taurus, "
        "s'est rendu à Kiev.",
    ],
)
def test_declining_to_comment_is_no_rejection(text: str) -> None:
    assert "REJECT" not in {e.plover_type for e in events_of(text)}, coded(text)


def test_a_refusal_of_a_demand_stays_a_rejection() -> None:
    text = "Le Hamas a refusé de libérer les otages."
    assert "REJECT" in {e.plover_type for e in events_of(text)}, coded(text)
