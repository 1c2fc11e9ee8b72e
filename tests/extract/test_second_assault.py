"""A state force's fight told after a seizure (abduction, hostage-taking, looting), written
apart from the dev sets (Congo, Pakistan, Nigeria, Somalia, Syria): "Des rebelles ont pris
en otage trente fidèles. L'armée a annoncé avoir mené une opération, tuant douze
assaillants" is the seizure and the army's own armed clash, the second event of the report,
not the seizure's toll nor its doer. A later toll with no force behind it still joins the
seizure or makes no fight."""

from __future__ import annotations

from functools import partial

import pytest

from coding import coded, events_of, probe_params, row_opening

_CLASH = "Armed clash"
_TAKEN = "Abduction/forced disappearance"
_LOOTED = "Looting/property destruction"

# (text, first deed's sub-type, its doer, the force whose clash is second).
_ROWS: list[tuple[str, str, str | None, str]] = [
    (
        "Des rebelles ont pris en otage une trentaine de fidèles dans une église de Beni. "
        "L'armée congolaise a annoncé jeudi avoir mené une opération de libération, tuant "
        "douze assaillants.",
        _TAKEN,
        None,
        "COD.MIL",
    ),
    (
        "Militants seized dozens of hostages at a school in North Waziristan on Monday. The "
        "army said it ended the siege on Tuesday, killing 11 militants.",
        _TAKEN,
        None,
        "PAK.MIL",
    ),
    (
        "Des bandits ont enlevé vendredi quinze élèves à Kankara, dans l'État de Katsina. Les "
        "forces nigérianes ont lancé samedi une opération de ratissage, tuant six des "
        "ravisseurs.",
        _TAKEN,
        None,
        "NGA.MIL",
    ),
    (
        "Gunmen kidnapped 20 farmers near Gusau on Sunday. Police said officers later raided "
        "the forest hideout, killing four of the abductors.",
        _TAKEN,
        None,
        "NGA.POL",
    ),
    (
        "Des combattants shebab ont pillé des boutiques à Bulo Burte dans la nuit. L'armée "
        "somalienne a riposté à l'aube, tuant cinq insurgés.",
        _LOOTED,
        "GRP.SHABAAB",
        "SOM.MIL",
    ),
    (
        "Islamic State fighters abducted 14 shepherds in the desert near Palmyra. Syrian "
        "troops stormed their hideout on Friday, killing seven militants, state media said.",
        _TAKEN,
        "GRP.IS",
        "SYR.MIL",
    ),
    (
        "Houthi fighters hijacked a cargo ship off Hodeidah. Hours later the navy said it had "
        "ended the standoff, killing two of the hijackers.",
        _TAKEN,
        "GRP.HOUTHI",
        "YEM.MIL",
    ),
]

_row = partial(row_opening, _ROWS)

_MISSED = {
    _row("Houthi fighters hijacked"): (
        "'the navy' names no country of its own, so the killing has no state force as doer"
    ),
}


@pytest.mark.parametrize(("text", "first", "first_doer", "force"), probe_params(_ROWS, _MISSED))
def test_second_assault(text: str, first: str, first_doer: str | None, force: str) -> None:
    """The seizure keeps its own doer (never the force), and the force's clash follows."""
    events = events_of(text)
    seizure = next((e for e in events if e.acled_subtype == first), None)
    assert seizure is not None, coded(text)
    assert (seizure.actor1.canonical_id if seizure.actor1 else None) == first_doer, coded(text)
    clash = next((e for e in events if e.acled_subtype == _CLASH), None)
    assert clash is not None, coded(text)
    assert clash.plover_type == "ASSAULT" and clash.status == "realised", coded(text)
    got = clash.actor1.canonical_id if clash.actor1 else ""
    assert got == force or got.startswith(f"{force}."), coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Des hommes armés ont enlevé quatre commerçants près de Pissila, tuant un chauffeur, "
        "selon l'armée.",
        "Gunmen abducted 12 passengers near Katsina on Monday. Police said two of the victims "
        "were later found dead.",
        "Jihadists looted the market of Tessit on Monday. Three traders were killed, the army "
        "said.",
        "Des hommes armés ont incendié des greniers à Kaya. Deux villageois ont été tués, selon "
        "une source sécuritaire.",
        "Soldiers detained 30 men at the market of Sofara on Tuesday. Several of them were "
        "later found dead near the village, relatives said.",
    ],
)
def test_second_assault_no_fight_without_a_force(text: str) -> None:
    """A toll no force inflicted, or one the army only reports, makes no armed clash."""
    assert all(e.acled_subtype != _CLASH for e in events_of(text)), coded(text)
