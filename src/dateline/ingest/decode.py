"""Bytes to text: trust a BOM or a declaration, then UTF-8, then detection; say what was done."""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from dateline.ingest.detect import utf16_order
from dateline.records import Repair

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_DECLARED = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def declared_charset(data: bytes, header: str | None = None) -> str | None:
    """Charset named by an HTTP Content-Type header, an HTML meta tag or an XML prolog."""
    if header:
        named = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", header, re.IGNORECASE)
        if named:
            return _known(named.group(1))
    head = data[:4096]
    declared = _DECLARED.search(head) or _XML_DECLARED.search(head)
    return _known(declared.group(1).decode("ascii")) if declared else None


def _known(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode(data: bytes, *, declared: str | None = None) -> tuple[str, list[Repair]]:
    """Decode ``data``; every guess or replacement made is returned as a ``Repair``."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace"), []
    utf16 = utf16_order(data[:4096])
    if utf16 is not None:
        # Without a BOM these bytes are valid UTF-8 too: a NUL between every letter.
        repair = Repair("decode", "utf-8 (NUL every other byte)", utf16, "UTF-16, no BOM")
        return data.decode(utf16, errors="replace"), [repair]
    if declared and declared != "utf-8":
        text = _try(data, declared)
        if text is not None:
            if _try(data, "utf-8") is not None and not data.isascii():
                # Pages often declare latin-1 yet are UTF-8; UTF-8 decoding cleanly is the
                # stronger evidence, as a non-ASCII latin-1 text almost never is valid UTF-8.
                return data.decode("utf-8"), [
                    Repair("decode", declared, "utf-8", "declared charset contradicted by bytes")
                ]
            return text, []
    text = _try(data, "utf-8")
    if text is not None:
        return text, []
    return _decode_damaged(data)


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


# Accented letters of Western European languages as cp1252 decodes them.
_WESTERN_ACCENTS = frozenset(
    "àâäáãåçéèêëíìîïñóòôöõúùûüýÿœæÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝŸŒÆ’‘“”«»–—…°€"
)


def _reads_as_western(data: bytes) -> bool:
    """True for French, English, Spanish… text in cp1252 or latin-1.

    Detectors score cp1252 and cp1250 equally on short French text and may pick the wrong
    one ("après" → "aprčs"). Western text is mostly ASCII with scattered accents; text in a
    Cyrillic or Greek code page decoded as cp1252 is mostly high-byte letters instead.
    """
    text = data.decode("cp1252", errors="replace")
    letters = [char for char in text if char.isalpha()]
    high = [char for char in text if ord(char) > 127]
    if not letters or not high:
        return False
    return len(high) / len(letters) < 0.2 and all(char in _WESTERN_ACCENTS for char in high)


def _detected(data: bytes) -> str:
    best = charset_normalizer.from_bytes(data).best()
    return best.encoding if best is not None else "cp1252"


def _mostly_utf8(data: bytes) -> tuple[str, int, bool]:
    """Lenient UTF-8 text, its count of replaced sequences, and whether UTF-8 is the charset.

    Text in a legacy charset almost never forms valid multi-byte UTF-8 sequences; when
    most non-ASCII characters did decode, the bytes are UTF-8 with a few damaged ones.
    """
    lenient = data.decode("utf-8", errors="replace")
    damaged = lenient.count("\ufffd")
    valid = sum(1 for char in lenient if ord(char) > 127 and char != "\ufffd")
    return lenient, damaged, valid > damaged


def _legacy_encoding(data: bytes) -> str:
    encoding = "cp1252" if _reads_as_western(data) else _detected(data)
    if encoding in ("latin_1", "iso8859_1", "ascii"):
        # cp1252 is a superset that browsers use for latin-1; it maps curly quotes too.
        encoding = "cp1252"
    return encoding


def _decode_damaged(data: bytes) -> tuple[str, list[Repair]]:
    mixed = _decode_mixed(data)
    if mixed is not None:
        return mixed
    lenient, damaged, is_utf8 = _mostly_utf8(data)
    if is_utf8:
        detail = f"{damaged} invalid UTF-8 sequence(s) replaced by U+FFFD"
        return lenient, [Repair("decode", "utf-8 (invalid)", "utf-8", detail)]
    encoding = _legacy_encoding(data)
    text = data.decode(encoding, errors="replace")
    return text, [
        Repair("decode", "utf-8 (invalid)", encoding, f"bytes are not UTF-8; decoded as {encoding}")
    ]


def _decode_mixed(data: bytes) -> tuple[str, list[Repair]] | None:
    """Lines in UTF-8 beside lines in a legacy charset, as text pasted from two sources.

    Decoding the whole file either way garbles half of it, so each line is decoded on its
    own: UTF-8 where it is valid, else the charset the invalid lines share.
    """
    lines = data.splitlines(keepends=True)
    invalid = [line for line in lines if _try(line, "utf-8") is None]
    has_utf8 = any(not line.isascii() for line in lines if _try(line, "utf-8") is not None)
    if not invalid or not has_utf8 or _mostly_utf8(b"".join(invalid))[2]:
        return None
    encoding = _legacy_encoding(b"".join(invalid))
    text = "".join(
        decoded
        if (decoded := _try(line, "utf-8")) is not None
        else line.decode(encoding, "replace")
        for line in lines
    )
    detail = f"mixed encodings: {len(invalid)} line(s) decoded as {encoding}, the rest as UTF-8"
    return text, [Repair("decode", "utf-8 (invalid)", f"utf-8 + {encoding}", detail)]
