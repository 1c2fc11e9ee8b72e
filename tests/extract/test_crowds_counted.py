"""Crowds counted rather than named ("Thousands protested in Dhaka"), which the English
parser reads as a noun with a participle, still protest; and the measure a crowd protests
against is its cause, no event of its own. Sentences are our own, modelled on wire reports."""

from __future__ import annotations

import pytest

from coding import coded, events_of

COUNTED_CROWDS = [
    "Thousands protested in Dhaka on Friday.",
    "Hundreds of students protested in Dhaka on Friday.",
    "Thousands marched in Nairobi against the finance bill.",
    "Hundreds rallied outside parliament in Tbilisi on Sunday.",
    "Dozens of women demonstrated in Kabul against the ban.",
]


@pytest.mark.parametrize("text", COUNTED_CROWDS)
def test_a_counted_crowd_protests(text: str) -> None:
    assert [e.plover_type for e in events_of(text)] == ["PROTEST"], coded(text)


def test_a_participle_with_its_agent_stays_no_protest() -> None:
    text = "The reforms protested by unions were adopted by parliament in Paris."
    assert "PROTEST" not in [e.plover_type for e in events_of(text)], coded(text)


AIMS = [
    "Women demonstrated in Kabul against the ban on girls' education.",
    "Des centaines de personnes ont manifesté à Niamey contre le couvre-feu.",
]


@pytest.mark.parametrize("text", AIMS)
def test_the_measure_protested_is_no_event(text: str) -> None:
    assert [e.plover_type for e in events_of(text)] == ["PROTEST"], coded(text)


def test_a_measure_imposed_beside_the_protest_stays() -> None:
    text = "Police banned the march in Nairobi, and protesters rallied against the ban."
    types = [e.plover_type for e in events_of(text)]
    assert "COERCE" in types and "PROTEST" in types, coded(text)
