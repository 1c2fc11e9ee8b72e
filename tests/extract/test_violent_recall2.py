"""Violent events kept apart and typed by what was done: a town taken and its retaking told
in one report are two events whose toll is the lead's, weapons two sides fight with are
the means of a clash, and a mine that is dug is no landmine."""

from __future__ import annotations

import pytest

from coding import coded, events_of


def _subtypes(text: str) -> list[str]:
    return [e.acled_subtype for e in events_of(text)]


def _toll_of(text: str, subtype: str) -> int | None:
    event = next((e for e in events_of(text) if e.acled_subtype == subtype), None)
    assert event is not None, f"no {subtype} event in {coded(text)}"
    toll: int | None = event.quantities["fatalities"]
    return toll


@pytest.mark.parametrize(
    "text",
    [
        "Malian troops recaptured Boni on Monday, three days after JNIM fighters overran "
        "the army camp. The army said 20 militants were killed.",
        "Somali troops retook Mahas on Monday from al-Shabaab fighters who had overrun the "
        "base there on Saturday; the army said 14 militants were killed.",
    ],
)
def test_violent_recall_taking_and_retaking_are_two_events(text: str) -> None:
    """ "retook X, three days after Y overran it": the loss recalled beside the retaking is
    an event of its own, even when both get the day of the report."""
    subtypes = _subtypes(text)
    assert "Government regains territory" in subtypes, coded(text)
    assert "Non-state actor overtakes territory" in subtypes, coded(text)


def test_violent_recall_toll_after_a_retaking_told_second() -> None:
    """Taken, then retaken, each in a main clause: the toll told after the retaking is
    its own."""
    text = (
        "Le 3 mars, des rebelles ont pris le contrôle de la ville de Tessit après le retrait "
        "de l'armée. Le 5 mars, l'armée a repris la ville après de violents combats. Au "
        "moins 12 combattants tués, selon des sources locales."
    )
    assert _toll_of(text, "Government regains territory") == 12, coded(text)
    assert _toll_of(text, "Non-state actor overtakes territory") is None, coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Armenian and Azerbaijani troops fought with mortars and drones along the border on "
        "Monday, leaving 12 soldiers dead.",
        "Rival militias clashed with rockets and heavy machine guns in Tripoli on Sunday, "
        "leaving 6 dead.",
    ],
)
def test_violent_recall_weapons_of_a_fight(text: str) -> None:
    """ "fought with mortars and drones": two sides fighting with heavy weapons is an armed
    clash, not one side's shelling or drone strike."""
    assert _subtypes(text)[:1] == ["Armed clash"], coded(text)


def test_violent_recall_shelling_still_shelling() -> None:
    """A one-sided bombardment keeps its weapon's coding."""
    text = "The army shelled rebel positions near Kidal on Monday, killing 5 fighters."
    assert _subtypes(text) == ["Shelling/artillery/missile attack"], coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed 7 workers at a gold mine near Kamituga on Monday.",
        "Gunmen killed 7 diggers at an illegal mine near Kamituga on Monday.",
        "Des hommes armés ont tué sept orpailleurs dans une mine d'or près de Kamituga lundi.",
        "Des hommes armés ont tué sept orpailleurs sur une mine artisanale près de Kamituga lundi.",
    ],
)
def test_violent_recall_a_mine_that_is_dug(text: str) -> None:
    """ "une mine d'or", "an illegal gold mine": the place of a killing, not the weapon."""
    assert "Remote explosive/landmine/IED" not in _subtypes(text), coded(text)
    assert "Attack" in _subtypes(text), coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Deux soldats ont été tués lundi par une mine antichar près de Kidal.",
        "A soldier was killed when his vehicle hit a mine near Kidal on Monday.",
    ],
)
def test_violent_recall_a_laid_mine_still_a_mine(text: str) -> None:
    assert "Remote explosive/landmine/IED" in _subtypes(text), coded(text)
