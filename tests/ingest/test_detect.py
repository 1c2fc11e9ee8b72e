"""Format detection: every container is named from its bytes, never from its file name."""

from __future__ import annotations

import codecs
import gzip
from pathlib import Path

import pytest

from dateline.errors import InputError
from dateline.ingest.detect import sniff, sniff_text
from dateline.records import Format
from dateline.settings import get_int


def _head(path: Path) -> bytes:
    return path.read_bytes()[: get_int("ingest", "sniff_bytes")]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("en-report.txt", Format.TEXT),
        ("en-report-wrapped.txt", Format.TEXT),
        ("fr-latin1-nodecl.txt", Format.TEXT),
        ("fr-cp1252.html", Format.HTML),
        ("html-without-extension", Format.HTML),
        ("feed-as.txt", Format.FEED),
        ("en-rss.rss", Format.FEED),
        ("en-atom.xml", Format.FEED),
        ("mixed.jsonl", Format.JSONL),
        ("one-page.warc", Format.WARC),
        ("one-page-truncated.warc.gz", Format.WARC),
    ],
)
def test_detect_sniff_names_resource_format(resources: Path, name: str, expected: Format) -> None:
    assert sniff(_head(resources / name), source=name) is expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("en-mosul-clashes.html", Format.HTML),
        ("fr-syrie-alep.txt", Format.TEXT),
        ("fr-sahel-atom.xml", Format.FEED),
        ("reports.jsonl", Format.JSONL),
        ("ukraine-crawl.warc.gz", Format.WARC),
    ],
)
def test_detect_sniff_names_example_format(examples: Path, name: str, expected: Format) -> None:
    assert sniff(_head(examples / name), source=name) is expected


def test_detect_sniff_reads_through_utf8_bom() -> None:
    page = codecs.BOM_UTF8 + "<!DOCTYPE html><html><body><p>Frappe à Idleb.</p>".encode()
    assert sniff(page, source="bom.html") is Format.HTML


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('<?xml version="1.0"?>\n<!-- export -->\n<rss version="2.0"><channel>', Format.FEED),
        ('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>', Format.FEED),
        ('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">', Format.FEED),
        ("<!DOCTYPE html>\n<html><head><title>Raid sur Alep</title>", Format.HTML),
        ('<div class="story"><p>Un obus est tombé.</p><p>Deux morts.</p></div>', Format.HTML),
        ("Raid sur Alep\n<p>Un obus.</p> <p>Deux morts.</p> <p>Un blessé.</p>", Format.HTML),
        ('{"id": "a1", "text": "Un obus est tombé sur Alep."}\n{"id": "a2"}', Format.JSONL),
        ("{Mise à jour} Un obus est tombé sur Alep mardi soir.", Format.TEXT),
        (
            "Des frappes ont visé Alep mardi, selon une ONG.\n\nLe bilan est provisoire.",
            Format.TEXT,
        ),
    ],
)
def test_detect_sniff_text_names_format(text: str, expected: Format) -> None:
    assert sniff_text(text) is expected


@pytest.mark.parametrize("head", [b"", b"   \n\r\n\t  \n"])
def test_detect_sniff_refuses_empty_content(head: bytes) -> None:
    with pytest.raises(InputError) as caught:
        sniff(head, source="vide.txt")
    assert caught.value.code == "E001"
    assert caught.value.source == "vide.txt"


def test_detect_sniff_refuses_empty_resource(resources: Path) -> None:
    with pytest.raises(InputError) as caught:
        sniff(_head(resources / "empty.txt"), source="empty.txt")
    assert caught.value.code == "E001"


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01", "PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "JPEG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF document"),
        (b"Des frappes ont vis\xc3\xa9 Alep\x00\x00\x00 mardi soir.", "NUL bytes"),
        (b"\x01\x02\x03\x04\x05\x06 rapport \x07\x08\x0e\x0f\x10\x11", "control characters"),
        (gzip.compress(b"Des frappes ont vise Alep mardi."), "gzip data that is not a WARC"),
    ],
)
def test_detect_sniff_refuses_binary_naming_its_kind(head: bytes, kind: str) -> None:
    with pytest.raises(InputError) as caught:
        sniff(head, source="upload.bin")
    assert caught.value.code == "E002"
    assert kind in caught.value.reason


def test_detect_sniff_refuses_binary_resource_as_png(resources: Path) -> None:
    with pytest.raises(InputError) as caught:
        sniff(_head(resources / "binary.bin"), source="binary.bin")
    assert caught.value.code == "E002"
    assert "PNG image" in caught.value.reason


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_detect_sniff_reads_utf16_text_with_bom(codec: str) -> None:
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    text = "Des frappes aériennes ont visé mardi le sud d'Alep, selon une ONG.\n"
    assert sniff(bom + text.encode(codec), source="rapport.txt") is Format.TEXT
