"""Who is actor1 of a statement or a deployment: a capital that sends troops stays the
government that orders it ("New Delhi a dépêché…"), and a name set right after a
nationality's common noun is the doer it describes ("Israeli rights group B'Tselem
accused…")."""

from __future__ import annotations

import pytest

from coding import doer_of


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "New Delhi a dépêché jeudi 2 000 paramilitaires supplémentaires dans l'État de "
            "Manipur après de nouvelles violences.",
            "IND.GOV",
        ),
        (
            "Abuja a promis mardi de renforcer son dispositif militaire dans l'État de Benue "
            "après la mort de douze villageois.",
            "NGA.GOV",
        ),
    ],
)
def test_statement_doers_capital_sending_troops_is_not_the_army(text: str, doer: str) -> None:
    assert doer_of(text, "MOBILIZE") == doer


def test_statement_doers_army_sending_troops_is_still_the_army() -> None:
    text = "L'armée nigériane a déployé 500 soldats à Maiduguri samedi."
    assert doer_of(text, "MOBILIZE") == "NGA.MIL"


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "Israeli troops razed six houses near Hebron on Tuesday, residents said. Israeli "
            "rights group B'Tselem accused the army of collective punishment.",
            "NGO.BTSELEM",
        ),
        (
            "Le groupe armé congolais CODECO a accusé l'armée de soutenir une milice rivale.",
            "GRP.CODECO",
        ),
    ],
)
def test_statement_doers_name_after_a_nationality_noun(text: str, doer: str) -> None:
    assert doer_of(text, "ACCUSE") == doer


def test_statement_doers_two_nationalities_are_two_sides() -> None:
    text = "Rwandan and Mozambican troops retook the port town of Palma from the insurgents."
    assert doer_of(text, "ASSAULT") == "RWA.MIL"
