"""Who is actor1, the doer (third round): the one asked to act in a French request the parser
hangs on a day ("a exhorté dimanche l'armée à…"), a perpetrator named after an apposition or
as a movement's front, and a prosecutor's office or "le parquet", a state body named by a
common noun."""

from __future__ import annotations

import pytest

from coding import coded, events_of, first_doer


def _event(text: str, plover: str) -> tuple[str | None, str]:
    """actor1's canonical id and the status of the first event of PLOVER type ``plover``."""
    event = next((e for e in events_of(text) if e.plover_type == plover), None)
    assert event is not None, f"no {plover} event in {coded(text)}"
    return (event.actor1.canonical_id if event.actor1 is not None else None), event.status


@pytest.mark.parametrize(
    ("text", "plover", "doer"),
    [
        (
            "L'ONU a exhorté dimanche l'armée soudanaise à se retirer d'El-Facher.",
            "RETREAT",
            "SDN.MIL",
        ),
    ],
)
def test_actor_roles3_french_request_asks_the_addressee(text: str, plover: str, doer: str) -> None:
    """ "X a exhorté dimanche Y à faire": the parser hangs Y on the day, and the asker was
    taken for the doer; the deed is requested and Y would do it."""
    assert _event(text, plover) == (doer, "requested"), coded(text)


def test_actor_roles3_deed_set_apart_is_attributed() -> None:
    """ "l'attentat, le plus meurtrier…, est attribué aux shebab": the deed, which the parser
    hangs on the verb as a bare oblique, still names the attack attributed."""
    text = (
        "Un camion piégé a explosé samedi à un carrefour de Mogadiscio, faisant plus de cent "
        "morts ; l'attentat, le plus meurtrier de l'année, est attribué aux shebab."
    )
    assert first_doer(text, "Remote explosive/landmine/IED") == "GRP.SHABAAB", coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "On 2 June 2025, an unidentified man threw a grenade at a bar in Jamundi, wounding "
        "four people. Police suspect FARC dissidents of the Jaime Martinez front.",
        "Un homme a lancé une grenade contre un bar de Jamundí lundi, blessant quatre "
        "personnes. La police soupçonne les dissidents des FARC du front Jaime Martínez.",
    ],
)
def test_actor_roles3_faction_of_the_movement_named(text: str) -> None:
    """ "FARC dissidents of the Jaime Martinez front": the front (the EMC), which ACLED
    codes, not the movement it belongs to."""
    assert first_doer(text, "Grenade") == "GRP.EMC", coded(text)


@pytest.mark.parametrize(
    ("text", "plover", "doer"),
    [
        (
            "Attackers threw two grenades at a police station in Celaya, in Mexico's "
            "Guanajuato state, on Tuesday night. The state prosecutor's office blamed a local "
            "cartel cell led by two brothers, and accused the Jalisco cartel of arming them.",
            "ACCUSE",
            "MEX.GOV",
        ),
        (
            "Le parquet de Bamako a inculpé jeudi trois journalistes maliens pour diffusion de "
            "fausses nouvelles.",
            "COERCE",
            "MLI.GOV",
        ),
    ],
)
def test_actor_roles3_prosecutors_are_the_state(text: str, plover: str, doer: str) -> None:
    """A prosecutor's office, "le parquet": the government of the story's country, as ACLED
    codes it."""
    assert _event(text, plover)[0] == doer, coded(text)


@pytest.mark.parametrize(
    ("text", "subtype", "doer"),
    [
        (
            "On 3 March 2025, Gran Grif gang members abducted at least 8 farmers near "
            "Liancourt (Artibonite); 3 of the farmers were shot dead.",
            "Attack",
            "GRP.GRAN_GRIF",
        ),
        (
            "Des combattants du JNIM ont enlevé lundi douze commerçants près de Djibo. Quatre "
            "d'entre eux ont été abattus le même jour.",
            "Attack",
            "GRP.JNIM",
        ),
    ],
)
def test_actor_roles3_a_deed_told_next_is_the_same_doers(
    text: str, subtype: str, doer: str
) -> None:
    """A killing told with no doer right after an armed group's deed at the same place
    and day goes on telling the same incident."""
    assert first_doer(text, subtype) == doer, coded(text)


def test_actor_roles3_a_riot_after_an_attack_is_not_the_attackers() -> None:
    """Residents rioting after a bombing are rioters, not the bombers."""
    text = (
        "A suicide truck bomb claimed by the Islamic State killed 40 people in a market in "
        "Baghdad on Sunday. Angry residents threw stones at police and set tyres on fire."
    )
    assert first_doer(text, "Violent demonstration") is None, coded(text)
