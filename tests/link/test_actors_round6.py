"""Actors the linker missed on unseen reports (issue 5, round 6): a state body named with
its seat ("le gouvernement de Juba") belongs to the seat's country, whatever the story's
other countries."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.records import Extraction

Extract = Callable[[str, str], Extraction]


def _ids(extraction: Extraction) -> dict[str, str]:
    """Each mention's text and the id it links to."""
    return {actor.text: actor.canonical_id for actor in extraction.actors}


@pytest.mark.parametrize(
    ("text", "lang", "mention", "actor_id"),
    [
        (
            "L'Union européenne a reconduit mardi ses sanctions contre le Soudan du Sud, avec "
            "le soutien de la France et de l'Allemagne. Le gouvernement de Juba a jugé la "
            "décision injuste.",
            "fr",
            "Le gouvernement",
            "SSD.GOV",
        ),
        (
            "Israeli jets struck an arms depot near Beirut on Monday, Lebanese officials said. "
            "The government in Damascus condemned the raid.",
            "en",
            "The government",
            "SYR.GOV",
        ),
        (
            "Au Liban, le régime de Damas a accusé Beyrouth de laisser passer des armes.",
            "fr",
            "régime de Damas",
            "SYR.GOV",
        ),
    ],
)
def test_linker_body_of_a_named_seat(
    extract: Extract, text: str, lang: str, mention: str, actor_id: str
) -> None:
    assert _ids(extract(text, lang)).get(mention) == actor_id


@pytest.mark.parametrize(
    ("text", "lang", "mention", "actor_id"),
    [
        (
            "Prime Minister Nikol Pashinyan's government rejected the demand on Tuesday.",
            "en",
            "Nikol Pashinyan's government",
            "ARM.GOV",
        ),
        (
            "Le gouvernement de Benjamin Netanyahu a approuvé dimanche le plan de trêve.",
            "fr",
            "gouvernement de Benjamin Netanyahu",
            "ISR.GOV",
        ),
    ],
)
def test_linker_government_a_leader_owns(
    extract: Extract, text: str, lang: str, mention: str, actor_id: str
) -> None:
    assert _ids(extract(text, lang)).get(mention) == actor_id
