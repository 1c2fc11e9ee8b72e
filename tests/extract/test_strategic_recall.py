"""Strategic developments recall: a statement, a meeting or a deal whose subject counts two
sides ("both sides agreed a ceasefire", "les deux camps ont accepté une trêve", "les deux
pays ont réaffirmé leur soutien") is the two parties the story named before, not a statement
by nobody."""

from __future__ import annotations

import pytest

from coding import coded, events_of


def _event(text: str, plover: str) -> tuple[str | None, str | None]:
    """actor1 and actor2 ids of the first event of PLOVER type ``plover``."""
    event = next((e for e in events_of(text) if e.plover_type == plover), None)
    assert event is not None, f"no {plover} event in {coded(text)}"
    one, other = event.actor1, event.actor2
    return (one and one.canonical_id, other and other.canonical_id)


@pytest.mark.parametrize(
    ("text", "plover", "doer"),
    [
        (
            "Armenian and Azerbaijani forces exchanged artillery fire near Jermuk on "
            "Tuesday, officials said. Both sides agreed a ceasefire on Wednesday morning.",
            "AGREE",
            "ARM.MIL",
        ),
        (
            "Des affrontements ont opposé mardi l'armée soudanaise aux Forces de soutien "
            "rapide près d'El-Obeid. Le lendemain, les deux camps ont accepté une trêve "
            "négociée par des chefs traditionnels.",
            "AGREE",
            "SDN.MIL",
        ),
        (
            "Le chef de la diplomatie iranienne s'est rendu lundi à Moscou. Les deux pays "
            "ont réaffirmé leur soutien mutuel.",
            "SUPPORT",
            "IRN.MFA",
        ),
    ],
)
def test_strategic_recall_both_sides_are_the_parties_named_before(
    text: str, plover: str, doer: str
) -> None:
    """The subject "both sides" / "les deux camps" / "les deux pays" stands for the story's
    parties: the deal or the statement is theirs, and is coded."""
    assert _event(text, plover)[0] == doer, coded(text)


def test_strategic_recall_both_sides_keep_the_second_party() -> None:
    """The other side of the fighting is the deal's second party, and a truce both sides
    announce is agreed, not conceded by one of them."""
    text = (
        "Des combats ont opposé lundi l'armée pakistanaise aux talibans afghans près de "
        "Chaman. Mardi, les deux pays ont annoncé une trêve de 48 heures."
    )
    events = [e for e in events_of(text) if e.acled_subtype == "Agreement"]
    assert [e.plover_type for e in events] == ["AGREE"], coded(text)
    assert events[0].actor1 is not None and events[0].actor1.canonical_id == "PAK.MIL"


def test_strategic_recall_a_single_speaker_is_not_both_sides() -> None:
    """ "the two sides" as an object ("urged both sides to…") names no speaker: the one who
    urges is."""
    text = (
        "Fighting between the army and the RSF continued in El Fasher on Monday. UN "
        "Secretary-General Antonio Guterres urged both sides to let civilians leave."
    )
    assert _event(text, "REQUEST")[0] == "IGO.UN", coded(text)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "Gunmen from the ADF abducted 14 farmers near Oicha on Sunday. The hostages "
            "were released on Thursday after the payment of a ransom.",
            "GRP.ADF",
        ),
        (
            "Des hommes armés ont enlevé samedi une vingtaine de fidèles dans une église "
            "près de Kaduna. Les otages ont été libérés mardi.",
            None,
        ),
    ],
)
def test_strategic_recall_captives_released_by_their_captors(text: str, doer: str | None) -> None:
    """A passive release with no one named after an abduction ends that abduction: the
    captors' release (ACLED Agreement, PLOVER CONCEDE), coded even when they go unnamed."""
    releases = [e for e in events_of(text) if e.plover_type == "CONCEDE"]
    assert [e.acled_subtype for e in releases] == ["Agreement"], coded(text)
    actor1 = releases[0].actor1
    assert (actor1 and actor1.canonical_id) == doer, coded(text)


def test_strategic_recall_release_on_bail_is_no_captors_release() -> None:
    """Detainees released after an arrest were not abducted: no release of captives."""
    text = (
        "Police arrested ten protesters in Nairobi on Monday. They were released on bail "
        "on Tuesday."
    )
    assert not [e for e in events_of(text) if e.plover_type == "CONCEDE"], coded(text)
