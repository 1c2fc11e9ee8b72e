"""Request and response models of the HTTP API: they make its OpenAPI spec precise.

Records read from the store keep any key these models do not name (``extra="allow"``), so a
stage that adds a field to the event record shows it in the API before the models catch up.
Request models are strict and forbid unknown keys: a typo is an error, not an ignored field.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

# The codes of schema/event.schema.json; tests check that the two lists agree.
AcledType = Literal[
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
]
PloverType = Literal[
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
]
Status = Literal[
    "realised", "planned", "proposed", "requested", "denied", "hypothetical", "negated"
]


class _Record(BaseModel):
    """A stored record: known keys typed, unknown ones passed through."""

    model_config = ConfigDict(extra="allow")


class Evidence(_Record):
    """The words supporting one field: ``text == article.text[start:end]``."""

    field: str = Field(description="trigger, actor1, actor2, place, date, fatalities, weapons…")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Highlight(Evidence):
    """An evidence span shown in an article, with the event it supports."""

    event_id: str


class Actor(_Record):
    text: str
    start: int
    end: int
    canonical_id: str
    name: str
    kind: str
    country_iso3: str | None = None
    via: str | None = None
    confidence: float | None = None
    role: str | None = None
    affiliation: str | None = None
    person: str | None = None


class Place(_Record):
    text: str
    start: int
    end: int
    kind: str | None = None
    name: str | None = None
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    admin1: str | None = None
    admin1_code: str | None = None
    country_iso2: str | None = None
    feature: str | None = None
    precision: str | None = None
    geo_precision: int | None = None
    confidence: float | None = None
    reason: str | None = None


class EventDate(_Record):
    date_start: date | None
    date_end: date | None
    precision: str
    basis: str
    confidence: float
    text: str | None = None


class Quantities(_Record):
    fatalities: int | None = None


class CodedEvent(_Record):
    """One coded event, as ``dateline extract`` prints it (schema/event.schema.json)."""

    id: str
    article_id: str
    plover_type: str
    plover_mode: str | None = None
    acled_type: str
    acled_subtype: str
    status: str
    actor1: Actor | None = None
    actor2: Actor | None = None
    target: str | None = Field(None, description="CIVILIANS or PROTESTERS when not an actor")
    place: Place | None = None
    date: EventDate
    quantities: Quantities
    weapons: list[str] = []
    claim_chain: list[str] = Field([], description="innermost speaker first, outlet last")
    evidence: list[Evidence] = []
    confidence: float
    extractor_version: str


class Source(_Record):
    """One report of an incident: the article it came from and what it said."""

    event_id: str
    content_hash: str
    article_id: str | None = None
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    claim_chain: list[str] = []
    fatalities: int | None = None


class ConflictingValue(_Record):
    value: Any
    event_ids: list[str]


class EventRecord(CodedEvent):
    """A stored event: one per incident (reports of one event merged across articles).

    ``sources`` and ``conflicts`` are empty, and ``sources_count`` 1, for a record stored
    without corroboration.
    """

    content_hash: str = Field(description="the article this record was extracted from")
    incident_id: str | None = None
    sources_count: int = Field(1, ge=1, description="distinct reporting articles")
    sources: list[Source] = []
    conflicts: dict[str, list[ConflictingValue]] = Field(
        {}, description="fields the sources disagree on: each value with its event ids"
    )


class EventPage(BaseModel):
    total: int = Field(ge=0, description="records matching the filters, all pages")
    limit: int = Field(ge=1)
    offset: int = Field(ge=0)
    events: list[EventRecord]


class ArticleText(BaseModel):
    """A stored article's cleaned text, with the evidence spans to highlight in it."""

    content_hash: str
    id: str
    url: str | None
    title: str | None
    lang: str | None
    published: str | None = Field(description="ISO 8601 date or time, when known")
    text: str
    highlights: list[Highlight] = Field(description="offsets into text, sorted by start")


class EventDetail(EventRecord):
    articles: list[ArticleText] = Field(description="the reporting articles, first stored first")


class ArticleDetail(ArticleText):
    events: list[EventRecord] = Field(description="events extracted from this article")


class PointGeometry(BaseModel):
    type: Literal["Point"] = "Point"
    coordinates: tuple[float, float] = Field(description="longitude, latitude (RFC 7946)")


class FeatureProperties(BaseModel):
    id: str
    acled_type: str
    acled_subtype: str
    plover_type: str
    status: str
    date_start: date | None
    date_end: date | None
    place: str | None
    fatalities: int | None
    sources_count: int = Field(ge=1)
    actor1: str | None
    actor2: str | None


class Feature(BaseModel):
    type: Literal["Feature"] = "Feature"
    id: str
    geometry: PointGeometry
    properties: FeatureProperties


class FeatureCollection(BaseModel):
    type: Literal["FeatureCollection"] = "FeatureCollection"
    features: list[Feature]


class Health(BaseModel):
    status: Literal["ok"] = "ok"
    articles: int = Field(ge=0)
    events: int = Field(ge=0)


class ErrorBody(BaseModel):
    """Why a request failed; ``code`` is the stable error code when there is one."""

    detail: str
    code: str | None = None


class _Page(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")

    id: str | None = Field(None, max_length=500, description="echoed as the article id")
    url: str | None = Field(None, max_length=4096, description="where the page was found")
    title: str | None = Field(None, max_length=2000)
    published: str | None = Field(
        None, max_length=100, description="publication date or time, ISO 8601 preferred"
    )
    lang: Literal["fr", "en"] | None = Field(
        None, description="the page's language, when detection should not decide it"
    )


class TextPage(_Page):
    """A page as plain text."""

    text: str = Field(pattern=r"\S", description="the page's text; must not be blank")


class HtmlPage(_Page):
    """A page as HTML."""

    html: str = Field(pattern=r"\S", description="the page's HTML; must not be blank")


class Extraction(BaseModel):
    """What ``dateline extract --json`` prints for one page."""

    model_config = ConfigDict(extra="allow")

    id: str
    article: dict[str, Any] = Field(description="the cleaned article (README, Output shape)")
    places: list[Place]
    actors: list[Actor]
    claims: list[dict[str, Any]]
    times: list[dict[str, Any]]
    events: list[CodedEvent]
