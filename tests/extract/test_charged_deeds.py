"""What a charge names ("accuse Kigali de soutenir", "accused Eritrea of arming", "men
accused of stealing cattle") is the accusation's content: no event of its own, and never
the accuser's deed; a violent deed an accusation tells as a verb is the accused's, or
nobody's when the accused is not named."""

from __future__ import annotations

import pytest

from coding import coded, events_of, first_doer


@pytest.mark.parametrize(
    "text",
    [
        "Le Tchad a accusé lundi le Soudan de soutenir les rebelles du FACT.",
        "Somalia accused Ethiopia on Friday of arming clan militias in Jubaland.",
        "Kenya accused Somalia of mobilising troops along the border.",
        "Le gouvernement burundais a fermé sa frontière mardi, en accusant Kigali de financer "
        "les rebelles de RED-Tabara.",
        "Moscow accused Kyiv on Sunday of a drone attack on a power plant.",
    ],
)
def test_charged_deeds_charge_alone_is_no_event(text: str) -> None:
    """Support, arming, troops mobilised or a deed noun named by an accusation are what the
    accuser says; the report codes one ACCUSE, no deed."""
    types = [e.plover_type for e in events_of(text)]
    assert "ACCUSE" in types, coded(text)
    assert not {"SUPPORT", "AID", "MOBILIZE", "ASSAULT"} & set(types), coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "L'armée a arrêté deux jeunes hommes accusés d'avoir jeté des pierres sur une "
        "patrouille à Naplouse.",
        "Police in Kano arrested three men accused of stealing cattle.",
    ],
)
def test_charged_deeds_charge_of_the_arrested_is_no_event(text: str) -> None:
    """ "accusés d'avoir jeté des pierres": the charge on those arrested tells why, no riot."""
    assert [e.acled_subtype for e in events_of(text)] == ["Arrests"], coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le gouvernement a accusé les rebelles d'avoir tiré des roquettes sur Goma vendredi.",
        "The government accused the rebels of firing rockets at Goma on Friday.",
    ],
)
def test_charged_deeds_never_the_accuser(text: str) -> None:
    """The unnamed rebels fired the rockets, not the government that accuses them."""
    assert first_doer(text, "Shelling/artillery/missile attack") is None, coded(text)


def test_charged_deeds_accused_in_a_case_phrase() -> None:
    """ "accusent des soldats des FACa d'avoir violé": the parser reads "des soldats" as a
    phrase with a case; the soldiers still did it."""
    text = (
        "Des ONG locales accusent des soldats des Forces armées centrafricaines (FACa) "
        "d'avoir violé trois jeunes filles mercredi à Bambari."
    )
    assert first_doer(text, "Sexual violence") == "CAF.MIL", coded(text)


def test_charged_deeds_denied_charge_is_the_denied_deed() -> None:
    """ "accusé Erevan de tirs…, ce que l'Arménie a démenti": one denied deed, Armenia's."""
    text = "Bakou a accusé Erevan de tirs sur ses positions, ce que l'Arménie a démenti."
    deeds = [e for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert [(e.status, e.actor1 and e.actor1.canonical_id) for e in deeds] == [
        ("denied", "ARM.MIL")
    ], coded(text)
