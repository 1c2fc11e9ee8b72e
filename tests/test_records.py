"""Records between stages: JSON-ready dictionaries and faithful round trips."""

from __future__ import annotations

import dataclasses
import json
import pickle
from datetime import UTC, date, datetime, timedelta, timezone
from enum import StrEnum
from typing import Any

import pytest

from dateline.ingest.document import make_document
from dateline.records import (
    ActorMention,
    Article,
    ChromeLine,
    Claim,
    DateBasis,
    DateCheck,
    DateGuess,
    Event,
    EventDate,
    Evidence,
    Extraction,
    Format,
    PlaceMention,
    Repair,
    Skipped,
    TimeMention,
)


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


def _full_extraction() -> Extraction:
    """An extraction with every kind of record in it, as a worker sends it back."""
    text = "Deux soldats ont été tués jeudi près de Gao, selon l'armée malienne."
    article = dataclasses.replace(
        Article.from_text(text, id="gao-1", source="wires/mali.jsonl", lang="fr"),
        published=DateGuess(date(2024, 3, 14), DateBasis.METADATA, 1.0, "2024-03-14"),
        page_time=DateGuess(
            datetime(2024, 3, 14, 18, 5, tzinfo=timezone(timedelta(hours=1))),
            DateBasis.PAGE_CHROME,
            0.9,
            "14-03-2024 18:05",
            "Africa/Bamako",
        ),
        repairs=(Repair("mojibake", "tuÃ©s", "tués", "ftfy"),),
        chrome=(ChromeLine("Partager", "trailing chrome"),),
    )
    army = ActorMention(
        "l'armée malienne", 51, 67, "MLI.MIL", "Malian army", "military", "MLI", "name", 0.9
    )
    gao = PlaceMention(
        "Gao", 40, 43, "place", name="Gao", geonames_id=2457163, lat=16.27167, lon=-0.04472,
        admin1="Gao", admin1_code="06", country_iso2="ML", feature="town", precision="town",
        geo_precision=1, confidence=0.92,
    )  # fmt: skip
    thursday = TimeMention(
        "jeudi", 26, 31, "weekday", date(2024, 3, 14), date(2024, 3, 14), "day", "metadata", 0.8
    )
    killing = Event(
        id="gao-1-ev1", article_id="gao-1", plover_type="ASSAULT", plover_mode=None,
        acled_type="Violence against civilians", acled_subtype="Attack", status="realised",
        actor1=None, actor2=army, place=gao,
        date=EventDate(date(2024, 3, 14), date(2024, 3, 14), "day", "metadata", 0.8, "jeudi"),
        quantities={"fatalities": 2}, weapons=(), claim_chain=("Malian army",),
        evidence=(Evidence("trigger", 18, 25, "tués"),), confidence=0.7,
        extractor_version="test", target="CIVILIANS",
    )  # fmt: skip
    return Extraction(
        article,
        places=(gao,),
        actors=(army,),
        claims=(Claim(0, len(text), ("Malian army",), ("MLI.MIL",), ("selon",), False),),
        times=(thursday,),
        date_check=DateCheck(True),
        events=(killing,),
    )


def test_records_results_come_back_from_a_worker_unchanged() -> None:
    """Results cross a process boundary pickled: every record, nested value and type."""
    extraction = _full_extraction()
    document = make_document(
        extraction.article.text, source="wires/mali.jsonl", format=Format.JSONL,
        is_html=False, record_id="gao-1", published="2024-03-14",
    )  # fmt: skip
    skipped = Skipped("crawl.warc.gz", "https://example.org/logo.png", "[E011] not an article")
    for record in (extraction, document, skipped):
        assert pickle.loads(pickle.dumps(record)) == record
    copy = pickle.loads(pickle.dumps(extraction))
    assert copy.as_dict() == extraction.as_dict()
    assert isinstance(copy.events[0].evidence, tuple)
    assert isinstance(copy.article.page_time.value, datetime)
    assert copy.article.page_time.value.utcoffset() == timedelta(hours=1)


def _reference_plain(value: Any) -> Any:
    """The JSON conversion as first written, field by field through ``dataclasses``."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = dataclasses.fields(value)
        return {f.name: _reference_plain(getattr(value, f.name)) for f in fields}
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, datetime):
        whole_minute = value.second == 0 and value.microsecond == 0
        return value.isoformat(timespec="minutes" if whole_minute else "auto")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_reference_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _reference_plain(item) for key, item in value.items()}
    return value


def test_records_as_dict_is_the_field_by_field_conversion() -> None:
    """``as_dict`` keeps each record type's field names after the first use; what it gives
    must not differ from reading them afresh each time."""
    extraction = _full_extraction()
    expected = _reference_plain(extraction)
    article = expected.pop("article")
    article["date_check"] = expected.pop("date_check")
    for _ in range(2):  # the second time from the kept field names
        found = extraction.as_dict()
        assert found == {"id": "gao-1", "article": article, **expected}
        assert json.dumps(found, ensure_ascii=False) == json.dumps(
            {"id": "gao-1", "article": article, **expected}, ensure_ascii=False
        )
