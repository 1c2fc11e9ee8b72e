"""Who did a violent deed the report names its doer for: the accused of an accusation
("accuse les forces russes d'avoir largué des grenades"), men "présentés comme" members of
a group or "se présentant comme" state agents, and the captors or killers of people a later
sentence finds dead ("Les corps de deux d'entre eux ont été retrouvés")."""

from __future__ import annotations

from typing import Any

import pytest

from coding import coded, events_of, first_doer
from dateline.extract.events import _noun_modifiers
from dateline.extract.perpetrators import blamed_words
from dateline.parse import load_model


def _token(doc: Any, word: str) -> Any:
    return next(t for t in doc if t.text == word)


def test_violent_doers_accused_did_the_deed() -> None:
    """A deed the parser hung on "accuser" ("accuse les forces russes d'avoir largué …,
    des grenades") is put down to the accused, not the accuser."""
    doc = load_model("fr")("Kiev accuse les soldats russes d'avoir largué jeudi des grenades.")
    words = blamed_words(_token(doc, "accuse"), _token(doc, "grenades"))
    assert [" ".join(t.text for t in w) for w in words] == ["les soldats russes"]


@pytest.mark.parametrize(
    ("text", "noun", "owner"),
    [
        ("Des grenades sur des tranchées ukrainiennes ont blessé quatre soldats.", "grenades", ""),
        ("Des frappes des forces russes ont visé Kharkiv.", "frappes", "forces"),
    ],
)
def test_violent_doers_target_is_no_owner(text: str, noun: str, owner: str) -> None:
    """ "des grenades sur des tranchées ukrainiennes": a phrase led by "sur" (which the
    parser marks with "des" as well) tells what was hit, not whose the deed is."""
    doc = load_model("fr")(text)
    found = [t.text for t in _noun_modifiers(_token(doc, noun)) if t.text != noun]
    assert (owner in found) if owner else not found, found


@pytest.mark.parametrize(
    ("text", "subtype", "doer"),
    [
        (
            "Des images publiées mercredi montrent des hommes en treillis, présentés comme "
            "des Volontaires pour la défense de la patrie (VDP), exécutant des villageois "
            "près de Djibo.",
            "Attack",
            "GRP.VDP",
        ),
        (
            "Un militant des droits humains a été enlevé mardi à Ouagadougou par des hommes "
            "se présentant comme des agents des services de renseignement, selon ses proches.",
            "Abduction/forced disappearance",
            "BFA",
        ),
        (
            "Le 2 mai, des hommes armés, qui ont dit appartenir au renseignement, ont enlevé "
            "un syndicaliste à Ouagadougou.",
            "Abduction/forced disappearance",
            "BFA",
        ),
    ],
)
def test_violent_doers_men_said_to_be_someone(text: str, subtype: str, doer: str) -> None:
    """ "des hommes présentés comme des VDP", "se présentant comme des agents des services
    de renseignement", "qui ont dit appartenir au renseignement": whom the doers are said to
    be, not a target of the clause."""
    assert first_doer(text, subtype) == doer, coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le 3 juin, des soldats des FAMa ont arrêté huit bergers au marché de Ténenkou. "
        "Le lendemain, les corps de deux d'entre eux ont été retrouvés à la sortie du village.",
        "On 9 March, gunmen of the Jalisco New Generation Cartel abducted five workers from a "
        "farm near Zamora. The bodies of three of them were found on 11 March near Jacona.",
    ],
)
def test_violent_doers_captors_killed_those_found_dead(text: str) -> None:
    """Those a sentence finds dead "d'entre eux", "of them" were in the hands of the doer
    told before: the killing is theirs, whatever its place and day."""
    found = next((e for e in events_of(text) if e.acled_subtype == "Attack"), None)
    assert found is not None and found.actor1 is not None, coded(text)
    captors = next(e for e in events_of(text) if e.acled_subtype != "Attack")
    assert captors.actor1 is not None, coded(text)
    assert found.actor1.canonical_id == captors.actor1.canonical_id, coded(text)


@pytest.mark.parametrize(
    ("text", "subtype", "doer"),
    [
        (
            "Security forces opened fire on villagers in Bouaké on Monday, killing three "
            "people, according to a rights group based in Paris.",
            "Attack",
            "CIV.MIL",
        ),
        (
            "Les forces de l'ordre ont tiré à balles réelles sur des manifestants à Conakry "
            "mardi, tuant deux jeunes, a déploré une ONG basée à Paris.",
            "Excessive force against protesters",
            "GIN.POL",
        ),
    ],
)
def test_violent_doers_forces_of_the_place(text: str, subtype: str, doer: str) -> None:
    """ "Security forces", "les forces de l'ordre" named without their state, in a story
    of two countries: the forces of the country where they fired."""
    assert first_doer(text, subtype) == doer, coded(text)


def test_violent_doers_unnamed_gunmen_are_not_the_target_named_before() -> None:
    """ "rammed a car into the gate of a police station before gunmen stormed it": the
    gunmen are not the police named before them; the group claiming the attack is."""
    text = (
        "On 4 May 2025, militants rammed a car bomb into the gate of a Frontier Corps fort in "
        "Lakki Marwat before gunmen stormed the compound, killing 7 soldiers. The attack was "
        "claimed by the Tehrik-i-Taliban Pakistan."
    )
    assert first_doer(text, "Armed clash") == "GRP.TTP", coded(text)
