"""The pipeline: stages in order, one record type handed from each to the next.

``process`` is the whole chain for one document; ``run`` applies it to a stream and turns
every failure into a ``Skipped`` so that a batch reports, rather than stops at, bad records.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from dateline.clean import clean
from dateline.errors import DatelineError
from dateline.records import Article, Document, Skipped

Result = Article | Skipped


def process(document: Document) -> Article:
    """Document → Article. Later stages (parse, link, extract) extend this chain."""
    article = clean(document)
    if not isinstance(article, Article):
        raise TypeError(f"clean returned {type(article).__name__}, expected Article")
    return article


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


def extraction_output(article: Article) -> dict[str, Any]:
    """The JSON object ``dateline extract`` prints for one article."""
    return {"id": article.id, "article": article.as_dict()}
