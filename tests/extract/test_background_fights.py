"""Fights a sentence only mentions (issue 5: precision of Battles).

People who fled fighting, a pause, a halt or an end called for in the fighting: the fight is
background, not an armed clash of the report. The deed the sentence tells is still coded."""

from __future__ import annotations

import pytest

from coding import coded, events_of

CLASH = "Armed clash"

# (report, the sub-type the sentence does tell, or None when it tells no violence)
MENTIONS: list[tuple[str, str | None]] = [
    (
        "On 11 July 2025, a military jet bombed a monastery in Sagaing, killing 23 people, "
        "including children who had fled fighting nearby, residents said.",
        "Air/drone strike",
    ),
    (
        "Le 2 mai 2024, un drone a frappé une école d'El Fasher abritant des familles fuyant "
        "les combats, tuant 12 personnes.",
        "Air/drone strike",
    ),
    (
        "On 28 July 2025, Israel announced daily 'tactical pauses' in fighting in parts of Gaza "
        "to let aid convoys move.",
        None,
    ),
    (
        "Le 13 juin 2024, le Conseil de sécurité de l'ONU a exigé que les FSR mettent fin aux "
        "combats autour d'El Fasher.",
        None,
    ),
    ("On 3 May 2024, the UN called for a halt to the fighting in El Fasher.", None),
]


@pytest.mark.parametrize(("text", "told"), MENTIONS)
def test_a_fight_only_mentioned_is_no_clash(text: str, told: str | None) -> None:
    subtypes = [e.acled_subtype for e in events_of(text)]
    assert CLASH not in subtypes, coded(text)
    if told:
        assert told in subtypes, coded(text)


def test_a_clash_ending_a_lull_is_still_a_clash() -> None:
    text = (
        "On 3 May 2024, Israeli troops and Hamas fighters clashed in Rafah, ending a lull in "
        "the fighting."
    )
    assert CLASH in [e.acled_subtype for e in events_of(text)], coded(text)
