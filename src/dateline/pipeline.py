"""The pipeline: stages in order, one record type handed from each to the next.

``process`` is the whole chain for one document; ``run`` applies it to a stream, in batches
whose paragraphs share one spaCy stream, in this process or in ``workers`` processes, and
turns every failure into a ``Skipped`` so that a batch reports, rather than stops at, bad
records. Models and indexes load once per process, on first use.
"""

from __future__ import annotations

import dataclasses
import gc
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache, partial
from itertools import islice
from typing import Any, TypeVar
from urllib.parse import urlparse

from dateline.clean import clean
from dateline.errors import DatelineError, InternalError, Messages
from dateline.extract import extract_events
from dateline.ingest.document import make_document
from dateline.link.actors import link_actors, load_actors
from dateline.link.claims import attribute_claims
from dateline.link.places import link_places
from dateline.link.time import find_expressions, reference_date, resolve_times
from dateline.link.time.check import check_dates
from dateline.parse import parse, parse_many
from dateline.records import Article, Document, Extraction, Format, ParsedArticle, Skipped
from dateline.settings import get_int
from dateline.workers import ordered_map

Result = Extraction | Skipped
T = TypeVar("T")

# An error's text is cut to this many characters in a skip report.
_MAX_DETAIL = 300
# One short report per language with a model: enough to load everything ``process`` uses.
_WARM_UP = {
    "fr": "Deux soldats ont été tués lundi près de Gao, au Mali, selon l'armée malienne.",
    "en": "Two soldiers were killed on Monday near Gao, Mali, the Malian army said.",
}


def process(document: Document, *, lang: str | None = None) -> Extraction:
    """Document → Article → ParsedArticle → Extraction.

    1. clean the page; 2. parse it; 3.-7. link and extract (see ``_link_and_extract``).
    ``lang`` replaces the detected language, for a caller who knows it (the HTTP API).

    Raises:
        DatelineError: when the record is unusable; ``InternalError`` (E029, naming the
            stage) when a stage fails in a way it should not.
    """
    article = _cleaned(document)
    if lang is not None:
        article = dataclasses.replace(article, lang=lang, lang_confidence=1.0)
    parsed = _parsed_alone(document, article)
    return _link_and_extract(document, parsed)


def process_batch(documents: Sequence[Document]) -> list[Result]:
    """``process`` over a batch, with one spaCy stream for all its paragraphs: one result
    per document, in order, every failure a ``Skipped``."""
    cleaned = [_or_skipped(document, partial(_cleaned, document)) for document in documents]
    pairs = [
        (doc, item)
        for doc, item in zip(documents, cleaned, strict=True)
        if isinstance(item, Article)
    ]
    parsed = iter(_parsed_together(pairs))
    results: list[Result] = []
    for document, item in zip(documents, cleaned, strict=True):
        if not isinstance(item, Article):
            results.append(item)
        elif isinstance(done := next(parsed), Skipped):
            results.append(done)
        else:
            results.append(_or_skipped(document, partial(_link_and_extract, document, done)))
    return results


def run(
    records: Iterable[Document | Skipped], *, workers: int = 1, batch_size: int | None = None
) -> Iterator[Result]:
    """Process a stream of records in order; failures come out as ``Skipped``.

    Records go in batches of ``batch_size`` (default: ``batch_articles`` in settings.cfg).
    With ``workers`` > 1, batches go to that many processes (each loads its models once)
    and come back in input order, so callers keep writing results in this process; the
    results are the same as with one.

    Raises:
        WorkerError: when worker processes die on record after record.
    """
    batches = _batches(records, batch_size or get_int("models", "batch_articles"))
    if workers <= 1:
        for number, batch in enumerate(batches):
            yield from _run_batch(batch)
            if number == 0:
                _freeze_long_lived()  # the models the first batch needed are loaded now
    else:
        _freeze_long_lived()
        yield from ordered_map(_run_batch, batches, workers=workers, lost=_lost)


def warm_up() -> None:
    """Load every model, index and lexicon the pipeline uses, by running it once per
    language on a short report: a process forked afterwards starts with all of it in
    memory (shared until written), and the first real batch is not slowed by loading."""
    for lang, text in _WARM_UP.items():
        document = make_document(
            text, source="dateline-warm-up", format=Format.TEXT, is_html=False, record_id=lang
        )
        _or_skipped(document, partial(process, document))


@cache
def _freeze_long_lived() -> None:
    """Leave what this process has loaded so far (modules, models, indexes) out of the
    cyclic garbage collector, once: every full collection walked all of it again (~0.1 s
    a time, ~1 ms an article) though none of it is ever garbage. Garbage is collected
    first, so that nothing unreachable is kept; what is frozen is still freed when no
    longer referenced, only cycles among it would stay. Worker processes freeze what
    the fork server loaded (``dateline.preload``)."""
    gc.collect()
    gc.freeze()


def _run_batch(batch: list[Document | Skipped]) -> list[Result]:
    """One batch of the input stream: records already skipped pass through in place."""
    documents = [record for record in batch if isinstance(record, Document)]
    done = iter(process_batch(documents))
    return [record if isinstance(record, Skipped) else next(done) for record in batch]


def _batches(
    records: Iterable[Document | Skipped], size: int
) -> Iterator[list[Document | Skipped]]:
    stream = iter(records)
    while batch := list(islice(stream, size)):
        yield batch


def _lost(record: Document | Skipped, reason: str) -> Result:
    """A record during which a worker process died (twice: once in its batch, once alone)."""
    if isinstance(record, Skipped):
        return record
    return Skipped(record.source, record.id, Messages.E030.fill(detail=reason), "E030")


def _cleaned(document: Document) -> Article:
    with _stage("clean", document):
        article: Article = _checked(clean(document), Article, "clean")
    return article


def _parsed_together(pairs: list[tuple[Document, Article]]) -> list[ParsedArticle | Skipped]:
    """The batch's articles parsed in one stream; if that fails, each alone, so that only
    the article that breaks the parser is skipped."""
    try:
        return list(parse_many(article for _, article in pairs))
    except Exception:  # noqa: BLE001 - the retry below names the article and the error
        return [_or_skipped(doc, partial(_parsed_alone, doc, article)) for doc, article in pairs]


def _parsed_alone(document: Document, article: Article) -> ParsedArticle:
    with _stage("parse", document):
        return parse(article)


def _or_skipped(document: Document, step: Callable[[], T]) -> T | Skipped:
    """``step()``, or the ``Skipped`` that reports why it failed for ``document``."""
    try:
        return step()
    except DatelineError as error:
        return Skipped(document.source, document.id, error.reason, error.code)
    except Exception as error:  # noqa: BLE001 - reported as E029, the batch goes on
        internal = _internal(document, "pipeline", error)
        return Skipped(document.source, document.id, internal.reason, internal.code)


def _link_and_extract(document: Document, parsed: ParsedArticle) -> Extraction:
    """3. link places; 4. link actors, reading office titles against the reference date;
    5. check that date against the office holders named, and resolve the temporal
    expressions (widened to a tenure when the date is contradicted); 6. attribute every
    sentence to its chain of speakers, ending with the page's outlet; 7. extract the
    events, each field backed by evidence."""
    article = parsed.article
    with _stage("places", document):
        places = link_places(parsed)
    with _stage("actors", document):
        dictionary = load_actors()
        reference = reference_date(article)
        actors = link_actors(
            parsed,
            places,
            dictionary,
            reference=reference.day,
            reference_confidence=reference.confidence,
        )
    with _stage("time", document):
        date_check = check_dates(actors, dictionary, reference)
        tenure = None
        if not date_check.consistent and date_check.tenure_start and date_check.tenure_end:
            tenure = (date_check.tenure_start, date_check.tenure_end)
        times = resolve_times(
            find_expressions(article.text, article.lang), reference, tenure=tenure
        )
    with _stage("claims", document):
        host = urlparse(article.url).hostname if article.url else None
        outlet = dictionary.domain_owner(host) if host else None
        claims = attribute_claims(parsed, actors, outlet)
    with _stage("events", document):
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


@contextmanager
def _stage(name: str, document: Document) -> Iterator[None]:
    """Turn an unexpected exception inside a stage into an ``InternalError`` naming the
    stage and the record; errors raised on purpose pass unchanged."""
    try:
        yield
    except DatelineError:
        raise
    except Exception as error:
        raise _internal(document, name, error) from error


def _internal(document: Document, stage: str, error: Exception) -> InternalError:
    detail = f"{type(error).__name__}: {error}"[:_MAX_DETAIL]
    return InternalError(source=document.source, record=document.id, stage=stage, detail=detail)


def _checked(value: Any, expected: type, stage: str) -> Any:
    if not isinstance(value, expected):
        raise TypeError(f"{stage} returned {type(value).__name__}, expected {expected.__name__}")
    return value


def extraction_output(extraction: Extraction) -> dict[str, Any]:
    """The JSON object ``dateline extract`` prints for one article."""
    return extraction.as_dict()
