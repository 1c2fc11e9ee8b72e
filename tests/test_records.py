"""Records between stages: JSON-ready dictionaries and faithful round trips."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from dateline.records import DateBasis, DateGuess, Event, EventDate, Evidence, Skipped


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (
            datetime(2024, 11, 22, 12, 54, tzinfo=timezone(timedelta(hours=2))),
            "2024-11-22T12:54+02:00",
        ),
        (datetime(2016, 7, 14, 9, 30, 15, tzinfo=UTC), "2016-07-14T09:30:15+00:00"),
        (date(2016, 7, 14), "2016-07-14"),
        (None, None),
    ],
)
def test_records_date_guess_serialises_iso(value: date | None, expected: str | None) -> None:
    guess = DateGuess(value, DateBasis.PAGE_CHROME, 0.9)
    as_dict = guess.as_dict()
    assert as_dict["value"] == expected
    assert as_dict["basis"] == "page_chrome"
    assert DateGuess.from_dict(json.loads(json.dumps(as_dict))) == guess


def test_records_skipped_describes_record_and_reason() -> None:
    skipped = Skipped(
        "feeds/sahel.xml", "entry 3", "[E007] record has neither 'text' nor 'html'", "E007"
    )
    assert (
        skipped.describe() == "feeds/sahel.xml#entry 3: [E007] record has neither 'text' nor 'html'"
    )
    assert skipped.is_error


def test_records_skipped_image_in_crawl_is_not_an_error() -> None:
    skipped = Skipped(
        "crawl.warc.gz", "https://example.org/logo.png", "[E011] not an article", "E011"
    )
    assert not skipped.is_error


def test_records_event_serialises_evidence_and_dates() -> None:
    event = Event(
        id="ev-1",
        article_id="a-1",
        plover_type="ASSAULT",
        plover_mode="aerial",
        acled_type="Explosions/Remote violence",
        acled_subtype="Air/drone strike",
        status="realised",
        actor1=None,
        actor2=None,
        place=None,
        date=EventDate(date(2016, 7, 14), date(2016, 7, 14), "day", "metadata", 0.7, "jeudi"),
        quantities={"fatalities": 2},
        weapons=("Tu-22M3",),
        claim_chain=("Russian Defence Ministry", "Sputnik"),
        evidence=(Evidence("trigger", 10, 17, "frappes"),),
        confidence=0.8,
        extractor_version="test",
    )
    as_json = json.loads(json.dumps(event.as_dict()))
    assert as_json["evidence"] == [{"field": "trigger", "start": 10, "end": 17, "text": "frappes"}]
    assert as_json["date"]["date_start"] == "2016-07-14"
    assert as_json["claim_chain"] == ["Russian Defence Ministry", "Sputnik"]
