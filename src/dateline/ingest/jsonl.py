"""JSON Lines: one article per line with ``text`` or ``html`` and optional metadata."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from dateline.errors import InputError, Messages
from dateline.ingest.decode import decode
from dateline.ingest.document import make_document, too_large
from dateline.records import Document, Format, Skipped
from dateline.settings import get_int

_OPTIONAL = ("id", "url", "title", "published")


# JSON type names for the message of a line that is not an object.
_JSON_KINDS = {"str": "string", "int": "number", "float": "number", "bool": "boolean"}


def read_jsonl(lines: Iterable[bytes], *, source: str) -> Iterator[Document | Skipped]:
    """One ``Document`` per good line; a bad line becomes a ``Skipped`` and reading goes on."""
    limit = get_int("ingest", "max_record_bytes")
    for number, raw in enumerate(lines, start=1):
        if isinstance(raw, LongLine) or len(raw) > limit:
            yield _too_large(raw, number=number, limit=limit, source=source)
            continue
        if not raw.strip():
            continue
        try:
            yield _record(raw, number=number, source=source)
        except InputError as error:
            yield Skipped(source, error.record, error.reason, error.code)


class LongLine(bytes):
    """The start of a line longer than the limit; ``size`` is the whole line's length."""

    size: int


def bounded_lines(stream: BinaryIO, *, limit: int) -> Iterator[bytes]:
    """Lines of ``stream``, holding at most ``limit`` bytes of one line in memory.

    A longer line (a 1 GB record, a file with no line breaks) is read through in chunks
    and stands as a ``LongLine`` of its first bytes, so the reader can report its size.
    """
    while line := stream.readline(limit + 1):
        if len(line) <= limit or line.endswith(b"\n"):
            yield line
            continue
        size = len(line)
        while rest := stream.readline(limit):
            size += len(rest)
            if rest.endswith(b"\n"):
                break
        long_line = LongLine(line[:200])
        long_line.size = size
        yield long_line


def _too_large(raw: bytes, *, number: int, limit: int, source: str) -> Skipped:
    size = raw.size if isinstance(raw, LongLine) else len(raw)
    return too_large(source, _line_id(raw) or f"line {number}", size=size, limit=limit)


def _line_id(raw: bytes) -> str | None:
    """The record's ``id`` when it comes first on a line too long to parse."""
    match = re.match(rb'\s*\{\s*"id"\s*:\s*(?:"([^"\\]{1,200})"|(\d{1,30}))', raw)
    if match is None:
        return None
    return (match.group(1) or match.group(2)).decode("utf-8", errors="replace")


def _record(raw: bytes, *, number: int, source: str) -> Document:
    line_ref = f"line {number}"
    text, repairs = decode(raw)
    try:
        record = json.loads(text)
    except ValueError as error:
        raise InputError(
            Messages.E005, source=source, record=line_ref, line=number, detail=error
        ) from error
    if not isinstance(record, dict):
        kind = "null" if record is None else type(record).__name__
        kind = _JSON_KINDS.get(kind, kind)
        raise InputError(Messages.E006, source=source, record=line_ref, line=number, kind=kind)
    record_id = _string(record, "id", source=source, record=line_ref, coerce=True) or None
    ref = record_id or line_ref
    fields = {key: _string(record, key, source=source, record=ref) for key in _OPTIONAL[1:]}
    html = _string(record, "html", source=source, record=ref)
    body = _string(record, "text", source=source, record=ref)
    if not (body or "").strip() and not (html or "").strip():
        raise InputError(Messages.E007, source=source, record=ref)
    return make_document(
        html if html and html.strip() else body or "",
        source=source,
        format=Format.JSONL,
        is_html=bool(html and html.strip()),
        record_id=record_id,
        repairs=repairs,
        **fields,
    )


def _string(
    fields: dict[str, object], key: str, *, source: str, record: str, coerce: bool = False
) -> str | None:
    """``fields[key]`` as a string; ids may be numbers, other fields must be text."""
    value = fields.get(key)
    if value is None or isinstance(value, str):
        return value
    if coerce and isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    kind = type(value).__name__
    raise InputError(Messages.E013, source=source, record=record, field=key, kind=kind)
