"""Reading files, directories and globs into Documents, with Skipped records in the same stream."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dateline.ingest import read_file, read_paths
from dateline.records import Document, Format, Skipped

KRAMATORSK_URL = "https://example-news.org/europe/2022/04/08/kramatorsk-station-missile-strike"
KYIV_URL = "https://exemple-info.fr/europe/ukraine-drones-shahed-kyiv-energie"
BUNAGANA_URL = "https://example-news.org/africa/2022/06/13/drc-m23-bunagana"


def _documents(records: list[Document | Skipped]) -> list[Document]:
    assert all(isinstance(record, Document) for record in records), records
    return [record for record in records if isinstance(record, Document)]


def _kinds(records: list[Document | Skipped]) -> list[str]:
    """ "doc" for a Document, the code for a Skipped, in stream order."""
    return [record.code if isinstance(record, Skipped) else "doc" for record in records]


def test_readers_text_file_is_one_plain_document(resources: Path) -> None:
    path = resources / "en-report.txt"
    [document] = _documents(list(read_file(path)))
    assert document.format is Format.TEXT
    assert document.is_html is False
    assert document.content == path.read_text(encoding="utf-8")
    assert document.source == str(path)
    assert (document.url, document.title, document.published) == (None, None, None)


def test_readers_html_without_extension_is_an_html_document(resources: Path) -> None:
    [document] = _documents(list(read_file(resources / "html-without-extension")))
    assert document.format is Format.HTML
    assert document.is_html is True
    assert document.content.startswith("<!DOCTYPE html>")
    assert "Peshawar" in document.content


def test_readers_cp1252_html_is_decoded_by_its_declaration(resources: Path) -> None:
    [document] = _documents(list(read_file(resources / "fr-cp1252.html")))
    assert "président Keïta" in document.content
    assert "l’œuvre inachevée" in document.content
    assert document.decode_repairs == ()


def test_readers_latin1_text_records_its_decode_repair(resources: Path) -> None:
    [document] = _documents(list(read_file(resources / "fr-latin1-nodecl.txt")))
    assert "violences post-électorales" in document.content
    assert [repair.kind for repair in document.decode_repairs] == ["decode"]


def test_readers_jsonl_keeps_good_records_and_skips_bad_lines_in_order(resources: Path) -> None:
    path = resources / "mixed.jsonl"
    records = list(read_file(path))
    assert _kinds(records) == ["doc", "doc", "E005", "E007"]
    first, second, bad_json, no_body = records
    assert isinstance(first, Document)
    assert isinstance(second, Document)
    assert (first.id, first.published, first.is_html) == (
        "kenya-manda-2020-01-05",
        "2020-01-05",
        False,
    )
    assert first.title == "Al Shabaab attack on Kenya base kills three Americans"
    assert first.url == "https://example-news.org/africa/2020/01/05/kenya-manda-bay-attack"
    assert first.content.startswith("Al Shabaab militants attacked a military base")
    assert (second.id, second.published, second.is_html) == (
        "ouganda-mpondwe-2023-06-17",
        "2023-06-17",
        True,
    )
    assert second.title == "Ouganda : 41 morts dans l'attaque d'une école par les ADF"
    assert second.content.startswith("<p>Au moins 41 personnes")
    assert isinstance(bad_json, Skipped)
    assert (bad_json.record, bad_json.source) == ("line 3", str(path))
    assert isinstance(no_body, Skipped)
    assert no_body.record == "bad-2"
    assert all(record.format is Format.JSONL for record in (first, second))


def test_readers_rss_entries_become_documents(resources: Path) -> None:
    documents = _documents(list(read_file(resources / "en-rss.rss")))
    assert [(doc.url, doc.published) for doc in documents] == [
        (
            "https://example-news.org/americas/2021/07/07/haiti-president-moise-killed",
            "2021-07-07T14:10:00+00:00",
        ),
        (
            "https://example-news.org/asia/2021/03/28/myanmar-armed-forces-day-killings",
            "2021-03-28T06:45:00+00:00",
        ),
    ]
    assert [doc.title for doc in documents] == [
        "Haitian President Jovenel Moise assassinated at his home",
        "Myanmar security forces kill more than 100 protesters on Armed Forces Day",
    ]
    assert all(doc.format is Format.FEED and doc.is_html for doc in documents)
    assert [doc.id for doc in documents] == [doc.url for doc in documents]
    assert "Jovenel Moise was shot dead" in documents[0].content


def test_readers_atom_entry_becomes_a_document(resources: Path) -> None:
    [document] = _documents(list(read_file(resources / "en-atom.xml")))
    assert document.id == "tag:example-news.org,2021-03-28:/africa/mozambique-palma-attack"
    assert document.url == "https://example-news.org/africa/2021/03/28/mozambique-palma-attack"
    assert document.title == "Dozens killed as insurgents attack Mozambique town of Palma"
    assert document.published == "2021-03-28T10:30:00+00:00"
    assert "Amarula hotel" in document.content


@pytest.mark.parametrize("name", ["feed-as.txt", "depeches.html"])
def test_readers_feed_is_read_as_feed_whatever_its_extension(
    resources: Path, tmp_path: Path, name: str
) -> None:
    path = tmp_path / name
    shutil.copyfile(resources / "feed-as.txt", path)
    [document] = _documents(list(read_file(path)))
    assert document.format is Format.FEED
    assert document.title == "Cameroun : sept enfants tués dans l'attaque d'une école à Kumba"
    assert document.published == "2020-10-25T09:00:00+00:00"


def test_readers_warc_response_becomes_a_document(resources: Path) -> None:
    [document] = _documents(list(read_file(resources / "one-page.warc")))
    assert document.format is Format.WARC
    assert document.is_html is True
    assert document.url == document.id == BUNAGANA_URL
    assert document.fetched == "2022-06-13T18:00:01Z"
    assert "M23 rebels captured the town of Bunagana" in document.content


def test_readers_truncated_warc_gz_is_skipped_without_crash(resources: Path) -> None:
    [skipped] = list(read_file(resources / "one-page-truncated.warc.gz"))
    assert isinstance(skipped, Skipped)
    assert skipped.code == "E016"
    assert skipped.is_error is True
    assert skipped.record == BUNAGANA_URL


def test_readers_example_crawl_gives_pages_and_skips_the_image(examples: Path) -> None:
    records = list(read_file(examples / "ukraine-crawl.warc.gz"))
    assert _kinds(records) == ["doc", "doc", "E011"]
    pages = [record for record in records if isinstance(record, Document)]
    assert [(page.url, page.fetched) for page in pages] == [
        (KRAMATORSK_URL, "2022-04-08T17:02:12Z"),
        (KYIV_URL, "2022-10-17T12:45:04Z"),
    ]
    image = records[2]
    assert isinstance(image, Skipped)
    assert image.record == "https://example-news.org/static/img/logo-1x1.png"
    assert "image/png" in image.reason
    assert image.is_error is False


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_readers_directory_is_read_recursively_sorted_without_hidden_files(
    tmp_path: Path,
) -> None:
    _write(tmp_path / "b-alep.txt", "Des frappes ont visé Alep mardi soir.\n")
    _write(tmp_path / "a-gaza.txt", "Un obus est tombé sur Gaza mercredi.\n")
    _write(tmp_path / "sahel" / "c-mopti.txt", "Une embuscade a visé un convoi près de Mopti.\n")
    _write(tmp_path / ".brouillon.txt", "Brouillon à ne pas publier.\n")
    _write(tmp_path / ".cache" / "page.txt", "Copie en cache d'une page.\n")
    documents = _documents(list(read_paths([tmp_path])))
    assert [Path(doc.source).relative_to(tmp_path).as_posix() for doc in documents] == [
        "a-gaza.txt",
        "b-alep.txt",
        "sahel/c-mopti.txt",
    ]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("*.txt", ["a-gaza.txt", "b-alep.txt"]),
        ("**/*.txt", ["a-gaza.txt", "b-alep.txt", "sahel/c-mopti.txt"]),
        ("sahel/*", ["sahel/c-mopti.txt"]),
    ],
)
def test_readers_glob_is_expanded_sorted(tmp_path: Path, pattern: str, expected: list[str]) -> None:
    _write(tmp_path / "b-alep.txt", "Des frappes ont visé Alep mardi soir.\n")
    _write(tmp_path / "a-gaza.txt", "Un obus est tombé sur Gaza mercredi.\n")
    _write(tmp_path / "notes.md", "Notes de la rédaction.\n")
    _write(tmp_path / "sahel" / "c-mopti.txt", "Une embuscade a visé un convoi près de Mopti.\n")
    documents = _documents(list(read_paths([str(tmp_path / pattern)])))
    sources = [Path(doc.source).relative_to(tmp_path).as_posix() for doc in documents]
    assert sources == expected


def test_readers_missing_path_is_skipped_and_reading_goes_on(
    resources: Path, tmp_path: Path
) -> None:
    missing = tmp_path / "absent.txt"
    records = list(read_paths([missing, resources / "en-report.txt"]))
    assert _kinds(records) == ["E004", "doc"]
    assert isinstance(records[0], Skipped)
    assert records[0].source == str(missing)
    assert records[0].is_error is True


def test_readers_batch_continues_past_bad_files_and_reports_each(
    resources: Path, tmp_path: Path
) -> None:
    for name in (
        "binary.bin",
        "empty.txt",
        "en-report.txt",
        "mixed.jsonl",
        "one-page-truncated.warc.gz",
        "one-page.warc",
    ):
        shutil.copyfile(resources / name, tmp_path / name)
    records = list(read_paths([tmp_path]))
    assert _kinds(records) == ["E002", "E001", "doc", "doc", "doc", "E005", "E007", "E016", "doc"]
    skipped = [record for record in records if isinstance(record, Skipped)]
    assert [Path(record.source).name for record in skipped] == [
        "binary.bin",
        "empty.txt",
        "mixed.jsonl",
        "mixed.jsonl",
        "one-page-truncated.warc.gz",
    ]
    assert all(record.is_error for record in skipped)
