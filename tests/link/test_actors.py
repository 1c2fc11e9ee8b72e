"""Actor linking: dictionary names, acronyms, nationality adjectives, titles, short forms."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dateline.link.actors import load_actors
from dateline.link.actors.dictionary import fold_text
from dateline.records import ActorMention, Extraction

Extract = Callable[[str, str], Extraction]


def _by_text(extraction: Extraction) -> dict[str, ActorMention]:
    return {actor.text: actor for actor in extraction.actors}


@pytest.mark.parametrize(
    ("text", "lang", "mention", "actor_id"),
    [
        ("Des combattants de Daesh ont attaqué un poste près de Raqqa.", "fr", "Daesh", "GRP.IS"),
        ("Daech a revendiqué l'attentat dans un communiqué.", "fr", "Daech", "GRP.IS"),
        ("Les positions de l'EI ont été visées par des frappes.", "fr", "EI", "GRP.IS"),
        ("L'Etat islamique a perdu la ville.", "fr", "Etat islamique", "GRP.IS"),
        ("Islamic State fighters withdrew from the town.", "en", "Islamic State", "GRP.IS"),
        ("ISIS claimed the bombing on its Amaq agency.", "en", "ISIS", "GRP.IS"),
        ("Le front al-Nosra contrôle le nord de la province.", "fr", "front al-Nosra", "GRP.NUSRA"),
        ("Hezbollah fired rockets at an Israeli position.", "en", "Hezbollah", "GRP.HEZBOLLAH"),
        ("Les shebab ont revendiqué l'attaque à Mogadiscio.", "fr", "shebab", "GRP.SHABAAB"),
    ],
)
def test_actors_dictionary_names_link(
    extract: Extract, text: str, lang: str, mention: str, actor_id: str
) -> None:
    linked = [a for a in extract(text, lang).actors if mention in a.text]
    assert [a.canonical_id for a in linked] == [actor_id]
    assert linked[0].via == "name"
    assert text[linked[0].start : linked[0].end] == linked[0].text


@pytest.mark.parametrize(
    ("text", "lang", "forbidden"),
    [
        # "EI" inside a word, and "is" / "Is" in prose, are not the Islamic State.
        ("La reine a visité une ville d'Écosse.", "fr", "GRP.IS"),
        ("The situation is tense and the army is on alert.", "en", "GRP.IS"),
        ("Is the ceasefire holding? Officials would not say.", "en", "GRP.IS"),
        ("Un peuplier ei déraciné.", "fr", "GRP.IS"),
        ("The un-named official spoke to reporters.", "en", "IGO.UN"),
    ],
)
def test_actors_acronyms_match_only_as_written(
    extract: Extract, text: str, lang: str, forbidden: str
) -> None:
    assert forbidden not in {actor.canonical_id for actor in extract(text, lang).actors}


@pytest.mark.parametrize(
    ("text", "lang", "mention", "actor_id"),
    [
        (
            "Les bombardiers russes ont frappé des positions jihadistes.",
            "fr",
            "bombardiers russes",
            "RUS.MIL",
        ),
        ("Turkish troops crossed the border at dawn.", "en", "Turkish troops", "TUR.MIL"),
        (
            "Le gouvernement malien a décrété un deuil national.",
            "fr",
            "gouvernement malien",
            "MLI.GOV",
        ),
    ],
)
def test_actors_nationality_adjectives_name_a_body_of_the_state(
    extract: Extract, text: str, lang: str, mention: str, actor_id: str
) -> None:
    found = _by_text(extract(text, lang))
    assert found[mention].canonical_id == actor_id
    # Common phrases are also dictionary names; either way the state's body is found.
    assert found[mention].via in ("demonym", "name")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A drone struck the Saudi Teaching Hospital in El Fasher on Friday.", "en"),
        ("Un obus est tombé lundi sur l'hôpital koweïtien de Rafah.", "fr"),
        ("Gunmen stormed the Turkish Airlines office in Mogadishu.", "en"),
    ],
)
def test_actors_a_building_or_firm_named_after_a_nation_is_no_actor(
    extract: Extract, text: str, lang: str
) -> None:
    assert [a.canonical_id for a in extract(text, lang).actors] == []


def test_actors_nationality_noun_is_the_state(extract: Extract) -> None:
    found = _by_text(extract("Les Américains ont proposé un centre de commandement commun.", "fr"))
    assert found["Américains"].canonical_id == "USA"


def test_actors_short_form_only_after_the_full_name(extract: Extract) -> None:
    text = "Selon le Post, la réunion a été reportée."
    assert "MEDIA.WAPO" not in {a.canonical_id for a in extract(text, "fr").actors}
    text = (
        "Le Washington Post a publié le projet d'accord. Selon le Post, la réunion a été reportée."
    )
    linked = [a for a in extract(text, "fr").actors if a.canonical_id == "MEDIA.WAPO"]
    assert [a.via for a in linked] == ["name", "short"]


def test_actors_ministry_anaphor_refers_back(extract: Extract) -> None:
    text = (
        "Le ministère russe de la Défense a annoncé de nouvelles frappes. "
        "Selon le ministère, six bombardiers ont participé au raid."
    )
    anaphors = [a for a in extract(text, "fr").actors if a.via == "anaphor"]
    assert [(a.text.lower(), a.canonical_id) for a in anaphors] == [("le ministère", "RUS.MOD")]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Le secrétaire d'Etat américain John Kerry est arrivé à Moscou.", "PER.KERRY_JOHN"),
        ("Vladimir Poutine a reçu son homologue turc au Kremlin.", "PER.PUTIN_VLADIMIR"),
        ("Serguei Lavrov a rejeté ces accusations.", "PER.LAVROV_SERGEI"),
    ],
)
def test_actors_persons_link_with_their_country(extract: Extract, text: str, person: str) -> None:
    persons = [a for a in extract(text, "fr").actors if a.kind == "person"]
    assert person in {a.canonical_id for a in persons}
    actor = load_actors().get(person)
    assert actor is not None and actor.country in ("USA", "RUS")


def test_actors_title_names_the_office_when_no_name_follows(extract: Extract) -> None:
    found = extract("Le chef de la diplomatie russe a démenti toute implication.", "fr")
    titles = [a for a in found.actors if a.via == "title"]
    assert titles
    assert all(a.country_iso3 == "RUS" for a in titles)


def test_actors_dictionary_has_every_parent() -> None:
    dictionary = load_actors()
    missing = {
        actor.id: actor.parent
        for actor in dictionary.actors.values()
        if actor.parent and dictionary.get(actor.parent) is None
    }
    assert missing == {}


def test_actors_office_tenures_are_ordered() -> None:
    for actor in load_actors().actors.values():
        for role in actor.roles:
            if role.start and role.end:
                assert role.start <= role.end, actor.id
            assert role.start is None or role.start >= date(1900, 1, 1)


def test_actors_fold_keeps_length() -> None:
    text = "Straße, Œuvre, Ḩimş, ﬁn d'Al‑Qaïda"
    assert len(fold_text(text)) == len(text)


def test_actors_person_is_affiliated_to_the_office_the_title_names(extract: Extract) -> None:
    found = extract("Le secrétaire d'Etat américain John Kerry est arrivé à Moscou.", "fr")
    kerry = [a for a in found.actors if a.canonical_id == "PER.KERRY_JOHN"]
    assert kerry
    assert {a.affiliation for a in kerry} == {"USA.MFA"}
    assert {a.country_iso3 for a in kerry} == {"USA"}


@pytest.mark.parametrize(
    ("text", "lang", "actor_id"),
    [
        ("Nigeria's army said it repelled an attack on Monguno.", "en", "NGA.MIL"),
        ("Ethiopia's federal government declared a state of emergency.", "en", "ETH.GOV"),
        ("Chad's army-backed government lifted the curfew on Friday.", "en", "TCD.GOV"),
    ],
)
def test_actors_a_state_owning_a_body_is_that_body(
    extract: Extract, text: str, lang: str, actor_id: str
) -> None:
    first = extract(text, lang).actors[0]
    assert first.canonical_id == actor_id
    assert first.start == 0


def test_actors_a_demonym_does_not_swallow_a_party_joined_to_it(extract: Extract) -> None:
    actors = extract("US and British warships shelled Houthi positions near Hodeidah.", "en").actors
    ids = [a.canonical_id for a in actors]
    assert ids[0].startswith("USA")
    assert any(i.startswith("GBR") for i in ids)


@pytest.mark.parametrize(
    ("text", "lang", "mention", "actor_id"),
    [
        (
            "Au Kenya, la police a dispersé une marche à Nairobi et à Mombasa.",
            "fr",
            "la police",
            "KEN.POL",
        ),
        (
            "In Mali, the army said it killed 12 militants near Mopti and Douentza.",
            "en",
            "the army",
            "MLI.MIL",
        ),
        (
            "Des policiers en civil ont arrêté samedi un avocat au tribunal de Tunis.",
            "fr",
            "Des policiers",
            "TUN.POL",
        ),
    ],
)
def test_actors_a_body_named_by_a_common_noun_belongs_to_the_storys_country(
    extract: Extract, text: str, lang: str, mention: str, actor_id: str
) -> None:
    linked = _by_text(extract(text, lang))
    assert linked[mention].canonical_id == actor_id


def test_actors_a_story_over_several_countries_gets_no_guessed_body(extract: Extract) -> None:
    text = "Rockets hit Sderot and strikes hit Rafah; the army said it targeted launch sites."
    assert "the army" not in _by_text(extract(text, "en"))


@pytest.mark.parametrize(
    ("text", "lang", "actor_id", "words"),
    [
        (
            "Les forces du maréchal Khalifa Haftar ont pris lundi la ville de Gharyan.",
            "fr",
            "GRP.LNA",
            "forces du maréchal Khalifa Haftar",
        ),
        (
            "Troops loyal to President Salva Kiir shelled the opposition base near Juba.",
            "en",
            "SSD.MIL",
            "Troops loyal to President Salva Kiir",
        ),
    ],
)
def test_actors_the_forces_of_a_leader_are_the_leaders_armed_body(
    extract: Extract, text: str, lang: str, actor_id: str, words: str
) -> None:
    first = extract(text, lang).actors[0]
    assert (first.canonical_id, first.text) == (actor_id, words)


def test_actors_a_leader_alone_stays_a_person(extract: Extract) -> None:
    first = extract("Khalifa Haftar a rencontré lundi le président égyptien.", "fr").actors[0]
    assert first.canonical_id == "PER.HAFTAR_KHALIFA"


@pytest.mark.parametrize(
    ("text", "lang", "actor_id"),
    [
        ("Kyiv rejected on Sunday any deal that would cede territory.", "en", "UKR.GOV"),
        ("Bamako a accusé mardi l'Algérie d'un acte hostile.", "fr", "MLI.GOV"),
    ],
)
def test_actors_a_capital_that_acts_is_its_government(
    extract: Extract, text: str, lang: str, actor_id: str
) -> None:
    first = extract(text, lang).actors[0]
    assert (first.canonical_id, first.via, first.start) == (actor_id, "capital", 0)


def test_actors_a_capital_that_is_hit_stays_a_place(extract: Extract) -> None:
    extraction = extract("Russian missiles hit Kyiv overnight, killing three people.", "en")
    assert all(a.via != "capital" for a in extraction.actors)
    assert any(p.name == "Kyiv" for p in extraction.places)
