"""Recall of a coercion told as the SECOND deed of an incident (PLOVER COERCE): soldiers or
fighters taken prisoner beside a fight or a capture ("10 taken prisoner", "ont été faits
prisonniers"), goods carried off told in the passive ("des armes ont été emportées"),
houses torched in the next sentence about the same attackers (their doer).
Each row gives the ACLED sub-type and the doer expected (``None``: any doer or none);
freed hostages, exchanged prisoners and past captures make no realised coercion."""

from __future__ import annotations

from functools import partial

import pytest

from coding import assert_realised_doer, coded, events_of, probe_params, row_opening

ROWS: list[tuple[str, str, str | None]] = [
    # Taken prisoner beside a fight or a capture
    (
        "On 3 May 2024, Arakan Army fighters overran a junta base near Buthidaung; at least "
        "8 soldiers were killed and 20 taken prisoner, the group said.",
        "Abduction/forced disappearance",
        "GRP.ARAKAN_ARMY",
    ),
    (
        "M23 rebels captured the town of Goma on Wednesday; 15 Congolese soldiers were taken "
        "prisoner, a military source said.",
        "Abduction/forced disappearance",
        "GRP.M23",
    ),
    (
        "The Taliban took 30 Afghan soldiers prisoner after the fall of the district.",
        "Abduction/forced disappearance",
        "GRP.TALIBAN",
    ),
    (
        "Ukrainian forces said they had taken prisoner 12 Russian soldiers near Robotyne.",
        "Abduction/forced disappearance",
        "UKR.MIL",
    ),
    (
        "Les rebelles du M23 se sont emparés de la localité de Goma ; une dizaine de soldats "
        "congolais ont été faits prisonniers.",
        "Abduction/forced disappearance",
        "GRP.M23",
    ),
    (
        "Les combattants de l'Armée de l'indépendance kachin ont pris une position de "
        "l'armée près de Bhamo et fait prisonniers onze soldats.",
        "Abduction/forced disappearance",
        None,
    ),
    # Goods carried off, in the passive, after an attack
    (
        "Le 2 mars 2024, des hommes armés du JNIM ont attaqué le poste de Diafarabé, tuant "
        "quatre soldats ; plusieurs motos et des armes ont été emportées par les assaillants.",
        "Looting/property destruction",
        "GRP.JNIM",
    ),
    (
        "Des jihadistes ont attaqué le poste de gendarmerie de Djibo. Des armes et des "
        "véhicules ont été emportés.",
        "Looting/property destruction",
        None,
    ),
    # Homes torched in the next sentence: the attackers' deed
    (
        "Al-Shabaab fighters attacked the village of Beledweyne on Tuesday, killing six "
        "people. Dozens of homes were torched, residents said.",
        "Looting/property destruction",
        "GRP.SHABAAB",
    ),
    (
        "Des combattants de l'ISWAP ont attaqué le village de Monguno, tuant sept civils. "
        "Une vingtaine de maisons ont été incendiées.",
        "Looting/property destruction",
        "GRP.ISWAP",
    ),
    (
        "Suspected ADF fighters killed 11 civilians in Beni territory overnight and burned "
        "down 20 houses.",
        "Looting/property destruction",
        "GRP.ADF",
    ),
    (
        "Des jihadistes du JNIM ont attaqué lundi le village de Djibo, tuant huit civils, "
        "et enlevé une vingtaine de femmes, selon des sources locales.",
        "Abduction/forced disappearance",
        "GRP.JNIM",
    ),
    (
        "Boko Haram militants stormed Gwoza overnight, looted shops and took 12 women away "
        "with them, a local official said.",
        "Abduction/forced disappearance",
        "GRP.BOKO_HARAM",
    ),
    (
        "Des miliciens ont attaqué le camp de déplacés de Bunia, tué deux personnes et "
        "brûlé des dizaines d'abris.",
        "Looting/property destruction",
        None,
    ),
]


_row = partial(row_opening, ROWS)


MISSED: dict[str, str] = {}


@pytest.mark.parametrize(
    ("text", "subtype", "doer"),
    probe_params(ROWS, MISSED, id_of=lambda i, row: f"{i:02d}-{row[1][:12]}"),
)
def test_second_coerce_recall(text: str, subtype: str, doer: str | None) -> None:
    """The realised coercion of the wording, with its sub-type and doer."""
    assert_realised_doer(text, "COERCE", subtype, doer)


@pytest.mark.parametrize(
    "text",
    [
        "Les otages ont été libérés jeudi à Gao après des négociations.",
        "Russia and Ukraine exchanged 95 prisoners of war on Friday, officials said.",
        "The soldier, taken prisoner in 2019, was released on Monday.",
        "Le journaliste, fait prisonnier en 2020, a été libéré mardi à Bamako.",
        "The hostages were freed on Sunday after talks mediated by Qatar.",
    ],
)
def test_second_coerce_recall_release_makes_no_coercion(text: str) -> None:
    """Freed hostages, exchanged prisoners and a capture of an earlier year are no
    realised coercion."""
    realised = [e for e in events_of(text) if e.plover_type == "COERCE" and e.status == "realised"]
    assert realised == [], coded(text)
