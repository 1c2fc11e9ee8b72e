"""Coercion by a state: arrests and detentions, bans and suspensions, curfews, internet cuts,
expulsions and searches (PLOVER COERCE), with the doer analysts code. Sentences are our own,
modelled on wire reports and analyst notes from several regions, in French and English."""

from __future__ import annotations

import pytest

from coding import assert_realised_doer, coded, events_of, probe_params

ARRESTS = "Arrests"
OTHER = "Other"

MEASURES = [
    # Arrests told with the doer as subject, in a "by"/"par" phrase, or on a noun.
    (
        "Russian police detained dozens of people who laid flowers in memory of Alexei "
        "Navalny in Moscow on Friday, a rights group said.",
        ARRESTS,
        "RUS",
    ),
    (
        "Journalist Anna Petrova was detained by Russian security services in Moscow on "
        "Tuesday on treason charges.",
        ARRESTS,
        "RUS",
    ),
    ("La journaliste a été interpellée par la police russe mardi à Moscou.", ARRESTS, "RUS"),
    (
        "Israel placed a Palestinian lawmaker under administrative detention for six months, "
        "a prisoners' group said.",
        ARRESTS,
        "ISR",
    ),
    (
        "Israël a placé en détention administrative un député palestinien pour six mois, "
        "selon un groupe de défense des prisonniers.",
        ARRESTS,
        "ISR",
    ),
    (
        "Turkish police detained Istanbul mayor Ekrem Imamoglu in a dawn raid on his home on "
        "Wednesday.",
        ARRESTS,
        "TUR",
    ),
    (
        "La police turque a interpellé mercredi le maire d'Istanbul Ekrem Imamoglu lors "
        "d'une perquisition à son domicile.",
        ARRESTS,
        "TUR",
    ),
    (
        "Les autorités tunisiennes ont arrêté lundi l'opposant Rached Ghannouchi à son "
        "domicile de Tunis.",
        ARRESTS,
        "TUN",
    ),
    (
        "Egyptian security forces arrested several activists in Cairo ahead of planned "
        "protests, lawyers said.",
        ARRESTS,
        "EGY",
    ),
    (
        "Georgian police detained more than 40 protesters outside parliament in Tbilisi "
        "overnight, the interior ministry said.",
        ARRESTS,
        "GEO",
    ),
    (
        "Serbian police arrested 12 students during a protest in Novi Sad on Saturday.",
        ARRESTS,
        "SRB",
    ),
    (
        "La police pakistanaise a arrêté mardi à Islamabad un haut responsable du PTI, Shah "
        "Mahmood Qureshi.",
        ARRESTS,
        "PAK",
    ),
    (
        "The arrest of the opposition leader by Pakistani police sparked protests in Lahore.",
        ARRESTS,
        "PAK",
    ),
    (
        "L'interpellation du militant par la police géorgienne a provoqué la colère de "
        "l'opposition.",
        ARRESTS,
        "GEO",
    ),
    (
        "L'opposant Ousmane Sonko a été arrêté vendredi à Dakar par les gendarmes.",
        ARRESTS,
        "SEN",
    ),
    (
        "A Dhaka court remanded the former minister in custody on Monday.",
        ARRESTS,
        "BGD",
    ),
    (
        "Le journaliste a été placé sous mandat de dépôt jeudi à Alger.",
        ARRESTS,
        "DZA",
    ),
    # Counted people taken, told by a participle on their noun, are an arrest of the report.
    (
        "Three activists arrested during the protests died in police custody in Kaedi, the "
        "interior minister said on Wednesday.",
        ARRESTS,
        None,
    ),
    (
        "Trois militants arrêtés lors des manifestations sont morts en garde à vue à Kaédi, "
        "a indiqué mercredi le ministre de l'Intérieur.",
        ARRESTS,
        None,
    ),
    (
        "Forty people detained by police in Tbilisi on Sunday were released on bail, their "
        "lawyers said.",
        ARRESTS,
        "GEO",
    ),
    (
        "Quarante manifestants détenus par la police à Tbilissi dimanche ont été libérés "
        "sous caution.",
        ARRESTS,
        "GEO",
    ),
    # Bans, suspensions, curfews, internet cuts, expulsions and searches.
    (
        "La junte au pouvoir au Niger a suspendu mercredi les activités de tous les partis "
        "politiques jusqu'à nouvel ordre.",
        OTHER,
        "NER",
    ),
    (
        "Mali's military junta suspended the French broadcaster TV5 Monde for three months "
        "on Thursday, accusing it of biased coverage.",
        OTHER,
        "MLI",
    ),
    ("Le gouvernement malien a suspendu jeudi la chaîne LCI pour trois mois.", OTHER, "MLI"),
    (
        "Authorities in Manipur suspended mobile internet services in five districts on "
        "Sunday after clashes.",
        OTHER,
        "IND",
    ),
    (
        "Les autorités du Manipur ont suspendu l'internet mobile dans cinq districts "
        "dimanche après des affrontements.",
        OTHER,
        "IND",
    ),
    ("Les autorités ont suspendu les services internet mobiles au Manipur dimanche.", OTHER, "IND"),
    ("The government blocked mobile data and messaging apps in Dhaka on Thursday.", OTHER, "BGD"),
    ("Le gouvernement a coupé les données mobiles à Conakry jeudi.", OTHER, "GIN"),
    (
        "Le gouvernement nicaraguayen a expulsé jeudi la Croix-Rouge et fermé des dizaines d'ONG.",
        OTHER,
        "NIC",
    ),
    (
        "Burkina Faso's government expelled two French diplomats on Monday, giving them 48 "
        "hours to leave the country.",
        OTHER,
        "BFA",
    ),
    ("Russia expelled two German diplomats on Monday in a tit-for-tat move.", OTHER, "RUS"),
    (
        "Authorities imposed a curfew in the city of Imphal on Monday after overnight violence.",
        OTHER,
        "IND",
    ),
    (
        "Les autorités ont décrété un couvre-feu dans la ville de Fort-de-France lundi.",
        OTHER,
        "FRA",
    ),
    (
        "La police a perquisitionné mardi les locaux du journal à Dakar et saisi des ordinateurs.",
        OTHER,
        "SEN",
    ),
    ("Les autorités indiennes ont expulsé dimanche un journaliste français.", OTHER, "IND"),
    ("The junta dissolved all political parties in Mali on Wednesday.", OTHER, "MLI"),
    (
        "Les talibans ont interdit samedi aux femmes de travailler pour les ONG.",
        OTHER,
        "GRP.TALIBAN",
    ),
    # Wordings the extractor still misses.
    (
        "Iranian authorities hanged a protester in Mashhad on Monday, rights groups said.",
        OTHER,
        "IRN",
    ),
    ("Nicaragua stripped 94 opponents of their citizenship on Wednesday.", OTHER, "NIC"),
    (
        "Authorities blocked access to social media platforms in Dhaka on Thursday.",
        OTHER,
        "BGD",
    ),
]

MISSED = {
    "Iranian authorities hanged a protester in Mashhad on Monday, rights groups said.": (
        "a judicial hanging has no trigger row: whether analysts code it COERCE or as an "
        "attack is not settled by the dev golds"
    ),
    "Nicaragua stripped 94 opponents of their citizenship on Wednesday.": (
        "'strip X of citizenship' puts the person between verb and noun; only 'revoke "
        "citizenship' is listed"
    ),
}


@pytest.mark.parametrize(("text", "subtype", "doer"), probe_params(MEASURES, MISSED))
def test_coercive_measure_and_its_doer(text: str, subtype: str, doer: str | None) -> None:
    assert_realised_doer(text, "COERCE", subtype, doer)


TWO_MEASURES = [
    "The junta arrested two journalists and banned all demonstrations in Niamey on Friday.",
    "La junte a arrêté deux journalistes et interdit toute manifestation à Niamey vendredi.",
]


@pytest.mark.parametrize("text", TWO_MEASURES)
def test_arrest_and_ban_in_one_sentence(text: str) -> None:
    subtypes = {e.acled_subtype for e in events_of(text) if e.plover_type == "COERCE"}
    assert {ARRESTS, OTHER} <= subtypes, coded(text)


NOT_REALISED = [
    # A measure lifted is a concession, no coercion.
    "The government lifted the ban on opposition rallies on Monday.",
    "Le gouvernement a levé lundi l'interdiction des rassemblements de l'opposition.",
    "Indian authorities lifted the curfew in Imphal on Saturday.",
    "Les autorités ont levé le couvre-feu à Bamako samedi.",
    "Authorities restored mobile internet services in Imphal on Monday.",
    # Arrests of an earlier year are background.
    "The activist, who was arrested in 2019, addressed the rally in Tbilisi on Sunday.",
    "Le militant, arrêté en 2019, a pris la parole lors du rassemblement à Tbilissi dimanche.",
    "The two journalists detained in 2021 were released on Monday.",
    "Les deux militants arrêtés en 2019 ont été libérés lundi.",
    # Calls and threats are no arrest made.
    "Opposition leaders called for the arrest of the interior minister on Monday.",
    "L'opposition a réclamé l'arrestation du ministre de l'Intérieur lundi.",
    "The government has threatened to arrest anyone who joins the strike.",
    # An uncounted participle only describes the people.
    "Activists detained at the border described harsh conditions.",
    # People held, with no one named holding them, tell where they are, no arrest.
    "Moscou a libéré lundi trois Français détenus dans ses prisons.",
    "Le Hamas a relâché jeudi six otages détenus à Rafah.",
    "Le gouvernement menace d'arrêter les grévistes.",
]

MISSED_NOT_REALISED = {
    "Le gouvernement menace d'arrêter les grévistes.": (
        "the parse makes 'gouvernement' the root and 'menace' its modifier, so the threat cue "
        "of status.tsv does not reach it"
    ),
}


@pytest.mark.parametrize("text", probe_params([(t,) for t in NOT_REALISED], MISSED_NOT_REALISED))
def test_no_realised_coercion(text: str) -> None:
    realised = [e for e in events_of(text) if e.plover_type == "COERCE" and e.status == "realised"]
    assert realised == [], coded(text)


REQUESTED = [
    "Opposition leaders called for the arrest of the interior minister on Monday.",
    "L'opposition a réclamé l'arrestation du ministre de l'Intérieur lundi.",
]


@pytest.mark.parametrize("text", REQUESTED)
def test_called_arrest_is_requested(text: str) -> None:
    statuses = {e.status for e in events_of(text) if e.acled_subtype == ARRESTS}
    assert statuses == {"requested"}, coded(text)
