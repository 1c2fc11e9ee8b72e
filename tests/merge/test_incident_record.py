"""The merged record of an incident: a real report's record, sources and conflicts."""

from __future__ import annotations

import pytest

from dateline.merge.incidents import Member, incident_record, outlet, representative
from factories import actor, event


def _member(event_id: str, article: str, stored: int, **fields: object) -> Member:
    record = event(event_id, article, **fields).as_dict()
    return Member(
        record=record,
        content_hash=f"hash-{article}",
        stored=stored,
        article_id=article,
        url=f"https://www.{article}.example/mali/kidal",
        title=f"Kidal: {article}",
        cited_sources=("AFP",) if article == "wire" else (),
    )


@pytest.fixture
def members() -> list[Member]:
    return [
        _member("a", "sahel", 1, confidence=0.75, quantities={"fatalities": 2}, actor1=None),
        _member("b", "wire", 2, confidence=0.8, quantities={"fatalities": 3}),
        _member("c", "reprint", 3, confidence=0.8, quantities={"fatalities": 2}, actor1=None),
    ]


def test_incident_representative_is_most_confident_then_first_stored(
    members: list[Member],
) -> None:
    assert representative(members).event_id == "b"
    assert representative(list(reversed(members))).event_id == "b"
    assert representative(members[:1]).event_id == "a"


def test_incident_record_is_the_representative_record_plus_the_merge(
    members: list[Member],
) -> None:
    record = incident_record(members, [("hash-reprint", "hash-sahel")])
    chosen = members[1].record
    assert {key: record[key] for key in chosen} == chosen  # nothing blended or invented
    assert record["incident_id"] == "a"  # the first stored report
    assert record["content_hash"] == "hash-wire"
    assert record["sources_count"] == 2  # the reprint is not another source
    assert [source["event_id"] for source in record["sources"]] == ["a", "b", "c"]
    assert [source["duplicate_of"] for source in record["sources"]] == [None, None, "hash-sahel"]
    assert [source["outlet"] for source in record["sources"]] == [
        "sahel.example",
        "wire.example",
        "reprint.example",
    ]
    assert [source["fatalities"] for source in record["sources"]] == [2, 3, 2]
    assert record["conflicts"] == {
        "fatalities": [{"value": 2, "event_ids": ["a", "c"]}, {"value": 3, "event_ids": ["b"]}]
    }


def test_incident_record_without_links_counts_every_article(members: list[Member]) -> None:
    assert incident_record(members)["sources_count"] == 3


def test_incident_record_lists_different_actors_side_by_side() -> None:
    members = [
        _member("a", "one", 1, actor1=actor("RUS.MIL")),
        _member("b", "two", 2, actor1=actor("RUS.MIL.VKS")),
    ]
    # As many reports each: in the order of the actor ids.
    assert incident_record(members)["conflicts"]["actor1"] == [
        {"value": "Russian armed forces", "event_ids": ["a"]},
        {"value": "Russian Aerospace Forces", "event_ids": ["b"]},
    ]


def test_incident_record_needs_a_report() -> None:
    with pytest.raises(ValueError, match="at least one"):
        incident_record([])


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.sahel-actu.example/a", "sahel-actu.example"),
        ("http://news.example:8080/x", "news.example"),
        (None, None),
        ("not a url", None),
    ],
)
def test_incident_outlet_is_the_web_site(url: str | None, expected: str | None) -> None:
    assert outlet(url) == expected
