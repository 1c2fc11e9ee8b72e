"""Recall and roles of violent events: a town retaken with the loser named first or with
no preposition before it, a group's name split by a spaced dash, a looting verb coordinated
after "tuant X soldats", a round number of rockets, a weapon that shells in reply, and a
drone or missile that hits something."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from coding import coded, events_of
from dateline.extract.events import _acted_on_spans


def _event(text: str, subtype: str) -> tuple[str | None, ...]:
    """actor1's id of each event of ACLED sub-type ``subtype``, in text order."""
    return tuple(
        e.actor1.canonical_id if e.actor1 is not None else None
        for e in events_of(text)
        if e.acled_subtype == subtype
    )


@pytest.mark.parametrize(
    "text",
    [
        # the loser before the town: the parser hangs "la ville" on the loser's adjective
        "Le 4 mars, les forces armées soudanaises ont repris aux Forces de soutien rapide la "
        "ville de Bara, dans le Kordofan-Nord, après trois jours de combats.",
        # the town with no preposition, read as a modifier of the verb
        "L'armée soudanaise a annoncé mardi avoir repris Bara, que les FSR tenaient depuis "
        "juillet.",
    ],
)
def test_violent_recall_town_retaken(text: str) -> None:
    assert _event(text, "Government regains territory") == ("SDN.MIL",), coded(text)


def test_violent_recall_resumed_talks_take_no_town() -> None:
    """A capital after a comma is no town retaken: "n'ont pas repris, Bogotá ayant…"."""
    text = (
        "Les négociations entre le gouvernement et la guérilla, qui devaient reprendre lundi à "
        "Caracas, n'ont pas repris, Bogotá ayant suspendu le dialogue."
    )
    assert _event(text, "Government regains territory") == (), coded(text)


def test_violent_recall_name_split_by_a_dash() -> None:
    """ "État islamique - province du Mozambique" is the province, not the country's forces
    nor the Islamic State at large."""
    text = (
        "Des militants de l'État islamique - province du Mozambique ont attaqué vendredi le "
        "village de Chai, tuant trois civils."
    )
    assert _event(text, "Attack") == ("GRP.IS_MOZ",), coded(text)


def test_violent_recall_looting_after_a_participle_is_not_the_victims() -> None:
    """ "…, tuant trois soldats, et ont pillé": a verb coordinated after the participle, its
    subject lost by the parser, does not take the participle's victims as its doers."""
    words = ["Des", "rebelles", "ont", "pris", "Kolo", ",", "tuant", "trois", "soldats"]
    words += [",", "et", "ont", "pillé", "des", "boutiques"]
    heads = [1, 3, 3, 3, 3, 3, 3, 8, 6, 6, 12, 12, 6, 14, 12]
    deps = ["det", "punct", "aux:tense", "ROOT", "obj", "punct", "advcl", "nummod", "obj"]
    deps += ["punct", "cc", "aux:tense", "conj", "det", "obj"]
    pos = ["DET", "NOUN", "AUX", "VERB", "PROPN", "PUNCT", "VERB", "NUM", "NOUN"]
    pos += ["PUNCT", "CCONJ", "AUX", "VERB", "DET", "NOUN"]
    morphs = [""] * len(words)
    morphs[6] = "Tense=Pres|VerbForm=Part"
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, morphs=morphs)
    soldiers = (doc[7].idx, doc[8].idx + len(doc[8].text))
    assert soldiers in _acted_on_spans(doc[12], 0)


def test_violent_recall_a_round_number_of_rockets() -> None:
    """ "Une quarantaine de roquettes": a count of the deeds, not background."""
    text = "Une quarantaine de roquettes ont été tirées lundi sur Nahariya, dans le nord d'Israël."
    assert _event(text, "Shelling/artillery/missile attack"), coded(text)


def test_violent_recall_artillery_shelling_in_reply() -> None:
    """The other side's artillery shelling after a claimed salvo is its own event."""
    text = (
        "Une vingtaine de roquettes ont été tirées samedi depuis le Liban vers Metula, sans "
        "faire de victimes. Le Hezbollah a revendiqué les tirs. L'artillerie israélienne a "
        "ensuite pilonné les environs de plusieurs villages."
    )
    doers = _event(text, "Shelling/artillery/missile attack")
    assert set(doers) == {"GRP.HEZBOLLAH", "ISR.MIL"}, coded(text)


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        (
            "Russian drones hit a fuel depot in Odesa on Tuesday, the governor said.",
            "Air/drone strike",
        ),
        (
            "Des drones ont touché mardi un dépôt de carburant à Belgorod, selon le gouverneur.",
            "Air/drone strike",
        ),
        (
            "Des drones chargés d'explosifs ont visé jeudi des positions de l'armée près de Djibo.",
            "Air/drone strike",
        ),
    ],
)
def test_violent_recall_a_weapon_that_hits(text: str, subtype: str) -> None:
    assert any(e.acled_subtype == subtype for e in events_of(text)), coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "The storm hit the coast of Mozambique on Monday, officials said.",
        "La nouvelle taxe vise les importateurs de riz, a indiqué le ministre.",
        "Les inondations ont touché mardi plusieurs quartiers de Niamey.",
    ],
)
def test_violent_recall_no_weapon_no_strike(text: str) -> None:
    assert not any(e.acled_type == "Explosions/Remote violence" for e in events_of(text)), coded(
        text
    )
