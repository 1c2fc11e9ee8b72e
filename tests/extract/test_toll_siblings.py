"""Tolls when a report tells more than one event: "No casualties were reported." after a
missile fired and intercepted, or a deed told at two places or as two deeds, is the 0 of
every deed told so far; a note's "Fatalities coded as 0." after police shot a protester is
that shooting's; and a figure a source gave before ("qui faisait état la veille de 25
morts", "qui avait annoncé 25 morts") yields to its latest one."""

from __future__ import annotations

import pytest

from coding import coded, events_of


def _tolls(text: str, subtype: str) -> list[int | None]:
    tolls = [e.quantities["fatalities"] for e in events_of(text) if e.acled_subtype == subtype]
    assert tolls, f"no {subtype} event in {coded(text)}"
    return tolls


@pytest.mark.parametrize(
    "text",
    [
        "On 12 March 2024, the Houthis fired a ballistic missile at the port of Jizan; Saudi "
        "air defences intercepted it over the city. No casualties were reported.",
        "Le 3 avril 2024, le Hezbollah a tiré un missile vers Haïfa ; la défense aérienne "
        "israélienne l'a intercepté au-dessus de la baie. Aucune victime n'a été signalée.",
    ],
)
def test_nobody_hurt_is_the_interception_s_zero(text: str) -> None:
    """The zero said after a launch and its interception is the interception's too, not only
    the launch's (ACLED codes the interception, with 0)."""
    assert _tolls(text, "Disrupted weapons use") == [0]


def test_nobody_hurt_is_each_place_s_zero() -> None:
    """A deed told at two places is two events: the zero said after it is each one's."""
    text = (
        "Israel's military said on Monday it intercepted a missile fired from Yemen, after "
        "sirens sounded in Tel Aviv and Jerusalem. No injuries were reported."
    )
    tolls = _tolls(text, "Disrupted weapons use")
    assert len(tolls) == 2, coded(text)
    assert tolls == [0, 0]


def test_nobody_hurt_is_each_deed_s_zero() -> None:
    """A scraped page whose riot is told as a storming and a burning: nobody died in
    either."""
    text = (
        "IRAQ  |  NASIRIYAH  |  Sunday 12 May 2024 Protesters storm town hall in Nasiriyah "
        "over water cuts Protesters storm town hall in Nasiriyah over water cuts Share  Tweet "
        " WhatsApp Hundreds of young men burned tyres and stormed the town hall in Nasiriyah "
        "on Saturday night, smashing windows and setting an office on fire, police said. Riot "
        "police fired tear gas. No deaths were reported, but six policemen were hurt by "
        "stones. Advertisement Sources: Iraqi police"
    )
    assert len(events_of(text)) > 1, coded(text)
    assert all(e.quantities["fatalities"] == 0 for e in events_of(text)), [
        (e.acled_subtype, e.quantities) for e in events_of(text)
    ]


def test_coded_zero_goes_to_the_shooting_of_a_protester() -> None:
    """ "Fatalities coded as 0." in a note where police shot a protester as others threw
    petrol bombs: the shooting, told first, carries the count."""
    text = (
        "On 4 November 2019, a Police Forces of China (2012-) officer shot a 21-year-old "
        "protester in the leg during clashes in Sha Tin (Sha Tin, New Territories), as "
        "protesters threw petrol bombs at officers. Fatalities coded as 0."
    )
    assert _tolls(text, "Excessive force against protesters") == [0]


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "Au moins 38 personnes ont été tuées dimanche dans l'attaque d'un village près de "
            "Djibo, a indiqué lundi un élu local, qui faisait état la veille de 25 morts.",
            38,
        ),
        (
            "Au moins 30 personnes ont été tuées mardi à Kidal, selon le gouverneur, qui "
            "avait annoncé la veille un bilan de 25 morts.",
            30,
        ),
    ],
)
def test_a_figure_said_before_yields_to_the_latest(text: str, toll: int) -> None:
    """A figure told by a verb of saying in the imperfect or pluperfect is an earlier count,
    not a lower figure from another source."""
    assert [e.quantities["fatalities"] for e in events_of(text)] == [toll], coded(text)


def test_a_figure_from_another_source_still_lowest() -> None:
    """Told in the passé composé, another source's figure is the lowest, as before."""
    text = (
        "Des hommes armés ont tué 12 civils à Djibo, selon des sources locales ; l'armée a "
        "fait état de neuf morts."
    )
    assert [e.quantities["fatalities"] for e in events_of(text)] == [9], coded(text)
