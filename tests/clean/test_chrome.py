"""Page furniture: timestamp lines, source footers, trailing chrome and repeated headlines."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from dateline.clean.chrome import (
    chrome_time,
    is_repeat,
    looks_like_headline,
    parse_sources_line,
    split_footer,
)

BODY_FIRST = "Des hélicoptères ont bombardé mardi plusieurs villages au sud d'Idleb, selon l'OSDH."
BODY_LAST = "Le bilan pourrait encore s'alourdir, a précisé l'ONG basée au Royaume-Uni."


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("22-11-2024 12:54 PM Jerusalem Timing", datetime(2024, 11, 22, 12, 54)),
        ("14/07/2016 - 10:32", datetime(2016, 7, 14, 10, 32)),
        ("Mardi 14 juillet 2016", date(2016, 7, 14)),
        ("14 juillet 2016 à 10h32 GMT", datetime(2016, 7, 14, 10, 32)),
    ],
)
def test_chrome_time_bare_timestamp_line_is_shown_time(line: str, value: date) -> None:
    found = chrome_time(line)
    assert found is not None
    assert found.kind == "shown"
    assert found.line == line
    assert found.timestamp.value == value


@pytest.mark.parametrize(
    ("line", "kind", "value"),
    [
        ("Publié le 12/07/2016 à 10:32", "published", datetime(2016, 7, 12, 10, 32)),
        ("Mis en ligne le 14/07/2016 à 08h15", "published", datetime(2016, 7, 14, 8, 15)),
        ("Published: 14 July 2016", "published", date(2016, 7, 14)),
        ("Mis à jour le 12/07/2016 à 11:05", "updated", datetime(2016, 7, 12, 11, 5)),
        ("Dernière mise à jour : 14/07/2016 à 18h40", "updated", datetime(2016, 7, 14, 18, 40)),
        ("Updated July 14, 2016 10:32 GMT", "updated", datetime(2016, 7, 14, 10, 32)),
    ],
)
def test_chrome_time_labelled_line_says_what_the_time_is(line: str, kind: str, value: date) -> None:
    found = chrome_time(line)
    assert found is not None
    assert (found.kind, found.timestamp.value) == (kind, value)


@pytest.mark.parametrize(
    "line",
    [
        "Le 14 juillet 2016, des frappes ont visé la ville de Deir ez-Zor",
        "On July 14, 2016, gunmen attacked a checkpoint near Kirkuk, police said.",
        "Des frappes ont visé la ville de Deir ez-Zor mardi soir.",
        "Publié le " + "14/07/2016 à 10h32 " + "x" * 120,
    ],
)
def test_chrome_time_sentence_with_a_date_is_not_chrome(line: str) -> None:
    assert chrome_time(line) is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Sources: AFP, Sputnik, RT, Al-Manar", ["AFP", "Sputnik", "RT", "Al-Manar"]),
        ("Source : Reuters", ["Reuters"]),
        ("(avec AFP et Reuters)", ["AFP", "Reuters"]),
        ("(Avec AFP)", ["AFP"]),
        ("[with Reuters and AP]", ["Reuters", "AP"]),
        ("Sources : AFP/Reuters", ["AFP", "Reuters"]),
        ("Sources: AFP & Reuters; SANA.", ["AFP", "Reuters", "SANA"]),
        ("Crédits : AFP", ["AFP"]),
        ("(AFP)", ["AFP"]),
        ("(AFP/Reuters)", ["AFP", "Reuters"]),
    ],
)
def test_chrome_parse_sources_line_lists_names(line: str, names: list[str]) -> None:
    assert parse_sources_line(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "Sources militaires ont indiqué que trois assaillants avaient été tués.",
        "Sources concordantes",
        "Avec AFP et Reuters",
        "Source: le ministère de la Défense a déclaré que trois soldats avaient été tués",
        "Selon des sources locales, le convoi a été visé à l'aube.",
        "(Photos)",
        "(voir la carte ci-dessous)",
    ],
)
def test_chrome_parse_sources_line_refuses_prose(line: str) -> None:
    assert parse_sources_line(line) is None


def test_chrome_split_footer_removes_sources_and_chrome_after_it() -> None:
    lines = [BODY_FIRST, "", BODY_LAST, "", "Sources: AFP, OSDH", "Vidéos - Photos", "Partager", ""]
    remaining, footer = split_footer(lines)
    assert remaining == [BODY_FIRST, "", BODY_LAST]
    assert footer.sources == ["AFP", "OSDH"]
    assert [(line.text, line.reason) for line in footer.removed] == [
        ("Sources: AFP, OSDH", "sources footer"),
        ("Vidéos - Photos", "after sources footer"),
        ("Partager", "after sources footer"),
    ]


@pytest.mark.parametrize(
    "tail",
    [
        ["Partager"],
        ["Read more: Syria's war in maps"],
        ["", "Partager", "", "Lire aussi : Alep sous les bombes", ""],
        ["Tags: Syria, Idlib", "Share this"],
    ],
)
def test_chrome_split_footer_removes_trailing_chrome_without_sources(tail: list[str]) -> None:
    remaining, footer = split_footer([BODY_FIRST, "", BODY_LAST, *tail])
    assert remaining == [BODY_FIRST, "", BODY_LAST]
    assert footer.sources == []
    assert [line.text for line in footer.removed] == [line.strip() for line in tail if line]
    assert {line.reason for line in footer.removed} == {"trailing chrome"}


@pytest.mark.parametrize(
    "last",
    [
        BODY_LAST,
        "Sources militaires ont indiqué que trois assaillants avaient été tués.",
        "Le convoi a été visé par des tirs alors qu'il quittait la ville.",
    ],
)
def test_chrome_split_footer_keeps_the_last_body_sentence(last: str) -> None:
    lines = [BODY_FIRST, "", last]
    remaining, footer = split_footer(lines)
    assert remaining == lines
    assert footer.removed == []


@pytest.mark.parametrize(
    "last",
    [
        "Video footage showed smoke rising over the port.",
        "Photos publiées par l'armée montrent un char détruit.",
    ],
)
def test_chrome_split_footer_keeps_last_sentence_starting_with_a_label_word(last: str) -> None:
    lines = [BODY_FIRST, "", last]
    remaining, _ = split_footer(lines)
    assert remaining == lines


def test_chrome_split_footer_returns_removed_lines_in_document_order() -> None:
    lines = [BODY_FIRST, "Partager", "", "Sources: AFP", "Mots-clés : Syrie, Idleb", "© 2016"]
    remaining, footer = split_footer(lines)
    assert remaining == [BODY_FIRST]
    assert footer.sources == ["AFP"]
    assert [line.text for line in footer.removed] == [
        "Partager",
        "Sources: AFP",
        "Mots-clés : Syrie, Idleb",
        "© 2016",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Syrie : 15 civils tués à Alep",
        "SYRIE : 15 CIVILS TUÉS À ALEP",
        "Syrie: 15 civils tues a Alep",
        "  Syrie :  15\u00a0civils tués à Alep.  ",
        "Syrie : 15 civil tués à Alep",
    ],
)
def test_chrome_is_repeat_matches_the_same_headline(line: str) -> None:
    assert is_repeat(line, "Syrie : 15 civils tués à Alep")


@pytest.mark.parametrize(
    "line",
    [
        "Irak : offensive sur Mossoul",
        "Syrie : l'armée reprend le contrôle d'un quartier d'Alep",
        "Au moins 15 civils ont été tués samedi dans des raids sur Alep, selon l'OSDH.",
        "",
        "« »",
    ],
)
def test_chrome_is_repeat_rejects_other_lines(line: str) -> None:
    assert not is_repeat(line, "Syrie : 15 civils tués à Alep")


@pytest.mark.parametrize(
    "line",
    [
        "Raids meurtriers au sud d'Idleb",
        "Suicide bombing outside Kabul airport kills US troops and Afghans",
        "Mali : 53 soldats tués dans l'attaque du poste d'Indelimane",
    ],
)
def test_chrome_looks_like_headline_accepts_titles(line: str) -> None:
    assert looks_like_headline(line)


@pytest.mark.parametrize(
    "line",
    [
        BODY_FIRST,
        "Syrie",
        "",
        "Des frappes ont visé Alep, ",
        "Raids meurtriers au sud d'Idleb " * 10,
    ],
)
def test_chrome_looks_like_headline_rejects_sentences_and_fragments(line: str) -> None:
    assert not looks_like_headline(line)
