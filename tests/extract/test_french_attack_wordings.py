"""Attack wordings of French (and some English) wire reports and analyst notes: an ambush
"tendue par" / "laid by" someone, or an attack "perpétrée par" someone, is theirs; when no
actor names them, it has no doer, never the soldiers it killed. Wordings still missed (a
demonstrative opening the report, a name the parser splits) are strict xfails. Sentences
are our own, modelled on AFP, RFI, Radio Okapi and ACLED notes from several conflicts."""

from __future__ import annotations

import pytest

from coding import coded, events_of, first_doer, probe_params

DOERS = [
    # A demonstrative opening the report: the lead it points to was not given.
    ("Cette attaque imputée aux ADF a fait neuf morts à Oicha lundi.", "Attack", "GRP.ADF"),
    (
        "Cette attaque attribuée aux shebab a tué six soldats à Mogadiscio samedi.",
        "Attack|Armed clash",
        "GRP.SHABAAB",
    ),
    (
        "This attack, blamed on ISWAP fighters, killed nine farmers near Maiduguri on Sunday.",
        "Attack",
        "GRP.ISWAP",
    ),
    # The ambush's setter named by a participle's agent.
    (
        "Une embuscade tendue par des combattants du JNIM a tué quatre soldats burkinabè "
        "près de Djibo.",
        "Armed clash",
        "GRP.JNIM",
    ),
    (
        "An ambush set by al-Shabaab fighters killed five Kenyan soldiers near Mandera.",
        "Armed clash",
        "GRP.SHABAAB",
    ),
    (
        "Une attaque perpétrée par le JNIM contre l'armée malienne a fait six morts près de Gao.",
        "Armed clash",
        "GRP.JNIM",
    ),
    (
        "Des soldats burkinabè sont tombés dans une embuscade tendue par des hommes armés "
        "près de Djibo. L'attaque a été revendiquée par le JNIM.",
        "Armed clash",
        "GRP.JNIM",
    ),
    # A name the parser cut in two is still the attack's complement.
    (
        "L'armée nigérienne a repoussé une attaque de l'État islamique au Sahel contre le "
        "poste de Tahoua.",
        "Armed clash",
        "GRP.IS_SAHEL",
    ),
    (
        "Les FARDC ont repoussé une attaque des rebelles du M23 sur Sake mardi.",
        "Armed clash",
        "GRP.M23",
    ),
    # Wordings that already worked, kept as they are.
    (
        "Le 12 mars 2025, des éléments présumés du JNIM ont attaqué un poste de l'armée "
        "malienne à Boni, dans la région de Mopti. Bilan codé à 3.",
        "Armed clash|Attack",
        "GRP.JNIM",
    ),
    (
        "Des militaires nigériens sont tombés dans une embuscade tendue par des combattants "
        "de l'État islamique au Sahel près de Tillabéri, faisant sept morts.",
        "Armed clash",
        "GRP.IS_SAHEL",
    ),
    (
        "Le camp de Boulkessi a été attaqué dimanche. Le JNIM a revendiqué l'attaque dans un "
        "communiqué.",
        "Armed clash|Attack",
        "GRP.JNIM",
    ),
    (
        "Les hommes de Hemedti ont attaqué le camp de déplacés de Zamzam dimanche, tuant des "
        "dizaines de civils.",
        "Attack",
        "GRP.RSF",
    ),
    (
        "Une patrouille des FAMa a essuyé des tirs de combattants du JNIM près de Nampala, "
        "faisant deux morts.",
        "Armed clash",
        "GRP.JNIM",
    ),
    (
        "Le camp de déplacés de Bulengo a été visé par des obus du M23, selon la Monusco.",
        "Shelling/artillery/missile attack",
        "GRP.M23",
    ),
    (
        "Le village de Kaniko a été attaqué par des chasseurs dozos, faisant neuf morts.",
        "Armed clash|Attack",
        "GRP.DOZO",
    ),
    (
        "Trois otages togolais ont été libérés par le JNIM mardi, selon une source sécuritaire.",
        "Agreement",
        "GRP.JNIM",
    ),
    (
        "Une trentaine de policiers ont été remis en liberté par le M23 à Goma.",
        "Agreement",
        "GRP.M23",
    ),
    ("Le JNIM a levé le blocus imposé à la ville de Léré depuis six mois.", "Other", "GRP.JNIM"),
    ("President Tiani pardoned 30 soldiers jailed over a coup plot.", "Other", "NER.GOV"),
    # Could not fix: wordings still missed.
    (
        "L'hôpital de Kamal Adwan a été la cible d'une frappe israélienne mardi.",
        "Air/drone strike",
        "ISR",
    ),
    (
        "Les armes saisies à Sake ont été restituées à la Monusco par le M23 jeudi.",
        "Agreement|Other",
        "GRP.M23",
    ),
]

_DEMONSTRATIVE = (
    "a demonstrative opening the report is read as pointing back to a deed told before; "
    "keeping it when nothing before tells it broke 'cette prise de position' and others"
)
MISSED: dict[str, str] = {
    DOERS[0][0]: _DEMONSTRATIVE,
    DOERS[1][0]: _DEMONSTRATIVE,
    DOERS[2][0]: _DEMONSTRATIVE,
    DOERS[7][0]: "the parser hangs 'au Sahel' apart, so the attack noun's complement ends "
    "inside the name; taking a name that starts in it changed other doers",
    DOERS[-2][0]: "the hospital's name is read as a person, and the adjective's country is "
    "not taken as the strike's doer beside it",
    DOERS[-1][0]: "'restituer' is no concession trigger; adding it needs care with the "
    "restitution of bodies and of stolen goods",
}


def _doer(text: str, subtypes: str) -> str | None:
    """The doer of the first event of one of the sub-types, joined by "|"."""
    for subtype in subtypes.split("|"):
        if any(e.acled_subtype == subtype for e in events_of(text)):
            return first_doer(text, subtype)
    raise AssertionError(f"no {subtypes} event in {coded(text)}")


@pytest.mark.parametrize(("text", "subtypes", "doer"), probe_params(DOERS, MISSED))
def test_attack_wording_has_its_doer(text: str, subtypes: str, doer: str) -> None:
    got = _doer(text, subtypes) or ""
    assert got == doer or got.startswith(f"{doer}."), (got, coded(text))


UNNAMED = [
    # The ambush's setters are named by no actor: nobody, not the soldiers they killed.
    "Une embuscade tendue par des hommes armés a tué quatre soldats burkinabè près de Djibo.",
    "L'armée malienne a perdu six soldats dans une embuscade tendue par des jihadistes près "
    "de Gao.",
    "An ambush laid by jihadists killed four Burkinabe soldiers near Djibo on Tuesday.",
    "L'attaque perpétrée par des hommes armés contre des soldats maliens a fait six morts "
    "près de Gao.",
]


@pytest.mark.parametrize("text", UNNAMED)
def test_unnamed_setter_is_no_victim(text: str) -> None:
    assault = [e for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert assault, coded(text)
    assert assault[0].actor1 is None, (assault[0].actor1, coded(text))


ONE_EVENT = [
    # The demonstrative points back to a deed told before: no second event.
    "Des hommes armés ont tué cinq civils à Djibo. Cette attaque a provoqué la fuite de "
    "centaines d'habitants.",
    "Israeli jets struck a house in Rafah on Tuesday, killing six people. This strike was "
    "the deadliest in weeks.",
]


@pytest.mark.parametrize("text", ONE_EVENT)
def test_demonstrative_after_its_deed_adds_no_event(text: str) -> None:
    assault = [e for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert len(assault) == 1, coded(text)


def test_such_attacks_speak_of_a_kind() -> None:
    text = "Such attacks have displaced thousands of people in the region, aid groups say."
    assert not [e for e in events_of(text) if e.plover_type == "ASSAULT"], coded(text)
