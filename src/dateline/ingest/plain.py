"""Single pages: a plain-text report or one HTML page."""

from __future__ import annotations

from collections.abc import Iterator

from dateline.ingest.decode import declared_charset, decode
from dateline.ingest.document import make_document
from dateline.records import Document, Format


def read_page(data: bytes, *, source: str, format: Format) -> Iterator[Document]:
    is_html = format is Format.HTML
    declared = declared_charset(data) if is_html else None
    text, repairs = decode(data, declared=declared)
    yield make_document(text, source=source, format=format, is_html=is_html, repairs=repairs)
