"""The second statement of one doer in one sentence: a gerund ("tout en avertissant"), an
accusation told as a participle on the main clause's object ("…avec le groupe, accusé de"),
a denial followed by another statement, and a release asked for in a conjunct."""

from __future__ import annotations

import pytest

from coding import coded, doer_of, events_of


@pytest.mark.parametrize(
    ("text", "plover", "doer"),
    [
        (
            "Le gouvernement malien a proclamé lundi une trêve de dix jours, tout en "
            "avertissant qu'il riposterait à toute violation.",
            "THREATEN",
            "MLI.GOV",
        ),
        (
            "Le gouvernement colombien a suspendu samedi les pourparlers avec le Clan del "
            "Golfo, accusé de crimes de guerre.",
            "ACCUSE",
            "COL.GOV",
        ),
        (
            "Le gouvernement burkinabè a démenti toute implication et réclamé la libération "
            "de ses deux ressortissants.",
            "REJECT",
            "BFA.GOV",
        ),
    ],
)
def test_second_predicates_done_by_the_main_subject(text: str, plover: str, doer: str) -> None:
    """The gerund, the participle on the object and the denial before another statement are
    each an event of the main clause's subject."""
    assert doer_of(text, plover) == doer, coded(text)


def test_second_predicates_release_asked_in_a_conjunct() -> None:
    """ "a démenti … et réclamé la libération de …": the release asked for is no object of
    the denial; it is told, requested, beside the REJECT."""
    text = (
        "Le gouvernement burkinabè a démenti toute implication et réclamé la libération de "
        "ses deux ressortissants."
    )
    assert any(e.plover_type == "CONCEDE" and e.status == "requested" for e in events_of(text)), (
        coded(text)
    )


@pytest.mark.parametrize(
    "text",
    [
        "L'Union européenne a adopté lundi des sanctions contre deux officiers soudanais, "
        "accusés d'entraver l'aide humanitaire.",
        "Les autorités ont annoncé mardi l'arrestation de trois militants, accusés de "
        "complot contre l'État.",
    ],
)
def test_second_predicates_charge_of_a_measure_s_target_is_no_accusation(text: str) -> None:
    """Those sanctioned or arrested "…, accusés de": the charge says why, no ACCUSE."""
    assert not any(e.plover_type == "ACCUSE" for e in events_of(text)), coded(text)


def test_second_predicates_denial_of_a_told_deed_stays_its_status() -> None:
    """ "The group denied involvement, accusing …" after its attack is told: the attack,
    denied, not a REJECT of its own."""
    text = (
        "Gunmen killed at least 12 villagers near Kidal on Monday. Residents blamed the "
        "JNIM. The group denied involvement, accusing the army of the killings."
    )
    assert not any(e.plover_type == "REJECT" for e in events_of(text)), coded(text)
