"""Publication date by basis, and the page's own clock, from the evidence a page offers."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from dateline.clean.chrome import ChromeTime, chrome_time
from dateline.clean.dates import DateEvidence, page_time, publication_date
from dateline.records import DateBasis
from dateline.settings import get_float

DATELINE_PARAGRAPH = (
    "SANAA, Aug 9, 2018 (Reuters) - A coalition air strike hit a bus in northern Yemen on "
    "Thursday, killing dozens of people, health officials said."
)
PLAIN_PARAGRAPH = "A coalition air strike hit a bus in northern Yemen on Thursday, officials said."
DATED_URL = "https://example-news.org/middle-east/2016/07/14/yemen-saada-strike"


def _chrome(line: str) -> ChromeTime:
    found = chrome_time(line)
    assert found is not None, line
    return found


SHOWN = "22-11-2024 12:54 PM Jerusalem Timing"
PUBLISHED = "Publié le 14/07/2016 à 10h32"
UPDATED = "Mis à jour le 15/07/2016 à 08h05"


def test_dates_record_published_beats_markup() -> None:
    evidence = DateEvidence(
        record_published="2020-01-05",
        markup_published=datetime(2020, 1, 6, 9, 0, tzinfo=UTC),
        markup_expression="2020-01-06T09:00:00Z",
        first_paragraph=DATELINE_PARAGRAPH,
        url=DATED_URL,
    )
    guess = publication_date(evidence)
    assert (guess.value, guess.basis) == (date(2020, 1, 5), DateBasis.METADATA)
    assert guess.confidence == get_float("dates", "record")
    assert guess.expression == "2020-01-05"


def test_dates_markup_beats_dateline() -> None:
    evidence = DateEvidence(
        markup_published=datetime(2018, 8, 9, 14, 5, tzinfo=UTC),
        markup_expression="2018-08-09T14:05:00Z",
        first_paragraph=DATELINE_PARAGRAPH.replace("Aug 9", "Aug 8"),
        url=DATED_URL,
    )
    guess = publication_date(evidence)
    assert (guess.value, guess.basis) == (
        datetime(2018, 8, 9, 14, 5, tzinfo=UTC),
        DateBasis.METADATA,
    )
    assert guess.expression == "2018-08-09T14:05:00Z"
    assert guess.confidence == get_float("dates", "metadata")


def test_dates_dateline_gives_basis_dateline() -> None:
    guess = publication_date(DateEvidence(first_paragraph=DATELINE_PARAGRAPH, url=DATED_URL))
    assert (guess.value, guess.basis) == (date(2018, 8, 9), DateBasis.DATELINE)
    assert guess.expression == "SANAA, Aug 9, 2018 (Reuters)"


@pytest.mark.parametrize(
    "paragraph",
    [
        "KABUL, Aug 26 (Reuters) - A suicide bomber struck crowds outside the airport.",
        PLAIN_PARAGRAPH,
    ],
)
def test_dates_dateline_without_year_gives_no_date(paragraph: str) -> None:
    guess = publication_date(DateEvidence(first_paragraph=paragraph))
    assert (guess.value, guess.basis) == (None, DateBasis.UNKNOWN)


@pytest.mark.parametrize(
    ("url", "expression"),
    [
        (DATED_URL, "/2016/07/14/"),
        ("https://exemple-info.fr/monde/20160714/yemen-frappe", "/20160714/"),
        ("https://example-news.org/2016-07-14-yemen-strike", "/2016-07-14-"),
    ],
)
def test_dates_url_date_gives_basis_url(url: str, expression: str) -> None:
    guess = publication_date(DateEvidence(first_paragraph=PLAIN_PARAGRAPH, url=url))
    assert (guess.value, guess.basis, guess.expression) == (
        date(2016, 7, 14),
        DateBasis.URL,
        expression,
    )


@pytest.mark.parametrize(
    "url",
    [
        "https://example-news.org/middle-east/2016/13/14/yemen",
        "https://example-news.org/middle-east/2016/02/30/yemen",
        "https://example-news.org/middle-east/yemen-saada-strike",
    ],
)
def test_dates_url_without_valid_date_gives_unknown(url: str) -> None:
    assert publication_date(DateEvidence(url=url)).basis is DateBasis.UNKNOWN


def test_dates_bare_chrome_time_is_page_time_not_published() -> None:
    chrome = (_chrome(SHOWN),)
    published = publication_date(DateEvidence(first_paragraph=PLAIN_PARAGRAPH, chrome_times=chrome))
    assert published.value is None
    assert published.basis is DateBasis.UNKNOWN
    shown = page_time(chrome)
    assert shown.basis is DateBasis.PAGE_CHROME
    assert isinstance(shown.value, datetime)
    assert shown.value.isoformat() == "2024-11-22T12:54:00+02:00"
    assert (shown.expression, shown.timezone) == (SHOWN, "Asia/Jerusalem")
    assert shown.confidence == get_float("dates", "page_time")


def test_dates_labelled_chrome_becomes_published() -> None:
    chrome = (_chrome(PUBLISHED),)
    guess = publication_date(DateEvidence(first_paragraph=PLAIN_PARAGRAPH, chrome_times=chrome))
    assert (guess.value, guess.basis) == (datetime(2016, 7, 14, 10, 32), DateBasis.PAGE_CHROME)
    assert guess.expression == PUBLISHED
    assert guess.confidence == get_float("dates", "page_chrome_labelled")


def test_dates_labelled_chrome_loses_to_dateline() -> None:
    chrome = (_chrome(PUBLISHED),)
    guess = publication_date(DateEvidence(first_paragraph=DATELINE_PARAGRAPH, chrome_times=chrome))
    assert guess.basis is DateBasis.DATELINE


def test_dates_update_time_is_page_time_not_published() -> None:
    chrome = (_chrome(PUBLISHED), _chrome(UPDATED))
    assert page_time(chrome).value == datetime(2016, 7, 15, 8, 5)
    only_updated = (_chrome(UPDATED),)
    guess = publication_date(
        DateEvidence(first_paragraph=PLAIN_PARAGRAPH, chrome_times=only_updated)
    )
    assert guess.basis is DateBasis.UNKNOWN


def test_dates_page_time_confidence_drops_without_zone_and_when_ambiguous() -> None:
    zoned = page_time((_chrome("14-07-2016 10:32 AM Beirut Timing"),))
    no_zone = page_time((_chrome("14-07-2016 10:32"),))
    ambiguous = page_time((_chrome("03-07-2016 10:32"),))
    assert zoned.confidence == get_float("dates", "page_time")
    assert no_zone.confidence == get_float("dates", "page_time_no_zone")
    factor = get_float("dates", "ambiguous_day_month_factor")
    assert ambiguous.confidence == round(no_zone.confidence * factor, 3)
    assert isinstance(zoned.value, datetime)
    assert zoned.value.utcoffset() == timedelta(hours=3)


def test_dates_no_evidence_is_unknown() -> None:
    assert publication_date(DateEvidence()).value is None
    assert page_time(()).basis is DateBasis.UNKNOWN


@pytest.mark.parametrize(
    ("published", "value"),
    [
        ("Wed, 07 Jul 2021 14:10:00 +0000", datetime(2021, 7, 7, 14, 10, tzinfo=UTC)),
        ("2021-07-07T14:10:00+00:00", datetime(2021, 7, 7, 14, 10, tzinfo=UTC)),
        ("14 juillet 2016", date(2016, 7, 14)),
    ],
)
def test_dates_record_published_is_parsed(published: str, value: date) -> None:
    guess = publication_date(DateEvidence(record_published=published))
    assert (guess.value, guess.basis) == (value, DateBasis.METADATA)


def test_dates_unreadable_record_published_falls_back_to_next_basis() -> None:
    guess = publication_date(DateEvidence(record_published="hier soir", url=DATED_URL))
    assert guess.basis is DateBasis.URL
