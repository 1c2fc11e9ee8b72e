"""French fights and takeovers in wire wording (RFI, AFP, Radio Okapi, local outlets; Sahel,
Congo, Sudan, Central Africa, Chad, Nigeria, Cameroon, Mozambique, Somalia, Syria, Ukraine,
Myanmar), written apart from the dev sets: each sentence's sub-type, PLOVER type and doer (the
attacker, the first side of "X et Y se sont affrontés", the side taking ground). The rules they
pinned down: a verb of taking in the passive takes its subject as the place ("la localité a été
reprise par les FARDC"); "la prise de X" names a taking by its noun, though not behind
"depuis"/"après"; "récupérer la ville" and "se rendre maître de" take ground; "cité",
"quartier", "bourgade" and "agglomération" point back to a named place; an attack answered
("a riposté à une attaque de X", "responded to an attack by X") is X's."""

from __future__ import annotations

from functools import partial

import pytest

from coding import coded, events_of, probe_params, row_opening

_CLASH = "Armed clash"
_TAKEN = "Non-state actor overtakes territory"
_RETAKEN = "Government regains territory"

# (text, ACLED sub-type, actor1); all Battles, ASSAULT, realised.
_ROWS: list[tuple[str, str, str | None]] = [
    (
        "La localité de Rubaya a été reprise par les FARDC mardi, a annoncé le porte-parole "
        "de l'armée.",
        _RETAKEN,
        "COD.MIL",
    ),
    (
        "Selon des sources locales, le M23 aurait pris la cité de Nyanzale dans la nuit de mardi.",
        _TAKEN,
        "GRP.M23",
    ),
    (
        "La prise de Goma par le M23 a provoqué la fuite de milliers d'habitants vers le Rwanda.",
        _TAKEN,
        "GRP.M23",
    ),
    (
        "Les FSR ont revendiqué la prise de la base militaire de Jebel Moya, dans l'État du "
        "Nil Blanc.",
        _TAKEN,
        "GRP.RSF",
    ),
    (
        "Les troupes gouvernementales ont récupéré la ville de Bria, tenue depuis des mois par "
        "les rebelles.",
        _RETAKEN,
        "CAF.MIL",
    ),
    (
        "Les rebelles du M23 se sont rendus maîtres de Kitshanga mardi après deux jours de "
        "combats.",
        _TAKEN,
        "GRP.M23",
    ),
    (
        "Des combattants islamistes ont encerclé la ville de Macomia et s'en sont rendus "
        "maîtres jeudi.",
        _TAKEN,
        None,
    ),
    (
        "Somali troops responded to an attack by al-Shabaab fighters on their base in Mahaday, "
        "killing 12 militants.",
        _CLASH,
        "GRP.SHABAAB",
    ),
    (
        "Les soldats nigériens ont répliqué à l'attaque des jihadistes de l'EI près de Tillabéri.",
        _CLASH,
        "GRP.IS_SAHEL",
    ),
    (
        "De violents combats ont opposé jeudi les Forces armées soudanaises aux Forces de "
        "soutien rapide dans le quartier d'Omdurman, selon des habitants.",
        _CLASH,
        "SDN.MIL",
    ),
    (
        "Les FARDC et les rebelles du M23 se sont affrontés mercredi à Sake, à une vingtaine de "
        "kilomètres de Goma.",
        _CLASH,
        "COD.MIL",
    ),
    (
        "L'armée malienne a repoussé une attaque des jihadistes du JNIM contre son camp de "
        "Boulkessi dans la nuit de samedi à dimanche.",
        _CLASH,
        "GRP.JNIM",
    ),
    (
        "La ville de Bunagana est tombée aux mains du M23 lundi, selon des sources locales.",
        _TAKEN,
        "GRP.M23",
    ),
    (
        "Les Forces de soutien rapide se sont emparées dimanche de la ville de Wad Madani, "
        "capitale de l'État d'Al-Jazira.",
        _TAKEN,
        "GRP.RSF",
    ),
    (
        "Les séparatistes ambazoniens et l'armée camerounaise se sont violemment affrontés "
        "vendredi à Bamenda.",
        _CLASH,
        "GRP.AMBAZONIA",
    ),
    (
        "Les combattants de HTS ont pris Alep vendredi lors d'une offensive éclair.",
        _TAKEN,
        "GRP.HTS",
    ),
    (
        "Des gangs armés ont pris le contrôle du quartier de Carrefour-Feuilles, à "
        "Port-au-Prince, après des affrontements avec la police.",
        _TAKEN,
        None,
    ),
    (
        "Une attaque du JNIM contre la ville de Léré a été repoussée par l'armée, selon "
        "l'état-major.",
        _CLASH,
        "GRP.JNIM",
    ),
    (
        "L'armée tchadienne a riposté à une attaque de Boko Haram sur l'île de Barkaram, "
        "tuant 17 assaillants.",
        _CLASH,
        "GRP.BOKO_HARAM",
    ),
    (
        "Un violent accrochage a opposé des soldats de l'armée nigérienne à des hommes armés "
        "près de Tillabéri, faisant cinq morts.",
        _CLASH,
        "NER.MIL",
    ),
    (
        "Des éléments du M23 ont occupé la colline de Kanyamahoro après de violents combats "
        "avec les FARDC.",
        _TAKEN,
        "GRP.M23",
    ),
    (
        "Les forces de la junte birmane ont été chassées de Lashio par l'Alliance de la "
        "fraternité.",
        _TAKEN,
        None,
    ),
    (
        "Les rebelles de l'Armée d'Arakan contrôlent désormais la ville de Paletwa, dans l'État "
        "Chin, après le retrait de la junte.",
        _TAKEN,
        "GRP.ARAKAN_ARMY",
    ),
]


_row = partial(row_opening, _ROWS)


_MISSED: dict[str, str] = {
    _row("L'armée tchadienne a riposté"): (
        "a bare 'de Boko Haram' on the attack noun is not read as its doer"
    ),
    _row("Un violent accrochage a opposé"): (
        "unnamed gunmen as second side of 'opposer' make the soldiers actor2"
    ),
    _row("Des éléments du M23 ont occupé"): (
        "'occuper' after fighting stays a non-violent transfer of territory"
    ),
    _row("Les forces de la junte birmane ont été chassées"): (
        "forces driven out of a town in the passive is no taking"
    ),
    _row("Les rebelles de l'Armée d'Arakan contrôlent désormais"): (
        "'contrôler désormais' (control newly held) is no trigger"
    ),
}


@pytest.mark.parametrize(("text", "subtype", "doer"), probe_params(_ROWS, _MISSED))
def test_battle_takeovers_fr(text: str, subtype: str, doer: str | None) -> None:
    """The sentence gives a realised battle of its sub-type done by ``doer``."""
    event = next(
        (e for e in events_of(text) if e.acled_subtype == subtype and e.status == "realised"),
        None,
    )
    assert event is not None, coded(text)
    assert (event.acled_type, event.plover_type) == ("Battles", "ASSAULT"), coded(text)
    assert (event.actor1.canonical_id if event.actor1 else None) == doer, coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Depuis la prise de Goma par le M23 en janvier, des milliers de déplacés vivent dans "
        "des camps autour de la ville.",
        "Le ministre a salué la prise de conscience des habitants de Bunia face aux milices.",
        "Cette prise de position du gouvernement de Kinshasa a surpris les diplomates.",
        "Les policiers ont récupéré trois fusils d'assaut lors d'une fouille à Bria.",
        "Les affrontements entre éleveurs et agriculteurs sont fréquents dans cette région.",
    ],
)
def test_battle_takeovers_fr_no_taking(text: str) -> None:
    """A taking told as background, the other senses of "prise" and "récupérer", and
    habitual fighting make no realised battle."""
    assert all(
        not (e.acled_type == "Battles" and e.status == "realised") for e in events_of(text)
    ), coded(text)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Les rebelles du M23 pourraient s'emparer de Goma dans les prochains jours, craint "
            "la Monusco.",
            "hypothetical",
        ),
        ("Les FSR ont démenti avoir pris le contrôle de la ville d'El-Obeid.", "denied"),
    ],
)
def test_battle_takeovers_fr_not_realised(text: str, status: str) -> None:
    """A feared or denied taking keeps its status."""
    statuses = {e.status for e in events_of(text) if e.acled_subtype == _TAKEN}
    assert statuses == {status}, coded(text)


@pytest.mark.parametrize(
    ("text", "attacked"),
    [
        (
            "Somali troops responded to an attack by al-Shabaab fighters on their base in "
            "Mahaday, killing 12 militants.",
            "SOM.MIL",
        ),
        (
            "Les soldats nigériens ont répliqué à l'attaque des jihadistes de l'EI près de "
            "Tillabéri.",
            "NER.MIL",
        ),
    ],
)
def test_answered_attack_hits_who_answered(text: str, attacked: str) -> None:
    """Who answered an attack ("a riposté à", "responded to") was attacked: actor2."""
    event = next((e for e in events_of(text) if e.acled_subtype == _CLASH), None)
    assert event is not None, coded(text)
    assert (event.actor2.canonical_id if event.actor2 else None) == attacked, coded(text)
