"""The pipeline: stages in order, one record type handed from each to the next.

``process`` is the whole chain for one document; ``run`` applies it to a stream and turns
every failure into a ``Skipped`` so that a batch reports, rather than stops at, bad records.
Models and indexes load once per process, on first use.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import urlparse

from dateline.clean import clean
from dateline.errors import DatelineError
from dateline.extract import extract_events
from dateline.link.actors import link_actors, load_actors
from dateline.link.claims import attribute_claims
from dateline.link.places import link_places
from dateline.link.time import find_expressions, reference_date, resolve_times
from dateline.link.time.check import check_dates
from dateline.parse import parse
from dateline.records import Article, Document, Extraction, Skipped

Result = Extraction | Skipped


def process(document: Document) -> Extraction:
    """Document → Article → ParsedArticle → Extraction.

    1. clean the page; 2. parse it; 3. link places; 4. link actors, reading office titles
    against the reference date; 5. check that date against the office holders named, and
    resolve the temporal expressions (widened to a tenure when the date is contradicted);
    6. attribute every sentence to its chain of speakers, ending with the page's outlet;
    7. extract the events, each field backed by evidence.
    """
    article = _checked(clean(document), Article, "clean")
    parsed = parse(article)
    places = link_places(parsed)
    dictionary = load_actors()
    reference = reference_date(article)
    actors = link_actors(
        parsed,
        places,
        dictionary,
        reference=reference.day,
        reference_confidence=reference.confidence,
    )
    date_check = check_dates(actors, dictionary, reference)
    tenure = None
    if not date_check.consistent and date_check.tenure_start and date_check.tenure_end:
        tenure = (date_check.tenure_start, date_check.tenure_end)
    times = resolve_times(find_expressions(article.text, article.lang), reference, tenure=tenure)
    host = urlparse(article.url).hostname if article.url else None
    outlet = dictionary.domain_owner(host) if host else None
    claims = attribute_claims(parsed, actors, outlet)
    events = extract_events(parsed, places, actors, times, claims, reference, tenure=tenure)
    return Extraction(
        article=article,
        places=tuple(places),
        actors=tuple(actors),
        claims=tuple(claims),
        times=tuple(times),
        date_check=date_check,
        events=tuple(events),
    )


def _checked(value: Any, expected: type, stage: str) -> Any:
    if not isinstance(value, expected):
        raise TypeError(f"{stage} returned {type(value).__name__}, expected {expected.__name__}")
    return value


def run(records: Iterable[Document | Skipped]) -> Iterator[Result]:
    """Process a stream of records in order; failures come out as ``Skipped``."""
    for record in records:
        if isinstance(record, Skipped):
            yield record
            continue
        try:
            yield process(record)
        except DatelineError as error:
            yield Skipped(record.source, record.id, error.reason, error.code)


def extraction_output(extraction: Extraction) -> dict[str, Any]:
    """The JSON object ``dateline extract`` prints for one article."""
    return extraction.as_dict()
