"""Who accuses: a body owned by a capital ("Ankara's foreign ministry"), the subject put
after the verb by "comme" ("comme l'en accusent les autorités congolaises"), and the
accusation a participle clause adds after a comma ("…, leur reprochant…", "denied any role,
accusing the army"), which is made, not denied; and sanctions the parser hangs on the day
("a adopté vendredi des sanctions"), imposed by the verb's subject."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from coding import coded, doer_of, events_of
from dateline.extract.arguments import governing_verb


def _accusations(text: str) -> list[tuple[str | None, str]]:
    return [
        (e.actor1.canonical_id if e.actor1 is not None else None, e.status)
        for e in events_of(text)
        if e.plover_type == "ACCUSE"
    ]


def test_accuser_doers_capital_owning_a_ministry() -> None:
    """ "Ankara's foreign ministry" is Turkey's, as "Turkey's foreign ministry" is."""
    text = (
        "Ankara's foreign ministry summoned the Swedish ambassador on Friday over the "
        "burning of a Koran in Stockholm."
    )
    assert doer_of(text, "ACCUSE") == "TUR.MFA", coded(text)


def test_accuser_doers_subject_after_comme() -> None:
    """ "comme l'en accusent les autorités congolaises": the authorities accuse, and their
    accusation is made, not denied with the main clause."""
    text = (
        "Le Rwanda a démenti mercredi soutenir les rebelles du M23, comme l'en accusent "
        "les autorités congolaises."
    )
    assert ("COD.GOV", "realised") in _accusations(text), coded(text)


def test_accuser_doers_participle_after_a_clitic() -> None:
    """ ", leur reprochant des massacres": a participle the tagger reads as a noun is the
    accusation of the main clause's subject."""
    text = (
        "Les États-Unis ont imposé lundi des sanctions à deux commandants des FSR, leur "
        "reprochant des massacres au Darfour."
    )
    assert ("USA", "realised") in _accusations(text), coded(text)


def test_accuser_doers_accusation_beside_a_denial() -> None:
    """ "a démenti toute implication, accusant Israël": the denial is of the deed; the
    accusation the participle adds is made."""
    text = (
        "Le Hezbollah a démenti jeudi toute implication dans l'attaque, accusant Israël de "
        "chercher un prétexte."
    )
    assert ("GRP.HEZBOLLAH", "realised") in _accusations(text), coded(text)


def test_accuser_doers_sanctions_hung_on_the_day() -> None:
    """ "a adopté vendredi des sanctions", parsed with the sanctions on the day: the verb
    still governs them, so its subject imposes them."""
    doc = Doc(
        Vocab(),
        words=["Ottawa", "a", "adopté", "vendredi", "des", "sanctions"],
        heads=[2, 2, 2, 2, 5, 3],
        deps=["nsubj", "aux:tense", "ROOT", "obl:mod", "case", "nmod"],
        pos=["PROPN", "AUX", "VERB", "NOUN", "ADP", "NOUN"],
    )
    verb = governing_verb(doc[5])
    assert verb is not None and verb.text == "adopté"
