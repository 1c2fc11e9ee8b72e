"""The doer of a later deed told with a pronoun subject ("They also kidnapped three
teachers, police said") is the party an earlier sentence names as doing the first deed,
never the source tagged after the clause; a speaker told before the clause ("Somali police
said they arrested…") still stands for its own pronoun, and a generic subject before
("Gang members attacked…") keeps the source from being the doer. Each row gives the PLOVER
type, the ACLED sub-type and the doer expected of the later deed."""

from __future__ import annotations

import pytest

from coding import assert_realised_doer, coded, events_of, probe_params

ROWS: list[tuple[str, str, str, str | None]] = [
    # English: "They …, SOURCE said" after a sentence naming the doer
    (
        "Al-Shabaab fighters stormed a school in Mandera on Monday. They also kidnapped three "
        "teachers, police said.",
        "COERCE",
        "Abduction/forced disappearance",
        "GRP.SHABAAB",
    ),
    (
        "Boko Haram insurgents raided the village of Kautikari overnight. They abducted 15 "
        "women, police said.",
        "COERCE",
        "Abduction/forced disappearance",
        "GRP.BOKO_HARAM",
    ),
    (
        "JNIM militants ambushed a supply convoy near Arbinda on Sunday. They later burned two "
        "trucks, the army said.",
        "COERCE",
        "Looting/property destruction",
        "GRP.JNIM",
    ),
    (
        "Islamic State militants attacked a village near Tuz Khurmatu overnight. They "
        "kidnapped four shepherds, Iraqi police said.",
        "COERCE",
        "Abduction/forced disappearance",
        "GRP.IS",
    ),
    (
        "RSF fighters stormed the town of Um Kadada on Friday. They abducted dozens of "
        "civilians, the Sudanese army said.",
        "COERCE",
        "Abduction/forced disappearance",
        "GRP.RSF",
    ),
    (
        "ELN guerrillas attacked a military post in Saravena. They kidnapped two soldiers, the "
        "Colombian army said.",
        "COERCE",
        "Abduction/forced disappearance",
        "GRP.ELN",
    ),
    (
        "CJNG gunmen attacked a police patrol near Apatzingan. They abducted three officers, "
        "state prosecutors said.",
        "COERCE",
        "Abduction/forced disappearance",
        "GRP.CJNG",
    ),
    (
        "Hamas militants attacked the kibbutz of Nir Oz. They took dozens of residents "
        "hostage, the Israeli military said.",
        "COERCE",
        "Abduction/forced disappearance",
        "GRP.HAMAS",
    ),
    (
        "Boko Haram fighters overran a military base in Marte on Saturday. They then set fire "
        "to the barracks, the Nigerian army said in a statement.",
        "COERCE",
        "Looting/property destruction",
        "GRP.BOKO_HARAM",
    ),
    (
        "Arakan Army fighters seized the town of Paletwa. They also detained dozens of junta "
        "soldiers, the opposition government said.",
        "COERCE",
        "Arrests",
        "GRP.ARAKAN_ARMY",
    ),
    (
        "Hezbollah fired rockets at northern Israel on Monday. It also launched drones at an "
        "army base near Safed, the Israeli military said.",
        "ASSAULT",
        "Air/drone strike",
        "GRP.HEZBOLLAH",
    ),
    (
        "TTP militants attacked a police post in Lakki Marwat. They later kidnapped two "
        "policemen, the district police chief said.",
        "COERCE",
        "Abduction/forced disappearance",
        "GRP.TTP",
    ),
    (
        "Al-Shabaab fighters ambushed a convoy near Balcad on Monday. They also abducted four "
        "aid workers, the United Nations said on Tuesday.",
        "COERCE",
        "Abduction/forced disappearance",
        "GRP.SHABAAB",
    ),
    (
        "Hamas gunmen attacked a music festival near Re'im. They abducted dozens of young "
        "people, the Israeli army spokesman told reporters.",
        "COERCE",
        "Abduction/forced disappearance",
        "GRP.HAMAS",
    ),
    (
        # the first sentence's source is no antecedent either
        "Al-Shabaab fighters stormed a school in Wajir on Monday, police said. They also "
        "kidnapped three teachers, a local official said.",
        "COERCE",
        "Abduction/forced disappearance",
        "GRP.SHABAAB",
    ),
    # English: generic nouns, passives and sources told otherwise
    (
        "Al-Shabaab fighters stormed a school in Mandera on Monday. The attackers also "
        "kidnapped three teachers, police said.",
        "COERCE",
        "Abduction/forced disappearance",
        "GRP.SHABAAB",
    ),
    (
        "ISWAP fighters attacked a base in Malam Fatori on Monday. Five soldiers were killed "
        "and two others abducted, the army said.",
        "COERCE",
        "Abduction/forced disappearance",
        "GRP.ISWAP",
    ),
    (
        "ISWAP fighters attacked a base in Damasak on Monday. They killed five soldiers and "
        "abducted two others, according to the army.",
        "COERCE",
        "Abduction/forced disappearance",
        "GRP.ISWAP",
    ),
    # French: "Ils …, a indiqué SOURCE"
    (
        "Des combattants de Boko Haram ont attaqué le village de Gajiram. Ils ont enlevé 15 "
        "femmes, a indiqué la police.",
        "COERCE",
        "Abduction/forced disappearance",
        "GRP.BOKO_HARAM",
    ),
    (
        "Des combattants du JNIM ont attaqué un village près de Djibo. Ils ont enlevé dix "
        "civils, a annoncé l'armée burkinabè.",
        "COERCE",
        "Abduction/forced disappearance",
        "GRP.JNIM",
    ),
    (
        "Des éléments de l'ADF ont attaqué le village de Ntoyo dans la nuit. Ils ont aussi "
        "incendié une vingtaine de maisons, a déclaré l'administrateur du territoire.",
        "COERCE",
        "Looting/property destruction",
        "GRP.ADF",
    ),
    (
        "Des combattants de l'EIGS ont attaqué le village de Tillia. Les assaillants ont "
        "enlevé dix éleveurs, selon les autorités locales.",
        "COERCE",
        "Abduction/forced disappearance",
        "GRP.IS_SAHEL",
    ),
    (
        "Des combattants d'Al-Shabaab ont pris d'assaut un hôtel à Kismayo. Ils ont pris en "
        "otage plusieurs clients, a annoncé la police.",
        "COERCE",
        "Abduction/forced disappearance",
        "GRP.SHABAAB",
    ),
    # The speaker is the doer when it tells its own deed first
    (
        "Somali police said they arrested five al-Shabaab suspects in Mogadishu on Friday.",
        "COERCE",
        "Arrests",
        "SOM.POL",
    ),
    (
        "The Nigerian army said it had killed 12 Boko Haram militants in Borno state on Monday.",
        "ASSAULT",
        "Armed clash",
        "NGA.MIL",
    ),
    (
        "La police a annoncé avoir arrêté 30 manifestants à Dakar mardi.",
        "COERCE",
        "Arrests",
        "SEN.POL",
    ),
    (
        "L'armée malienne a affirmé avoir neutralisé une vingtaine de terroristes près de Mopti.",
        "ASSAULT",
        "Armed clash",
        "MLI.MIL",
    ),
    (
        "The Malian army launched an offensive near Gao on Monday. It killed 20 militants, "
        "officials said.",
        "ASSAULT",
        "Armed clash",
        "MLI.MIL",
    ),
]

MISSED: dict[str, str] = {}


@pytest.mark.parametrize(
    ("text", "plover", "subtype", "doer"),
    probe_params(ROWS, MISSED, id_of=lambda i, row: f"{i:02d}-{row[1]}-{row[2][:12]}"),
)
def test_pronoun_doer_after_speaker(text: str, plover: str, subtype: str, doer: str | None) -> None:
    """The later deed's realised event, with its type, sub-type and doer."""
    assert_realised_doer(text, plover, subtype, doer)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Gang members attacked the neighbourhood of Carrefour-Feuilles on Monday. They "
            "kidnapped five people, Haitian police said.",
            "HTI.POL",
        ),
        (
            "Gunmen attacked a church in Owo on Sunday. They kidnapped the priest, Ondo state "
            "police told reporters.",
            "NGA.POL",
        ),
    ],
)
def test_pronoun_doer_after_speaker_source_is_no_doer(text: str, speaker: str) -> None:
    """When the earlier doer names no known party, the source tagged after the clause does
    not become the kidnapper."""
    doers = [
        e.actor1.canonical_id
        for e in events_of(text)
        if e.acled_subtype == "Abduction/forced disappearance" and e.actor1 is not None
    ]
    assert speaker not in doers, coded(text)
