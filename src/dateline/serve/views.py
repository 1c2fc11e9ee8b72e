"""What the API shows, built from store records: articles with their evidence highlighted,
an event with the articles that report it, and a GeoJSON layer.

Plain functions over ``Store`` and record dicts, so that they are tested without HTTP.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import Any

from dateline.errors import Messages, RequestError
from dateline.records import Article
from dateline.store import Store

# A longitude (-180..180) and a latitude (-90..90) in decimal degrees; the OpenAPI spec
# carries this pattern, so clients can validate a box before sending it.
_LON = r"-?(?:180(?:\.0+)?|(?:1[0-7][0-9]|[1-9]?[0-9])(?:\.[0-9]+)?)"
_LAT = r"-?(?:90(?:\.0+)?|[1-8]?[0-9](?:\.[0-9]+)?)"
BBOX_PATTERN = rf"^{_LON},{_LAT},{_LON},{_LAT}$"


def parse_bbox(text: str) -> tuple[float, float, float, float]:
    """``west,south,east,north`` in degrees; west > east is a box across the antimeridian.

    Raises:
        RequestError: E025 (400) for anything else, saying what is wrong.
    """
    if not re.fullmatch(BBOX_PATTERN, text):
        raise RequestError(
            Messages.E025,
            parameter="bbox",
            status=400,
            detail=f"{text!r} is not west,south,east,north in degrees "
            "(longitudes -180..180, latitudes -90..90)",
        )
    west, south, east, north = (float(part) for part in text.split(","))
    if south > north:
        raise RequestError(
            Messages.E025,
            parameter="bbox",
            status=400,
            detail=f"south {south:g} is north of north {north:g}",
        )
    return west, south, east, north


def parse_day(text: str, parameter: str) -> str:
    """A YYYY-MM-DD day that exists in the calendar, as given.

    Raises:
        RequestError: E025 (400) for a date such as 2019-02-30.
    """
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError as error:
        raise RequestError(
            Messages.E025, parameter=parameter, status=400, detail=f"{text!r}: {error}"
        ) from error


# The incident keys a record has once corroborated, and their values for a lone report.
_INCIDENT_DEFAULTS: dict[str, Any] = {"incident_id": None, "sources_count": 1}


def with_incident_keys(record: dict[str, Any]) -> dict[str, Any]:
    """``record`` with every key of ``EventRecord``: a record stored without corroboration
    gets ``sources_count`` 1 and empty ``sources`` and ``conflicts``."""
    return _INCIDENT_DEFAULTS | {"sources": [], "conflicts": {}} | record


def highlights(events: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every evidence span of ``events``, tagged with its event id, in text order."""
    spans = [
        {**span, "event_id": event["id"]} for event in events for span in event.get("evidence", [])
    ]
    return sorted(spans, key=lambda span: (span["start"], span["end"], span["event_id"]))


def article_text(article: Article, events: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """An article as the page shows it: metadata, cleaned text and evidence to highlight."""
    published = article.as_dict()["published"]["value"]
    return {
        "content_hash": article.content_hash,
        "id": article.id,
        "url": article.url,
        "title": article.title,
        "lang": article.lang,
        "published": published,
        "text": article.text,
        "highlights": highlights(events),
    }


def article_detail(store: Store, content_hash: str) -> dict[str, Any] | None:
    """A stored article with all the events extracted from it; None when unknown."""
    article = store.article_by_hash(content_hash)
    if article is None:
        return None
    events = store.article_events(content_hash)
    return article_text(article, events) | {"events": events}


def event_detail(store: Store, event_id: str) -> dict[str, Any] | None:
    """An event (or incident) record plus each reporting article, with the evidence of
    that article's own report highlighted; None when the id is unknown."""
    record = store.event(event_id)
    if record is None:
        return None
    reports = [
        (source["content_hash"], source["event_id"]) for source in record.get("sources") or []
    ]
    reports = reports or [(record["content_hash"], record["id"])]
    articles = []
    for content_hash in dict.fromkeys(digest for digest, _ in reports):
        article = store.article_by_hash(content_hash)
        if article is None:
            continue
        ids = {event for digest, event in reports if digest == content_hash}
        events = [event for event in store.article_events(content_hash) if event["id"] in ids]
        articles.append(article_text(article, events))
    return record | {"articles": articles}


def feature(record: dict[str, Any]) -> dict[str, Any] | None:
    """An RFC 7946 Point feature for an event record; None when it has no coordinates."""
    place = record.get("place") or {}
    if place.get("lat") is None or place.get("lon") is None:
        return None
    return {
        "type": "Feature",
        "id": record["id"],
        "geometry": {"type": "Point", "coordinates": [place["lon"], place["lat"]]},
        "properties": {
            "id": record["id"],
            "acled_type": record["acled_type"],
            "acled_subtype": record["acled_subtype"],
            "plover_type": record["plover_type"],
            "status": record["status"],
            "date_start": record["date"]["date_start"],
            "date_end": record["date"]["date_end"],
            "place": place.get("name"),
            "fatalities": record["quantities"].get("fatalities"),
            "sources_count": record.get("sources_count", 1),
            "actor1": (record.get("actor1") or {}).get("name"),
            "actor2": (record.get("actor2") or {}).get("name"),
        },
    }


def feature_collection(records: Iterable[dict[str, Any]]) -> dict[str, Any]:
    features = [found for record in records if (found := feature(record)) is not None]
    return {"type": "FeatureCollection", "features": features}
