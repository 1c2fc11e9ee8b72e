"""Near-duplicate articles: reprints are found, differently worded reports are not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.merge.near_duplicates import (
    DuplicateIndex,
    count_distinct,
    duplicate_settings,
    shingles,
    signature,
)

REPORTS = Path(__file__).resolve().parents[2] / "examples" / "mali-kidal-reports.jsonl"


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    """Our four Kidal reports: outlet A (French), outlet B (English), A reprinted by a
    third site under another headline with boilerplate, and A's report of a later strike."""
    records = [json.loads(line) for line in REPORTS.read_text(encoding="utf-8").splitlines()]
    return {record["id"]: record["text"] for record in records}


def test_near_duplicates_shingles_ignore_case_and_punctuation() -> None:
    assert shingles("Deux civils tués, mardi.", size=2) == shingles(
        "deux CIVILS tués mardi", size=2
    )
    assert shingles("Deux civils tués mardi", size=2) == {
        "deux civils",
        "civils tués",
        "tués mardi",
    }


def test_near_duplicates_short_text_is_one_shingle() -> None:
    assert shingles("Frappe à Kidal", size=5) == {"frappe à kidal"}


def test_near_duplicates_reprint_is_similar_other_reports_are_not(texts: dict[str, str]) -> None:
    original = signature(texts["sahel-actu-kidal-marche"])
    reprint = signature(texts["journal-du-nord-kidal-drone"])
    english = signature(texts["westafrica-wire-kidal-market"])
    later = signature(texts["sahel-actu-anefis-frappe"])
    threshold = duplicate_settings().threshold
    assert original.overlap(reprint) >= threshold
    assert reprint.overlap(original) == original.overlap(reprint)
    assert original.overlap(english) < 0.1
    assert original.overlap(later) < 0.2
    assert original.overlap(original) == 1.0


def test_near_duplicates_short_reprint_with_long_boilerplate_is_found() -> None:
    """A 30-word brief wrapped in 20 words of site furniture: Jaccard sees two different
    texts, the share of the brief found in the copy sees a reprint."""
    brief = (
        "Deux civils ont été tués mardi dans une frappe de drone sur le marché de Kidal, "
        "dans le nord du Mali, selon des sources locales jointes par téléphone dans la soirée."
    )
    copy = (
        "Lire aussi : la saison sèche inquiète les éleveurs du Sahel.\n\n"
        + brief
        + "\n\nArticle republié avec l'autorisation de Sahel Actu. Tous droits réservés."
    )
    original, reprint = signature(brief), signature(copy)
    assert original.jaccard(reprint) < duplicate_settings().threshold
    assert original.overlap(reprint) >= duplicate_settings().threshold


def test_near_duplicates_signature_is_the_same_in_every_run(texts: dict[str, str]) -> None:
    """Stored signatures compare with those of a later process: nothing random."""
    text = texts["sahel-actu-kidal-marche"]
    assert signature(text) == signature(text)
    assert len(signature(text).values) == duplicate_settings().num_perm


def test_near_duplicates_index_finds_the_reprint_only(texts: dict[str, str]) -> None:
    index = DuplicateIndex()
    for key in (
        "sahel-actu-kidal-marche",
        "westafrica-wire-kidal-market",
        "sahel-actu-anefis-frappe",
    ):
        index.add(key, signature(texts[key]))
    matches = index.matches(signature(texts["journal-du-nord-kidal-drone"]))
    assert [key for key, _ in matches] == ["sahel-actu-kidal-marche"]
    assert duplicate_settings().threshold <= matches[0][1] <= 1.0


@pytest.mark.parametrize(
    ("keys", "links", "expected"),
    [
        (["a", "b", "c"], [], 3),
        (["a", "b", "c"], [("b", "a")], 2),
        (["a", "b", "c"], [("b", "a"), ("c", "b")], 1),  # a chain of reprints is one report
        (["a", "c"], [("b", "a"), ("c", "b")], 2),  # links through an absent article do not join
        (["a"], [("a", "a")], 1),
    ],
)
def test_near_duplicates_count_distinct(
    keys: list[str], links: list[tuple[str, str]], expected: int
) -> None:
    assert count_distinct(keys, links) == expected
