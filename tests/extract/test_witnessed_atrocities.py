"""Atrocities reported as nouns after an attack or a takeover ("des témoins font état de
viols", "rights groups documented summary executions"), and counts of things destroyed
beside a toll. Each paragraph tells the atrocity
as its SECOND event: the doer expected is the one of the deed told before, not the witness,
aid group or UN body reporting it. Background atrocities, retold deeds, calls for inquiries
and one strike told twice make no extra event."""

from __future__ import annotations

from functools import partial

import pytest

from coding import assert_realised_doer, coded, events_of, probe_params, row_opening

ROWS: list[tuple[str, str, str, str | None]] = [
    # French: atrocities reported after a takeover or an attack
    (
        "Les Forces de soutien rapide ont pris dimanche le contrôle de Bara, dans le "
        "Kordofan-Nord. Des organisations humanitaires font état d'exécutions sommaires de "
        "civils qui tentaient de fuir la ville.",
        "ASSAULT",
        "Attack",
        "GRP.RSF",
    ),
    (
        "Les rebelles du M23 se sont emparés jeudi de la localité de Nyabiondo, dans le "
        "territoire de Masisi. Des témoins font état de viols de femmes dans plusieurs "
        "villages voisins.",
        "ASSAULT",
        "Sexual violence",
        "GRP.M23",
    ),
    (
        "Des combattants du JNIM ont attaqué mardi un poste de l'armée à Djibo, dans le nord "
        "du Burkina Faso. Des habitants ont rapporté des exécutions de civils dans le quartier "
        "du marché.",
        "ASSAULT",
        "Attack",
        "GRP.JNIM",
    ),
    (
        "Les miliciens de la CODECO ont attaqué samedi le site de déplacés de Plaine Savo, en "
        "Ituri. La Monusco a documenté des viols de femmes et de jeunes filles dans le camp.",
        "ASSAULT",
        "Sexual violence",
        "GRP.CODECO",
    ),
    (
        "Les insurgés de l'EI ont investi lundi la ville de Mocímboa da Praia. Selon des "
        "rescapés, des décapitations de civils ont été signalées dans plusieurs quartiers.",
        "ASSAULT",
        "Attack",
        "GRP.IS_MOZ",
    ),
    (
        "Des miliciens Fano ont pris le contrôle de la ville de Lalibela mercredi après de "
        "brefs combats contre l'armée. Des habitants font état de meurtres de fonctionnaires "
        "dans les heures qui ont suivi.",
        "ASSAULT",
        "Attack",
        "GRP.FANO",
    ),
    # English
    (
        "RSF fighters overran the town of En Nahud in West Kordofan on Thursday. Rights "
        "groups reported summary executions of civilians fleeing the fighting.",
        "ASSAULT",
        "Attack",
        "GRP.RSF",
    ),
    (
        "M23 rebels captured the town of Kalehe in South Kivu on Monday. The UN documented "
        "the rape of dozens of women in the days that followed.",
        "ASSAULT",
        "Sexual violence",
        "GRP.M23",
    ),
    (
        "Al-Shabaab militants stormed the town of Mahas in Hiiraan region on Tuesday. "
        "Residents described killings of men accused of working for the government.",
        "ASSAULT",
        "Attack",
        "GRP.SHABAAB",
    ),
    (
        "ISWAP fighters attacked the town of Malam Fatori in Borno State on Saturday. "
        "Amnesty International documented the execution of several fishermen near the lake.",
        "ASSAULT",
        "Attack",
        "GRP.ISWAP",
    ),
    (
        "Fano militiamen seized the town of Debre Markos on Sunday after clashes with the "
        "army. Witnesses reported rapes of women in two neighbourhoods.",
        "ASSAULT",
        "Sexual violence",
        "GRP.FANO",
    ),
    (
        "Arakan Army fighters took control of the town of Buthidaung in Rakhine State on "
        "Saturday. Rohingya residents recounted the killing of villagers who tried to flee.",
        "ASSAULT",
        "Attack",
        "GRP.ARAKAN_ARMY",
    ),
]

_row = partial(row_opening, ROWS)

MISSED: dict[str, str] = {}


@pytest.mark.parametrize(
    ("text", "plover", "subtype", "doer"),
    probe_params(ROWS, MISSED, id_of=lambda i, row: f"{i:02d}-{row[2][:12]}"),
)
def test_witnessed_atrocity_recall(text: str, plover: str, subtype: str, doer: str | None) -> None:
    """The second event of the paragraph, realised, with its sub-type and the doer of the
    deed told before (any doer when ``None``)."""
    assert_realised_doer(text, plover, subtype, doer)


@pytest.mark.parametrize(
    "text",
    [
        "The UN documented the rape of dozens of women in Goma.",
        "L'ONU a documenté des viols de femmes à Bunia.",
    ],
)
def test_witness_is_no_doer(text: str) -> None:
    """Who documents or reports an atrocity did not commit it."""
    doers = [e.actor1.canonical_id for e in events_of(text) if e.actor1 is not None]
    assert not any(d.startswith("IGO") for d in doers), coded(text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Les rebelles du M23 ont pris le contrôle de Sake lundi. Au moins douze civils ont "
            "été tués par les rebelles lors d'exécutions sommaires. Des ONG font état "
            "d'exécutions de civils dans la ville.",
            1,
        ),
        (
            "RSF fighters seized El Geneina on Monday. Human Rights Watch called for an "
            "inquiry into the killings of 2023 in the town.",
            0,
        ),
        (
            "Le M23 a pris Rubaya mardi. L'ONU a demandé une enquête sur les allégations de viols.",
            0,
        ),
    ],
)
def test_no_extra_atrocity(text: str, count: int) -> None:
    """A reported atrocity that retells the killing told before, a call for an inquiry
    into past killings and allegations asked to be investigated add no atrocity event of
    their own."""
    atrocities = [
        e
        for e in events_of(text)
        if e.acled_subtype in ("Attack", "Sexual violence") and e.status == "realised"
    ]
    assert len(atrocities) == count, coded(text)


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "Des hommes armés ont attaqué le camp de Goma, tué deux personnes et brûlé des "
            "dizaines d'abris.",
            2,
        ),
        ("Des assaillants ont tué trois villageois et incendié une vingtaine de cases à Djugu.", 3),
        ("Gunmen killed four villagers and torched dozens of houses in Bokkos.", 4),
        ("Des hommes armés ont tué des dizaines de civils à Beni.", 10),
    ],
)
def test_things_destroyed_are_no_toll(text: str, toll: int) -> None:
    """A count of shelters, huts or houses burned beside a killing is no death toll."""
    tolls = [e.quantities["fatalities"] for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert toll in tolls, coded(text)
