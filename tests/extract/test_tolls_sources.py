"""Tolls and deeds the extractor missed: a lower figure another source gives after a
semicolon, one victim named by role or by article ("the school's headmaster", "tuant son
conducteur", "Un manifestant de 25 ans a été tué"), a person named with "N other people" after
a relative clause, a follow-up deed of a named gang whose first deed has no place,
wounded told beside a drone that "s'est abattu" (fell) as a toll of 0, and the dead told
beside a denial given to the realised deed."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from coding import coded, events_of
from dateline.extract import arguments
from dateline.parse import load_model


def _toll(text: str, subtype: str) -> int | None:
    """The toll of the first event of ACLED sub-type ``subtype``."""
    event = next((e for e in events_of(text) if e.acled_subtype == subtype), None)
    assert event is not None, f"no {subtype} event in {coded(text)}"
    return event.quantities["fatalities"]  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("text", "subtype", "deaths"),
    [
        (
            "Des hommes armés ont tué au moins 15 villageois lundi près de Djibo, selon des "
            "habitants ; l'armée avance un bilan de onze morts.",
            "Attack",
            11,
        ),
        (
            "Gunmen killed at least 20 villagers near Gusau on Monday, residents said; police "
            "put the figure at eight.",
            "Attack",
            8,
        ),
    ],
)
def test_tolls_sources_lowest_after_a_semicolon(text: str, subtype: str, deaths: int) -> None:
    """A second source's lower figure for the same dead, in the same sentence: ACLED keeps
    the lowest."""
    assert _toll(text, subtype) == deaths, coded(text)


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        (
            "Un drone a frappé lundi une voiture près de Nabatieh, au Liban-Sud, tuant son "
            "conducteur, a annoncé le ministère libanais de la Santé.",
            "Air/drone strike",
        ),
        (
            "ÉQUATEUR - Un manifestant de 25 ans a été tué par balle samedi à Latacunga, lors "
            "d'une opération militaire, a dénoncé la CONAIE.",
            "Excessive force against protesters",
        ),
        (
            "The mayor of Celaya, Miguel Torres, was shot dead on Sunday, officials said.",
            "Attack",
        ),
        (
            "Gunmen stormed a school in Kankara on Monday and abducted 12 pupils; the "
            "school's headmaster was killed.",
            "Attack",
        ),
    ],
)
def test_tolls_sources_one_victim_named(text: str, subtype: str) -> None:
    """One victim named by an owner, an article or an office with its holder's name is a
    toll of one."""
    assert _toll(text, subtype) == 1, coded(text)


# "A strike killed Ali Nasser, whom Israel named commander, and three other people, the
# ministry said." as the English parser reads it after a relative clause: the others hung on
# "said" as its subject.
_WORDS = (
    ("A", "a", "DET", "det", 1),
    ("strike", "strike", "NOUN", "nsubj", 2),
    ("killed", "kill", "VERB", "ccomp", 18),
    ("Ali", "Ali", "PROPN", "compound", 4),
    ("Nasser", "Nasser", "PROPN", "dobj", 2),
    (",", ",", "PUNCT", "punct", 4),
    ("whom", "whom", "PRON", "dobj", 8),
    ("Israel", "Israel", "PROPN", "nsubj", 8),
    ("named", "name", "VERB", "relcl", 4),
    ("commander", "commander", "NOUN", "oprd", 8),
    (",", ",", "PUNCT", "punct", 4),
    ("and", "and", "CCONJ", "cc", 4),
    ("three", "three", "NUM", "nummod", 14),
    ("other", "other", "ADJ", "amod", 14),
    ("people", "people", "NOUN", "nsubj", 18),
    (",", ",", "PUNCT", "punct", 14),
    ("the", "the", "DET", "det", 17),
    ("ministry", "ministry", "NOUN", "appos", 14),
    ("said", "say", "VERB", "ROOT", 18),
    (".", ".", "PUNCT", "punct", 18),
)


def test_tolls_sources_others_after_a_relative_clause() -> None:
    """ "killed X, whom … named …, and three other people": the "and" closing the name's
    phrase leads to the others, whichever verb the parser hung them on; four dead."""
    words, lemmas, tags, deps, heads = zip(*_WORDS, strict=True)
    doc = Doc(
        load_model("en").vocab,
        words=list(words),
        lemmas=list(lemmas),
        pos=list(tags),
        deps=list(deps),
        heads=list(heads),
    )
    found = arguments._count_near(doc[2], "en")
    assert found is not None
    assert found[0] == 4


def test_tolls_sources_follow_up_of_a_gang_without_place() -> None:
    """The gang named for a first deed that could not be placed burns houses next: a deed
    of its own."""
    text = (
        "Au moins six femmes auraient été violées par des membres du gang Gran Grif lors "
        "d'une incursion dans plusieurs localités la semaine dernière. Les bandits auraient "
        "également incendié une vingtaine de maisons."
    )
    kinds = {e.acled_subtype for e in events_of(text)}
    assert "Looting/property destruction" in kinds, coded(text)


def test_tolls_sources_a_drone_falling_is_no_death() -> None:
    """ "un drone piégé s'est abattu sur le commissariat": the drone fell, nobody was shot
    dead, so the wounded alone make the strike's toll 0."""
    text = (
        "Quatre policiers ont été blessés samedi lorsqu'un drone piégé s'est abattu sur le "
        "commissariat de Jamundí, a indiqué la police."
    )
    assert _toll(text, "Air/drone strike") == 0, coded(text)


def test_tolls_sources_dead_are_the_realised_deeds_not_the_denials() -> None:
    """The toll told in the sentence of a denial belongs to the deed told before it; the
    denial's copy keeps none."""
    text = (
        "Police opened fire on protesters in Nairobi on Tuesday, witnesses said. Human Rights "
        "Watch said at least 9 people were killed in Nairobi; the police denied its officers "
        "had fired on protesters."
    )
    tolls = {
        e.status: e.quantities["fatalities"]
        for e in events_of(text)
        if e.acled_subtype == "Excessive force against protesters"
    }
    assert tolls == {"realised": 9, "denied": None}, coded(text)
