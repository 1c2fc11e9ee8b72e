"""Actors named by common nouns, shared nationalities or their sponsors (issue 5): a group
or mission known at home by a common noun, intelligence services, "Congolese" and "Congo",
"X-backed" groups, territories' police and the bodies of a group that rules a state."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.ingest.document import make_document
from dateline.link.actors import load_actors
from dateline.pipeline import process
from dateline.records import ActorMention, Extraction, Format

Extract = Callable[[str, str], Extraction]


def _ids(extraction: Extraction) -> set[str]:
    return {actor.canonical_id for actor in extraction.actors}


def _by_text(extraction: Extraction) -> dict[str, ActorMention]:
    return {actor.text: actor for actor in extraction.actors}


def _extract_published(text: str, published: str) -> Extraction:
    """The pipeline on a report with a publication date, the reference of dated rules."""
    document = make_document(
        text, source="test", format=Format.JSONL, is_html=False, published=published
    )
    return process(document)


@pytest.mark.parametrize(
    ("text", "lang", "mention", "actor_id"),
    [
        (
            "Des séparatistes armés ont enlevé dimanche onze élèves à Bamenda, au Cameroun.",
            "fr",
            "séparatistes armés",
            "GRP.AMBAZONIA",
        ),
        (
            "Separatist fighters burned houses near Mamfe, in Cameroon's South-West region.",
            "en",
            "Separatist fighters",
            "GRP.AMBAZONIA",
        ),
        (
            "Les Casques bleus ont quitté mardi leur camp de Tessalit, dans le nord du Mali.",
            "fr",
            "Casques bleus",
            "IGO.MINUSMA",
        ),
        (
            "UN peacekeepers came under fire near Naqoura in southern Lebanon on Friday.",
            "en",
            "UN peacekeepers",
            "IGO.UNIFIL",
        ),
        (
            "Les paramilitaires ont pris le contrôle d'El-Facher, au Soudan, après un siège.",
            "fr",
            "paramilitaires",
            "GRP.RSF",
        ),
    ],
)
def test_actors_home_names_name_the_group_of_the_storys_country(
    extract: Extract, text: str, lang: str, mention: str, actor_id: str
) -> None:
    assert _by_text(extract(text, lang))[mention].canonical_id == actor_id


def test_actors_home_names_stay_unlinked_abroad(extract: Extract) -> None:
    text = "Separatist fighters shelled an army post near Donetsk, in eastern Ukraine."
    assert "GRP.AMBAZONIA" not in _ids(extract(text, "en"))


def test_actors_paramilitaries_outside_sudan_are_the_military(extract: Extract) -> None:
    text = "L'ancien ministre a été arrêté mardi par des paramilitaires à Islamabad, au Pakistan."
    assert _by_text(extract(text, "fr"))["des paramilitaires"].canonical_id == "PAK.MIL"


@pytest.mark.parametrize(
    ("text", "lang", "mention", "actor_id"),
    [
        (
            "Congolese intelligence agents arrested an opposition figure at his home in Kinshasa.",
            "en",
            "Congolese intelligence agents",
            "COD.ANR",
        ),
        (
            "Des agents du renseignement ont arrêté un journaliste lundi à Moscou, en Russie.",
            "fr",
            "agents du renseignement",
            "RUS.FSB",
        ),
        (
            "Three hundred Kenyan police officers landed in Port-au-Prince on Tuesday.",
            "en",
            "Kenyan police officers",
            "KEN.POL",
        ),
    ],
)
def test_actors_intelligence_and_compound_bodies(
    extract: Extract, text: str, lang: str, mention: str, actor_id: str
) -> None:
    assert _by_text(extract(text, lang))[mention].canonical_id == actor_id


def test_actors_intelligence_has_one_main_service_per_state() -> None:
    services = [a for a in load_actors().actors.values() if a.function == "intelligence"]
    countries = [a.country for a in services]
    assert len(countries) == len(set(countries)) >= 15


@pytest.mark.parametrize(
    ("text", "lang", "mention", "actor_id"),
    [
        (
            "L'armée congolaise a repris lundi la localité de Kibumba, au nord de Goma.",
            "fr",
            "armée congolaise",
            "COD.MIL",
        ),
        (
            "La police congolaise a dispersé samedi une marche de l'opposition à Brazzaville.",
            "fr",
            "police congolaise",
            "COG.POL",
        ),
        (
            "Rebels seized Goma in eastern Congo. Congo's government cut ties with Kigali.",
            "en",
            "Congo's government",
            "COD.GOV",
        ),
    ],
)
def test_actors_a_shared_nationality_is_the_storys_state(
    extract: Extract, text: str, lang: str, mention: str, actor_id: str
) -> None:
    assert _by_text(extract(text, lang))[mention].canonical_id == actor_id


@pytest.mark.parametrize(
    ("text", "lang", "state", "group"),
    [
        (
            "The SDF blamed Turkish-backed factions for the car bomb in Manbij, Syria.",
            "en",
            "TUR",
            "GRP.SNA",
        ),
        (
            "Iran-backed militias fired rockets at a base near Erbil, in northern Iraq.",
            "en",
            "IRN",
            None,
        ),
    ],
)
def test_actors_a_sponsor_is_not_the_backed_group(
    extract: Extract, text: str, lang: str, state: str, group: str | None
) -> None:
    ids = _ids(extract(text, lang))
    assert state not in ids
    assert group is None or group in ids


@pytest.mark.parametrize(
    ("text", "lang", "mention", "actor_id"),
    [
        (
            "Des émeutiers ont incendié des commerces et affronté les gendarmes à Nouméa.",
            "fr",
            "les gendarmes",
            "FRA.POL",
        ),
        (
            "Rioters set fire to shops and clashed with police in Fort-de-France, Martinique.",
            "en",
            "police",
            "FRA.POL",
        ),
    ],
)
def test_actors_a_territorys_bodies_are_its_sovereigns(
    extract: Extract, text: str, lang: str, mention: str, actor_id: str
) -> None:
    assert _by_text(extract(text, lang))[mention].canonical_id == actor_id


@pytest.mark.parametrize(
    ("text", "published", "mention", "actor_id"),
    [
        (
            "Taliban security forces used water cannon on women protesting in Kabul.",
            "2022-12-22",
            "Taliban security forces",
            "AFG.MIL",
        ),
        (
            "Taliban police detained two journalists in Kandahar on Monday.",
            "2023-03-06",
            "Taliban police",
            "AFG.POL",
        ),
        (
            "La police talibane a arrêté lundi deux journalistes à Kandahar.",
            "2023-03-06",
            "police talibane",
            "AFG.POL",
        ),
    ],
)
def test_actors_a_ruling_groups_bodies_are_the_states(
    text: str, published: str, mention: str, actor_id: str
) -> None:
    assert _by_text(_extract_published(text, published))[mention].canonical_id == actor_id


def test_actors_a_group_before_it_rules_stays_the_group() -> None:
    text = "Taliban security forces attacked a checkpoint in Kandahar on Monday."
    linked = _by_text(_extract_published(text, "2015-03-02"))
    assert linked["Taliban"].canonical_id == "GRP.TALIBAN"
    assert "Taliban security forces" not in linked


def test_actors_indefinite_security_forces_belong_to_the_storys_country(
    extract: Extract,
) -> None:
    text = "Des hommes présentés comme des forces de sécurité ont enlevé un militant à Quetta."
    assert _by_text(extract(text, "fr"))["des forces de sécurité"].canonical_id == "PAK.MIL"


@pytest.mark.parametrize(
    ("text", "mention", "actor_id"),
    [
        ("Deux gendarmes ont été blessés jeudi à Bobo-Dioulasso.", "gendarmes", "BFA.POL"),
        (
            "Les manifestants ont fait face aux forces de l'ordre samedi à Conakry.",
            "forces de l'ordre",
            "GIN.POL",
        ),
        (
            "La police antiémeute a dispersé un sit-in devant le parlement à Rabat.",
            "La police antiémeute",
            "MAR.POL",
        ),
    ],
)
def test_actors_police_nouns_belong_to_the_storys_country(
    extract: Extract, text: str, mention: str, actor_id: str
) -> None:
    assert _by_text(extract(text, "fr"))[mention].canonical_id == actor_id


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Burkina Faso's army said on Monday it had repelled an attack near Djibo.", "BFA.MIL"),
        ("South Sudan's government rejected the decision on Friday.", "SSD.GOV"),
        ("North Korea's military fired two ballistic missiles on Monday.", "PRK.MIL"),
    ],
)
def test_actors_a_state_of_several_words_owns_its_body(text: str, body: str) -> None:
    assert body in _ids(_extract_published(text, "2024-05-06"))


def test_actors_a_state_s_minister_named_is_the_person() -> None:
    text = "Iran's foreign minister Abbas Araghchi warned of serious consequences on Sunday."
    extraction = _extract_published(text, "2025-06-22")
    assert "IRN.GOV" not in _ids(extraction)
    assert "PER.ARAGHCHI_ABBAS" in _ids(extraction)
