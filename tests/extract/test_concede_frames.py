"""Recall of concessions told as a verb and its object (``events/measure_frames.tsv``):
halting or pausing one's own offensive or strikes, lifting or suspending a ban, curfew or
sanction, letting aid or an evacuation through, acceding to demands, withdrawing a bill or
decree, reinstating officials and giving back property or bodies (PLOVER CONCEDE); demands,
refusals, conditions, aims, agreements and background make no realised concession."""

from __future__ import annotations

import pytest

from coding import assert_realised_doer, coded, events_of

ROWS: list[tuple[str, str | None]] = [
    (
        "The Colombian army suspended its offensive against the ELN for 72 hours on Sunday.",
        "COL.MIL",
    ),
    ("L'armée colombienne a suspendu pour 72 heures son offensive contre l'ELN.", "COL.MIL"),
    ("Russia paused its strikes on Ukrainian energy infrastructure for 30 days.", "RUS"),
    (
        "La Russie a suspendu ses frappes contre les infrastructures énergétiques ukrainiennes.",
        "RUS",
    ),
    ("The Myanmar military halted air strikes in Rakhine State after the earthquake.", "MMR.MIL"),
    ("The Sudanese army ended its offensive on Omdurman on Wednesday.", "SDN.MIL"),
    (
        "The Colombian government suspended its bombing campaign against the FARC in Cauca.",
        "COL.GOV",
    ),
    (
        "L'armée israélienne a interrompu ses frappes sur Gaza pendant quatre heures dimanche.",
        "ISR.MIL",
    ),
    ("Le gouvernement guinéen a suspendu mardi à Conakry l'interdiction du parti.", "GIN.GOV"),
    ("Mali's junta lifted its suspension of political parties in Bamako on Monday.", None),
    ("Le gouvernement nigérien a suspendu le couvre-feu à Niamey.", "NER.GOV"),
    ("Israel allowed 200 aid trucks to enter Gaza on Friday.", "ISR"),
    ("Israeli forces allowed the evacuation of 50 patients from Nasser hospital on Tuesday.", None),
    ("L'armée soudanaise a autorisé l'entrée de convois humanitaires au Darfour.", "SDN.MIL"),
    ("Les RSF ont permis l'évacuation de civils d'El Fasher.", None),
    (
        "The Kenyan government gave in to the demands of the protesters in Nairobi on Tuesday.",
        "KEN.GOV",
    ),
    ("Le gouvernement malien a cédé aux revendications des transporteurs à Bamako.", "MLI.GOV"),
    ("Le gouvernement nigérien a accepté les revendications des enseignants à Niamey.", "NER.GOV"),
    (
        "The Kenyan government withdrew the finance bill on Wednesday after weeks of protests.",
        "KEN.GOV",
    ),
    ("À Niamey, le président a annulé le décret de dissolution de la commission électorale.", None),
    ("The Pakistani government reinstated the dismissed judges in Islamabad on Monday.", "PAK.GOV"),
    ("À Ouagadougou, la junte a réintégré les magistrats radiés.", None),
    ("The Philippine army returned the seized land to farmers in Cotabato.", "PHL.MIL"),
]


@pytest.mark.parametrize(("text", "doer"), ROWS)
def test_concede_frames(text: str, doer: str | None) -> None:
    """The realised concession of the wording, with its doer (or any doer when None)."""
    assert_realised_doer(text, "CONCEDE", "Other", doer)


@pytest.mark.parametrize(
    "text",
    [
        "The UN called on Israel to allow aid trucks into Gaza.",
        "L'ONU a exhorté l'armée à suspendre ses opérations à El Fasher.",
        "The army refused to halt its operations in Rafah.",
        "L'armée a refusé de suspendre ses frappes.",
        "Israel said it would not halt its operations in Gaza.",
        "The crossing, reopened in March, was closed again on Monday by Israeli forces.",
        "The Houthis vowed to keep firing at ships until Israel stopped its offensive in Gaza.",
        "Le JNIM pourrait attaquer Bamako si l'armée ne parvenait pas à rouvrir les routes.",
        "The rights group called on the junta in Ouagadougou to reverse the decision.",
        "Russia and Ukraine agreed in Riyadh to halt strikes on energy facilities.",
        "Les deux camps se sont engagés à Djeddah à permettre l'acheminement de l'aide.",
        "Il a appelé les belligérants à conclure une trêve pour permettre l'évacuation.",
        "L'armée pakistanaise a mis fin à l'opération à Bolan, tuant 33 rebelles.",
        "Nigerian troops stopped the attack on the village of Gwoza on Monday.",
        "The Ethiopian government suspended the operations of two aid groups in Tigray.",
    ],
)
def test_concede_frames_unrealised(text: str) -> None:
    """A concession asked for, refused, agreed, set as a condition or an aim, or told as
    background is no realised concession; ending a rescue operation, stopping another's
    attack or suspending another party's operations (a ban) concedes nothing."""
    realised = [e for e in events_of(text) if e.plover_type == "CONCEDE" and e.status == "realised"]
    assert realised == [], coded(text)
