"""Security and intelligence services as doers, their drone operations, and possessive
names: "Ukraine's SBU security service" is the SBU, not Ukraine's army; "Kyiv's security
service" does not place the deed in Kyiv; "in occupied Melitopol" seizes no ground;
"Chhattisgarh's Bijapur district" is the Bijapur of that state. Sentences are our own,
modelled on wire reports and analyst notes from several conflicts."""

from __future__ import annotations

import pytest

from coding import assert_realised_doer, coded, events_of, probe_params

DOERS = [
    (
        "Ukraine's SBU security service hit an oil refinery in Russia's Saratov region with "
        "long-range drones overnight, a source said.",
        "ASSAULT",
        "Air/drone strike",
        "UKR.SBU",
    ),
    (
        "Turkey's MIT intelligence agency killed a senior PKK commander in a drone strike in "
        "northern Iraq, security sources said.",
        "ASSAULT",
        "Air/drone strike",
        "TUR.MIT",
    ),
    (
        "Russia's FSB security service said it had detained two men suspected of plotting a "
        "bombing in Kursk.",
        "COERCE",
        "Arrests",
        "RUS.FSB",
    ),
    (
        "Israel's Shin Bet security agency arrested three Palestinians in Jenin, the army said.",
        "COERCE",
        "Arrests",
        "ISR.SHINBET",
    ),
    (
        "Kyiv's security service, the SBU, said it had blown up a Russian ammunition train "
        "in occupied Melitopol.",
        "ASSAULT",
        "Remote explosive/landmine/IED",
        "UKR.SBU",
    ),
    (
        "Moscow's security service, the FSB, said it had arrested a Ukrainian agent in "
        "occupied Crimea.",
        "COERCE",
        "Arrests",
        "RUS.FSB",
    ),
    # A destruction done with drones is the strike.
    (
        "Les services de sécurité ukrainiens affirment avoir détruit trois avions russes lors "
        "d'une attaque de drones contre la base d'Engels.",
        "ASSAULT",
        "Air/drone strike",
        "UKR.SBU",
    ),
    (
        "Des drones ukrainiens ont détruit deux avions de chasse russes sur la base aérienne "
        "de Morozovsk, selon l'état-major.",
        "ASSAULT",
        "Air/drone strike",
        "UKR",
    ),
    (
        "Ukrainian drones destroyed two Su-34 bombers at the Marinovka airfield, the general "
        "staff said.",
        "ASSAULT",
        "Air/drone strike",
        "UKR",
    ),
    # An operation with its doer named strikes.
    (
        "Une opération spéciale des services de sécurité ukrainiens a visé des bombardiers "
        "russes sur trois aérodromes.",
        "ASSAULT",
        "Air/drone strike",
        "UKR.SBU",
    ),
    (
        "Un raid de l'armée israélienne a visé un immeuble à Beyrouth.",
        "ASSAULT",
        "Air/drone strike",
        "ISR",
    ),
]

MISSED: dict[str, str] = {}


@pytest.mark.parametrize(("text", "plover", "subtype", "doer"), probe_params(DOERS, MISSED))
def test_service_is_the_doer(text: str, plover: str, subtype: str, doer: str) -> None:
    assert_realised_doer(text, plover, subtype, doer)


PLACES = [
    (
        "Kyiv's security service, the SBU, said it had blown up a Russian ammunition train "
        "in occupied Melitopol.",
        "Melitopol",
    ),
    (
        "Security forces killed five Maoist rebels in a gunfight in Chhattisgarh's Bijapur "
        "district on Sunday.",
        "Bijapur",
    ),
    ("Gunmen killed seven villagers in Niger's Tillaberi region on Tuesday.", "Tillabéri"),
    ("Nigeria's army said it killed 20 bandits in Zamfara state.", "Zamfara"),
]


@pytest.mark.parametrize(("text", "place"), PLACES)
def test_possessive_names_the_owner_not_the_place(text: str, place: str) -> None:
    places = [e.place.name for e in events_of(text) if e.place is not None]
    assert places and places[0] == place, (places, coded(text))


NO_SEIZURE = [
    "Kyiv's security service, the SBU, said it had blown up a Russian ammunition train in "
    "occupied Melitopol.",
    "Moscow's security service, the FSB, said it had arrested a Ukrainian agent in occupied "
    "Crimea.",
]


@pytest.mark.parametrize("text", NO_SEIZURE)
def test_occupied_as_an_epithet_seizes_nothing(text: str) -> None:
    seized = [e for e in events_of(text) if e.acled_subtype == "Non-violent transfer of territory"]
    assert seized == [], coded(text)


UNCHANGED = [
    (
        "Russian troops occupied the village of Andriivka after heavy fighting, the ministry said.",
        "COERCE",
        "Non-violent transfer of territory",
        "RUS",
    ),
    (
        "Les forces russes ont occupé le village de Vovtchansk après des combats.",
        "COERCE",
        "Non-violent transfer of territory",
        "RUS",
    ),
    (
        "Des jihadistes ont détruit une école dans la région de Mopti.",
        "COERCE",
        "Looting/property destruction",
        None,
    ),
    (
        "Pakistan's army said its troops killed eight militants in North Waziristan.",
        "ASSAULT",
        "Armed clash",
        "PAK.MIL",
    ),
]


@pytest.mark.parametrize(("text", "plover", "subtype", "doer"), UNCHANGED)
def test_other_deeds_unchanged(text: str, plover: str, subtype: str, doer: str | None) -> None:
    assert_realised_doer(text, plover, subtype, doer)


NO_EVENT = [
    "L'opération Barkhane vise les groupes jihadistes au Sahel.",
    "La mesure vise les importateurs de carburant.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_an_aim_is_no_strike(text: str) -> None:
    assert events_of(text) == (), coded(text)
