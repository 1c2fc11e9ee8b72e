"""Parsing a batch of articles in one spaCy stream gives each article its own parse."""

from __future__ import annotations

import pytest

from dateline.parse import parse, parse_many
from dateline.records import Article

FR = (
    "Des frappes aériennes ont visé dimanche la ville d'Idleb, selon l'OSDH.\n\n"
    "Le ministère syrien de la Défense a démenti toute attaque contre des civils."
)
EN = "Militants attacked a checkpoint near Kandahar on Monday.\n\nThe Taliban denied it."
ES = "Un ataque con drones alcanzó el puerto de Odesa el martes."


def _article(text: str, id: str, lang: str | None) -> Article:
    return Article.from_text(text, id=id, source="test", lang=lang)


def test_parse_many_matches_parsing_each_article_alone() -> None:
    articles = [
        _article(FR, "fr-1", "fr"),
        _article(EN, "en-1", "en"),
        _article(ES, "es-1", "es"),
        _article(FR.replace("dimanche", "lundi"), "fr-2", "fr"),
    ]
    together = list(parse_many(articles))
    assert [parsed.article.id for parsed in together] == ["fr-1", "en-1", "es-1", "fr-2"]
    for parsed in together:
        alone = parse(parsed.article)
        assert parsed.sentences == alone.sentences
        assert parsed.entities == alone.entities
    # Offsets point into each article's own text, paragraphs included.
    fr = together[0]
    assert [fr.article.text[s.start : s.end] for s in fr.sentences][1].startswith("Le ministère")
    assert any(e.text == "Kandahar" for e in together[1].entities)
    # No Spanish model: the article is kept, unparsed.
    assert together[2].sentences == () and together[2].docs == ()


def test_parse_many_of_nothing_is_nothing() -> None:
    assert list(parse_many([])) == []


def test_a_sentence_is_not_cut_where_no_punctuation_ends_it() -> None:
    # The French parser alone makes "Fin novembre 2020," a sentence of its own, which puts
    # the soldiers and the verb in different sentences.
    text = (
        "Fin novembre 2020, des soldats érythréens ont violé des femmes à Adigrat, selon "
        "des témoins. Amnesty International a dénoncé ces crimes."
    )
    parsed = parse(_article(text, "fr-3", "fr"))
    sentences = [text[s.start : s.end] for s in parsed.sentences]
    assert sentences == [text[: text.index(" Amnesty")], text[text.index("Amnesty") :]]


@pytest.mark.parametrize(
    ("lang", "text", "story"),
    [
        ("en", "SRINAGAR (Reuters) - Indian troops killed two militants on Monday.", "Indian"),
        ("fr", "ÉQUATEUR - Un manifestant a été tué par balle dimanche à Otavalo.", "Un"),
        ("fr", "Kampala\nNORD-KIVU — De violents combats opposent les rebelles aux FARDC.", "De"),
        ("en", "JUBA, South Sudan (AP) - South Sudan's army retook Nasir on Monday.", "South"),
        ("en", "GOMA, March 3 (Reuters) - Rebels seized the town of Walikale on Sunday.", "Rebels"),
    ],
)
def test_a_wire_dateline_is_no_part_of_the_story_sentence(lang: str, text: str, story: str) -> None:
    # Parsed with the story, the place's name governs it and the subject is lost.
    parsed = parse(_article(text, "wire-1", lang))
    starts = [text[s.start : s.end].split()[0] for s in parsed.sentences]
    assert story in starts


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le 12 mai - jour de marché - des hommes armés ont attaqué le village de Mopti."),
        ("en", "ISWAP fighters attacked Monguno on Monday (local time) - residents fled at dawn."),
    ],
)
def test_a_dash_after_ordinary_words_starts_no_sentence(lang: str, text: str) -> None:
    parsed = parse(_article(text, "no-dateline", lang))
    assert len(parsed.sentences) == 1
