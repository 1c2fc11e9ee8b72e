"""Withdrawals, pullbacks, handovers and evacuated positions (PLOVER RETREAT): the force that
leaves is the doer, not the party that takes the ground over, the place's country, the
speaker or whoever asks for the withdrawal. Sentences are our own, modelled on wire reports
and analyst notes from several conflicts."""

from __future__ import annotations

import pytest

from coding import coded, events_of, probe_params

# (text, status, doer): a RETREAT event of that status done by that force (or a body of it).
DOERS = [
    (
        "Les derniers soldats français ont quitté Niamey vendredi, mettant fin à dix ans de "
        "présence militaire au Niger, a annoncé l'état-major.",
        "realised",
        "FRA.MIL",
    ),
    (
        "The last French soldiers left Chad on Friday, handing over the Kossei base in "
        "N'Djamena to the Chadian army, the French military said.",
        "realised",
        "FRA.MIL",
    ),
    (
        "French troops handed over the Gao base to the Malian army on Monday, the general "
        "staff said.",
        "realised",
        "FRA.MIL",
    ),
    (
        "La MINUSMA a remis lundi son camp de Tessalit à l'armée malienne, a indiqué la "
        "mission onusienne.",
        "realised",
        "IGO.MINUSMA",
    ),
    (
        "The withdrawal of French troops from Niger was completed on Friday, the French army said.",
        "realised",
        "FRA.MIL",
    ),
    (
        "Le retrait des troupes françaises du Niger a été achevé vendredi, selon l'état-major.",
        "realised",
        "FRA.MIL",
    ),
    # The base's new holder and the announcing ministry are not who withdrew.
    (
        "Les militaires américains ont achevé dimanche leur retrait de la base aérienne d'Agadez, "
        "remise aux Forces armées nigériennes, a annoncé le ministère nigérien de la Défense.",
        "realised",
        "USA.MIL",
    ),
    (
        "Les soldats américains ont achevé samedi leur retrait de la base de Kidal, remise aux "
        "Forces armées maliennes, a annoncé le ministère malien de la Défense.",
        "realised",
        "USA.MIL",
    ),
    (
        "US troops completed their withdrawal from Air Base 201 in Agadez on Monday, handing "
        "it over to the Nigerien army.",
        "realised",
        "USA.MIL",
    ),
    (
        "Russian forces pulled out of the city of Kherson on Friday, retreating to the east "
        "bank of the Dnipro, the Russian defence ministry said.",
        "realised",
        "RUS.MIL",
    ),
    (
        "Les forces russes se sont repliées sur la rive gauche du Dniepr, a annoncé Moscou.",
        "realised",
        "RUS.MIL",
    ),
    (
        "L'armée russe a évacué ses positions autour d'Izioum, dans la région de Kharkiv, selon "
        "l'état-major ukrainien.",
        "realised",
        "RUS.MIL",
    ),
    (
        "Ukrainian troops withdrew from Avdiivka on Saturday to avoid encirclement, army chief "
        "Oleksandr Syrskyi said.",
        "realised",
        "UKR.MIL",
    ),
    (
        "L'armée israélienne s'est retirée dimanche de Khan Younès, a indiqué un porte-parole "
        "militaire.",
        "realised",
        "ISR.MIL",
    ),
    (
        "M23 rebels pulled out of the town of Kibumba on Friday and handed it over to the East "
        "African regional force.",
        "realised",
        "GRP.M23",
    ),
    (
        "Les rebelles du M23 ont quitté la localité de Kibumba, remise à la force régionale "
        "est-africaine.",
        "realised",
        "GRP.M23",
    ),
    (
        "The Rapid Support Forces withdrew from Wad Madani on Saturday as the Sudanese army "
        "entered the city.",
        "realised",
        "GRP.RSF",
    ),
    (
        "Wagner fighters left Bakhmut on Thursday, handing their positions over to the Russian "
        "army, Yevgeny Prigozhin said.",
        "realised",
        "GRP.WAGNER",
    ),
    (
        "Les forces arméniennes ont achevé leur retrait du Haut-Karabakh, a annoncé Bakou.",
        "realised",
        "ARM.MIL",
    ),
    (
        "La MONUSCO a quitté mardi sa base de Kamanyola, remise à la police congolaise.",
        "realised",
        "IGO.MONUSCO",
    ),
    (
        "Houthi fighters took control of the town of Harib after Yemeni government troops "
        "withdrew, residents said.",
        "realised",
        "YEM.MIL",
    ),
    (
        "Azerbaijani troops pulled back from positions along the border with Armenia on "
        "Tuesday, the defence ministry said.",
        "realised",
        "AZE.MIL",
    ),
    # Asked for: the forces asked to leave, not the asker.
    (
        "Kinshasa a exigé le retrait des troupes rwandaises de l'est de la RDC.",
        "requested",
        "RWA.MIL",
    ),
    (
        "The Security Council called on Rwanda to withdraw its troops from Congolese territory.",
        "requested",
        "RWA.MIL",
    ),
    (
        "Niger's junta demanded the departure of US troops in March.",
        "requested",
        "USA.MIL",
    ),
    # A withdrawal asked of no one named is asked of the forces told moving before.
    (
        "L'armée israélienne a quitté lundi plusieurs villages du Sud-Liban. Le Premier "
        "ministre libanais a exigé un retrait total.",
        "requested",
        "ISR.MIL",
    ),
    (
        "Rwandan troops crossed into North Kivu on Monday, residents said. Kinshasa demanded "
        "an immediate withdrawal.",
        "requested",
        "RWA.MIL",
    ),
    # Planned or promised: not yet done.
    (
        "Le Rwanda s'engage à retirer ses troupes de l'est de la RDC dans un délai de 90 jours.",
        "planned",
        "RWA.MIL",
    ),
    (
        "Kigali s'est engagé à retirer ses troupes de l'est de la RDC dans un délai de 90 jours.",
        "planned",
        "RWA.MIL",
    ),
    (
        "Moscow agreed to withdraw its troops from the Kherson region, the Kremlin said.",
        "planned",
        "RUS.MIL",
    ),
    (
        "Washington plans to withdraw its troops from Syria by the end of the year, officials "
        "said.",
        "planned",
        "USA.MIL",
    ),
    (
        "Le Pentagone prévoit de retirer ses troupes d'Irak d'ici septembre 2026.",
        "planned",
        "USA.MIL",
    ),
    (
        "Le Tchad a menacé de retirer ses soldats de la force multinationale.",
        "hypothetical",
        "TCD.MIL",
    ),
    (
        "Les soldats turcs ont commencé lundi à quitter le nord de l'Irak, a confirmé Ankara. "
        "Bagdad a précisé que le retrait serait achevé d'ici la fin de l'année.",
        "realised",
        "TUR.MIL",
    ),
    (
        "La junte malienne a exigé le départ de la MINUSMA.",
        "requested",
        "IGO.MINUSMA",
    ),
    (
        "Rwanda has refused to withdraw its troops from eastern Congo, officials said.",
        "negated|denied",
        "RWA.MIL",
    ),
    (
        "Under the agreement, US-led coalition troops will leave bases in Baghdad by "
        "September, officials said.",
        "planned",
        "COAL.US_LED",
    ),
    (
        "Officials warned that Kenyan troops would have to leave unless the deal was cancelled.",
        "hypothetical",
        "KEN.MIL",
    ),
    (
        "Le M23 a pris le contrôle de Kalehe vendredi après le retrait des militaires "
        "congolais, selon des habitants.",
        "realised",
        "COD.MIL",
    ),
]

MISSED: dict[str, str] = {
    DOERS[34][0]: "'départ' needs troops as its complement; a mission named alone is none",
    DOERS[35][0]: "a refusal to withdraw is coded REJECT only, with no negated RETREAT",
    DOERS[37][0]: "'would have to leave' after 'warned that' yields no RETREAT",
    DOERS[38][0]: "'après le retrait de X' is read as background and dropped",
}


def _doers(text: str, statuses: str) -> list[str]:
    return [
        e.actor1.canonical_id if e.actor1 is not None else ""
        for e in events_of(text)
        if e.plover_type == "RETREAT" and e.status in statuses.split("|")
    ]


@pytest.mark.parametrize(("text", "status", "doer"), probe_params(DOERS, MISSED))
def test_the_force_that_leaves_is_the_doer(text: str, status: str, doer: str) -> None:
    got = _doers(text, status)
    assert any(g == doer or g.startswith(f"{doer}.") for g in got), (got, coded(text))


# Leaving a treaty, a bloc or talks, or recalling an envoy, moves no forces.
NOT_A_PULLOUT = [
    "The opposition withdrew from the talks on Monday, citing bad faith.",
    "Burkina Faso withdrew its ambassador from Paris on Tuesday.",
    "Le Niger a rappelé son ambassadeur en France.",
    "Le Mali s'est retiré de l'accord d'Alger, a annoncé la junte.",
]

NOT_A_PULLOUT_MISSED: dict[str, str] = {
    NOT_A_PULLOUT[3]: "'se retirer de l'accord' still yields a bare RETREAT beside the SANCTION",
}


@pytest.mark.parametrize("text", probe_params([(t,) for t in NOT_A_PULLOUT], NOT_A_PULLOUT_MISSED))
def test_no_troop_withdrawal(text: str) -> None:
    assert not [
        e
        for e in events_of(text)
        if e.plover_type == "RETREAT" and e.acled_subtype == "Non-violent transfer of territory"
    ], coded(text)


# The second event of a sentence keeps its own doer: the taker is not the one who left.
def test_taker_and_leaver_apart() -> None:
    text = (
        "M23 rebels seized the town of Kalehe on Friday after Congolese troops withdrew, "
        "residents said."
    )
    events = events_of(text)
    assert any(
        e.plover_type == "RETREAT" and e.actor1 and e.actor1.canonical_id.startswith("COD")
        for e in events
    ), coded(text)
    assert any(
        e.plover_type == "ASSAULT" and e.actor1 and e.actor1.canonical_id == "GRP.M23"
        for e in events
    ), coded(text)
