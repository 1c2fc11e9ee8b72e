"""Recall of diplomatic and verbal Strategic developments told in long news paragraphs
(PLOVER CONSULT, COOPERATE, AGREE, SUPPORT, AID, SANCTION, THREATEN, REJECT, REQUEST): a visit,
then talks, then a deal; a threat in a quote and its rejection by the other party in the next
sentence; sanctions with their target; aid delivered; support declared. Each paragraph lists
every event it must give, realised, with its PLOVER type, ACLED sub-type and doer (the doer's
id or one of its parents). Meetings follow the dev conventions: a visit is the visitor's ("X a
reçu Y" is Y's), "X and Y met" and "talks between X and Y" are X's, "les deux parties" stand
for the two sides named before. Planned, habitual or cancelled meetings and sanctions
only considered make no realised event."""

from __future__ import annotations

from functools import partial

import pytest

from coding import coded, events_of, probe_params, row_opening

Expected = tuple[tuple[str, str, str], ...]

ROWS: list[tuple[str, Expected]] = [
    # French
    (
        "Le président nigérien Abdourahamane Tiani est arrivé lundi à Ouagadougou pour une "
        "visite de deux jours. Il s'est entretenu avec le capitaine Ibrahim Traoré au palais de "
        "Kosyam. Les deux dirigeants ont signé un accord de coopération sécuritaire, selon un "
        "communiqué de la présidence burkinabè.",
        (("CONSULT", "Other", "NER"), ("COOPERATE", "Other", "NER")),
    ),
    (
        "Le ministre turc des Affaires étrangères Hakan Fidan a rencontré jeudi à Bagdad son "
        "homologue irakien. Les deux ministres ont évoqué la lutte contre le PKK et la sécurité "
        "à la frontière. Ankara et Bagdad ont convenu de renforcer leur coopération militaire.",
        (("CONSULT", "Other", "TUR"), ("COOPERATE", "Other", "TUR")),
    ),
    (
        "Le chef de la diplomatie russe Sergueï Lavrov a menacé mardi de riposter à toute "
        "livraison de missiles à longue portée à l'Ukraine. « Ce serait une ligne rouge », "
        "a-t-il déclaré à Moscou. Kiev a rejeté ces menaces, qualifiant les propos de "
        "« chantage ».",
        (("THREATEN", "Other", "RUS"), ("REJECT", "Other", "UKR")),
    ),
    (
        "Le Premier ministre éthiopien Abiy Ahmed a reçu samedi à Addis-Abeba le président "
        "somalien Hassan Cheikh Mohamoud. Les deux dirigeants ont discuté de la présence des "
        "troupes éthiopiennes en Somalie. Mogadiscio a toutefois rejeté l'accord conclu par "
        "Addis-Abeba avec le Somaliland.",
        (("CONSULT", "Other", "SOM"), ("REJECT", "Other", "SOM")),
    ),
    (
        "L'Union européenne a adopté lundi un nouveau paquet de sanctions contre la Russie, "
        "visant notamment sa flotte de pétroliers. Moscou a dénoncé des mesures « illégales » et "
        "promis une réponse.",
        (("SANCTION", "Other", "IGO.EU"),),
    ),
    (
        "Washington a imposé mercredi des sanctions à trois commandants des Forces de soutien "
        "rapide (FSR), accusés d'atrocités au Darfour. Le département du Trésor a gelé leurs "
        "avoirs aux États-Unis. Les FSR ont rejeté ces accusations.",
        (("SANCTION", "Other", "USA"), ("REJECT", "Other", "GRP.RSF")),
    ),
    (
        "Le Programme alimentaire mondial a livré samedi 500 tonnes de vivres à Goma, dans l'est "
        "de la RDC. L'agence onusienne a indiqué que les distributions se poursuivraient dans "
        "les camps de déplacés.",
        (("AID", "Other", "IGO.WFP"),),
    ),
    (
        "Le président français Emmanuel Macron s'est entretenu mardi par téléphone avec le "
        "président libanais Joseph Aoun. Il lui a exprimé le soutien de la France à l'armée "
        "libanaise. Paris a annoncé l'envoi de 20 millions d'euros d'aide humanitaire au Liban.",
        (("CONSULT", "Other", "FRA"), ("SUPPORT", "Other", "FRA"), ("AID", "Other", "FRA")),
    ),
    (
        "Les autorités de transition maliennes ont rejeté vendredi la proposition de médiation "
        "de la Cédéao. Bamako a qualifié l'initiative d'« ingérence ». La junte a par ailleurs "
        "menacé de quitter l'organisation régionale.",
        (("REJECT", "Other", "MLI"), ("THREATEN", "Other", "MLI")),
    ),
    (
        "Le gouvernement colombien et l'ELN ont repris lundi leurs négociations à Caracas. Les "
        "deux parties ont signé un accord de cessez-le-feu bilatéral de six mois. Le président "
        "Gustavo Petro a salué « un pas historique ».",
        (("CONSULT", "Other", "COL"), ("AGREE", "Agreement", "COL")),
    ),
    (
        "Le Hezbollah a menacé dimanche de frapper Israël en cas d'offensive contre le Liban. Le "
        "ministre israélien de la Défense Israël Katz a rejeté ces menaces et promis une riposte "
        "« dévastatrice ».",
        (("THREATEN", "Other", "GRP.HEZBOLLAH"), ("REJECT", "Other", "ISR")),
    ),
    (
        "La Russie et la Corée du Nord ont signé mercredi un accord de partenariat stratégique "
        "lors de la visite de Vladimir Poutine à Pyongyang. Kim Jong-un a exprimé son « soutien "
        "total » à l'opération militaire russe en Ukraine.",
        (("COOPERATE", "Other", "RUS"), ("SUPPORT", "Other", "PRK")),
    ),
    (
        "Le président rwandais Paul Kagame a rejeté lundi les accusations de Kinshasa sur un "
        "soutien de Kigali au M23. Il a accusé les autorités congolaises de collaborer avec les "
        "FDLR.",
        (("REJECT", "Other", "RWA"), ("ACCUSE", "Other", "RWA")),
    ),
    (
        "Le Conseil de sécurité de l'ONU a prolongé jeudi d'un an l'embargo sur les armes imposé "
        "au Soudan du Sud. La Chine et la Russie se sont abstenues lors du vote.",
        (("SANCTION", "Other", "IGO.UNSC"),),
    ),
    (
        "Le ministre algérien des Affaires étrangères a reçu mardi à Alger l'envoyé spécial de "
        "l'ONU pour la Libye. Les deux hommes ont passé en revue la situation politique à "
        "Tripoli.",
        (("CONSULT", "Other", "IGO.UN"),),
    ),
    (
        "Le Qatar a accueilli samedi des pourparlers entre le gouvernement congolais et "
        "l'AFC/M23. Les deux parties ont signé une déclaration de principes à Doha.",
        (("CONSULT", "Other", "COD"), ("AGREE", "Agreement", "COD")),
    ),
    (
        "Le gouvernement du Burkina Faso a expulsé mardi deux diplomates français, accusés "
        "d'« activités subversives ». Paris a rejeté ces accusations et dénoncé une décision "
        "« injustifiée ».",
        (("COERCE", "Other", "BFA"), ("REJECT", "Other", "FRA")),
    ),
    (
        "Le ministre sénégalais des Affaires étrangères a rencontré jeudi à Bamako le président "
        "de la transition Assimi Goïta. Les deux parties ont convenu de renforcer leur "
        "coopération dans la lutte contre le terrorisme.",
        (("CONSULT", "Other", "SEN"), ("COOPERATE", "Other", "SEN")),
    ),
    (
        "Le chef de la diplomatie iranienne Abbas Araghchi a rejeté dimanche toute négociation "
        "directe avec Washington. « Nous ne négocierons pas sous la pression », a-t-il déclaré "
        "à Téhéran. Le président américain avait menacé l'Iran de frappes si aucun accord "
        "n'était conclu.",
        (("REJECT", "Other", "IRN"), ("THREATEN", "Other", "USA")),
    ),
    (
        "L'Union africaine a suspendu mercredi la Guinée de ses instances après le coup d'État. "
        "Le Conseil de paix et de sécurité a également menacé les putschistes de sanctions "
        "ciblées. La junte guinéenne a rejeté ces décisions.",
        (
            ("SANCTION", "Other", "IGO.AU"),
            ("THREATEN", "Other", "IGO.AU"),
            ("REJECT", "Other", "GIN"),
        ),
    ),
    (
        "La Turquie a livré lundi des drones armés à l'armée somalienne, selon le ministère turc "
        "de la Défense. Ankara a réaffirmé son soutien au gouvernement de Mogadiscio face aux "
        "shebab.",
        (("AID", "Other", "TUR"), ("SUPPORT", "Other", "TUR")),
    ),
    (
        "Le président ukrainien Volodymyr Zelensky a rejeté mardi toute cession de territoire à "
        "la Russie. Moscou a aussitôt menacé d'intensifier ses frappes si Kiev refusait de "
        "négocier.",
        (("REJECT", "Other", "UKR"), ("THREATEN", "Other", "RUS")),
    ),
    (
        "Le président sud-soudanais Salva Kiir s'est rendu lundi à Port-Soudan, où il a été reçu "
        "par le général Abdel Fattah al-Burhane. Les deux hommes ont signé un accord sur la "
        "sécurisation des champs pétroliers.",
        (("CONSULT", "Other", "SSD"), ("AGREE", "Agreement", "SSD")),
    ),
    (
        "Le M23 a accepté samedi un cessez-le-feu proposé par l'Angola. Kinshasa a toutefois "
        "rejeté tout dialogue direct avec les rebelles.",
        (("AGREE", "Agreement", "GRP.M23"), ("REJECT", "Other", "COD")),
    ),
    # English
    (
        "Turkish President Recep Tayyip Erdogan arrived in Damascus on Tuesday for his first "
        "visit since the fall of Bashar al-Assad. He held talks with interim President Ahmed "
        "al-Sharaa on security and reconstruction. The two leaders signed a defence cooperation "
        "agreement, Turkish officials said.",
        (("CONSULT", "Other", "TUR"), ("COOPERATE", "Other", "TUR")),
    ),
    (
        "Kenya's foreign minister met his Somali counterpart in Nairobi on Monday to discuss the "
        "fight against al-Shabaab. The two ministers agreed to strengthen intelligence sharing "
        "along the border.",
        (("CONSULT", "Other", "KEN"), ("COOPERATE", "Other", "KEN")),
    ),
    (
        "North Korea's leader Kim Jong Un threatened on Saturday to use nuclear weapons if "
        'attacked. "We will not hesitate," he told military commanders in Pyongyang. South '
        'Korea rejected the remarks as "reckless provocation".',
        (("THREATEN", "Other", "PRK"), ("REJECT", "Other", "KOR")),
    ),
    (
        "The United States imposed sanctions on Friday on two Houthi leaders over attacks on "
        "shipping in the Red Sea. The Treasury Department said the men had procured weapons "
        "from Iran. The Houthis rejected the move and vowed to continue their attacks.",
        (("SANCTION", "Other", "USA"), ("REJECT", "Other", "GRP.HOUTHI")),
    ),
    (
        "The European Union delivered 30 tonnes of medical supplies to Port Sudan on Wednesday. "
        "The aid will be distributed to hospitals in Khartoum and Omdurman, the EU said.",
        (("AID", "Other", "IGO.EU"),),
    ),
    (
        "Ethiopia and Eritrea's leaders met in Asmara on Thursday, their first meeting in two "
        "years. Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki "
        "discussed access to the Red Sea. Eritrea later rejected any talks on ceding the port "
        "of Assab.",
        (("CONSULT", "Other", "ETH"), ("REJECT", "Other", "ERI")),
    ),
    (
        "Pakistan's Prime Minister Shehbaz Sharif spoke by phone with Iranian President Masoud "
        "Pezeshkian on Sunday. He expressed Pakistan's support for Iran after the Israeli "
        "strikes.",
        (("CONSULT", "Other", "PAK"), ("SUPPORT", "Other", "PAK")),
    ),
    (
        "Russia rejected on Monday a US proposal for a 30-day ceasefire in Ukraine. Foreign "
        'ministry spokeswoman Maria Zakharova said the plan ignored "the root causes of the '
        'conflict". Washington warned Moscow of new sanctions if it did not accept.',
        (("REJECT", "Other", "RUS"), ("THREATEN", "Other", "USA")),
    ),
    (
        "China's foreign minister Wang Yi received his Pakistani counterpart in Beijing on "
        "Wednesday. Beijing announced a $1 billion loan to Islamabad to support its reserves.",
        (("CONSULT", "Other", "PAK"), ("AID", "Other", "CHN")),
    ),
    (
        "Sudan's army chief Abdel Fattah al-Burhan rejected on Sunday a truce proposed by the "
        'Quad. "We will not negotiate with the militia," he said in Port Sudan. The RSF had '
        "accepted the plan earlier in the week.",
        (("REJECT", "Other", "SDN"), ("AGREE", "Agreement", "GRP.RSF")),
    ),
    (
        "Talks between Pakistani and Afghan delegations opened in Istanbul on Saturday. The two "
        "sides agreed to extend the ceasefire along their border, Turkish mediators said.",
        (("CONSULT", "Other", "PAK"), ("AGREE", "Agreement", "PAK")),
    ),
    (
        "The Philippine government signed a peace agreement with the Moro Islamic Liberation "
        "Front on Thursday in Manila. President Ferdinand Marcos Jr. hailed the deal as a "
        "milestone for Mindanao.",
        (("AGREE", "Agreement", "PHL"), ("SUPPORT", "Other", "PHL")),
    ),
    (
        "Israel's Prime Minister Benjamin Netanyahu met US President Donald Trump at the White "
        "House on Monday. The two leaders discussed the Gaza ceasefire and Iran. Trump "
        'threatened Hamas with "hell to pay" if hostages were not released.',
        (("CONSULT", "Other", "ISR"), ("THREATEN", "Other", "USA")),
    ),
    (
        "Mexico's President Claudia Sheinbaum rejected on Tuesday any US military intervention "
        'against drug cartels. "We will never accept it," she said at her daily press '
        "conference. Washington had threatened to strike cartel targets inside Mexico.",
        (("REJECT", "Other", "MEX"), ("THREATEN", "Other", "USA")),
    ),
    (
        "The Haitian transitional council agreed on Wednesday to the deployment of a Kenyan-led "
        "security mission. Kenya's President William Ruto pledged to send 1,000 police officers.",
        (("AGREE", "Agreement", "HTI"),),
    ),
    (
        "India's Prime Minister Narendra Modi received Russian President Vladimir Putin in New "
        "Delhi on Friday. The two leaders signed agreements on energy and defence. Washington "
        "warned New Delhi of tariffs over its Russian oil purchases.",
        (("CONSULT", "Other", "RUS"), ("AGREE", "Agreement", "RUS"), ("THREATEN", "Other", "USA")),
    ),
    (
        "Myanmar's junta rejected on Monday an ASEAN call for a ceasefire. The military "
        'government said it would continue operations against "terrorists". Indonesia\'s '
        "foreign minister urged the generals to allow humanitarian access.",
        (("REJECT", "Other", "MMR"), ("REQUEST", "Other", "IDN")),
    ),
    (
        "The Iraqi government and the Kurdistan Regional Government reached an agreement on "
        "Sunday to resume oil exports through Turkey. Baghdad agreed to pay the salaries of "
        "Kurdish civil servants.",
        (("AGREE", "Agreement", "IRQ"),),
    ),
    (
        "Ukraine's President Volodymyr Zelensky met NATO Secretary General Jens Stoltenberg in "
        "Kyiv on Thursday. Stoltenberg voiced NATO's continued support for Ukraine. The alliance "
        "announced a new package of air defence aid.",
        (
            ("CONSULT", "Other", "UKR"),
            ("SUPPORT", "Other", "IGO.NATO"),
            ("AID", "Other", "IGO.NATO"),
        ),
    ),
    (
        "Saudi Arabia hosted talks between Sudan's army and the RSF in Jeddah on Saturday. The two "
        "parties agreed to a seven-day humanitarian truce.",
        (("CONSULT", "Other", "SDN"), ("AGREE", "Agreement", "SDN")),
    ),
    (
        "Nigeria's President Bola Tinubu threatened on Wednesday to cut ties with Niger's junta "
        "if it did not release President Mohamed Bazoum. Niamey rejected the ultimatum.",
        (("THREATEN", "Other", "NGA"), ("REJECT", "Other", "NER")),
    ),
    (
        "Colombia's government suspended talks with the ELN on Friday after an attack on a "
        'military base. President Gustavo Petro accused the rebels of "war crimes".',
        (("REJECT", "Other", "COL"), ("ACCUSE", "Other", "COL")),
    ),
    (
        "Sweden's foreign minister visited Kyiv on Wednesday and met President Volodymyr "
        "Zelensky. She announced 50 million euros in humanitarian aid for Ukraine.",
        (("CONSULT", "Other", "SWE"), ("AID", "Other", "SWE")),
    ),
]


_row = partial(row_opening, ROWS)


MISSED = {
    _row("India's Prime Minister"): "English 'X received Y' stays the host's visit: reading it "
    "as the visitor's, as French 'recevoir' is, cost a held-out English actor1 match",
    _row("Le ministre turc"): "after two long sentences the parser hangs 'ont convenu' off "
    "'Ankara' (parataxis): the deal has no subject and is lost",
    _row("Le Premier ministre éthiopien"): "'Addis-Abeba' splits the parse: 'a reçu … le "
    "président' is not read and the talks take the troops' army as doer",
    _row("Le Qatar a accueilli"): "a host's talks between two parties keep the host as doer "
    "and as one of 'les deux parties'",
    _row("L'Union africaine a suspendu"): "'le Conseil de paix et de sécurité' (the AU's "
    "organ) is not linked: its threat has no doer",
    _row("China's foreign minister"): "'announced a $1 billion loan': a loan is no aid trigger",
    _row("Sudan's army chief"): "'had accepted the plan' codes AGREE with sub-type Other",
    _row("Ukraine's President"): "'The alliance announced … aid': the anaphor is not resolved "
    "to NATO, so the aid has no doer",
}


def _matches(got: str, doer: str) -> bool:
    return got == doer or got.startswith(f"{doer}.")


@pytest.mark.parametrize(
    ("text", "expected"),
    probe_params(ROWS, MISSED, id_of=lambda i, row: f"{i:02d}-{'-'.join(e[0] for e in row[1])}"),
)
def test_diplomacy_long(text: str, expected: Expected) -> None:
    """Every event of the paragraph, realised, with its type, sub-type and doer."""
    events = [e for e in events_of(text) if e.status == "realised"]
    for plover, subtype, doer in expected:
        doers = [
            e.actor1.canonical_id if e.actor1 is not None else ""
            for e in events
            if e.plover_type == plover and e.acled_subtype == subtype
        ]
        assert any(_matches(got, doer) for got in doers), (plover, doer, doers, coded(text))


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        pytest.param(
            "Le ministre des Affaires étrangères rencontre régulièrement ses homologues de la "
            "région pour évoquer la sécurité au Sahel.",
            "CONSULT",
        ),
        pytest.param(
            "La rencontre prévue jeudi à Luanda entre les présidents Félix Tshisekedi et Paul "
            "Kagame a été annulée à la dernière minute.",
            "CONSULT",
            marks=pytest.mark.xfail(
                reason="'a été annulée' governs the meeting noun, not read as a cue",
                strict=True,
            ),
        ),
        pytest.param(
            "The summit between the Ethiopian and Somali leaders, scheduled for Friday in "
            "Ankara, was called off.",
            "CONSULT",
            marks=pytest.mark.xfail(
                reason="'was called off' governs the meeting noun, not read as a cue",
                strict=True,
            ),
        ),
        pytest.param(
            "Talks between the government and the rebels are expected to resume next month in "
            "Doha, mediators said.",
            "CONSULT",
            marks=pytest.mark.xfail(
                reason="'are expected to resume' governs the meeting noun, not read as a cue",
                strict=True,
            ),
        ),
        (
            "Washington will impose new sanctions on Iran's oil sector next week, officials said.",
            "SANCTION",
        ),
        (
            "L'Union européenne envisage de nouvelles sanctions contre les putschistes nigériens.",
            "SANCTION",
        ),
        pytest.param(
            "Le Programme alimentaire mondial distribue chaque mois des vivres aux déplacés du "
            "Nord-Kivu.",
            "AID",
            marks=pytest.mark.xfail(
                reason="'chaque mois' (habitual) read as realised", strict=True
            ),
        ),
    ],
)
def test_diplomacy_long_unrealised_makes_no_event(text: str, plover: str) -> None:
    """Habitual, expected, cancelled or considered meetings, sanctions and aid are no
    realised event."""
    realised = [e for e in events_of(text) if e.plover_type == plover and e.status == "realised"]
    assert realised == [], coded(text)
