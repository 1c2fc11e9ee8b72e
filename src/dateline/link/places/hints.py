"""Admin hints: the district, region or country written next to a place name.

Analysts and wires say where a small place lies: "Boni (Douentza, Mopti)", "à Fambita,
dans le département de Téra", "in Lashio, northern Shan state", "Kumbo, Bui division,
North-West region". The names after the place form a chain, each held by the next; the
chain's units (the most specific first) decide between namesakes, and a village the
gazetteer lacks is placed at the most specific of them instead of at a far namesake.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from dateline.data import read_tsv
from dateline.link.places.gazetteer import Place
from dateline.link.places.names import fold
from dateline.link.places.recognise import Mention

# How far from a district's seat (or a town standing for its district) a place may lie
# and still be in it; districts in the conflict zones ACLED codes are rarely wider.
DISTRICT_KM = 100.0
# A place this close to a region's seat is in the region even when GeoNames files it
# under a neighbouring code.
REGION_SEAT_KM = 50.0
# Units by size: a hint only narrows down a place smaller than itself.
RANK = {"point": 0, "town": 0, "admin2": 1, "admin1": 2, "region": 3, "country": 4}
# Informal regions ("le nord du Sinaï", "Darfur") say too little to hold a place.
_UNIT_FEATURES = frozenset({"admin2", "admin1", "country", "town"})

Distance = Callable[[float, float, float, float], float]


@dataclass(frozen=True, slots=True)
class Gap:
    """What the words between two names say: whether they join a place to its unit, and
    whether they call the second name an administrative unit ("province du", "(")."""

    joins: bool
    formal: bool


@cache
def _words() -> dict[str, list[str]]:
    words: dict[str, list[str]] = {}
    for row in read_tsv("places/hint_words"):
        words.setdefault(row["role"], []).append(_plain(row["word"]))
    return words


def _plain(text: str) -> str:
    """Folded, with one kind of apostrophe and single spaces."""
    return " ".join(fold(text).replace("’", "'").split())


def _alternation(words: list[str]) -> str:
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in ordered)


@cache
def _gap_pattern() -> re.Pattern[str]:
    """The words that may stand between a place and the unit that holds it."""
    words = _words()
    designator = f"(?:{_alternation(words['designator'])})"
    direction = f"(?:{_alternation(words['direction'])})"
    seat = f"(?:{_alternation(words['seat'])})"
    preposition = f"(?:{_alternation(words['preposition'])})"
    article = r"(?:l'\s*|(?:le|la|les|the)(?:\s+|$))"
    of = r"(?:(?:de\s+la|de\s+l'|du|des|de|d'|of(?:\s+the)?)\s*)"
    # "la province afghane de Paktika", "la région voisine de …"
    adjective = r"(?:[a-z]+\s+(?=d[eu']|des\b))"
    return re.compile(
        rf"""^\s*
        (?P<after>{designator}\b)?\s*          # "Bui division, …", "Borno State"
        (?P<possessive>'s\b)?\s*               # "Niger's Tahoua region"
        (?P<separator>[,(;:])?\s*
        (?P<preposition>{preposition}(?:\s+|$))?
        {article}?
        (?P<seat>{seat}\s+{of}{article}?)?
        (?P<direction>{direction}\b\s*{of}?{article}?)?
        (?P<designator>{designator}\b\s*{adjective}?{of}?{article}?)?
        $""",
        re.VERBOSE,
    )


def gap(text: str) -> Gap:
    """How the words between two names relate them."""
    match = _gap_pattern().match(_plain(text) if text.strip() else text)
    if match is None:
        return Gap(False, False)
    separator, designator = match.group("separator"), match.group("designator")
    named = bool(match.group("after") or designator or match.group("seat"))
    joins = bool(
        separator or match.group("possessive") or named or match.group("preposition")
    )  # "near Mambasa in Congo's Ituri province", "à Gao au Mali"
    formal = bool(designator or match.group("seat") or separator == "(")
    return Gap(joins, formal)


def chains(text: str, mentions: Sequence[Mention]) -> dict[int, list[int]]:
    """For each place mention (by position), the positions of the names after it that say
    where it lies: "Boni (Douentza, Mopti)" gives Boni [Douentza, Mopti], Douentza
    [Mopti]."""
    found: dict[int, list[int]] = {}
    for first in range(len(mentions)):
        if mentions[first].kind != "place":
            continue
        chain = []
        for following in range(first + 1, len(mentions)):
            before = mentions[following - 1]
            mention = mentions[following]
            if mention.kind != "place" or not gap(text[before.end : mention.start]).joins:
                break
            chain.append(following)
        if chain:
            found[first] = chain
    return found


def inside(place: Place, unit: Place, distance: Distance) -> bool:
    """Whether ``place`` lies in ``unit`` (a country, region, admin1, district, or a town
    standing for its district)."""
    if place.country != unit.country:
        return False
    if unit.feature in ("country", "region"):
        return True
    near = distance(place.lat, place.lon, unit.lat, unit.lon)
    if unit.feature == "admin1":
        return place.admin1 == unit.admin1 or near <= REGION_SEAT_KM
    return near <= DISTRICT_KM


def narrows(unit: Place, place: Place) -> bool:
    """A unit only says something about a smaller place."""
    return RANK.get(unit.feature, 0) > RANK.get(place.feature, 0) or (
        unit.feature == "town" and place.feature in ("town", "point")
    )


def units(
    text: str,
    mentions: Sequence[Mention],
    chosen: Sequence[Place | None],
    options: Callable[[Mention], list[Place]],
    distance: Distance,
    countries: set[str],
    known: Callable[[Mention], list[Place]] = lambda mention: [],
) -> dict[int, tuple[Place, ...]]:
    """Mention start → the units its chain names, the most specific first.

    Each name of a chain is read as a unit held by the next one ("Douentza" as the cercle
    in the Mopti region), preferring the reading that holds a namesake of the place, then
    the first pass's choices. A town counts as a unit (its district) only where the words
    call it one: in parentheses, after "département de", before "division". A chain is
    ignored when the place has a namesake that no reading holds, in the unit's country
    ("à Gao, Tombouctou et Kidal" is a list, not a town and its region) or in one of the
    story's ``countries`` while the unit lies elsewhere ("Jabalia in northern Gaza" is
    not in Mozambique's Gaza province), or when the place is ``known`` (a city under its
    own name: "Cali (Valle del Cauca)" is not in a Honduran Valle). A reading outside
    every country the story names is no reading.
    """
    found: dict[int, tuple[Place, ...]] = {}
    for first, chain in chains(text, mentions).items():
        own = options(mentions[first])
        readings = _readings(text, mentions, chain, options, distance)
        if not readings:
            continue
        best = max(readings, key=lambda reading: _preference(reading, own, chosen, chain, distance))
        holds = any(inside(place, best[0], distance) for place in own if narrows(best[0], place))
        abroad = best[-1].country not in countries
        if abroad and countries:
            continue  # "Ngarbuh, dans le département du Donga-Mantung" is not in Benin's Donga
        near_home = [
            place
            for place in own
            if narrows(best[-1], place)
            and (place.country == best[-1].country or (abroad and place.country in countries))
        ]
        # A well-known namesake abroad does not outweigh a chain read in the story's own
        # country: "Léré (Niafunké, Tombouctou)" in a story on Mali is not Nigeria's Lere.
        famous = [
            place
            for place in known(mentions[first])
            if narrows(best[-1], place) and (abroad or place.country in countries)
        ]
        if not holds and (near_home or famous):
            continue
        found[mentions[first].start] = best
    for position, unit in _owners(text, mentions, options, distance).items():
        found.setdefault(mentions[position].start, (unit,))
    return found


# "Chhattisgarh's Bijapur district", "Nigeria's Zamfara state": the unit's possessive.
_OWNER_GAP = re.compile(r"^'s\s+$")


def _owners(
    text: str,
    mentions: Sequence[Mention],
    options: Callable[[Mention], list[Place]],
    distance: Distance,
) -> dict[int, Place]:
    """Mention position → the unit named in the possessive right before it, when that unit
    holds a namesake of the place: "in Chhattisgarh's Bijapur district" is the Bijapur of
    Chhattisgarh, not Karnataka's Vijayapura."""
    found: dict[int, Place] = {}
    for position in range(1, len(mentions)):
        owner, mention = mentions[position - 1], mentions[position]
        if owner.kind != "place" or mention.kind != "place":
            continue
        if not _OWNER_GAP.match(text[owner.end : mention.start].replace("’", "'")):
            continue
        own = options(mention)
        unit = next(
            (
                unit
                for unit in options(owner)
                if unit.feature in ("admin1", "country")
                and any(narrows(unit, place) and inside(place, unit, distance) for place in own)
            ),
            None,
        )
        if unit is not None:
            found[position] = unit
    return found


# Readings of a chain tried at most; chains are short and names have few unit namesakes.
_MAX_READINGS = 256


def _readings(
    text: str,
    mentions: Sequence[Mention],
    chain: list[int],
    options: Callable[[Mention], list[Place]],
    distance: Distance,
) -> list[tuple[Place, ...]]:
    """Every way to read the chain's names as units, each held by the next. A name that
    is no unit ends the chain there: the names before it still say something."""
    levels = []
    start = mentions[chain[0] - 1].end
    for position in chain:
        mention = mentions[position]
        before = mentions[position - 1]
        written = text[start : mention.start]
        formal = (
            gap(text[before.end : mention.start]).formal
            or ("(" in written and ")" not in written)  # "(Niafunké, Tombouctou)"
            or _names_unit(mention)
            or _followed_by_unit(text, mention, position, chain)
        )
        # A town is no unit of its namesake: "Dhaka (Dhaka)" names the division, not the
        # Indian town of Dhāka that would hold a town of that name.
        itself = position == chain[0] and _same_name(mentions[chain[0] - 1], mention)
        allowed = [
            place
            for place in options(mention)
            if place.feature in _UNIT_FEATURES
            and (place.feature != "town" or (formal and not itself))
        ]
        if not allowed:
            break
        levels.append(allowed)
    readings: list[tuple[Place, ...]] = [()]
    for allowed in reversed(levels):
        readings = [
            (unit, *reading)
            for reading in readings
            for unit in allowed
            if not reading or inside(unit, reading[0], distance)
        ][:_MAX_READINGS]
    return readings if levels else []


def _same_name(place: Mention, unit: Mention) -> bool:
    return _plain(place.text) == _plain(unit.text)


def _preference(
    reading: tuple[Place, ...],
    own: list[Place],
    chosen: Sequence[Place | None],
    chain: list[int],
    distance: Distance,
) -> tuple[bool, int, int]:
    """Holding a namesake of the place first, then agreeing with the first pass, then
    larger kinds of units (a region named like its seat is read as the region)."""
    holds = any(inside(place, reading[0], distance) for place in own if narrows(reading[0], place))
    agrees = sum(
        1
        for unit, position in zip(reading, chain, strict=False)  # a reading may stop short
        if (picked := chosen[position]) is not None and picked.index == unit.index
    )
    kinds = sum(_KIND_ORDER.index(unit.feature) for unit in reading)
    return holds, agrees, -kinds


_KIND_ORDER = ("admin1", "admin2", "country", "town")


def _names_unit(mention: Mention) -> bool:
    """The mention itself says it is a unit: "province du Soum", "Borno State"."""
    plain = _plain(mention.text)
    designators = _words()["designator"]
    return any(plain.startswith(f"{w} ") or plain.endswith(f" {w}") for w in designators)


def _followed_by_unit(text: str, mention: Mention, position: int, chain: list[int]) -> bool:
    """A name followed by a designator or by a further unit is one itself: "Bui
    division", "(Douentza, Mopti)"."""
    if position != chain[-1]:
        return True
    after = _plain(text[mention.end : mention.end + 25])
    return any(after.startswith(word) for word in _words()["designator"])
