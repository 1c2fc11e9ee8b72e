"""Recall of coercion that is no arrest (Strategic developments, PLOVER COERCE) and of its
doer: expulsions, bans and suspensions of parties, NGOs and media, internet and social media
cut, curfews, states of emergency and martial law, blockades and sieges, seizures, demolitions,
evictions and forced recruitment, by states and armed groups of many conflicts, told in the
active, the passive with "par"/"by", as a noun with its agent ("l'expulsion de l'ambassadeur
par Niamey"), with a capital or an office as the doer. Each row gives the PLOVER type, the
ACLED sub-type and the doer expected (``None`` when the sentence names none); measures told as
a threat, a denial or one in force since an earlier year make no realised event."""

from __future__ import annotations

from functools import partial

import pytest

from coding import assert_realised_doer, coded, events_of, probe_params, row_opening

ROWS: list[tuple[str, str, str, str | None]] = [
    (
        "Le gouvernement de transition malien a ordonné lundi l'expulsion du représentant"
        " de la Cedeao à Bamako, lui donnant 72 heures pour quitter le territoire.",
        "COERCE",
        "Other",
        "MLI",
    ),
    (
        "Les autorités burkinabè ont suspendu jeudi pour trois mois la diffusion de la "
        "radio internationale sur l'ensemble du territoire. Le Conseil supérieur de la "
        "communication reproche à la station d'avoir relayé un communiqué d'un groupe "
        "armé.",
        "COERCE",
        "Other",
        "BFA",
    ),
    (
        "La chaîne de télévision a été suspendue par le Conseil supérieur de la "
        "communication pour une durée d'un mois à Ouagadougou.",
        "COERCE",
        "Other",
        "BFA",
    ),
    (
        "Le gouverneur de la région de Tillabéri a instauré mercredi un couvre-feu de 20 "
        "heures à 6 heures dans le département de Téra après une série d'attaques.",
        "COERCE",
        "Other",
        "NER",
    ),
    (
        "Les autorités guinéennes ont coupé l'accès aux réseaux sociaux à Conakry à la "
        "veille d'une manifestation de l'opposition.",
        "COERCE",
        "Other",
        "GIN",
    ),
    (
        "Niamey a retiré mardi l'accréditation du correspondant d'un média étranger, "
        "l'accusant de diffuser de fausses informations.",
        "COERCE",
        "Other",
        "NER",
    ),
    (
        "La junte au pouvoir à Bamako a dissous mercredi tous les partis politiques et "
        "les associations à caractère politique par décret.",
        "COERCE",
        "Other",
        "MLI",
    ),
    (
        "Le ministre de l'Administration territoriale a suspendu jusqu'à nouvel ordre les"
        " activités de l'ONG au Burkina Faso.",
        "COERCE",
        "Other",
        "BFA",
    ),
    (
        "Des centaines de familles ont été expulsées de leurs maisons par la police dans "
        "un quartier de Kinshasa dimanche. Les autorités municipales affirment que les "
        "habitations avaient été construites illégalement.",
        "COERCE",
        "Other",
        "COD",
    ),
    (
        "Les bulldozers de la mairie ont démoli samedi plus de deux cents habitations "
        "dans le quartier de Gbégbé à Abidjan, sur ordre du gouvernorat du district.",
        "COERCE",
        "Looting/property destruction",
        None,
    ),
    (
        "Les jihadistes du JNIM imposent depuis plusieurs semaines un blocus à la ville "
        "de Djibo, empêchant l'entrée des vivres.",
        "COERCE",
        "Other",
        "GRP.JNIM",
    ),
    (
        "Les shebab ont interdit aux habitants de plusieurs villages de la région du Bas-"
        "Chébéli d'utiliser leurs téléphones portables, ont rapporté des témoins "
        "vendredi.",
        "COERCE",
        "Other",
        "GRP.SHABAAB",
    ),
    (
        "Les autorités camerounaises ont interdit lundi toute manifestation publique dans"
        " la région du Littoral jusqu'à nouvel ordre.",
        "COERCE",
        "Other",
        "CMR",
    ),
    (
        "Le gouvernement tchadien a fermé mardi sa frontière avec le Soudan à Adré, "
        "invoquant des raisons de sécurité.",
        "SANCTION",
        "Other",
        "TCD",
    ),
    (
        "Les douaniers ont saisi jeudi à Gao deux camions transportant du carburant "
        "destiné, selon l'armée, aux groupes armés.",
        "COERCE",
        "Other",
        "MLI",
    ),
    (
        "Le préfet de police a pris un arrêté interdisant la circulation des motos dans "
        "la ville de Maroua de 18 heures à 6 heures.",
        "COERCE",
        "Other",
        "CMR",
    ),
    (
        "L'expulsion de l'ambassadeur de France par Niamey a marqué une nouvelle étape "
        "dans la rupture entre les deux pays.",
        "COERCE",
        "Other",
        "NER",
    ),
    (
        "Israël a fermé dimanche le point de passage de Kerem Shalom, bloquant l'entrée "
        "de l'aide humanitaire dans la bande de Gaza.",
        "SANCTION",
        "Other",
        "ISR",
    ),
    (
        "L'armée israélienne a démoli mardi la maison familiale de l'auteur présumé de "
        "l'attaque à Jénine.",
        "COERCE",
        "Looting/property destruction",
        "ISR",
    ),
    (
        "Les autorités de facto ont interdit aux femmes de travailler pour les "
        "organisations non gouvernementales à Kaboul.",
        "COERCE",
        "Other",
        "AFG",
    ),
    (
        "Les rebelles du M23 ont procédé au recrutement forcé de dizaines de jeunes dans "
        "le territoire de Rutshuru, selon la société civile locale.",
        "MOBILIZE",
        "Change to group/activity",
        "GRP.M23",
    ),
    (
        "Le Haut conseil de la communication a suspendu pour deux semaines le journal "
        "satirique à N'Djamena. Il a également retiré la carte de presse de son directeur"
        " de publication.",
        "COERCE",
        "Other",
        "TCD",
    ),
    (
        "Le gouvernement a décrété l'état d'urgence dans les régions de l'Est et imposé "
        "un couvre-feu nocturne à Bukavu.",
        "COERCE",
        "Other",
        "COD",
    ),
    (
        "Burkina Faso's military government expelled two French diplomats on Tuesday, "
        "accusing them of subversive activities.",
        "COERCE",
        "Other",
        "BFA",
    ),
    (
        "The junta in Niamey ordered the United Nations resident coordinator to leave the"
        " country within 72 hours.",
        "COERCE",
        "Other",
        "NER",
    ),
    (
        "Ethiopian authorities shut down mobile internet across the Amhara region on "
        "Thursday as fighting with Fano militias spread.",
        "COERCE",
        "Other",
        "ETH",
    ),
    (
        "Sudan's Rapid Support Forces have besieged the city of El Fasher for months, "
        "cutting off food and medicine.",
        "COERCE",
        "Other",
        "GRP.RSF",
    ),
    (
        "The regulator suspended the licence of the private broadcaster in Lagos for "
        "airing what it called inciting content.",
        "COERCE",
        "Other",
        "NGA",
    ),
    (
        "Pakistan's interior ministry banned the Pashtun Tahaffuz Movement on Sunday, "
        "calling it a threat to national security.",
        "COERCE",
        "Other",
        "PAK",
    ),
    (
        "Indian authorities imposed a curfew in parts of Manipur's Imphal valley on "
        "Monday after fresh clashes.",
        "COERCE",
        "Other",
        "IND",
    ),
    (
        "The Taliban banned women from attending universities in Kabul, the higher "
        "education ministry said in a letter.",
        "COERCE",
        "Other",
        "GRP.TALIBAN",
    ),
    (
        "Myanmar's junta declared martial law in eleven townships of Sagaing region on Friday.",
        "COERCE",
        "Other",
        "MMR",
    ),
    (
        "Hundreds of street vendors were evicted from the central market in Port-au-"
        "Prince by police on Wednesday.",
        "COERCE",
        "Other",
        "HTI",
    ),
    (
        "Israeli forces demolished four Palestinian homes in the village near Hebron on "
        "Tuesday, saying they were built without permits.",
        "COERCE",
        "Looting/property destruction",
        "ISR",
    ),
    (
        "Russian authorities seized the assets of the Ukrainian-owned company in Crimea, "
        "the occupation administration said.",
        "SANCTION",
        "Other",
        "RUS",
    ),
    (
        "Al-Shabaab militants forcibly recruited dozens of boys from villages in Middle "
        "Shabelle, residents said on Saturday.",
        "MOBILIZE",
        "Change to group/activity",
        "GRP.SHABAAB",
    ),
    (
        "The Houthis detained and then expelled the aid workers from Hodeidah, closing "
        "the office of the agency.",
        "COERCE",
        "Other",
        "GRP.HOUTHI",
    ),
    (
        "Mexico's army seized a cache of weapons and ammunition at a ranch in Sinaloa "
        "state on Thursday.",
        "COERCE",
        "Disrupted weapons use",
        "MEX",
    ),
    (
        "Ukraine's security service said it had seized drones and explosives destined for"
        " a sabotage cell in Odesa.",
        "COERCE",
        "Disrupted weapons use",
        "UKR",
    ),
    (
        "The Malian government suspended the activities of all political parties on "
        "Wednesday, citing the need to preserve public order.",
        "COERCE",
        "Other",
        "MLI",
    ),
    (
        "Colombian authorities declared a state of emergency in the Catatumbo region "
        "after clashes between ELN and FARC dissidents.",
        "COERCE",
        "Other",
        "COL",
    ),
    (
        "The de facto authorities in Kabul ordered the closure of all beauty salons in "
        "the country.",
        "COERCE",
        "Other",
        "AFG",
    ),
    (
        "Syrian authorities closed the office of the humanitarian group in Idlib and "
        "ordered its foreign staff to leave.",
        "COERCE",
        "Other",
        "SYR",
    ),
    (
        "Cameroon's government banned the activities of two opposition coalitions on "
        "Tuesday, saying they were not legally registered.",
        "COERCE",
        "Other",
        "CMR",
    ),
    (
        "The Philippine government revoked the registration of the news website on Monday.",
        "COERCE",
        "Other",
        "PHL",
    ),
    (
        "Iraqi authorities imposed a curfew on Kirkuk on Saturday after clashes between "
        "Kurdish and Arab protesters. Security forces also closed the main roads leading "
        "into the city.",
        "COERCE",
        "Other",
        "IRQ",
    ),
    (
        "Lebanon's army closed several roads near the border with Syria and ordered "
        "residents of two villages to leave their homes.",
        "COERCE",
        "Other",
        "LBN",
    ),
    (
        "The National Communication Council suspended the broadcaster for three months in"
        " Bujumbura.",
        "COERCE",
        "Other",
        "BDI",
    ),
    (
        "Nigerien authorities expelled the head of the Red Cross delegation in Niamey on "
        "Friday without explanation.",
        "COERCE",
        "Other",
        "NER",
    ),
    (
        "Deux diplomates français ont été expulsés par Ouagadougou mardi, accusés "
        "d'activités subversives.",
        "COERCE",
        "Other",
        "BFA",
    ),
    (
        "The two Western diplomats were expelled by Bamako on Tuesday after a row over a "
        "report on the army.",
        "COERCE",
        "Other",
        "MLI",
    ),
    (
        "The expulsion of the French ambassador by Niamey on Friday deepened the rift "
        "between the two capitals.",
        "COERCE",
        "Other",
        "NER",
    ),
    (
        "Authorities in Dhaka blocked access to social media on Thursday as student "
        "protests spread.",
        "COERCE",
        "Other",
        "BGD",
    ),
    (
        "Le gouvernement éthiopien a restreint jeudi l'accès à internet dans la région du Tigré.",
        "COERCE",
        "Other",
        "ETH",
    ),
    (
        "Police in Karachi seized three drones and a stock of detonators in a raid on Sunday.",
        "COERCE",
        "Disrupted weapons use",
        "PAK",
    ),
    (
        "The minister of territorial administration banned the activities of two opposition "
        "groups in Yaoundé on Monday, saying they had no legal standing.",
        "COERCE",
        "Other",
        "CMR",
    ),
]


_row = partial(row_opening, ROWS)


MISSED: dict[str, str] = {
    _row("Le ministre de l'Administration"): (
        "a bare title in a story whose only place is the country itself gets no home state"
    ),
    _row("Les douaniers"): "customs officers are no body the dictionaries know",
}


@pytest.mark.parametrize(
    ("text", "plover", "subtype", "doer"),
    probe_params(ROWS, MISSED, id_of=lambda i, row: f"{i:02d}-{row[1]}-{row[2][:12]}"),
)
def test_coerce_measures_recall(text: str, plover: str, subtype: str, doer: str | None) -> None:
    """The realised event of the wording, with its type, sub-type and doer (the doer's id
    or one of its bodies)."""
    assert_realised_doer(text, plover, subtype, doer)


@pytest.mark.parametrize(
    "text",
    [
        "Le gouvernement menace d'expulser les ONG qui ne se conformeraient pas à la nouvelle loi.",
        "The junta will expel the envoy if he does not apologise, a spokesman warned.",
        "Le couvre-feu, instauré en 2020, reste en vigueur à Bamako.",
        "The ban on political parties, imposed in 2023, remains in force.",
        "Les autorités ont démenti avoir coupé internet dans la région.",
        "Authorities denied that they had ordered the closure of the newspaper.",
    ],
)
def test_coerce_measures_recall_no_realised_measure(text: str) -> None:
    """A threat, a measure in force since an earlier year and a denial are no realised
    coercion or sanction."""
    realised = [
        e
        for e in events_of(text)
        if e.plover_type in ("COERCE", "SANCTION") and e.status == "realised"
    ]
    assert realised == [], coded(text)
