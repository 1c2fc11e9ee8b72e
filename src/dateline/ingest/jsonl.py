"""JSON Lines: one article per line with ``text`` or ``html`` and optional metadata."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from dateline.errors import InputError, Messages
from dateline.ingest.decode import decode
from dateline.ingest.document import make_document
from dateline.records import Document, Format, Skipped

_OPTIONAL = ("id", "url", "title", "published")


def read_jsonl(lines: Iterable[bytes], *, source: str) -> Iterator[Document | Skipped]:
    """One ``Document`` per good line; a bad line becomes a ``Skipped`` and reading goes on."""
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            yield _record(raw, number=number, source=source)
        except InputError as error:
            yield Skipped(source, error.record, error.reason, error.code)


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
        kind = type(record).__name__
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
