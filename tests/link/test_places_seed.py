"""The real scraped Al-Manar page through the whole pipeline: the places it names
(skipped where ../shared is absent)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from dateline.ingest import read_file
from dateline.link.places.resolve import distance_km
from dateline.pipeline import process
from dateline.records import Document, Extraction, PlaceMention

PALMYRA = (34.56, 38.28)
AS_SUKHNAH = (34.885, 38.871)


@cache
def _extract(path: Path) -> Extraction:
    document = next(iter(read_file(path)))
    assert isinstance(document, Document)
    return process(document)


@pytest.fixture
def seed(seed_page: Path) -> Extraction:
    return _extract(seed_page)


def _written(seed: Extraction, text: str) -> list[PlaceMention]:
    found = [place for place in seed.places if place.text == text]
    assert found, f"no mention {text!r} in {[place.text for place in seed.places]}"
    return found


def _km(place: PlaceMention, point: tuple[float, float]) -> float:
    assert place.lat is not None and place.lon is not None, place
    return distance_km(place.lat, place.lon, *point)


@pytest.mark.parametrize("text", ["Tadmor", "Palmyre", "Tadmor-Palmyre", "áÅadmor-Palmyre"])
def test_places_seed_palmyra_spellings_are_placed_at_palmyra(seed: Extraction, text: str) -> None:
    for place in _written(seed, text):
        assert place.country_iso2 == "SY"
        assert _km(place, PALMYRA) < 25


def test_places_seed_es_suhne_is_as_sukhnah(seed: Extraction) -> None:
    for place in _written(seed, "Es-Suhne"):
        assert place.country_iso2 == "SY"
        assert _km(place, AS_SUKHNAH) < 25


def test_places_seed_province_de_homs_is_the_governorate(seed: Extraction) -> None:
    text = seed.article.text
    after_cue = [p for p in seed.places if text[: p.start].endswith("province de ")]
    assert "Homs" in [p.text for p in after_cue]
    for place in after_cue:
        assert (place.feature, place.admin1, place.country_iso2) == ("admin1", "Homs", "SY")


def test_places_seed_moscou_is_moscow(seed: Extraction) -> None:
    for place in _written(seed, "Moscou"):
        assert (place.name, place.country_iso2, place.feature) == ("Moscow", "RU", "town")


def test_places_seed_syrie_is_the_country(seed: Extraction) -> None:
    for place in _written(seed, "Syrie"):
        assert (place.country_iso2, place.feature, place.geo_precision) == ("SY", "country", 3)


def test_places_seed_russian_demonyms_are_russia(seed: Extraction) -> None:
    demonyms = [
        p for p in seed.places if p.kind == "demonym" and p.text.lower().startswith("russe")
    ]
    assert demonyms
    assert {p.country_iso2 for p in demonyms} == {"RU"}


@pytest.mark.parametrize("chrome", ["Timing", "PM"])
def test_places_seed_chrome_line_is_not_a_place(seed: Extraction, chrome: str) -> None:
    assert chrome not in seed.article.text
    assert [p.text for p in seed.places if chrome in p.text] == []


def test_places_seed_unknown_site_t3_is_kept_with_a_reason(seed: Extraction) -> None:
    """The pumping station is in no gazetteer: it is left unplaced, or placed at the Homs
    governorate written beside it ("T-3, dans la province de Homs"), saying so."""
    t3 = [place for place in seed.places if place.text == "T-3"]
    if not t3:
        pytest.skip("T-3 not found as a mention on this run")
    for place in t3:
        assert place.reason
        assert place.lat is None or (place.country_iso2, place.precision) == ("SY", "admin1")


def test_places_seed_every_mention_text_is_its_span(seed: Extraction) -> None:
    text = seed.article.text
    assert seed.places
    assert [p.text for p in seed.places] == [text[p.start : p.end] for p in seed.places]


def test_places_seed_mentions_are_in_text_order(seed: Extraction) -> None:
    starts = [place.start for place in seed.places]
    assert starts == sorted(starts)
