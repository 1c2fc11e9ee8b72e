"""A deed told in a phrase of a recent day ("au lendemain d'une frappe …", "two days after
an attack by M23 rebels that killed five people") is its own realised event, with its
doer and toll; the clause's event keeps no toll of it. A deed a week or years before, or a
bare "after an attack" with no toll, stays background. Sentences are our own, modelled on
wire reports from several conflicts."""

from __future__ import annotations

import pytest

from coding import coded, events_of, probe_params

# (text, ACLED sub-types accepted, doer id or parent, toll)
RECENT = [
    (
        "Le ministre a averti mercredi que l'armée répondrait à toute incursion, au "
        "lendemain d'une frappe de l'armée américaine contre une embarcation qui a fait "
        "neuf morts.",
        "Air/drone strike",
        "USA",
        9,
    ),
    (
        "The minister warned on Wednesday that the army would respond, a day after a US "
        "military strike on a fishing boat killed nine people.",
        "Air/drone strike",
        "USA",
        9,
    ),
    (
        "Des habitants ont manifesté jeudi à Bunia, deux jours après une attaque des "
        "rebelles du M23 qui a fait sept morts.",
        "Attack|Armed clash",
        "GRP.M23",
        7,
    ),
    (
        "Residents marched in Bunia on Thursday, two days after an attack by M23 rebels "
        "that killed seven people.",
        "Attack|Armed clash",
        "GRP.M23",
        7,
    ),
    (
        "Le gouverneur a décrété un deuil de trois jours, au lendemain d'une attaque des "
        "jihadistes du JNIM qui a fait douze morts près de Djibo.",
        "Attack|Armed clash",
        "GRP.JNIM",
        12,
    ),
]

MISSED: dict[str, str] = {}


@pytest.mark.parametrize(("text", "subtypes", "doer", "toll"), probe_params(RECENT, MISSED))
def test_deed_of_a_recent_day_is_coded(text: str, subtypes: str, doer: str, toll: int) -> None:
    kinds = subtypes.split("|")
    deeds = [e for e in events_of(text) if e.acled_subtype in kinds and e.status == "realised"]
    assert deeds, coded(text)
    got = deeds[0].actor1.canonical_id if deeds[0].actor1 else ""
    assert got == doer or got.startswith(f"{doer}."), (got, coded(text))
    assert deeds[0].quantities.get("fatalities") == toll, coded(text)
    others = [e for e in events_of(text) if e.plover_type != "ASSAULT"]
    assert all(not e.quantities.get("fatalities") for e in others), coded(text)


BACKGROUND = [
    # A week before: analysts leave it as the story's background.
    "Le président a menacé dimanche de quitter la force, une semaine après l'attaque de "
    "Boko Haram contre une base qui a coûté la vie à quarante soldats.",
    # A deed of an earlier year.
    "Protesters blocked roads in Sanaa on Monday, after the 2019 offensive by the Houthis "
    "that killed dozens.",
    # A war, not a day's deed.
    "Les deux pays ont signé un accord mardi, après la guerre de l'armée contre les "
    "rebelles qui a fait des milliers de morts.",
    # A bare "after an attack": no doer or toll, the clause's background.
    "Soldiers imposed a curfew in Bama on Friday after an attack.",
]


MISSED_BACKGROUND: dict[str, str] = {
    "Protesters blocked roads in Sanaa on Monday, after the 2019 offensive by the Houthis "
    "that killed dozens.": "the killing verb of the relative clause on a deed of an earlier "
    "year is still coded, as a killing at the protest",
}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(*p.values, marks=p.marks, id=p.id)
        for p in probe_params([(t,) for t in BACKGROUND], MISSED_BACKGROUND)
    ],
)
def test_background_deed_is_no_event(text: str) -> None:
    assert not any(e.plover_type == "ASSAULT" for e in events_of(text)), coded(text)
