"""Denials the parser hides: a French "dément" tagged as an adverb or adjective, "se
défendre d'avoir", "rejected responsibility" read as an adjective, "disavowed any
involvement", "said the reports were false". The deed stays realised and a denied copy
carries the denier as its doer. Sentences are our own, modelled on wire reports."""

from __future__ import annotations

import pytest

from coding import assert_denied_copy, coded, events_of, probe_params

# (text, ACLED sub-types joined by "|", the denier's id or one of its parents)
COPIES: list[tuple[str, str, str]] = [
    (
        "Une frappe de drone a tué sept civils près de Kidal lundi, selon des élus locaux qui "
        "accusent l'armée malienne. L'armée dément toute implication.",
        "Air/drone strike",
        "MLI.MIL",
    ),
    (
        "Des obus sont tombés sur un camp de déplacés près de Goma vendredi, tuant neuf "
        "personnes. Kinshasa a accusé l'armée rwandaise, qui dément toute implication.",
        "Shelling/artillery/missile attack",
        "RWA",
    ),
    (
        "Des hommes armés ont enlevé douze passagers sur la route de Kaduna. La police accuse "
        "Ansaru. Le groupe se défend de toute implication dans l'enlèvement.",
        "Abduction/forced disappearance",
        "GRP.ANSARU",
    ),
    (
        "A car bomb killed 14 people at a checkpoint in Mogadishu on Sunday. Al-Shabaab "
        "rejected responsibility.",
        "Remote explosive/landmine/IED",
        "GRP.SHABAAB",
    ),
    (
        "Rockets hit a market in Kharkiv on Monday, killing five people, Ukrainian officials "
        "said. Moscow disavowed any involvement.",
        "Shelling/artillery/missile attack",
        "RUS",
    ),
    (
        "Residents said soldiers burned down 30 homes in Ménaka on Friday. The Malian army "
        "said the reports were false.",
        "Looting/property destruction",
        "MLI",
    ),
    (
        "Des habitants accusent les miliciens d'avoir incendié une vingtaine de maisons à "
        "Djugu, ce que dément la Codeco.",
        "Looting/property destruction",
        "GRP.CODECO",
    ),
]

MISSED: dict[str, str] = {
    COPIES[6][0]: "'ce que dément la Codeco' after a charge against unnamed 'miliciens': the "
    "charge names no side of the denier, so the denial finds no deed",
}


@pytest.mark.parametrize(("text", "subtypes", "doer"), probe_params(COPIES, MISSED))
def test_hidden_denial_copies(text: str, subtypes: str, doer: str) -> None:
    """The deed realised, and its denied copy with the denier's side as doer."""
    assert_denied_copy(text, subtypes, doer)


# (text, PLOVER type, ACLED sub-type, the denier) for a denial told alone with its deed.
DENIED_IN_PLACE: list[tuple[str, str, str, str]] = [
    (
        "Le Hezbollah dément toute implication dans le tir de roquettes contre Kiryat Shmona.",
        "ASSAULT",
        "Shelling/artillery/missile attack",
        "GRP.HEZBOLLAH",
    ),
    (
        "Le M23 dément avoir pris le contrôle de la ville de Walikale.",
        "ASSAULT",
        "Non-state actor overtakes territory",
        "GRP.M23",
    ),
    (
        "Les Forces de soutien rapide démentent catégoriquement avoir tué des civils à El Fasher.",
        "ASSAULT",
        "Attack",
        "GRP.RSF",
    ),
    (
        "Le Hamas s'est défendu d'avoir pris des civils pour cible lors de l'attaque.",
        "ASSAULT",
        "Attack",
        "GRP.HAMAS",
    ),
]


@pytest.mark.parametrize(("text", "plover", "subtype", "doer"), DENIED_IN_PLACE)
def test_denied_in_place(text: str, plover: str, subtype: str, doer: str) -> None:
    """The deed the denial governs is denied, with the denier as its doer."""
    got = [
        e.actor1.canonical_id if e.actor1 else ""
        for e in events_of(text)
        if e.status == "denied" and e.plover_type == plover and e.acled_subtype == subtype
    ]
    assert any(g == doer or g.startswith(f"{doer}.") for g in got), (got, coded(text))


@pytest.mark.parametrize(
    "text",
    [
        # "dément" as an adjective: insane
        "Un homme dément a attaqué trois passants au couteau à Marseille dimanche.",
        # "se défendre" as fighting back, or denying no deed
        "Des hommes armés ont attaqué le village lundi. Les villageois se sont défendus contre "
        "les assaillants.",
        "L'avocat se défend de tout conflit d'intérêts.",
        "Le ministre s'est défendu d'avoir menti aux députés.",
        # a report called false that names no deed
        "The minister said the rumours of his resignation were false.",
    ],
)
def test_no_hidden_denial(text: str) -> None:
    """No denied event: an adjective, a defence, a denial of no deed."""
    assert not any(e.status == "denied" for e in events_of(text)), coded(text)


def test_denial_keeps_the_deed_realised() -> None:
    """ "L'armée dément avoir tiré" after the killing told: the killing stays realised."""
    text = (
        "Des soldats burkinabè ont tué douze civils près de Djibo lundi, selon un collectif. "
        "L'armée dément avoir tiré sur des civils."
    )
    statuses = {e.status for e in events_of(text) if e.acled_subtype == "Attack"}
    assert statuses == {"realised", "denied"}, coded(text)
