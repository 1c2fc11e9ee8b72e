"""Documents are keyed by a content hash that survives re-scrapes; a record's own id wins."""

from __future__ import annotations

import hashlib
import unicodedata

import pytest

from dateline.ingest.document import content_hash, make_document
from dateline.records import Format

REPORT = "Un obus est tombé mardi sur le marché de Kherson, tuant trois personnes."


@pytest.mark.parametrize(
    "variant",
    [
        f"\n\n  {REPORT}  \n",
        f"\t{REPORT}\r\n",
        unicodedata.normalize("NFD", REPORT),
        f"  {unicodedata.normalize('NFD', REPORT)}\n",
    ],
)
def test_document_content_hash_ignores_surrounding_space_and_normal_form(variant: str) -> None:
    assert content_hash(variant) == content_hash(REPORT)


@pytest.mark.parametrize(
    "other",
    [
        REPORT.replace("trois", "quatre"),
        REPORT.replace("tombé", "tombe"),
        REPORT.replace("mardi sur", "mardi  sur"),
        REPORT.upper(),
    ],
)
def test_document_content_hash_differs_for_different_content(other: str) -> None:
    assert content_hash(other) != content_hash(REPORT)


def test_document_content_hash_is_sha256_of_trimmed_nfc_utf8() -> None:
    nfd = unicodedata.normalize("NFD", REPORT)
    assert nfd != REPORT
    assert content_hash(f" {nfd}\n") == hashlib.sha256(REPORT.encode("utf-8")).hexdigest()


def test_document_id_defaults_to_hash_prefix() -> None:
    document = make_document(REPORT, source="kherson.txt", format=Format.TEXT, is_html=False)
    assert document.content_hash == content_hash(REPORT)
    assert document.id == document.content_hash[:16]


def test_document_record_id_is_kept() -> None:
    document = make_document(
        REPORT, source="depeches.jsonl", format=Format.JSONL, is_html=False, record_id="kherson-7"
    )
    assert document.id == "kherson-7"
    assert document.content_hash == content_hash(REPORT)


def test_document_empty_metadata_becomes_none() -> None:
    document = make_document(
        REPORT, source="x.jsonl", format=Format.JSONL, is_html=False, url="", title="", published=""
    )
    assert (document.url, document.title, document.published) == (None, None, None)
