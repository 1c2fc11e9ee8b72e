"""RSS and Atom feeds: each entry is one article, its body in content or summary."""

from __future__ import annotations

import calendar
import html
import re
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import feedparser

from dateline.errors import Messages
from dateline.ingest.document import make_document
from dateline.records import Document, Format, Skipped

# feedparser flags these yet reads the feed whole: a charset or content type mislabelled.
_HARMLESS = (
    feedparser.CharacterEncodingOverride,
    feedparser.NonXMLContentType,
    feedparser.UndeclaredNamespace,
)
_TAG = re.compile(r"</?[A-Za-z][^>]*>")


def read_feed(data: bytes, *, source: str) -> Iterator[Document | Skipped]:
    parsed = feedparser.parse(data)
    for number, entry in enumerate(parsed.entries, start=1):
        yield _entry(entry, number=number, source=source)
    if parsed.bozo and not isinstance(parsed.get("bozo_exception"), _HARMLESS):
        # A damaged feed (cut short, undefined entities) keeps the entries read before the
        # damage, and the damage is reported so that what was lost after it is not silent.
        detail = str(parsed.get("bozo_exception", "unreadable")) or "unreadable"
        if parsed.entries:
            detail += f"; entries read despite it: {len(parsed.entries)}"
        yield Skipped(source, None, Messages.E008.fill(detail=detail), "E008")


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
            return _markup_or_text(value, "html" in (candidate.get("type") or "text/html"))
    return _markup_or_text(entry.get("summary", ""), True)


def _markup_or_text(value: str, is_html: bool) -> tuple[str, bool]:
    """feedparser calls every description HTML; one without a tag is text, entities and all.

    Read as HTML, a tag-less body has no element to take text from, and would be lost.
    """
    if is_html and not _TAG.search(value):
        return html.unescape(value), False
    return value, is_html


def _iso(parsed: time.struct_time | None) -> str | None:
    # feedparser normalises every feed date to a UTC struct_time.
    if parsed is None:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC).isoformat()
