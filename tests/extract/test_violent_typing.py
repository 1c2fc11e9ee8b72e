"""ACLED typing of violent and crowd events: clashes told beside a riot are that riot, and a
killing the doer of a deed just told says it did is its own account of that deed."""

from __future__ import annotations

import pytest

from coding import coded, events_of


def _subtypes(text: str) -> list[str]:
    return [e.acled_subtype for e in events_of(text)]


@pytest.mark.parametrize(
    "text",
    [
        (
            "Des heurts ont éclaté samedi soir à Bordeaux. Des émeutiers ont lancé des pierres "
            "sur les gendarmes à Bordeaux."
        ),
        (
            "Des émeutiers ont pillé des magasins dans la nuit de lundi à mardi à Cayenne, où "
            "des tirs ont visé des gendarmes, selon la préfecture."
        ),
    ],
)
def test_violent_typing_clashes_of_a_riot_are_the_riot(text: str) -> None:
    """Clashes or shots with no side but the police, at a riot's place and day, are the
    riot as ACLED codes it: no armed clash of their own."""
    subtypes = _subtypes(text)
    assert "Armed clash" not in subtypes, coded(text)
    assert "Violent demonstration" in subtypes, coded(text)


def test_violent_typing_armed_sides_keep_their_clash() -> None:
    """A clash between the army and a named armed group beside a riot stays a battle."""
    text = (
        "Des manifestants ont incendié mardi la mairie de Gao. Le même jour, des soldats "
        "maliens ont affronté des combattants du JNIM près de Gao."
    )
    assert "Armed clash" in _subtypes(text), coded(text)


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        (
            "Un drone israélien a frappé mardi une voiture près de Tyr, tuant deux personnes. "
            "L'armée israélienne a affirmé avoir « éliminé » deux membres du Hezbollah.",
            "Air/drone strike",
        ),
        (
            "Une bombe artisanale a frappé jeudi un convoi de l'armée somalienne près de "
            "Jowhar, tuant quatre soldats. Les shebab ont revendiqué l'attaque en affirmant "
            "avoir tué « quinze soldats ».",
            "Remote explosive/landmine/IED",
        ),
    ],
)
def test_violent_typing_doers_claim_of_its_killing_is_its_deed(text: str, subtype: str) -> None:
    """The doer's own account of the killing it just did is that deed, not a second,
    generic attack or clash; its figure counts only as the lowest."""
    assert _subtypes(text) == [subtype], coded(text)


def test_violent_typing_anothers_report_of_a_killing_stays() -> None:
    """A killing others say the doer did ("Residents said the soldiers killed …") is no
    claim of the doer's: it is not folded into the doer's earlier deed."""
    text = (
        "Burkinabe soldiers attacked jihadist positions near Djibo on Monday. Residents said "
        "the soldiers killed 30 civilians near Djibo on Monday."
    )
    assert _subtypes(text) == ["Armed clash", "Attack"], coded(text)
