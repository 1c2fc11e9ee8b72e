"""HTML pages: article body without navigation, title, canonical URL and the markup's date."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from dateline.clean.html import extract_page, parse_machine_date

BODY = (
    "<p>Des avions ont frappé mardi la ville de Deir ez-Zor, tuant six civils, selon une ONG.</p>"
)


def test_html_extract_page_english_example_metadata(examples: Path) -> None:
    page = extract_page((examples / "en-mosul-clashes.html").read_text(encoding="utf-8"))
    assert page.title == "Iraqi forces and Peshmerga battle Islamic State fighters east of Mosul"
    assert page.url == "https://example-news.org/middle-east/2016/10/20/iraq-mosul-bartella-clashes"
    assert page.published == datetime(2016, 10, 20, 9, 15, tzinfo=UTC)
    assert page.published_expression == "2016-10-20T09:15:00Z"


def test_html_extract_page_french_example_dated_by_json_ld(examples: Path) -> None:
    page = extract_page((examples / "fr-mali-attaque.html").read_text(encoding="utf-8"))
    assert isinstance(page.published, datetime)
    assert page.published.isoformat() == "2019-11-02T18:40:00+01:00"
    assert page.published_expression == "2019-11-02T18:40:00+01:00"
    assert page.url == "https://exemple-info.fr/afrique/mali-attaque-indelimane-menaka"
    assert page.title == (
        "Mali : 53 soldats tués dans l'attaque du poste d'Indelimane, revendiquée par l'EIGS"
    )


@pytest.mark.parametrize(
    ("name", "body_start", "chrome"),
    [
        (
            "en-mosul-clashes.html",
            "Iraqi counter-terrorism troops pushed into the town of Bartella",
            [
                "Share",
                "Twitter",
                "Home",
                "Related coverage",
                "Privacy policy",
                "All rights reserved",
            ],
        ),
        (
            "fr-mali-attaque.html",
            "Cinquante-trois militaires maliens et un civil ont été tués",
            ["Partager", "Facebook", "Accueil", "Économie", "Tous droits réservés", "Mentions"],
        ),
    ],
)
def test_html_extract_page_text_has_body_without_navigation(
    examples: Path, name: str, body_start: str, chrome: list[str]
) -> None:
    page = extract_page((examples / name).read_text(encoding="utf-8"))
    assert body_start in page.text
    for word in chrome:
        assert word not in page.text, word


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Frappes sur Deir ez-Zor - Exemple Info", "Frappes sur Deir ez-Zor"),
        ("Air strikes hit Deir ez-Zor | Example News", "Air strikes hit Deir ez-Zor"),
        ("Frappes sur Deir ez-Zor — Exemple Info", "Frappes sur Deir ez-Zor"),
        ("Frappes sur Deir ez-Zor", "Frappes sur Deir ez-Zor"),
    ],
)
def test_html_extract_page_title_drops_site_suffix(title: str, expected: str) -> None:
    page = extract_page(f"<html><head><title>{title}</title></head><body>{BODY}</body></html>")
    assert page.title == expected


def test_html_extract_page_og_title_beats_title_tag() -> None:
    html = (
        '<html><head><meta property="og:title" content="Raids sur Deir ez-Zor : six morts">'
        "<title>Raids | Exemple Info</title></head>"
        f"<body>{BODY}</body></html>"
    )
    assert extract_page(html).title == "Raids sur Deir ez-Zor : six morts"


def test_html_extract_page_visible_date_is_not_a_publication_date() -> None:
    html = f"<html><body><p>Publié le 14/07/2016 à 10h32</p>{BODY}</body></html>"
    page = extract_page(html)
    assert page.published is None
    assert "Deir ez-Zor" in page.text


@pytest.mark.parametrize(
    ("meta", "value"),
    [
        ('<meta name="date" content="2016-07-14">', date(2016, 7, 14)),
        (
            '<meta itemprop="datePublished" content="2016-07-14T10:32:00+03:00">',
            datetime(2016, 7, 14, 10, 32, tzinfo=timezone(timedelta(hours=3))),
        ),
        (
            '<meta name="date" content="2016-07-20">'
            '<meta property="article:published_time" content="2016-07-14T08:00:00Z">',
            datetime(2016, 7, 14, 8, 0, tzinfo=UTC),
        ),
    ],
)
def test_html_extract_page_reads_markup_date(meta: str, value: date) -> None:
    page = extract_page(f"<html><head>{meta}</head><body>{BODY}</body></html>")
    assert page.published == value
    assert type(page.published) is type(value)


def test_html_extract_page_time_element_with_pubdate() -> None:
    html = (
        '<html><body><article><time pubdate datetime="2016-07-14T10:32:00Z">14 juillet</time>'
        f"{BODY}</article></body></html>"
    )
    assert extract_page(html).published == datetime(2016, 7, 14, 10, 32, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2016-07-14", date(2016, 7, 14)),
        ("2016-10-20T09:15:00Z", datetime(2016, 10, 20, 9, 15, tzinfo=UTC)),
        (
            "  2016-10-20T09:15:00+03:00 ",
            datetime(2016, 10, 20, 9, 15, tzinfo=timezone(timedelta(hours=3))),
        ),
        ("Thu, 20 Oct 2016 09:15:00 GMT", datetime(2016, 10, 20, 9, 15, tzinfo=UTC)),
        ("20 octobre 2016", None),
        ("", None),
    ],
)
def test_html_parse_machine_date_reads_iso_and_rfc822(text: str, value: date | None) -> None:
    parsed = parse_machine_date(text)
    assert parsed == value
    assert type(parsed) is type(value)
    if isinstance(value, datetime):
        assert isinstance(parsed, datetime)
        assert parsed.utcoffset() == value.utcoffset()
