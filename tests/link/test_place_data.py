"""The curated place data files: their format, and that the index applies the aliases."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from importlib.resources import files

import pytest

from dateline.link.places.build import FEATURES
from dateline.link.places.gazetteer import Gazetteer
from dateline.link.places.names import exact_key, fold

ISO2 = re.compile(r"[A-Z]{2}")
LANGS = {"fr", "en"}


def _table(name: str) -> tuple[list[str], list[list[str]]]:
    """Header and rows of ``data/places/<name>.tsv``, split on tabs, comments skipped."""
    text = files("dateline").joinpath("data", "places", f"{name}.tsv").read_text("utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return lines[0].split("\t"), [line.split("\t") for line in lines[1:]]


def _records(name: str) -> list[dict[str, str]]:
    header, rows = _table(name)
    return [dict(zip(header, row, strict=False)) for row in rows]


ALIAS_HEADER = ["name", "geonames_id", "lat", "lon", "country", "admin1", "feature", "note"]


def test_aliases_header_is_exact() -> None:
    assert _table("aliases")[0] == ALIAS_HEADER


def test_aliases_every_row_has_eight_fields() -> None:
    bad = [row for row in _table("aliases")[1] if len(row) != len(ALIAS_HEADER)]
    assert bad == []


def test_aliases_names_are_trimmed_and_not_empty() -> None:
    bad = [
        row["name"]
        for row in _records("aliases")
        if not row["name"] or row["name"].strip() != row["name"]
    ]
    assert bad == []


def test_aliases_feature_is_a_known_feature() -> None:
    assert set(FEATURES) == {"country", "admin1", "town", "point", "region", "admin2"}
    bad = [
        (row["name"], row["feature"])
        for row in _records("aliases")
        if row["feature"] not in FEATURES
    ]
    assert bad == []


def test_aliases_lat_and_lon_come_together() -> None:
    bad = [row["name"] for row in _records("aliases") if bool(row["lat"]) != bool(row["lon"])]
    assert bad == []


def test_aliases_points_are_in_range() -> None:
    bad = [
        row["name"]
        for row in _records("aliases")
        if row["lat"]
        and row["lon"]
        and not (-90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180)
    ]
    assert bad == []


def test_aliases_rows_without_a_point_name_an_existing_place() -> None:
    """No point: the row must say which place it names, by GeoNames id or country code."""
    bad = [
        row["name"]
        for row in _records("aliases")
        if not row["lat"]
        and not row["geonames_id"]
        and not (row["feature"] == "country" and ISO2.fullmatch(row["country"]))
    ]
    assert bad == []


def test_aliases_geonames_ids_are_positive_integers_or_empty() -> None:
    bad = [
        (row["name"], row["geonames_id"])
        for row in _records("aliases")
        if row["geonames_id"] and not (row["geonames_id"].isdigit() and int(row["geonames_id"]) > 0)
    ]
    assert bad == []


def test_aliases_country_is_two_capitals_or_empty() -> None:
    bad = [
        (row["name"], row["country"])
        for row in _records("aliases")
        if row["country"] and not ISO2.fullmatch(row["country"])
    ]
    assert bad == []


def test_aliases_admin1_code_only_with_a_country() -> None:
    bad = [row["name"] for row in _records("aliases") if row["admin1"] and not row["country"]]
    assert bad == []


def test_aliases_no_duplicate_name_feature_country() -> None:
    counts = Counter((row["name"], row["feature"], row["country"]) for row in _records("aliases"))
    assert [key for key, count in counts.items() if count > 1] == []


def test_aliases_are_applied_in_the_index(gazetteer: Gazetteer) -> None:
    """Each row's name finds the place it was written for: the new point, the GeoNames id,
    or the country."""
    missing = []
    for row in _records("aliases"):
        found = [gazetteer.place(index) for index in gazetteer.by_exact(row["name"])]
        if row["lat"]:
            applied = any(
                place.feature == row["feature"]
                and abs(place.lat - float(row["lat"])) < 1e-3
                and abs(place.lon - float(row["lon"])) < 1e-3
                for place in found
            )
        elif row["geonames_id"]:
            applied = any(place.geonames_id == int(row["geonames_id"]) for place in found)
        else:
            applied = any(
                place.feature == "country" and place.country == row["country"] for place in found
            )
        if not applied:
            missing.append(row["name"])
    assert missing == []


def test_demonyms_header_is_exact() -> None:
    assert _table("demonyms")[0] == ["lang", "form", "iso2"]


def test_demonyms_every_row_has_three_fields() -> None:
    assert [row for row in _table("demonyms")[1] if len(row) != 3] == []


def test_demonyms_lang_is_fr_or_en() -> None:
    assert {row["lang"] for row in _records("demonyms")} <= LANGS


def test_demonyms_iso2_is_two_capitals() -> None:
    bad = [row["form"] for row in _records("demonyms") if not ISO2.fullmatch(row["iso2"])]
    assert bad == []


def test_demonyms_no_duplicate_lang_and_form() -> None:
    counts = Counter((row["lang"], row["form"]) for row in _records("demonyms"))
    assert [key for key, count in counts.items() if count > 1] == []


def test_demonyms_no_folded_form_names_two_countries() -> None:
    """Forms are matched accent- and case-blind; two rows folding together must agree."""
    countries: defaultdict[str, set[str]] = defaultdict(set)
    for row in _records("demonyms"):
        countries[exact_key(row["form"])].add(row["iso2"])
    assert {form: iso2 for form, iso2 in countries.items() if len(iso2) > 1} == {}


def test_demonyms_french_forms_are_lower_case() -> None:
    bad = [
        r["form"]
        for r in _records("demonyms")
        if r["lang"] == "fr" and r["form"] != r["form"].lower()
    ]
    assert bad == []


def test_demonyms_every_country_has_a_gazetteer_entry(gazetteer: Gazetteer) -> None:
    iso2 = {row["iso2"] for row in _records("demonyms")}
    assert sorted(code for code in iso2 if gazetteer.country_entry(code) is None) == []


def test_feature_cues_header_is_exact() -> None:
    assert _table("feature_cues")[0] == ["lang", "cue", "position", "feature"]


def test_feature_cues_every_row_has_four_fields() -> None:
    assert [row for row in _table("feature_cues")[1] if len(row) != 4] == []


def test_feature_cues_values_are_known() -> None:
    rows = _records("feature_cues")
    assert {row["lang"] for row in rows} <= LANGS
    assert {row["position"] for row in rows} == {"before", "after"}
    assert {row["feature"] for row in rows} <= set(FEATURES)


def test_feature_cues_no_cue_announces_two_features() -> None:
    """Cues are matched accent-blind ("État de" = "Etat de"); folded twins must agree."""
    features: defaultdict[tuple[str, str], set[str]] = defaultdict(set)
    for row in _records("feature_cues"):
        features[(row["position"], fold(row["cue"]))].add(row["feature"])
    assert {cue: found for cue, found in features.items() if len(found) > 1} == {}


def test_compass_header_is_exact() -> None:
    assert _table("compass")[0] == ["pattern", "english"]


@pytest.mark.parametrize("row", _records("compass"), ids=lambda row: row["pattern"])
def test_compass_pattern_compiles_with_a_name_group(row: dict[str, str]) -> None:
    pattern = re.compile(row["pattern"], re.IGNORECASE)
    assert "name" in pattern.groupindex
    assert "{name}" in row["english"]


def test_not_places_header_and_langs() -> None:
    header, _ = _table("not_places")
    assert header == ["lang", "name", "why"]
    assert {row["lang"] for row in _records("not_places")} <= LANGS


def test_not_places_no_duplicate_names() -> None:
    counts = Counter(row["name"] for row in _records("not_places"))
    assert [name for name, count in counts.items() if count > 1] == []


def test_name_particles_are_single_lower_case_words() -> None:
    header, rows = _table("name_particles")
    assert header == ["particle", "note"]
    assert [row[0] for row in rows if not re.fullmatch(r"[a-z]+", row[0])] == []
