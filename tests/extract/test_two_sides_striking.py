"""Reports where two sides strike, or one strikes and another counts the dead: the victims
told first and the doer in a "when" clause the parser hangs on the day; the rockets the
other side fired, as the object of "fired"; a health ministry that counts the dead of a
strike, which it did not carry out; the army's strike the parser hangs on its victims
("killed 30 assailants in an air strike"), which is an event of its own; the place of a
deed in its own clause, even when only a country names it; and a riot's crowd fired on.
Sentences are our own, modelled on wire reports from several conflicts."""

from __future__ import annotations

import pytest

from coding import coded, events_of


def _doers(text: str, subtype: str) -> list[str | None]:
    return [
        e.actor1.canonical_id if e.actor1 else None
        for e in events_of(text)
        if e.acled_subtype == subtype
    ]


# --- "fired on" / "fired at": the doer, wherever the parser hung the clause ----------------

FIRED_ON = [
    (
        "Three Pakistani soldiers were killed on Friday when Taliban fighters fired on a border "
        "post near Chaman, the army said.",
        "GRP.TALIBAN",
    ),
    (
        "Two policemen were wounded on Sunday when al-Shabaab militants fired on a checkpoint "
        "in Afgoye, a police officer said.",
        "GRP.SHABAAB",
    ),
    (
        "Boko Haram fighters fired at a military convoy near Bama on Tuesday, a security source "
        "said.",
        "GRP.BOKO_HARAM",
    ),
]


@pytest.mark.parametrize(("text", "doer"), FIRED_ON)
def test_fire_on_a_target_names_its_doer(text: str, doer: str) -> None:
    violent = [e for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert violent, coded(text)
    assert violent[0].actor1 is not None, coded(text)
    assert violent[0].actor1.canonical_id == doer, coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "The company fired its chief executive on Monday after the audit.",
        "Le club a limogé son entraîneur lundi.",
    ],
)
def test_firing_someone_is_no_attack(text: str) -> None:
    assert not [e for e in events_of(text) if e.plover_type == "ASSAULT"], coded(text)


# --- what "fired" sends off is the weapon, not what it hits ----------------------------------


def test_rockets_fired_are_the_means() -> None:
    text = (
        "Israeli warplanes struck Hezbollah targets in southern Lebanon on Tuesday, hours after "
        "the group fired a barrage of rockets at the northern town of Kiryat Shmona, the "
        "Israeli military said."
    )
    shelling = _doers(text, "Shelling/artillery/missile attack")
    assert shelling == ["GRP.HEZBOLLAH"], coded(text)
    strikes = [e for e in events_of(text) if e.acled_subtype == "Air/drone strike"]
    assert [e.actor1.canonical_id for e in strikes if e.actor1] == ["ISR.MIL"], coded(text)
    # Each deed at its own clause's place: the strike in Lebanon, the rockets on the town.
    assert strikes[0].place is not None and strikes[0].place.country_iso2 == "LB"


# --- who counts the dead did not strike ------------------------------------------------------

COUNTED_BY_A_CIVIL_BODY = [
    "Lebanon's health ministry said three people were killed in the strike on Nabatieh.",
    "Le ministère libanais de la Santé a indiqué que trois personnes avaient été tuées dans la "
    "frappe sur Nabatiyé.",
    "Gaza's health ministry said 12 people were killed in the strike on a school in Jabalia.",
]


@pytest.mark.parametrize("text", COUNTED_BY_A_CIVIL_BODY)
def test_a_civil_body_counting_the_dead_is_no_doer(text: str) -> None:
    strikes = [e for e in events_of(text) if e.acled_subtype == "Air/drone strike"]
    assert strikes, coded(text)
    assert strikes[0].actor1 is None, strikes[0].actor1


def test_the_strike_told_before_keeps_its_doer() -> None:
    text = (
        "Israeli warplanes struck Hezbollah targets in southern Lebanon on Tuesday, the Israeli "
        "military said. Lebanon's health ministry said three people were killed in the strike "
        "on Nabatieh."
    )
    assert set(_doers(text, "Air/drone strike")) == {"ISR.MIL"}, coded(text)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        # A state that speaks of itself ("it") or denies its own deed is still the doer.
        (
            "Polish jets shot down several Russian drones overnight, Prime Minister Donald Tusk "
            "said. Moscow said it had no plans to target Polish territory.",
            "RUS",
        ),
        (
            "Des rebelles ont accusé les forces du régime syrien d'avoir tiré des obus chargés "
            "de chlore près de Kabani. Damas a démenti tout recours à des armes chimiques.",
            "SYR",
        ),
    ],
)
def test_a_state_telling_of_itself_stays_the_doer(text: str, doer: str) -> None:
    last = [e for e in events_of(text) if e.plover_type == "ASSAULT"][-1]
    assert last.actor1 is not None, coded(text)
    assert last.actor1.canonical_id.split(".")[0] == doer, coded(text)


# --- a strike the parser hangs on the victims is the army's deed -----------------------------

HUNG_ON_THE_VICTIMS = [
    (
        "Suspected jihadists killed 12 villagers in an attack on Tin-Akoff in northern Burkina "
        "Faso on Sunday, local sources said. The army said it had killed about 30 assailants "
        "in an air strike the following day.",
        12,
        30,
    ),
    (
        "Des hommes armés ont tué cinq civils dimanche à Djibo. L'armée a indiqué avoir tué une "
        "trentaine d'assaillants lors d'une frappe aérienne lundi près de Djibo.",
        5,
        30,
    ),
]


@pytest.mark.parametrize(("text", "first_toll", "strike_toll"), HUNG_ON_THE_VICTIMS)
def test_a_strike_on_the_victims_is_its_own_event(
    text: str, first_toll: int, strike_toll: int
) -> None:
    events = events_of(text)
    strikes = [e for e in events if e.acled_subtype == "Air/drone strike"]
    assert len(strikes) == 1, coded(text)
    assert strikes[0].actor1 is not None and strikes[0].actor1.canonical_id == "BFA.MIL"
    assert strikes[0].quantities["fatalities"] == strike_toll
    attack = next(e for e in events if e is not strikes[0] and e.plover_type == "ASSAULT")
    assert attack.quantities["fatalities"] == first_toll, coded(text)


def test_a_strike_named_as_background_stays_background() -> None:
    text = "Survivors of the 2017 air strike on the camp gathered in Rann on Monday."
    assert not [e for e in events_of(text) if e.acled_subtype == "Air/drone strike"], coded(text)


# --- a crowd fired on ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Police fired on the crowd outside the parliament in Nairobi on Tuesday, killing two.",
        "Protesters set fire to a police post in Kisumu on Wednesday; police fired on the crowd "
        "and four people were killed.",
        "La police a tiré sur la foule devant le palais du gouverneur à Kano mardi, tuant deux "
        "personnes.",
    ],
)
def test_fire_on_a_crowd_is_force_against_protesters(text: str) -> None:
    force = [e for e in events_of(text) if e.acled_subtype == "Excessive force against protesters"]
    assert force, coded(text)
    assert force[0].actor1 is not None and force[0].actor1.canonical_id.endswith(".POL")


# --- the dead of a deed told in a "when" clause --------------------------------------------


@pytest.mark.parametrize(
    ("text", "subtype", "doer", "toll"),
    [
        (
            "Residents of Makeni said at least 8 civilians were shot dead when officers fired on "
            "crowds burning tyres.",
            "Excessive force against protesters",
            "SLE.POL",
            8,
        ),
        (
            "Three Pakistani soldiers were killed when Taliban fighters attacked a border post "
            "near Chaman on Friday, the army said.",
            "Armed clash",
            "GRP.TALIBAN",
            3,
        ),
    ],
)
def test_the_dead_join_the_deed_of_their_when_clause(
    text: str, subtype: str, doer: str, toll: int
) -> None:
    events = [e for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert [e.acled_subtype for e in events] == [subtype], coded(text)
    assert events[0].actor1 is not None and events[0].actor1.canonical_id == doer
    assert events[0].quantities["fatalities"] == toll


# --- where unnamed men came from is neither the doer nor the place -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Quatre gendarmes ont été tués mercredi dans l'attaque de leur poste à Kpendjal par des "
        "hommes armés venus du Burkina Faso, a indiqué le gouvernement togolais.",
        "Four gendarmes were killed near Dapaong on Wednesday by gunmen who came from Burkina "
        "Faso, the Togolese government said.",
    ],
)
def test_where_unnamed_attackers_came_from_is_no_doer(text: str) -> None:
    attacks = [e for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert attacks, coded(text)
    assert attacks[0].actor1 is None or not attacks[0].actor1.canonical_id.startswith("BFA")
    assert attacks[0].place is None or attacks[0].place.country_iso2 != "BF"


def test_soldiers_of_a_state_are_still_its_forces() -> None:
    text = "Four gendarmes were killed near Dapaong on Wednesday by Burkinabe soldiers."
    attacks = [e for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert attacks and attacks[0].actor1 is not None, coded(text)
    assert attacks[0].actor1.canonical_id == "BFA.MIL"


# --- the attackers' toll and the kills the force they hit claims ---------------------------


@pytest.mark.parametrize(
    ("text", "doer", "toll"),
    [
        (
            "Au moins six soldats tchadiens ont été tués dans la nuit de mercredi à jeudi dans "
            "une attaque de Boko Haram contre une position de l'armée sur une île du lac Tchad, "
            "a annoncé l'état-major, qui affirme avoir tué une vingtaine d'assaillants.",
            "GRP.BOKO_HARAM",
            26,
        ),
        (
            "At least 14 Nigerien soldiers were killed in an attack by Islamic State fighters "
            "near Tillaberi on Tuesday, the defence ministry said, adding that troops had killed "
            "20 assailants.",
            "GRP.IS_SAHEL",
            34,
        ),
    ],
)
def test_a_fight_the_group_started_is_the_group_s(text: str, doer: str, toll: int) -> None:
    fights = [e for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert len(fights) == 1, coded(text)
    assert fights[0].actor1 is not None and fights[0].actor1.canonical_id == doer
    assert fights[0].quantities["fatalities"] == toll


def test_a_toll_with_its_own_doer_and_day_is_its_own_event() -> None:
    text = (
        "The army said it killed 20 militants in Borno on Monday. Three soldiers were killed "
        "in an ambush by ISWAP near Bama on Tuesday."
    )
    fights = [e for e in events_of(text) if e.plover_type == "ASSAULT"]
    doers = [
        (e.actor1.canonical_id if e.actor1 else None, e.quantities["fatalities"]) for e in fights
    ]
    assert doers == [("NGA.MIL", 20), ("GRP.ISWAP", 3)], coded(text)


def test_a_toll_told_after_the_attack_joins_it() -> None:
    text = (
        "ISWAP fighters attacked a base in Marte on Monday. Three soldiers were killed, the "
        "army said."
    )
    fights = [e for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert len(fights) == 1 and fights[0].quantities["fatalities"] == 3, coded(text)


# --- a retreat as the moment a strike hit ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Malian troops backed by drones struck the attackers as they withdrew towards the "
        "Mauritanian border on Tuesday, the army said.",
        "L'armée a mené des frappes aériennes contre les assaillants dans leur repli près de "
        "Djibo, selon une source sécuritaire.",
    ],
)
def test_a_retreat_struck_is_no_retreat_event(text: str) -> None:
    types = [e.plover_type for e in events_of(text)]
    assert "ASSAULT" in types and "RETREAT" not in types, coded(text)


def test_a_retreat_told_alone_stays() -> None:
    text = "Russian forces withdrew from Kherson on Friday, the defence ministry said."
    assert "RETREAT" in [e.plover_type for e in events_of(text)], coded(text)


# --- words of the deed itself ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        (
            "Al-Shabaab claimed responsibility for a suicide car bombing that killed seven "
            "soldiers at a checkpoint in Mogadishu on Saturday, police said.",
            "Suicide bomb",
        ),
        (
            "Israeli troops blew up several houses in Kfar Kila on Monday, residents said.",
            "Looting/property destruction",
        ),
        (
            "L'armée israélienne a fait sauter une maison à Tyr lundi, selon l'agence libanaise.",
            "Looting/property destruction",
        ),
        ("Militants blew up a bridge near Kidal on Monday.", "Remote explosive/landmine/IED"),
    ],
)
def test_the_deed_s_own_words_decide_its_sub_type(text: str, subtype: str) -> None:
    assert subtype in [e.acled_subtype for e in events_of(text)], coded(text)


# --- a group's branch where the deed is, when the story's home has none -------------------


def test_the_branch_of_the_place_named_beside_the_group() -> None:
    text = (
        "Islamic State fighters beheaded six villagers near Macomia on Friday, according to "
        "local sources. Rwandan troops deployed in Cabo Delgado killed eight insurgents in a "
        "counter-attack on Sunday, Rwanda's defence force said."
    )
    attack = next(e for e in events_of(text) if e.acled_subtype == "Attack")
    assert attack.actor1 is not None and attack.actor1.canonical_id == "GRP.IS_MOZ"


def test_a_deed_of_its_own_beside_a_takeover_stays() -> None:
    text = (
        "M23 rebels said on Monday they had taken control of Goma after a lightning advance, "
        "while Congolese soldiers surrendered their weapons to UN peacekeepers."
    )
    assert "RETREAT" in [e.plover_type for e in events_of(text)], coded(text)


# --- a doer blamed in a later sentence ------------------------------------------------------


def test_a_strike_blamed_in_the_next_sentence_is_the_blamed_side_s() -> None:
    text = (
        "Ethiopian troops clashed with Fano militiamen on the outskirts of Debre Markos on "
        "Sunday, residents said, and a drone struck a minibus on the road to Bahir Dar the next "
        "day, killing 12 passengers. Local officials blamed the federal army for the strike."
    )
    strike = next(e for e in events_of(text) if e.acled_subtype == "Air/drone strike")
    assert strike.actor1 is not None and strike.actor1.canonical_id == "ETH.MIL", coded(text)


# --- what is released to the press ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Burkina Faso's junta has released no toll and on Monday suspended a radio station.",
        "The ministry released the names of the victims in Kigali on Monday.",
    ],
)
def test_a_toll_or_names_released_free_no_one(text: str) -> None:
    assert "CONCEDE" not in [e.plover_type for e in events_of(text)], coded(text)


def test_a_raid_on_the_doer_is_the_same_deed() -> None:
    text = (
        "Hours later, Israeli troops raiding Jenin shot dead a 17-year-old boy, according to "
        "the Palestinian health ministry."
    )
    violent = [e for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert [e.acled_subtype for e in violent] == ["Attack"], coded(text)
    assert violent[0].quantities["fatalities"] == 1
