"""Forces moved: troops sent, stationed, put on alert or flown in (MOBILIZE) and troops
falling back, scaling down, flown home or giving a base back (RETREAT), in both languages.
Sentences are our own, modelled on wire reports and analyst notes from several conflicts."""

from __future__ import annotations

import pytest

from coding import coded, events_of, probe_params

# (text, PLOVER type, status, doer)
MOVES = [
    # MOBILIZE
    (
        "The US Navy dispatched two warships to the Gulf of Aden on Monday.",
        "MOBILIZE",
        "realised",
        "USA.MIL.NAVY",
    ),
    (
        "The Burundian army has dispatched 800 soldiers to South Kivu.",
        "MOBILIZE",
        "realised",
        "BDI.MIL",
    ),
    (
        "The Congolese army reinforced its positions around Bunia on Thursday.",
        "MOBILIZE",
        "realised",
        "COD.MIL",
    ),
    (
        "NATO bolstered its eastern flank with two new battalions.",
        "MOBILIZE",
        "realised",
        "IGO.NATO",
    ),
    (
        "The US Army stationed 1,500 Marines in Darwin this year.",
        "MOBILIZE",
        "realised",
        "USA.MIL.ARMY",
    ),
    (
        "Taiwan's military raised the alert level after Chinese drills.",
        "MOBILIZE",
        "realised",
        "TWN.MIL",
    ),
    (
        "The French air force airlifted 200 soldiers to Niamey.",
        "MOBILIZE",
        "realised",
        "FRA.MIL.AAE",
    ),
    (
        "The Nigerian army placed its units on alert after the raid in Borno.",
        "MOBILIZE",
        "realised",
        "NGA.MIL",
    ),
    (
        "Les FARDC ont renforcé leurs positions autour de Sake mercredi.",
        "MOBILIZE",
        "realised",
        "COD.MIL",
    ),
    (
        "L'armée tchadienne a positionné des blindés près de la frontière soudanaise.",
        "MOBILIZE",
        "realised",
        "TCD.MIL",
    ),
    ("Les États-Unis ont stationné 3 000 soldats en Roumanie.", "MOBILIZE", "realised", "USA.MIL"),
    (
        "L'armée ivoirienne a placé ses unités en alerte dans le Nord.",
        "MOBILIZE",
        "realised",
        "CIV.MIL",
    ),
    (
        "Les forces spéciales maliennes ont été héliportées à Tessalit.",
        "MOBILIZE",
        "realised",
        "MLI.MIL",
    ),
    # RETREAT
    (
        "Ukrainian troops fell back to new positions west of Pokrovsk.",
        "RETREAT",
        "realised",
        "UKR.MIL",
    ),
    (
        "The US military will scale back its military presence in Iraq.",
        "RETREAT",
        "planned",
        "USA.MIL",
    ),
    (
        "Chad's army repatriated its troops from the Central African Republic.",
        "RETREAT",
        "realised",
        "TCD.MIL",
    ),
    ("The Malian army relocated its troops to Ansongo.", "RETREAT", "realised", "MLI.MIL"),
    ("Les militaires français ont plié bagage au Gabon.", "RETREAT", "realised", "FRA.MIL"),
    ("La Russie a réduit sa présence militaire en Libye.", "RETREAT", "realised", "RUS.MIL"),
    (
        "L'armée française a procédé jeudi à la restitution du camp de Port-Bouët.",
        "RETREAT",
        "realised",
        "FRA.MIL",
    ),
    (
        "L'armée française a restitué la base de Ouakam au Sénégal.",
        "RETREAT",
        "realised",
        "FRA.MIL",
    ),
]

MISSED: dict[str, str] = {
    "The French army handed the base back to the Chadian army.": (
        "a phrasal verb's particle after its object: 'hand back the base' only matches in "
        "that order, and 'hand ... back' is no split phrase"
    ),
    "Les casques bleus ont évacué leur camp de Kidal.": (
        "'évacuer le camp' is left out: 'a évacué le camp de déplacés' moves civilians"
    ),
    "Les forces russes ont reculé près de Kharkiv.": (
        "'reculer' needs troops going somewhere; 'près de' names no destination"
    ),
}

MOVE_ROWS = [
    *MOVES,
    ("The French army handed the base back to the Chadian army.", "RETREAT", "realised", "FRA.MIL"),
    ("Les casques bleus ont évacué leur camp de Kidal.", "RETREAT", "realised", "IGO.MINUSMA"),
    ("Les forces russes ont reculé près de Kharkiv.", "RETREAT", "realised", "RUS.MIL"),
]


@pytest.mark.parametrize(("text", "plover", "status", "doer"), probe_params(MOVE_ROWS, MISSED))
def test_forces_moved_are_coded(text: str, plover: str, status: str, doer: str) -> None:
    events = [e for e in events_of(text) if e.plover_type == plover]
    assert events, coded(text)
    assert events[0].status == status, coded(text)
    assert events[0].actor1 is not None and events[0].actor1.canonical_id == doer, coded(text)


NO_MOVE = [
    # "fall back on" is relying on something, and a mayor is no troops.
    "The mayor fell back on old emergency laws.",
    # Forces described where they are stationed: no move told.
    "Les forces stationnées à Gao ont été attaquées par le JNIM mardi.",
    # A negotiating position reinforced is no deployment.
    "The minister said the government would reinforce its position in the talks.",
    # Civilians evacuated by the army: no retreat.
    "L'armée malienne a évacué les habitants des villages inondés de Mopti.",
    # Protesters' barricades stay a protest, not a deployment.
    "Des jeunes ont érigé des barrages enflammés à Conakry pour protester contre la vie chère.",
]


@pytest.mark.parametrize("text", NO_MOVE)
def test_no_forces_moved(text: str) -> None:
    assert not [e for e in events_of(text) if e.plover_type in ("MOBILIZE", "RETREAT")], coded(text)
