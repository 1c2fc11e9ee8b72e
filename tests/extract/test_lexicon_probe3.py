"""Probe of non-violent political events (issue 5, round 3): dissolutions, suspensions,
nationalisations, expulsions, closures, states of emergency, charges and sentences, pardons and
releases, calls for talks, proposals, praise and blame, warnings, rejections, broken relations,
memoranda, mandates and embargoes, lifted sanctions, withdrawals, deployments, bases, mergers.

Written before reading the lexicon, each sentence with what a coder would expect. Sentences that
named nobody were then given a named actor, as wires name one: the extractor makes no statement
event when nobody is named, by design. Where the PLOVER manual, the lexicon and our gold differ
(an expelled diplomat is SANCTION in CAMEO 166 and COERCE expel in some gold; a sentence is
ACCUSE in CAMEO 116 and COERCE arrest in the lexicon), a field lists the readings it accepts
with ``|``. Sentences the extractor still misses are in MISSED with the reason, marked xfail
(strict), so the test asserts only what works and flags a miss that gets fixed."""

from __future__ import annotations

import pytest

from coding import coded, codes_as, events_of, probe_params

R = "realised"
OTHER = "Other"
# Releases: ACLED lists releases and exchanges under Agreement, as the lexicon codes them.
OA = "Other|Agreement"

# (lang, sentence, PLOVER type(s), ACLED sub-type(s), status(es))
PROBE: list[tuple[str, str, str, str, str]] = [
    # --- French ---
    (
        "fr",
        "Le gouvernement malien a dissous la Commission électorale nationale.",
        "COERCE",
        OTHER,
        R,
    ),
    ("fr", "La junte nigérienne a dissous les conseils municipaux par décret.", "COERCE", OTHER, R),
    (
        "fr",
        "Le Conseil des ministres burkinabè a prononcé la dissolution de l'association des "
        "magistrats.",
        "COERCE",
        OTHER,
        R,
    ),
    (
        "fr",
        "Les autorités guinéennes ont suspendu le parti de l'ancien président pour trois mois.",
        "COERCE",
        OTHER,
        R,
    ),
    ("fr", "Le régulateur des médias a suspendu la chaîne France 24 au Mali.", "COERCE", OTHER, R),
    (
        "fr",
        "Le journal L'Événement a été suspendu par le régulateur des médias nigérien.",
        "COERCE",
        OTHER,
        R,
    ),
    ("fr", "Le gouvernement malien a nationalisé la mine d'or de Yatela.", "COERCE", OTHER, R),
    ("fr", "Bamako a expulsé trois diplomates ivoiriens.", "SANCTION|COERCE", OTHER, R),
    (
        "fr",
        "Le Niger a ordonné l'expulsion de l'ambassadeur de France.",
        "SANCTION|COERCE",
        OTHER,
        R,
    ),
    ("fr", "Alger a rappelé son ambassadeur à Paris pour consultations.", "SANCTION", OTHER, R),
    ("fr", "Le Niger a fermé sa frontière avec le Bénin.", "COERCE|SANCTION", OTHER, R),
    (
        "fr",
        "Le Mali a fermé son espace aérien aux avions militaires français.",
        "COERCE|SANCTION",
        OTHER,
        R,
    ),
    ("fr", "Les autorités sénégalaises ont coupé l'internet mobile à Dakar.", "COERCE", OTHER, R),
    (
        "fr",
        "Le gouvernement éthiopien a décrété l'état d'urgence dans la région Amhara.",
        "COERCE",
        OTHER,
        R,
    ),
    ("fr", "Le Tchad a instauré l'état d'urgence dans la province du Lac.", "COERCE", OTHER, R),
    (
        "fr",
        "L'état d'urgence a été proclamé par le gouvernement éthiopien dans la région Amhara.",
        "COERCE",
        OTHER,
        R,
    ),
    (
        "fr",
        "L'ancien président mauritanien Mohamed Ould Abdel Aziz a été inculpé pour corruption.",
        "ACCUSE|COERCE",
        OTHER,
        R,
    ),
    (
        "fr",
        "La justice guinéenne a inculpé l'ancien chef de la junte Moussa Dadis Camara.",
        "ACCUSE|COERCE",
        OTHER,
        R,
    ),
    (
        "fr",
        "L'opposant sénégalais Ousmane Sonko a été condamné à deux ans de prison.",
        "ACCUSE|COERCE",
        OTHER,
        R,
    ),
    (
        "fr",
        "La justice nigérienne a condamné un journaliste à six mois de prison ferme.",
        "ACCUSE|COERCE",
        OTHER,
        R,
    ),
    (
        "fr",
        "Le président sénégalais Macky Sall a gracié des centaines de détenus.",
        "CONCEDE",
        OTHER,
        R,
    ),
    (
        "fr",
        "Le chef de la junte guinéenne a accordé la grâce présidentielle à des militaires.",
        "CONCEDE",
        OTHER,
        R,
    ),
    ("fr", "Les autorités tchadiennes ont libéré 110 prisonniers politiques.", "CONCEDE", OA, R),
    (
        "fr",
        "Plusieurs opposants ont été remis en liberté samedi par la junte guinéenne.",
        "CONCEDE",
        OA,
        R,
    ),
    (
        "fr",
        "L'Union africaine a appelé à l'ouverture de pourparlers entre l'armée et les FSR.",
        "CONSULT|REQUEST",
        OTHER,
        "requested|realised",
    ),
    (
        "fr",
        "Le Qatar a proposé la création d'un mécanisme de vérification du cessez-le-feu.",
        "COOPERATE|AGREE|CONSULT",
        "Other|Agreement",
        "proposed",
    ),
    (
        "fr",
        "La Cédéao a salué la décision de la junte de libérer les détenus.",
        "SUPPORT",
        OTHER,
        R,
    ),
    ("fr", "Le gouvernement français s'est félicité de l'accord de paix.", "SUPPORT", OTHER, R),
    ("fr", "L'Union européenne a condamné la décision de la junte malienne.", "ACCUSE", OTHER, R),
    (
        "fr",
        "Le gouvernement congolais a fustigé le rapport des experts de l'ONU.",
        "ACCUSE",
        OTHER,
        R,
    ),
    (
        "fr",
        "Le ministre tchadien a mis en garde les groupes rebelles contre toute incursion.",
        "THREATEN",
        OTHER,
        R,
    ),
    (
        "fr",
        "Le chef de la junte malienne a juré de reconquérir l'ensemble du territoire.",
        "THREATEN",
        OTHER,
        R,
    ),
    (
        "fr",
        "Le gouvernement burkinabè a rejeté le rapport de Human Rights Watch.",
        "REJECT",
        OTHER,
        R,
    ),
    ("fr", "Kigali a récusé les conclusions du rapport onusien.", "REJECT", OTHER, R),
    ("fr", "Le Mali a rompu ses relations diplomatiques avec l'Ukraine.", "SANCTION", OTHER, R),
    (
        "fr",
        "Les relations diplomatiques entre Rabat et Alger ont été rompues.",
        "SANCTION",
        OTHER,
        R,
    ),
    (
        "fr",
        "Le Niger et l'Algérie ont signé un protocole d'accord sur la sécurité.",
        "AGREE|COOPERATE|SUPPORT",
        "Agreement",
        R,
    ),
    (
        "fr",
        "Le Maroc et la Mauritanie ont signé un mémorandum d'entente sur la pêche.",
        "AGREE|COOPERATE|SUPPORT",
        "Agreement",
        R,
    ),
    (
        "fr",
        "Le Conseil de sécurité a prorogé le mandat de la Monusco d'un an.",
        "AID|SUPPORT|COOPERATE",
        OTHER,
        R,
    ),
    (
        "fr",
        "Le Conseil de sécurité a reconduit l'embargo sur les armes visant la Libye.",
        "SANCTION",
        OTHER,
        R,
    ),
    (
        "fr",
        "Washington a levé les sanctions visant le ministre soudanais.",
        "CONCEDE|RETREAT",
        OTHER,
        R,
    ),
    (
        "fr",
        "L'Union européenne a annoncé la levée des sanctions contre la Guinée.",
        "CONCEDE|RETREAT",
        OTHER,
        R,
    ),
    (
        "fr",
        "La France retirera ses troupes du Niger d'ici la fin de l'année.",
        "RETREAT",
        "Other|Non-violent transfer of territory",
        "planned",
    ),
    ("fr", "Le Tchad a déployé mille soldats à la frontière soudanaise.", "MOBILIZE", OTHER, R),
    (
        "fr",
        "Des renforts de l'armée nigérienne ont été déployés à Tillabéri.",
        "MOBILIZE",
        OTHER,
        R,
    ),
    (
        "fr",
        "Des instructeurs russes ont formé des miliciens centrafricains à Bérengo.",
        "MOBILIZE|AID",
        "Other|Change to group/activity",
        R,
    ),
    (
        "fr",
        "Le groupe Wagner a installé une base à Tessalit.",
        "MOBILIZE",
        "Headquarters or base established",
        R,
    ),
    (
        "fr",
        "L'armée turque a établi une base militaire à Mogadiscio.",
        "MOBILIZE",
        "Headquarters or base established",
        R,
    ),
    (
        "fr",
        "Le FACT et le CCMSR, rebelles tchadiens, ont annoncé leur fusion dans un front commun.",
        "MOBILIZE",
        "Change to group/activity",
        R,
    ),
    (
        "fr",
        "Les factions de l'opposition armée syrienne ont fusionné pour former une coalition.",
        "MOBILIZE",
        "Change to group/activity",
        R,
    ),
    (
        "fr",
        "La junte nigérienne a suspendu les activités des partis politiques jusqu'à nouvel ordre.",
        "COERCE",
        OTHER,
        R,
    ),
    (
        "fr",
        "Le gouvernement ivoirien a interdit toute manifestation à Abidjan.",
        "COERCE",
        OTHER,
        R,
    ),
    ("fr", "Mali : la junte dissout le mouvement de l'imam Dicko", "COERCE", OTHER, R),
    (
        "fr",
        "Burkina : le correspondant de RFI expulsé du pays",
        "SANCTION|COERCE",
        OTHER,
        R,
    ),
    (
        "fr",
        "Le ministre a déclaré que le gouvernement suspendait la coopération militaire avec la "
        "France.",
        "SANCTION",
        OTHER,
        R,
    ),
    ("fr", "Le Mali a mis fin à l'accord de paix d'Alger.", "REJECT|SANCTION", OTHER, R),
    ("fr", "La Russie a opposé son veto au projet de résolution sur le Mali.", "REJECT", OTHER, R),
    ("fr", "Le gouvernement sénégalais a exhorté les manifestants au calme.", "REQUEST", OTHER, R),
    (
        "fr",
        "L'opposition guinéenne a réclamé la libération des détenus politiques.",
        "CONCEDE|REQUEST",
        OA,
        "requested|realised",
    ),
    ("fr", "La Cédéao a menacé de recourir à la force au Niger.", "THREATEN", OTHER, R),
    # --- English ---
    ("en", "Mali's junta dissolved all political parties on Wednesday.", "COERCE", OTHER, R),
    ("en", "Niger's military rulers suspended the BBC for three months.", "COERCE", OTHER, R),
    ("en", "Burkina Faso suspended the broadcaster TV5 Monde.", "COERCE", OTHER, R),
    (
        "en",
        "The main opposition party was suspended by Mali's junta.",
        "COERCE",
        OTHER,
        R,
    ),
    ("en", "Niger's junta nationalised the Somair uranium mine.", "COERCE", OTHER, R),
    ("en", "Mali expelled the French ambassador on Monday.", "SANCTION|COERCE", OTHER, R),
    (
        "en",
        "Burkina Faso ordered the expulsion of three French diplomats.",
        "SANCTION|COERCE",
        OTHER,
        R,
    ),
    ("en", "Algeria recalled its ambassador to Spain.", "SANCTION", OTHER, R),
    ("en", "Benin closed its border with Niger.", "COERCE|SANCTION", OTHER, R),
    ("en", "Niger closed its airspace to all flights.", "COERCE|SANCTION", OTHER, R),
    (
        "en",
        "Ethiopian authorities shut down the internet in the Amhara region.",
        "COERCE",
        OTHER,
        R,
    ),
    ("en", "Ethiopia declared a state of emergency in Amhara.", "COERCE", OTHER, R),
    (
        "en",
        "A state of emergency was declared in Mozambique's Cabo Delgado province.",
        "COERCE",
        OTHER,
        R,
    ),
    (
        "en",
        "Guinean prosecutors charged former president Alpha Condé with treason.",
        "ACCUSE|COERCE",
        OTHER,
        R,
    ),
    (
        "en",
        "Former Sudanese president Omar al-Bashir was indicted for the 1989 coup.",
        "ACCUSE|COERCE",
        OTHER,
        R,
    ),
    (
        "en",
        "A Dakar court sentenced opposition leader Ousmane Sonko to two years in prison.",
        "ACCUSE|COERCE",
        OTHER,
        R,
    ),
    ("en", "Senegal's president pardoned more than 300 prisoners.", "CONCEDE", OA, R),
    ("en", "Guinea's junta released 110 political prisoners on Thursday.", "CONCEDE", OA, R),
    (
        "en",
        "The African Union called for talks between the army and the RSF.",
        "CONSULT|REQUEST",
        OTHER,
        "requested|realised",
    ),
    (
        "en",
        "Qatar proposed a mechanism to monitor the truce.",
        "COOPERATE|AGREE|CONSULT",
        "Other|Agreement",
        "proposed",
    ),
    ("en", "ECOWAS welcomed the junta's decision to hold elections.", "SUPPORT", OTHER, R),
    (
        "en",
        "The European Union condemned the decision to expel the UN mission.",
        "ACCUSE",
        OTHER,
        R,
    ),
    ("en", "Rwanda's government warned Burundi against any incursion.", "THREATEN", OTHER, R),
    ("en", "Sudan's army chief vowed to crush the rebellion.", "THREATEN", OTHER, R),
    ("en", "Ethiopia rejected the Amnesty International report.", "REJECT", OTHER, R),
    ("en", "Niger broke off diplomatic relations with Ukraine.", "SANCTION", OTHER, R),
    (
        "en",
        "Kenya and Ethiopia signed a memorandum of understanding on border security.",
        "AGREE|COOPERATE|SUPPORT",
        "Agreement",
        R,
    ),
    (
        "en",
        "The UN Security Council extended the mandate of the peacekeeping mission in South Sudan.",
        "AID|SUPPORT|COOPERATE",
        OTHER,
        R,
    ),
    ("en", "The Security Council renewed the arms embargo on South Sudan.", "SANCTION", OTHER, R),
    (
        "en",
        "The United States lifted sanctions on Sudan's central bank.",
        "CONCEDE|RETREAT",
        OTHER,
        R,
    ),
    (
        "en",
        "France will withdraw its troops from Niger by the end of the year.",
        "RETREAT",
        "Other|Non-violent transfer of territory",
        "planned",
    ),
    ("en", "Chad deployed troops to the border with Sudan.", "MOBILIZE", OTHER, R),
    (
        "en",
        "Russian instructors trained militiamen in the Central African Republic.",
        "MOBILIZE|AID",
        "Other|Change to group/activity",
        R,
    ),
    (
        "en",
        "Wagner fighters set up a base near Timbuktu.",
        "MOBILIZE",
        "Headquarters or base established",
        R,
    ),
    (
        "en",
        "Several Syrian armed groups announced their merger into a single movement.",
        "MOBILIZE",
        "Change to group/activity",
        R,
    ),
    ("en", "Mali's junta banned all political activities.", "COERCE", OTHER, R),
    ("en", "Mali junta dissolves political parties", "COERCE", OTHER, R),
    (
        "en",
        "The foreign minister said Nigeria was cutting ties with the junta.",
        "SANCTION",
        OTHER,
        R,
    ),
    ("en", "Russia vetoed a UN resolution on Mali sanctions.", "REJECT", OTHER, R),
    ("en", "Kenya threatened to recall its ambassador.", "THREATEN", OTHER, R),
]

_PROPOSAL = "a proposed mechanism has no trigger: proposing is only a status cue"
_MANDATE = (
    "no row for extending a mission's mandate: the same words say a leader extends his own term"
)
# Sentences the extractor still misses, with the reason.
MISSED: dict[str, str] = {
    "Le Qatar a proposé la création d'un mécanisme de vérification du cessez-le-feu.": _PROPOSAL,
    "Qatar proposed a mechanism to monitor the truce.": _PROPOSAL,
    "Le Conseil de sécurité a prorogé le mandat de la Monusco d'un an.": _MANDATE,
    "The UN Security Council extended the mandate of the peacekeeping mission in South Sudan.": (
        _MANDATE
    ),
    "Les relations diplomatiques entre Rabat et Alger ont été rompues.": (
        "code: a verb-object phrase is not read off a passive subject"
    ),
    "Burkina : le correspondant de RFI expulsé du pays": (
        "a headline participle without auxiliary makes no event"
    ),
    "Niger's military rulers suspended the BBC for three months.": (
        "a medium named without a class noun: bare 'suspend' is too broad for a row"
    ),
}


@pytest.mark.parametrize(
    ("lang", "text", "types", "subtypes", "statuses"),
    probe_params(PROBE, MISSED, text_at=1, id_of=lambda i, row: f"{row[0]}-{i:03d}"),
)
def test_lexicon_probe3_codes_political_event(
    lang: str, text: str, types: str, subtypes: str, statuses: str
) -> None:
    assert codes_as(text, types, subtypes, statuses), f"{lang}: {text!r} -> {coded(text)}"


def test_lexicon_probe3_balance() -> None:
    """The probe keeps its 60 French and 40 English sentences, none repeated."""
    langs = [lang for lang, *_ in PROBE]
    assert (langs.count("fr"), langs.count("en")) == (60, 40)
    assert len({text for _, text, *_ in PROBE}) == len(PROBE)


# (sentence, the PLOVER type it gets, a type the same words must not also give)
READINGS = [
    # a nationalised mine is no landmine
    ("Le gouvernement malien a nationalisé la mine d'or de Yatela.", "COERCE", "ASSAULT"),
    ("Niger's junta nationalised the Somair uranium mine.", "COERCE", "ASSAULT"),
    # a body dissolved by the junta is banned; a group dissolving itself retreats
    (
        "Burkina Faso's junta dissolved the national electoral commission on Thursday.",
        "COERCE",
        "RETREAT",
    ),
    ("Le groupe armé UPC a annoncé jeudi sa dissolution à Bangui.", "RETREAT", "COERCE"),
    (
        "The Oromo Liberation Army faction announced its dissolution on Monday in Addis Ababa.",
        "RETREAT",
        "COERCE",
    ),
    # sanctions denounced by those they hit are rejected, not an accusation
    (
        "L'Union européenne a dénoncé les sanctions russes contre ses diplomates.",
        "REJECT",
        "ACCUSE",
    ),
    # units sent are a deployment, not aid
    ("Chad sent units of its army to the Sudanese border on Tuesday.", "MOBILIZE", "AID"),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), READINGS)
def test_lexicon_probe3_reads_the_object(text: str, wanted: str, unwanted: str) -> None:
    types = {e.plover_type for e in events_of(text)}
    assert wanted in types and unwanted not in types, f"{text!r} -> {coded(text)}"
