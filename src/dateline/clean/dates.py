"""The article's own dates: when it was published, and what clock the page showed.

Candidates are ranked by basis; a page-chrome clock becomes ``page_time`` and is a
publication date only when the page labels it so ("Publié le ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from dateline.clean.chrome import ChromeTime
from dateline.clean.html import parse_machine_date
from dateline.clean.timestamps import find_timestamp, localise
from dateline.records import DateBasis, DateGuess
from dateline.settings import get_float

_URL_DATE = re.compile(
    r"/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)"
)
# "SANAA, Aug 9, 2018 (Reuters) -": a place in capitals or title case, then the date, an
# optional agency in brackets and a dash, all within the first line of the body.
_DATELINE = re.compile(r"^(?P<head>[A-ZÀ-Ý][^\n]{0,90}?)\s+[-–—]\s+\S")


@dataclass(frozen=True, slots=True)
class DateEvidence:
    """What the page offers for dating it, gathered by the other cleaning steps."""

    record_published: str | None = None
    markup_published: date | None = None
    markup_expression: str | None = None
    first_paragraph: str = ""
    url: str | None = None
    chrome_times: tuple[ChromeTime, ...] = ()


def publication_date(evidence: DateEvidence) -> DateGuess:
    """The best-supported publication date, or ``unknown``; never the page's own clock."""
    for guess in _publication_candidates(evidence):
        if guess is not None:
            return guess
    return DateGuess.unknown()


def _publication_candidates(evidence: DateEvidence) -> list[DateGuess | None]:
    return [
        _from_record(evidence.record_published),
        _guess(
            evidence.markup_published, DateBasis.METADATA, "metadata", evidence.markup_expression
        ),
        _from_dateline(evidence.first_paragraph),
        _from_labelled_chrome(evidence.chrome_times),
        _from_url(evidence.url),
    ]


def page_time(chrome_times: tuple[ChromeTime, ...]) -> DateGuess:
    """The clock shown in page chrome, resolved to its zone; not a publication date."""
    shown = [c for c in chrome_times if c.kind != "published"] or list(chrome_times)
    if not shown:
        return DateGuess.unknown()
    found = shown[0].timestamp
    confidence = get_float("dates", "page_time" if found.zone else "page_time_no_zone")
    if found.ambiguous:
        confidence *= get_float("dates", "ambiguous_day_month_factor")
    value = localise(found.value, found.zone)
    basis = DateBasis.PAGE_CHROME
    return DateGuess(value, basis, round(confidence, 3), shown[0].line, found.zone)


def _guess(
    value: date | None, basis: DateBasis, setting: str, expression: str | None
) -> DateGuess | None:
    if value is None:
        return None
    return DateGuess(value, basis, get_float("dates", setting), expression)


def _from_record(published: str | None) -> DateGuess | None:
    if not published:
        return None
    value = parse_machine_date(published)
    if value is None:
        stamp = find_timestamp(published)
        value = localise(stamp.value, stamp.zone) if stamp else None
    return _guess(value, DateBasis.METADATA, "record", published)


def _from_dateline(first_paragraph: str) -> DateGuess | None:
    match = _DATELINE.match(first_paragraph)
    if match is None:
        return None
    stamp = find_timestamp(match["head"])
    if stamp is None:
        return None
    value = localise(stamp.value, stamp.zone)
    return _guess(value, DateBasis.DATELINE, "dateline", match["head"])


def _from_labelled_chrome(chrome_times: tuple[ChromeTime, ...]) -> DateGuess | None:
    for chrome in chrome_times:
        if chrome.kind == "published":
            stamp = chrome.timestamp
            value = localise(stamp.value, stamp.zone)
            guess = _guess(value, DateBasis.PAGE_CHROME, "page_chrome_labelled", chrome.line)
            return None if guess is None else replace(guess, timezone=stamp.zone)
    return None


def _from_url(url: str | None) -> DateGuess | None:
    match = _URL_DATE.search(url or "")
    if match is None:
        return None
    try:
        value = date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None
    return _guess(value, DateBasis.URL, "url", match.group(0))
