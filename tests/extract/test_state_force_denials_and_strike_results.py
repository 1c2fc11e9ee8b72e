"""A state's own force in denials and repression, and a strike's results.

A government or ministry denying that its force used live rounds speaks for the force that
fired (the denied copy keeps that force); fire on supporters heading for a place is
excessive force against protesters; a fire a strike set, told as a participle, is no
property destruction of its own. Sentences are our own, modelled on wire reports."""

from __future__ import annotations

import pytest

from coding import assert_denied_copy, assert_realised_doer, coded, events_of, probe_params

_FORCE = "Excessive force against protesters"

DENIED_FOR_THE_FORCE = [
    (
        "Ugandan security forces fired tear gas and live rounds at supporters of the "
        "opposition leader in Jinja on Tuesday, killing three people, witnesses said. The "
        "government said officers had been attacked by a mob and denied using live "
        "ammunition.",
        _FORCE,
        "UGA.POL",
    ),
    (
        "Les forces de l'ordre ont tiré à balles réelles sur des manifestants à Kankan, "
        "tuant deux jeunes. Le gouvernement a démenti avoir fait usage de balles réelles.",
        _FORCE,
        "GIN.POL",
    ),
    (
        "La police a tiré sur des manifestants à Lomé samedi, faisant trois morts selon "
        "l'opposition. Le ministre de la Sécurité a nié que les agents aient utilisé des "
        "balles réelles.",
        _FORCE,
        "TGO.POL",
    ),
    (
        "Kenyan police fired live rounds at protesters in Nakuru, killing two. The interior "
        "ministry denied that officers had used live ammunition.",
        _FORCE,
        "KEN.POL",
    ),
    (
        "Security forces opened fire on supporters of the jailed opposition leader as they "
        "tried to reach the parliament in Dhaka, killing five. The home minister denied that "
        "troops had used live ammunition.",
        _FORCE,
        "BGD.POL",
    ),
    (
        "La police a tiré sur des manifestants à Lomé, faisant trois morts. Le ministre de la "
        "Sécurité a nié que des militaires aient utilisé des balles réelles.",
        _FORCE,
        "TGO.POL",
    ),
    (
        "Explosive-laden drones struck an oil field near Zakho on Thursday, setting a storage "
        "tank on fire. Kurdish officials blamed Kataib Hezbollah, which denied any "
        "involvement.",
        "Air/drone strike",
        "GRP.KATAIB_HEZBOLLAH",
    ),
]

MISSED_DENIALS = {
    "Des drones ont frappé un dépôt pétrolier près d'Erbil, incendiant deux réservoirs. "
    "Bagdad a accusé une faction armée, qui a démenti toute implication.": (
        "an unnamed armed faction is no actor; the denial's doer falls back on the accuser"
    ),
}

_MISSED_DENIAL_ROWS = [(text, "Air/drone strike", "GRP") for text in MISSED_DENIALS]


@pytest.mark.parametrize(
    ("text", "subtypes", "doer"),
    probe_params([*DENIED_FOR_THE_FORCE, *_MISSED_DENIAL_ROWS], MISSED_DENIALS),
)
def test_the_denied_copy_keeps_the_force_accused(text: str, subtypes: str, doer: str) -> None:
    assert_denied_copy(text, subtypes, doer)


def test_a_force_named_in_its_own_denial_stays() -> None:
    """The army denying for its soldiers is not the police that fired."""
    text = (
        "Police fired live rounds on protesters in Mombasa, killing two. The army denied "
        "that soldiers had used live ammunition."
    )
    denied = [e for e in events_of(text) if e.status == "denied"]
    assert denied, coded(text)
    assert all(e.actor1 is not None and e.actor1.canonical_id == "KEN.MIL" for e in denied)


MARCHERS_FIRED_ON = [
    (
        "Security forces fired on supporters of the jailed former president as they tried to "
        "reach a central square in Lahore, killing four.",
        "PAK.POL",
    ),
    (
        "Les forces de sécurité ont tiré sur des partisans de l'opposant qui marchaient vers "
        "le palais présidentiel à Bamako, tuant deux personnes.",
        "MLI.POL",
    ),
    (
        "Les forces de sécurité ont ouvert le feu sur des partisans du candidat qui "
        "tentaient de rejoindre le siège de la commission électorale à Maputo, faisant "
        "quatre morts.",
        "MOZ.POL",
    ),
    (
        "Police fired on opposition supporters marching to the electoral commission in "
        "Harare, killing one man.",
        "ZWE.POL",
    ),
    (
        "Soldiers fired on opposition supporters trying to reach the party headquarters in "
        "Beira, killing two, witnesses said.",
        "MOZ.MIL",
    ),
]

MISSED_MARCHERS: dict[str, str] = {}


@pytest.mark.parametrize(("text", "doer"), probe_params(MARCHERS_FIRED_ON, MISSED_MARCHERS))
def test_fire_on_marching_supporters_is_excessive_force(text: str, doer: str) -> None:
    assert_realised_doer(text, "ASSAULT", _FORCE, doer)
    assert not any(e.acled_subtype == "Attack" for e in events_of(text)), coded(text)


def test_fire_on_fighters_heading_somewhere_stays_armed() -> None:
    """Rebels heading for the border are no marchers."""
    text = "Soldiers fired on a convoy of rebels trying to reach the border, killing six fighters."
    assert not any(e.acled_subtype == _FORCE for e in events_of(text)), coded(text)


STRIKE_RESULTS = [
    "Explosive-laden drones struck an oil field near Zakho on Thursday, setting a storage "
    "tank on fire.",
    "Des drones chargés d'explosifs ont frappé un dépôt de carburant près d'Erbil, "
    "incendiant deux réservoirs.",
    "A drone hit a fuel depot in Belgorod overnight, setting a reservoir ablaze, the "
    "regional governor said.",
    "Unidentified drones struck an oil field in Duhok, setting a storage tank ablaze.",
]


@pytest.mark.parametrize("text", STRIKE_RESULTS)
def test_a_fire_set_by_a_strike_is_no_destruction_of_its_own(text: str) -> None:
    subtypes = [e.acled_subtype for e in events_of(text)]
    assert "Air/drone strike" in subtypes, coded(text)
    assert "Looting/property destruction" not in subtypes, coded(text)


DESTRUCTION_OF_ITS_OWN = [
    "Des hommes armés ont incendié une vingtaine de maisons à Djibo.",
    "Des drones ont frappé un dépôt pétrolier près d'Erbil. Des inconnus ont ensuite "
    "incendié deux camions.",
    "Militiamen set fire to dozens of homes in Djugu on Sunday.",
    # A ground raid's burning is a deed of its own, as ACLED codes it.
    "Des hommes armés ont attaqué plusieurs villages de la commune de Djibo, tuant neuf "
    "personnes et incendiant des dizaines de maisons.",
    "Gunmen attacked two villages near Bokkos, killing 14 people and burning dozens of "
    "houses, a local official said.",
]


MISSED_DESTRUCTION = {
    DESTRUCTION_OF_ITS_OWN[-1]: (
        "a gerund 'burning dozens of houses' is no destruction trigger yet; only 'set fire' "
        "and 'incendier' are"
    ),
}


@pytest.mark.parametrize(
    "text", probe_params([(text,) for text in DESTRUCTION_OF_ITS_OWN], MISSED_DESTRUCTION)
)
def test_a_burning_told_as_a_deed_stays(text: str) -> None:
    subtypes = [e.acled_subtype for e in events_of(text)]
    assert "Looting/property destruction" in subtypes, coded(text)
