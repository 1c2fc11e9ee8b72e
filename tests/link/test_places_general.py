"""General local and international news: "Town, St." abbreviations, "Town, Region" pairs,
a mention that is no evidence for itself, French names of foreign regions and French
départements, metonymic seats of government, and names that are organisations or people."""

from __future__ import annotations

import pytest
from placekit import Finder, Linker, Picker

from dateline.data import read_tsv
from dateline.ingest.document import make_document
from dateline.link.places.gazetteer import Gazetteer
from dateline.link.places.recognise import _defined_as_place, _reading
from dateline.link.places.resolve import distance_km, feature_cue
from dateline.pipeline import process
from dateline.records import Format

QUIMPER = (48.00, -4.10)


def _km(lat: float | None, lon: float | None, point: tuple[float, float]) -> float:
    assert lat is not None and lon is not None
    return distance_km(lat, lon, *point)


# --- region abbreviations after a town ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "town", "abbreviation", "admin1"),
    [
        (
            "A grain silo collapsed in Paris, Tenn., on Monday, injuring two workers.",
            "Paris",
            "Tenn.",
            "TN",
        ),
        (
            "Storms flooded basements in Springfield, Mo., overnight, the fire chief said.",
            "Springfield",
            "Mo.",
            "MO",
        ),
        (
            "The festival moved from Portland, Ore., to a fairground outside the city.",
            "Portland",
            "Ore.",
            "OR",
        ),
        (
            "A bridge closed in Austin, TX, after engineers found cracks in a pier.",
            "Austin",
            "TX",
            "TX",
        ),
    ],
)
def test_places_abbreviation_after_a_town_names_its_state(
    place: Picker, text: str, town: str, abbreviation: str, admin1: str
) -> None:
    region = place(text, "en", abbreviation)
    assert (region.country_iso2, region.admin1_code, region.feature) == ("US", admin1, "admin1")
    found = place(text, "en", town)
    assert (found.country_iso2, found.admin1_code) == ("US", admin1)


def test_places_abbreviation_shared_by_two_countries_reads_the_one_holding_the_town(
    gazetteer: Gazetteer,
) -> None:
    readings = (("US", "WA", "postal"), ("AU", "08", "postal"))
    assert _reading(gazetteer, "Perth", readings)[:2] == ("AU", "08")
    assert _reading(gazetteer, "Spokane", readings)[:2] == ("US", "WA")


def test_places_postal_code_that_holds_no_town_is_no_region(gazetteer: Gazetteer) -> None:
    # "Kabul, OR …" is no Oregon: a postal code must hold the town before it.
    assert _reading(gazetteer, "Kabul", (("US", "OR", "postal"),)) is None


def test_places_abbreviation_brings_in_a_small_town_the_parser_missed(places: Linker) -> None:
    text = "A dairy barn burned down near Ripon, Wis., and 80 cows were rescued by neighbours."
    found = {m.text: m for m in places(text, "en")}
    assert found["Ripon"].country_iso2 == "US" and found["Ripon"].admin1_code == "WI"
    assert found["Wis."].feature == "admin1"


# --- a town and the region written after it --------------------------------------------------


def test_places_region_written_after_a_town_is_read_as_the_region(place: Picker) -> None:
    text = (
        "Engineers in Cambridge, Mass., built the prototype; a partner lab in "
        "Cambridge, England, will test it next year."
    )
    england = place(text, "en", "England")
    assert (england.country_iso2, england.feature) == ("GB", "admin1")


def test_places_second_namesake_follows_its_region(places: Linker) -> None:
    text = (
        "Engineers in Cambridge, Mass., built the prototype; a partner lab in "
        "Cambridge, England, will test it next year."
    )
    cambridges = [m for m in places(text, "en") if m.text == "Cambridge"]
    assert [m.country_iso2 for m in cambridges] == ["US", "GB"]


# --- a mention is no evidence for itself -----------------------------------------------------


def test_places_namesake_follows_the_other_places_not_its_own_first_guess(place: Picker) -> None:
    text = (
        "Rescue teams were still pumping water out of garages around Valencia on Sunday, "
        "and ministers in Madrid promised more money."
    )
    assert place(text, "en", "Valencia").country_iso2 == "ES"


def test_places_state_named_before_lawmakers_is_the_state(places: Linker) -> None:
    text = (
        "A vigil was held in Athens for the jogger, while Georgia lawmakers argued "
        "over a bill on campus lighting."
    )
    found = {m.text: m for m in places(text, "en")}
    assert (found["Georgia"].country_iso2, found["Georgia"].feature) == ("US", "admin1")
    assert found["Athens"].country_iso2 == "US"


def test_places_country_named_alone_stays_the_country(place: Picker) -> None:
    text = "Protesters gathered in Tbilisi as Georgia prepared for a disputed election."
    assert place(text, "en", "Georgia").feature == "country"


# --- French names and cues -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "written", "admin1"),
    [
        (
            "Un ouragan a touché la Floride mardi, privant un million de foyers de courant.",
            "Floride",
            "FL",
        ),
        (
            "Des tornades ont frappé la Caroline du Nord dans la nuit de samedi.",
            "Caroline du Nord",
            "NC",
        ),
    ],
)
def test_places_french_names_of_us_states(
    place: Picker, text: str, written: str, admin1: str
) -> None:
    found = place(text, "fr", written)
    assert (found.country_iso2, found.admin1_code, found.feature) == ("US", admin1, "admin1")


@pytest.mark.parametrize(
    ("before", "name", "feature"),
    [
        ("Dans l'État américain de ", "Géorgie", "admin1"),
        ("Le préfet de l'", "Indre", "admin2"),
        ("une commune du département du ", "Gers", "admin2"),
        ("dans le canton du ", "Valais", "admin1"),
        ("", "Oregon", None),
    ],
)
def test_places_cue_words_before_a_name(before: str, name: str, feature: str | None) -> None:
    text = f"{before}{name} a pris un arrêté."
    assert feature_cue(text, len(before), len(before) + len(name)) == feature


def test_places_english_cue_after_a_name() -> None:
    text = "Ohio lawmakers passed the budget."
    assert feature_cue(text, 0, 4) == "admin1"


def test_places_french_departement_beats_a_foreign_hamlet(place: Picker) -> None:
    text = "Les pompiers du Var et des Alpes-Maritimes ont lutté toute la nuit contre les flammes."
    found = place(text, "fr", "Var")
    assert (found.country_iso2, found.feature) == ("FR", "admin2")


def test_places_departement_is_placed_at_its_prefecture(place: Picker) -> None:
    found = place(
        "Une tempête a privé d'électricité 20 000 foyers du Finistère.", "fr", "Finistère"
    )
    assert found.feature == "admin2"
    assert _km(found.lat, found.lon, QUIMPER) < 5


def test_places_town_and_departement_in_parentheses(places: Linker) -> None:
    text = "Un incendie a détruit un gymnase à Saint-Étienne (Loire) dans la nuit de dimanche."
    found = {m.text: m for m in places(text, "fr")}
    assert found["Saint-Étienne"].name == "Saint-Étienne"
    assert found["Loire"].feature == "admin2"


def test_places_contracted_article_restores_the_name(place: Picker) -> None:
    text = "Le circuit a accueilli 200 000 spectateurs au Mans ce week-end."
    assert place(text, "fr", "Mans").name == "Le Mans"


# --- metonymy and landmarks ------------------------------------------------------------------


def test_places_seat_of_government_is_a_point(place: Picker) -> None:
    text = "The White House said on Monday that the president would sign the bill."
    found = place(text, "en", "White House")
    assert (found.country_iso2, found.feature) == ("US", "point")


def test_places_french_seat_of_government_is_a_point(place: Picker) -> None:
    found = place("L'Élysée a démenti toute intervention dans la nomination.", "fr", "Élysée")
    assert (found.country_iso2, found.feature) == ("FR", "point")


def test_places_informal_region_of_a_country(place: Picker) -> None:
    found = place("Blizzards closed schools across the Midwest on Thursday.", "en", "Midwest")
    assert (found.country_iso2, found.feature) == ("US", "region")


# --- names that are organisations or people --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        ("L'opérateur Orange va fermer son centre d'appels de Poitiers.", "fr", "Orange"),
        ("Le Paris Saint-Germain a battu Lens 2-0 samedi soir.", "fr", "Paris"),
        ("Météo-France annonce des orages sur le sud-ouest.", "fr", "Météo-France"),
        ("Nancy Pelosi s'est entretenue avec des élus à Taipei.", "fr", "Nancy"),
        ("Les négociations entre l'Iran et les Européens ont repris.", "fr", "Européens"),
    ],
)
def test_places_organisations_and_people_named_like_places(
    mentions: Finder, text: str, lang: str, absent: str
) -> None:
    assert absent not in [m.text for m in mentions(text, lang)]


def test_places_town_named_like_a_company_is_still_a_town(place: Picker) -> None:
    text = "Un concert a été annulé à Orange (Vaucluse) après des violences."
    assert place(text, "fr", "Orange").country_iso2 == "FR"


def test_places_leading_preposition_of_an_organisation_span_hides_no_town(place: Picker) -> None:
    text = (
        "Le campus de Cambridge, près de Boston, a été évacué mardi, "
        "selon la police du Massachusetts."
    )
    assert place(text, "fr", "Cambridge").admin1_code == "MA"


# --- a sentence that defines a place ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "defined"),
    [
        ("Wagga Wagga is a city in New South Wales.", True),
        ("Ripon is a small city in Wisconsin.", True),
        ("Carhaix-Plouguer est une commune du Finistère.", True),
        ("Jordan is a good player.", False),
        ("Paris était en fête.", False),
    ],
)
def test_places_definition_after_a_name(text: str, defined: bool) -> None:
    end = min(text.index(verb) for verb in (" is ", " est ", " était ") if verb in text)
    assert _defined_as_place(text, end) is defined


def test_places_defined_town_is_found(place: Picker) -> None:
    text = "Gundagai is a town in New South Wales, Australia, on the Hume Highway."
    found = place(text, "en", "Gundagai")
    assert (found.country_iso2, found.admin1_code) == ("AU", "02")


# --- the data files behind these rules -------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["region_abbreviations", "admin2_seats", "organisation_nouns", "place_nouns"]
)
def test_places_general_data_files_have_trimmed_rows(name: str) -> None:
    rows = read_tsv(f"places/{name}")
    assert rows and all(all(value.strip() == value for value in row.values()) for row in rows)


def test_places_region_abbreviations_name_known_regions(gazetteer: Gazetteer) -> None:
    rows = read_tsv("places/region_abbreviations")
    unknown = [
        row["abbreviation"]
        for row in rows
        if gazetteer.admin1_entry(row["country"], row["admin1"]) is None
        or row["style"] not in ("written", "postal")
    ]
    assert unknown == []
    # Postal codes are written bare ("TN", "Qld"), the press forms with their periods.
    assert all(("." in row["abbreviation"]) == (row["style"] == "written") for row in rows)


def test_places_admin2_seats_are_unique_units() -> None:
    codes = [row["code"] for row in read_tsv("places/admin2_seats")]
    assert len(codes) == len(set(codes)) and all(code.count(".") == 2 for code in codes)


def test_places_a_capital_n_apostrophe_opening_a_sentence_stays_in_the_name() -> None:
    """The French parser reads a sentence-initial "N'" as the negation and tags "Djamena"."""
    text = "N'Djamena a rappelé vendredi son ambassadeur à Khartoum après des tirs à la frontière."
    document = make_document(text, source="test", format=Format.JSONL, is_html=False)
    places = {p.text: p.country_iso2 for p in process(document).places}
    assert places.get("N'Djamena") == "TD"


@pytest.mark.parametrize(
    "text",
    [
        "On 14 July 2024, Rioters (France) burned cars in Lyon (Auvergne-Rhone-Alpes).",
        "On 2 June 2024, Protesters (Kenya) marched in Nakuru against the finance bill.",
    ],
)
def test_places_acled_actor_labels_are_no_places(text: str) -> None:
    """Analysts' notes name crowds as ACLED does; "Rioters" is no misspelt French commune."""
    document = make_document(text, source="test", format=Format.JSONL, is_html=False)
    named = {p.text for p in process(document).places}
    assert not named & {"Rioters", "Protesters"}
