"""Office titles written bare, with no state and no name ("Le ministre de l'Intérieur a
accusé…", "the president condemned…"): the story country's ministry or government, or the
head of state named last before the title; a title with a complement, an owner, a former
holder or a story naming no town of one country stays unlinked (``actors/titles.tsv``; a
title followed by a name: test_titled_names.py)."""

from __future__ import annotations

import pytest

from coding import coded, doer_of, events_of, linked_actor


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "À Mombasa, des manifestants ont saccagé un poste de police mardi. Le ministre de "
            "l'Intérieur a accusé l'opposition de financer les casseurs.",
            "KEN.MOI",
        ),
        (
            "Protesters set fire to a police post in Karachi on Monday. The interior minister "
            "accused opposition leaders of inciting the violence.",
            "PAK.MOI",
        ),
        (
            "Des manifestants ont bloqué des routes à Lahore mardi. Le Premier ministre a "
            "accusé l'opposition de semer le chaos.",
            "PAK.GOV",
        ),
    ],
)
def test_bare_title_is_the_story_country_s_office(text: str, doer: str) -> None:
    assert doer_of(text, "ACCUSE") == doer, coded(text)


def test_bare_president_is_the_head_of_state_named_before() -> None:
    """ "Nicolás Maduro … Le président a accusé": the president named last before."""
    text = (
        "Des policiers ont arrêté des dizaines d'opposants à Maracaibo après la réélection de "
        "Nicolás Maduro. Le président a accusé ses adversaires de préparer un coup d'État."
    )
    event = next((e for e in events_of(text) if e.plover_type == "ACCUSE"), None)
    assert event is not None and event.actor1 is not None, coded(text)
    assert (event.actor1.canonical_id, event.actor1.person) == (
        "VEN.GOV",
        "PER.MADURO_NICOLAS",
    ), coded(text)


def test_bare_president_is_the_holder_on_the_story_date() -> None:
    """No president named before: the story country's head of state that day."""
    text = (
        "Gunmen killed twelve farmers near Jos on Sunday. The president condemned the killings "
        "and accused local politicians of shielding the gunmen."
    )
    event = next((e for e in events_of(text) if e.plover_type == "ACCUSE"), None)
    assert event is not None and event.actor1 is not None, coded(text)
    assert (event.actor1.canonical_id, event.actor1.person) == (
        "NGA.GOV",
        "PER.TINUBU_BOLA",
    ), coded(text)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # a complement makes another office
            "Des hommes armés ont tué douze villageois près de Jos dimanche. Le président du "
            "conseil local a accusé des éleveurs armés de ces tueries.",
            "Le président",
        ),
        (  # a region's minister, not the state's
            "Des shebab ont attaqué une base près de Garowe. Le ministre de l'Intérieur du "
            "Puntland a accusé les shebab de vouloir déstabiliser la région.",
            "Le ministre",
        ),
        (  # whose party, not who
            "Protesters blocked roads in Lahore on Tuesday. The president's party accused the "
            "police of brutality.",
            "The president",
        ),
        (  # a former holder is not the office
            "Des manifestants ont bloqué des routes à Lahore mardi. L'ancien Premier ministre a "
            "accusé la police de brutalité.",
            "Premier ministre",
        ),
        (  # the one country named is the other side's: no town, no guess
            "Le chef de la diplomatie a accusé le Rwanda de soutenir les rebelles.",
            "Le chef",
        ),
    ],
)
def test_title_that_is_not_bare_links_to_no_office(text: str, title: str) -> None:
    assert linked_actor(text, title) is None
