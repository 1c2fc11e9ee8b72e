"""The records passed between pipeline stages.

Every stage takes one record and returns the next: ``Document`` (a raw record out of a
file, feed or crawl) → ``Article`` (cleaned text with offsets, dates and sources) → later
stages add places, actors, claims and events, each pointing back into ``Article.text``.
"""

from __future__ import annotations

import dataclasses
import operator
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from dateline.errors import NOT_ERRORS


class Format(StrEnum):
    """Container formats we can read; detected from content, never from the extension."""

    TEXT = "text"
    HTML = "html"
    JSONL = "jsonl"
    FEED = "feed"
    WARC = "warc"


class DateBasis(StrEnum):
    """Where a date came from, in decreasing order of trust for a publication date."""

    METADATA = "metadata"
    DATELINE = "dateline"
    PAGE_CHROME = "page_chrome"
    URL = "url"
    UNKNOWN = "unknown"


# Types ``_plain`` returns as they are: JSON values already.
_AS_IS = frozenset({str, int, float, bool, type(None)})
# The field names of each record type ``_plain`` has met, or None for a type that is not a
# record: ``dataclasses.fields`` costs more than the conversion itself, for every record of
# every article (~0.7 ms an article).
_FIELD_NAMES: dict[type, tuple[str, ...] | None] = {}


def _plain(value: Any) -> Any:
    """Turn nested records, enums and datetimes into JSON-ready values."""
    kind = type(value)
    if kind in _AS_IS:
        return value
    try:
        names = _FIELD_NAMES[kind]
    except KeyError:
        names = _FIELD_NAMES[kind] = _field_names(value)
    if names is not None:
        return {name: _plain(getattr(value, name)) for name in names}
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, datetime):
        whole_minute = value.second == 0 and value.microsecond == 0
        return value.isoformat(timespec="minutes" if whole_minute else "auto")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return value


def _field_names(value: Any) -> tuple[str, ...] | None:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return tuple(field.name for field in dataclasses.fields(value))
    return None


def _pickled_by_fields(cls: type) -> None:
    """Pickle a record as its class and its field values in order, rebuilt through
    ``__init__``: a third of the default's cost for slotted dataclasses, whose state is
    read and restored field by field through ``dataclasses.fields``. Documents go to
    worker processes and every result comes back pickled."""
    names = tuple(field.name for field in dataclasses.fields(cls))
    values = operator.attrgetter(*names)
    single = len(names) == 1  # a one-name attrgetter gives the value, not a tuple

    def reduce(record: Any) -> tuple[type, tuple[Any, ...]]:
        found = values(record)
        return cls, (found,) if single else found

    cls.__reduce__ = reduce  # type: ignore[method-assign,assignment]


def _parse_iso(value: str | None) -> date | None:
    if value is None:
        return None
    if len(value) == 10:
        return date.fromisoformat(value)
    return datetime.fromisoformat(value)


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of ``Article.text``; ``text[start:end]`` is the evidence."""

    start: int
    end: int

    def as_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Document:
    """One raw record as found in the input, before any cleaning.

    ``content`` is decoded text (HTML or plain). ``content_hash`` keys storage, so the same
    page read twice, from a file or from a crawl, is stored once.
    """

    id: str
    content_hash: str
    source: str
    format: Format
    content: str
    is_html: bool
    url: str | None = None
    title: str | None = None
    published: str | None = None
    fetched: str | None = None
    decode_repairs: tuple[Repair, ...] = ()


@dataclass(frozen=True, slots=True)
class Repair:
    """One change made to the input text, kept so a reader can audit the cleaning."""

    kind: str
    before: str
    after: str
    detail: str = ""

    def as_dict(self) -> dict[str, Any]:
        return _plain(self)  # type: ignore[no-any-return]


@dataclass(frozen=True, slots=True)
class DateGuess:
    """A date with where it came from and how far to trust it (0-1).

    ``value`` is a ``datetime`` when a clock time was given, a ``date`` otherwise;
    ``timezone`` names the zone read from the page ("Asia/Jerusalem") when there was one.
    """

    value: date | None
    basis: DateBasis
    confidence: float
    expression: str | None = None
    timezone: str | None = None

    @classmethod
    def unknown(cls) -> DateGuess:
        return cls(value=None, basis=DateBasis.UNKNOWN, confidence=0.0)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DateGuess:
        return cls(
            value=_parse_iso(data["value"]),
            basis=DateBasis(data["basis"]),
            confidence=float(data["confidence"]),
            expression=data.get("expression"),
            timezone=data.get("timezone"),
        )

    def as_dict(self) -> dict[str, Any]:
        return _plain(self)  # type: ignore[no-any-return]


@dataclass(frozen=True, slots=True)
class ChromeLine:
    """A line removed from the body as page furniture, with why."""

    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article: ``text`` is the body every later offset refers to."""

    id: str
    content_hash: str
    source: str
    format: Format
    url: str | None
    lang: str | None
    lang_confidence: float
    title: str | None
    text: str
    paragraphs: tuple[Span, ...]
    published: DateGuess
    page_time: DateGuess
    cited_sources: tuple[str, ...] = ()
    repairs: tuple[Repair, ...] = ()
    chrome: tuple[ChromeLine, ...] = ()
    fetched: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return _plain(self)  # type: ignore[no-any-return]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Inverse of ``as_dict``, for reading stored records back."""
        return cls(
            id=data["id"],
            content_hash=data["content_hash"],
            source=data["source"],
            format=Format(data["format"]),
            url=data["url"],
            lang=data["lang"],
            lang_confidence=float(data["lang_confidence"]),
            title=data["title"],
            text=data["text"],
            paragraphs=tuple(Span(**span) for span in data["paragraphs"]),
            published=DateGuess.from_dict(data["published"]),
            page_time=DateGuess.from_dict(data["page_time"]),
            cited_sources=tuple(data["cited_sources"]),
            repairs=tuple(Repair(**repair) for repair in data["repairs"]),
            chrome=tuple(ChromeLine(**line) for line in data["chrome"]),
            fetched=data.get("fetched"),
        )

    @classmethod
    def from_text(cls, text: str, *, id: str, source: str, lang: str | None) -> Article:
        """An article whose text is ``text`` unchanged, one paragraph per blank-line block:
        for evaluation and tests, whose gold offsets must not move under cleaning."""
        spans, offset = [], 0
        for block in text.split("\n\n"):
            spans.append(Span(offset, offset + len(block)))
            offset += len(block) + 2
        return cls(
            id=id,
            content_hash=id,
            source=source,
            format=Format.TEXT,
            url=None,
            lang=lang,
            lang_confidence=1.0,
            title=None,
            text=text,
            paragraphs=tuple(spans),
            published=DateGuess.unknown(),
            page_time=DateGuess.unknown(),
        )

    def paragraph_texts(self) -> list[str]:
        return [self.text[span.start : span.end] for span in self.paragraphs]


@dataclass(frozen=True, slots=True)
class Entity:
    """A named-entity span from the parser, in ``Article.text`` offsets."""

    start: int
    end: int
    label: str
    text: str


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    """An article with its sentences, entities and the parser's documents.

    ``docs`` pairs each paragraph's start offset with its spaCy ``Doc``: token offsets in a
    doc plus that start are offsets in ``article.text``. Docs stay in memory only.
    """

    article: Article
    sentences: tuple[Span, ...] = ()
    entities: tuple[Entity, ...] = ()
    docs: tuple[tuple[int, Any], ...] = ()


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in the text and where we put it; unresolved ones keep a reason."""

    text: str
    start: int
    end: int
    kind: str
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
    confidence: float = 0.0
    reason: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return _plain(self)  # type: ignore[no-any-return]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PlaceMention:
        """Inverse of ``as_dict``: every field is a plain JSON value."""
        return cls(**data)


@dataclass(frozen=True, slots=True)
class ActorMention:
    """Who is named: a dictionary actor, a state's body behind a nationality adjective
    ("bombardiers russes"), an office title, or a short form referring back."""

    text: str
    start: int
    end: int
    canonical_id: str
    name: str
    kind: str
    country_iso3: str | None
    via: str  # name | short | demonym | title | anaphor | home | capital
    confidence: float
    role: str | None = None
    affiliation: str | None = None  # persons: the body they served in (USA.MFA for Kerry)
    person: str | None = None  # a body named through its office holder: the person's id

    def as_dict(self) -> dict[str, Any]:
        return _plain(self)  # type: ignore[no-any-return]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ActorMention:
        """Inverse of ``as_dict``: every field is a plain JSON value."""
        return cls(**data)


@dataclass(frozen=True, slots=True)
class Claim:
    """Who says what a sentence says: ``chain`` holds canonical names, the innermost
    speaker first, then those who relayed it, then the outlet."""

    start: int
    end: int
    chain: tuple[str, ...]
    chain_ids: tuple[str, ...]
    frames: tuple[str, ...] = ()
    inherited: bool = False

    def as_dict(self) -> dict[str, Any]:
        return _plain(self)  # type: ignore[no-any-return]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Claim:
        """Inverse of ``as_dict``; lists become tuples again."""
        return cls(
            start=data["start"],
            end=data["end"],
            chain=tuple(data["chain"]),
            chain_ids=tuple(data["chain_ids"]),
            frames=tuple(data["frames"]),
            inherited=data["inherited"],
        )


@dataclass(frozen=True, slots=True)
class DateCheck:
    """Whether the article's reference date agrees with the office holders it names."""

    consistent: bool
    reason: str | None = None
    tenure_start: date | None = None
    tenure_end: date | None = None

    def as_dict(self) -> dict[str, Any]:
        return _plain(self)  # type: ignore[no-any-return]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DateCheck:
        return cls(
            consistent=data["consistent"],
            reason=data["reason"],
            tenure_start=_parse_iso(data["tenure_start"]),
            tenure_end=_parse_iso(data["tenure_end"]),
        )


@dataclass(frozen=True, slots=True)
class TimeMention:
    """A temporal expression and the interval it denotes, with what it was resolved against.

    ``basis`` is ``absolute`` for a date written in full, else the basis of the reference
    date used (``metadata``, ``dateline``, ``page_chrome`` …), or ``tenure`` when the
    reference contradicted an office holder's tenure and the interval was widened to it.
    """

    text: str
    start: int
    end: int
    kind: str
    date_start: date | None
    date_end: date | None
    precision: str
    basis: str
    confidence: float

    def as_dict(self) -> dict[str, Any]:
        return _plain(self)  # type: ignore[no-any-return]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TimeMention:
        dates = {key: _parse_iso(data[key]) for key in ("date_start", "date_end")}
        return cls(**{**data, **dates})


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one article; the JSON ``extract`` prints."""

    article: Article
    places: tuple[PlaceMention, ...] = ()
    actors: tuple[ActorMention, ...] = ()
    claims: tuple[Claim, ...] = ()
    times: tuple[TimeMention, ...] = ()
    date_check: DateCheck | None = None
    events: tuple[Event, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        article = self.article.as_dict()
        article["date_check"] = None if self.date_check is None else self.date_check.as_dict()
        return {
            "id": self.article.id,
            "article": article,
            "places": [place.as_dict() for place in self.places],
            "actors": [actor.as_dict() for actor in self.actors],
            "claims": [claim.as_dict() for claim in self.claims],
            "times": [time.as_dict() for time in self.times],
            "events": [event.as_dict() for event in self.events],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Extraction:
        """Inverse of ``as_dict``: a stored or shipped extraction becomes records again."""
        check = data["article"].get("date_check")
        return cls(
            article=Article.from_dict(data["article"]),
            places=tuple(PlaceMention.from_dict(place) for place in data["places"]),
            actors=tuple(ActorMention.from_dict(actor) for actor in data["actors"]),
            claims=tuple(Claim.from_dict(claim) for claim in data["claims"]),
            times=tuple(TimeMention.from_dict(time) for time in data["times"]),
            date_check=None if check is None else DateCheck.from_dict(check),
            events=tuple(Event.from_dict(event) for event in data["events"]),
        )


@dataclass(frozen=True, slots=True)
class Skipped:
    """A record the pipeline could not use; batches collect these and report them all."""

    source: str
    record: str | None
    reason: str
    code: str = "E000"

    @property
    def is_error(self) -> bool:
        """False for records that are fine to pass over, such as images in a crawl."""
        return self.code not in NOT_ERRORS

    def describe(self) -> str:
        where = f"{self.source}#{self.record}" if self.record else self.source
        return f"{where}: {self.reason}"

    def as_dict(self) -> dict[str, Any]:
        return _plain(self)  # type: ignore[no-any-return]


@dataclass(frozen=True, slots=True)
class Evidence:
    """The words that support one field of an event."""

    field: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class EventDate:
    """When an event happened: an interval, how precise, and what it rests on."""

    date_start: date | None
    date_end: date | None
    precision: str
    basis: str
    confidence: float
    text: str | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """A coded event; every filled field is backed by an ``Evidence`` span."""

    id: str
    article_id: str
    plover_type: str
    plover_mode: str | None
    acled_type: str
    acled_subtype: str
    status: str
    actor1: ActorMention | None
    actor2: ActorMention | None
    place: PlaceMention | None
    date: EventDate
    quantities: dict[str, Any]
    weapons: tuple[str, ...]
    claim_chain: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    confidence: float
    extractor_version: str
    target: str | None = None  # CIVILIANS, PROTESTERS… when the target is not an actor

    def as_dict(self) -> dict[str, Any]:
        return _plain(self)  # type: ignore[no-any-return]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        """Inverse of ``as_dict``: nested actors, place, date and evidence become records.
        Keys that are no field (a stored incident's ``sources_count``…) are left out."""
        when = data["date"]
        names = {field.name for field in dataclasses.fields(cls)}
        return cls(
            **{
                **{key: value for key, value in data.items() if key in names},
                "actor1": _actor_or_none(data["actor1"]),
                "actor2": _actor_or_none(data["actor2"]),
                "place": None if data["place"] is None else PlaceMention.from_dict(data["place"]),
                "date": EventDate(
                    **{
                        **when,
                        "date_start": _parse_iso(when["date_start"]),
                        "date_end": _parse_iso(when["date_end"]),
                    }
                ),
                "weapons": tuple(data["weapons"]),
                "claim_chain": tuple(data["claim_chain"]),
                "evidence": tuple(Evidence(**item) for item in data["evidence"]),
            }
        )


def _actor_or_none(data: dict[str, Any] | None) -> ActorMention | None:
    return None if data is None else ActorMention.from_dict(data)


# The records that travel between processes (documents out, results back).
for _record in (
    Document,
    Repair,
    Span,
    DateGuess,
    ChromeLine,
    Article,
    PlaceMention,
    ActorMention,
    Claim,
    DateCheck,
    TimeMention,
    Extraction,
    Skipped,
    Evidence,
    EventDate,
    Event,
):
    _pickled_by_fields(_record)
del _record
