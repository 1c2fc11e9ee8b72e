"""Arrests, raids and seizures (PLOVER COERCE, ACLED Strategic developments): arms or
explosives a taking verb takes are a disrupted weapons use, not ground taken or a bombing;
arrests told beside a curfew or a seizure are events of their own; a bare participle the
parser coordinated with an infinitive shares the main verb's subject; a bare "police" in a
sentence naming no town is that of the country most of the paragraph's towns are in."""

from __future__ import annotations

import pytest

from coding import coded, events_of


def _subtypes(text: str) -> list[str]:
    return [e.acled_subtype for e in events_of(text)]


def _doer(text: str, subtype: str) -> str | None:
    event = next((e for e in events_of(text) if e.acled_subtype == subtype), None)
    assert event is not None, f"no {subtype} in {coded(text)}"
    return event.actor1.canonical_id if event.actor1 is not None else None


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday, Kenyan police seized a truck loaded with explosives at a roadblock in "
        "Mandera and arrested its two passengers.",
        "Nigerian troops took over an arms depot of the insurgents near Bama on Sunday.",
    ],
)
def test_coerce_arrests_arms_taken_are_no_ground(text: str) -> None:
    subtypes = _subtypes(text)
    assert "Disrupted weapons use" in subtypes, coded(text)
    assert not {"Government regains territory", "Non-state actor overtakes territory"} & set(
        subtypes
    ), coded(text)


def test_coerce_arrests_seized_vests_are_no_suicide_bombing() -> None:
    text = (
        "Police in Quetta said on Friday they had seized three suicide vests and ten "
        "kilogrammes of explosives in a house."
    )
    subtypes = _subtypes(text)
    assert "Disrupted weapons use" in subtypes, coded(text)
    assert "Suicide bomb" not in subtypes, coded(text)


def test_coerce_arrests_passive_seizure_by_the_police_of_the_place() -> None:
    text = (
        "Huit suspects ont été arrêtés jeudi à Guayaquil, et des fusils et des munitions ont "
        "été saisis."
    )
    assert _doer(text, "Disrupted weapons use") == "ECU.POL", coded(text)
    assert "Arrests" in _subtypes(text), coded(text)


def test_coerce_arrests_a_resumed_attack_is_no_seizure() -> None:
    text = "Le chef rebelle a menacé de reprendre les attaques contre les convois à Goma."
    assert "Disrupted weapons use" not in _subtypes(text), coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "La police a décrété un couvre-feu dans plusieurs quartiers de Kano et procédé à "
        "plus de quarante interpellations.",
        "Les gendarmes ont saisi des armes et arrêté trois hommes mardi à Bouaké.",
    ],
)
def test_coerce_arrests_beside_a_measure_are_their_own_event(text: str) -> None:
    subtypes = _subtypes(text)
    assert "Arrests" in subtypes, coded(text)
    assert len([s for s in subtypes if s != "Arrests"]) >= 1, coded(text)


def test_coerce_arrests_participle_after_an_infinitive_shares_the_subject() -> None:
    text = (
        "Le 9 mars 2023, la police sénégalaise a tiré des gaz lacrymogènes sur des partisans "
        "de l'opposant Ousmane Sonko qui tentaient de rejoindre le tribunal à Dakar, et "
        "interpellé une soixantaine d'entre eux."
    )
    assert _doer(text, "Arrests") == "SEN.POL", coded(text)


def test_coerce_arrests_bare_police_after_the_towns_of_the_paragraph() -> None:
    text = (
        "On 2 May 2024, gunmen set fire to a shop of a Turkish chain on Palestine Street in "
        "Mosul (Mosul). Nobody was hurt. Police later arrested four suspects."
    )
    assert _doer(text, "Arrests") == "IRQ.POL", coded(text)


def test_coerce_arrests_a_town_where_arms_were_kept_is_ground() -> None:
    text = "Rebels captured the town of Rubaya, where weapons were stored, on Monday."
    assert "Disrupted weapons use" not in _subtypes(text), coded(text)
