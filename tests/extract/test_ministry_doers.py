"""Who is actor1 when a ministry acts: a foreign or interior ministry named with its country
is that ministry ("Colombia's foreign ministry summoned…" → COL.MFA), a ministry named
without one is the story's country's ("Le ministère de la Défense a annoncé…" in a Mexican
story), arrests an interior ministry announces are its police's; and the triggers those
sentences carry: "l'envoi de 600 soldats" is a deployment, "shot down most of the
projectiles" an interception."""

from __future__ import annotations

import pytest

from coding import coded, doer_of, events_of


@pytest.mark.parametrize(
    ("text", "plover", "doer"),
    [
        (
            "Colombia's foreign ministry on Monday summoned the Venezuelan ambassador over "
            "the closure of the border crossing at Cucuta.",
            "REQUEST|CONSULT|COERCE|SANCTION|ACCUSE",
            "COL.MFA",
        ),
        (
            "Ghana's interior ministry on Friday banned all rallies in Accra ahead of the vote.",
            "COERCE|SANCTION|RESTRICT",
            "GHA.MOI",
        ),
        (
            "Le ministère de l'Intérieur du Sénégal a suspendu lundi les activités du parti "
            "d'opposition à Dakar.",
            "COERCE|SANCTION|RESTRICT",
            "SEN.MOI",
        ),
    ],
)
def test_ministry_named_with_its_country_is_that_ministry(
    text: str, plover: str, doer: str
) -> None:
    """ "X's foreign ministry", "le ministère de l'Intérieur du Sénégal": the ministry
    itself, as ACLED codes a foreign ministry that rejects or summons, not the whole
    government."""
    event = next((e for e in events_of(text) if e.plover_type in plover.split("|")), None)
    assert event is not None, coded(text)
    assert event.actor1 is not None and event.actor1.canonical_id == doer


def test_ministry_without_a_country_is_the_story_s_country_s() -> None:
    """ "Le ministère de la Défense a accusé…" in a story set in Azerbaijan: Azerbaijan's
    defence ministry accuses."""
    text = (
        "Des tirs ont visé samedi des positions azerbaïdjanaises près de Latchine, en "
        "Azerbaïdjan. Le ministère de la Défense a accusé dimanche les forces arméniennes "
        "d'avoir ouvert le feu."
    )
    assert doer_of(text, "ACCUSE") == "AZE.MOD"


def test_sending_a_counted_number_of_soldiers_is_a_deployment() -> None:
    """ "l'envoi de 400 soldats": a deployment, not aid, though a number parts the noun
    from its soldiers."""
    text = (
        "Des affrontements entre cartels rivaux ont fait trois morts samedi à Tijuana. Le "
        "gouvernement a annoncé l'envoi de 400 soldats supplémentaires dans la ville."
    )
    assert any(e.plover_type == "MOBILIZE" for e in events_of(text)), coded(text)
    assert not any(e.plover_type == "AID" for e in events_of(text)), coded(text)


def test_arrests_an_interior_ministry_announces_are_its_police_s() -> None:
    """ "Le ministère de l'Intérieur a annoncé 85 interpellations": the police arrested."""
    text = (
        "Des casseurs ont incendié des voitures samedi soir à Lyon. Le ministère de "
        "l'Intérieur a annoncé dimanche 85 interpellations à Lyon."
    )
    event = next((e for e in events_of(text) if e.acled_subtype == "Arrests"), None)
    assert event is not None, coded(text)
    assert event.actor1 is not None and event.actor1.canonical_id == "FRA.POL"


def test_most_of_the_projectiles_shot_down_is_an_interception() -> None:
    """ "had shot down most of the projectiles": the object is a share of munitions."""
    text = (
        "Shelling of central Donetsk on Saturday killed 12 people, Russian-installed "
        "officials said. Russia's defence ministry said its air defences had shot down most "
        "of the projectiles fired at the city."
    )
    event = next((e for e in events_of(text) if e.plover_type == "COERCE"), None)
    assert event is not None, coded(text)
    assert event.acled_subtype == "Disrupted weapons use"
    assert event.actor1 is not None and event.actor1.canonical_id == "RUS.MIL"
