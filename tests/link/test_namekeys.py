"""Fuzzy place matching scores only the keys that can reach the cutoff; the index that
picks them must never leave out one that does, or typos would silently stop resolving."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz, process

from dateline.link.places.gazetteer import Gazetteer, cache_path
from dateline.link.places.namekeys import NameKeys
from dateline.link.places.resolve import fuzzy_candidates

# Short lower-case keys over a small alphabet, so that near matches are common.
keys = st.text(alphabet="abdehilmorstu -", min_size=0, max_size=12)


def _matching(table: NameKeys, key: str, cutoff: float) -> set[str]:
    found = process.extract(key, table.keys, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None)
    return {name for name, _, _ in found}


@settings(max_examples=300, deadline=None)
@given(
    names=st.lists(keys, min_size=1, max_size=40), key=keys, cutoff=st.sampled_from([60, 80, 90])
)
def test_namekeys_could_match_keeps_every_key_that_matches(
    names: list[str], key: str, cutoff: int
) -> None:
    table = NameKeys.build((name, entry) for entry, name in enumerate(names))
    kept, entries = table.could_match(key, cutoff)
    assert _matching(table, key, cutoff) <= set(kept)
    pairs = zip(kept, entries, strict=True)
    assert all(table.entries[table.keys.index(name)] == entry for name, entry in pairs)


def test_namekeys_a_key_keeps_its_first_entry() -> None:
    table = NameKeys.build([("homs", 7), ("hama", 8), ("homs", 9)])
    assert dict(zip(table.keys, table.entries, strict=True)) == {"homs": 7, "hama": 8}


def test_namekeys_could_match_leaves_out_unlike_names() -> None:
    table = NameKeys.build(
        [
            ("tadmur", 1),
            ("tadmor", 2),
            ("damascus", 3),
            ("aleppo", 4),
            ("t", 5),
            ("tadmurtadmur", 6),
        ]
    )
    kept, entries = table.could_match("tadmour", 80)
    assert set(kept) == {"tadmur", "tadmor"}
    assert sorted(entries) == [1, 2]


@pytest.mark.parametrize(
    ("typo", "countries", "expected"),
    [("Hom", {"SY"}, "Homs"), ("Tadmour", {"SY"}, "Tadmur"), ("Mogadiscio", {"SO"}, "Mogadishu")],
)
def test_resolve_fuzzy_candidates_find_the_place_of_a_damaged_name(
    gazetteer: Gazetteer, typo: str, countries: set[str], expected: str
) -> None:
    found = fuzzy_candidates(gazetteer, typo, countries)
    assert expected in {gazetteer.place(candidate.index).name for candidate in found}
    assert all(gazetteer.place(candidate.index).country in countries for candidate in found)
    assert [c.quality for c in found] == sorted((c.quality for c in found), reverse=True)


def _same(one: NameKeys, other: NameKeys) -> bool:
    return (
        one.keys == other.keys
        and one.entries == other.entries
        and np.array_equal(one.lengths, other.lengths)
        and one.bigrams.keys() == other.bigrams.keys()
        and all(
            np.array_equal(one.bigrams[name][0], other.bigrams[name][0])
            and np.array_equal(one.bigrams[name][1], other.bigrams[name][1])
            for name in one.bigrams
        )
    )


@pytest.mark.parametrize(
    "named",
    [
        [("tadmur", 3), ("palmyre", 3), ("homs", 9), ("hama", 11), ("", 12), ("al qusayr", 20)],
        [("", 5)],
        [],
    ],
)
def test_namekeys_save_then_load_gives_the_same_table(
    tmp_path: Path, named: list[tuple[str, int]]
) -> None:
    table = NameKeys.build(named)
    table.save(tmp_path / "SY.npz")
    loaded = NameKeys.load(tmp_path / "SY.npz")
    assert _same(loaded, table)
    assert loaded.could_match("tadmour", 80) == table.could_match("tadmour", 80)
    assert not list(tmp_path.glob(".*partial"))


def test_gazetteer_name_keys_are_saved_beside_the_index_and_read_back(tmp_path: Path) -> None:
    index = tmp_path / cache_path().name
    index.symlink_to(cache_path())
    built = Gazetteer(index).name_keys("LB")
    assert "beyrouth" in built.keys
    [saved] = tmp_path.glob("*-namekeys-*/LB.npz")
    assert _same(NameKeys.load(saved), built)
    # A later process reads the saved table rather than folding the names again.
    NameKeys.build([("sentinel", 1)]).save(saved)
    assert Gazetteer(index).name_keys("LB").keys == ("sentinel",)
