"""Places written the way analysts write them ("Gwoza (Borno)", "Mogok (Pyin Oo Lwin,
Mandalay)"), towns named inside a building's name, and famous namesakes: each shape once
cost an event its place."""

from __future__ import annotations

import pytest
from placekit import Finder, Linker, Picker

from dateline.link.places.gazetteer import Gazetteer
from dateline.link.places.recognise import Mention
from dateline.link.places.resolve import distance_km, resolve

MAPUTO = (-25.966, 32.583)
DHAKA = (23.71, 90.407)
TBILISI = (41.691, 44.834)
GAZA = (31.502, 34.467)
ISLAMABAD = (33.721, 73.043)
CARACAS = (10.49, -66.88)
GENEVA = (46.202, 6.146)
BAGHDAD = (33.341, 44.401)
ROME = (41.892, 12.511)
ATHENS_TN = (35.443, -84.593)
NIAFUNKE = (15.932, -3.991)


def _km(lat: float | None, lon: float | None, point: tuple[float, float]) -> float:
    assert lat is not None and lon is not None, "the mention was left unplaced"
    return distance_km(lat, lon, *point)


def _at(places: Linker, text: str, lang: str, written: str) -> tuple[float | None, float | None]:
    """The point of the first mention that starts where ``written`` does."""
    start = text.index(written)
    found = [p for p in places(text, lang) if p.start == start]
    assert found, f"no mention at {written!r}: {[p.text for p in places(text, lang)]}"
    return found[0].lat, found[0].lon


# --- "Town (Unit)" tagged by the parser as an organisation ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # The English parser tags "Maputo (Maputo City" and "Maputo (Maputo" as ORG.
        "Police fired tear gas at opposition supporters marching in Maputo (Maputo City).",
        "Police fired tear gas at opposition supporters marching in Maputo (Maputo).",
        "Police fired tear gas at opposition supporters marching in Maputo (Maputo Province).",
        "On 3 May 2024, rioters clashed with police in Maputo (Maputo). No one was hurt.",
    ],
)
def test_notes_town_before_its_unit_survives_an_organisation_tag(places: Linker, text: str) -> None:
    assert _km(*_at(places, text, "en", "Maputo"), MAPUTO) < 25


def test_notes_town_ending_a_landmark_span_is_found(places: Linker) -> None:
    """ "the Presidential Palace in Tbilisi (Tbilisi" is one ORG span."""
    text = (
        "On 4 October 2025, demonstrators tried to storm the Presidential Palace in "
        "Tbilisi (Tbilisi) during an opposition rally."
    )
    assert _km(*_at(places, text, "en", "Tbilisi"), TBILISI) < 25


def test_notes_country_after_an_actor_label_counts(places: Linker) -> None:
    """ "Rioters (Bangladesh" is one ORG span: its country says which Dhaka is meant."""
    text = (
        "On 5 February 2025, Rioters (Bangladesh) set fire to a house in Dhaka (Dhaka), "
        "while the former prime minister addressed supporters online from India."
    )
    assert "Bangladesh" in [p.text for p in places(text, "en")]
    assert _km(*_at(places, text, "en", "Dhaka"), DHAKA) < 25


@pytest.mark.parametrize(
    "text",
    [
        "Members of the Union for the Republic (UPR) marched to parliament on Monday.",
        "On 2 May 2024, Military Forces of Mali (2021-) shelled positions held by rebels.",
    ],
)
def test_notes_acronym_or_year_in_parentheses_makes_no_place(mentions: Finder, text: str) -> None:
    written = [m.text for m in mentions(text, "en") if m.kind == "place"]
    assert not any(name.startswith(("Union", "Military")) for name in written)


# --- a unit named like its town ------------------------------------------------------------


def _mention(text: str, written: str, after: int = 0) -> Mention:
    start = text.index(written, after)
    return Mention(start, start + len(written), written, "place", "ner", proper_noun=True)


def test_notes_town_is_no_unit_of_its_namesake(gazetteer: Gazetteer) -> None:
    """ "Dhaka (Dhaka)" names the division; the Indian town of Dhāka, in a story that
    names India, must not be read as the unit and move the capital there."""
    text = "Students marched in Dhaka (Dhaka) while the former prime minister spoke from India."
    first = _mention(text, "Dhaka")
    found = [first, _mention(text, "Dhaka", first.end), _mention(text, "India")]
    dhaka = resolve(gazetteer, text, found)[0]
    assert dhaka.country_iso2 == "BD" and dhaka.reason is None


@pytest.mark.parametrize(
    ("lang", "text", "town", "point"),
    [
        ("en", "Protesters blocked roads in Kinshasa (Kinshasa).", "Kinshasa", (-4.32, 15.32)),
        ("en", "Traders went on strike in Bamako (Bamako District).", "Bamako", (12.65, -8.0)),
        ("en", "Police dispersed a rally in Nairobi (Nairobi).", "Nairobi", (-1.283, 36.817)),
        ("en", "Students protested in Addis Ababa (Addis Ababa).", "Addis Ababa", (9.025, 38.75)),
        ("en", "Protesters gathered in Bangkok (Bangkok) on Sunday.", "Bangkok", (13.754, 100.5)),
        (
            "fr",
            "Des manifestants ont défilé à Mexico (Ciudad de México).",
            "Mexico",
            (19.43, -99.13),
        ),
        (
            "fr",
            "La police a dispersé des étudiants à Caracas (Distrito Capital).",
            "Caracas",
            CARACAS,
        ),
        ("fr", "La police a dispersé des manifestants à Maputo (Maputo City).", "Maputo", MAPUTO),
    ],
)
def test_notes_capital_that_is_its_own_region_holds_itself(
    places: Linker, lang: str, text: str, town: str, point: tuple[float, float]
) -> None:
    assert _km(*_at(places, text, lang, town), point) < 25


# --- a town inside a building's or an institution's name -------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "written", "point"),
    [
        ("fr", "Une explosion a frappé l'hôpital Al-Ahli de Gaza ; Israël dément.", "Gaza", GAZA),
        (
            "fr",
            "Un ancien ministre a été arrêté à la Haute Cour d'Islamabad.",
            "Islamabad",
            ISLAMABAD,
        ),
        ("fr", "Des avions jordaniens ont largué des vivres sur Gaza-ville.", "Gaza-ville", GAZA),
    ],
)
def test_notes_town_closing_a_building_name_is_placed(
    places: Linker, lang: str, text: str, written: str, point: tuple[float, float]
) -> None:
    assert _km(*_at(places, text, lang, written), point) < 25


def test_notes_possessive_organisation_tag_hides_no_town(mentions: Finder) -> None:
    """The parser tags "Kharkiv's" as an organisation."""
    text = "Troops fired into the air to disperse crowds in Kharkiv's Freedom Square."
    assert "Kharkiv" in [m.text for m in mentions(text, "en")]


def test_notes_part_of_a_unit_name_is_no_reading(places: Linker) -> None:
    """ "Intan" alone is an alias of Yingtan (China): a village beside "Intan Jaya" is
    not moved to China."""
    text = "Des rebelles ont incendié un kiosque à Sugapa (Intan Jaya, Papouasie centrale)."
    sugapa = [p for p in places(text, "fr") if p.text == "Sugapa"]
    assert not sugapa or sugapa[0].country_iso2 != "CN"


# --- famous namesakes --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "written", "point"),
    [
        (
            "fr",
            "Les ministres ont annoncé à Genève un accord sur une trêve en Syrie. "
            "Washington et Moscou pourraient ensuite mener des frappes conjointes.",
            "Genève",
            GENEVA,
        ),
        (
            "fr",
            "Une frappe de drone américaine près de l'aéroport de Bagdad a tué un général iranien.",
            "Bagdad",
            BAGHDAD,
        ),
        (
            "en",
            "Iranian and US negotiators held talks in Muscat on Sunday. A fifth round is "
            "planned in Rome later this month.",
            "Rome",
            ROME,
        ),
    ],
)
def test_notes_famous_namesake_beats_a_small_town_of_a_named_country(
    places: Linker, lang: str, text: str, written: str, point: tuple[float, float]
) -> None:
    assert _km(*_at(places, text, lang, written), point) < 25


def test_notes_small_town_the_story_places_keeps_its_name(place: Picker) -> None:
    """Athens, Tennessee is a small town next to Athens, Greece: its state keeps it."""
    athens = place("A tornado damaged homes in Athens, Tennessee, on Monday.", "en", "Athens")
    assert _km(athens.lat, athens.lon, ATHENS_TN) < 25


# --- the story's own country ---------------------------------------------------------------


def test_notes_force_named_like_a_village_is_no_place(mentions: Finder) -> None:
    """ "FAMa" (Mali's army) is also Fama, a Brazilian town."""
    text = "Un convoi des FAMa a été attaqué mardi près de Douentza."
    assert "FAMa" not in [m.text for m in mentions(text, "fr")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Les FAMa ont repris mardi le contrôle de Léré (Niafunké, Tombouctou)."),
        ("en", "Malian troops retook Lere (Niafunke, Timbuktu) on Tuesday."),
    ],
)
def test_notes_chain_in_the_story_country_beats_a_known_namesake_abroad(
    places: Linker, lang: str, text: str
) -> None:
    """Lere is a Nigerian district and town; the Léré held by Niafunké is Malian (the
    gazetteer lacks it, so it is placed at the cercle)."""
    lere = _at(places, text, lang, text.split("(")[0].split()[-1])
    assert _km(*lere, NIAFUNKE) < 25
