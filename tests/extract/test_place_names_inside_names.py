"""Words that look like places but belong to a longer name: a compass word opening a
county ("South Yorkshire"), a common word ending a district ("Epping Forest"), a demonym
inside a town's name ("Datu Saudi-Ampatuan"). Sentences are our own, modelled on wire
reports and analyst notes from several regions."""

from __future__ import annotations

from functools import cache

import pytest

from coding import probe_params
from dateline.ingest.document import make_document
from dateline.pipeline import process
from dateline.records import Format


@cache
def _read(text: str) -> tuple[tuple[tuple[str, str, str], ...], tuple[str, ...]]:
    """The places (as written, name, country) and the actor codes of a short report."""
    document = make_document(
        f"\n\n{text}", source="test", format=Format.JSONL, is_html=False, published="2024-05-14"
    )
    result = process(document)
    places = tuple((p.text, p.name, p.country_iso2 or "") for p in result.places)
    return places, tuple(a.canonical_id or "" for a in result.actors)


def _written(text: str) -> set[str]:
    return {written for written, _, _ in _read(text)[0]}


def _countries(text: str) -> set[str]:
    return {country for _, _, country in _read(text)[0]}


# The sentence, a word that must not be a place alone, and the country every place is in.
INSIDE_NAMES = [
    (
        "Rioters attacked a hotel housing asylum seekers in Rotherham (Rotherham, South "
        "Yorkshire) on Sunday.",
        "South",
        "GB",
    ),
    (
        "Far-right protesters threw bottles at police in Wakefield (Wakefield, West "
        "Yorkshire) on Saturday night.",
        "West",
        "GB",
    ),
    (
        "A crowd set fire to a police van in Southport (Sefton, Merseyside) after a vigil.",
        "Merseyside",
        "GB",
    ),
    (
        "Demonstrators blocked the entrance of a hotel in Epping (Epping Forest, Essex) "
        "on Thursday.",
        "Forest",
        "GB",
    ),
    (
        "Counter-protesters gathered in Bolton (Bolton, Greater Manchester) on Saturday.",
        "Greater",
        "GB",
    ),
]

MISSED: dict[str, str] = {
    INSIDE_NAMES[2][0]: "Merseyside after a district in parentheses is not scanned yet "
    "(the story-place pass only reads names after a locative or before their units)",
    INSIDE_NAMES[3][0]: "Epping and Essex resolve outside Britain: bare 'Essex' prefers the "
    "Maryland town, and the gazetteer has no district 'Epping Forest' to tie them",
}


@pytest.mark.parametrize(("text", "word", "country"), probe_params(INSIDE_NAMES, MISSED))
def test_word_of_a_longer_name_is_no_place(text: str, word: str, country: str) -> None:
    assert word not in _written(text), _read(text)
    assert _countries(text) == {country}, _read(text)


# A demonym inside a town's name gives no country to the story's forces.
DEMONYM_IN_NAME = [
    (
        "Troops clashed with militants in Datu Saudi-Ampatuan (Maguindanao del Sur), "
        "killing three.",
        "SAU",
    ),
    (
        "Des soldats ont affronté des militants à Datu Saudi-Ampatuan (Maguindanao del Sur) mardi.",
        "SAU",
    ),
]


@pytest.mark.parametrize(("text", "country"), probe_params(DEMONYM_IN_NAME, {}))
def test_demonym_inside_a_town_name_names_no_country(text: str, country: str) -> None:
    places, actors = _read(text)
    assert not any(code.startswith(country) for code in actors), (places, actors)
    assert "Saudi Arabia" not in {name for _, name, _ in places}


# Must not change: real compass regions, hyphenated demonyms that keep their country.
KEEP = [
    ("Gunmen killed five villagers in North Darfur on Monday.", "North Darfur", "SD"),
    ("Heavy fighting was reported in South Kordofan on Tuesday.", "South Kordofan", "SD"),
    ("Des affrontements ont eu lieu dans le Nord-Kivu lundi.", "Nord-Kivu", "CD"),
    ("Police dispersed a march in Chelmsford (Chelmsford, Essex) on Friday.", "Chelmsford", "GB"),
]


@pytest.mark.parametrize(("text", "written", "country"), KEEP)
def test_compass_regions_stay_places(text: str, written: str, country: str) -> None:
    places = _read(text)[0]
    assert any(w == written and c == country for w, _, c in places), places


DEMONYM_KEPT = [
    ("The Saudi-led coalition struck a market in Saada on Monday.", "SA"),
    ("Israeli-Palestinian clashes erupted near Nablus on Friday.", "IL"),
    ("Troops shelled villages along the Afghan-Pakistan border on Sunday.", "AF"),
]


@pytest.mark.parametrize(("text", "country"), DEMONYM_KEPT)
def test_hyphenated_demonyms_keep_their_country(text: str, country: str) -> None:
    assert country in _countries(text), _read(text)
