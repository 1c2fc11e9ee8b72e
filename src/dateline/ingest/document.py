"""Building ``Document`` records, keyed by a hash of their content."""

from __future__ import annotations

import hashlib
import unicodedata

from dateline.errors import Messages
from dateline.records import Document, Format, Repair, Skipped


def content_hash(content: str) -> str:
    """Hash that ignores surrounding whitespace and Unicode normal form, so re-scrapes match."""
    normal = unicodedata.normalize("NFC", content.strip())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def make_document(
    content: str,
    *,
    source: str,
    format: Format,
    is_html: bool,
    record_id: str | None = None,
    url: str | None = None,
    title: str | None = None,
    published: str | None = None,
    fetched: str | None = None,
    repairs: list[Repair] | None = None,
) -> Document:
    digest = content_hash(content)
    return Document(
        id=record_id or digest[:16],
        content_hash=digest,
        source=source,
        format=format,
        content=content,
        is_html=is_html,
        url=url or None,
        title=title or None,
        published=published or None,
        fetched=fetched,
        decode_repairs=tuple(repairs or ()),
    )


def too_large(source: str, record: str | None, *, size: int, limit: int) -> Skipped:
    """The skip report of a record over ``max_record_bytes``, refused before reading it."""
    reason = Messages.E018.fill(
        size=f"{size:,} bytes",
        limit=f"{limit:,} bytes",
        setting="max_record_bytes in settings.cfg",
    )
    return Skipped(source, record, reason, "E018")
