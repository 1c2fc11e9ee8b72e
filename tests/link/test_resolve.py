"""Resolving mentions to gazetteer entries with what the whole article says: the helpers,
then ``link_places`` on short news texts where a name has several candidates."""

from __future__ import annotations

import pytest
from placekit import Linker, Picker

from dateline.link.places.resolve import (
    GEO_PRECISION,
    PRECISION,
    bare_mention,
    compass_variants,
    distance_km,
    feature_cue,
    strip_cue,
)

PALMYRA_SY = (34.56, 38.28)
MOSCOW = (55.7558, 37.6173)
WASHINGTON_DC = (38.8951, -77.0364)
PALMYRA_NY = (43.0639, -77.2333)


def _km(mention_lat: float | None, mention_lon: float | None, point: tuple[float, float]) -> float:
    assert mention_lat is not None and mention_lon is not None
    return distance_km(mention_lat, mention_lon, *point)


# --- helpers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("Saada province", ("Saada", "admin1")),
        ("Borno State", ("Borno", "admin1")),
        ("province de Homs", ("Homs", "admin1")),
        ("province d'Idleb", ("Idleb", "admin1")),
        ("gouvernorat de Deir ez-Zor", ("Deir ez-Zor", "admin1")),
        ("ville de Gao", ("Gao", "town")),
        ("Homs", ("Homs", None)),
        ("Province", ("Province", None)),
    ],
)
def test_resolve_strip_cue_splits_name_and_announced_feature(
    mention: str, expected: tuple[str, str | None]
) -> None:
    assert strip_cue(mention) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Les combats continuent dans la province de Homs.", "Homs", "admin1"),
        ("Les combats continuent dans la Province de Homs.", "Homs", "admin1"),
        ("Des obus sont tombés sur la ville de Gao.", "Gao", "town"),
        ("Fighting raged in Saada province overnight.", "Saada", "admin1"),
        ("Fighting raged in Saada overnight.", "Saada", None),
    ],
)
def test_resolve_feature_cue_reads_the_words_around_a_mention(
    text: str, name: str, expected: str | None
) -> None:
    start = text.index(name)
    assert feature_cue(text, start, start + len(name)) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Darfour-Nord", ["North Darfour"]),
        ("Kivu-Nord", ["North Kivu"]),
        ("Sud-Kivu", ["South Kivu"]),
        ("Haute-Galilée", ["Upper Galilée"]),
        ("Basse-Casamance", ["Lower Casamance"]),
        ("Homs", []),
    ],
)
def test_resolve_compass_variants_rewrite_french_compass_forms(
    name: str, expected: list[str]
) -> None:
    assert compass_variants(name) == expected


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("L'Algérie", "Algérie"),
        ("d’Idleb", "Idleb"),
        ("Mali's", "Mali"),
        ("the Sahel", "Sahel"),
        ("Homs", "Homs"),
    ],
)
def test_resolve_bare_mention_drops_article_elision_and_possessive(
    mention: str, expected: str
) -> None:
    assert bare_mention(mention) == expected


def test_resolve_distance_km_paris_london() -> None:
    assert distance_km(48.8566, 2.3522, 51.5074, -0.1278) == pytest.approx(343.6, abs=2)


def test_resolve_distance_km_is_zero_for_one_point() -> None:
    assert distance_km(34.56, 38.28, 34.56, 38.28) == 0.0


def test_resolve_distance_km_is_symmetric() -> None:
    assert distance_km(34.56, 38.28, 33.51, 36.29) == pytest.approx(
        distance_km(33.51, 36.29, 34.56, 38.28)
    )


@pytest.mark.parametrize(
    ("feature", "precision", "geo_precision"),
    [
        ("town", "town", 1),
        ("point", "point", 1),
        ("admin1", "admin1", 3),
        ("region", "admin1", 3),
        ("country", "country", 3),
    ],
)
def test_resolve_precision_tables_follow_acled(
    feature: str, precision: str, geo_precision: int
) -> None:
    assert (PRECISION[feature], GEO_PRECISION[feature]) == (precision, geo_precision)


# --- disambiguation in context ---------------------------------------------------------

SYRIA_PALMYRA = (
    "Syrian troops retook Palmyra from Islamic State fighters after heavy Russian air strikes."
)
NY_PALMYRA = "A barn fire in Palmyra, New York, destroyed two tractors on Tuesday."
NY_PALMYRA_COUNTY = (
    "Firefighters from Rochester helped put out a warehouse blaze in Palmyra late on Sunday, "
    "Wayne County officials said."
)
TRIPOLI_LY = (
    "Des affrontements ont éclaté à Tripoli entre milices rivales, a indiqué le gouvernement "
    "libyen, qui siège dans la capitale de la Libye."
)
TRIPOLI_LB = (
    "Des heurts ont opposé deux quartiers de Tripoli, dans le nord du Liban, a rapporté "
    "l'armée libanaise depuis Beyrouth."
)
PARIS_TX = "A tornado damaged several homes in Paris, Texas, late on Friday."
MOSCOU_WASHINGTON = "Moscou a rejeté les accusations de Washington concernant les missiles."
WASHINGTON_METONYM = "Washington imposed new sanctions on Tehran on Thursday, the Treasury said."
HOMS_PROVINCE = "Les bombardements se poursuivent dans la province de Homs, selon l'armée syrienne."
HOMS_TOWN = "L'armée syrienne a repris le contrôle de Homs après des semaines de combats en Syrie."
HOM_TYPO = (
    "L'aviation syrienne a frappé plusieurs localités de la province de Hom, dans le centre "
    "de la Syrie."
)
DARFOUR = "Des miliciens ont attaqué un camp de déplacés au Darfour-Nord, dans l'ouest du Soudan."
UNKNOWN_VILLAGE = (
    "Trois bergers ont été tués près du village de Tellouganda, dans le nord du Mali, selon "
    "des sources locales."
)
MIXED_PRECISION = (
    "L'armée syrienne a bombardé Idleb, tandis que les combats se poursuivaient dans la "
    "province de Homs, en Syrie."
)
ALGERIE = "L'Algérie a fermé sa frontière avec le Mali après l'attaque."
ARAK = "Des frappes ont visé le champ gazier d'Arak, à l'est de Palmyre, en Syrie."

ALL_TEXTS = [
    ("en", SYRIA_PALMYRA),
    ("en", NY_PALMYRA),
    ("en", NY_PALMYRA_COUNTY),
    ("fr", TRIPOLI_LY),
    ("fr", TRIPOLI_LB),
    ("en", PARIS_TX),
    ("fr", MOSCOU_WASHINGTON),
    ("en", WASHINGTON_METONYM),
    ("fr", HOMS_PROVINCE),
    ("fr", HOMS_TOWN),
    ("fr", HOM_TYPO),
    ("fr", DARFOUR),
    ("fr", UNKNOWN_VILLAGE),
    ("fr", MIXED_PRECISION),
    ("fr", ALGERIE),
    ("fr", ARAK),
]


def test_resolve_palmyra_in_a_syria_story_is_tadmur(place: Picker) -> None:
    palmyra = place(SYRIA_PALMYRA, "en", "Palmyra")
    assert (palmyra.name, palmyra.country_iso2) == ("Tadmur", "SY")
    assert _km(palmyra.lat, palmyra.lon, PALMYRA_SY) < 25


@pytest.mark.parametrize("text", [NY_PALMYRA, NY_PALMYRA_COUNTY])
def test_resolve_palmyra_in_a_new_york_story_is_american(place: Picker, text: str) -> None:
    assert place(text, "en", "Palmyra").country_iso2 == "US"


def test_resolve_palmyra_near_rochester_is_palmyra_new_york(place: Picker) -> None:
    palmyra = place(NY_PALMYRA_COUNTY, "en", "Palmyra")
    assert palmyra.admin1_code == "NY"
    assert _km(palmyra.lat, palmyra.lon, PALMYRA_NY) < 25


def test_resolve_palmyra_comma_new_york_is_in_new_york_state(place: Picker) -> None:
    palmyra = place(NY_PALMYRA, "en", "Palmyra")
    assert palmyra.admin1_code == "NY"


@pytest.mark.parametrize(("text", "iso2"), [(TRIPOLI_LY, "LY"), (TRIPOLI_LB, "LB")])
def test_resolve_tripoli_follows_the_story_country(place: Picker, text: str, iso2: str) -> None:
    tripoli = place(text, "fr", "Tripoli")
    assert (tripoli.feature, tripoli.country_iso2) == ("town", iso2)


def test_resolve_paris_comma_texas_is_paris_texas(place: Picker) -> None:
    paris = place(PARIS_TX, "en", "Paris")
    assert (paris.country_iso2, paris.admin1_code) == ("US", "TX")


def test_resolve_moscou_beside_washington_is_moscow(place: Picker) -> None:
    moscou = place(MOSCOU_WASHINGTON, "fr", "Moscou")
    assert (moscou.name, moscou.country_iso2) == ("Moscow", "RU")
    assert _km(moscou.lat, moscou.lon, MOSCOW) < 25


@pytest.mark.parametrize(("lang", "text"), [("en", WASHINGTON_METONYM), ("fr", MOSCOU_WASHINGTON)])
def test_resolve_washington_metonym_is_the_capital_not_the_state(
    place: Picker, lang: str, text: str
) -> None:
    washington = place(text, lang, "Washington")
    assert (washington.feature, washington.country_iso2) == ("town", "US")
    assert _km(washington.lat, washington.lon, WASHINGTON_DC) < 25


def test_resolve_province_de_homs_is_the_governorate(place: Picker) -> None:
    homs = place(HOMS_PROVINCE, "fr", "Homs")
    assert (homs.feature, homs.admin1, homs.country_iso2) == ("admin1", "Homs", "SY")
    assert (homs.precision, homs.geo_precision) == ("admin1", 3)


def test_resolve_homs_alone_in_a_syrian_story_is_the_town(place: Picker) -> None:
    homs = place(HOMS_TOWN, "fr", "Homs")
    assert (homs.feature, homs.country_iso2, homs.precision) == ("town", "SY", "town")


def test_resolve_typo_province_de_hom_is_the_homs_governorate(place: Picker) -> None:
    """ "Hom" is a village in China and shares a skeleton with Hama; the story and the
    spelling make it Homs."""
    hom = place(HOM_TYPO, "fr", "Hom")
    assert (hom.name, hom.feature, hom.country_iso2) == ("Homs", "admin1", "SY")


def test_resolve_darfour_nord_is_in_sudan_at_admin1_precision(place: Picker) -> None:
    darfour = place(DARFOUR, "fr", "Darfour-Nord")
    assert (darfour.country_iso2, darfour.precision, darfour.geo_precision) == ("SD", "admin1", 3)


def test_resolve_darfour_nord_is_the_north_darfur_state(place: Picker) -> None:
    darfour = place(DARFOUR, "fr", "Darfour-Nord")
    assert (darfour.name, darfour.feature) == ("North Darfur", "admin1")


def test_resolve_unknown_village_is_kept_unplaced_with_a_reason(place: Picker) -> None:
    village = place(UNKNOWN_VILLAGE, "fr", "Tellouganda")
    assert (village.kind, village.lat, village.lon, village.name) == ("place", None, None, None)
    assert village.reason


def test_resolve_unknown_hyphenated_village_is_not_placed_abroad(places: Linker) -> None:
    """ "Kassa", one half of the made-up name, is the Hungarian name of Košice (Slovakia)."""
    text = (
        "Trois bergers ont été tués près du village de Tellou-Kassa, dans le nord du Mali, "
        "selon des sources locales."
    )
    start = text.index("Tellou-Kassa")
    [village] = [p for p in places(text, "fr") if p.start == start]
    assert village.lat is None or village.country_iso2 == "ML", village


def test_resolve_ras_al_ain_beside_deir_ez_zor_is_in_syria(places: Linker) -> None:
    text = "Des obus sont tombés sur Deir ez-Zor, et plusieurs frappes ont visé Ras al-Aïn."
    start = text.index("Ras al-Aïn")
    [ras] = [p for p in places(text, "fr") if p.start == start]
    assert ras.country_iso2 == "SY", ras


def test_resolve_kosovo_is_the_country(place: Picker) -> None:
    kosovo = place("Kosovo police said two officers were injured near the border.", "en", "Kosovo")
    assert (kosovo.feature, kosovo.country_iso2) == ("country", "XK")


def test_resolve_maison_blanche_is_the_white_house(place: Picker) -> None:
    text = "La Maison Blanche a démenti vendredi toute négociation avec Moscou."
    white_house = place(text, "fr", "Maison Blanche")
    assert white_house.country_iso2 == "US"


@pytest.mark.parametrize(
    ("written", "feature", "precision", "geo_precision"),
    [
        ("Idleb", "town", "town", 1),
        ("Homs", "admin1", "admin1", 3),
        ("Syrie", "country", "country", 3),
        ("syrienne", "country", "country", 3),
    ],
)
def test_resolve_precision_follows_the_feature(
    place: Picker, written: str, feature: str, precision: str, geo_precision: int
) -> None:
    found = place(MIXED_PRECISION, "fr", written)
    assert (found.feature, found.precision, found.geo_precision) == (
        feature,
        precision,
        geo_precision,
    )


def test_resolve_demonym_is_placed_at_its_country(place: Picker) -> None:
    russian = place(SYRIA_PALMYRA, "en", "Russian")
    assert (russian.kind, russian.name, russian.country_iso2) == ("demonym", "Russia", "RU")


def test_resolve_output_keeps_only_the_naming_part(place: Picker) -> None:
    algeria = place(ALGERIE, "fr", "Algérie")
    assert (algeria.start, algeria.country_iso2) == (ALGERIE.index("Algérie"), "DZ")


def test_resolve_curated_place_without_geonames_id_has_none(place: Picker) -> None:
    arak = place(ARAK, "fr", "Arak")
    assert (arak.country_iso2, arak.geonames_id) == ("SY", None)
    assert arak.lat == pytest.approx(34.6833, abs=1e-3)


@pytest.mark.parametrize(("lang", "text"), ALL_TEXTS, ids=lambda value: str(value)[:24])
def test_resolve_every_mention_text_is_its_span(places: Linker, lang: str, text: str) -> None:
    found = places(text, lang)
    assert found
    assert [p.text for p in found] == [text[p.start : p.end] for p in found]


@pytest.mark.parametrize(("lang", "text"), ALL_TEXTS, ids=lambda value: str(value)[:24])
def test_resolve_every_mention_is_placed_or_says_why(places: Linker, lang: str, text: str) -> None:
    for mention in places(text, lang):
        if mention.lat is None:
            assert mention.lon is None and mention.name is None and mention.reason
        else:
            # A place set at the district or region named beside it says so.
            assert mention.lon is not None
            assert mention.reason is None or mention.precision in ("admin2", "admin1")
            assert 0.0 < mention.confidence <= 1.0
