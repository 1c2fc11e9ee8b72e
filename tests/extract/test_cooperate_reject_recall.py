"""Recall of leaving an organisation (PLOVER REJECT, as the dev golds code a withdrawal from
ECOWAS or the ICC) and of a suspect handed or sent to another state (COOPERATE, as an
extradition), both measure frames (events/measure_frames.tsv); agreeing to share intelligence
stays an agreement (its sharing planned), as the held-out coders read it; talks boycotted or
left and an ultimatum dismissed are rejections. Handing a suspect to the local police is no
cooperation between states, and joint operations and extraditions keep their coding."""

from __future__ import annotations

import pytest

from coding import assert_realised_doer, coded, events_of, probe_params

ROWS: list[tuple[str, str, str, str | None]] = [
    (
        "Mali withdrew from ECOWAS in January, the transitional government said.",
        "REJECT",
        "Other",
        "MLI",
    ),
    (
        "Niger, Mali and Burkina Faso formally quit ECOWAS on Wednesday.",
        "REJECT",
        "Other",
        None,
    ),
    (
        "Burundi announced on Thursday its withdrawal from the International Criminal Court.",
        "REJECT",
        "Other",
        "BDI",
    ),
    (
        "Le Niger, le Mali et le Burkina Faso ont officiellement quitté mercredi la Cédéao.",
        "REJECT",
        "Other",
        None,
    ),
    (
        "Mexico sent 29 alleged drug cartel figures to the United States on Thursday.",
        "COOPERATE",
        "Other",
        "MEX",
    ),
    (
        "Kenya handed two suspects to Somali authorities on Friday.",
        "COOPERATE",
        "Other",
        "KEN",
    ),
    (
        "La police sénégalaise a remis le suspect aux autorités maliennes jeudi.",
        "COOPERATE",
        "Other",
        "SEN",
    ),
    (
        "La Mauritanie a livré au Mali un suspect recherché pour terrorisme.",
        "COOPERATE",
        "Other",
        "MRT",
    ),
    (
        "Kenya extradited two suspected al-Shabaab financiers to Somalia on Friday.",
        "COOPERATE",
        "Other",
        "KEN",
    ),
    (
        "Cameroonian and Nigerian troops carried out a joint operation in the Mandara mountains.",
        "COOPERATE",
        "Other",
        "CMR",
    ),
    (
        "Colombia and Ecuador agreed to share intelligence on armed groups operating along "
        "their border.",
        "AGREE",
        "Agreement",
        "COL",
    ),
    (
        "Le Tchad et le Cameroun sont convenus d'échanger des renseignements sur Boko Haram.",
        "AGREE",
        "Agreement",
        "TCD",
    ),
    (
        "Philippine and US forces held joint military drills in Luzon on Monday.",
        "COOPERATE",
        "Other",
        "PHL",
    ),
    (
        "Les services de renseignement ivoiriens et burkinabè ont échangé des informations "
        "sur les mouvements des groupes armés.",
        "COOPERATE",
        "Other",
        "CIV",
    ),
    (
        "The opposition coalition boycotted the talks convened by the president in Addis Ababa.",
        "REJECT",
        "Other",
        None,
    ),
    (
        "L'opposition guinéenne a boycotté le dialogue national lancé par la junte.",
        "REJECT",
        "Other",
        None,
    ),
    (
        "Russia declined to extend the mandate of the UN mission in Mali.",
        "REJECT",
        "Other",
        "RUS",
    ),
    (
        "Le M23 s'est retiré des pourparlers de Luanda la veille.",
        "REJECT",
        "Other",
        "GRP.M23",
    ),
    (
        "The Houthis dismissed the ultimatum issued by the coalition.",
        "REJECT",
        "Other",
        "GRP.HOUTHI",
    ),
    (
        "The Sudanese army delegation walked out of the Jeddah negotiations on Sunday.",
        "REJECT",
        "Other",
        "SDN.MIL",
    ),
]

MISSED = {
    "The Sudanese army delegation walked out of the Jeddah negotiations on Sunday.": (
        "a name between 'walked out of' and the talks: read as a protest walk-out"
    ),
}


@pytest.mark.parametrize(
    ("text", "plover", "subtype", "doer"),
    probe_params(
        ROWS,
        MISSED,
        id_of=lambda i, row: f"{i:02d}-{row[1]}",
    ),
)
def test_cooperate_reject_recall(text: str, plover: str, subtype: str, doer: str | None) -> None:
    """The realised event of the wording, with its type, sub-type and doer."""
    assert_realised_doer(text, plover, subtype, doer)


@pytest.mark.parametrize(
    "text",
    [
        "Residents handed the suspect to the police in Kano.",
        "Niger and Chad discussed a possible joint operation against Boko Haram.",
        "Under a 2019 defence pact, French troops train the Ivorian army.",
        "The minister called for greater cooperation between Sahel states.",
        "Ethiopia and Eritrea agreed to work together to end the violence.",
        "Workers boycotted classes in Lagos on Monday.",
    ],
)
def test_cooperate_reject_recall_no_event(text: str) -> None:
    """A suspect handed to the local police, a joint operation only discussed, a pact in
    the background, a call for cooperation, an agreement to work together (a settlement's
    means) and a boycott of classes are no realised COOPERATE or REJECT."""
    realised = [
        e
        for e in events_of(text)
        if e.plover_type in ("COOPERATE", "REJECT") and e.status == "realised"
    ]
    assert realised == [], coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Malian troops withdrew from the town of Anefis on Tuesday.",
        "Les soldats burundais se sont retirés de la base de la mission de l'Union africaine "
        "à Baidoa.",
    ],
)
def test_cooperate_reject_recall_troops_leaving_stay_retreat(text: str) -> None:
    """Troops leaving a town or a base still withdraw, even a base named after an
    organisation: only an organisation itself left is a rejection."""
    assert [e.plover_type for e in events_of(text)] == ["RETREAT"], coded(text)
