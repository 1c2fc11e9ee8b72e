"""The extractor run on one short report, for the lexicon tests (tests import it as
``coding``: ``tests/`` is on the path through its conftest)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

import pytest

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


def codes_as(text: str, types: str, subtypes: str, statuses: str) -> bool:
    """Whether one event of a sentence carries an accepted PLOVER type, ACLED sub-type and
    status, each given as alternatives joined by "|" (the lexicon probes' rows)."""
    return any(
        e.plover_type in types.split("|")
        and e.acled_subtype in subtypes.split("|")
        and e.status in statuses.split("|")
        for e in events_of(text)
    )


def probe_params(
    rows: Sequence[tuple[Any, ...]],
    missed: dict[str, str],
    *,
    text_at: int = 0,
    id_of: Callable[[int, tuple[Any, ...]], str] = lambda i, row: f"{i:03d}",
) -> list[Any]:
    """A lexicon probe's rows as pytest parameters, each sentence it still misses marked
    xfail (strict) with its reason, so that a fix shows as an unexpected pass."""
    return [
        pytest.param(
            *row,
            marks=(
                pytest.mark.xfail(reason=missed[row[text_at]], strict=True)
                if row[text_at] in missed
                else ()
            ),
            id=id_of(i, row),
        )
        for i, row in enumerate(rows)
    ]


def first_doer(text: str, subtype: str) -> str | None:
    """actor1's canonical id of the first event of ACLED sub-type ``subtype`` the report
    gives."""
    event = next((e for e in events_of(text) if e.acled_subtype == subtype), None)
    assert event is not None, f"no {subtype} event in {coded(text)}"
    return event.actor1.canonical_id if event.actor1 is not None else None


def doer_of(text: str, plover: str) -> str | None:
    """actor1's canonical id of the first event of PLOVER type ``plover``."""
    event = next((e for e in events_of(text) if e.plover_type == plover), None)
    assert event is not None, f"no {plover} event in {coded(text)}"
    return event.actor1.canonical_id if event.actor1 is not None else None


def linked_actor(text: str, words: str) -> str | None:
    """The actor the linker gives the first occurrence of ``words`` in ``text``, if any."""
    document = make_document(
        text, source="test", format=Format.JSONL, is_html=False, published="2024-05-14"
    )
    at = text.index(words)
    return next(
        (a.canonical_id for a in process(document).actors if a.start <= at < a.end),
        None,
    )


def assert_denied_copy(text: str, subtypes: str, doer: str) -> None:
    """The deed told realised and its denied copy done by ``doer`` (the id or one of its
    parents), one of the ACLED sub-types joined by "|": a deed and its denial."""
    kinds = subtypes.split("|")
    events = [e for e in events_of(text) if e.acled_subtype in kinds]
    assert any(e.status == "realised" for e in events), coded(text)
    got = [e.actor1.canonical_id if e.actor1 else "" for e in events if e.status == "denied"]
    assert any(g == doer or g.startswith(f"{doer}.") for g in got), (got, coded(text))


def assert_realised_doer(text: str, plover: str, subtype: str, doer: str | None) -> None:
    """A realised event of the PLOVER type and ACLED sub-type, done by ``doer`` (the id or
    one of its parents; None: any doer or none)."""
    event = next(
        (
            e
            for e in events_of(text)
            if e.plover_type == plover and e.acled_subtype == subtype and e.status == "realised"
        ),
        None,
    )
    assert event is not None, coded(text)
    if doer is not None:
        got = event.actor1.canonical_id if event.actor1 is not None else ""
        assert got == doer or got.startswith(f"{doer}."), coded(text)


def row_opening(rows: Sequence[tuple[Any, ...]], start: str) -> str:
    """The text (first field) of the row that opens with ``start``: how a probe's MISSED
    table names its rows."""
    return next(row[0] for row in rows if row[0].startswith(start))
