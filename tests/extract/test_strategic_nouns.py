"""Strategic developments told by nouns and relative clauses: an operation launched or
announced ("a annoncé le lancement d'une opération") is a MOBILIZE by its announcer, unless
its clause tells the fight; a denial in a relative clause after a charge naming no deed
("…, ce que Cotonou a démenti", "which N'Djamena denied") is a REJECT by the one denying;
a joint body put forward ("a proposé la création d'une commission mixte") is a proposed
COOPERATE; tactical pauses and a delay granted are concessions."""

from __future__ import annotations

import pytest

from coding import coded, doer_of, events_of
from dateline.records import Event


def _of_type(text: str, plover: str) -> list[Event]:
    return [e for e in events_of(text) if e.plover_type == plover]


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "Le président nigérien a annoncé mardi le lancement d'une opération militaire "
            "contre les groupes armés dans la région de Tillabéri.",
            "NER.GOV",
        ),
        (
            "The Nigerian army announced the launch of an offensive against Boko Haram in "
            "Borno state on Monday.",
            "NGA.MIL",
        ),
        (
            "The Malian army said it had launched an operation to rescue the hostages.",
            "MLI.MIL",
        ),
    ],
)
def test_strategic_nouns_operation_launched_mobilises(text: str, doer: str) -> None:
    """An operation or offensive launched or announced sends forces out: a MOBILIZE by
    the one launching it, Strategic developments/Other."""
    events = _of_type(text, "MOBILIZE")
    assert events and events[0].acled_subtype == "Other", coded(text)
    assert doer_of(text, "MOBILIZE") == doer, coded(text)


def test_strategic_nouns_operation_purpose_is_no_event() -> None:
    """ "launched an operation to free them": the freeing is what the operation is for,
    no release by the army."""
    text = (
        "Gunmen kidnapped four engineers near Saravena on Sunday; the Colombian army said it "
        "had launched an operation to free them."
    )
    assert _of_type(text, "MOBILIZE"), coded(text)
    assert not _of_type(text, "CONCEDE"), coded(text)


def test_strategic_nouns_operation_told_with_its_fight() -> None:
    """ "launched an operation in Jenin, killing 3 militants in an air strike": the fight
    is the event, no MOBILIZE besides it."""
    text = (
        "Israeli forces launched an operation in Jenin on Monday, killing 3 militants in an "
        "air strike."
    )
    assert _of_type(text, "ASSAULT"), coded(text)
    assert not _of_type(text, "MOBILIZE"), coded(text)


def test_strategic_nouns_joint_operation_launched_cooperates() -> None:
    """ "ont lancé une opération militaire conjointe": the partners cooperate."""
    text = (
        "Les armées du Mali et du Niger ont lancé lundi une opération militaire conjointe "
        "dans la zone des trois frontières."
    )
    assert _of_type(text, "COOPERATE"), coded(text)
    assert not _of_type(text, "MOBILIZE"), coded(text)


@pytest.mark.parametrize(
    ("text", "doer", "accuser"),
    [
        (
            "Le Niger a accusé le Bénin de comploter contre lui, ce que Cotonou a démenti.",
            "BEN.GOV",
            "NER",
        ),
        (
            "Bamako accuse Alger d'ingérence, ce que l'Algérie dément.",
            "DZA",
            "MLI.GOV",
        ),
        (
            "Sudan accused Chad of plotting against it, which N'Djamena denied.",
            "TCD.GOV",
            "SDN",
        ),
    ],
)
def test_strategic_nouns_charge_denied_in_a_relative_is_rejected(
    text: str, doer: str, accuser: str
) -> None:
    """A charge naming no deed we code, denied in a relative clause: a REJECT by the one
    denying (the relative clause's subject), of the accuser."""
    rejects = _of_type(text, "REJECT")
    assert rejects, coded(text)
    assert rejects[0].actor1 is not None and rejects[0].actor1.canonical_id == doer
    assert rejects[0].actor2 is not None and rejects[0].actor2.canonical_id == accuser


def test_strategic_nouns_deed_denied_in_a_relative_is_denied() -> None:
    """ "accusé l'Algérie de soutenir les terroristes, ce que Alger a démenti": the charged
    deed, denied by the accused; no REJECT besides."""
    text = (
        "Le gouvernement malien a accusé l'Algérie de soutenir les terroristes, ce que Alger "
        "a démenti."
    )
    supports = _of_type(text, "SUPPORT")
    assert supports and supports[0].status == "denied", coded(text)
    assert not _of_type(text, "REJECT"), coded(text)


def test_strategic_nouns_ceasefire_violated_is_no_rape() -> None:
    """ "ont accepté un cessez-le-feu … accusé Islamabad de l'avoir violé": the pronoun
    stands for the ceasefire; no sexual violence, and the denial rejects the charge."""
    text = (
        "L'Inde et le Pakistan ont accepté samedi un cessez-le-feu. Quelques heures plus "
        "tard, New Delhi a accusé Islamabad de l'avoir violé, ce que le Pakistan a démenti."
    )
    assert not [e for e in events_of(text) if e.acled_subtype == "Sexual violence"], coded(text)
    assert doer_of(text, "REJECT") == "PAK", coded(text)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "Kinshasa a proposé la création d'un mécanisme conjoint de vérification avec Kigali.",
            "COD.GOV",
        ),
        (
            "Le ministère arménien des Affaires étrangères a proposé la création d'une "
            "commission mixte sur la frontière.",
            "ARM.MFA",
        ),
        (
            "Armenia's foreign ministry proposed a joint mechanism to investigate incidents "
            "along the border.",
            "ARM.MFA",
        ),
    ],
)
def test_strategic_nouns_joint_body_proposed(text: str, doer: str) -> None:
    """A joint body put forward is a proposed COOPERATE; what it is for ("to
    investigate") is no accusation."""
    events = _of_type(text, "COOPERATE")
    assert events and events[0].status == "proposed", coded(text)
    assert doer_of(text, "COOPERATE") == doer, coded(text)
    assert not _of_type(text, "ACCUSE"), coded(text)


def test_strategic_nouns_joint_body_signed_is_the_agreement() -> None:
    """ "ont signé un mécanisme conjoint de vérification": the signing codes it."""
    text = (
        "Le gouvernement congolais et les rebelles du M23 ont signé mardi à Doha un "
        "mécanisme conjoint de vérification du cessez-le-feu."
    )
    assert _of_type(text, "AGREE"), coded(text)
    assert not _of_type(text, "COOPERATE"), coded(text)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("L'armée israélienne a annoncé des pauses tactiques quotidiennes à Gaza.", "ISR.MIL"),
        (
            "The Arakan Army announced a month-long pause in offensive operations.",
            "GRP.ARAKAN_ARMY",
        ),
        (
            "Réunis samedi à Accra, les chefs d'État de la Communauté économique des États "
            "de l'Afrique de l'Ouest (Cédéao) ont pris acte du départ de la Guinée et du "
            "Niger, tout en leur accordant un délai de trois mois pour revenir sur leur "
            "décision.",
            "IGO.ECOWAS",
        ),
    ],
)
def test_strategic_nouns_pauses_and_delays_concede(text: str, doer: str) -> None:
    """Tactical pauses, a pause in operations and a delay granted are concessions."""
    assert doer_of(text, "CONCEDE") == doer, coded(text)
