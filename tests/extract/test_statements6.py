"""Statements and diplomatic moves (dev6 round): a capital whose subject the French parser
labels passive ("Lomé a aussitôt rejeté"), a seat of government that is not the legal
capital ("Abidjan a dénoncé"), an object the parser hangs on a weekday ("a adopté lundi des
sanctions"), what a verb of saying coordinated with a statement announces ("a rejeté … et
annoncé la rupture"), a promise that is the status of what is promised, and a few trigger
rows (recalling ambassadors, summoning a chargé d'affaires, cutting the internet,
stationing a battalion, training and equipping an army, thanking, ruling out talks), and a
prefect or a mayor acting for the state."""

from __future__ import annotations

import pytest

from coding import coded, events_of


def _doers(text: str, plover: str) -> list[tuple[str | None, str]]:
    """actor1 and status of each event of PLOVER type ``plover``."""
    return [
        (e.actor1.canonical_id if e.actor1 is not None else None, e.status)
        for e in events_of(text)
        if e.plover_type == plover
    ]


@pytest.mark.parametrize(
    ("text", "plover", "doer"),
    [
        # The parser labels "Lomé" nsubj:pass when an adverb parts "a" from "rejeté".
        ("Lomé a aussitôt rejeté des mesures « injustes ».", "REJECT", "TGO.GOV"),
        # Seats of government that GeoNames does not give as the capital.
        ("Abidjan a vivement dénoncé une « provocation » de la junte.", "ACCUSE", "CIV.GOV"),
        ("Cotonou accused Niamey of bad faith on Tuesday.", "ACCUSE", "BEN.GOV"),
    ],
)
def test_statements6_capital_speaks_for_its_government(text: str, plover: str, doer: str) -> None:
    assert [d for d, _ in _doers(text, plover)] == [doer], coded(text)


@pytest.mark.parametrize(
    ("text", "plover", "doer"),
    [
        (
            "L'Union européenne a adopté lundi des sanctions contre deux généraux soudanais.",
            "SANCTION",
            "IGO.EU",
        ),
        (
            "Réunis dimanche en sommet à Accra, les chefs d'État de la Cédéao ont examiné la "
            "situation sécuritaire.",
            "CONSULT",
            "IGO.ECOWAS",
        ),
    ],
)
def test_statements6_object_hung_on_a_weekday_is_an_event(
    text: str, plover: str, doer: str
) -> None:
    """ "a adopté lundi des sanctions": the parser hangs the object on the day; a date
    qualifies no noun, so the sanctions are no background."""
    assert [d for d, _ in _doers(text, plover)] == [doer], coded(text)


def test_statements6_what_a_coordinated_saying_verb_announces_is_an_event() -> None:
    text = (
        "Le Burundi a rejeté ces accusations et annoncé la rupture de ses relations "
        "diplomatiques avec le Rwanda."
    )
    assert [d for d, _ in _doers(text, "REJECT")] == ["BDI"], coded(text)
    assert [d for d, _ in _doers(text, "SANCTION")] == ["BDI"], coded(text)


def test_statements6_a_promise_is_the_status_of_what_is_promised() -> None:
    """ "Lomé a promis de renforcer son dispositif": one planned deployment, no agreement,
    by the government the capital speaks for (not its army)."""
    text = "Lomé a promis samedi de renforcer son dispositif dans la région des Savanes."
    assert _doers(text, "AGREE") == [], coded(text)
    assert _doers(text, "MOBILIZE") == [("TGO.GOV", "planned")], coded(text)


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        (
            "Les trois pays de l'Alliance des États du Sahel ont annoncé le rappel de leurs "
            "ambassadeurs en poste à Abidjan.",
            "SANCTION",
        ),
        ("Kenya's foreign ministry said it had summoned Uganda's charge d'affaires.", "ACCUSE"),
        ("Le gouvernement congolais a remercié l'Angola pour sa médiation.", "SUPPORT"),
        ("Le gouvernement rwandais a écarté toute discussion avec les FDLR.", "REJECT"),
        ("The Ugandan government cut mobile internet across the country on Monday.", "COERCE"),
        ("The Congolese army said it would station a battalion in Walikale.", "MOBILIZE"),
        (
            "Rwandan officers will train and equip Mozambique's army, the ministry said.",
            "COOPERATE",
        ),
    ],
)
def test_statements6_diplomatic_and_security_moves_are_events(text: str, plover: str) -> None:
    doers = _doers(text, plover)
    assert doers and doers[0][0] is not None, coded(text)


@pytest.mark.parametrize(
    ("text", "plover", "doer"),
    [
        (
            "Des jeunes ont brûlé des pneus à Cayenne mardi soir. Le préfet a décrété mercredi "
            "un couvre-feu dans trois quartiers.",
            "COERCE",
            "FRA.GOV",
        ),
        (
            "Une foule a brûlé vif un voleur présumé lundi à Bunia. Le maire de la ville a "
            "condamné cet acte « barbare ».",
            "ACCUSE",
            "COD.GOV",
        ),
    ],
)
def test_statements6_prefect_and_mayor_act_for_the_state(text: str, plover: str, doer: str) -> None:
    """ "le préfet", "le maire": the state's local authority, its government as ACLED codes
    it, in a story set in one country."""
    assert [d for d, _ in _doers(text, plover)][:1] == [doer], coded(text)
