"""Strategic developments the extractor used to miss: troops arriving somewhere or leaving
it, a hunt or an intervention launched or ordered, the accused denying an accusation (the
deed, denied, no second accusation), and a French past participle the tagger read as a noun
("d'avoir violé")."""

from __future__ import annotations

import pytest

from coding import coded, doer_of, events_of


@pytest.mark.parametrize(
    ("text", "plover", "doer"),
    [
        (
            "BANGUI - Plusieurs dizaines d'instructeurs russes sont arrivés lundi à Bangui, "
            "selon la télévision nationale.",
            "MOBILIZE",
            "RUS.MIL",
        ),
        (
            "PORT-AU-PRINCE - A first contingent of 200 Kenyan police officers arrived in "
            "Haiti on Tuesday.",
            "MOBILIZE",
            "KEN.POL",
        ),
        (
            "NIAMEY - Washington said on Friday that its 1,000 troops would leave Niger "
            "before September.",
            "RETREAT",
            "USA.MIL",
        ),
        (
            "BUTEMBO - L'armée congolaise dit avoir lancé une opération de traque contre "
            "les assaillants.",
            "MOBILIZE",
            "COD.MIL",
        ),
        (
            "ABUJA - Nigerian police launched a manhunt for the kidnappers on Sunday.",
            "MOBILIZE",
            "NGA.POL",
        ),
    ],
)
def test_strategic_misses_deployments_and_withdrawals(text: str, plover: str, doer: str) -> None:
    """Troops arriving in a place or leaving it, and hunts launched, are coded with the
    troops' body as the doer."""
    assert doer_of(text, plover) == doer, coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "DOHA - The Egyptian foreign minister arrived in Doha on Monday.",
        "KAYES - Thousands of residents left the town after the flood.",
        "LAGOS - Police officers arrived after the shooting and found two bodies.",
        "GOMA - Des soldats sont arrivés sur les lieux peu après l'accident.",
    ],
)
def test_strategic_misses_no_troops_no_deployment(text: str) -> None:
    """A minister arriving, residents leaving, or police coming to a scene deploy no one."""
    assert not any(e.plover_type in ("MOBILIZE", "RETREAT") for e in events_of(text)), coded(text)


def test_strategic_misses_base_named_beside_the_arrival() -> None:
    """ "arrived … and set up at the former base": the base says what the troops did."""
    text = "GAO - Russian instructors arrived in Gao on Monday and set up at the former UN base."
    assert any(e.acled_subtype == "Headquarters or base established" for e in events_of(text)), (
        coded(text)
    )


@pytest.mark.parametrize(
    ("text", "subtype", "doer"),
    [
        (
            "KINSHASA - Washington accused the Rwandan army of shelling two camps near "
            "Goma. Kigali denied the accusation.",
            "Shelling/artillery/missile attack",
            "RWA",
        ),
        (
            "BANGUI - Une ONG accuse des soldats centrafricains d'avoir violé deux femmes "
            "près de Bria. L'armée a démenti ces accusations.",
            "Sexual violence",
            "CAF.MIL",
        ),
    ],
)
def test_strategic_misses_denied_accusation_is_the_deed_denied(
    text: str, subtype: str, doer: str
) -> None:
    """The accused denying the accusation disputes the deed: coded as that deed, denied,
    with the one denying as its doer, and no new accusation from the denial's object.
    ("rejected the accusation" stays a REJECT event: coders differ, and ours that way.)"""
    denied = [e for e in events_of(text) if e.status == "denied"]
    assert any(
        e.acled_subtype == subtype
        and e.actor1 is not None
        and e.actor1.canonical_id.startswith(doer)
        for e in denied
    ), coded(text)
    assert not any(e.plover_type == "REJECT" for e in events_of(text)), coded(text)
    assert sum(e.plover_type == "ACCUSE" for e in events_of(text)) <= 1, coded(text)


def test_strategic_misses_rejected_plan_stays_a_rejection() -> None:
    """Rejecting a proposal is a REJECT event, not a denial."""
    text = "KHARTOUM - Sudan's army on Monday rejected a US proposal for a truce with the RSF."
    assert any(e.plover_type == "REJECT" for e in events_of(text)), coded(text)


def test_strategic_misses_participle_read_as_noun() -> None:
    """ "d'avoir violé deux femmes": the tagger's noun after "avoir" is the verb."""
    text = (
        "BANGUI - Des associations accusent des soldats centrafricains d'avoir violé deux "
        "femmes mercredi près de Bria."
    )
    assert doer_of(text, "ASSAULT") == "CAF.MIL", coded(text)
    assert any(e.acled_subtype == "Sexual violence" for e in events_of(text)), coded(text)


def test_strategic_misses_violated_airspace_is_no_rape() -> None:
    """ "d'avoir violé son espace aérien": the object says it is no sexual violence."""
    text = "BAMAKO - Le gouvernement malien accuse l'Algérie d'avoir violé son espace aérien."
    assert not any(e.acled_subtype == "Sexual violence" for e in events_of(text)), coded(text)
