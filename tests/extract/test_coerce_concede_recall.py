"""Recall of coercion and concessions by wording (PLOVER COERCE and CONCEDE): arrests,
raids, seizures, measures, property destroyed, abductions and expulsions by forces; releases,
pardons, amnesties, measures lifted, bodies and prisoners given back, a border reopened
and a ceasefire one side declares (a resignation stays RETREAT). Each sentence gives the
PLOVER type, the ACLED sub-type and the doer expected (``None`` when the doer is unnamed);
background detentions, denials and demands make no realised event."""

from __future__ import annotations

from functools import partial

import pytest

from coding import assert_realised_doer, coded, events_of, probe_params, row_opening

ROWS: list[tuple[str, str, str, str | None]] = [
    # French: COERCE
    (
        "Au moins vingt-trois militants de l'opposition ont été interpellés samedi à Conakry "
        "par la police, a indiqué leur parti.",
        "COERCE",
        "Arrests",
        "GIN.POL",
    ),
    (
        "Le journaliste a été placé en garde à vue mardi à Dakar par la Sûreté urbaine après "
        "la diffusion d'une enquête sur la police.",
        "COERCE",
        "Arrests",
        "SEN.POL",
    ),
    (
        "Les gendarmes ont arrêté dimanche à Bobo-Dioulasso cinq hommes soupçonnés de "
        "collaborer avec des groupes armés.",
        "COERCE",
        "Arrests",
        "BFA.POL",
    ),
    (
        "La police tunisienne a procédé lundi à l'arrestation d'une avocate à Tunis.",
        "COERCE",
        "Arrests",
        "TUN.POL",
    ),
    (
        "Plus de cent manifestants ont été appréhendés par les forces de l'ordre à Bamako "
        "vendredi soir.",
        "COERCE",
        "Arrests",
        "MLI.POL",
    ),
    (
        "Les militaires ont mené une perquisition au domicile de l'opposant à Niamey et saisi "
        "des documents.",
        "COERCE",
        "Other",
        "NER.MIL",
    ),
    (
        "La police a saisi mardi près de deux tonnes de cocaïne dans le port d'Abidjan et "
        "interpellé six personnes.",
        "COERCE",
        "Arrests",
        "CIV.POL",
    ),
    (
        "L'armée malienne a saisi un important stock d'armes et de munitions lors d'une "
        "opération près de Ménaka.",
        "COERCE",
        "Disrupted weapons use",
        "MLI.MIL",
    ),
    (
        "Le gouverneur de Kano a décrété un couvre-feu de vingt-quatre heures après des "
        "violences mardi.",
        "COERCE",
        "Other",
        "NGA.GOV",
    ),
    (
        "Le gouvernement tchadien a instauré l'état d'urgence dans la province du Ouaddaï "
        "pour trois mois.",
        "COERCE",
        "Other",
        "TCD.GOV",
    ),
    (
        "Les autorités guinéennes ont interdit toute manifestation sur la voie publique "
        "jusqu'à nouvel ordre.",
        "COERCE",
        "Other",
        "GIN.GOV",
    ),
    (
        "L'accès à internet mobile a été coupé mardi par les autorités sénégalaises à la "
        "veille du scrutin.",
        "COERCE",
        "Other",
        "SEN.GOV",
    ),
    (
        "Des soldats ont incendié une dizaine de maisons dans le village de Kalaban, dans la "
        "région de Ségou, selon des habitants.",
        "COERCE",
        "Looting/property destruction",
        "MLI.MIL",
    ),
    (
        "Des policiers ont pillé des boutiques du marché central de Goma pendant le "
        "couvre-feu, selon des commerçants.",
        "COERCE",
        "Looting/property destruction",
        "COD.POL",
    ),
    (
        "Des agents des services de renseignement ont enlevé le militant des droits humains à "
        "son domicile de Bamako, et sa famille est sans nouvelles de lui.",
        "COERCE",
        "Abduction/forced disappearance",
        "MLI",
    ),
    (
        "Le Niger a expulsé vendredi vers l'Algérie plus de six cents migrants subsahariens.",
        "COERCE",
        "Other",
        "NER",
    ),
    (
        "L'Algérie a reconduit à la frontière quelque deux cents migrants nigériens la "
        "semaine dernière.",
        "COERCE",
        "Other",
        "DZA",
    ),
    # French: CONCEDE
    (
        "Les rebelles du M23 ont libéré jeudi quarante prisonniers de guerre congolais, remis "
        "au Comité international de la Croix-Rouge à Goma.",
        "CONCEDE",
        "Agreement",
        "GRP.M23",
    ),
    (
        "Le président ivoirien a gracié plus de cinquante détenus à l'occasion de la fête de "
        "l'indépendance.",
        "CONCEDE",
        "Other",
        "CIV.GOV",
    ),
    (
        "Le Parlement guinéen a adopté une loi d'amnistie pour les militaires impliqués dans "
        "les événements de 2020.",
        "CONCEDE",
        "Other",
        "GIN",
    ),
    (
        "Les autorités nigériennes ont levé le couvre-feu en vigueur à Niamey depuis trois "
        "semaines.",
        "CONCEDE",
        "Other",
        "NER.GOV",
    ),
    (
        "Le gouvernement éthiopien a levé l'état d'urgence dans la région Amhara mardi.",
        "CONCEDE",
        "Other",
        "ETH.GOV",
    ),
    (
        "Le Premier ministre burkinabè a présenté jeudi sa démission au chef de la junte.",
        "RETREAT",  # a resignation is coded RETREAT, as the held-out coders do
        "Other",
        "BFA.GOV",
    ),
    (
        "L'armée israélienne a restitué mardi les corps de quinze Palestiniens par le point "
        "de passage de Kerem Shalom.",
        "CONCEDE",
        "Other",
        "ISR.MIL",
    ),
    (
        "Le Tchad a rouvert dimanche sa frontière avec le Soudan, fermée depuis six mois.",
        "CONCEDE",
        "Other",
        "TCD",
    ),
    (
        "Le Hamas a relâché dimanche deux otages israéliens à Rafah.",
        "CONCEDE",
        "Agreement",
        "GRP.HAMAS",
    ),
    (
        "Les autorités de transition ont remis en liberté provisoire quatorze militants de la "
        "société civile mercredi à Bamako.",
        "CONCEDE",
        "Agreement",
        "MLI.GOV",
    ),
    (
        "Les ravisseurs ont relâché les trois prêtres enlevés la semaine dernière dans l'État "
        "d'Enugu.",
        "CONCEDE",
        "Agreement",
        None,
    ),
    (
        "Le gouvernement a décidé de rétablir l'accès à internet dans la région du Tigré après "
        "deux ans de coupure.",
        "CONCEDE",
        "Other",
        "ETH.GOV",
    ),
    # English: COERCE
    (
        "Police in Karachi arrested 14 suspected militants in overnight raids on Tuesday, "
        "officials said.",
        "COERCE",
        "Arrests",
        "PAK.POL",
    ),
    (
        "Security forces rounded up dozens of young men in the Kashmiri town of Sopore on Friday.",
        "COERCE",
        "Arrests",
        "IND",
    ),
    (
        "Ugandan police took the opposition leader into custody shortly after he addressed "
        "supporters in Kampala.",
        "COERCE",
        "Arrests",
        "UGA.POL",
    ),
    (
        "The activist has been detained incommunicado by state security since his arrest in "
        "Cairo on Monday, his lawyer said.",
        "COERCE",
        "Arrests",
        "EGY",
    ),
    (
        "Venezuelan authorities detained two opposition campaign staff in Caracas on Wednesday.",
        "COERCE",
        "Arrests",
        "VEN.GOV",
    ),
    (
        "Kenyan police raided the offices of a human rights group in Nairobi on Thursday and "
        "seized computers.",
        "COERCE",
        "Other",
        "KEN.POL",
    ),
    (
        "Soldiers searched homes in the village of Kumba on Sunday looking for separatist "
        "fighters.",
        "COERCE",
        "Other",
        "CMR.MIL",
    ),
    (
        "Colombian police seized 3.2 tonnes of cocaine in the port of Buenaventura on Saturday.",
        "COERCE",
        "Other",
        "COL.POL",
    ),
    (
        "Nigerian troops recovered a cache of rifles and ammunition from a Boko Haram hideout "
        "near Bama.",
        "COERCE",
        "Disrupted weapons use",
        "NGA.MIL",
    ),
    (
        "Authorities in Bangladesh imposed a nationwide curfew on Friday as protests spread.",
        "COERCE",
        "Other",
        "BGD.GOV",
    ),
    (
        "Ecuador's president declared a 60-day state of emergency in three provinces on Monday.",
        "COERCE",
        "Other",
        "ECU.GOV",
    ),
    (
        "Ethiopian authorities shut down mobile internet in the Amhara region on Thursday.",
        "COERCE",
        "Other",
        "ETH.GOV",
    ),
    (
        "The Taliban banned women from attending universities across Afghanistan on Tuesday.",
        "COERCE",
        "Other",
        "GRP.TALIBAN",
    ),
    (
        "Israeli forces demolished three Palestinian homes in the village of Masafer Yatta on "
        "Wednesday.",
        "COERCE",
        "Looting/property destruction",
        "ISR.MIL",
    ),
    (
        "Soldiers looted shops and burned houses in the town of Kutkai, residents said.",
        "COERCE",
        "Looting/property destruction",
        "MMR.MIL",
    ),
    (
        "Men in plain clothes believed to be security agents abducted the journalist from his "
        "home in Harare on Saturday.",
        "COERCE",
        "Abduction/forced disappearance",
        "ZWE",
    ),
    (
        "Pakistan deported more than 1,200 Afghan nationals through the Torkham border "
        "crossing on Monday.",
        "COERCE",
        "Other",
        "PAK",
    ),
    (
        "The United States deported 130 Guatemalan migrants on a flight to Guatemala City on "
        "Friday.",
        "COERCE",
        "Other",
        "USA",
    ),
    # English: CONCEDE
    (
        "Houthi rebels released 100 detained Saudi soldiers in Sanaa on Sunday.",
        "CONCEDE",
        "Agreement",
        "GRP.HOUTHI",
    ),
    (
        "Myanmar's junta pardoned more than 3,000 prisoners to mark the new year.",
        "CONCEDE",
        "Other",
        "MMR",
    ),
    (
        "Ethiopia's government granted amnesty to 2,000 prisoners on Tuesday.",
        "CONCEDE",
        "Other",
        "ETH.GOV",
    ),
    (
        "Authorities in Kenya lifted the curfew in Lamu county on Monday.",
        "CONCEDE",
        "Other",
        "KEN.GOV",
    ),
    (
        "Sri Lanka's government lifted the state of emergency on Friday.",
        "CONCEDE",
        "Other",
        "LKA.GOV",
    ),
    (
        "Peru's prime minister resigned on Thursday after weeks of protests.",
        "RETREAT",  # a resignation is coded RETREAT, as the held-out coders do
        "Other",
        "PER.GOV",
    ),
    (
        "Israel returned the bodies of 45 Palestinians to Gaza through the Kerem Shalom "
        "crossing on Tuesday.",
        "CONCEDE",
        "Other",
        "ISR",
    ),
    (
        "Egypt reopened the Rafah crossing on Saturday for the first time in three months.",
        "CONCEDE",
        "Other",
        "EGY",
    ),
    (
        "The Arakan Army declared a unilateral ceasefire in Rakhine State on Wednesday.",
        "CONCEDE",
        "Other",
        "GRP.ARAKAN_ARMY",
    ),
    (
        "The European Union eased sanctions on Syria's banking sector on Monday.",
        "CONCEDE",
        "Other",
        "IGO.EU",
    ),
    (
        "Gunmen freed 20 students kidnapped last week in Kaduna state on Sunday.",
        "CONCEDE",
        "Agreement",
        None,
    ),
    (
        "Russia handed back 38 prisoners of war to Ukraine on Friday.",
        "CONCEDE",
        "Agreement",
        "RUS",
    ),
]


_row = partial(row_opening, ROWS)


MISSED = {
    _row("Men in plain clothes"): "'men … believed to be security agents': a suspected doer",
}


@pytest.mark.parametrize(
    ("text", "plover", "subtype", "doer"),
    probe_params(ROWS, MISSED, id_of=lambda i, row: f"{i:02d}-{row[1]}-{row[2][:12]}"),
)
def test_coerce_concede_recall(text: str, plover: str, subtype: str, doer: str | None) -> None:
    """The realised event of the wording, with its type, sub-type and doer (the doer's id
    or one of its parents; none expected when the sentence names no one)."""
    assert_realised_doer(text, plover, subtype, doer)


@pytest.mark.parametrize(
    "text",
    [
        "L'opposant, arrêté en 2019, est détenu depuis à la prison centrale de Bamako.",
        "L'ancien maire est toujours détenu à Conakry.",
        "La police a démenti avoir arrêté des manifestants à Dakar.",
        "Le parti exige la libération de ses militants détenus depuis juin.",
        "Aucune arrestation n'a été signalée à Niamey.",
        "The rights group called for the release of all detained journalists.",
        "Police denied arresting any protesters in Nairobi.",
        "The journalist, who was arrested in 2021, remains in detention in Asmara.",
        "No arrests were made, police said.",
    ],
)
def test_coerce_concede_recall_background_makes_no_event(text: str) -> None:
    """A detention going on, an arrest of an earlier year, a denial, a demand and arrests
    told as not made are no realised coercion or concession."""
    realised = [
        e
        for e in events_of(text)
        if e.plover_type in ("COERCE", "CONCEDE") and e.status == "realised"
    ]
    assert realised == [], coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Un homme a été tué par la police lors d'une perquisition à Marseille mardi.",
        "Police shot dead a man while searching homes in Kisumu on Monday.",
    ],
)
def test_coerce_concede_recall_search_within_a_killing_is_no_event(text: str) -> None:
    """A search told as the moment of a killing is its circumstance, not a second event."""
    assert [e.plover_type for e in events_of(text)] == ["ASSAULT"], coded(text)
