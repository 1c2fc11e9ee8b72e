"""``clean`` end to end on ingested files: repairs, chrome, title, dates, sources, offsets."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.clean import clean
from dateline.errors import ExtractionError
from dateline.ingest import read_bytes, read_file, read_paths
from dateline.pipeline import run
from dateline.records import Article, DateBasis, Document, Skipped

HEADLINE = "Raids aériens meurtriers sur les faubourgs de Deir ez-Zor"
BODY = [
    "Des avions ont bombardé mardi les faubourgs est de Deir ez-Zor, tuant au moins neuf "
    "civils, dont deux enfants, selon une ONG locale.",
    "Les secouristes fouillaient encore les décombres mercredi matin, a indiqué un habitant "
    "joint par téléphone, qui a requis l'anonymat.",
    "Le gouverneur a accusé les groupes rebelles d'avoir tiré des obus sur les quartiers "
    "ouest la veille.",
]
SCRAPED_PAGE = "\n".join(
    [
        "14-07-2016 10:32 AM Beirut Timing",
        "",
        HEADLINE,
        "",
        HEADLINE,
        "",
        BODY[0],
        "",
        BODY[1],
        "\u00a0",
        BODY[2],
        "",
        "Sources: AFP, OSDH",
        "Partager",
        "",
    ]
)


def _document(path: Path) -> Document:
    [record] = list(read_file(path))
    assert isinstance(record, Document), record
    return record


def _assert_spans_slice_back(article: Article) -> None:
    texts = article.paragraph_texts()
    assert texts
    assert all(text and text == text.strip() for text in texts)
    assert "\n\n".join(texts) == article.text


@pytest.fixture
def scraped(tmp_path: Path) -> Article:
    path = tmp_path / "deir-ez-zor.txt"
    path.write_text(SCRAPED_PAGE, encoding="utf-8")
    return clean(_document(path))


def test_clean_scraped_page_keeps_headline_once_as_title(scraped: Article) -> None:
    assert scraped.title == HEADLINE
    assert HEADLINE not in scraped.text
    duplicate = [repair for repair in scraped.repairs if repair.kind == "duplicate_headline"]
    assert len(duplicate) == 1
    assert duplicate[0].after == HEADLINE
    assert duplicate[0].before == f"{HEADLINE} | {HEADLINE}"


def test_clean_scraped_page_body_is_the_paragraphs(scraped: Article) -> None:
    assert scraped.paragraph_texts() == BODY
    _assert_spans_slice_back(scraped)


def test_clean_scraped_page_chrome_time_is_page_time_not_published(scraped: Article) -> None:
    assert scraped.published.value is None
    assert scraped.published.basis is DateBasis.UNKNOWN
    assert scraped.page_time.basis is DateBasis.PAGE_CHROME
    assert scraped.page_time.value is not None
    assert scraped.page_time.value.isoformat() == "2016-07-14T10:32:00+03:00"
    assert scraped.page_time.expression == "14-07-2016 10:32 AM Beirut Timing"
    assert "Beirut Timing" not in scraped.text


def test_clean_scraped_page_footer_becomes_cited_sources(scraped: Article) -> None:
    assert scraped.cited_sources == ("AFP", "OSDH")
    assert "Sources:" not in scraped.text
    assert "Partager" not in scraped.text
    assert [line.text for line in scraped.chrome] == [
        "14-07-2016 10:32 AM Beirut Timing",
        HEADLINE,
        "Sources: AFP, OSDH",
        "Partager",
    ]


def test_clean_scraped_page_language_is_french(scraped: Article) -> None:
    assert scraped.lang == "fr"


@pytest.mark.parametrize(
    ("line", "basis"),
    [
        ("14-07-2016 10:32 AM Beirut Timing", DateBasis.UNKNOWN),
        ("Publié le 14/07/2016 à 10h32", DateBasis.PAGE_CHROME),
    ],
)
def test_clean_timestamp_under_the_headline_is_chrome(
    tmp_path: Path, line: str, basis: DateBasis
) -> None:
    path = tmp_path / "sous-titre.txt"
    path.write_text("\n\n".join([HEADLINE, line, *BODY]) + "\n", encoding="utf-8")
    article = clean(_document(path))
    assert article.paragraph_texts() == BODY
    assert article.page_time.basis is DateBasis.PAGE_CHROME
    assert article.published.basis is basis


def test_clean_mojibake_file_is_repaired_and_recorded(resources: Path) -> None:
    article = clean(_document(resources / "fr-mojibake.txt"))
    assert article.title == "Deuxième journée de heurts à Dakar après l’arrestation d’Ousmane Sonko"
    assert "Un manifestant a été tué à Bignona" in article.text
    assert "« actes de nature terroriste »" in article.text
    for damage in ("Ã", "â€", "Â«"):
        assert damage not in article.text
        assert damage not in (article.title or "")
    mojibake = [repair for repair in article.repairs if repair.kind == "mojibake"]
    assert ("DeuxiÃ¨me journÃ©e", "Deuxième journée") in [(r.before, r.after) for r in mojibake]
    assert any(r.before == "opposÃ©" and r.after == "opposé" for r in mojibake)
    _assert_spans_slice_back(article)


def test_clean_cp1252_page_has_no_mojibake(resources: Path) -> None:
    article = clean(_document(resources / "fr-cp1252.html"))
    assert article.title == (
        "Mali : des dizaines de milliers de manifestants à Bamako contre le président Keïta"
    )
    assert article.title not in article.text
    assert "place de l’Indépendance, à Bamako" in article.text
    assert "l’œuvre inachevée" in article.text
    assert "promesses… »" in article.text
    assert not any(mark in article.text for mark in ("Ã", "â€", "\ufffd"))
    assert article.repairs == ()
    assert article.lang == "fr"
    _assert_spans_slice_back(article)


def test_clean_latin1_file_carries_its_decode_repair(resources: Path) -> None:
    article = clean(_document(resources / "fr-latin1-nodecl.txt"))
    assert article.title is not None
    assert "après les violences" in article.title
    assert [repair.kind for repair in article.repairs] == ["decode"]


def test_clean_html_example_is_dated_by_markup(examples: Path) -> None:
    article = clean(_document(examples / "en-mosul-clashes.html"))
    assert article.published.basis is DateBasis.METADATA
    assert article.published.value is not None
    assert article.published.value.isoformat() == "2016-10-20T09:15:00+00:00"
    assert (
        article.url == "https://example-news.org/middle-east/2016/10/20/iraq-mosul-bartella-clashes"
    )
    assert article.title not in article.text
    assert article.lang == "en"
    _assert_spans_slice_back(article)


def test_clean_text_example_is_dated_by_dateline(examples: Path) -> None:
    article = clean(_document(examples / "en-yemen-airstrike.txt"))
    assert article.published.basis is DateBasis.DATELINE
    assert article.published.value is not None
    assert article.published.value.isoformat() == "2018-08-09"
    assert article.cited_sources == ("Reuters", "Al Masirah", "ICRC")


def test_clean_jsonl_record_keeps_its_id_title_and_published(resources: Path) -> None:
    first = next(iter(read_file(resources / "mixed.jsonl")))
    assert isinstance(first, Document)
    article = clean(first)
    assert article.id == "kenya-manda-2020-01-05"
    assert article.title == "Al Shabaab attack on Kenya base kills three Americans"
    assert article.published.basis is DateBasis.METADATA
    assert article.published.value is not None
    assert article.published.value.isoformat() == "2020-01-05"
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize(
    "html",
    [
        b"<!DOCTYPE html><html><head><title>Page vide</title></head><body></body></html>",
        b'<!DOCTYPE html><html><head><meta charset="utf-8"><script>var x = 1;</script></head>'
        b'<body><div class="pub"></div></body></html>',
    ],
)
def test_clean_html_without_text_raises_extraction_error(html: bytes) -> None:
    [document] = list(read_bytes(html, source="vide.html"))
    assert isinstance(document, Document)
    with pytest.raises(ExtractionError) as caught:
        clean(document)
    assert caught.value.code == "E010"
    assert caught.value.record == document.id


def test_clean_html_without_text_is_skipped_by_the_pipeline(tmp_path: Path) -> None:
    empty = tmp_path / "a-vide.html"
    empty.write_bytes(b"<!DOCTYPE html><html><head><title>Vide</title></head><body></body></html>")
    report = tmp_path / "b-rapport.txt"
    report.write_text(SCRAPED_PAGE, encoding="utf-8")
    results = list(run(read_paths([tmp_path])))
    assert [type(result).__name__ for result in results] == ["Skipped", "Extraction"]
    skipped = results[0]
    assert isinstance(skipped, Skipped)
    assert (skipped.code, skipped.source, skipped.is_error) == ("E010", str(empty), True)
