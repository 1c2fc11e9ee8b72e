"""The [merge] settings: shipped values load, unusable ones are refused by name (E021)."""

from __future__ import annotations

import pytest

from dateline.errors import MergeError
from dateline.merge.config import merge_values
from dateline.merge.corroborate import MergeRules, merge_rules
from dateline.merge.near_duplicates import DuplicateSettings, duplicate_settings

RULES = {
    "max_distance_km": "25",
    "day_tolerance": "1",
    "max_interval_days": "7",
    "same_plover_types": "Strategic developments; Protests",
    "actor_hierarchy": "yes",
    "max_component": "400",
}
DUPLICATES = {
    "shingle_words": "5",
    "num_perm": "128",
    "seed": "1",
    "duplicate_threshold": "0.8",
    "lsh_threshold": "0.4",
}


def test_merge_config_shipped_settings_load() -> None:
    rules = merge_rules()
    assert rules.max_distance_km == 25
    assert rules.day_tolerance == 1
    assert "Strategic developments" in rules.same_plover_types
    assert duplicate_settings().num_perm == 128
    assert set(merge_values(["seed"])) == {"seed"}


def test_merge_config_reads_semicolon_separated_types() -> None:
    rules = MergeRules.from_values(RULES)
    assert rules.same_plover_types == {"Strategic developments", "Protests"}
    assert rules.actor_hierarchy is True


@pytest.mark.parametrize(
    ("key", "value", "detail"),
    [
        ("max_distance_km", "-5", "at least 0"),
        ("max_distance_km", "25 km", "not a number"),
        ("day_tolerance", "1.5", "not a whole number"),
        ("actor_hierarchy", "maybe", "yes or no"),
        ("max_component", "0", "at least 1"),
    ],
)
def test_merge_config_refuses_unusable_rules(key: str, value: str, detail: str) -> None:
    with pytest.raises(MergeError) as raised:
        MergeRules.from_values(RULES | {key: value})
    assert raised.value.code == "E021"
    assert raised.value.key == key
    assert f"[merge] {key} = {value!r}" in raised.value.reason
    assert detail in raised.value.reason


@pytest.mark.parametrize(
    ("key", "value"),
    [("duplicate_threshold", "1.2"), ("lsh_threshold", "0"), ("num_perm", "8"), ("seed", "-1")],
)
def test_merge_config_refuses_unusable_duplicate_settings(key: str, value: str) -> None:
    with pytest.raises(MergeError) as raised:
        DuplicateSettings.from_values(DUPLICATES | {key: value})
    assert (raised.value.code, raised.value.key) == ("E021", key)
