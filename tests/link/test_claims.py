"""Claim attribution: who says each sentence, innermost speaker first."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest

from dateline.records import Claim, Extraction

Extract = Callable[[str, str], Extraction]


def _claim_of(extraction: Extraction, words: str) -> Claim:
    text = extraction.article.text
    for claim in extraction.claims:
        if words in text[claim.start : claim.end]:
            return claim
    raise AssertionError(f"no sentence holds {words!r}")


@pytest.mark.parametrize(
    ("text", "lang", "words", "chain"),
    [
        ("Selon l'AFP, trois soldats ont été tués à Gao.", "fr", "trois soldats", ["MEDIA.AFP"]),
        ("D'après Reuters, le convoi a été pris pour cible.", "fr", "convoi", ["MEDIA.REUTERS"]),
        (
            "Deux civils ont été tués dans le bombardement, rapporte l'agence Sputnik.",
            "fr",
            "Deux civils",
            ["MEDIA.SPUTNIK"],
        ),
        (
            "Le Washington Post a rapporté que les négociations avaient échoué.",
            "fr",
            "négociations",
            ["MEDIA.WAPO"],
        ),
        (
            "Le ministère russe de la Défense a affirmé que six bombardiers avaient décollé.",
            "fr",
            "six bombardiers",
            ["RUS.MOD"],
        ),
        (
            "According to Reuters, the militants withdrew from the town overnight.",
            "en",
            "militants",
            ["MEDIA.REUTERS"],
        ),
        (
            "Hamas said the rockets were fired in response to the raid.",
            "en",
            "rockets",
            ["GRP.HAMAS"],
        ),
        (
            "Twelve fighters died in the clashes, the Syrian Observatory for Human Rights said.",
            "en",
            "Twelve fighters",
            ["NGO.SOHR"],
        ),
    ],
)
def test_claims_frames_name_the_speaker(
    extract: Extract, text: str, lang: str, words: str, chain: list[str]
) -> None:
    assert list(_claim_of(extract(text, lang), words).chain_ids) == chain


def test_claims_nested_relay_puts_the_speaker_first(extract: Extract) -> None:
    text = (
        "Selon l'agence russe Sputnik, « six bombardiers ont détruit un dépôt de munitions », "
        "rapporte le ministère russe de la Défense."
    )
    claim = _claim_of(extract(text, "fr"), "dépôt")
    assert list(claim.chain_ids) == ["RUS.MOD", "MEDIA.SPUTNIK"]
    assert claim.chain[0] != claim.chain[1]


def test_claims_document_noun_stands_for_the_last_speaker(extract: Extract) -> None:
    text = (
        "Le ministère russe de la Défense a annoncé une nouvelle série de frappes. "
        "« Les cibles ont été détruites », précise le communiqué."
    )
    assert list(_claim_of(extract(text, "fr"), "cibles").chain_ids) == ["RUS.MOD"]


def test_claims_carry_over_within_a_paragraph_only(extract: Extract) -> None:
    text = (
        "Selon l'OSDH, dix civils ont été tués. Plusieurs maisons ont été détruites.\n\n"
        "Le marché a rouvert le lendemain."
    )
    extraction = extract(text, "fr")
    carried = _claim_of(extraction, "maisons")
    assert carried.inherited
    assert list(carried.chain_ids) == ["NGO.SOHR"]
    assert list(_claim_of(extraction, "marché").chain_ids) == []


def test_claims_passive_reporting_verb_is_no_speaker(extract: Extract) -> None:
    text = "La première série de frappes russes avait été annoncée mardi."
    assert list(_claim_of(extract(text, "fr"), "série").chain_ids) == []


def test_claims_cover_every_sentence_once(extract: Extract) -> None:
    text = "Selon l'AFP, deux roquettes sont tombées. Personne n'a été blessé. La police enquête."
    extraction = extract(text, "fr")
    spans = [(claim.start, claim.end) for claim in extraction.claims]
    assert spans == sorted(spans)
    assert all(end <= start for (_, end), (start, _) in itertools.pairwise(spans))


def test_claims_outlet_of_the_page_closes_the_chain(extract: Extract) -> None:
    from dateline.ingest.document import make_document
    from dateline.pipeline import process
    from dateline.records import Format

    html = (
        "<html><head><title>Raid</title>"
        '<link rel="canonical" href="https://www.reuters.com/world/raid-2016-07-14/"></head>'
        "<body><article><h1>Raid</h1><p>Selon l'AFP, trois soldats ont été tués près de Gao "
        "lors d'une embuscade tendue par des hommes armés.</p></article></body></html>"
    )
    document = make_document(html, source="test.html", format=Format.HTML, is_html=True)
    claim = process(document).claims[0]
    assert list(claim.chain_ids) == ["MEDIA.AFP", "MEDIA.REUTERS"]
