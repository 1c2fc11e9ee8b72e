"""Wordings seen to give a wrong doer or no event: a killing a crowd protests over, the
followers of a leader protesting, a sanction told after a crackdown, withdrawals after an
attack, sanction designations, a base overrun, and an army saying whom it aims at.
Sentences are our own, modelled on wire reports from several conflicts."""

from __future__ import annotations

import pytest

from coding import assert_realised_doer, coded, events_of, probe_params

# A crowd protesting over a killing: a protest, not force met at it.
GRIEVANCES = [
    "Thousands protested in Peshawar over the killing of a shopkeeper by police.",
    "Hundreds demonstrated in Mombasa on Friday against the killing of a teacher by police "
    "officers.",
    "Students demonstrated in Chittagong over the shooting of a classmate by police.",
    "Des milliers de personnes ont manifesté à Thiès contre la mort d'un étudiant tué par la "
    "police.",
    "Des centaines de jeunes ont manifesté à Bouaké contre le meurtre d'un chauffeur par un "
    "gendarme.",
]


@pytest.mark.parametrize("text", probe_params([(t,) for t in GRIEVANCES], {}))
def test_protest_over_a_killing_is_a_peaceful_protest(text: str) -> None:
    assert_realised_doer(text, "PROTEST", "Peaceful protest", None)
    assert all(e.acled_subtype != "Excessive force against protesters" for e in events_of(text)), (
        coded(text)
    )
    protest = next(e for e in events_of(text) if e.plover_type == "PROTEST")
    assert protest.actor1 is None or protest.actor1.kind not in ("police", "military"), coded(text)
    assert protest.quantities.get("fatalities") == 0, coded(text)


# Force at the protest itself stays excessive force by the police.
FORCE_AT_PROTESTS = [
    ("Police shot dead two students who were protesting against fuel prices in Kano.", "NGA.POL"),
    ("Protesters marched in Conakry on Monday; police killed two of them.", "GIN.POL"),
    (
        "Un manifestant a été tué par la police lors d'une marche contre la vie chère à Conakry.",
        "GIN.POL",
    ),
]


@pytest.mark.parametrize(("text", "doer"), probe_params(FORCE_AT_PROTESTS, {}))
def test_force_at_a_protest_stays_excessive_force(text: str, doer: str) -> None:
    assert_realised_doer(text, "ASSAULT", "Excessive force against protesters", doer)


# Followers of a leader protesting: a crowd, never the leader nor his government.
FOLLOWERS = [
    "Supporters of Imran Khan protested in Rawalpindi.",
    "Supporters of former president Jacob Zuma rallied in Pietermaritzburg on Saturday.",
    "Thousands of supporters of the opposition leader Ousmane Sonko marched in Dakar on Friday.",
    "Des partisans de l'ancien président Alpha Condé ont manifesté à Conakry.",
    "Des centaines de sympathisants du parti de Sonko, le Pastef, ont manifesté à Ziguinchor.",
]


@pytest.mark.parametrize("text", probe_params([(t,) for t in FOLLOWERS], {}))
def test_followers_protesting_are_no_leader(text: str) -> None:
    protest = next((e for e in events_of(text) if e.plover_type == "PROTEST"), None)
    assert protest is not None, coded(text)
    assert protest.actor1 is None, coded(text)


def test_police_firing_on_followers_keep_their_doer() -> None:
    text = "Police fired tear gas on supporters of Imran Khan in Lahore."
    assert any(e.actor1 is not None and e.actor1.canonical_id == "PAK.POL" for e in events_of(text))


# A sanction told after a crackdown: the crackdown is background.
AFTER_A_CRACKDOWN = [
    ("The EU imposed sanctions on Minsk following the crackdown.", "IGO.EU"),
    (
        "Washington imposed new sanctions on Caracas following a crackdown on the opposition.",
        "USA",
    ),
    (
        "Canada froze the assets of Iranian officials following the crackdown on protests in "
        "Tehran.",
        "CAN",
    ),
    (
        "L'UE a imposé des sanctions à Téhéran à la suite de la répression des manifestations.",
        "IGO.EU",
    ),
]


@pytest.mark.parametrize(("text", "doer"), probe_params(AFTER_A_CRACKDOWN, {}))
def test_sanction_after_a_crackdown_is_no_protest(text: str, doer: str) -> None:
    assert_realised_doer(text, "SANCTION", "Other", doer)
    assert all(e.plover_type != "PROTEST" for e in events_of(text)), coded(text)


def test_a_deed_told_after_an_attack_keeps_its_event() -> None:
    text = "Following the attack on the convoy, the army deployed reinforcements to Menaka."
    assert_realised_doer(text, "MOBILIZE", "Other", None)


# Troops withdrawing after an attack: the troops withdraw, not the attackers.
WITHDRAWALS = [
    (
        "Malian troops withdrew from the Boulkessi base on Tuesday after an attack by JNIM.",
        "MLI.MIL",
    ),
    (
        "Burkinabe soldiers pulled out of the Djibo outpost on Monday after an assault by JNIM "
        "militants.",
        "BFA.MIL",
    ),
    (
        "Nigerien troops abandoned their positions in Tillia following an attack by Islamic "
        "State fighters.",
        "NER.MIL",
    ),
    (
        "Les soldats maliens se sont retirés de la base de Boulkessi mardi après une attaque du "
        "JNIM.",
        "MLI.MIL",
    ),
]


@pytest.mark.parametrize(("text", "doer"), probe_params(WITHDRAWALS, {}))
def test_withdrawal_after_an_attack_is_the_troops(text: str, doer: str) -> None:
    assert_realised_doer(text, "RETREAT", "Non-violent transfer of territory", doer)


# Sanctions told as visa restrictions or designations.
DESIGNATIONS = [
    ("Washington imposed visa restrictions on 12 Nicaraguan officials.", "USA"),
    ("Washington a imposé des restrictions de visa à douze responsables ougandais.", "USA"),
    ("The US Treasury's OFAC designated five Houthi financiers.", "USA"),
    ("The US Treasury sanctioned five Houthi financiers on Thursday.", "USA"),
]

DESIGNATIONS_MISSED = {
    DESIGNATIONS[2][0]: "designated is no trigger of a sanction (needs a financial object)",
}


@pytest.mark.parametrize(("text", "doer"), probe_params(DESIGNATIONS, DESIGNATIONS_MISSED))
def test_sanction_designations(text: str, doer: str) -> None:
    assert_realised_doer(text, "SANCTION", "Other", doer)


def test_visa_restrictions_complained_of_are_no_sanction() -> None:
    text = "Travellers complained about visa restrictions at the border crossing."
    assert all(e.plover_type != "SANCTION" for e in events_of(text)), coded(text)


# A base overrun by a group: the group takes it.
OVERRUN = [
    ("ISWAP fighters overran the army base in Malam Fatori.", "GRP.ISWAP"),
    ("The army base in Malam Fatori was overrun by ISWAP fighters.", "GRP.ISWAP"),
]

OVERRUN_MISSED = {
    OVERRUN[1][0]: "the parser reads the passive 'overrun' as a noun, which the verb row "
    "does not match; a noun row would catch 'cost overruns'",
}


@pytest.mark.parametrize(("text", "doer"), probe_params(OVERRUN, OVERRUN_MISSED))
def test_base_overrun_by_a_group(text: str, doer: str) -> None:
    event = next((e for e in events_of(text) if e.plover_type == "ASSAULT"), None)
    assert event is not None, coded(text)
    assert event.actor1 is not None and event.actor1.canonical_id == doer, coded(text)


# An army saying whom it aims at: no negated deed.
AIMS = [
    "L'armée affirme ne viser que des positions terroristes.",
    "L'armée israélienne assure ne cibler que des infrastructures du Hamas.",
    "Des frappes ont touché Khan Younès mardi. L'armée israélienne a affirmé ne viser que des "
    "positions du Hamas.",
]


@pytest.mark.parametrize("text", AIMS)
def test_saying_whom_it_aims_at_is_not_negated(text: str) -> None:
    assert all(e.status != "negated" for e in events_of(text)), coded(text)


@pytest.mark.parametrize("text", AIMS[:2])
def test_saying_whom_it_aims_at_is_no_strike(text: str) -> None:
    assert all(e.plover_type != "ASSAULT" for e in events_of(text)), coded(text)


KEPT_STRIKES = [
    ("L'aviation russe n'a frappé que des positions terroristes à Idleb mardi.", "RUS"),
    ("L'armée israélienne assure cibler des infrastructures du Hamas.", "ISR"),
]


@pytest.mark.parametrize(("text", "doer"), probe_params(KEPT_STRIKES, {}))
def test_strikes_told_without_a_restriction_stay(text: str, doer: str) -> None:
    event = next((e for e in events_of(text) if e.plover_type == "ASSAULT"), None)
    assert event is not None and event.status == "realised", coded(text)
    assert event.actor1 is not None and event.actor1.canonical_id.startswith(doer), coded(text)
