"""Who is actor1, the doer (fourth round): the one ordered, asked or accused of doing an
infinitive's deed ("ordered the police to arrest", "accuse le Rwanda de soutenir"), a second
deed of a reporter the parser coordinated into its report ("ont conclu que l'armée avait… et
ont annoncé des sanctions"), forces sent by no one named in an announcement, a plural
pronoun standing for parties named before, and a meeting told in a phrase before the main
clause."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from coding import coded, doer_of, events_of
from dateline.extract.events import _clause_after


@pytest.mark.parametrize(
    ("text", "plover", "doer"),
    [
        (
            "During a visit to Maiduguri on Friday, President Bola Tinubu ordered the police "
            "and the army to arrest the gunmen without delay.",
            "COERCE",
            "NGA.POL",
        ),
        (
            "Kinshasa accuse le Burundi de soutenir les rebelles du RED-Tabara, ce que "
            "Gitega a démenti.",
            "SUPPORT",
            "BDI",
        ),
        (
            "Le président kényan a appelé l'armée soudanaise et les FSR à conclure un "
            "cessez-le-feu.",
            "AGREE",
            "SDN.MIL",
        ),
    ],
)
def test_actor_roles4_infinitive_done_by_whom_it_is_told_to(
    text: str, plover: str, doer: str
) -> None:
    """ "ordered X to arrest", "a ordonné à X d'arrêter", "accuse X de soutenir", "a appelé
    X et Y à conclure": X, the first of those told, does the infinitive's deed, not the one
    who orders, accuses or asks."""
    assert doer_of(text, plover) == doer, coded(text)


def test_actor_roles4_french_infinitive_told_to_someone() -> None:
    """ "a ordonné à la police de disperser les manifestants": the one told ("à la
    police") intervenes, not the one who gave the order."""
    text = "Le chef de la junte a ordonné à la police de disperser les manifestants à Niamey."
    event = next((e for e in events_of(text) if e.plover_type == "PROTEST"), None)
    assert event is not None and event.actor2 is not None, coded(text)
    assert event.actor2.canonical_id == "NER.POL", coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Washington determined on Monday that the Malian army had executed civilians and "
        "will impose sanctions on Bamako.",
        "Les États-Unis ont conclu lundi que l'armée malienne avait commis des exactions et "
        "ont annoncé des sanctions contre le gouvernement de Bamako.",
    ],
)
def test_actor_roles4_reporter_s_second_deed(text: str) -> None:
    """ "concluded that the army had done X and will impose sanctions": the sanctions are
    the reporter's, whose auxiliary the coordinated verb shares (French number and tense,
    English "will" after a past report), not the reported army's."""
    assert doer_of(text, "SANCTION") in ("USA", "USA.GOV"), coded(text)


def test_actor_roles4_reported_clause_keeps_its_owndoer_of() -> None:
    """ "a affirmé que les rebelles avaient attaqué … et ont tué": an auxiliary that agrees
    with the report's subject, not the reporter, keeps the deed in the report."""
    text = (
        "L'armée nigérienne a affirmé que des jihadistes de l'EIGS avaient attaqué la base de "
        "Tillia et ont tué trois soldats."
    )
    assert doer_of(text, "ASSAULT") != "NER.MIL", coded(text)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "On 12 March 2025, Government of Peru announced that 1,500 additional soldiers "
            "would be deployed to Trujillo (Trujillo, La Libertad) after a bomb attack.",
            "PER.GOV",
        ),
    ],
)
def test_actor_roles4_forces_sent_by_the_announcer(text: str, doer: str) -> None:
    """ "announced that soldiers would be deployed": forces sent by no one named are sent
    by whoever announces it, as ACLED codes the government."""
    assert doer_of(text, "MOBILIZE") == doer, coded(text)


def test_actor_roles4_they_stands_for_the_parties_named() -> None:
    """ "The leaders of Mali, Burkina Faso and Niger met … They also rejected…": "they" is
    the parties the sentence before named, here as their bloc."""
    text = (
        "The leaders of Mali, Burkina Faso and Niger met in Niamey on Saturday and pledged to "
        "pool resources. They also rejected calls from ECOWAS to return to the bloc."
    )
    assert doer_of(text, "REJECT") == "IGO.AES", coded(text)


def test_actor_roles4_meeting_told_before_the_main_clause() -> None:
    """ "Lors d'un entretien avec son homologue, le ministre a réaffirmé…": when the parser
    leaves the fronted phrase hanging on a comma, the meeting is had by the main clause's
    subject: its verb, after the noun, stands for the missing governing verb."""
    words = ["Lors", "d'", "un", "entretien", ",", "le", "ministre", "a", "réaffirmé", "."]
    heads = [4, 3, 3, 0, 8, 6, 8, 8, 8, 8]
    deps = ["fixed", "case", "det", "obl:arg", "punct", "det", "nsubj", "aux", "ROOT", "punct"]
    pos = ["ADV", "ADP", "DET", "NOUN", "PUNCT", "DET", "NOUN", "AUX", "VERB", "PUNCT"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    assert [(_clause_after(doc[i]) or doc[0]).i for i in (3, 6)] == [8, 8]
    assert _clause_after(doc[8]) is None  # nothing after the main verb hangs on it


def test_actor_roles4_denied_claim_is_one_deed() -> None:
    """ "ont accusé l'armée burundaise de bombarder…, ce que Bujumbura a démenti": the deed
    the accusation names is the one the accused denies, one event, denied, by the army; not
    a realised deed and a denied copy of it."""
    text = (
        "Les rebelles du M23 ont accusé mardi l'armée burundaise de bombarder leurs positions "
        "près d'Uvira, ce que Bujumbura a démenti."
    )
    strikes = [e for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert [(e.status, e.actor1 and e.actor1.canonical_id) for e in strikes] == [
        ("denied", "BDI.MIL")
    ], coded(text)
