"""Helpers shared by the place-linking tests (imported by conftest and the test modules)."""

from __future__ import annotations

from collections.abc import Callable

from dateline.link.places.recognise import Mention
from dateline.records import Article, DateGuess, Format, ParsedArticle, PlaceMention, Span

Parser = Callable[[str, str], ParsedArticle]
Linker = Callable[[str, str], list[PlaceMention]]
Finder = Callable[[str, str], list[Mention]]
Picker = Callable[[str, str, str], PlaceMention]


def article_from_text(text: str, lang: str) -> Article:
    """An article whose text is ``text`` unchanged, one paragraph per blank-line block."""
    spans, offset = [], 0
    for block in text.split("\n\n"):
        spans.append(Span(offset, offset + len(block)))
        offset += len(block) + 2
    return Article(
        id="link-test",
        content_hash="link-test",
        source="tests/link",
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
