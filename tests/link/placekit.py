"""Helpers shared by the place-linking tests (imported by conftest and the test modules)."""

from __future__ import annotations

from collections.abc import Callable

from dateline.link.places.recognise import Mention
from dateline.records import Article, ParsedArticle, PlaceMention

Parser = Callable[[str, str], ParsedArticle]
Linker = Callable[[str, str], list[PlaceMention]]
Finder = Callable[[str, str], list[Mention]]
Picker = Callable[[str, str, str], PlaceMention]


def article_from_text(text: str, lang: str) -> Article:
    """An article whose text is ``text`` unchanged, one paragraph per blank-line block."""
    return Article.from_text(text, id="link-test", source="tests/link", lang=lang)
