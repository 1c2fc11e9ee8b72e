"""Words a report uses for a force reshaping, closing, spreading or gagging: French wire
wording on the Sahel, Central Africa, Haiti, Ukraine and the Lake Chad basin
("réarticuler son dispositif", "fermer sa base", "quadriller le quartier", "museler la
presse") and its English counterpart. Sentences are our own, modelled on wire reports."""

from __future__ import annotations

import pytest

from coding import coded, codes_as, events_of, probe_params

POSITIVES = [
    (
        "L'état-major français a engagé mardi la réarticulation de son dispositif au Sahel.",
        "RETREAT",
        "Other",
    ),
    (
        "Paris va réarticuler son dispositif militaire au Tchad, selon une source proche du "
        "dossier.",
        "RETREAT",
        "Other",
    ),
    (
        "La France a annoncé la reconfiguration du dispositif militaire au Sahel.",
        "RETREAT",
        "Other",
    ),
    (
        "Washington a annoncé la réduction des effectifs militaires américains en Irak.",
        "RETREAT",
        "Non-violent transfer of territory",
    ),
    (
        "Les rebelles du M23 ont levé le camp dans la nuit de mardi à mercredi.",
        "RETREAT",
        "Non-violent transfer of territory",
    ),
    (
        "L'armée française a fermé sa base de Gao vendredi.",
        "RETREAT",
        "Non-violent transfer of territory",
    ),
    (
        "La fermeture de la base de Ménaka par l'armée française est intervenue lundi.",
        "RETREAT",
        "Non-violent transfer of territory",
    ),
    (
        "Des dizaines de soldats centrafricains ont déserté leurs postes à Bambari.",
        "RETREAT",
        "Change to group/activity",
    ),
    (
        "Les troupes russes ont décroché vers la rive gauche du Dniepr.",
        "RETREAT",
        "Non-violent transfer of territory",
    ),
    (
        "Les soldats maliens ont décroché de leurs positions avancées près de Léré.",
        "RETREAT",
        "Non-violent transfer of territory",
    ),
    (
        "La Russie a projeté des forces supplémentaires vers la frontière ukrainienne.",
        "MOBILIZE",
        "Other",
    ),
    (
        "Le Tchad a prépositionné des troupes près de la frontière soudanaise.",
        "MOBILIZE",
        "Other",
    ),
    (
        "Les policiers haïtiens ont quadrillé le quartier de Martissant à Port-au-Prince.",
        "MOBILIZE",
        "Other",
    ),
    (
        "Les militaires camerounais ratissent la zone de Mora depuis lundi.",
        "MOBILIZE",
        "Other",
    ),
    (
        "Le président Zelensky a décrété la mobilisation des réservistes.",
        "MOBILIZE",
        "Change to group/activity",
    ),
    (
        "Le Mali et le Burkina Faso ont mis en place un état-major conjoint à Niamey.",
        "COOPERATE",
        "Other",
    ),
    (
        "La junte guinéenne a muselé la presse indépendante depuis 2022.",
        "COERCE",
        "Other",
    ),
    (
        "France closed its military base in Gao on Friday.",
        "RETREAT",
        "Non-violent transfer of territory",
    ),
    (
        "Dozens of Congolese soldiers deserted their posts near Uvira.",
        "RETREAT",
        "Change to group/activity",
    ),
    (
        "Haitian police combed the Martissant neighbourhood on Tuesday.",
        "MOBILIZE",
        "Other",
    ),
    (
        "Chad prepositioned troops near the Sudanese border.",
        "MOBILIZE",
        "Other",
    ),
    (
        "Mali and Burkina Faso set up a joint command in Niamey.",
        "COOPERATE",
        "Other",
    ),
    (
        "The Guinean junta has muzzled the independent press since 2022.",
        "COERCE",
        "Other",
    ),
]

_BASE_CLOSED = (
    "closing a base is left out: the phrase rows match any base closed, and a host closing a "
    "foreign base is no retreat of its own (test_concede_retreat_doers)"
)
MISSED: dict[str, str] = {
    "L'armée française a fermé sa base de Gao vendredi.": _BASE_CLOSED,
    "La fermeture de la base de Ménaka par l'armée française est intervenue lundi.": _BASE_CLOSED,
    "France closed its military base in Gao on Friday.": _BASE_CLOSED,
    "Les soldats maliens ont décroché de leurs positions avancées près de Léré.": (
        "a troops motion verb needs a destination; 'de' (whence) is not read as one"
    ),
    "Haitian police combed the Martissant neighbourhood on Tuesday.": (
        "no English row for 'comb': 'police' is not in the English troops list"
    ),
    "Chad prepositioned troops near the Sudanese border.": (
        "the English parser lemmatises 'prepositioned' to 'prepositione'"
    ),
    "Mali and Burkina Faso set up a joint command in Niamey.": (
        "no English row for 'joint command' yet"
    ),
    "The Guinean junta has muzzled the independent press since 2022.": (
        "no English row for 'muzzle the press' yet"
    ),
}


@pytest.mark.parametrize(("text", "plover", "subtype"), probe_params(POSITIVES, MISSED))
def test_force_posture_word_is_coded(text: str, plover: str, subtype: str) -> None:
    assert codes_as(text, plover, subtype, "realised|planned"), coded(text)


NEGATIVES = [
    # the same words with no force: a speech, a contract, a phone, civilians fleeing, aid
    ("Le parti a réarticulé son discours sur la sécurité.", "RETREAT"),
    ("L'entreprise a décroché un contrat de 50 millions de dollars au Sénégal.", "RETREAT"),
    ("Le ministre a décroché son téléphone pour appeler son homologue malien.", "RETREAT"),
    ("Les habitants ont déserté le village de Tillabéri après les pluies.", "RETREAT"),
    ("Le PAM a prépositionné des vivres à Bunia avant la saison des pluies.", "MOBILIZE"),
    ("La société minière a annoncé la réduction de ses effectifs au Niger.", "RETREAT"),
    ("Le candidat a quadrillé le pays pendant la campagne électorale.", "MOBILIZE"),
    ("Kenyan police closed the road to Garissa on Monday.", "RETREAT"),
    ("Villagers deserted the area near Beni after the floods.", "RETREAT"),
]


@pytest.mark.parametrize(("text", "plover"), NEGATIVES)
def test_same_word_without_a_force_stays_silent(text: str, plover: str) -> None:
    assert not any(e.plover_type == plover for e in events_of(text)), coded(text)


def test_closing_a_border_stays_a_sanction() -> None:
    text = "Le gouvernement sénégalais a fermé la frontière avec le Mali."
    assert codes_as(text, "SANCTION", "Other", "realised"), coded(text)
