"""Descriptive anaphora: a definite noun phrase headed by a group-like noun ("le mouvement
chiite", "the Iran-backed group", "les rebelles") refers back to the actor named before it,
which then does the deed told of the description; an indefinite one is a new actor."""

from __future__ import annotations

import pytest

from coding import coded, events_of
from dateline.ingest.document import make_document
from dateline.pipeline import process
from dateline.records import Format


def _links(text: str) -> dict[str, str]:
    """The article's actor mentions: text → canonical id."""
    document = make_document(
        f"\n\n{text}", source="test", format=Format.JSONL, is_html=False, published="2024-05-14"
    )
    return {m.text: m.canonical_id for m in process(document).actors}


@pytest.mark.parametrize(
    ("text", "plover", "doer", "said"),
    [
        (
            "Le Premier ministre irakien a exigé lundi le désarmement des Kataeb Hezbollah. "
            "La milice pro-iranienne a rejeté mardi cette exigence.",
            "REJECT",
            "GRP.KATAIB_HEZBOLLAH",
            "La milice pro-iranienne",
        ),
        (
            "Hezbollah fired rockets at northern Israel on Monday, the Israeli army said. "
            "The Iran-backed group rejected a French truce proposal on Wednesday.",
            "REJECT",
            "GRP.HEZBOLLAH",
            "The Iran-backed group",
        ),
        (
            "The Kurdistan Democratic Party won most seats in Sunday's vote, officials said. "
            "The ruling party rejected accusations of fraud on Monday.",
            "REJECT",
            "GRP.KDP",
            "The ruling party",
        ),
        (
            "Des rebelles du M23 ont affronté des miliciens Wazalendo près de Sake mardi. "
            "Les rebelles ont ensuite pillé le marché de la localité.",
            "COERCE",
            "GRP.M23",
            "Les rebelles",
        ),
    ],
)
def test_descriptive_anaphora_description_does_the_deed(
    text: str, plover: str, doer: str, said: str
) -> None:
    """The description's deed is done by the actor it refers back to, named by the
    description; "les rebelles" is the one the article called rebels, not the militia
    named after it."""
    event = next((e for e in events_of(text) if e.plover_type == plover), None)
    assert event is not None and event.actor1 is not None, coded(text)
    assert (event.actor1.canonical_id, event.actor1.text) == (doer, said), coded(text)


def test_descriptive_anaphora_indefinite_is_a_new_actor() -> None:
    """ "Un groupe jihadiste" is someone not yet named: it links to no earlier actor."""
    links = _links(
        "Le JNIM a revendiqué samedi une embuscade près de Kidal. Un groupe jihadiste a "
        "attaqué dimanche un poste de police à Gao."
    )
    assert not any("groupe jihadiste" in text for text in links), links


def test_descriptive_anaphora_nationality_must_agree() -> None:
    """ "Les jihadistes nigérians" are not the Malian group named before them."""
    links = _links(
        "Le JNIM a revendiqué lundi une embuscade près de Kidal, au Mali. Les jihadistes "
        "nigérians ont attaqué mardi un village de l'État de Borno."
    )
    assert "GRP.JNIM" not in {cid for text, cid in links.items() if "jihadistes" in text.lower()}, (
        links
    )


def test_descriptive_anaphora_a_name_after_it_is_a_new_actor() -> None:
    """ "le mouvement salafiste Ahrar al-Cham" introduces a group by name: the description
    does not link to the group named before."""
    links = _links(
        "Le Front al-Nosra a attaqué des positions de l'armée près d'Alep. Le mouvement "
        "salafiste Ahrar al-Cham a ensuite revendiqué une autre attaque."
    )
    assert not any(
        text.lower().startswith("le mouvement") and cid == "GRP.NUSRA"
        for text, cid in links.items()
    ), links
