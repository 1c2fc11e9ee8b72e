"""An attack put down to a group through a pronoun (issue 5: actor1 from attributions).

"L'attentat n'a pas été revendiqué, mais l'armée l'a attribué aux jihadistes de Boko Haram":
"l'" stands for the attack just told, so the group it is put down to is its doer."""

from __future__ import annotations

from coding import coded, events_of


def test_an_attack_attributed_through_a_pronoun() -> None:
    text = (
        "Le 23 septembre 2024, un kamikaze s'est fait exploser au passage d'un convoi de "
        "l'armée nigériane près de Konduga, tuant trois soldats. L'attentat n'a pas été "
        "revendiqué, mais l'armée l'a attribué aux jihadistes de Boko Haram."
    )
    bombs = [e for e in events_of(text) if e.acled_subtype == "Suicide bomb"]
    assert bombs and bombs[0].actor1 is not None, coded(text)
    assert bombs[0].actor1.canonical_id == "GRP.BOKO_HARAM"
