"""Role swaps: the doer read as the target or the target as the doer. A state is never the
target of its own body ("Netanyahu warned that Israel would strike"); an attack withstood
("ont repoussé une attaque de combattants de X") is X's, on the one who withstood it; a
place fallen to X ("tombée aux mains des Fano", "fell to the RSF") was taken by X; a
pronominal verb the parser reads as a passive ("s'étaient retirés") has its subject act;
a requested resignation ("la démission du Premier ministre Abdelhamid X") is the office
holder's."""

from __future__ import annotations

import pytest

from coding import coded, doer_of, events_of
from dateline.records import Event


def _event(text: str, plover: str) -> Event:
    event = next((e for e in events_of(text) if e.plover_type == plover), None)
    assert event is not None, coded(text)
    return event


def _target(text: str, plover: str) -> str | None:
    event = _event(text, plover)
    return event.actor2.canonical_id if event.actor2 is not None else None


@pytest.mark.parametrize(
    ("text", "plover", "doer", "target"),
    [
        (
            "Israeli Defence Minister Israel Katz warned on Sunday that Israel would hit "
            "Hezbollah harder if the rocket fire went on.",
            "THREATEN",
            "ISR",
            "GRP.HEZBOLLAH",
        ),
        (
            "The United States has concluded that Rwanda's army fought inside Congo, the "
            "State Department said on Tuesday, and will impose sanctions including limits on "
            "US aid to Rwanda.",
            "SANCTION",
            "USA",
            "RWA",
        ),
    ],
)
def test_role_swaps_no_state_is_its_own_body_s_target(
    text: str, plover: str, doer: str, target: str
) -> None:
    """The speaker's own state named in what it says ("that Israel would hit", "US aid") is
    no target: the next party named is."""
    actor1 = doer_of(text, plover)
    assert actor1 is not None and actor1.startswith(doer), coded(text)
    assert _target(text, plover) == target, coded(text)


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        (
            "Le 3 mars, le président biélorusse Alexandre Loukachenko a menacé de recourir à "
            "tous les moyens pour défendre la Biélorussie.",
            "THREATEN",
        ),
        (
            "Le ministère de l'Intérieur a fait état de 120 interpellations dans toute l'Espagne.",
            "COERCE",
        ),
    ],
)
def test_role_swaps_own_state_dropped_when_no_other_party(text: str, plover: str) -> None:
    """ "a menacé … pour défendre la Biélorussie", "interpellations dans toute l'Espagne":
    a state's body acts for or in its state, not on it; with no other party named the deed
    has no target."""
    event = _event(text, plover)
    assert event.actor1 is not None, coded(text)
    assert event.actor2 is None, coded(text)


@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        (
            "Le 3 mars, des soldats nigériens ont repoussé une attaque de combattants de "
            "Boko Haram contre leur camp près de Diffa.",
            "GRP.BOKO_HARAM",
            "NER.MIL",
        ),
        (
            "Les FARDC ont repoussé lundi une offensive des rebelles du M23 près de Sake.",
            "GRP.M23",
            "COD.MIL",
        ),
        (
            "Malian troops repelled an attack by JNIM fighters on their base near Boni on "
            "Sunday, the army said.",
            "GRP.JNIM",
            "MLI.MIL",
        ),
    ],
)
def test_role_swaps_attack_withstood(text: str, doer: str, target: str) -> None:
    """ "X ont repoussé une attaque de combattants de Y": Y attacked, X was attacked."""
    assert doer_of(text, "ASSAULT") == doer, coded(text)
    assert _target(text, "ASSAULT") == target, coded(text)


def test_role_swaps_expelled_officials_are_not_the_doers() -> None:
    """ "l'expulsion de responsables du PAM": officials are no armed men, their body is
    whom the expulsion hits, not who expels."""
    text = (
        "Le gouvernement soudanais a ordonné mardi l'expulsion de deux responsables du "
        "Programme alimentaire mondial (PAM)."
    )
    assert doer_of(text, "COERCE") == "SDN.GOV", coded(text)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("La ville de Kalehe est tombée mardi aux mains des rebelles du M23.", "GRP.M23"),
        ("Selon des habitants, la localité est tombée sous le contrôle des Fano.", "GRP.FANO"),
        ("The town of Babanusa fell to the RSF on Monday after a long siege.", "GRP.RSF"),
    ],
)
def test_role_swaps_place_fallen_to_its_taker(text: str, doer: str) -> None:
    """ "tombée aux mains de X", "fell to X": X took the place; it is not X's loss."""
    event = _event(text, "ASSAULT")
    assert event.actor1 is not None and event.actor1.canonical_id == doer, coded(text)
    assert event.actor2 is None or event.actor2.canonical_id != doer, coded(text)


def test_role_swaps_pronominal_pluperfect_is_active() -> None:
    """ "Les islamistes s'étaient retirés": "se" with "être" is no passive; the group that
    withdrew is the doer, not the one withdrawn from."""
    text = (
        "Les shebab ont perdu lundi le port de Harardhere. Les islamistes s'étaient retirés "
        "avant l'arrivée de l'armée."
    )
    assert doer_of(text, "RETREAT") == "GRP.SHABAAB", coded(text)


def test_role_swaps_requested_resignation_is_the_office_holder_s() -> None:
    """ "ont réclamé la démission du Premier ministre Abdelhamid Dbeibah": the name the
    parser splits over two words is still the one who would resign."""
    text = (
        "Des centaines de manifestants ont réclamé mercredi, à Tripoli, la démission du "
        "Premier ministre Abdelhamid Dbeibah, au lendemain de combats."
    )
    assert doer_of(text, "RETREAT") == "LBY.GOV", coded(text)
