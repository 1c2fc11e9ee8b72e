"""Wordings of a toll the reader missed: a killing told as a noun ("le meurtre de sept
bûcherons"), a range written with "entre … et", dozens counted ("two dozen"), a toll
revised past a day ("le bilan est passé vendredi à"), a revised total beside the newly
dead ("Four more died, bringing the toll to 16"), the dead added by a later sentence
("Another three succumbed"), an analyst's "Fatalities: 3" and a coded zero for every
violent event of a note."""

from __future__ import annotations

import pytest

from coding import coded, events_of


def _tolls(text: str) -> list[int | None]:
    return [e.quantities["fatalities"] for e in events_of(text)]


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "Les rebelles ont revendiqué jeudi le meurtre de neuf pêcheurs sur le lac, dans la "
            "province du Nord-Kivu.",
            9,
        ),
        (
            "The militia claimed the murders of six road workers near Kalemie on Sunday.",
            6,
        ),
    ],
)
def test_a_killing_told_as_a_noun(text: str, toll: int) -> None:
    assert toll in _tolls(text), coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Des manifestants en colère ont incendié samedi un commissariat de Goma pour "
        "protester contre le meurtre de quatre motards.",
        "Police arrested three suspects on Monday over the murder of four herders in Bokkos.",
    ],
)
def test_a_murder_behind_a_preposition_is_background(text: str) -> None:
    assert 4 not in _tolls(text), coded(text)


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "Des miliciens ont attaqué mardi le village de Ngongo, tuant entre 8 et 14 "
            "villageois, selon des sources locales.",
            8,
        ),
        (
            "Bandits raided a village in Katsina state on Tuesday, killing two dozen "
            "villagers, residents said.",
            24,
        ),
        (
            "Des hommes armés ont attaqué mercredi un marché de Mopti, tuant au moins deux "
            "douzaines de commerçants.",
            24,
        ),
    ],
)
def test_ranges_and_dozens(text: str, toll: int) -> None:
    assert _tolls(text) == [toll], coded(text)


def test_a_toll_revised_past_a_day() -> None:
    text = (
        "Une frappe aérienne a tué quatre personnes mardi à Khan Younès, selon la défense "
        "civile. Le bilan est passé mercredi à sept morts."
    )
    assert _tolls(text) == [7], coded(text)


def test_a_revised_total_beside_the_newly_dead() -> None:
    text = (
        "Gunmen killed nine villagers in Bokkos on Sunday, police said. Three more people "
        "died in hospital on Monday, bringing the death toll to 12."
    )
    assert _tolls(text) == [12], coded(text)


@pytest.mark.parametrize(
    "later",
    ["Three more people later died of their wounds.", "Another three succumbed on Monday."],
)
def test_more_dead_told_later_add_up(later: str) -> None:
    text = f"Gunmen killed nine villagers in Bokkos on Sunday, police said. {later}"
    assert _tolls(text) == [12], coded(text)


def test_an_analyst_fatalities_line() -> None:
    text = (
        "On 9 March 2024, an Unidentified Armed Group (Nigeria) attacked farmers in Bassa "
        "(Plateau). Fatalities: 4."
    )
    assert _tolls(text) == [4], coded(text)


def test_a_coded_zero_is_every_violent_event_s() -> None:
    text = (
        "On 3 November 2019, a Police Forces of China (2012-) officer shot a 21-year-old "
        "protester in the leg in Sha Tin (Sha Tin, New Territories), as protesters threw "
        "bricks and petrol bombs at a police station. Fatalities coded as 0."
    )
    events = events_of(text)
    violent = [e for e in events if e.acled_type == "Riots"]
    assert violent, coded(text)
    assert all(e.quantities["fatalities"] == 0 for e in violent), coded(text)
