"""Actors added for unseen regions (issue 5): groups, state bodies and office holders of the
Philippines, South Asia, Latin America, Haiti, the Sahel, Central Africa and Myanmar link in
French and English reports."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.link.actors import load_actors
from dateline.link.actors.dictionary import fold_text
from dateline.records import Extraction

Extract = Callable[[str, str], Extraction]


def _ids(extraction: Extraction) -> set[str]:
    return {actor.canonical_id for actor in extraction.actors}


@pytest.mark.parametrize(
    ("text", "lang", "actor_id"),
    [
        (
            "Suspected New People's Army rebels ambushed a patrol in Northern Samar on Sunday.",
            "en",
            "GRP.NPA",
        ),
        (
            "Des combattants de la Nouvelle armée du peuple ont tendu une embuscade à Samar.",
            "fr",
            "GRP.NPA",
        ),
        (
            "Naxalites killed two policemen in Bijapur district, officials said.",
            "en",
            "GRP.CPI_MAOIST",
        ),
        (
            "Le gang Los Choneros a revendiqué l'attaque de la prison de Guayaquil.",
            "fr",
            "GRP.LOS_CHONEROS",
        ),
        (
            "Tren de Aragua members were arrested in Santiago on Tuesday.",
            "en",
            "GRP.TREN_DE_ARAGUA",
        ),
        ("Le gang Gran Grif a attaqué Pont-Sondé dans la nuit de mercredi.", "fr", "GRP.GRAN_GRIF"),
        (
            "Des éléments de l'Unité pour la paix en Centrafrique ont attaqué Bambari.",
            "fr",
            "GRP.UPC",
        ),
        ("The Chin National Army said it captured a junta outpost near Falam.", "en", "GRP.CNA"),
        ("Les chasseurs dozos ont repoussé l'assaut près de Bandiagara.", "fr", "GRP.DOZO"),
        (
            "Gunmen from the Zaire militia attacked a CODECO position in Djugu.",
            "en",
            "GRP.ZAIRE_MILITIA",
        ),
    ],
)
def test_widened_actors_armed_groups_link(
    extract: Extract, text: str, lang: str, actor_id: str
) -> None:
    assert actor_id in _ids(extract(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "person", "country"),
    [
        (
            "Le président salvadorien Nayib Bukele a prolongé l'état d'exception.",
            "fr",
            "PER.BUKELE_NAYIB",
            "SLV",
        ),
        (
            "Ecuador's President Daniel Noboa declared an internal armed conflict.",
            "en",
            "PER.NOBOA_DANIEL",
            "ECU",
        ),
        (
            "Rodrigo Duterte a ordonné à l'armée d'écraser les rebelles.",
            "fr",
            "PER.DUTERTE_RODRIGO",
            "PHL",
        ),
        (
            "Yusuf Tuggar told reporters that Abuja would not negotiate.",
            "en",
            "PER.TUGGAR_YUSUF",
            "NGA",
        ),
    ],
)
def test_widened_actors_office_holders_link_with_their_country(
    extract: Extract, text: str, lang: str, person: str, country: str
) -> None:
    assert person in _ids(extract(text, lang))
    actor = load_actors().get(person)
    assert actor is not None and actor.country == country


def test_widened_actors_short_acronym_needs_the_full_name_first(extract: Extract) -> None:
    alone = "BIFF gunmen fired at a checkpoint in Maguindanao."
    assert "GRP.BIFF" not in _ids(extract(alone, "en"))
    text = (
        "The Bangsamoro Islamic Freedom Fighters attacked an army camp in Datu Piang. "
        "BIFF gunmen later fired at a checkpoint."
    )
    linked = [a for a in extract(text, "en").actors if a.canonical_id == "GRP.BIFF"]
    assert [a.via for a in linked] == ["name", "short"]


def test_widened_actors_wings_belong_to_their_group() -> None:
    actors = load_actors()
    expected = {
        "GRP.NPA": "GRP.CPP",
        "GRP.CNA": "GRP.CNF",
        "GRP.UPC": "GRP.CPC",
        "GRP.JUA": "GRP.TTP",
        "GRP.ABU_ALI_MUSTAFA": "GRP.PFLP",
    }
    found = {}
    for actor_id in expected:
        actor = actors.get(actor_id)
        found[actor_id] = actor.parent if actor else None
    assert found == expected


def test_widened_actors_no_name_belongs_to_two_actors() -> None:
    """A name shared by two actors would make the linker guess: the AFP news agency must
    not become the Armed Forces of the Philippines."""

    owners: dict[str, set[str]] = {}
    for actor in load_actors().actors.values():
        for field in (actor.names, actor.short):
            for names in field.values():
                for name in names:
                    key = fold_text(name) if len(name) >= 4 else name
                    owners.setdefault(key, set()).add(actor.id)
    shared = {key: sorted(ids) for key, ids in owners.items() if len(ids) > 1}
    assert shared == {}
    assert owners["AFP"] == {"MEDIA.AFP"}


@pytest.mark.parametrize(
    ("text", "lang", "body"),
    [
        (
            "Au moins cinq personnes ont été tuées jeudi à Huambo, où la police a tiré sur des "
            "vendeurs ambulants qui protestaient contre leur expulsion.",
            "fr",
            "AGO.POL",
        ),
        (
            "Police in Lilongwe fired tear gas on Monday at traders protesting against new "
            "market fees.",
            "en",
            "MWI.POL",
        ),
    ],
)
def test_widened_actors_every_state_has_its_police_army_and_government(
    extract: Extract, text: str, lang: str, body: str
) -> None:
    """ "la police" in a one-country story is that country's police, for states whose bodies
    nobody wrote out by hand too, under ACLED's own label."""
    assert body in _ids(extract(text, lang))
    actors = load_actors()
    states = [a for a in actors.actors.values() if a.kind == "state" and a.names.get("en")]
    missing = [
        f"{s.id}{suffix}"
        for s in states
        for suffix in (".GOV", ".MIL", ".POL")
        if actors.get(f"{s.id}{suffix}") is None
    ]
    assert missing == []
    police = actors.get(body)
    assert police is not None and police.kind == "police"
    assert police.name.startswith("Police Forces of") or police.acled


@pytest.mark.parametrize(
    ("text", "lang", "branch"),
    [
        (
            "Un kamikaze de l'État islamique s'est fait exploser vendredi devant une mosquée de "
            "Kunduz, dans le nord de l'Afghanistan.",
            "fr",
            "GRP.ISKP",
        ),
        (
            "Islamic State fighters raided the village of Mucojo in Cabo Delgado, Mozambique, "
            "on Monday.",
            "en",
            "GRP.IS_MOZ",
        ),
        (
            "Des jihadistes liés à Al-Qaïda ont attaqué mardi le camp militaire de Djibo, dans le "
            "nord du Burkina Faso.",
            "fr",
            "GRP.JNIM",
        ),
    ],
)
def test_widened_actors_a_global_group_in_a_one_country_story_is_its_branch_there(
    extract: Extract, text: str, lang: str, branch: str
) -> None:
    assert branch in _ids(extract(text, lang))


def test_widened_actors_the_islamic_state_in_syria_stays_the_islamic_state(
    extract: Extract,
) -> None:
    text = "Islamic State fighters attacked an army checkpoint near Palmyra, in Syria, on Monday."
    assert "GRP.IS" in _ids(extract(text, "en"))


@pytest.mark.parametrize(
    ("text", "lang", "state"),
    [
        ("Des hommes armés ont enlevé mardi deux touristes français près de Parakou.", "fr", "FRA"),
        ("Gunmen abducted an Austrian woman from her home in Agadez on Saturday.", "en", "AUT"),
    ],
)
def test_widened_actors_people_of_a_nationality_are_not_their_state(
    extract: Extract, text: str, lang: str, state: str
) -> None:
    assert state not in _ids(extract(text, lang))


def test_widened_actors_police_in_a_story_of_several_countries_are_the_local_ones(
    extract: Extract,
) -> None:
    text = (
        "Thousands marched in Paris on Saturday in support of Ukraine, a day after Russian "
        "strikes on Kharkiv. Police in Lyon arrested twelve counter-protesters."
    )
    assert "FRA.POL" in _ids(extract(text, "en"))
