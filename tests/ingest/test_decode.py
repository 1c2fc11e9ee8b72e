"""Bytes to text: BOMs, declared charsets, UTF-8, detection, and a Repair for every guess."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from dateline.ingest.decode import declared_charset, decode

# One paragraph of French wire copy: 40 accented letters and typographic apostrophes.
PARAGRAPH_FR = (
    "Les forces armées ont repoussé mercredi une attaque près de la frontière nigérienne, "
    "a déclaré l’état-major dans un communiqué publié à Bamako. Selon un élu local, les "
    "assaillants, arrivés à moto, ont incendié le marché et détruit le château d’eau du "
    "village. Les blessés ont été évacués vers l’hôpital régional de Ménaka, où trois d’entre "
    "eux sont décédés. Le ministère de la Défense a précisé que des renforts étaient arrivés "
    "jeudi matin."
)
SECOND_PARAGRAPH_FR = (
    "Dans la soirée, des hélicoptères de l’armée ont survolé la zone et des patrouilles ont "
    "été déployées sur l’axe routier reliant Ménaka à Anderamboukane, où circulaient déjà "
    "des rumeurs d’une nouvelle opération. Les habitants, inquiets, ont préféré rester chez "
    "eux jusqu’à l’aube, a rapporté un enseignant joint par téléphone."
)


def _with_bad_bytes(text: str, *, before: list[str], bad: bytes = b"\xe9") -> bytes:
    """``text`` in UTF-8 with ``bad`` inserted before each word of ``before``."""
    data = text.encode("utf-8")
    for word in before:
        index = data.index(word.encode("utf-8"))
        data = data[:index] + bad + data[index:]
    return data


@pytest.mark.parametrize(
    "text",
    [
        "Des frappes ont visé Alep mardi, selon l’OSDH : « au moins cinq morts ».",
        "Gunmen attacked a checkpoint near Kirkuk on Tuesday, police said.",
        "Le président ukrainien a dénoncé une « attaque barbare » contre Kharkiv…",
    ],
)
def test_decode_utf8_passes_through_without_repair(text: str) -> None:
    assert decode(text.encode("utf-8")) == (text, [])


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
    ],
)
def test_decode_strips_bom_and_uses_its_encoding(bom: bytes, codec: str) -> None:
    text = "Frappes près d’Alep : cinq morts, dont deux enfants."
    assert decode(bom + text.encode(codec)) == (text, [])


def test_decode_reads_utf16_big_endian_with_bom() -> None:
    text = "Frappes près d’Alep : cinq morts, dont deux enfants."
    decoded, _ = decode(codecs.BOM_UTF16_BE + text.encode("utf-16-be"))
    assert decoded == text


def test_decode_cp1252_page_with_declared_charset(resources: Path) -> None:
    data = (resources / "fr-cp1252.html").read_bytes()
    declared = declared_charset(data)
    text, repairs = decode(data, declared=declared)
    assert declared == "cp1252"
    assert repairs == []
    assert "\ufffd" not in text
    for expected in ("place de\nl’Indépendance", "président Keïta", "l’œuvre", "promesses…"):
        assert expected in text


@pytest.mark.parametrize(
    ("data", "header", "expected"),
    [
        (b'<meta charset="windows-1252"><title>Alep</title>', None, "cp1252"),
        (
            b"<meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-1'>",
            None,
            "iso8859-1",
        ),
        (b'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0">', None, "utf-8"),
        (b"<p>Un obus est tombe sur Alep.</p>", "text/html; charset=latin-1", "iso8859-1"),
        (b'<meta charset="utf-8">', "text/html; charset=windows-1252", "cp1252"),
        (b'<meta charset="x-unknown-charset">', None, None),
        (b"<p>Un obus est tombe sur Alep.</p>", None, None),
    ],
)
def test_decode_declared_charset_from_header_meta_or_prolog(
    data: bytes, header: str | None, expected: str | None
) -> None:
    assert declared_charset(data, header) == expected


def test_decode_latin1_without_declaration_reads_as_western(resources: Path) -> None:
    text, repairs = decode((resources / "fr-latin1-nodecl.txt").read_bytes())
    assert "après" in text
    assert "aprčs" not in text
    assert "gaz lacrymogène" in text
    assert [repair.kind for repair in repairs] == ["decode"]
    assert repairs[0].after == "cp1252"


@pytest.mark.parametrize("bad_before", [["Bamako"], ["Bamako", "Anderamboukane"]])
def test_decode_rare_invalid_utf8_becomes_replacement_character(bad_before: list[str]) -> None:
    source = f"{PARAGRAPH_FR}\n\n{SECOND_PARAGRAPH_FR}"
    text, repairs = decode(_with_bad_bytes(source, before=bad_before))
    count = len(bad_before)
    assert text.count("\ufffd") == count
    assert text.replace("\ufffd", "") == source
    assert [repair.kind for repair in repairs] == ["decode"]
    assert repairs[0].detail.startswith(f"{count} invalid UTF-8 sequence")


def test_decode_one_invalid_byte_in_a_utf8_paragraph_keeps_utf8() -> None:
    text, _ = decode(_with_bad_bytes(PARAGRAPH_FR, before=["Bamako"]))
    assert text.replace("\ufffd", "") == PARAGRAPH_FR


def test_decode_declared_latin1_but_valid_utf8_is_read_as_utf8() -> None:
    page = '<meta charset="iso-8859-1"><p>Frappe aérienne à Idleb : l’hôpital touché.</p>'
    data = page.encode("utf-8")
    text, repairs = decode(data, declared=declared_charset(data))
    assert text == page
    assert len(repairs) == 1
    assert (repairs[0].kind, repairs[0].before, repairs[0].after) == (
        "decode",
        "iso8859-1",
        "utf-8",
    )


def test_decode_declared_latin1_with_latin1_bytes_trusts_declaration() -> None:
    page = '<meta charset="iso-8859-1"><p>Frappe aérienne à Idleb, hôpital touché.</p>'
    data = page.encode("latin-1")
    assert decode(data, declared=declared_charset(data)) == (page, [])
