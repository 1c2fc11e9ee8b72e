"""Parse: spaCy over each paragraph, with offsets mapped back into ``Article.text``.

Paragraphs are parsed separately (entities must not cross blank lines) but in one
``nlp.pipe`` stream per batch, with each language's model loaded once per process.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

import spacy

from dateline.records import Article, Entity, ParsedArticle, Span
from dateline.settings import get_int, get_str, has_option

__all__ = ["load_model", "parse", "parse_many"]


@cache
def load_model(lang: str) -> Any:
    """The installed spaCy pipeline for ``lang``, or None when we have none."""
    if not has_option("models", lang):
        return None
    return spacy.load(get_str("models", lang))


def parse(article: Article) -> ParsedArticle:
    return next(parse_many([article]))


def parse_many(articles: Iterable[Article]) -> Iterator[ParsedArticle]:
    """Parsed articles in input order; a language without a model gets no parse."""
    for article in articles:
        nlp = load_model(article.lang) if article.lang else None
        if nlp is None:
            yield ParsedArticle(article)
            continue
        texts = article.paragraph_texts()
        docs = list(nlp.pipe(texts, batch_size=get_int("models", "batch_size")))
        pairs = tuple((span.start, doc) for span, doc in zip(article.paragraphs, docs, strict=True))
        yield ParsedArticle(article, _sentences(pairs), _entities(pairs), pairs)


def _sentences(pairs: tuple[tuple[int, Any], ...]) -> tuple[Span, ...]:
    return tuple(
        Span(offset + sent.start_char, offset + sent.end_char)
        for offset, doc in pairs
        for sent in doc.sents
    )


def _entities(pairs: tuple[tuple[int, Any], ...]) -> tuple[Entity, ...]:
    return tuple(
        Entity(offset + ent.start_char, offset + ent.end_char, ent.label_, ent.text)
        for offset, doc in pairs
        for ent in doc.ents
    )
