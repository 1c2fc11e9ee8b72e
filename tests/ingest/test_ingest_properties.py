"""Properties of the readers on arbitrary input: they report bad bytes, they never raise."""

from __future__ import annotations

import io
import json

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from dateline.errors import InputError
from dateline.ingest import read_bytes
from dateline.ingest.decode import decode
from dateline.ingest.detect import sniff, utf16_order
from dateline.ingest.jsonl import LongLine, bounded_lines, read_jsonl
from dateline.records import Document, Format, Skipped

# Printable text, as a page holds it: no control characters, no lone surrogates.
_TEXT = st.text(st.characters(exclude_categories=["Cc", "Cs"]), max_size=300)
_FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_FAST
@given(st.binary(max_size=2000), st.sampled_from([None, "utf-8", "cp1252", "koi8-r", "x-bogus"]))
def test_properties_decode_never_raises_on_bytes(data: bytes, declared: str | None) -> None:
    text, repairs = decode(data, declared=declared)
    assert isinstance(text, str)
    assert all(repair.kind == "decode" for repair in repairs)


@_FAST
@given(_TEXT)
def test_properties_decode_round_trips_utf8_text(text: str) -> None:
    data = text.encode("utf-8")
    if data.startswith(b"\xef\xbb\xbf") or utf16_order(data):
        return
    assert decode(data) == (text, [])


@_FAST
@given(st.text(st.characters(min_codepoint=32, max_codepoint=0x24F), min_size=8, max_size=300))
def test_properties_decode_reads_utf16_without_bom(text: str) -> None:
    data = text.encode("utf-16-le")
    if utf16_order(data) == "utf-16-le":
        assert decode(data)[0] == text


@_FAST
@given(st.binary(max_size=4096))
def test_properties_sniff_names_a_format_or_raises_input_error(head: bytes) -> None:
    try:
        assert isinstance(sniff(head, source="upload"), Format)
    except InputError as error:
        assert error.code in ("E001", "E002")
        assert error.source == "upload"


@_FAST
@given(st.binary(max_size=3000))
def test_properties_read_bytes_never_raises(data: bytes) -> None:
    for record in read_bytes(data, source="upload"):
        assert isinstance(record, Document | Skipped)
        if isinstance(record, Skipped):
            assert record.reason.startswith(f"[{record.code}] ")


_LINE = st.one_of(
    st.binary(max_size=200),
    _TEXT.map(lambda text: text.encode("utf-8")),
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | _TEXT,
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_TEXT, inner, max_size=3),
        max_leaves=6,
    ).map(lambda value: json.dumps(value).encode()),
    st.fixed_dictionaries(
        {"text": _TEXT}, optional={"id": st.integers() | _TEXT, "title": _TEXT | st.integers()}
    ).map(lambda value: json.dumps(value).encode()),
)


@_FAST
@given(st.lists(_LINE.map(lambda line: line.replace(b"\n", b" ")), max_size=8))
def test_properties_read_jsonl_gives_one_record_per_line(lines: list[bytes]) -> None:
    records = list(read_jsonl(lines, source="lines.jsonl"))
    assert len(records) == sum(1 for line in lines if line.strip())
    for record in records:
        assert isinstance(record, Document | Skipped)
        if isinstance(record, Skipped):
            assert record.record, record


@_FAST
@given(st.lists(_TEXT, min_size=1, max_size=5))
def test_properties_read_jsonl_keeps_every_text(texts: list[str]) -> None:
    lines = [json.dumps({"text": text}).encode() for text in texts]
    records = list(read_jsonl(lines, source="lines.jsonl"))
    for text, record in zip(texts, records, strict=True):
        if text.strip():
            assert isinstance(record, Document)
            assert record.content == text
        else:
            assert isinstance(record, Skipped)
            assert record.code == "E007"


@_FAST
@given(st.binary(max_size=400), st.integers(min_value=1, max_value=64))
@example(b"\x00\n", 1)  # a line of exactly ``limit`` bytes and its break stays whole
def test_properties_bounded_lines_keep_short_lines_whole(data: bytes, limit: int) -> None:
    lines = list(bounded_lines(io.BytesIO(data), limit=limit))
    assert len(lines) == data.count(b"\n") + (not data.endswith(b"\n") and bool(data))
    whole = [line for line in lines if not isinstance(line, LongLine)]
    # ``limit`` bounds a line's content; its line break may come on top.
    assert all(len(line) - line.endswith(b"\n") <= limit for line in whole)
    assert sum(line.size if isinstance(line, LongLine) else len(line) for line in lines) == len(
        data
    )
