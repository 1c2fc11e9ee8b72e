"""Detect a file's format from its first bytes; extensions lie (a feed saved as .txt)."""

from __future__ import annotations

import json
import re
import zlib

from dateline.errors import InputError, Messages
from dateline.records import Format
from dateline.settings import get_float

# Signatures of common binary files, named in the error so the user knows what they fed in.
_MAGIC = (
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x7fELF", "executable"),
    (b"RIFF", "RIFF media"),
)
_FEED_ROOT = re.compile(r"<(rss|feed|rdf:RDF)\b", re.IGNORECASE)
_HTML_START = re.compile(r"<(!doctype\s+html|html|head|body|meta|title)\b", re.IGNORECASE)
_HTML_BLOCK = re.compile(r"<(p|div|article|section|br|h[1-6]|span|a)\b[^>]*>", re.IGNORECASE)
_LEADING_NOISE = re.compile(r"^(\s|<\?xml[^>]*\?>|<!--.*?-->)*", re.DOTALL)

GZIP_MAGIC = b"\x1f\x8b"


def gunzip_head(data: bytes) -> bytes:
    """Decompress what can be decompressed of a gzip prefix (the rest may be cut off)."""
    try:
        return zlib.decompressobj(wbits=31).decompress(data)
    except zlib.error:
        return b""


def binary_kind(head: bytes) -> str | None:
    """Name the binary format of ``head``, or None when it looks like text."""
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return name
    if not head or utf16_order(head):
        return None
    # NUL counts as a control character: a few stray NULs in prose are damage to repair,
    # a file full of them is binary.
    controls = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 12, 13, 27))
    if controls / len(head) > get_float("ingest", "max_control_ratio"):
        return "NUL bytes" if 0 in head else "control characters"
    return None


def utf16_order(head: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when ``head`` is UTF-16 text, with or without a BOM.

    Without a BOM, text in a Latin or Cyrillic script has a NUL (the high byte of its code
    points) in nearly every other byte and almost none in the other half.
    """
    if head.startswith(b"\xff\xfe"):
        return "utf-16-le"
    if head.startswith(b"\xfe\xff"):
        return "utf-16-be"
    pairs = len(head) // 2
    if pairs < 4:
        return None
    even, odd = head[0 : pairs * 2 : 2].count(0), head[1 : pairs * 2 : 2].count(0)
    if odd >= 0.8 * pairs and even <= 0.05 * pairs:
        return "utf-16-le"
    if even >= 0.8 * pairs and odd <= 0.05 * pairs:
        return "utf-16-be"
    return None


def sniff(head: bytes, *, source: str) -> Format:
    """Name the container format of a file from its first bytes.

    Raises:
        InputError: when the file is empty or binary, naming ``source`` and why.
    """
    if not head.strip():
        raise InputError(Messages.E001, source=source)
    if head.startswith(GZIP_MAGIC):
        inner = gunzip_head(head)
        if inner.startswith(b"WARC/"):
            return Format.WARC
        raise InputError(Messages.E002, source=source, detail="gzip data that is not a WARC")
    if head.startswith(b"WARC/"):
        return Format.WARC
    kind = binary_kind(head)
    if kind:
        raise InputError(Messages.E002, source=source, detail=kind)
    text = head.decode(utf16_order(head) or "utf-8", errors="replace").lstrip("\ufeff")
    return sniff_text(text)


def sniff_text(text: str) -> Format:
    """Format of decoded text: a feed, an HTML page, JSON Lines, or plain text."""
    body = _LEADING_NOISE.sub("", text, count=1)
    if body.startswith("<"):
        if _FEED_ROOT.match(body) or (
            _FEED_ROOT.search(body[:1000]) and not _HTML_START.match(body)
        ):
            return Format.FEED
        return Format.HTML
    if body.startswith("{") and _first_line_is_json_object(body):
        return Format.JSONL
    if _HTML_START.search(body[:2000]) or len(_HTML_BLOCK.findall(body)) >= 3:
        return Format.HTML
    return Format.TEXT


def _first_line_is_json_object(text: str) -> bool:
    first = text.split("\n", 1)[0].strip()
    try:
        return isinstance(json.loads(first), dict)
    except ValueError:
        # A long first line may be cut by the sniff window: an opening brace and a quoted
        # key are enough to call it JSON Lines, and the reader reports a bad line precisely.
        return "\n" not in text and re.match(r'\{\s*"', first) is not None
