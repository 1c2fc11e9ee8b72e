"""An office title followed by a holder the dictionary does not know ("Interior Minister
Ali Khan said…", "le ministre de l'Intérieur, Moussa Diallo, a accusé…") is the office, as
the bare title is: the story country's ministry or government. A known holder keeps the
dictionary's link; a former, deputy or provincial holder links to no office."""

from __future__ import annotations

import pytest

from coding import coded, doer_of, linked_actor


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "Des manifestants ont bloqué des routes à Lahore mardi. Le ministre de "
            "l'Intérieur, Ali Khan, a accusé l'opposition de financer les casseurs.",
            "PAK.MOI",
        ),
        (
            "Des manifestants ont incendié un poste de police à Zinder lundi. Le ministre de "
            "l'Intérieur, Moussa Diallo, a accusé les partis d'opposition de fomenter des "
            "troubles.",
            "NER.MOI",
        ),
        (
            "Gunmen raided a market near Juba on Sunday. Information Minister Peter Lual accused "
            "the rebels of attacking civilians.",
            "SSD.GOV",
        ),
    ],
)
def test_title_with_an_unknown_holder_is_the_office(text: str, doer: str) -> None:
    assert doer_of(text, "ACCUSE") == doer, coded(text)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # a former holder is not the office
            "Protesters blocked roads in Lahore on Tuesday. Former Interior Minister Ali "
            "Khan accused the police of brutality.",
            "Interior Minister",
        ),
        (  # a province's minister, not the state's
            "Protesters blocked roads in Lahore on Tuesday. Punjab Home Minister Ali Khan "
            "accused the police of brutality.",
            "Home Minister",
        ),
        (  # a complement makes another office, whatever name follows
            "Des shebab ont attaqué une base près de Garowe. Le ministre de l'Intérieur du "
            "Puntland, Ahmed Farah, a accusé les shebab de vouloir déstabiliser la région.",
            "Le ministre",
        ),
    ],
)
def test_qualified_title_with_a_name_links_to_no_office(text: str, title: str) -> None:
    assert linked_actor(text, title) is None


def test_known_holder_keeps_the_dictionary_link() -> None:
    """ "the interior minister, Mohsin Naqvi": the dictionary's person, not the title."""
    text = (
        "Protesters blocked roads in Lahore on Tuesday. The interior minister, Mohsin Naqvi, "
        "accused the opposition of inciting violence."
    )
    assert linked_actor(text, "Mohsin") == "PER.NAQVI_MOHSIN"
    assert linked_actor(text, "The interior") is None
