"""RSS and Atom feeds: each entry is one article, its body in content or summary."""

from __future__ import annotations

import calendar
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import feedparser

from dateline.errors import Messages
from dateline.ingest.document import make_document
from dateline.records import Document, Format, Skipped


def read_feed(data: bytes, *, source: str) -> Iterator[Document | Skipped]:
    parsed = feedparser.parse(data)
    if parsed.bozo and not parsed.entries:
        detail = str(parsed.get("bozo_exception", "unreadable")) or "unreadable"
        yield Skipped(source, None, Messages.E008.fill(detail=detail), "E008")
        return
    for number, entry in enumerate(parsed.entries, start=1):
        yield _entry(entry, number=number, source=source)


def _entry(entry: Any, *, number: int, source: str) -> Document | Skipped:
    record_id = entry.get("id") or entry.get("link") or f"entry {number}"
    body, is_html = _body(entry)
    if not body.strip():
        return Skipped(source, record_id, Messages.E007.fill(), "E007")
    return make_document(
        body,
        source=source,
        format=Format.FEED,
        is_html=is_html,
        record_id=record_id,
        url=entry.get("link"),
        title=entry.get("title"),
        published=_iso(entry.get("published_parsed") or entry.get("updated_parsed")),
    )


def _body(entry: Any) -> tuple[str, bool]:
    """The fullest body an entry offers: ``content`` beats ``summary``."""
    candidates = [*entry.get("content", []), entry.get("summary_detail") or {}]
    for candidate in candidates:
        value = candidate.get("value") or ""
        if value.strip():
            return value, "html" in (candidate.get("type") or "text/html")
    return entry.get("summary", ""), True


def _iso(parsed: time.struct_time | None) -> str | None:
    # feedparser normalises every feed date to a UTC struct_time.
    if parsed is None:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC).isoformat()
