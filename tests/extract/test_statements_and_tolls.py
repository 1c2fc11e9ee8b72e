"""Statements that label a deed or a decision ("called the strikes an aggression", "a
qualifié la décision d'illégale": an accusation or a rejection, the object labelled no event
of its own), a party a leader owns acting, and attacks whose report counts only wounded."""

from __future__ import annotations

import pytest

from coding import coded, events_of


@pytest.mark.parametrize(
    ("text", "plover", "actor1"),
    [
        (
            "Syria's foreign ministry called the Israeli raids on Damascus a blatant "
            "aggression on Thursday.",
            "ACCUSE",
            "SYR",
        ),
        (
            "The Nigerian government called the attack on Yelwata a massacre.",
            "ACCUSE",
            "NGA.GOV",
        ),
        (
            "Le gouvernement malien a qualifié d'illégale la décision de la CEDEAO.",
            "REJECT",
            "MLI.GOV",
        ),
        (
            "Le ministère syrien des Affaires étrangères a qualifié ces frappes de « crime "
            "de guerre ».",
            "ACCUSE",
            "SYR.MFA",
        ),
        (
            "Bamako a jugé la mesure inacceptable et a rappelé son ambassadeur.",
            "REJECT",
            "MLI.GOV",
        ),
    ],
)
def test_labelling_statement(text: str, plover: str, actor1: str) -> None:
    found = [e for e in events_of(text) if e.plover_type == plover]
    assert found, coded(text)
    assert found[0].actor1 is not None
    assert found[0].actor1.canonical_id.startswith(actor1), coded(text)


def test_labelled_strikes_are_no_labour_strike() -> None:
    text = "Damascus called the strikes a flagrant aggression on Wednesday."
    assert "PROTEST" not in {e.plover_type for e in events_of(text)}, coded(text)


def test_party_a_leader_owns_acts() -> None:
    """ "Machar's SPLM-IO": the party speaks, not the leader named as its owner."""
    text = "Machar's SPLM-IO called the charges a political farce on Friday."
    found = [e for e in events_of(text) if e.plover_type == "REJECT"]
    assert found and found[0].actor1 is not None, coded(text)
    assert found[0].actor1.canonical_id == "GRP.SPLM_IO"


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        (
            "Des inconnus à moto ont lancé une grenade sur un poste de police à Turbat "
            "mercredi, blessant deux agents.",
            0,
        ),
        (
            "Two policemen were injured on Sunday when a drone packed with explosives hit "
            "the police station in Suarez, in Cauca.",
            0,
        ),
        ("Gunmen killed three villagers and wounded five others near Jos on Monday.", 3),
        ("A drone struck a market in Dilling on Friday, a local committee said.", None),
        # The wounded counted in the next sentences, before any other attack is told.
        (
            "The rebels said they had fired a missile at a tanker off Hodeidah on Monday, "
            "setting it on fire. The coastguard said three sailors were injured.",
            0,
        ),
        (
            "Des colons ont attaqué dimanche des paysans palestiniens près de Sinjil. "
            "Onze personnes ont été hospitalisées, selon le Croissant-Rouge.",
            0,
        ),
        (
            "A drone struck a market in Dilling on Friday. Separately, gunmen killed a "
            "trader near Kadugli. Two women were wounded.",
            None,
        ),
    ],
)
def test_wounded_only_is_a_toll_of_none(text: str, fatalities: int | None) -> None:
    """ACLED codes 0 dead for an attack whose report counts only wounded; a report that
    gives no casualties at all keeps no toll."""
    violent = [e for e in events_of(text) if e.acled_type != "Strategic developments"]
    assert violent, coded(text)
    assert violent[0].quantities["fatalities"] == fatalities


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        (
            "Des hommes armés ont attaqué samedi le village de Tawori, tuant au moins cinq "
            "soldats. L'armée affirme avoir neutralisé une trentaine d'assaillants.",
            35,
        ),
        (
            "Jihadists attacked an army post near Djibo on Sunday, killing 11 soldiers. The "
            "army said 24 attackers were killed in the fighting.",
            35,
        ),
    ],
)
def test_two_sides_dead_add_up(text: str, fatalities: int) -> None:
    """A later toll of the other side's dead adds to the attack's, as ACLED totals them;
    two reports of the same dead keep the lower figure (tested in test_events.py)."""
    violent = [e for e in events_of(text) if e.acled_type != "Strategic developments"]
    assert len(violent) == 1, coded(text)
    assert violent[0].quantities["fatalities"] == fatalities


def test_note_states_the_count_it_codes() -> None:
    """The analyst chose among the figures: "Fatalities coded as 3." wins over them."""
    text = (
        "On 9 March 2025, NSAG fighters attacked an army outpost near Yei (Yei, Central "
        "Equatoria). The group claimed to have killed 14 soldiers; the army put its losses at "
        "5. Fatalities coded as 3."
    )
    violent = [e for e in events_of(text) if e.acled_type != "Strategic developments"]
    assert violent, coded(text)
    assert violent[0].quantities["fatalities"] == 3
    assert any(e.text == "Fatalities coded as 3" for e in violent[0].evidence)


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("Niger : 15 morts dans une attaque de bandits près de Tillabéri.", 15),
        ("Burkina Faso : nouvelle attaque jihadiste contre un convoi près de Djibo.", None),
    ],
)
def test_headline_rubric_is_where_not_who(text: str, fatalities: int | None) -> None:
    """A headline's rubric before a colon neither swallows the headline's event (the
    parser hangs "attaque" on "Niger") nor acts in it: the country is where."""
    violent = [e for e in events_of(text) if e.acled_type != "Strategic developments"]
    assert len(violent) == 1, coded(text)
    assert violent[0].quantities["fatalities"] == fatalities
    assert violent[0].actor1 is None


def test_dateline_country_is_where_and_claim_names_the_bomber() -> None:
    """ "BAIDOA, Somalia (Reuters) -" names where the wire was filed, not a doer; the
    group that says it targeted the soldiers is the bomber, in the same attack."""
    text = (
        "BAIDOA, Somalia (Reuters) - A suicide bomber blew himself up among recruits at a "
        "military camp near Baidoa on Wednesday, killing at least 13 people, officials said. "
        "Al Shabaab claimed the attack, saying it had targeted 'apostate soldiers'."
    )
    violent = [e for e in events_of(text) if e.acled_type != "Strategic developments"]
    assert len(violent) == 1, coded(text)
    assert violent[0].actor1 is not None
    assert violent[0].actor1.canonical_id == "GRP.SHABAAB"


def test_blamed_group_is_the_doer_not_the_target() -> None:
    """ "blaming a faction of the BIFF": the group blamed did the ambush; it was not hit."""
    text = (
        "Gunmen ambushed an army truck in Ampatuan, Maguindanao del Sur, on Monday, killing two "
        "soldiers, the army said, blaming a faction of the Bangsamoro Islamic Freedom Fighters."
    )
    violent = [e for e in events_of(text) if e.acled_type != "Strategic developments"]
    assert violent, coded(text)
    assert violent[0].actor2 is None or violent[0].actor2.canonical_id != "GRP.BIFF"
    assert violent[0].actor1 is not None and violent[0].actor1.canonical_id == "GRP.BIFF"
