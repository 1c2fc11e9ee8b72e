"""A state named as where a group is based (issue 5: actor1 of attacks blamed on it).

"a front of the Pakistan-based Jaish-e-Mohammed": Pakistan is where the group sits, not a
party, as with "Iran-backed"; the group blamed is the attack's doer and the police blaming it
are the country's where the attack happened."""

from __future__ import annotations

from coding import coded, events_of


def test_a_group_based_in_a_state_is_blamed_not_the_state() -> None:
    text = (
        "SRINAGAR (Reuters) - Suspected militants shot dead two labourers in an orchard in "
        "Kishtwar district on Thursday, police said. Police blamed the Kashmir Tigers, which they "
        "describe as a front of the Pakistan-based Jaish-e-Mohammed."
    )
    attacks = [e for e in events_of(text) if e.acled_subtype == "Attack"]
    assert attacks and attacks[0].actor1 is not None, coded(text)
    assert attacks[0].actor1.canonical_id == "GRP.JEM_PAK"
