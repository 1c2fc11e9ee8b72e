"""The real scraped Al-Manar page, cleaned end to end (skipped where ../shared is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.clean import clean
from dateline.ingest import read_file
from dateline.records import Article, DateBasis, Document

SEED_TITLE = "Deuxième série de bombardements russes contre Daesh à Tadmor"


@pytest.fixture
def seed_article(seed_page: Path) -> Article:
    [document] = list(read_file(seed_page))
    assert isinstance(document, Document)
    return clean(document)


def test_seed_page_title_is_the_headline_once(seed_article: Article) -> None:
    assert seed_article.title == SEED_TITLE
    assert SEED_TITLE not in seed_article.text
    assert "duplicate_headline" in [repair.kind for repair in seed_article.repairs]


def test_seed_page_language_is_french(seed_article: Article) -> None:
    assert seed_article.lang == "fr"


def test_seed_page_chrome_clock_is_page_time_in_jerusalem(seed_article: Article) -> None:
    page_time = seed_article.page_time
    assert page_time.basis is DateBasis.PAGE_CHROME
    assert page_time.value is not None
    assert page_time.value.isoformat() == "2024-11-22T12:54:00+02:00"
    assert page_time.timezone == "Asia/Jerusalem"


def test_seed_page_has_no_publication_date(seed_article: Article) -> None:
    assert seed_article.published.value is None
    assert seed_article.published.basis is DateBasis.UNKNOWN


def test_seed_page_footer_sources_are_cited(seed_article: Article) -> None:
    assert seed_article.cited_sources == ("AFP", "Sputnik", "RT", "Al-Manar")


@pytest.mark.parametrize("chrome", ["Sources:", "Jerusalem Timing", "22-11-2024"])
def test_seed_page_chrome_is_not_in_text(seed_article: Article, chrome: str) -> None:
    assert chrome not in seed_article.text


def test_seed_page_paragraph_spans_slice_back(seed_article: Article) -> None:
    texts = seed_article.paragraph_texts()
    assert len(texts) > 5
    assert all(text and text == text.strip() and "\n" not in text for text in texts)
    assert "\n\n".join(texts) == seed_article.text
