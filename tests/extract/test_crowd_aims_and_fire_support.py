"""A crowd's aim told by a participle ("students demanding …", "des manifestants réclamant
…", "rioters supporting …") is no REQUEST or SUPPORT of its own, and "air support" or
"l'appui aérien" in a fight is fire, no political SUPPORT; real appeals and support stay."""

from __future__ import annotations

import pytest

from coding import coded, events_of

NO_STATEMENT: list[tuple[str, str]] = [
    (
        "Police fired tear gas at students demanding the reinstatement of their teachers in "
        "Kaduna on Tuesday.",
        "REQUEST",
    ),
    (
        "La police a tiré des gaz lacrymogènes sur des étudiants réclamant le paiement de "
        "leurs bourses à Abidjan mardi.",
        "REQUEST",
    ),
    (
        "Students demanding cheaper fees were arrested by police in Harare on Wednesday. "
        "Their union accused the police of brutality.",
        "REQUEST",
    ),
    (
        "Rioters supporting the jailed opposition leader torched a police post in Kisumu on "
        "Thursday.",
        "SUPPORT",
    ),
    (
        "Ukrainian forces held the village of Robotyne on Saturday, the army said, adding "
        "that artillery support had stopped two Russian assaults.",
        "SUPPORT",
    ),
    (
        "Les FARDC ont repoussé une attaque des ADF près de Beni, avec l'appui aérien de "
        "l'armée ougandaise.",
        "SUPPORT",
    ),
]


@pytest.mark.parametrize(("text", "plover"), NO_STATEMENT)
def test_crowd_aim_or_fire_support_makes_no_statement(text: str, plover: str) -> None:
    """What a crowd wants or backs, and fire support in a fight, are no statement."""
    assert [e for e in events_of(text) if e.plover_type == plover] == [], coded(text)


STATEMENTS: list[tuple[str, str, str]] = [
    (
        "Opposition supporters demanding the president's resignation marched in Conakry on "
        "Friday. The opposition leader called on the junta to free political prisoners.",
        "PROTEST",
        "",
    ),
    (
        "Opposition supporters demanding the president's resignation marched in Conakry on "
        "Friday. The opposition leader called on the junta to free political prisoners.",
        "REQUEST",
        "",
    ),
    (
        "The African Union called on both sides to return to talks in Addis Ababa on Monday.",
        "REQUEST",
        "IGO.AU",
    ),
    (
        "Mali's junta on Tuesday reaffirmed its support for Russia's role in the Sahel.",
        "SUPPORT",
        "MLI",
    ),
    (
        "Students demanding cheaper fees were arrested by police in Harare on Wednesday. "
        "Their union accused the police of brutality.",
        "ACCUSE",
        "",
    ),
    (
        "Le Mali a réaffirmé lundi son soutien à la Russie lors d'une visite du ministre "
        "Lavrov à Bamako.",
        "SUPPORT",
        "MLI",
    ),
]


@pytest.mark.parametrize(("text", "plover", "doer"), STATEMENTS)
def test_real_statements_stay(text: str, plover: str, doer: str) -> None:
    """The appeal, the accusation or the support a party makes itself is still coded."""
    event = next((e for e in events_of(text) if e.plover_type == plover), None)
    assert event is not None and event.status == "realised", coded(text)
    if doer:
        got = event.actor1.canonical_id if event.actor1 is not None else ""
        assert got == doer or got.startswith(f"{doer}."), coded(text)
