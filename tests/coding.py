"""The extractor run on one short report, for the lexicon tests (tests import it as
``coding``: ``tests/`` is on the path through its conftest)."""

from __future__ import annotations

from functools import cache

from dateline.ingest.document import make_document
from dateline.pipeline import process
from dateline.records import Event, Format


@cache
def events_of(text: str) -> tuple[Event, ...]:
    """A report's events; cached, as several tests read the same sentence."""
    document = make_document(
        f"\n\n{text}", source="test", format=Format.JSONL, is_html=False, published="2024-05-14"
    )
    return process(document).events


def coded(text: str) -> list[tuple[str, str, str, str]]:
    """What the extractor made of a sentence, for assertion messages."""
    return [
        (
            e.plover_type,
            e.acled_subtype,
            e.status,
            next((x.text for x in e.evidence if x.field == "trigger"), ""),
        )
        for e in events_of(text)
    ]
