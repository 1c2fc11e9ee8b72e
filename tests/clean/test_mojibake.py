"""Mojibake repair: damaged words fixed and recorded, the author's typography left alone."""

from __future__ import annotations

import pytest

from dateline.clean.mojibake import normalise_spaces, repair_text


@pytest.mark.parametrize(
    ("damaged", "fixed", "before", "after"),
    [
        (
            "DeuxiÃ¨me vague de frappes sur Tadmor",
            "Deuxième vague de frappes sur Tadmor",
            "DeuxiÃ¨me",
            "Deuxième",
        ),
        (
            "Un cafÃƒÂ© a été touché par un obus",
            "Un café a été touché par un obus",
            "cafÃƒÂ©",
            "café",
        ),
        (
            "Les secours sont arrivÃ©s dans la nuit",
            "Les secours sont arrivés dans la nuit",
            "arrivÃ©s",
            "arrivés",
        ),
    ],
)
def test_mojibake_repair_text_fixes_and_records_the_word(
    damaged: str, fixed: str, before: str, after: str
) -> None:
    text, repairs = repair_text(damaged)
    assert text == fixed
    assert [(r.kind, r.before, r.after) for r in repairs] == [("mojibake", before, after)]


def test_mojibake_repair_text_records_adjacent_words_together() -> None:
    text, repairs = repair_text("DeuxiÃ¨me sÃ©rie de bombardements")
    assert text == "Deuxième série de bombardements"
    assert len(repairs) == 1
    assert repairs[0].kind == "mojibake"
    assert "DeuxiÃ¨me" in repairs[0].before
    assert repairs[0].after.startswith("Deuxième")


def test_mojibake_repair_text_keeps_lines_apart() -> None:
    text, repairs = repair_text("Alep, mardi\nDeuxiÃ¨me journée de raids\n\nBilan provisoire")
    assert text == "Alep, mardi\nDeuxième journée de raids\n\nBilan provisoire"
    assert [r.after for r in repairs] == ["Deuxième"]


@pytest.mark.parametrize(
    "clean",
    [
        "L’armée a dénoncé « une provocation » à Gaza.",
        "Le porte-parole a parlé d’un « acte odieux »… avant de quitter la salle.",
        "“We will respond,” the minister said, according to Reuters.",
        "Les forces d’Haftar contrôlent l’aéroport depuis l’été.",
        "Ｔｅｓｔ : caractères pleine chasse conservés",
    ],
)
def test_mojibake_repair_text_leaves_clean_text_alone(clean: str) -> None:
    assert repair_text(clean) == (clean, [])


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Alep\u00a0:\u00a0 cinq morts", "Alep : cinq morts"),
        ("  Tadmor\u200b-Palmyre  ", "Tadmor-Palmyre"),
        ("\u00a0 \u00a0", ""),
        ("Kyiv\tfrappée\u00adpar des drones", "Kyiv frappéepar des drones"),
    ],
)
def test_mojibake_normalise_spaces_collapses_runs_and_drops_invisibles(
    line: str, expected: str
) -> None:
    assert normalise_spaces(line) == expected
