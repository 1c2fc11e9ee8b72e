"""A road named by its two ends ("the Kaduna-Abuja highway", "l'axe Kaya-Dori") names two
towns, the first where a deed on it is placed; a hyphenated name the gazetteer knows, or
one no road word frames ("la base d'Elmendorf-Richardson"), stays whole. Sentences are our
own, modelled on Nigerian and Sahel security reports."""

from __future__ import annotations

import pytest

from dateline.ingest.document import make_document
from dateline.pipeline import process
from dateline.records import Format


def _places(text: str) -> list[tuple[str, str | None]]:
    document = make_document(
        text, source="test", format=Format.JSONL, is_html=False, published="2025-06-01"
    )
    return [(p.text, p.name) for p in process(document).places if p.kind == "place"]


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        (
            "Gunmen abducted 20 passengers on the Kaduna-Abuja highway on Thursday, police said.",
            ["Kaduna", "Abuja"],
        ),
        (
            "Des hommes armés ont enlevé vingt passagers sur l'axe Kaya-Dori jeudi, selon des "
            "sources locales.",
            ["Kaya", "Dori"],
        ),
    ],
)
def test_a_road_s_two_ends_are_two_towns(text: str, ends: list[str]) -> None:
    assert [written for written, _ in _places(text)] == ends


def test_a_deed_on_the_road_is_placed_at_its_first_end() -> None:
    document = make_document(
        "Gunmen abducted 20 passengers on the Kaduna-Abuja highway on Thursday, police said.",
        source="test",
        format=Format.JSONL,
        is_html=False,
        published="2025-06-01",
    )
    events = process(document).events
    assert events and events[0].place is not None
    assert events[0].place.name == "Kaduna"


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("Fighting broke out near Ivano-Frankivsk on Monday.", "Ivano-Frankivsk"),
        ("Protests spread across Guinea-Bissau on Monday.", "Guinea-Bissau"),
        (
            "Ils se sont rencontrés sur la base militaire d'Elmendorf-Richardson, à Anchorage.",
            "Elmendorf-Richardson",
        ),
    ],
)
def test_other_hyphenated_names_stay_whole(text: str, whole: str) -> None:
    assert whole in [written for written, _ in _places(text)]
