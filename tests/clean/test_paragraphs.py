"""Paragraphs of the body and their offsets: blank lines, NBSP breaks, hard-wrapped copy."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.clean.paragraphs import (
    PARAGRAPH_BREAK,
    is_hard_wrapped,
    join_paragraphs,
    paragraphs_from_lines,
)

FIRST = "Un obus est tombé mardi sur le marché central de Kherson."
SECOND = "Trois personnes ont été tuées et onze blessées, selon le gouverneur."
THIRD = "Les secours ont fouillé les décombres jusqu'à la tombée de la nuit."


@pytest.mark.parametrize(
    "lines",
    [
        [FIRST, "", SECOND, "", "", THIRD],
        [FIRST, "\u00a0", SECOND, "\u00a0 \u00a0", THIRD],
        ["", FIRST, "   ", SECOND, "\u200b", THIRD, ""],
    ],
)
def test_paragraphs_blank_and_nbsp_lines_are_breaks(lines: list[str]) -> None:
    assert paragraphs_from_lines(lines) == [FIRST, SECOND, THIRD]


def test_paragraphs_hard_wrapped_text_is_joined(resources: Path) -> None:
    lines = (resources / "en-report-wrapped.txt").read_text(encoding="utf-8").split("\n")
    assert is_hard_wrapped(lines)
    paragraphs = paragraphs_from_lines(lines)
    assert len(paragraphs) == 4
    assert paragraphs[0] == "Suicide bombing outside Kabul airport kills US troops and Afghans"
    assert paragraphs[1].startswith(
        "KABUL, Aug 26 (Dateline News) - A suicide bomber struck crowds of Afghans"
    )
    assert paragraphs[1].endswith("evacuations before the Aug. 31 deadline.")
    assert "Baron Hotel, a few hundred metres away." in paragraphs[2]
    assert paragraphs[3].startswith("General Frank McKenzie")
    assert paragraphs[3].endswith("they had received dozens of wounded.")
    assert all("\n" not in paragraph and "  " not in paragraph for paragraph in paragraphs)


def test_paragraphs_one_sentence_per_line_is_not_joined() -> None:
    lines = [FIRST, SECOND, THIRD, "Le maire a décrété trois jours de deuil."]
    assert not is_hard_wrapped(lines)
    assert paragraphs_from_lines(lines) == lines


def test_paragraphs_line_broken_mid_sentence_continues_in_lower_case() -> None:
    lines = ["Un obus est tombé mardi sur le marché", "central de Kherson.", SECOND]
    assert paragraphs_from_lines(lines) == [
        "Un obus est tombé mardi sur le marché central de Kherson.",
        SECOND,
    ]


@pytest.mark.parametrize(
    "paragraphs",
    [
        [FIRST],
        [FIRST, SECOND, THIRD],
        ["Kyiv frappée par des drones", "« Nous resterons », a dit le maire.", "Sources : AFP"],
    ],
)
def test_paragraphs_join_spans_slice_back_to_each_paragraph(paragraphs: list[str]) -> None:
    text, spans = join_paragraphs(paragraphs)
    assert [text[span.start : span.end] for span in spans] == paragraphs
    assert text == PARAGRAPH_BREAK.join(paragraphs)


def test_paragraphs_join_of_nothing_is_empty() -> None:
    assert join_paragraphs([]) == ("", ())


def test_paragraphs_page_lines_each_starting_with_a_capital_are_not_wrapping() -> None:
    lines = [
        "Publié le 12/06/2024 à 08h14 - Mis à jour le 12/06/2024 à 10h02",
        "RDC : au moins 40 morts dans une attaque des ADF près de Lubero",
        "RDC : au moins 40 morts dans une attaque des ADF près de Lubero",
        "Des rebelles ont tué au moins 40 personnes dans la nuit de lundi à mardi près de Lubero.",
    ]
    assert not is_hard_wrapped(lines)
    assert len(paragraphs_from_lines(lines)) == 4
