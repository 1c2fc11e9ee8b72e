"""Weapons named in a sentence are found in one pass over it (an Aho-Corasick automaton
of all the weapons' names); what is found must be what a search per weapon finds."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.extract.events import _weapons
from dateline.extract.lexicon import Weapon, weapons
from dateline.link.actors.dictionary import fold_text


@dataclass(frozen=True)
class _Sentence:
    """What the weapon search reads of a parsed sentence."""

    text: str
    start_char: int = 0


def _one_search_per_weapon(sent: _Sentence, offset: int) -> list[tuple[Weapon, tuple[int, int]]]:
    """The search as first written: ``str.find`` for each weapon in turn."""
    text = fold_text(sent.text)
    hits = []
    for weapon in weapons():
        start = 0
        while (index := text.find(weapon.folded, start)) >= 0:
            end = index + len(weapon.folded)
            if text[end : end + 1] == "s" and not text[end + 1 : end + 2].isalnum():
                end += 1
            start = end
            before = text[index - 1] if index else " "
            after = text[end] if end < len(text) else " "
            if before.isalnum() or after.isalnum():
                continue
            written = sent.text[index:end]
            if len(weapon.name) < 4 and written != weapon.name:
                continue
            base = offset + sent.start_char
            hits.append((weapon, (base + index, base + end)))
    hits.sort(key=lambda hit: (hit[1][0], -(hit[1][1] - hit[1][0])))
    kept: list[tuple[Weapon, tuple[int, int]]] = []
    for hit in hits:
        if all(hit[1][1] <= k[1][0] or k[1][1] <= hit[1][0] for k in kept):
            kept.append(hit)
    return kept


def _found(sent: _Sentence, offset: int = 0) -> list[tuple[str, tuple[int, int]]]:
    context: Any = None  # the search does not read the extraction's context
    return [(weapon.name, span) for weapon, span in _weapons(sent, offset, context)]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "Des drones kamikazes et des missiles de croisière ont frappé Kyiv.",
            ["drones", "missiles"],
        ),
        ("The militants fired mortars and RPGs at the base, then used an IED.", ["mortars", "IED"]),
        (
            "Un obus de mortier, puis des roquettes Grad, selon l'armée.",
            ["obus", "mortier", "roquettes", "Grad"],
        ),
        ("Aucune arme n'a été retrouvée sur place.", []),
    ],
)
def test_weapon_finder_finds_what_a_search_per_weapon_finds(text: str, written: list[str]) -> None:
    sent = _Sentence(text, start_char=12)
    found = _found(sent, offset=100)
    expected = [(weapon.name, span) for weapon, span in _one_search_per_weapon(sent, 100)]
    assert found == expected
    assert [text[start - 112 : end - 112] for _, (start, end) in found] == written


# Sentences made of weapon names (as written, in capitals, plural, glued to other words)
# and filler: overlapping and repeated names are where a single pass could go wrong.
_NAMES = sorted({weapon.name for weapon in weapons()})
_PIECES = st.one_of(
    st.sampled_from(_NAMES),
    st.sampled_from(_NAMES).map(str.upper),
    st.sampled_from(_NAMES).map(lambda name: f"{name}s"),
    st.sampled_from([" ", ", ", "-", "x", "s ", " de ", " des ", " and ", "’", "é"]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=12).map("".join))
def test_weapon_finder_agrees_with_a_search_per_weapon_on_any_text(text: str) -> None:
    sent = _Sentence(text)
    expected = [(weapon.name, span) for weapon, span in _one_search_per_weapon(sent, 0)]
    assert _found(sent) == expected
