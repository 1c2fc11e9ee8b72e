"""Probe of French wire copy (issue 5, round 4): 100 French reports in the manner of AFP, RFI,
Le Monde, Jeune Afrique, Radio Okapi, ActuNiger, L'Orient-Le Jour and Le Nouvelliste, half
violence (ambushes, clashes, raids, shelling, drone and air strikes, IEDs, suicide attacks,
kidnappings, massacres, lynchings, rapes, looting, arson, towns taken and retaken,
withdrawals, arrests, marches, strikes, riots, crowds dispersed or shot at) and half politics
(condemnations, warnings, ultimatums, appeals, denials, court cases, charges, warrants,
sentences, pardons, releases, curfews, media suspended, diplomats expelled or recalled, calls,
visits, talks, mediation, peace deals, truces, disarmament, aid, deployments, sanctions).

Written before reading the lexicon, each sentence with what a coder would expect, in the
phrasings wires use: nominal headlines, compound tenses, passives, pronominal verbs, the
conditional of reported facts ("auraient été tués", coded realised as ACLED codes them),
"selon", "a-t-on appris", participles and gerunds. Where the PLOVER manual, ACLED's codebook
and our gold allow more than one reading, a field lists them with ``|``. Four sentences that
named no actor or no known place were then given one, as wires do: the extractor makes no
event without an argument, by design. Sentences the
extractor still misses are in MISSED with the reason, marked xfail (strict), so the test
asserts only what works and flags a miss that gets fixed."""

from __future__ import annotations

import pytest

from coding import coded, codes_as, events_of, probe_params

R = "realised"
OTHER = "Other"
CLASH = "Armed clash"
ATTACK = "Attack"
SHELLING = "Shelling/artillery/missile attack"
AIR = "Air/drone strike"
IED = "Remote explosive/landmine/IED"
ABDUCTION = "Abduction/forced disappearance"
LOOTING = "Looting/property destruction"
PEACEFUL = "Peaceful protest"
VIOLENT_DEMO = "Violent demonstration"
# A release, a pardon or a disarmament: ACLED files some under Agreement or a group's change.
OA = "Other|Agreement"
DISARM = "Other|Change to group/activity|Agreement"
# A court's sentence or charge: ACCUSE in CAMEO 11x, COERCE in the lexicon's arrest rows.
COURT = "ACCUSE|COERCE"

# (sentence, PLOVER type(s), ACLED sub-type(s), status(es))
VIOLENCE: list[tuple[str, str, str, str]] = [
    (
        "Ituri : nouvelle incursion des ADF à Mambasa, au moins douze civils tués",
        "ASSAULT",
        ATTACK,
        R,
    ),
    (
        "Des hommes armés ont tendu une embuscade à un convoi de l'armée nigérienne près de "
        "Tillabéri, tuant huit soldats, a-t-on appris de source sécuritaire.",
        "ASSAULT",
        CLASH,
        R,
    ),
    (
        "Un accrochage a opposé mardi des militaires burkinabè à des jihadistes présumés dans la "
        "province du Soum, selon une source locale.",
        "ASSAULT",
        CLASH,
        R,
    ),
    (
        "De violents échanges de tirs ont eu lieu dans la nuit entre les FARDC et les rebelles du "
        "M23 à Sake.",
        "ASSAULT",
        CLASH,
        R,
    ),
    (
        "Les shebab ont lancé un assaut contre une base de l'armée somalienne à Beledweyne.",
        "ASSAULT",
        CLASH,
        R,
    ),
    (
        "Des combattants touaregs et des soldats maliens se sont accrochés près d'Anéfis dimanche.",
        "ASSAULT",
        CLASH,
        R,
    ),
    (
        "Un raid d'hommes armés sur le village de Zurmi a fait une trentaine de morts, selon la "
        "police de l'État de Zamfara.",
        "ASSAULT",
        ATTACK,
        R,
    ),
    (
        "Le pilonnage de Kharkiv par l'armée russe a fait trois morts, selon le gouverneur "
        "régional.",
        "ASSAULT",
        SHELLING,
        R,
    ),
    (
        "Des tirs d'obus des Forces de soutien rapide ont frappé le quartier de Karari à "
        "Omdurman, tuant cinq civils.",
        "ASSAULT",
        SHELLING,
        R,
    ),
    (
        "Le Hezbollah a tiré une salve de roquettes sur Kiryat Shmona, a indiqué l'armée "
        "israélienne.",
        "ASSAULT",
        SHELLING,
        R,
    ),
    (
        "Une frappe de drone turque a tué deux combattants du PKK près de Souleimaniyeh, ont "
        "rapporté les autorités kurdes.",
        "ASSAULT",
        AIR,
        R,
    ),
    (
        "L'aviation malienne a mené des bombardements aériens sur des positions rebelles près de "
        "Tinzaouatène.",
        "ASSAULT",
        AIR,
        R,
    ),
    (
        "Au moins vingt personnes auraient été tuées dans un bombardement de l'armée de l'air "
        "soudanaise sur un marché de Nyala.",
        "ASSAULT",
        AIR,
        R,
    ),
    (
        "Trois soldats maliens ont été tués par l'explosion d'un engin explosif improvisé au "
        "passage de leur véhicule près de Boni.",
        "ASSAULT",
        IED,
        R,
    ),
    (
        "Un véhicule de l'armée nigérienne a sauté sur une mine près de Diffa, faisant deux morts.",
        "ASSAULT",
        IED,
        R,
    ),
    (
        "Un attentat-suicide a visé une mosquée chiite de Kandahar vendredi, faisant au moins 40 "
        "morts, selon les talibans.",
        "ASSAULT",
        "Suicide bomb",
        R,
    ),
    (
        "Un kamikaze des shebab s'est fait exploser au milieu de recrues de l'armée à Mogadiscio.",
        "ASSAULT",
        "Suicide bomb",
        R,
    ),
    (
        "Des hommes armés ont enlevé une quinzaine de passagers d'un car sur l'axe Kaya-Dori.",
        "COERCE",
        ABDUCTION,
        R,
    ),
    (
        "Le rapt de trois humanitaires à Ménaka a été revendiqué par l'État islamique au Sahel.",
        "COERCE",
        ABDUCTION,
        R,
    ),
    (
        "Un prêtre catholique a été enlevé dimanche par des bandits armés dans l'État d'Edo, a "
        "annoncé le diocèse.",
        "COERCE",
        ABDUCTION,
        R,
    ),
    (
        "Le chef du village de Tchoma Bangou a été séquestré pendant trois jours par des "
        "jihadistes.",
        "COERCE",
        ABDUCTION,
        R,
    ),
    (
        "Des soldats ont procédé à l'exécution sommaire de sept civils à Djibo, selon Human "
        "Rights Watch.",
        "ASSAULT",
        ATTACK,
        R,
    ),
    (
        "Le massacre d'une cinquantaine de villageois à Seytenga est attribué aux jihadistes de "
        "l'EIGS.",
        "ASSAULT",
        ATTACK,
        R,
    ),
    (
        "La tuerie de Solhan, perpétrée par des hommes armés, a fait au moins 132 morts.",
        "ASSAULT",
        ATTACK,
        R,
    ),
    (
        "Un présumé voleur a été lynché par une foule en colère à Butembo, selon la police.",
        "ASSAULT",
        "Mob violence",
        R,
    ),
    (
        "Des miliciens janjawids ont violé plusieurs femmes dans un camp de déplacés près "
        "d'El-Geneina.",
        "ASSAULT",
        "Sexual violence",
        R,
    ),
    (
        "Au moins dix femmes ont été victimes de viols commis par des miliciens de la Codeco à "
        "Djugu, selon la Monusco.",
        "ASSAULT",
        "Sexual violence",
        R,
    ),
    ("Des combattants des FSR ont pillé le marché central de Sennar.", "COERCE", LOOTING, R),
    (
        "Des assaillants ont incendié une vingtaine de cases à Kouakourou, dans la région de "
        "Mopti.",
        "COERCE",
        LOOTING,
        R,
    ),
    (
        "Plusieurs villages ont été incendiés par des miliciens de la Codeco dans le territoire "
        "de Djugu.",
        "COERCE",
        LOOTING,
        R,
    ),
    (
        "Les rebelles du M23 ont pris le contrôle de la cité minière de Rubaya après de violents "
        "combats avec les FARDC.",
        "ASSAULT",
        "Non-state actor overtakes territory",
        R,
    ),
    (
        "Les FAMa ont repris le contrôle de Kidal aux rebelles du CSP, a annoncé la junte.",
        "ASSAULT",
        "Government regains territory",
        R,
    ),
    (
        "L'armée soudanaise a annoncé la reprise de Wad Madani aux Forces de soutien rapide.",
        "ASSAULT",
        "Government regains territory",
        R,
    ),
    (
        "Les Casques bleus de la Minusma se sont retirés du camp de Ber, remis aux FAMa.",
        "RETREAT",
        "Non-violent transfer of territory|Other",
        R,
    ),
    (
        "Les forces russes ont annoncé leur retrait de la rive droite du Dniepr, près de Kherson.",
        "RETREAT",
        "Non-violent transfer of territory|Other",
        R,
    ),
    (
        "L'armée nigérienne a neutralisé une quinzaine de terroristes lors d'une opération près "
        "de Tahoua, selon un communiqué.",
        "ASSAULT",
        f"{CLASH}|{ATTACK}",
        R,
    ),
    (
        "Une dizaine de jihadistes ont été neutralisés par des frappes aériennes de l'armée "
        "burkinabè près de Djibo.",
        "ASSAULT",
        AIR,
        R,
    ),
    (
        "Le journaliste Stanis Bujakera a été interpellé par les services de renseignement à "
        "Kinshasa.",
        "COERCE",
        "Arrests",
        R,
    ),
    (
        "Vaste coup de filet de la police à Abidjan : 45 personnes interpellées dans le quartier "
        "d'Abobo.",
        "COERCE",
        "Arrests",
        R,
    ),
    (
        "La gendarmerie sénégalaise a procédé à l'interpellation de plusieurs militants du "
        "Pastef à Ziguinchor.",
        "COERCE",
        "Arrests",
        R,
    ),
    (
        "Des milliers de personnes ont marché samedi à Bamako pour soutenir la transition.",
        "PROTEST",
        PEACEFUL,
        R,
    ),
    (
        "Des enseignants contractuels observent depuis lundi un sit-in devant le gouvernorat de "
        "Zinder.",
        "PROTEST",
        PEACEFUL,
        R,
    ),
    (
        "La société civile a décrété une journée ville morte à Butembo, largement suivie lundi.",
        "PROTEST",
        PEACEFUL,
        R,
    ),
    (
        "Les syndicats ont déclenché une grève générale illimitée à Port-au-Prince.",
        "PROTEST",
        PEACEFUL,
        R,
    ),
    (
        "Des manifestants ont érigé des barricades et brûlé des pneus dans les rues de "
        "Port-au-Prince.",
        "PROTEST",
        VIOLENT_DEMO,
        R,
    ),
    (
        "Des échauffourées ont opposé des manifestants aux forces de l'ordre à Conakry.",
        "PROTEST",
        f"{VIOLENT_DEMO}|Protest with intervention",
        R,
    ),
    (
        "De violents heurts ont éclaté entre partisans de l'opposition et policiers à Dakar.",
        "PROTEST",
        f"{VIOLENT_DEMO}|Protest with intervention",
        R,
    ),
    (
        "Des émeutes ont éclaté à Nouméa après l'adoption de la réforme électorale.",
        "PROTEST",
        VIOLENT_DEMO,
        R,
    ),
    (
        "La police a dispersé à coups de gaz lacrymogène une marche de l'opposition à Lomé.",
        "PROTEST",
        "Protest with intervention",
        R,
    ),
    (
        "Les forces de sécurité ont tiré à balles réelles sur des manifestants à Kinshasa, "
        "faisant au moins trois morts.",
        "ASSAULT",
        "Excessive force against protesters",
        R,
    ),
]

POLITICS: list[tuple[str, str, str, str]] = [
    (
        "Dans un communiqué, la Cedeao a condamné fermement la tentative de coup d'État en "
        "Guinée-Bissau.",
        "ACCUSE",
        OTHER,
        R,
    ),
    (
        "Le gouvernement malien a publié un communiqué condamnant les propos du ministre "
        "algérien des Affaires étrangères.",
        "ACCUSE",
        OTHER,
        R,
    ),
    ("Washington a mis en garde Kigali contre tout soutien au M23.", "THREATEN", OTHER, R),
    (
        "Le chef de la junte guinéenne a adressé une sévère mise en garde aux auteurs de "
        "troubles à Conakry.",
        "THREATEN",
        OTHER,
        R,
    ),
    (
        "La Cedeao a lancé un ultimatum d'une semaine à la junte nigérienne pour rétablir le "
        "président Bazoum.",
        "THREATEN",
        OTHER,
        R,
    ),
    (
        "Le secrétaire général de l'ONU a lancé un appel au calme après les violences à Goma.",
        "REQUEST",
        OTHER,
        R,
    ),
    (
        # The halt asked of the belligerents is their requested concession, as analysts
        # code "called on Ethiopia to end hostilities".
        "L'Union africaine a exhorté les belligérants soudanais à cesser les hostilités.",
        "CONCEDE",
        OTHER,
        "requested",
    ),
    (
        "Dans un communiqué, l'armée burkinabè a invité les populations de Djibo à collaborer "
        "avec les forces de défense.",
        "REQUEST",
        OTHER,
        R,
    ),
    (
        "Le gouvernement tchadien a démenti toute implication dans les combats au Darfour.",
        "REJECT",
        OTHER,
        f"{R}|denied",
    ),
    (
        "Le Rwanda a rejeté les accusations de soutien au M23 contenues dans le rapport de l'ONU.",
        "REJECT",
        OTHER,
        R,
    ),
    (
        "L'opposition guinéenne a récusé le président de la Commission électorale nationale "
        "indépendante, jugé partial.",
        "REJECT",
        OTHER,
        R,
    ),
    (
        "Les avocats de l'ancien président Bazoum ont saisi la Cour de justice de la Cedeao.",
        "ACCUSE|REQUEST",
        OTHER,
        R,
    ),
    (
        "Le PDCI a porté plainte contre le ministre ivoirien de l'Intérieur devant la Cour "
        "suprême.",
        "ACCUSE",
        OTHER,
        R,
    ),
    (
        "L'ancien Premier ministre Moussa Mara a été inculpé d'atteinte au crédit de l'État à "
        "Bamako.",
        COURT,
        f"{OTHER}|Arrests",
        R,
    ),
    (
        "La justice française a émis un mandat d'arrêt international contre Bachar al-Assad.",
        COURT,
        f"{OTHER}|Arrests",
        R,
    ),
    (
        "Le tribunal militaire de Ouagadougou a condamné l'ancien président Damiba à vingt ans de "
        "prison par contumace.",
        COURT,
        OTHER,
        R,
    ),
    (
        "Le chef de la junte malienne, Assimi Goïta, a accordé sa grâce à une vingtaine de "
        "militaires condamnés pour tentative de coup d'État.",
        "CONCEDE",
        OA,
        R,
    ),
    ("Le président Tebboune a gracié le journaliste Ihsane El Kadi.", "CONCEDE", OA, R),
    (
        "Les autorités nigériennes ont libéré plusieurs anciens ministres du président Bazoum.",
        "CONCEDE",
        OA,
        R,
    ),
    (
        "Rome a annoncé la libération de trois otages italiens détenus dans le nord du Mali.",
        "CONCEDE",
        OA,
        R,
    ),
    (
        "Le gouverneur militaire du Nord-Kivu a levé le couvre-feu en vigueur à Goma.",
        "CONCEDE|RETREAT",
        OTHER,
        R,
    ),
    (
        "Le gouvernement tchadien a instauré un couvre-feu à N'Djamena après les violences.",
        "COERCE",
        OTHER,
        R,
    ),
    (
        "Le président Bazoum a proclamé l'état d'urgence dans les régions de Tahoua et Tillabéri.",
        "COERCE",
        OTHER,
        R,
    ),
    (
        "Le Conseil supérieur de la communication a suspendu la diffusion de RFI et de France 24 "
        "au Burkina Faso.",
        "COERCE",
        OTHER,
        R,
    ),
    (
        "Le diplomate ivoirien a été déclaré persona non grata par les autorités maliennes.",
        "SANCTION|COERCE",
        OTHER,
        R,
    ),
    (
        "Kinshasa a procédé au rappel de son ambassadeur à Kigali pour consultations.",
        "SANCTION",
        OTHER,
        R,
    ),
    (
        "Le Niger a annoncé la rupture de ses relations diplomatiques avec l'Ukraine.",
        "SANCTION",
        OTHER,
        R,
    ),
    (
        "Le président Tshisekedi s'est entretenu au téléphone avec son homologue angolais João "
        "Lourenço.",
        "CONSULT",
        OTHER,
        R,
    ),
    (
        "Emmanuel Macron a eu vendredi un entretien téléphonique avec le président ukrainien "
        "Volodymyr Zelensky.",
        "CONSULT",
        OTHER,
        R,
    ),
    (
        "Le président sénégalais Bassirou Diomaye Faye effectue une visite officielle de deux "
        "jours au Mali.",
        "CONSULT",
        OTHER,
        R,
    ),
    (
        "Le ministre turc des Affaires étrangères s'est rendu à Damas pour rencontrer les "
        "nouvelles autorités syriennes.",
        "CONSULT",
        OTHER,
        R,
    ),
    (
        "Des pourparlers entre le gouvernement colombien et l'ELN ont repris à Caracas.",
        "CONSULT",
        OTHER,
        R,
    ),
    (
        "Le Qatar mène une médiation entre Kinshasa et les rebelles du M23 à Doha.",
        "CONSULT",
        OTHER,
        R,
    ),
    (
        "Le gouvernement centrafricain et quatorze groupes armés ont signé un accord de paix à "
        "Bangui.",
        "AGREE",
        "Agreement",
        R,
    ),
    (
        "Un cessez-le-feu a été conclu entre Israël et le Hezbollah, sous l'égide des États-Unis.",
        "AGREE",
        "Agreement",
        R,
    ),
    (
        "L'armée soudanaise et les FSR ont accepté une trêve humanitaire de 72 heures, a annoncé "
        "Riyad.",
        "AGREE",
        "Agreement",
        R,
    ),
    (
        "Le Burkina Faso et la Russie ont signé un protocole d'accord dans le domaine du "
        "nucléaire civil.",
        "AGREE|COOPERATE",
        f"Agreement|{OTHER}",
        R,
    ),
    (
        "Une centaine d'ex-combattants du FPRC ont remis leurs armes à la Minusca à Bria.",
        "RETREAT|CONCEDE",
        DISARM,
        R,
    ),
    (
        "Plus de 200 combattants de Boko Haram ont déposé les armes dans l'État de Borno, selon "
        "l'armée nigériane.",
        "RETREAT|CONCEDE",
        DISARM,
        R,
    ),
    (
        "Un commandant maï-maï s'est rallié aux FARDC avec 80 de ses hommes à Beni.",
        "RETREAT|CONCEDE|COOPERATE",
        DISARM,
        R,
    ),
    (
        "Le PAM a distribué une aide alimentaire d'urgence à 50 000 déplacés à Kaya.",
        "AID",
        OTHER,
        R,
    ),
    (
        "Le Japon a octroyé une aide humanitaire de cinq millions de dollars au Tchad.",
        "AID",
        OTHER,
        R,
    ),
    ("L'armée malienne a dépêché des renforts à Ménaka après l'attaque.", "MOBILIZE", OTHER, R),
    (
        "La Russie a déployé des instructeurs militaires supplémentaires en Centrafrique.",
        "MOBILIZE",
        OTHER,
        R,
    ),
    (
        "Le déploiement de la force régionale de l'EAC à Goma a commencé lundi.",
        "MOBILIZE",
        OTHER,
        R,
    ),
    (
        "Le capitaine Traoré a décrété la mobilisation générale au Burkina Faso pour faire face "
        "aux jihadistes.",
        "MOBILIZE",
        f"{OTHER}|Change to group/activity",
        R,
    ),
    (
        "L'Union européenne a adopté de nouvelles sanctions contre des responsables de la junte "
        "malienne.",
        "SANCTION",
        OTHER,
        R,
    ),
    (
        "Les États-Unis ont imposé des sanctions à deux commandants des Forces de soutien rapide.",
        "SANCTION",
        OTHER,
        R,
    ),
    (
        "Le Conseil de sécurité a reconduit l'embargo sur les armes visant le Soudan du Sud.",
        "SANCTION",
        OTHER,
        R,
    ),
    (
        "Le Trésor américain a ordonné le gel des avoirs de trois dirigeants du Hamas.",
        "SANCTION",
        OTHER,
        R,
    ),
]

_CASES = VIOLENCE + POLITICS

_MARCH = (
    "no 'marcher' row: the same verb says an armed group advances on a town ('menacé de marcher "
    "sur Goma'), and a place object cannot tell the two apart"
)
# Sentences the extractor still misses, with the reason.
MISSED: dict[str, str] = {
    "Des combattants touaregs et des soldats maliens se sont accrochés près d'Anéfis dimanche.": (
        "no 's'accrocher' row: 's'est accroché au pouvoir' parses 'pouvoir' as a verb "
        "(xcomp), which false_readings cannot see, so clinging to power would read as a clash"
    ),
    "Un raid d'hommes armés sur le village de Zurmi a fait une trentaine de morts, selon la "
    "police de l'État de Zamfara.": (
        "'raid' stays an air raid by default (Israeli, Russian 'raids' in Middle East and "
        "Ukraine copy); a ground raid needs the attackers read as the means (code)"
    ),
    "Des soldats ont procédé à l'exécution sommaire de sept civils à Djibo, selon Human "
    "Rights Watch.": (
        "code: the victims are a noun complement of the trigger, not an object, so the "
        "soldiers-on-civilians rule does not see them and the armed doer gives Armed clash"
    ),
    "Le massacre d'une cinquantaine de villageois à Seytenga est attribué aux jihadistes de "
    "l'EIGS.": (
        "code: the parser tags 'Seytenga' as punctuation and the villagers sit in a noun "
        "complement: the jihadists on unseen victims give Armed clash"
    ),
    "L'armée soudanaise a annoncé la reprise de Wad Madani aux Forces de soutien rapide.": (
        "'reprise' alone is resumption ('reprise des combats'); a noun whose complement is a "
        "place would need a 'place' check on nouns (events._has_its_place reads objects only)"
    ),
    "Des milliers de personnes ont marché samedi à Bamako pour soutenir la transition.": _MARCH,
    "La société civile a décrété une journée ville morte à Butembo, largement suivie lundi.": (
        "code: the 'ville morte' trigger is dropped between _group and _without_denials when "
        "governed by 'décréter' ('observer une journée ville morte' is coded)"
    ),
    "De violents heurts ont éclaté entre partisans de l'opposition et policiers à Dakar.": (
        "code: 'heurt' is a target row; 'partisans de l'opposition' is no crowd word, so "
        "opponents against police read as armed on armed"
    ),
    "Le gouvernement tchadien a démenti toute implication dans les combats au Darfour.": (
        "code: a denial beside the deed it denies disputes the deed and makes no REJECT event"
    ),
}


@pytest.mark.parametrize(
    ("text", "types", "subtypes", "statuses"),
    probe_params(_CASES, MISSED, id_of=lambda i, row: f"fr-{i:03d}"),
)
def test_lexicon_probe4_codes_french_wire_event(
    text: str, types: str, subtypes: str, statuses: str
) -> None:
    assert codes_as(text, types, subtypes, statuses), f"{text!r} -> {coded(text)}"


def test_lexicon_probe4_balance() -> None:
    """The probe keeps its 50 violent and 50 political French reports, none repeated."""
    assert (len(VIOLENCE), len(POLITICS)) == (50, 50)
    assert len({text for text, *_ in _CASES}) == len(_CASES)
    assert set(MISSED) <= {text for text, *_ in _CASES}


# Rows added for classes of wording the probe and the dev misses showed, beyond the probe's own
# sentences: forces dislodged, audiences granted, sanctions and embargoes renewed.
ADDED = [
    (
        "Les FARDC ont délogé les miliciens de la Codeco de leurs positions près de Djugu, selon "
        "l'armée.",
        "ASSAULT",
        "Government regains territory",
    ),
    (
        "Les jihadistes du JNIM ont délogé l'armée malienne du camp de Boulkessi.",
        "ASSAULT",
        "Non-state actor overtakes territory",
    ),
    (
        "Somali forces dislodged al-Shabaab fighters from the town of Adan Yabaal, the army said.",
        "ASSAULT",
        "Government regains territory",
    ),
    (
        "Le président nigérien Abdourahamane Tiani a reçu en audience l'ambassadeur de Russie à "
        "Niamey.",
        "CONSULT",
        OTHER,
    ),
    (
        "L'Union européenne a prolongé d'un an les sanctions contre des responsables de la junte "
        "guinéenne.",
        "SANCTION",
        OTHER,
    ),
    (
        "Le Conseil de sécurité a renouvelé l'embargo sur les armes imposé à la Libye.",
        "SANCTION",
        OTHER,
    ),
]


@pytest.mark.parametrize(("text", "types", "subtypes"), ADDED)
def test_lexicon_probe4_reads_added_row(text: str, types: str, subtypes: str) -> None:
    assert codes_as(text, types, subtypes, R), f"{text!r} -> {coded(text)}"


# English words the tokenizer splits at a hyphen, whose rows matched nothing as NOUN rows.
HYPHENATED = [
    (
        "Hundreds of teachers staged a sit-in outside the Ministry of Education in Nairobi.",
        "PROTEST",
        PEACEFUL,
    ),
    (
        "Ukrainian forces launched a counter-offensive near Kharkiv, the Ukrainian army said.",
        "ASSAULT",
        CLASH,
    ),
    (
        "The hostage-taking at the In Amenas gas plant in Algeria by AQIM fighters left 37 "
        "foreigners dead.",
        "COERCE",
        ABDUCTION,
    ),
]


@pytest.mark.parametrize(("text", "types", "subtypes"), HYPHENATED)
def test_lexicon_probe4_reads_hyphenated_english_word(text: str, types: str, subtypes: str) -> None:
    assert codes_as(text, types, subtypes, R), f"{text!r} -> {coded(text)}"


# (sentence, a PLOVER type the words must not give): figurative or unrelated senses.
NOT_EVENTS = [
    (
        "Le ministre a qualifié ces propos d'attaque verbale contre les institutions maliennes.",
        "ASSAULT",
    ),
    ("La Banque centrale a lancé la frappe de nouvelles pièces de monnaie à Dakar.", "ASSAULT"),
    ("Le processus de transition est en marche, a déclaré le Premier ministre guinéen.", "PROTEST"),
    ("Les prix des denrées ont explosé à Niamey depuis la fermeture de la frontière.", "ASSAULT"),
    (
        "Une pluie de critiques s'est abattue sur le gouvernement après le discours à Bamako.",
        "ASSAULT",
    ),
    ("Le Sénégal a lancé une offensive diplomatique en Afrique de l'Ouest.", "ASSAULT"),
    ("Les Lions de l'Atlas ont battu les Éléphants de Côte d'Ivoire à Abidjan.", "ASSAULT"),
    ("Le gouvernement malien a levé des fonds sur le marché régional à Bamako.", "CONCEDE"),
    # the rows added or held back for this probe, in their other senses
    ("La police a délogé les manifestants qui bloquaient l'avenue Bourguiba à Tunis.", "ASSAULT"),
    ("Les autorités ont délogé les commerçants du marché central de Bamako.", "ASSAULT"),
    ("Le M23 a menacé de marcher sur Goma, selon un porte-parole des rebelles.", "PROTEST"),
]


_SUBJECT = "code: false_readings.tsv reads a verb's objects, not its subject"
_NOUN = "code: false_readings.tsv reads a verb's objects, not a noun's complement"
# Figurative senses the extractor still codes, with the reason.
STILL_READ: dict[str, str] = {
    "La Banque centrale a lancé la frappe de nouvelles pièces de monnaie à Dakar.": _NOUN,
    "Le processus de transition est en marche, a déclaré le Premier ministre guinéen.": (
        "code: 'en marche' (under way) is the noun 'marche' after 'en'; no check reads it"
    ),
    "Les prix des denrées ont explosé à Niamey depuis la fermeture de la frontière.": _SUBJECT,
    "Une pluie de critiques s'est abattue sur le gouvernement après le discours à Bamako.": (
        _SUBJECT
    ),
    "Le Sénégal a lancé une offensive diplomatique en Afrique de l'Ouest.": (
        "code: 'lancer une offensive' matches as a split phrase before the adjective is read"
    ),
}


@pytest.mark.parametrize(
    ("text", "unwanted"), probe_params(NOT_EVENTS, STILL_READ, id_of=lambda i, row: f"not-{i:02d}")
)
def test_lexicon_probe4_no_figurative_event(text: str, unwanted: str) -> None:
    assert unwanted not in {e.plover_type for e in events_of(text)}, f"{text!r} -> {coded(text)}"
