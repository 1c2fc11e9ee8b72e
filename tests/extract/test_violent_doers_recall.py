"""Who did a violent deed when the report names the target first, the teller of the toll,
an attack withstood, a reprisal or a nationality on the weapon (written apart from the dev
sets: Ukraine, Sahel, Somalia, Gaza and Lebanon, Sudan, Iraq, Colombia, Myanmar,
Philippines, Kashmir). The rules they pinned down: a deed named in a phrase of answering
("in response to the rocket fire, Israel struck …", "en réponse aux tirs de roquettes")
is another event, so the clause's own strike stays, with its own weapon; "launched 90
drones at Odesa" is a drone strike by who launched them, not by who counted them."""

from __future__ import annotations

import pytest

from coding import coded, events_of, probe_params, row_opening

_BATTLE = "Battles"
_REMOTE = "Explosions/Remote violence"
_AIR = "Air/drone strike"
_SHELL = "Shelling/artillery/missile attack"

# (text, ACLED type, ACLED sub-type or None, doer: the first such event's actor1 or a child).
_ROWS: list[tuple[str, str, str | None, str]] = [
    # Reprisals: the answered deed is another event, the clause's strike stays.
    (
        "In response to the rocket fire, Israel struck Hamas positions in Gaza overnight.",
        _REMOTE,
        _AIR,
        "ISR",
    ),
    (
        "In response to rocket fire from Gaza, Israeli jets struck Hamas positions overnight.",
        _REMOTE,
        _AIR,
        "ISR",
    ),
    (
        "En réponse aux tirs de roquettes, Israël a frappé des positions du Hamas à Gaza.",
        _REMOTE,
        _AIR,
        "ISR",
    ),
    (
        "In retaliation for the drone attack on its base, the US struck Kataib Hezbollah "
        "sites in Iraq.",
        _REMOTE,
        None,
        "USA",
    ),
    (
        "En représailles à l'attaque du Hezbollah, l'armée israélienne a bombardé des "
        "villages du Liban-Sud.",
        _REMOTE,
        None,
        "ISR",
    ),
    (
        "In response to the shelling, Israeli artillery shelled Hezbollah positions near Khiam.",
        _REMOTE,
        _SHELL,
        "ISR",
    ),
    (
        "En représailles, l'armée pakistanaise a bombardé des positions du TTP dans le Waziristan.",
        _REMOTE,
        None,
        "PAK",
    ),
    (
        "In retaliation, Iranian forces fired missiles at US bases in Iraq.",
        _REMOTE,
        None,
        "IRN",
    ),
    # The teller of the strikes is not their doer.
    (
        "L'armée de l'air ukrainienne a indiqué que la Russie avait lancé 90 drones contre "
        "Odessa dans la nuit.",
        _REMOTE,
        _AIR,
        "RUS",
    ),
    (
        "Ukraine's air force said Russia launched 90 drones at Odesa overnight.",
        _REMOTE,
        _AIR,
        "RUS",
    ),
    (
        "Le ministère russe de la Défense a affirmé que l'Ukraine avait lancé 40 drones sur la "
        "région de Belgorod.",
        _REMOTE,
        _AIR,
        "UKR",
    ),
    (
        "Gaza's health ministry said Israeli air strikes killed 40 people in Khan Younis.",
        _REMOTE,
        None,
        "ISR",
    ),
    (
        "Israel's military said Hezbollah fired some 30 rockets at the Galilee on Sunday.",
        _REMOTE,
        None,
        "GRP.HEZBOLLAH",
    ),
    # The target named first.
    (
        "Ukrainian positions near Kupiansk were shelled by Russian artillery overnight, "
        "killing two soldiers.",
        _REMOTE,
        None,
        "RUS",
    ),
    (
        "Les positions des FSR à Omdurman ont été bombardées par l'aviation soudanaise.",
        _REMOTE,
        None,
        "SDN",
    ),
    (
        "A Somali army convoy was ambushed by al-Shabaab fighters near Jowhar on Monday, "
        "killing five soldiers.",
        _BATTLE,
        None,
        "GRP.SHABAAB",
    ),
    (
        "A Philippine army patrol was attacked by NPA rebels in Samar, leaving two soldiers dead.",
        _BATTLE,
        None,
        "GRP.NPA",
    ),
    (
        "Les positions de l'armée malienne ont été visées jeudi par des drones du JNIM près "
        "de Boulkessi.",
        _REMOTE,
        None,
        "GRP.JNIM",
    ),
    # The nationality on the weapon.
    (
        "Une frappe de drone turque a tué quatre combattants du PKK dans le nord de l'Irak.",
        _REMOTE,
        None,
        "TUR",
    ),
    (
        "Myanmar junta jets bombed a village held by the KIA, killing 11 civilians.",
        _REMOTE,
        None,
        "MMR",
    ),
    # Attacks withstood, sides pushed back.
    (
        "Les FARDC ont repoussé mardi une offensive des rebelles du M23 sur Sake.",
        _BATTLE,
        None,
        "GRP.M23",
    ),
    (
        "L'armée burkinabè a repoussé une attaque de jihadistes d'Ansaroul Islam contre son "
        "détachement de Djibo.",
        _BATTLE,
        None,
        "GRP.ANSAROUL_ISLAM",
    ),
    (
        "Russian troops were pushed back by Ukrainian forces near Vovchansk.",
        _BATTLE,
        None,
        "UKR",
    ),
    (
        "Les troupes russes ont été repoussées par les forces ukrainiennes près de Koupiansk.",
        _BATTLE,
        None,
        "UKR",
    ),
    # Reciprocal fire: the first side named.
    (
        "Indian and Pakistani troops exchanged fire along the Line of Control overnight.",
        _BATTLE,
        None,
        "IND",
    ),
]

_MISSED = {
    row_opening(_ROWS, "L'armée burkinabè a repoussé"): (
        "the parser splits 'Ansaroul Islam' (Islam as xcomp of the verb), so the attack's "
        "nominal doer is not found"
    ),
    row_opening(_ROWS, "Russian troops were pushed back"): "'push back' is no trigger",
    row_opening(_ROWS, "Les troupes russes ont été repoussées"): (
        "'repousser' with a force as object is no trigger"
    ),
}


@pytest.mark.parametrize(("text", "kind", "subtype", "doer"), probe_params(_ROWS, _MISSED))
def test_violent_doer(text: str, kind: str, subtype: str | None, doer: str) -> None:
    event = next((e for e in events_of(text) if e.acled_type == kind), None)
    assert event is not None, coded(text)
    assert event.status == "realised", coded(text)
    if subtype is not None:
        assert event.acled_subtype == subtype, coded(text)
    got = event.actor1.canonical_id if event.actor1 is not None else ""
    assert got == doer or got.startswith(f"{doer}."), (got, coded(text))


@pytest.mark.parametrize(
    "text",
    [
        # A reprisal only threatened or discussed is no strike done.
        "Iran's foreign minister said any attack would be met with a response.",
        # Drones launched by a company for farming are no strike: no target, no war.
        "Le ministère a indiqué que des drones lancés par des agriculteurs surveillaient les "
        "cultures.",
    ],
)
def test_no_realised_strike(text: str) -> None:
    assert not any(e.acled_type == _REMOTE and e.status == "realised" for e in events_of(text)), (
        coded(text)
    )
