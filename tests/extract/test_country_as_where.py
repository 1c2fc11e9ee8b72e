"""A country named as a part of the map or a launch site (issue 5: actor1).

"dans le sud d'Israël", "in northern Mali", "un drone lancé depuis le Yémen", "fired from
Lebanon": where things happened or came from, not who acted. The group that claims the
attack is its doer, as ACLED codes it."""

from __future__ import annotations

import pytest

from coding import coded, events_of


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "Le 25 septembre 2024, un drone lancé depuis le Yémen s'est abattu dans une zone "
            "touristique d'Eilat, dans le sud d'Israël, blessant une vingtaine de personnes. Les "
            "Houthis ont revendiqué l'attaque.",
            "GRP.HOUTHI",
        ),
        (
            "On 22 September 2024, dozens of rockets fired from Lebanon hit the town of Kiryat "
            "Shmona in northern Israel, causing fires. Hezbollah claimed the attack.",
            "GRP.HEZBOLLAH",
        ),
    ],
)
def test_the_claimant_not_the_country(text: str, doer: str) -> None:
    attacks = [e for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert attacks and attacks[0].actor1 is not None, coded(text)
    assert attacks[0].actor1.canonical_id == doer
