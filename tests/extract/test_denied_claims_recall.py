"""Recall of deeds claimed by one side and denied by the other in a relative clause or an
apposition on the claim ("said it had captured the base, a claim the army denied",
"affirment avoir pris Walikale, ce que l'armée congolaise dément", "ce que Bamako a
démenti"). As analysts code them (eval/README.md), the deed gets a copy with the status
denied and the claimed doer. Each row gives the PLOVER type, the ACLED sub-type(s) accepted
(joined by "|") and the doer of the denied copy (the id or one of its parents). A claim of
talks, of figures or of a meeting denied that way makes no denied deed."""

from __future__ import annotations

import pytest

from coding import coded, events_of, probe_params, row_opening

ROWS: list[tuple[str, str, str, str]] = [
    # French: "ce que X dément / a démenti" after a claimed deed
    (
        "Le JNIM affirme avoir pris le camp militaire de Boulkessi, ce que l'armée malienne "
        "dément.",
        "ASSAULT",
        "Non-state actor overtakes territory",
        "GRP.JNIM",
    ),
    (
        "Les shebab ont affirmé avoir tué une trentaine de soldats à Beledweyne, ce que le "
        "gouvernement somalien a démenti.",
        "ASSAULT",
        "Attack|Armed clash",
        "GRP.SHABAAB",
    ),
    (
        "Les rebelles du M23 affirment avoir pris le contrôle de Walikale, ce que l'armée "
        "congolaise dément.",
        "ASSAULT",
        "Non-state actor overtakes territory",
        "GRP.M23",
    ),
    (
        "Les talibans pakistanais affirment avoir tué douze soldats dans une embuscade au "
        "Waziristan, ce que l'armée pakistanaise a démenti.",
        "ASSAULT",
        "Attack|Armed clash",
        "GRP.TTP",
    ),
    (
        "Selon des témoins, des miliciens Wagner ont exécuté une vingtaine d'hommes à Moura, "
        "ce que Bamako a démenti.",
        "ASSAULT",
        "Attack",
        "GRP.WAGNER",
    ),
    (
        "Des habitants accusent les soldats d'avoir pillé des boutiques à Gao dimanche, ce "
        "que dément l'armée.",
        "COERCE",
        "Looting/property destruction",
        "MLI.MIL",
    ),
    (
        "L'État islamique au Sahel a revendiqué la prise de Tassia, ce que l'armée "
        "nigérienne a démenti.",
        "ASSAULT",
        "Non-state actor overtakes territory",
        "GRP.ISSP",
    ),
    # English: ", a claim X denied"
    (
        "Boko Haram fighters said they had overrun a military base in Marte on Saturday, a "
        "claim the Nigerian army denied.",
        "ASSAULT",
        "Non-state actor overtakes territory",
        "GRP.BOKO_HARAM",
    ),
    (
        "Al-Shabaab said it had captured a military base near Beledweyne, a claim the Somali "
        "army denied.",
        "ASSAULT",
        "Non-state actor overtakes territory",
        "GRP.SHABAAB",
    ),
    (
        "The RSF said it had shot down an army drone over Nyala, a claim the Sudanese army denied.",
        "COERCE",
        "Disrupted weapons use",
        "GRP.RSF",
    ),
    (
        "The Houthis said they had struck a US destroyer in the Red Sea with missiles, a "
        "claim the Pentagon denied.",
        "ASSAULT",
        "Shelling/artillery/missile attack|Air/drone strike|Attack",
        "GRP.HOUTHI",
    ),
    (
        "Russian forces said they had taken the village of Robotyne, a claim Ukraine's "
        "military denied.",
        "ASSAULT",
        "Government regains territory|Non-state actor overtakes territory",
        "RUS",
    ),
    (
        "Human Rights Watch said Ethiopian troops killed at least 30 civilians in Merawi in "
        "January, allegations rejected by Addis Ababa.",
        "ASSAULT",
        "Attack",
        "ETH",
    ),
    (
        "Azerbaijan said Armenian forces had fired on its positions near Lachin overnight. "
        "Armenia denied the claim.",
        "ASSAULT",
        "Armed clash",
        "ARM",
    ),
]

MISSED = {
    row_opening(ROWS, "L'État islamique au Sahel"): (
        "'revendiqué la prise de' makes no capture of its own"
    ),
    row_opening(ROWS, "Human Rights Watch"): (
        "a participle of rejection on the charge ('allegations rejected by') is no denial"
    ),
}


@pytest.mark.parametrize(("text", "plover", "subtypes", "doer"), probe_params(ROWS, MISSED))
def test_denied_claims_recall(text: str, plover: str, subtypes: str, doer: str) -> None:
    kinds = subtypes.split("|")
    got = [
        e.actor1.canonical_id if e.actor1 else ""
        for e in events_of(text)
        if e.status == "denied" and e.plover_type == plover and e.acled_subtype in kinds
    ]
    assert any(g == doer or g.startswith(f"{doer}.") for g in got), (got, coded(text))


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said it had opened talks with the rebels, a claim the group denied.",
        "Le gouvernement affirme avoir rencontré les chefs rebelles à Doha, ce que le M23 dément.",
        "The president said the economy had grown by 5 percent, a claim the opposition denied.",
        "Le ministre a démenti toute rencontre avec les rebelles à Doha.",
        "The army denied plans to withdraw from the town.",
        "Security forces arrested 20 protesters in Khartoum on Monday. The government denied "
        "the reports of torture.",
        "Police detained three activists in Harare. The government denied it was cracking "
        "down on dissent.",
    ],
)
def test_denied_claims_no_denied_deed(text: str) -> None:
    """A denied claim of talks, figures or a plan names no deed: no denied violence."""
    violent = [
        e
        for e in events_of(text)
        if e.status == "denied" and e.plover_type in ("ASSAULT", "COERCE")
    ]
    assert violent == [], coded(text)
