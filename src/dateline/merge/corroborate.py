"""Event coreference across articles: when two reports tell of the same real-world event.

Two reports are compatible when every rule holds: they come from different articles, have
the same ACLED type (and PLOVER type where ACLED's type lumps unlike things), the same
status, places in one country within a distance (or in the same region when one side is
only placed at region or country level), overlapping dates (a day of slack for single
days) and actors that do not contradict (equal, one a part of the other, or unknown).
An incident is a set of reports that are compatible two by two; ``cluster`` builds them
from a set of reports in an order fixed by the reports themselves, never by arrival.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from dateline.merge.config import flag, merge_values, number

__all__ = [
    "MergeRules",
    "Report",
    "cluster",
    "compatible",
    "incompatibility",
    "merge_rules",
]

_EARTH_RADIUS_KM = 6371.0088
# Place precisions too coarse for a distance: the rule compares the region or country.
_COARSE = frozenset({"admin1", "country", "region"})


@dataclass(frozen=True, slots=True)
class MergeRules:
    """The [merge] thresholds the coreference rules read."""

    max_distance_km: float
    day_tolerance: int
    max_interval_days: int
    same_plover_types: frozenset[str]
    actor_hierarchy: bool
    max_component: int = 400

    @classmethod
    def from_values(cls, values: Mapping[str, str]) -> MergeRules:
        """The rules from raw ``[merge]`` values; an unusable one raises E021."""
        types = values["same_plover_types"].split(";")
        return cls(
            max_distance_km=number(values, "max_distance_km", minimum=0),
            day_tolerance=int(number(values, "day_tolerance", minimum=0, integer=True)),
            max_interval_days=int(number(values, "max_interval_days", minimum=0, integer=True)),
            same_plover_types=frozenset(name.strip() for name in types if name.strip()),
            actor_hierarchy=flag(values, "actor_hierarchy"),
            max_component=int(number(values, "max_component", minimum=1, integer=True)),
        )


_RULE_KEYS = (
    "max_distance_km",
    "day_tolerance",
    "max_interval_days",
    "same_plover_types",
    "actor_hierarchy",
    "max_component",
)


@cache
def merge_rules() -> MergeRules:
    """The rules as ``settings.cfg`` sets them."""
    return MergeRules.from_values(merge_values(_RULE_KEYS))


@dataclass(frozen=True, slots=True)
class Report:
    """What the rules read from one stored event: an article's report of an event."""

    event_id: str
    content_hash: str
    acled_type: str
    plover_type: str
    status: str
    actor1: str | None
    actor2: str | None
    lat: float | None
    lon: float | None
    precision: str | None
    admin1: str | None
    country: str | None
    date_start: date | None
    date_end: date | None
    confidence: float

    @classmethod
    def from_record(cls, record: Mapping[str, Any], *, content_hash: str) -> Report:
        """The report of a stored event record (``Event.as_dict()`` shape)."""
        place = record.get("place") or {}
        when = record.get("date") or {}
        start = _day(when.get("date_start"))
        return cls(
            event_id=record["id"],
            content_hash=content_hash,
            acled_type=record["acled_type"],
            plover_type=record["plover_type"],
            status=record["status"],
            actor1=(record.get("actor1") or {}).get("canonical_id"),
            actor2=(record.get("actor2") or {}).get("canonical_id"),
            lat=place.get("lat"),
            lon=place.get("lon"),
            precision=place.get("precision"),
            admin1=place.get("admin1"),
            country=place.get("country_iso2"),
            date_start=start,
            date_end=_day(when.get("date_end")) or start,
            confidence=float(record.get("confidence") or 0.0),
        )


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def incompatibility(a: Report, b: Report, rules: MergeRules | None = None) -> str | None:
    """Why ``a`` and ``b`` cannot be one event, or None when every rule holds.

    Symmetric: the answer for (a, b) is the answer for (b, a).
    """
    rules = rules or merge_rules()
    for name, rule in _RULES:
        if not rule(a, b, rules):
            return name
    return None


def compatible(a: Report, b: Report, rules: MergeRules | None = None) -> bool:
    return incompatibility(a, b, rules) is None


def _other_articles(a: Report, b: Report, rules: MergeRules) -> bool:
    """Within one article the extractor already merged its reports; two events it kept
    apart are two events."""
    return a.content_hash != b.content_hash


def _same_type(a: Report, b: Report, rules: MergeRules) -> bool:
    if a.acled_type != b.acled_type:
        return False
    return a.acled_type not in rules.same_plover_types or a.plover_type == b.plover_type


def _same_status(a: Report, b: Report, rules: MergeRules) -> bool:
    """A planned visit and the visit that took place are two events."""
    return a.status == b.status


def _near(a: Report, b: Report, rules: MergeRules) -> bool:
    """Same country, then within the distance; a region- or country-level place only
    matches places in that same region or country."""
    if a.country is None or a.country != b.country:
        return False
    if "country" in (a.precision, b.precision):
        return True
    if a.precision in _COARSE or b.precision in _COARSE:
        return a.admin1 is not None and a.admin1 == b.admin1
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    return haversine_km(a.lat, a.lon, b.lat, b.lon) <= rules.max_distance_km


def _overlapping(a: Report, b: Report, rules: MergeRules) -> bool:
    """Date intervals overlap, with ``day_tolerance`` of slack when both are single days;
    undated reports and long intervals say too little to match anything."""
    if a.date_start is None or b.date_start is None or a.date_end is None or b.date_end is None:
        return False
    longest = max((a.date_end - a.date_start).days, (b.date_end - b.date_start).days)
    if longest > rules.max_interval_days:
        return False
    single_days = a.date_start == a.date_end and b.date_start == b.date_end
    slack = rules.day_tolerance if single_days else 0
    return (a.date_start - b.date_end).days <= slack and (b.date_start - a.date_end).days <= slack


def _actors_agree(a: Report, b: Report, rules: MergeRules) -> bool:
    """Each side's actors may be unknown but never different; the two sides of a battle
    may be named in either order."""

    def same(x: str | None, y: str | None) -> bool:
        return _same_actor(x, y, hierarchy=rules.actor_hierarchy)

    if same(a.actor1, b.actor1) and same(a.actor2, b.actor2):
        return True
    return a.acled_type == "Battles" and same(a.actor1, b.actor2) and same(a.actor2, b.actor1)


def _same_actor(x: str | None, y: str | None, *, hierarchy: bool) -> bool:
    if x is None or y is None or x == y:
        return True
    return hierarchy and (x.startswith(f"{y}.") or y.startswith(f"{x}."))


_Rule = Callable[[Report, Report, MergeRules], bool]
# Cheapest and most selective first; the name is the reason ``incompatibility`` gives.
_RULES: tuple[tuple[str, _Rule], ...] = (
    ("same article", _other_articles),
    ("different type", _same_type),
    ("different status", _same_status),
    ("places apart", _near),
    ("dates apart", _overlapping),
    ("different actors", _actors_agree),
)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * _EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def cluster(reports: Iterable[Report], rules: MergeRules | None = None) -> list[list[Report]]:
    """Incidents of ``reports``: groups whose members are compatible two by two.

    Reports are taken by decreasing confidence, then date and id, so the same set always
    gives the same incidents whatever order it was stored in; each joins the first
    incident it is compatible with in full, else starts one. Incidents come in the order
    they were started.

    Only reports of one ACLED type, status and country can be compatible, so each such
    partition is clustered alone (a batch's chains hold thousands of reports; comparing
    each with every incident of the others would be quadratic for nothing), and a report
    without a country or a date, compatible with none, is an incident of its own.
    """
    rules = rules or merge_rules()
    partitions: dict[tuple[str, ...], list[Report]] = {}
    for report in sorted(reports, key=_canonical):
        partitions.setdefault(_partition(report), []).append(report)
    incidents = [
        incident for members in partitions.values() for incident in _greedy(members, rules)
    ]
    return sorted(incidents, key=lambda incident: _canonical(incident[0]))


def _partition(report: Report) -> tuple[str, ...]:
    """Reports in different partitions are never compatible (``_same_type``,
    ``_same_status``, ``_near`` and ``_overlapping`` all say no)."""
    if report.country is None or report.date_start is None or report.date_end is None:
        return ("alone", report.event_id)
    return (report.acled_type, report.status, report.country)


def _greedy(ordered: Sequence[Report], rules: MergeRules) -> list[list[Report]]:
    """Each report, in the order given, joins the first incident compatible with it in
    full, else starts one."""
    incidents: list[list[Report]] = []
    for report in ordered:
        for incident in incidents:
            if all(compatible(report, member, rules) for member in incident):
                incident.append(report)
                break
        else:
            incidents.append([report])
    return incidents


def _canonical(report: Report) -> tuple[float, date, str]:
    return (-report.confidence, report.date_start or date.min, report.event_id)


def conflicts(
    records: Sequence[Mapping[str, Any]],
) -> dict[str, list[dict[str, Any]]]:
    """Values that differ between the reports of one incident, side by side.

    ``{field: [{"value": v, "event_ids": [...]}, ...]}`` for each field where at least two
    reports give different known values; a report that says nothing is no contradiction.
    Values are listed most reported first.
    """
    found: dict[str, list[dict[str, Any]]] = {}
    for field, read in _CONFLICT_FIELDS:
        groups: dict[str, tuple[Any, list[str]]] = {}
        for record in records:
            keyed = read(record)
            if keyed is None:
                continue
            key, value = keyed
            groups.setdefault(key, (value, []))[1].append(record["id"])
        if len(groups) > 1:
            ordered = sorted(groups.items(), key=lambda item: (-len(item[1][1]), item[0]))
            found[field] = [
                {"value": value, "event_ids": sorted(ids)} for _, (value, ids) in ordered
            ]
    return found


def _fatalities(record: Mapping[str, Any]) -> tuple[str, Any] | None:
    value = (record.get("quantities") or {}).get("fatalities")
    return None if value is None else (str(value), value)


def _date(record: Mapping[str, Any]) -> tuple[str, Any] | None:
    when = record.get("date") or {}
    start, end = when.get("date_start"), when.get("date_end")
    if not start:
        return None
    value = start if not end or end == start else f"{start}/{end}"
    return value, value


def _actor(role: str) -> Callable[[Mapping[str, Any]], tuple[str, Any] | None]:
    def read(record: Mapping[str, Any]) -> tuple[str, Any] | None:
        actor = record.get(role)
        return (actor["canonical_id"], actor["name"]) if actor else None

    return read


def _place(record: Mapping[str, Any]) -> tuple[str, Any] | None:
    place = record.get("place") or {}
    name = place.get("name")
    return (name, name) if name else None


def _subtype(record: Mapping[str, Any]) -> tuple[str, Any] | None:
    value = record.get("acled_subtype")
    return (value, value) if value else None


_Reader = Callable[[Mapping[str, Any]], "tuple[str, Any] | None"]
# Fields compared between reports: (name in ``conflicts``, reader giving (key, value)).
_CONFLICT_FIELDS: tuple[tuple[str, _Reader], ...] = (
    ("fatalities", _fatalities),
    ("date", _date),
    ("actor1", _actor("actor1")),
    ("actor2", _actor("actor2")),
    ("place", _place),
    ("acled_subtype", _subtype),
)
