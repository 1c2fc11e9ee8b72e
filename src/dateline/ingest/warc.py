"""WARC and WARC.gz crawls: each HTML response (or resource) record is one page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator

from dateline.errors import Messages
from dateline.ingest.decode import declared_charset, decode
from dateline.ingest.document import make_document, too_large
from dateline.records import Document, Format, Skipped
from dateline.settings import get_int

_PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
# Record types of WARC 1.0 and 1.1; anything else means the header block was not readable.
_WARC_TYPES = frozenset(
    [
        "warcinfo",
        "response",
        "resource",
        "request",
        "metadata",
        "revisit",
        "conversion",
        "continuation",
    ]
)


def read_warc(path: Path, *, source: str) -> Iterator[Document | Skipped]:
    """Pages of a crawl; a truncated or corrupt file keeps the records read before the damage."""
    count = 0
    with path.open("rb") as stream:
        try:
            records = ArchiveIterator(stream)
            for record in records:
                count += 1
                if record.rec_type not in _WARC_TYPES:
                    # warcio reads past a header it cannot parse; say so rather than drop it.
                    yield _corrupt(
                        record, number=count, offset=records.get_record_offset(), source=source
                    )
                elif record.rec_type in ("response", "resource"):
                    yield _page(record, source=source)
            end = records.get_record_offset() + (records.get_record_length() or 0)
        except Exception as error:  # noqa: BLE001 - warcio raises many types on damaged input
            detail = f"{type(error).__name__}: {error}".strip(": ")
            yield Skipped(source, None, Messages.E009.fill(count=count, detail=detail), "E009")
            return
        # warcio stops without a word at a gzip member cut short: bytes left after the last
        # record it read are a record lost, unless they are the blank lines that end a WARC.
        stream.seek(end)
        if stream.read(64).strip():
            detail = f"{path.stat().st_size - end:,} bytes after the last whole record unread"
            yield Skipped(source, None, Messages.E009.fill(count=count, detail=detail), "E009")


def _corrupt(record: Any, *, number: int, offset: int, source: str) -> Skipped:
    headers = record.rec_headers
    found = "; ".join(f"{name}: {value}" for name, value in headers.headers[:3])
    detail = f"no valid WARC-Type ({found or 'no headers'})"
    record_id = headers.get_header("WARC-Target-URI") or headers.get_header("WARC-Record-ID")
    reason = Messages.E019.fill(number=number, offset=offset, detail=detail)
    return Skipped(source, record_id or f"record {number}", reason, "E019")


def _page(record: Any, *, source: str) -> Document | Skipped:
    uri = record.rec_headers.get_header("WARC-Target-URI")
    record_id = record.rec_headers.get_header("WARC-Record-ID") or uri
    if record.length is not None and record.length > (
        limit := get_int("ingest", "max_record_bytes")
    ):
        # Left unread: the iterator streams past it.
        return too_large(source, uri or record_id, size=record.length, limit=limit)
    content_type = _content_type(record)
    mime = content_type.split(";")[0].strip().lower()
    if mime not in _PAGE_TYPES:
        return Skipped(
            source, uri or record_id, Messages.E011.fill(detail=mime or "no type"), "E011"
        )
    status = record.http_headers.get_statuscode() if record.http_headers else "200"
    if status and not status.startswith("2"):
        return Skipped(source, uri, Messages.E011.fill(detail=f"HTTP status {status}"), "E011")
    data = record.content_stream().read()
    missing = getattr(record.raw_stream, "limit", 0)
    if missing:
        # The record announced more bytes than the file holds: a cut-off download.
        return Skipped(source, uri, Messages.E016.fill(missing=missing), "E016")
    text, repairs = decode(data, declared=declared_charset(data, content_type))
    return make_document(
        text,
        source=source,
        format=Format.WARC,
        is_html=mime != "text/plain",
        record_id=uri or record_id,
        url=uri,
        fetched=record.rec_headers.get_header("WARC-Date"),
        repairs=repairs,
    )


def _content_type(record: Any) -> str:
    if record.http_headers is not None:
        return str(record.http_headers.get_header("Content-Type") or "")
    return str(record.rec_headers.get_header("Content-Type") or "")
