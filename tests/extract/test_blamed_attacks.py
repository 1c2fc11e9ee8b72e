"""An unclaimed attack put down to a side by a noun rather than a verb of blaming ("the
bombing bore the hallmarks of al-Shabaab", "porte la marque de Boko Haram", "les soupçons se
portent sur le JNIM") takes that side as actor1 when its own clause names no doer
(``events/attribution_nouns.tsv``)."""

from __future__ import annotations

import pytest

from coding import coded, doer_of, events_of


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "A car bomb went off outside a hotel in Baidoa on Sunday, killing 6 people. "
            "The blast bore the hallmarks of al-Shabaab.",
            "GRP.SHABAAB",
        ),
        (
            "Une kamikaze s'est fait exploser lundi dans un marché de Mora, tuant cinq "
            "personnes. L'attentat n'a pas été revendiqué, mais il porte la marque des "
            "jihadistes de Boko Haram.",
            "GRP.BOKO_HARAM",
        ),
        (
            "Des hommes armés ont tué onze civils mardi près de Gorom-Gorom. Les soupçons "
            "se portent sur le JNIM.",
            "GRP.JNIM",
        ),
        (
            "Gunmen shot dead 9 farmers near Diapaga on Tuesday. Suspicion fell on JNIM.",
            "GRP.JNIM",
        ),
        (
            "Gunmen killed 11 worshippers at a mosque near Maiduguri on Friday. Officials "
            "said the attack was the work of ISWAP.",
            "GRP.ISWAP",
        ),
        (
            "Des hommes armés ont tué onze fidèles vendredi dans une mosquée près de Diffa. "
            "L'attaque est l'œuvre de l'EIGS, selon une source sécuritaire.",
            "GRP.IS_SAHEL",
        ),
    ],
)
def test_blamed_attacks_noun_names_the_doer(text: str, doer: str) -> None:
    """ "bore the hallmarks of X", "porte la marque de X", "les soupçons se portent sur X",
    "suspicion fell on X", "the attack was the work of X": X carried out the attack told
    before."""
    assert doer_of(text, "ASSAULT") == doer, coded(text)


def test_blamed_attacks_side_not_taken_for_the_target() -> None:
    """The side named by "the hallmarks of" is the doer, not the target of the attack."""
    text = (
        "A roadside bomb hit a minibus near Kismayo on Monday, killing 4 passengers; the "
        "attack bore the hallmarks of al-Shabaab."
    )
    event = next(e for e in events_of(text) if e.plover_type == "ASSAULT")
    assert event.actor1 is not None and event.actor1.canonical_id == "GRP.SHABAAB", coded(text)
    assert event.actor2 is None or event.actor2.canonical_id != "GRP.SHABAAB", coded(text)


def test_blamed_attacks_doer_of_the_clause_kept() -> None:
    """A doer the attack's own clause names stays, whatever the hallmarks say."""
    text = (
        "ISWAP fighters killed 8 fishermen near Monguno on Sunday. The killings bore the "
        "hallmarks of Boko Haram."
    )
    assert doer_of(text, "ASSAULT") == "GRP.ISWAP", coded(text)


def test_blamed_attacks_mark_without_its_verb() -> None:
    """ "la marque" alone (a brand, a trace) puts nothing down to anyone."""
    text = (
        "Des hommes armés ont tué six villageois jeudi près de Djibo. Des véhicules de la "
        "marque de l'armée burkinabè ont été vus sur place."
    )
    assert doer_of(text, "ASSAULT") is None, coded(text)


def test_blamed_attacks_work_of_something_else() -> None:
    """ "was the work of" said of something other than the attack names no doer."""
    text = "Gunmen killed 4 civilians near Gao on Friday. The video was the work of JNIM."
    assert doer_of(text, "ASSAULT") is None, coded(text)
