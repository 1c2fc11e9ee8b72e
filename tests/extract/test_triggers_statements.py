"""Statements and diplomacy in the trigger lexicon (issue 5): how wire reports word
accusations, rejections, threats, requests, support, talks, deals, aid, sanctions, releases
and non-violent coercion in French and English, and the other readings of those words."""

from __future__ import annotations

import pytest

from coding import coded, events_of


def _types(text: str) -> set[str]:
    return {e.plover_type for e in events_of(text)}


FRENCH = [
    # ACCUSE: blame, official complaints, legal action
    (
        "Le Rwanda a mis en cause mardi l'armée congolaise dans les violences au Nord-Kivu.",
        "ACCUSE",
    ),
    ("La Turquie a pointé du doigt les milices kurdes après l'explosion d'Ankara.", "ACCUSE"),
    ("Le Maroc a convoqué lundi l'ambassadeur d'Algérie à Rabat.", "ACCUSE"),
    ("Le Niger a saisi jeudi le Conseil de sécurité de l'ONU après l'incident.", "ACCUSE"),
    ("La CPI a émis un mandat d'arrêt contre le chef de la junte birmane.", "ACCUSE"),
    ("L'ONU a enquêté sur les exactions commises dans le Tigré.", "ACCUSE"),
    # REJECT
    ("Le Mali a balayé jeudi les accusations de la France, les jugeant mensongères.", "REJECT"),
    ("Le gouvernement malien a réfuté jeudi ces informations.", "REJECT"),
    ("La Russie a écarté toute négociation avec l'Ukraine dans l'immédiat.", "REJECT"),
    (
        "La Russie a exclu tout cessez-le-feu avant la fin de son offensive dans le Donbass.",
        "REJECT",
    ),
    ("L'opposition kényane a contesté les résultats de la présidentielle à Nairobi.", "REJECT"),
    # REQUEST
    ("L'Union africaine a appelé les belligérants soudanais au dialogue.", "REQUEST"),
    ("Le pape François a appelé les Libanais au calme dimanche.", "REQUEST"),
    ("L'ONU a lancé un appel de fonds de 2,7 milliards de dollars pour le Soudan.", "REQUEST"),
    (
        "La Cedeao a mis en demeure la junte nigérienne de rétablir l'ordre constitutionnel.",
        "REQUEST",
    ),
    # SUPPORT
    ("Le Tchad a exprimé jeudi sa solidarité avec le Soudan.", "SUPPORT"),
    ("L'Espagne a reconnu mardi l'Etat de Palestine.", "SUPPORT"),
    ("Les Etats-Unis ont reconnu la souveraineté du Maroc sur le Sahara occidental.", "SUPPORT"),
    (
        "L'Algérie s'est réjouie de l'accord de paix entre le Mali et les rebelles touareg.",
        "SUPPORT",
    ),
    # CONSULT: hosting, trips, talks; compound tenses of pronominal verbs
    ("Le président sénégalais a reçu jeudi le chef de la diplomatie française à Dakar.", "CONSULT"),
    ("Le chef de la diplomatie chinoise a entamé une tournée africaine au Sénégal.", "CONSULT"),
    ("Les discussions entre les Etats-Unis et l'Iran ont repris à Oman.", "CONSULT"),
    ("L'émissaire américain a eu une entrevue avec le président Félix Tshisekedi.", "CONSULT"),
    ("Emmanuel Macron s'est entretenu au téléphone avec Volodymyr Zelensky.", "CONSULT"),
    ("Le ministre français des Affaires étrangères s'est rendu à Kiev mardi.", "CONSULT"),
    ("Les dirigeants de l'Union africaine se sont réunis à Addis-Abeba.", "CONSULT"),
    # AGREE
    ("L'armée soudanaise et les FSR ont trouvé un compromis à Djeddah.", "AGREE"),
    ("Le Hamas a donné son feu vert à la proposition de trêve égyptienne.", "AGREE"),
    ("La Turquie a entériné l'adhésion de la Finlande à l'Otan.", "AGREE"),
    ("L'Ukraine et la Russie se sont entendues sur un échange de prisonniers à Istanbul.", "AGREE"),
    # COOPERATE
    ("Le Mali, le Burkina Faso et le Niger ont créé une alliance militaire à Niamey.", "COOPERATE"),
    # AID: what is delivered decides
    ("Les Etats-Unis ont livré des missiles Patriot à l'Ukraine.", "AID"),
    ("La Russie a livré à l'armée malienne des avions de combat et des hélicoptères.", "AID"),
    ("L'Union européenne a débloqué une enveloppe de 50 millions d'euros pour le Soudan.", "AID"),
    ("Le PAM a distribué des vivres à 20 000 déplacés à Goma.", "AID"),
    ("Le Tchad accueille plus de 600 000 réfugiés soudanais, selon le HCR.", "AID"),
    ("Le Mali a reçu lundi une livraison d'hélicoptères russes.", "AID"),
    # SANCTION
    ("Les Etats-Unis ont gelé les avoirs de plusieurs dirigeants des FSR.", "SANCTION"),
    (
        "Les Etats-Unis ont imposé des mesures restrictives contre des responsables soudanais.",
        "SANCTION",
    ),
    ("Le Bénin a fermé sa frontière avec le Niger après le coup d'Etat.", "SANCTION"),
    ("Le Niger a retiré son ambassadeur en Côte d'Ivoire.", "SANCTION"),
    ("La junte malienne a ordonné l'expulsion de l'ambassadeur de France.", "COERCE"),
    ("L'Union européenne a annoncé la suspension de son aide au Niger.", "SANCTION"),
    # CONCEDE
    ("La Russie et l'Ukraine ont échangé 200 prisonniers sous médiation émiratie.", "CONCEDE"),
    ("Le Hamas a remis quatre otages israéliens à la Croix-Rouge à Gaza.", "CONCEDE"),
    # RETREAT
    ("L'armée russe a retiré ses militaires de la rive droite du Dniepr.", "RETREAT"),
    ("Les rebelles du M23 se sont retirés de Kitchanga.", "RETREAT"),
    # COERCE (non-violent)
    ("L'armée malienne a appréhendé un chef jihadiste près de Mopti.", "COERCE"),
    ("Le Burkina Faso a suspendu la radio RFI jusqu'à nouvel ordre.", "COERCE"),
    ("Le parti de l'opposant Ousmane Sonko a été dissous par décret à Dakar.", "COERCE"),
    ("L'armée israélienne a ordonné l'évacuation de plusieurs quartiers de Beyrouth.", "COERCE"),
    # ASSAULT: a pronominal verb in a compound tense
    ("Le M23 s'est emparé de la ville de Bunagana.", "ASSAULT"),
]

ENGLISH = [
    # ACCUSE
    ("Morocco summoned Algeria's ambassador in Rabat on Tuesday.", "ACCUSE"),
    ("Egypt lodged a formal complaint with the UN Security Council over the dam.", "ACCUSE"),
    ("South Africa filed a case against Israel at the International Court of Justice.", "ACCUSE"),
    ("Iran lashed out at the European Union over the new sanctions.", "ACCUSE"),
    ("Rwanda deplored Congo's support for the FDLR militia on Monday.", "ACCUSE"),
    ("Rwanda pointed the finger at Congo's army over the attack in Goma.", "ACCUSE"),
    # REJECT
    ("Russia ruled out any negotiations with Ukraine for now, the Kremlin said.", "REJECT"),
    ("Mali dismissed the allegations by France as baseless on Thursday.", "REJECT"),
    ("Iran refuted the reports on Thursday, its foreign ministry said.", "REJECT"),
    ("Ukraine brushed aside Russia's demands for territorial concessions.", "REJECT"),
    ("Russia dismissed Ukraine's ceasefire proposal out of hand.", "REJECT"),
    # REQUEST
    ("Haiti sought international help to fight the gangs, its prime minister said.", "REQUEST"),
    (
        "The ICC prosecutor applied for arrest warrants for Benjamin Netanyahu on Monday.",
        "REQUEST",
    ),
    # SUPPORT
    ("Egypt hailed the ceasefire between Israel and Hamas on Thursday.", "SUPPORT"),
    ("Mali expressed solidarity with Niger after the coup attempt.", "SUPPORT"),
    ("Russia applauded the withdrawal of French troops from Mali.", "SUPPORT"),
    # CONSULT
    ("Senegal's president received France's foreign minister in Dakar.", "CONSULT"),
    ("Antony Blinken travelled to Kyiv on Tuesday.", "CONSULT"),
    ("Discussions between the United States and Iran resumed in Oman.", "CONSULT"),
    ("The UN Security Council convened an emergency session on Gaza on Sunday.", "CONSULT"),
    # AGREE
    ("Israel and Hamas struck a deal on the release of hostages in Doha.", "AGREE"),
    ("Sudan's army and the RSF reached a compromise in Jeddah.", "AGREE"),
    ("Armenia and Azerbaijan sealed a peace treaty in Washington.", "AGREE"),
    ("The Israeli cabinet gave the green light to the operation in Rafah.", "AGREE"),
    # AID
    ("The United States delivered Patriot missiles to Ukraine.", "AID"),
    ("Deliveries of F-16 jets to Ukraine began, Norway said.", "AID"),
    ("The European Union disbursed 50 million euros to Sudan.", "AID"),
    # SANCTION
    ("The European Union announced the suspension of its aid to Niger.", "SANCTION"),
    ("Benin closed its border with Niger after the coup.", "SANCTION"),
    ("Chad ended its defence cooperation agreement with France.", "SANCTION"),
    ("Niger renounced its military cooperation agreements with France.", "SANCTION"),
    # CONCEDE
    ("Russia and Ukraine swapped 200 prisoners of war on Friday.", "CONCEDE"),
    # COERCE
    ("Uganda indicted opposition leader Kizza Besigye on treason charges.", "COERCE"),
    ("The Israeli army issued evacuation orders for several districts of Beirut.", "COERCE"),
    # MOBILIZE
    ("Israel's army was placed on high alert on the border with Lebanon.", "MOBILIZE"),
]


@pytest.mark.parametrize(("text", "plover"), FRENCH)
def test_triggers_french_statements_and_diplomacy_arecoded(text: str, plover: str) -> None:
    assert plover in _types(text), coded(text)


@pytest.mark.parametrize(("text", "plover"), ENGLISH)
def test_triggers_english_statements_and_diplomacy_arecoded(text: str, plover: str) -> None:
    assert plover in _types(text), coded(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a visit is read off whom one receives, not what
        ("Le Mali a reçu le soutien du président russe Vladimir Poutine.", "CONSULT"),
        # delivering is aid only for what is delivered
        ("Les Etats-Unis ont livré des missiles Patriot à l'Ukraine.", "ASSAULT"),
        ("The United States delivered Patriot missiles to Ukraine.", "ASSAULT"),
        ("The United States provided Ukraine with ATACMS missiles on Friday.", "ASSAULT"),
        ("North Korea supplied artillery shells to Russia, South Korea said.", "ASSAULT"),
        ("Benjamin Netanyahu delivered an ultimatum to Hamas on Sunday.", "AID"),
        # ruling out is about offers and talks, not an inquiry's leads or an ouster
        ("L'armée malienne a écarté la piste d'un accident après le crash de Gao.", "REJECT"),
        ("Le président Mohamed Bazoum a été écarté du pouvoir par l'armée nigérienne.", "REJECT"),
        # striking a deal is no air strike; a warrant is no arrest
        ("Israel and Hamas struck a deal on the release of hostages in Doha.", "ASSAULT"),
        ("The ICC issued an arrest warrant for Myanmar's junta leader Min Aung Hlaing.", "COERCE"),
        # handing over hostages is releasing them, not giving up ground
        ("Le Hamas a remis quatre otages israéliens à la Croix-Rouge à Gaza.", "RETREAT"),
        # hosting refugees is aid, not a visit; recalling an envoy is no troop withdrawal
        ("Le Tchad accueille plus de 600 000 réfugiés soudanais, selon le HCR.", "CONSULT"),
        ("Le Niger a retiré son ambassadeur en Côte d'Ivoire.", "RETREAT"),
    ],
)
def test_triggers_other_readings_of_diplomatic_words_are_notcoded(text: str, wrong: str) -> None:
    assert wrong not in _types(text), coded(text)


@pytest.mark.parametrize(
    ("text", "plover", "status"),
    [
        # "sommer de", "enjoindre de" ask for the deed; "réfuter avoir" denies it
        (
            "La junte malienne a sommé la France de retirer ses troupes sous 72 heures.",
            "RETREAT",
            "requested",
        ),
        ("L'Iran a réfuté avoir frappé le pétrolier près d'Ormuz.", "ASSAULT", "denied"),
    ],
)
def test_triggers_status_cues_of_demands_and_denials(text: str, plover: str, status: str) -> None:
    events = [e for e in events_of(text) if e.plover_type == plover]
    assert [e.status for e in events] == [status], coded(text)
