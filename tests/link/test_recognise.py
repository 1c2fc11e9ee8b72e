"""Finding place mentions in parsed text: parser places, gazetteer names the parser missed,
demonyms, and the words that look like places but are not."""

from __future__ import annotations

import itertools

import pytest
from placekit import Finder, Linker, article_from_text

from dateline.link.places.gazetteer import Gazetteer
from dateline.link.places.recognise import Mention, find_mentions, is_not_place
from dateline.records import ParsedArticle


def _overlapping(found: list[Mention], text: str, words: str) -> list[Mention]:
    start = text.index(words)
    end = start + len(words)
    return [m for m in found if m.start < end and start < m.end]


@pytest.mark.parametrize(
    ("lang", "text", "written", "iso2"),
    [
        ("fr", "Les bombardiers russes ont frappé des positions rebelles jeudi.", "russes", "RU"),
        ("en", "Turkish forces shelled several villages near the border.", "Turkish", "TR"),
        ("en", "Russian-controlled units withdrew from the bridge overnight.", "Russian", "RU"),
        ("en", "Israeli strikes hit a residential building overnight.", "Israeli", "IL"),
        ("fr", "L'armée malienne a repoussé une attaque contre un camp.", "malienne", "ML"),
        ("fr", "Des soldats turcs patrouillent à la frontière syrienne.", "syrienne", "SY"),
    ],
)
def test_recognise_demonym_gives_its_country(
    mentions: Finder, lang: str, text: str, written: str, iso2: str
) -> None:
    found = [m for m in mentions(text, lang) if m.text == written]
    assert [(m.kind, m.country) for m in found] == [("demonym", iso2)]


@pytest.mark.parametrize(
    ("lang", "text", "written", "iso2"),
    [
        ("fr", "Des réfugiés sud-soudanais ont franchi la frontière mardi.", "sud-soudanais", "SS"),
        ("en", "South Sudanese refugees crossed the border on Tuesday.", "South Sudanese", "SS"),
    ],
)
def test_recognise_demonym_prefers_the_longest_form(
    mentions: Finder, lang: str, text: str, written: str, iso2: str
) -> None:
    found = _overlapping(mentions(text, lang), text, written)
    assert [(m.text, m.country) for m in found] == [(written, iso2)]


def test_recognise_demonym_tagged_as_place_is_a_demonym(mentions: Finder) -> None:
    """The French model tags "Américains" as a location; it is the nationality."""
    text = "Les Américains ont proposé une nouvelle trêve aux deux parties."
    found = _overlapping(mentions(text, "fr"), text, "Américains")
    assert [(m.kind, m.country) for m in found] == [("demonym", "US")]


@pytest.mark.parametrize(
    "text",
    [
        "Le commandement nord-américain a annoncé un exercice aérien conjoint mardi.",
        "Des missionnaires latino-américains ont été libérés jeudi.",
    ],
)
def test_recognise_compound_adjective_is_not_a_demonym(mentions: Finder, text: str) -> None:
    assert [m for m in mentions(text, "fr") if m.country == "US"] == []


def test_recognise_sentence_initial_common_word_is_not_a_place(
    mentions: Finder, gazetteer: Gazetteer
) -> None:
    assert gazetteer.is_scanned("Selon")  # a town's name: only the parse tells it apart
    text = "Selon l'agence officielle, trois civils ont été blessés dans l'explosion."
    assert _overlapping(mentions(text, "fr"), text, "Selon") == []


def test_recognise_month_is_not_a_place(mentions: Finder, gazetteer: Gazetteer) -> None:
    assert gazetteer.is_scanned("March")  # a town in England
    text = "The ceasefire collapsed in March after weeks of sporadic clashes."
    assert _overlapping(mentions(text, "en"), text, "March") == []


def test_recognise_secretaire_d_etat_is_not_a_place(mentions: Finder) -> None:
    text = "Le secrétaire d'Etat a rencontré son homologue mercredi soir."
    assert mentions(text, "fr") == []


@pytest.mark.parametrize(
    ("lang", "text", "group"),
    [
        ("fr", "Des combattants du front al-Nosra ont attaqué un poste près d'Idleb.", "al-Nosra"),
        ("fr", "Le front al-Nosra a revendiqué l'attaque contre une caserne.", "al-Nosra"),
        ("fr", "L'Etat islamique a revendiqué l'attentat commis près de Deir ez-Zor.", "Etat"),
        ("en", "Islamic State fighters attacked a checkpoint outside the town.", "Islamic State"),
        ("fr", "Le Hezbollah a annoncé la mort de deux de ses combattants.", "Hezbollah"),
    ],
)
def test_recognise_armed_group_is_not_a_place(
    mentions: Finder, lang: str, text: str, group: str
) -> None:
    assert _overlapping(mentions(text, lang), text, group) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Washington Post reported that the talks had stalled again."),
        ("fr", "Selon le Washington Post, les négociations sont dans l'impasse."),
    ],
)
def test_recognise_newspaper_named_after_a_place_is_not_a_place(
    mentions: Finder, lang: str, text: str
) -> None:
    assert _overlapping(mentions(text, lang), text, "Washington") == []


def test_recognise_possessive_is_not_part_of_the_name(mentions: Finder) -> None:
    text = "Mali's army said it had repelled an attack on a military camp."
    found = _overlapping(mentions(text, "en"), text, "Mali's")
    assert [(m.text, m.start, m.end) for m in found] == [("Mali", 0, 4)]


def test_recognise_group_name_ending_in_a_region_is_not_a_place(places: Linker) -> None:
    text = "Des combattants de l'Etat islamique au Grand Sahara ont tendu une embuscade."
    start = text.index("Etat islamique au Grand Sahara")
    end = start + len("Etat islamique au Grand Sahara")
    assert [p.text for p in places(text, "fr") if p.start < end and start < p.end] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Des obus sont tombés sur Deir ez-Zor et Ras al Ain mardi.", "Deir ez-Zor"),
        ("Les combats autour d'Alep ont repris dans la nuit.", "Alep"),
        ("Le pétrole de l'Irak transite par la Turquie.", "Irak"),
    ],
)
def test_recognise_scan_finds_names_without_the_parser(
    gazetteer: Gazetteer, text: str, expected: str
) -> None:
    """With no parse at all, the gazetteer scan still finds known names, across particles
    ("ez-Zor") and without an elided article ("d'Alep")."""
    found = find_mentions(ParsedArticle(article_from_text(text, "fr")), gazetteer)
    assert expected in [m.text for m in found]
    assert all(m.source == "gazetteer" for m in found)


def test_recognise_scan_ignores_short_words_not_in_capitals(gazetteer: Gazetteer) -> None:
    text = "Us and them, said the man from the US embassy."
    found = find_mentions(ParsedArticle(article_from_text(text, "en")), gazetteer)
    assert [(m.text, m.start) for m in found] == [("US", text.index("US "))]


def test_recognise_mentions_are_in_text_order_without_overlaps(mentions: Finder) -> None:
    text = (
        "Des frappes russes ont visé Deir ez-Zor et Palmyre, dans le centre de la Syrie, "
        "a indiqué Moscou."
    )
    found = mentions(text, "fr")
    assert len(found) >= 4
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


def test_recognise_mention_text_is_its_span(mentions: Finder) -> None:
    text = "Les forces turques ont bombardé Tall Abyad, à la frontière syrienne."
    found = mentions(text, "fr")
    assert found
    assert all(text[m.start : m.end] == m.text for m in found)


@pytest.mark.parametrize(
    "name",
    [
        "Etat",
        "Etat islamique",
        "État islamique",
        "ETAT ISLAMIQUE",
        "front al-Nosra",
        "the Islamic State",
        "État islamique au Grand Sahara",
        "Hezbollah",
        "Occident",
    ],
)
def test_recognise_is_not_place_for_groups_and_titles(name: str) -> None:
    assert is_not_place(name)


@pytest.mark.parametrize("name", ["West Bank", "Homs", "Etat de Borno", "Gaza", "Hama"])
def test_recognise_is_not_place_keeps_real_places(name: str) -> None:
    assert not is_not_place(name)
