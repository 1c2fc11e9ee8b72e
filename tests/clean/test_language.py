"""Language identification, restricted to supported languages plus distractors."""

from __future__ import annotations

import pytest

from dateline.clean.language import identify


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Des hélicoptères de l'armée ont bombardé mardi plusieurs villages au sud d'Idleb, "
            "faisant au moins six morts parmi les civils, selon une ONG.",
            "fr",
        ),
        (
            "Gunmen attacked a police checkpoint near Kirkuk on Tuesday night, killing two "
            "officers and wounding three others, a security source said.",
            "en",
        ),
        (
            "Hombres armados atacaron el martes un puesto de control cerca de la frontera, "
            "matando a dos policías, según fuentes de seguridad.",
            "es",
        ),
    ],
)
def test_language_identify_names_the_language(text: str, lang: str) -> None:
    found, confidence = identify(text)
    assert found == lang
    assert 0.5 <= confidence <= 1.0


@pytest.mark.parametrize("text", ["", "Alep", "Frappes à Alep", "   \n\n   "])
def test_language_identify_too_short_is_unknown(text: str) -> None:
    assert identify(text) == (None, 0.0)
