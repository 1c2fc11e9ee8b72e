"""Who did a deed when the report names them loosely: in a "par"/"by" phrase the parser
did not label as an agent (the doer, not the target, unless another verb owns the phrase),
or as the suspect of a later sentence ("L'EIGS est soupçonné")."""

from __future__ import annotations

import pytest

from coding import coded, events_of


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "Un poste de l'armée nigérienne a été attaqué dans la nuit de lundi à mardi à "
            "Tassia, dans la région de Tillabéri, par des éléments de l'EIGS, selon une "
            "source locale.",
            "GRP.IS_SAHEL",
        ),
        (
            "Au moins 40 fidèles ont été tués vendredi dans l'attaque d'une mosquée du "
            "village de Kaigou, près de Torodi, dans l'ouest du Niger, par des combattants "
            "de l'État islamique au Sahel, a annoncé le gouvernement.",
            "GRP.IS_SAHEL",
        ),
    ],
)
def test_loose_agent_is_the_doer(text: str, actor1: str) -> None:
    doers = [e.actor1.canonical_id for e in events_of(text) if e.actor1 is not None]
    assert doers[:1] == [actor1], coded(text)


def test_loose_agent_of_another_verb_is_not_the_doer() -> None:
    text = (
        "Des milliers de personnes ont défilé samedi à Dakar pour exiger le maintien de "
        "l'élection, reportée sine die par le président Macky Sall."
    )
    marches = [e for e in events_of(text) if e.plover_type == "PROTEST"]
    assert marches and all(e.actor1 is None for e in marches), coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le 2 juin 2025, un camion de l'armée nigérienne a sauté sur une mine près de "
        "Banibangou. Quatre soldats ont été tués. L'EIGS est soupçonné.",
        "Gunmen killed six farmers near Djibo on Sunday, residents said. JNIM militants are "
        "suspected.",
    ],
)
def test_suspect_named_in_a_later_sentence_is_the_doer(text: str) -> None:
    attacks = [e for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert attacks and all(
        e.actor1 is not None and e.actor1.canonical_id in ("GRP.IS_SAHEL", "GRP.JNIM")
        for e in attacks
    ), coded(text)
