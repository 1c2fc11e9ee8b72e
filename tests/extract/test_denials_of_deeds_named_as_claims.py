"""A denial that names the deed told before only as "the claim", "ces informations",
"these accusations", "any involvement", or as a clause with nobody named ("denied anyone
had been detained"): analysts code a denied copy of that deed, done by the party accused.
Sentences are our own, modelled on wire reports and analyst notes from several conflicts."""

from __future__ import annotations

import pytest

from coding import assert_denied_copy, coded, events_of, probe_params

COPIES = [
    # The attack before its interception is the deed denied, not the interception.
    (
        "Rockets fired from southern Lebanon were intercepted over Kiryat Shmona on Sunday, "
        "the Israeli army said. Hezbollah denied any involvement.",
        "Shelling/artillery/missile attack",
        "GRP.HEZBOLLAH",
    ),
    (
        "Deux roquettes tirées depuis la bande de Gaza ont été interceptées au-dessus de "
        "Sdérot, selon l'armée israélienne. Le Hamas a nié toute implication.",
        "Shelling/artillery/missile attack",
        "GRP.HAMAS",
    ),
    # A detention denied with nobody named, in the sentence of the arrest or the next.
    (
        "Police detained three journalists outside the parliament in Harare, their union "
        "said; the police denied anyone had been detained.",
        "Arrests",
        "ZWE",
    ),
    (
        "Des policiers ont interpellé trois journalistes à Bamako lundi, selon leur "
        "syndicat ; la police a démenti que quiconque ait été arrêté.",
        "Arrests",
        "MLI",
    ),
    (
        "Soldiers arrested 14 traders at the Kidal market on Friday, residents said. The army "
        "denied that anyone had been arrested.",
        "Arrests",
        "MLI",
    ),
    # An arrest or arson denied as "the claim", "ces informations".
    (
        "Police detained two activists in Lagos on Monday, their lawyer said. Police denied "
        "the claim.",
        "Arrests",
        "NGA",
    ),
    (
        "Des gendarmes ont arrêté quatre militants à Conakry dimanche, selon leur parti. La "
        "gendarmerie a démenti ces informations.",
        "Arrests",
        "GIN",
    ),
    (
        "Des maisons ont été incendiées à Kyauktaw mardi, selon des habitants. L'Armée "
        "d'Arakan a démenti ces informations.",
        "Looting/property destruction",
        "GRP.ARAKAN_ARMY",
    ),
    (
        "Homes were torched in a village near Maungdaw on Friday, residents said. The Arakan "
        "Army denied the reports.",
        "Looting/property destruction",
        "GRP.ARAKAN_ARMY",
    ),
    # A government rejecting the charge against a militia of its own country.
    (
        "Des Volontaires pour la défense de la patrie ont tué au moins 30 civils peuls près "
        "de Djibo, selon Human Rights Watch. Le gouvernement burkinabè a rejeté ces "
        "accusations.",
        "Attack",
        "GRP.VDP",
    ),
    (
        "Imbonerakure militiamen beat and killed four opposition supporters in Ngozi "
        "province, a rights group said. The Burundian government rejected the allegations.",
        "Attack",
        "GRP.IMBONERAKURE",
    ),
    (
        "Selon Amnesty International, des miliciens Imbonerakure ont tué trois militants de "
        "l'opposition dans la province de Kirundo. Le gouvernement burundais a rejeté ces "
        "accusations.",
        "Attack|Armed clash",
        "GRP.IMBONERAKURE",
    ),
    # still missed
    (
        "Two drones launched from Yemen were shot down over Eilat on Tuesday, the military "
        "said. The Houthis denied any involvement.",
        "Air/drone strike",
        "GRP.HOUTHI",
    ),
]

MISSED: dict[str, str] = {
    COPIES[12][0]: "'drones launched from Yemen were shot down': the launch is read as no "
    "deed of its own, so only the interception is told and nothing is left to deny",
}


@pytest.mark.parametrize(("text", "subtypes", "doer"), probe_params(COPIES, MISSED))
def test_denial_of_the_claim_copies_the_deed(text: str, subtypes: str, doer: str) -> None:
    assert_denied_copy(text, subtypes, doer)


CHARGES_DENIED = [
    # A rebel denying the deed it was charged with speaks for itself, not for the army
    # of its country.
    (
        "Le gouvernement malien a ordonné une offensive contre le JNIM mardi, l'accusant "
        "d'avoir attaqué une caserne près de Gao. Le JNIM a démenti que ses combattants "
        "aient attaqué la caserne.",
        "Armed clash|Attack",
        "GRP.JNIM",
    ),
    (
        "Prime Minister Abiy Ahmed ordered an offensive against the TPLF on Friday, accusing "
        "the party of attacking a federal army base near Adigrat. The TPLF denied that its "
        "forces had attacked the base.",
        "Armed clash|Attack",
        "GRP.TPLF",
    ),
]


@pytest.mark.parametrize(("text", "subtypes", "doer"), CHARGES_DENIED)
def test_rebel_denying_a_charge_is_the_doer(text: str, subtypes: str, doer: str) -> None:
    kinds = subtypes.split("|")
    denied = [
        e.actor1.canonical_id if e.actor1 else ""
        for e in events_of(text)
        if e.status == "denied" and e.acled_subtype in kinds
    ]
    assert doer in denied, coded(text)


INTERCEPTED_ATTACKS = [COPIES[0][0], COPIES[1][0]]


@pytest.mark.parametrize("text", INTERCEPTED_ATTACKS)
def test_interception_is_not_what_the_launcher_denies(text: str) -> None:
    denied = [e for e in events_of(text) if e.status == "denied"]
    assert all(e.acled_subtype != "Disrupted weapons use" for e in denied), coded(text)


NO_COPY = [
    # The one denying was never accused of the interception it suffered.
    "Russian air defences shot down a Ukrainian drone over Belgorod. Kyiv denied any involvement.",
    # Another country's government speaks for no militia of its neighbour.
    "Imbonerakure militiamen killed four opposition supporters in Ngozi province, a rights "
    "group said. The Rwandan government rejected the allegations.",
    "Des Volontaires pour la défense de la patrie ont tué au moins 30 civils peuls près de "
    "Djibo, selon Human Rights Watch. Le gouvernement malien a rejeté ces accusations.",
    # Nothing denied: the arrest stands.
    "Police detained two activists in Lagos on Monday, their lawyer said; the police said "
    "both had been released.",
    "Rockets fired from southern Lebanon were intercepted over Metula on Saturday, the "
    "Israeli army said. Israeli jets struck targets near Tyre hours later.",
]


@pytest.mark.parametrize("text", NO_COPY)
def test_no_denied_copy(text: str) -> None:
    denied = [e for e in events_of(text) if e.status == "denied"]
    assert denied == [], coded(text)


NO_DENIED_ARREST = [
    # A denial of something else than the arrest.
    "Police detained two activists in Lagos on Monday, their lawyer said. The government "
    "denied it was cracking down on dissent.",
    "Des policiers ont arrêté deux opposants à Lomé lundi. Le ministre a démenti tout projet "
    "d'interdire le parti.",
]


@pytest.mark.parametrize("text", NO_DENIED_ARREST)
def test_denial_of_something_else_keeps_the_arrest(text: str) -> None:
    denied = [e for e in events_of(text) if e.status == "denied" and e.acled_subtype == "Arrests"]
    assert denied == [], coded(text)


def test_a_government_does_not_answer_for_the_insurgents_it_fights() -> None:
    """Only a state's auxiliaries (``actors/auxiliaries.tsv``) have their deed denied by the
    government rejecting the charges; an insurgent group of the same country does not."""
    text = (
        "Selon Human Rights Watch, des combattants du JNIM ont exécuté 20 civils près de "
        "Mopti la semaine dernière. Le gouvernement malien a rejeté ces accusations."
    )
    denied = [e for e in events_of(text) if e.status == "denied"]
    assert denied == [], coded(text)
