"""The pipeline: stages in order, one record type handed from each to the next.

``process`` is the whole chain for one document; ``run`` applies it to a stream and turns
every failure into a ``Skipped`` so that a batch reports, rather than stops at, bad records.
Models and indexes load once per process, on first use.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from dateline.clean import clean
from dateline.errors import DatelineError
from dateline.link.places import link_places
from dateline.parse import parse
from dateline.records import Article, Document, Extraction, Skipped

Result = Extraction | Skipped


def process(document: Document) -> Extraction:
    """Document → Article → ParsedArticle → Extraction (places; actors and events to come)."""
    article = _checked(clean(document), Article, "clean")
    parsed = parse(article)
    places = link_places(parsed)
    return Extraction(article=article, places=tuple(places))


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
