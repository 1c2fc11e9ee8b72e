"""Hand-coded records for tests and benchmarks: events as the extractor would give them,
in short articles of our own, without running the NLP.

One builder for every test that needs stored events (tests import it as ``factories``:
``tests/`` is on the path through its conftest; bench scripts add the repository root
to ``sys.path`` and import ``tests.factories``).
"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from typing import Any

from dateline.merge.corroborate import Report
from dateline.records import (
    ActorMention,
    Article,
    Event,
    EventDate,
    Evidence,
    Extraction,
    PlaceMention,
)

# Towns used by the tests, with their GeoNames-style admin1 and country.
TOWNS: dict[str, tuple[float, float, str, str]] = {
    "Kidal": (18.44345, 1.40921, "Kidal", "ML"),
    "Anefis": (18.0534, 0.6121, "Kidal", "ML"),  # 92 km south-west of Kidal
    "Gao": (16.27167, -0.04472, "Gao", "ML"),
    "Homs": (34.72682, 36.72339, "Homs", "SY"),
    "Al-Qusayr": (34.50887, 36.57978, "Homs", "SY"),  # 28 km south-west of Homs
    "Talbiseh": (34.84166, 36.73083, "Homs", "SY"),  # 13 km north of Homs
}
ACTORS: dict[str, tuple[str, str, str | None]] = {
    "MLI.MIL": ("Malian army", "military", "MLI"),
    "GRP.JNIM": ("JNIM", "armed_group", None),
    "GRP.IS": ("Islamic State", "armed_group", None),
    "RUS.MIL": ("Russian armed forces", "military", "RUS"),
    "RUS.MIL.VKS": ("Russian Aerospace Forces", "military", "RUS"),
    "SYR.MIL": ("Syrian army", "military", "SYR"),
}


def actor(canonical_id: str) -> ActorMention:
    name, kind, iso3 = ACTORS[canonical_id]
    return ActorMention(name, 0, len(name), canonical_id, name, kind, iso3, "name", 0.9)


def town(name: str) -> PlaceMention:
    lat, lon, admin1, iso2 = TOWNS[name]
    return PlaceMention(
        name, 0, len(name), "place", name=name, lat=lat, lon=lon, admin1=admin1,
        country_iso2=iso2, feature="town", precision="town", geo_precision=1, confidence=0.9,
    )  # fmt: skip


def region(name: str, iso2: str, precision: str = "admin1") -> PlaceMention:
    return PlaceMention(
        name, 0, len(name), "place", name=name, lat=None, lon=None,
        admin1=name if precision == "admin1" else None, country_iso2=iso2, feature=precision,
        precision=precision, geo_precision=3, confidence=0.8,
    )  # fmt: skip


def day(text: str, days: int = 0) -> EventDate:
    start = date.fromisoformat(text)
    return EventDate(start, start + timedelta(days=days), "day" if days == 0 else "week",
                     "metadata", 0.8)  # fmt: skip


def event(event_id: str, article: str = "report-a", **fields: Any) -> Event:
    """A drone strike on Kidal on 12 March 2024 by the Malian army, unless told otherwise."""
    values: dict[str, Any] = {
        "id": event_id,
        "article_id": article,
        "plover_type": "ASSAULT",
        "plover_mode": "aerial",
        "acled_type": "Explosions/Remote violence",
        "acled_subtype": "Air/drone strike",
        "status": "realised",
        "actor1": actor("MLI.MIL"),
        "actor2": None,
        "place": town("Kidal"),
        "date": day("2024-03-12"),
        "quantities": {"fatalities": None},
        "weapons": ("drone",),
        "claim_chain": (),
        "evidence": (Evidence("trigger", 0, 6, "frappe"),),
        "confidence": 0.8,
        "extractor_version": "test",
    }
    values.update(fields)
    return Event(**values)


def report(event_id: str, article: str = "report-a", **fields: Any) -> Report:
    """The merge's view of ``event(...)``; the article id stands for its content hash."""
    return Report.from_record(event(event_id, article, **fields).as_dict(), content_hash=article)


def extraction(article_id: str, text: str, *events: Event, url: str | None = None) -> Extraction:
    """An article of ``text`` with ``events``; its id is also its content hash."""
    article = Article.from_text(text, id=article_id, source=f"{article_id}.txt", lang="fr")
    article = dataclasses.replace(article, url=url, title=f"Title of {article_id}")
    return Extraction(
        article, events=tuple(dataclasses.replace(e, article_id=article_id) for e in events)
    )
