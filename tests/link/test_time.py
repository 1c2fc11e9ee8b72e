"""Temporal expressions: found in French and English, resolved against a reference date."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.link.time import Reference, find_expressions, resolve_times
from dateline.records import TimeMention

# A Thursday, like the day of the seed page's strikes.
THURSDAY = Reference(date(2016, 7, 14), "metadata", 0.9)


def _resolved(text: str, lang: str, reference: Reference = THURSDAY) -> list[TimeMention]:
    return resolve_times(find_expressions(text, lang), reference)


def _one(text: str, lang: str, reference: Reference = THURSDAY) -> TimeMention:
    found = _resolved(text, lang, reference)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "lang", "expression", "start", "end", "precision"),
    [
        (
            "Les frappes ont repris ce jeudi à l'aube.",
            "fr",
            "ce jeudi",
            "2016-07-14",
            "2016-07-14",
            "day",
        ),
        (
            "L'attaque a eu lieu mardi près de Gao.",
            "fr",
            "mardi",
            "2016-07-12",
            "2016-07-12",
            "day",
        ),
        (
            "Il doit arriver ce jeudi soir à Moscou.",
            "fr",
            "ce jeudi soir",
            "2016-07-14",
            "2016-07-14",
            "day",
        ),
        (
            "Le convoi a été visé mardi dernier.",
            "fr",
            "mardi dernier",
            "2016-07-12",
            "2016-07-12",
            "day",
        ),
        (
            "Gunmen attacked the village on Tuesday.",
            "en",
            "on Tuesday",
            "2016-07-12",
            "2016-07-12",
            "day",
        ),
        (
            "The talks resume next Monday in Geneva.",
            "en",
            "next Monday",
            "2016-07-18",
            "2016-07-18",
            "day",
        ),
        (
            "Ce matin, deux roquettes sont tombées.",
            "fr",
            "Ce matin",
            "2016-07-14",
            "2016-07-14",
            "day",
        ),
        ("Hier, la ville a été bombardée.", "fr", "Hier", "2016-07-13", "2016-07-13", "day"),
        (
            "Protesters gathered again yesterday.",
            "en",
            "yesterday",
            "2016-07-13",
            "2016-07-13",
            "day",
        ),
        (
            "Deux pilotes sont morts la semaine dernière.",
            "fr",
            "la semaine dernière",
            "2016-07-04",
            "2016-07-10",
            "week",
        ),
        (
            "Fighting intensified last week near Aleppo.",
            "en",
            "last week",
            "2016-07-04",
            "2016-07-10",
            "week",
        ),
        (
            "Le bilan s'est alourdi le mois dernier.",
            "fr",
            "le mois dernier",
            "2016-06-01",
            "2016-06-30",
            "month",
        ),
        (
            "Plus de 50 frappes en trois jours.",
            "fr",
            "en trois jours",
            "2016-07-12",
            "2016-07-14",
            "days",
        ),
        (
            "Pour la deuxième fois en 48 heures, les avions ont frappé.",
            "fr",
            "en 48 heures",
            "2016-07-12",
            "2016-07-14",
            "days",
        ),
        (
            "Twelve raids over the past three days.",
            "en",
            "over the past three days",
            "2016-07-12",
            "2016-07-14",
            "days",
        ),
    ],
)
def test_time_relative_expressions_resolve_against_the_reference(
    text: str, lang: str, expression: str, start: str, end: str, precision: str
) -> None:
    found = _one(text, lang)
    assert found.text == expression
    assert text[found.start : found.end] == expression
    assert (found.date_start.isoformat(), found.date_end.isoformat()) == (start, end)  # type: ignore[union-attr]
    assert found.precision == precision
    assert found.basis == "metadata"
    assert 0 < found.confidence < THURSDAY.confidence


@pytest.mark.parametrize(
    ("text", "lang", "start", "end", "precision"),
    [
        (
            "Le 14 juillet 2016, des frappes ont visé Raqqa.",
            "fr",
            "2016-07-14",
            "2016-07-14",
            "day",
        ),
        ("On July 20, 2016, the convoy was ambushed.", "en", "2016-07-20", "2016-07-20", "day"),
        ("Selon le bilan du 03/04/2017, trois morts.", "fr", "2017-04-03", "2017-04-03", "day"),
        (
            "Les combats de juillet 2016 ont fait fuir des milliers de civils.",
            "fr",
            "2016-07-01",
            "2016-07-31",
            "month",
        ),
        ("The siege began in March 2022.", "en", "2022-03-01", "2022-03-31", "month"),
        ("La ville est tombée en 2015.", "fr", "2015-01-01", "2015-12-31", "year"),
    ],
)
def test_time_absolute_dates_stand_on_their_own(
    text: str, lang: str, start: str, end: str, precision: str
) -> None:
    found = _one(text, lang, Reference(None, "unknown", 0.0))
    assert (found.date_start.isoformat(), found.date_end.isoformat()) == (start, end)  # type: ignore[union-attr]
    assert found.precision == precision
    assert found.basis == "absolute"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Le 3 août, une embuscade a fait dix morts.", "fr", "2016-08-03"),
        ("On June 2, a car bomb exploded in the market.", "en", "2016-06-02"),
        # More than a month ahead of the reference: last year's.
        ("Le 20 décembre, le convoi a été attaqué.", "fr", "2015-12-20"),
    ],
)
def test_time_day_and_month_take_the_reference_year(text: str, lang: str, expected: str) -> None:
    found = _one(text, lang)
    assert found.date_start is not None
    assert found.date_start.isoformat() == expected


@pytest.mark.parametrize(
    "text",
    [
        "Six bombardiers Tu-22M3 ont décollé de leur base.",
        "La station de pompage T-3 a été visée.",
        "Les forces du M23 ont avancé vers Goma.",
        "Il a été condamné à 15 ans de prison par le tribunal de la ville.",
    ],
)
def test_time_aircraft_codes_and_numbers_are_not_dates(text: str) -> None:
    assert [e for e in find_expressions(text, None) if e.kind != "duration"] == []


def test_time_page_chrome_reference_keeps_low_confidence() -> None:
    chrome = Reference(date(2024, 11, 22), "page_chrome", 0.3)
    found = _one("Les frappes ont repris ce jeudi.", "fr", chrome)
    assert found.basis == "page_chrome"
    assert found.confidence <= 0.3


def test_time_tenure_widens_relative_dates_only() -> None:
    chrome = Reference(date(2024, 11, 22), "page_chrome", 0.3)
    tenure = (date(2013, 2, 1), date(2017, 1, 20))
    text = "Kerry doit arriver ce jeudi soir ; le 14 juillet 2016 déjà, il était à Moscou."
    found = resolve_times(find_expressions(text, "fr"), chrome, tenure=tenure)
    by_text = {mention.text: mention for mention in found}
    widened = by_text["ce jeudi soir"]
    assert (widened.date_start, widened.date_end) == tenure
    assert widened.basis == "tenure"
    assert widened.confidence < 0.3
    assert by_text["14 juillet 2016"].basis == "absolute"


def test_time_without_reference_relative_dates_stay_open() -> None:
    found = _one("L'attaque a eu lieu mardi.", "fr", Reference(None, "unknown", 0.0))
    assert found.date_start is None
    assert found.confidence == 0.0


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Les troupes françaises doivent quitter le pays d'ici le 15 mars.", "fr", "2026-03-15"),
        ("Germany will withdraw its troops from Niger by 31 August.", "en", "2025-08-31"),
    ],
)
def test_time_a_deadline_s_day_is_the_next_one(text: str, lang: str, expected: str) -> None:
    reference = Reference(date(2025, 7, 3), "metadata", 0.9)
    assert str(_one(text, lang, reference).date_start) == expected
