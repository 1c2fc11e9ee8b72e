"""Recall of coercion and accusations told in longer news paragraphs (PLOVER COERCE and
ACCUSE, with the rejection, threat or concession that answers them): the arrested person
named with an apposition, the arrest in a relative or participial clause ("arrêté dimanche
par", "following the detention of"), nominalisations ("la garde à vue de X", "the arrest
of X by"), dates and places between the verb and its object, lists of people arrested, the
event reported by a party, family or lawyer, the doer named in an earlier sentence, and an
accusation with the accused's reply in the same paragraph (two events). Each paragraph
lists every Strategic development expected, with its PLOVER type, ACLED sub-type and doer
(``None`` when no one is named); background, habitual and denied detentions make none."""

from __future__ import annotations

from functools import partial

import pytest

from coding import coded, events_of, probe_params, row_opening

# (PLOVER type, ACLED sub-type, doer[, status]): realised unless a status is given.
Expected = tuple[tuple[str, ...] | tuple[str, str, None], ...]

ROWS: list[tuple[str, Expected]] = [
    # French
    (
        "Le journaliste Idrissa Maïga, directeur de publication de l'hebdomadaire "
        "L'Éclaireur, a été interpellé mardi à son domicile de Niamey par des policiers en "
        "civil, a indiqué sa famille.",
        (("COERCE", "Arrests", "NER.POL"),),
    ),
    (
        "La garde à vue de l'avocat Karim Diallo, arrêté lundi à Conakry par des gendarmes, "
        "a été prolongée de quarante-huit heures, selon son conseil.",
        (("COERCE", "Arrests", "GIN"),),
    ),
    (
        "Trois cadres de l'Alliance nationale pour le changement ont été arrêtés samedi à "
        "Lomé par des gendarmes togolais, a dénoncé mercredi leur parti, qui parle "
        "d'« enlèvement politique ».",
        (("COERCE", "Arrests", "TGO"),),
    ),
    (
        "Le gouvernement burkinabè a accusé jeudi la Côte d'Ivoire d'abriter des individus "
        "impliqués dans une tentative de déstabilisation. Abidjan a rejeté ces accusations "
        "dans un communiqué publié vendredi, les jugeant « sans fondement ».",
        (("ACCUSE", "Other", "BFA"), ("REJECT", "Other", "CIV")),
    ),
    (
        "Des dizaines de manifestants ont été arrêtés dimanche à Dakar par la police lors "
        "d'un rassemblement contre le report de l'élection présidentielle, selon Amnesty "
        "International.",
        (("COERCE", "Arrests", "SEN.POL"),),
    ),
    (
        "L'arrestation par la DGSI de deux hommes soupçonnés de préparer un attentat à "
        "Strasbourg a été annoncée mardi par le ministre de l'Intérieur.",
        (("COERCE", "Arrests", "FRA"),),
    ),
    (
        "Les forces de sécurité maliennes ont interpellé vendredi à Bamako l'ancien Premier "
        "ministre Moussa Mara, l'économiste Etienne Sissoko et deux militants de la société "
        "civile, a-t-on appris de sources judiciaires.",
        (("COERCE", "Arrests", "MLI"),),
    ),
    (
        "Le syndicaliste Abdou Karim Sy, secrétaire général de la Confédération des "
        "travailleurs du Tchad, a été enlevé dans la nuit de dimanche à lundi à son domicile "
        "de N'Djamena par des agents de l'Agence nationale de sécurité, a dénoncé son "
        "organisation.",
        (("COERCE", "Abduction/forced disappearance", "TCD"),),
    ),
    (
        "La Haute autorité de la communication guinéenne a tenu une réunion d'urgence lundi "
        "à Conakry. Elle a ensuite suspendu pour un mois deux radios privées accusées de "
        "diffuser de la propagande.",
        (("COERCE", "Other", "GIN"),),
    ),
    (
        "Le gouverneur de la région de l'Extrême-Nord a instauré vendredi un couvre-feu à "
        "Maroua, au lendemain de violentes manifestations contre la vie chère.",
        (("COERCE", "Other", "CMR"),),
    ),
    (
        "La junte nigérienne a expulsé jeudi l'ambassadeur de France, qu'elle accuse "
        "d'ingérence. Paris a refusé de rappeler son diplomate, jugeant la décision "
        "illégitime.",
        (("COERCE", "Other", "NER"), ("REJECT", "Other", "FRA")),
    ),
    (
        "Le ministère malien de l'Administration territoriale a suspendu mercredi les "
        "activités de quatre partis d'opposition, les accusant de troubler l'ordre public.",
        (("COERCE", "Other", "MLI"),),
    ),
    (
        "Au cours d'une opération menée samedi près de Kalemie, les FARDC ont saisi une "
        "vingtaine d'armes et des munitions, et arrêté six miliciens, a indiqué le "
        "porte-parole de l'armée.",
        (("COERCE", "Disrupted weapons use", "COD.MIL"), ("COERCE", "Arrests", "COD.MIL")),
    ),
    (
        "Une perquisition a été menée mardi au siège du journal Le Pays à Ouagadougou par "
        "des gendarmes burkinabè, qui ont emporté des ordinateurs, selon la direction du "
        "journal.",
        (("COERCE", "Other", "BFA"),),
    ),
    (
        "Le ministre congolais de la Communication a accusé lundi le Rwanda de soutenir les "
        "rebelles du M23 dans le Nord-Kivu. Kigali a rejeté mardi ces accusations, les "
        "qualifiant de « diversion ».",
        (("ACCUSE", "Other", "COD"), ("REJECT", "Other", "RWA")),
    ),
    (
        "Selon son avocat, l'opposant Ahmed Souissi a été arrêté jeudi à Tunis par la police "
        "tunisienne et placé en garde à vue pour quatre jours.",
        (("COERCE", "Arrests", "TUN.POL"),),
    ),
    (
        "L'arrestation mardi à Kinshasa du député d'opposition Jean Mukendi par des agents de "
        "l'ANR a provoqué mercredi une manifestation de ses partisans devant le siège du "
        "parti.",
        (("COERCE", "Arrests", "COD"),),
    ),
    (
        "L'armée sénégalaise a accusé lundi des rebelles du MFDC d'avoir attaqué une "
        "patrouille près de Ziguinchor. Dans un communiqué, le mouvement a démenti ces "
        "allégations.",
        (("ACCUSE", "Other", "SEN"), ("ASSAULT", "Armed clash", "GRP", "denied")),
    ),
    (
        "La Tunisie a refoulé la semaine dernière, vers la frontière libyenne près de Ras "
        "Jedir, plusieurs centaines de migrants subsahariens interpellés à Sfax, selon des "
        "ONG.",
        (("COERCE", "Other", "TUN"),),
    ),
    (
        "Le Hamas a libéré samedi trois otages israéliens à Gaza, tout en menaçant de "
        "suspendre les prochains échanges si Israël ne laissait pas entrer davantage d'aide.",
        (("CONCEDE", "Agreement", "GRP.HAMAS"), ("THREATEN", "Other", "GRP.HAMAS")),
    ),
    (
        "Les rebelles du M23 ont annoncé jeudi leur retrait de la localité de Kibumba, au "
        "nord de Goma, accusant l'armée congolaise de préparer une offensive.",
        (
            ("RETREAT", "Non-violent transfer of territory", "GRP.M23"),
            ("ACCUSE", "Other", "GRP.M23"),
        ),
    ),
    (
        "« Nos militants ont été traités comme des criminels », a déclaré jeudi le secrétaire "
        "général du parti, après l'interpellation mercredi à Abidjan de onze de ses membres "
        "par la police ivoirienne.",
        (("COERCE", "Arrests", "CIV.POL"),),
    ),
    (
        "Interpellé dimanche à Bujumbura par des agents du Service national de "
        "renseignement, le journaliste Jean Ndayisaba est détenu au secret, selon Reporters "
        "sans frontières.",
        (("COERCE", "Arrests", "BDI"),),
    ),
    (
        "Les autorités algériennes ont expulsé mardi un journaliste de l'AFP, quelques jours "
        "après la publication d'un article sur les manifestations.",
        (("COERCE", "Other", "DZA"),),
    ),
    (
        "Le ministre tchadien de la Communication, Abderaman Koulamallah, a accusé samedi les "
        "Forces de soutien rapide d'avoir enrôlé de force des réfugiés soudanais dans l'est "
        "du pays.",
        (("ACCUSE", "Other", "TCD"),),
    ),
    (
        "Le gouvernement centrafricain a accusé mercredi la Minusca d'avoir livré des armes "
        "aux rebelles. La mission de l'ONU a rejeté ces accusations, qu'elle juge "
        "« totalement infondées ».",
        (("ACCUSE", "Other", "CAF"), ("REJECT", "Other", "IGO")),
    ),
    (
        "La police a dispersé samedi à Conakry une marche interdite des Forces vives et "
        "interpellé une trentaine de manifestants. Le collectif a accusé dimanche les forces "
        "de l'ordre d'avoir tiré à balles réelles.",
        (("COERCE", "Arrests", "GIN.POL"), ("ACCUSE", "Other", None)),
    ),
    (
        "Le syndicat des journalistes a exigé jeudi la libération de son secrétaire général, "
        "après son interpellation mercredi à Dakar par des policiers en civil.",
        (("COERCE", "Arrests", "SEN.POL"),),
    ),
    (
        "Le Burundi a accusé vendredi le Rwanda d'héberger les rebelles de RED-Tabara et a "
        "fermé sa frontière avec son voisin. Kigali a rejeté ces accusations samedi.",
        (("ACCUSE", "Other", "BDI"), ("SANCTION", "Other", "BDI"), ("REJECT", "Other", "RWA")),
    ),
    # English
    (
        "Pakistani police arrested more than 200 supporters of former prime minister Imran "
        "Khan in Lahore on Sunday, a day after protests turned violent, his party said.",
        (("COERCE", "Arrests", "PAK.POL"),),
    ),
    (
        "Sudan's army accused the Rapid Support Forces on Tuesday of shelling a displacement "
        "camp near El Fasher. The paramilitary group denied the charge, saying its fighters "
        "had not been in the area.",
        (
            ("ACCUSE", "Other", "SDN"),
            ("ASSAULT", "Shelling/artillery/missile attack", "GRP.RSF", "denied"),
        ),
    ),
    (
        "Israeli forces detained at least 25 Palestinians in overnight raids across the "
        "occupied West Bank, including in Jenin and Nablus, the Palestinian Prisoners' "
        "Society said on Monday.",
        (("COERCE", "Arrests", "ISR"),),
    ),
    (
        "Following the arrest of journalist Abdi Warsame by police in Mogadishu on Thursday, "
        "the National Union of Somali Journalists called for his immediate release.",
        (("COERCE", "Arrests", "SOM"),),
    ),
    (
        "Myanmar's junta has dissolved the National League for Democracy and 39 other "
        "parties after they failed to register under a new electoral law, state media "
        "reported.",
        (("COERCE", "Other", "MMR"),),
    ),
    (
        "Ethiopian authorities have suspended three civil society organisations, including a "
        "leading rights council, accusing them of acting against the national interest, the "
        "groups said on Tuesday.",
        (("COERCE", "Other", "ETH"),),
    ),
    (
        "Russia's FSB security service said on Friday it had detained a man in the Bryansk "
        "region suspected of passing information to Ukrainian intelligence.",
        (("COERCE", "Arrests", "RUS"),),
    ),
    (
        "Haitian police said they had arrested two suspected gang members and seized several "
        "rifles during an operation in Port-au-Prince's Delmas neighbourhood on Saturday.",
        (("COERCE", "Arrests", "HTI.POL"), ("COERCE", "Disrupted weapons use", "HTI.POL")),
    ),
    (
        "Indian authorities imposed a curfew in Manipur's Imphal valley on Tuesday after "
        "protesters torched vehicles, officials said.",
        (("COERCE", "Other", "IND"),),
    ),
    (
        "The Colombian army accused ELN guerrillas on Monday of abducting a soldier and two "
        "police officers in Arauca. In a statement on Tuesday, the ELN rejected the claim.",
        (("ACCUSE", "Other", "COL"), ("REJECT", "Other", "GRP.ELN")),
    ),
    (
        "Cameroon's government accused Ambazonian separatists of kidnapping 12 students near "
        "Bamenda on Wednesday, a charge the separatists' spokesman rejected.",
        (("ACCUSE", "Other", "CMR"), ("REJECT", "Other", "GRP")),
    ),
    (
        "Turkish police detained Istanbul's mayor in a dawn raid on his home on Wednesday. "
        "The governor's office banned all gatherings in the city for four days.",
        (("COERCE", "Arrests", "TUR.POL"), ("COERCE", "Other", "TUR")),
    ),
    (
        "The Department of State Services arrested the human rights activist on Friday at "
        "Lagos airport as he returned from London, his lawyer told reporters.",
        (("COERCE", "Arrests", "NGA.DSS"),),
    ),
    (
        "Israel accused Hezbollah on Sunday of firing rockets from a school in southern "
        "Lebanon. The group's media office denied the accusation, calling it a pretext for "
        "further strikes.",
        (
            ("ACCUSE", "Other", "ISR"),
            ("ASSAULT", "Shelling/artillery/missile attack", "GRP.HEZBOLLAH", "denied"),
        ),
    ),
    (
        "Kenya's interior minister said police had arrested 38 people over the looting of "
        "shops in Nairobi's central business district during Tuesday's demonstrations.",
        (("COERCE", "Arrests", "KEN.POL"),),
    ),
    (
        "Philippine police arrested former president Rodrigo Duterte at Manila airport on "
        "Tuesday on an International Criminal Court warrant.",
        (("COERCE", "Arrests", "PHL"),),
    ),
    (
        "Ukraine's SBU security service said it had detained a priest in Kyiv suspected of "
        "passing the locations of air defence systems to Russia.",
        (("COERCE", "Arrests", "UKR"),),
    ),
    (
        "Security forces in Mozambique detained at least 40 people in Maputo on Thursday as "
        "they dispersed opposition supporters, Human Rights Watch said.",
        (("COERCE", "Arrests", "MOZ"),),
    ),
    (
        "The United States accused Iran on Thursday of supplying drones to Russia. Tehran "
        "rejected the accusation as baseless.",
        (("ACCUSE", "Other", "USA"), ("REJECT", "Other", "IRN")),
    ),
    (
        "The opposition leader, who was detained on Sunday by soldiers in Harare, was "
        "released on bail on Wednesday, his lawyer said.",
        (("COERCE", "Arrests", "ZWE"),),
    ),
    (
        "Police in Addis Ababa detained three staff members of a human rights group on "
        "Friday. The group accused the police of trying to silence its work on the war in "
        "Amhara.",
        (("COERCE", "Arrests", "ETH.POL"), ("ACCUSE", "Other", None)),
    ),
    (
        "Nicaragua's government stripped 94 critics of their citizenship and seized their "
        "properties on Wednesday, accusing them of treason.",
        (("SANCTION", "Other", "NIC"),),
    ),
    (
        "The Iraqi government accused Turkey on Saturday of violating its sovereignty with "
        "air strikes in Sinjar, and summoned the Turkish ambassador in Baghdad.",
        (("ACCUSE", "Other", "IRQ"),),
    ),
    (
        "Mexican soldiers detained four suspected cartel members and seized two tonnes of "
        "methamphetamine at a clandestine laboratory in Sinaloa, the army said.",
        (("COERCE", "Arrests", "MEX.MIL"),),
    ),
    (
        "Bangladesh's interim government banned the Awami League's student wing on "
        "Wednesday, and the party accused the authorities of a political witch hunt.",
        (("COERCE", "Other", "BGD"), ("ACCUSE", "Other", None)),
    ),
    (
        "Several arrests were made by police in Lusaka on Saturday after opposition "
        "supporters clashed with ruling party cadres, a police spokesman said.",
        (("COERCE", "Arrests", "ZMB.POL"),),
    ),
    (
        "A search of the opposition leader's home in Bujumbura was carried out on Tuesday by "
        "agents of the National Intelligence Service, his aides said.",
        (("COERCE", "Other", "BDI"),),
    ),
    (
        "Hundreds of people marched in Tunis on Saturday after the arrest on Thursday of a "
        "prominent lawyer by police, chanting slogans against the president.",
        (("COERCE", "Arrests", "TUN.POL"),),
    ),
    (
        "Rights groups condemned the detention of Ali Hassan, a Bahraini activist who was "
        "arrested at his home in Manama on Sunday by security forces.",
        (("COERCE", "Arrests", "BHR"),),
    ),
]


_row = partial(row_opening, ROWS)


MISSED = {
    _row("A search of the opposition"): "'search' as a noun is no English trigger (it is also "
    "a search for survivors or for the missing)",
}


def _matches(doer: str | None, got: str) -> bool:
    return doer is None or got == doer or got.startswith(f"{doer}.")


@pytest.mark.parametrize(
    ("text", "expected"),
    probe_params(ROWS, MISSED, id_of=lambda i, row: f"{i:02d}-{row[1][0][0]}-{len(row[1])}"),
)
def test_coerce_accuse_long(text: str, expected: Expected) -> None:
    """Every Strategic development of the paragraph, each matched by a distinct realised
    event of its PLOVER type and sub-type whose doer is the one expected (or a child)."""
    left = list(events_of(text))
    for plover, subtype, doer, *status in expected:
        event = next(
            (
                e
                for e in left
                if e.plover_type == plover
                and e.acled_subtype == subtype
                and e.status == (status[0] if status else "realised")
                and _matches(doer, e.actor1.canonical_id if e.actor1 is not None else "")
            ),
            None,
        )
        assert event is not None, (plover, subtype, doer, status, _doers(text))
        left.remove(event)


def _doers(text: str) -> list[tuple[str, str, str, str]]:
    return [
        (e.plover_type, e.acled_subtype, e.status, e.actor1.canonical_id if e.actor1 else "")
        for e in events_of(text)
    ] + [("", "", "", str(coded(text)))]


@pytest.mark.parametrize(
    "text",
    [
        "Le journaliste, enlevé en 2022 par des hommes armés, n'a plus donné signe de vie "
        "depuis, selon sa famille.",
        "L'opposition accuse régulièrement le pouvoir d'instrumentaliser la justice contre "
        "ses dirigeants.",
        "La police a nié avoir procédé à des arrestations lors du rassemblement de samedi "
        "à Abidjan.",
        "L'avocat a indiqué que son client, détenu depuis mars à la prison de Makala, n'avait "
        "toujours pas vu de juge.",
        "Human rights groups have long accused the security forces of arbitrary detentions "
        "in the region.",
        "The lawyer said his client, held since March in Evin prison, had not been allowed "
        "to see his family.",
        "Police denied on Monday that any protesters had been detained during the march in "
        "Nairobi.",
        "Activists fear that more journalists could be arrested ahead of the vote in Minsk.",
        "Après l'arrestation de son fils en 2019, elle a fondé une association de familles de "
        "détenus à Bamako.",
        "Following his arrest in 2021, the activist spent two years in prison in Asmara.",
    ],
)
def test_coerce_accuse_long_background_makes_no_event(text: str) -> None:
    """Background and habitual detentions or accusations, denials and fears make no
    realised coercion or accusation."""
    realised = [
        e
        for e in events_of(text)
        if e.plover_type in ("COERCE", "ACCUSE") and e.status == "realised"
    ]
    assert realised == [], coded(text)
