"""Admin hints: the district, region or country written beside a place name decides
between namesakes, and places a village the gazetteer lacks at its district instead of at
a far namesake. The words between the names, then whole short reports."""

from __future__ import annotations

import pytest
from placekit import Linker, Picker

from dateline.link.places.hints import gap
from dateline.link.places.resolve import distance_km

NIAFUNKE = (15.93, -3.99)
MAIDUGURI = (11.85, 13.16)
TURBAT = (26.00, 63.05)


def _km(lat: float | None, lon: float | None, point: tuple[float, float]) -> float:
    assert lat is not None and lon is not None
    return distance_km(lat, lon, *point)


# --- the words between a place and its unit ---------------------------------------------


@pytest.mark.parametrize(
    ("between", "formal"),
    [
        (" (", True),
        (", ", False),
        (", dans le département de ", True),
        (", dans la province afghane de ", True),
        (", dans le nord de l'État ", True),
        (", chef-lieu de la province du ", True),
        (" (région de l'", True),
        (", dans l'", False),
        (", northern ", False),
        (" division, ", False),
        (" district of ", False),
        ("'s ", False),
        (", the capital of ", True),
    ],
)
def test_hints_gap_joins_a_place_to_its_unit(between: str, formal: bool) -> None:
    found = gap(between)
    assert found.joins
    assert found.formal is formal


@pytest.mark.parametrize(
    "between", [" et ", " and ", " - ", " ", ", près de ", " with glide bombs, ", "-"]
)
def test_hints_gap_other_words_join_nothing(between: str) -> None:
    assert not gap(between).joins


# --- namesakes ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "written", "country"),
    [
        # Bali the island would win on population alone.
        ("en", "Separatists burned a school in Bali, North-West region, on Monday.", "Bali", "CM"),
        ("fr", "Des hommes armés ont attaqué le marché de Bali, dans le Nord-Ouest.", "Bali", "CM"),
        # Leer in Lower Saxony is the larger town.
        ("en", "Raiders stole 300 cattle near Leer, Unity state, on Sunday.", "Leer", "SS"),
    ],
)
def test_hints_unit_picks_the_namesake_it_holds(
    place: Picker, lang: str, text: str, written: str, country: str
) -> None:
    assert place(text, lang, written).country_iso2 == country


def test_hints_unit_is_read_as_the_one_holding_the_place(place: Picker) -> None:
    """ "Soum" is also a Senegalese village; the province that holds Arbinda is Burkinabè."""
    text = "Des jihadistes ont attaqué le détachement d'Arbinda, dans la province du Soum."
    soum = place(text, "fr", "Soum")
    assert (soum.country_iso2, soum.feature) == ("BF", "admin2")


def test_hints_list_of_towns_is_not_a_town_and_its_region(place: Picker) -> None:
    text = "Les attaques se sont multipliées à Gao, Tombouctou et Kidal ces derniers mois."
    gao = place(text, "fr", "Gao")
    assert (gao.name, gao.feature, gao.reason) == ("Gao", "town", None)


def test_hints_known_city_stays_itself_whatever_follows(place: Picker) -> None:
    """ "Valle" alone is a Honduran department; Cali is Cali."""
    cali = place("A grenade hit a police station in Cali (Valle del Cauca).", "en", "Cali")
    assert cali.country_iso2 == "CO" and cali.reason is None


# --- villages the gazetteer lacks -----------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Trois bergers ont été tués à Tindirma-Kouna (Niafunké, Tombouctou) lundi."),
        ("en", "Gunmen killed three herders in Tindirma-Kouna (Niafunke, Timbuktu) on Monday."),
    ],
)
def test_hints_village_is_placed_at_its_district(places: Linker, lang: str, text: str) -> None:
    start = text.index("Tindirma-Kouna")
    [village] = [p for p in places(text, lang) if p.start == start]
    assert village.country_iso2 == "ML"
    assert _km(village.lat, village.lon, NIAFUNKE) < 25
    assert village.reason and "Niafunk" in village.reason
    assert village.geo_precision in (1, 2) and village.confidence <= 0.5


def test_hints_village_held_by_a_region_only_is_placed_at_its_seat(places: Linker) -> None:
    text = "Des éleveurs ont été tués à Kwanari-Gana, dans l'État de Borno, selon la police."
    start = text.index("Kwanari-Gana")
    [village] = [p for p in places(text, "fr") if p.start == start]
    assert (village.country_iso2, village.precision, village.geo_precision) == ("NG", "admin1", 3)
    assert _km(village.lat, village.lon, MAIDUGURI) < 10
    assert village.reason


def test_hints_village_beside_a_country_only_stays_unplaced(places: Linker) -> None:
    text = "Deux civils ont été tués à Kwanari-Gana, au Nigeria, selon des témoins."
    start = text.index("Kwanari-Gana")
    [village] = [p for p in places(text, "fr") if p.start == start]
    assert village.lat is None and village.reason


def test_hints_far_namesake_gives_way_to_the_district(places: Linker) -> None:
    """ "Boni" is also a name of Bonn; with its cercle and region written after it, the
    village is put at the cercle, not in Germany."""
    text = "JNIM militants ambushed a convoy near Boni (Douentza, Mopti) on Friday."
    start = text.index("Boni")
    [boni] = [p for p in places(text, "en") if p.start == start]
    assert boni.country_iso2 == "ML"
    assert boni.reason


def test_hints_typo_is_looked_for_in_the_country_written_beside_it(places: Linker) -> None:
    """ "Hom" is a village elsewhere; beside "au centre de la Syrie" it is Homs misspelt."""
    text = "Des frappes ont visé la province de Hom, au centre de la Syrie, selon l'OSDH."
    start = text.index("Hom,")
    [hom] = [p for p in places(text, "fr") if p.start == start]
    assert (hom.country_iso2, hom.admin1_code) == ("SY", "11")


@pytest.mark.parametrize("between", [" in ", " au ", " en ", " in northeastern "])
def test_hints_gap_a_preposition_alone_joins(between: str) -> None:
    """ "Kharkiv in Ukraine", "Gao au Mali": between two place names a preposition alone
    says where the first lies."""
    assert gap(between).joins


def test_hints_far_region_gives_way_to_the_unit_written_after(places: Linker) -> None:
    """ "Mambasa" is also a spelling of Mombasa, whose county the cue "territory" would
    pick; with its province and country written after it, the place is in Ituri."""
    text = (
        "ADF rebels killed 12 villagers in Mambasa territory, Ituri province, eastern Congo, "
        "on Sunday."
    )
    start = text.index("Mambasa")
    [mambasa] = [p for p in places(text, "en") if p.start == start]
    assert mambasa.country_iso2 == "CD"


def test_hints_unit_of_another_country_overrules_a_region(places: Linker) -> None:
    """A region of the same rank as the unit after it, in another country, is no reading:
    "near Mambasa in Ituri province" is put in Ituri, not in Kenya's Mombasa county."""
    text = "Gunmen killed 12 villagers near Mambasa in Ituri province on Sunday."
    start = text.index("Mambasa")
    [mambasa] = [p for p in places(text, "en") if p.start == start]
    assert mambasa.country_iso2 == "CD"
