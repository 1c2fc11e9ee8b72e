"""Fixtures for the place-linking tests: the gazetteer and parsed short news texts, each
loaded or parsed once per session (the index and the spaCy models take seconds)."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import pytest
from placekit import Finder, Linker, Parser, Picker, article_from_text

from dateline.link.places import link_places
from dateline.link.places.gazetteer import Gazetteer, load_gazetteer
from dateline.link.places.recognise import Mention, find_mentions
from dateline.parse import parse
from dateline.records import Extraction, ParsedArticle, PlaceMention


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


@pytest.fixture(scope="session")
def parsed() -> Parser:
    """``parsed(text, lang)``: the article parsed by the language's spaCy model."""

    @cache
    def run(text: str, lang: str) -> ParsedArticle:
        return parse(article_from_text(text, lang))

    return run


@pytest.fixture(scope="session")
def mentions(parsed: Parser, gazetteer: Gazetteer) -> Finder:
    """``mentions(text, lang)``: what the recogniser finds, before resolution."""

    def run(text: str, lang: str) -> list[Mention]:
        return find_mentions(parsed(text, lang), gazetteer)

    return run


@pytest.fixture(scope="session")
def places(parsed: Parser, gazetteer: Gazetteer) -> Linker:
    """``places(text, lang)``: the linked place mentions of the text."""

    @cache
    def run(text: str, lang: str) -> list[PlaceMention]:
        return link_places(parsed(text, lang), gazetteer)

    return run


@pytest.fixture(scope="session")
def place(places: Linker) -> Picker:
    """``place(text, lang, written)``: the first linked mention written exactly so."""

    def run(text: str, lang: str, written: str) -> PlaceMention:
        found = [mention for mention in places(text, lang) if mention.text == written]
        assert found, f"no mention {written!r} in {[m.text for m in places(text, lang)]}"
        return found[0]

    return run


@pytest.fixture(scope="session")
def extract() -> Callable[[str, str], Extraction]:
    """The whole pipeline on a short report written as plain text (no title line)."""
    from dateline.ingest.document import make_document
    from dateline.pipeline import process
    from dateline.records import Format

    def run(text: str, lang: str) -> Extraction:
        del lang  # the pipeline identifies the language itself
        document = make_document(f"\n\n{text}", source="test", format=Format.TEXT, is_html=False)
        return process(document)

    return run
