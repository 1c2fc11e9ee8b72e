"""Two pattern and folding shortcuts must give exactly what the plain forms gave: text
folded through a translation table, and demonyms matched through a grouped alternation."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.data import read_tsv
from dateline.link.actors.dictionary import fold_char, fold_text
from dateline.link.places.recognise import _demonym_pattern

SENTENCES = [
    "Des bombardiers russes et des drones turcs ont frappé des positions kurdes (pas un pays).",
    "Les forces maliennes et l'armée nigérienne ont repoussé l'attaque ; un Franco-Malien tué.",
    "Russian-controlled areas were shelled by Ukrainian artillery, the Russian ministry said.",
    "Nord-américains, SUD-AFRICAINS et Sud‐Soudanais : trois délégations à Addis-Abeba.",
    "Israeli strikes hit Gaza as Palestinian, Egyptian and Qatari mediators met in Cairo.",
]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_dictionary_fold_text_is_fold_char_on_every_character(text: str) -> None:
    expected = "".join(fold_char(char) for char in text).replace("’", "'")
    assert fold_text(text) == expected
    assert len(fold_text(text)) == len(text)


def test_dictionary_fold_text_folds_accents_case_and_apostrophes() -> None:
    assert fold_text("L’armée ÉGYPTIENNE à Gaza") == "l'armee egyptienne a gaza"


def _flat_demonym_pattern() -> re.Pattern[str]:
    """The pattern as it was written before grouping: every form in one alternation."""
    written = sorted({row["form"] for row in read_tsv("places/demonyms")}, key=len, reverse=True)
    alternatives = "|".join(re.escape(form).replace(r"\-", r"[\-‐ ]") for form in written)
    return re.compile(rf"(?<![\w\-‐])(?:{alternatives})(?!\w)", re.IGNORECASE)


def test_recognise_demonym_pattern_matches_like_one_flat_alternation() -> None:
    flat, grouped = _flat_demonym_pattern(), _demonym_pattern()[0]
    forms = sorted({row["form"] for row in read_tsv("places/demonyms")})[::4]
    texts = SENTENCES + [
        f"Les {form.upper()}, des {form}s, l'ex-{form} et {form.title()}-{form} ({form}x)"
        for form in forms
    ]
    for text in texts:
        expected = [(m.start(), m.end()) for m in flat.finditer(text)]
        assert [(m.start(), m.end()) for m in grouped.finditer(text)] == expected, text
    assert [m.group() for m in grouped.finditer(SENTENCES[0])] == ["russes", "turcs"]
