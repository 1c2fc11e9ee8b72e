"""French diplomatic and political statements in the event lexicons (issue 5): wire wording the
dev sets do not use (tributes, blame, inadmissible proposals, vows to hunt down, concessions to
strikers, pooled means, donations and deliveries, reinforced presence, export bans), English
counterparts, and readiness ("s'est dit prêt à", "ready to") read as an offer. Each sentence
fails without the row it tests."""

from __future__ import annotations

import pytest

from coding import coded, events_of

FOUND = [
    ("fr", "Le président ghanéen a téléphoné lundi au chef de la junte burkinabè.", "CONSULT"),
    (
        "fr",
        "Le gouvernement soudanais et les FSR ont repris mardi les pourparlers à Djeddah.",
        "CONSULT",
    ),
    ("fr", "Le président burkinabè a rendu hommage aux soldats tombés à Djibo.", "SUPPORT"),
    ("en", "The Nigerian president paid tribute to the soldiers killed in Borno.", "SUPPORT"),
    ("fr", "L'archevêque de Bangui a appelé les Centrafricains à l'unité.", "REQUEST"),
    (
        "fr",
        "L'Union africaine a déploré le report de l'élection présidentielle au Sénégal.",
        "ACCUSE",
    ),
    (
        "fr",
        "Le gouvernement congolais s'est indigné du silence de la communauté internationale.",
        "ACCUSE",
    ),
    ("en", "Kenya's foreign minister lamented the delay in the deployment to Haiti.", "ACCUSE"),
    ("en", "The Malian junta slammed the ECOWAS decision on Monday.", "ACCUSE"),
    ("en", "The Ethiopian government lambasted the report by Amnesty International.", "ACCUSE"),
    ("en", "Rwanda's foreign ministry castigated Kinshasa over the expulsions.", "ACCUSE"),
    ("fr", "La junte nigérienne a jugé irrecevable la demande de la Cédéao.", "REJECT"),
    ("fr", "Le gouvernement tchadien a déclaré irrecevable le recours de l'opposition.", "REJECT"),
    ("fr", "Le Hamas a écarté tout retrait de ses combattants de Rafah.", "REJECT"),
    ("fr", "La Russie a exclu tout retrait de ses troupes de Zaporijjia.", "REJECT"),
    ("fr", "L'armée burundaise a démenti les accusations du M23.", "REJECT"),
    ("fr", "Le président rwandais a prévenu que son pays se défendrait.", "THREATEN"),
    ("fr", "Le chef de l'armée nigériane a juré de traquer les ravisseurs de Kuriga.", "THREATEN"),
    ("fr", "L'armée malienne a promis de traquer les auteurs de l'attaque de Kati.", "THREATEN"),
    (
        "fr",
        "Le gouvernement tchadien a accédé aux revendications des médecins grévistes.",
        "CONCEDE",
    ),
    ("fr", "La junte guinéenne a accédé à la demande des partis d'opposition.", "CONCEDE"),
    ("fr", "Le gouvernement kényan a satisfait les revendications des enseignants.", "CONCEDE"),
    ("fr", "La justice sénégalaise a abandonné les poursuites contre le journaliste.", "CONCEDE"),
    ("fr", "Le gouvernement malien a abandonné les charges contre les militants.", "CONCEDE"),
    ("en", "Nigerian prosecutors dropped the charges against the protesters.", "CONCEDE"),
    ("en", "The Kenyan government acceded to demands by striking doctors.", "CONCEDE"),
    (
        "fr",
        "Le Sénégal et la Gambie ont mutualisé leurs moyens de surveillance maritime.",
        "COOPERATE",
    ),
    ("fr", "Le Bénin et le Togo ont créé une force commune contre les jihadistes.", "COOPERATE"),
    ("fr", "Le Mali et le Niger ont créé une force conjointe à Ménaka.", "COOPERATE"),
    (
        "fr",
        "Le Tchad et le Niger ont mis sur pied une force conjointe contre Boko Haram.",
        "COOPERATE",
    ),
    ("en", "Kenya and Somalia set up a joint force on Tuesday to secure the border.", "COOPERATE"),
    ("fr", "L'Arabie saoudite a fait un don de 10 millions de dollars au Tchad.", "AID"),
    ("fr", "La Turquie a fait don de blindés à l'armée somalienne.", "AID"),
    ("fr", "L'Unicef a acheminé des médicaments à El-Facher.", "AID"),
    ("fr", "Le Qatar a acheminé de la nourriture à Rafah.", "AID"),
    ("fr", "Le PAM a acheminé des vivres à Kadugli.", "AID"),
    ("fr", "L'Unicef a distribué des kits d'hygiène à Goma.", "AID"),
    ("fr", "Le PAM a distribué des médicaments aux déplacés de Kalehe.", "AID"),
    ("fr", "L'armée soudanaise a acheminé des blindés vers El-Obeid.", "MOBILIZE"),
    ("fr", "L'armée tchadienne a acheminé des chars vers Adré.", "MOBILIZE"),
    ("fr", "Le Rwanda a acheminé des soldats vers Rubavu.", "MOBILIZE"),
    ("fr", "La SADC a activé la force en attente pour la RDC.", "MOBILIZE"),
    ("fr", "Le Bénin a renforcé sa présence militaire dans l'Alibori.", "MOBILIZE"),
    ("fr", "La police sénégalaise a renforcé le dispositif de sécurité à Ziguinchor.", "MOBILIZE"),
    ("en", "Rwanda bolstered its presence along the border with Congo.", "MOBILIZE"),
    ("fr", "Le Tchad a mis fin à sa participation à la force du bassin du lac Tchad.", "SANCTION"),
    ("fr", "Le Burkina Faso a expulsé le chargé d'affaires français.", "COERCE"),
    ("fr", "L'armée burkinabè a réquisitionné des camions à Dori.", "COERCE"),
    ("fr", "Le ministre malien de la Justice a tancé les magistrats grévistes.", "ACCUSE"),
    ("fr", "Le gouvernement ivoirien s'est insurgé contre la décision de la Cour.", "ACCUSE"),
    ("fr", "Le gouvernement tchadien a endossé le plan de paix de l'Union africaine.", "SUPPORT"),
    ("fr", "La Cédéao a appelé la junte au respect du calendrier électoral.", "REQUEST"),
    (
        "fr",
        "La Banque mondiale a accordé un financement de 100 millions de dollars au Tchad.",
        "AID",
    ),
    ("fr", "Le Niger a suspendu les exportations de bétail vers le Nigeria.", "SANCTION"),
    ("fr", "L'Algérie a suspendu les importations en provenance de France.", "SANCTION"),
    ("fr", "Bamako a suspendu la délivrance de visas aux ressortissants français.", "SANCTION"),
    ("en", "Niger suspended exports of oil to Benin on Friday.", "SANCTION"),
    ("fr", "Le gouvernement tchadien a dialogué avec les rebelles du FACT à Doha.", "CONSULT"),
    (
        "fr",
        "L'armée nigérienne et l'armée béninoise ont organisé des patrouilles communes.",
        "COOPERATE",
    ),
    (
        "fr",
        "La police kényane et la police ougandaise ont mené une patrouille commune à Busia.",
        "COOPERATE",
    ),
    ("fr", "Le Niger et le Tchad ont mené une opération commune près du lac Tchad.", "COOPERATE"),
    ("fr", "Le Mali et le Burkina Faso ont organisé un exercice commun à Sikasso.", "COOPERATE"),
    ("fr", "Le gouvernement ivoirien a échangé avec les syndicats des enseignants.", "CONSULT"),
    (
        "fr",
        "Le président de la transition a accordé une audience à l'ambassadeur de Russie à Niamey.",
        "CONSULT",
    ),
    (
        "fr",
        "La junte guinéenne a rendu sa liberté à l'ancien Premier ministre Kassory Fofana.",
        "CONCEDE",
    ),
    ("fr", "Le Tchad a rapatrié ses troupes de Centrafrique.", "RETREAT"),
    ("fr", "Le Burundi a rapatrié ses soldats de Somalie.", "RETREAT"),
    ("fr", "La junte malienne a fermé les locaux de l'Observatoire pour les élections.", "COERCE"),
    (
        "fr",
        "L'opposition ivoirienne a pressé la commission électorale de publier la liste.",
        "REQUEST",
    ),
]

# An offer, not a deed: the adjective of readiness governs the trigger.
OFFERED = [
    ("fr", "Le gouvernement congolais s'est dit prêt à rencontrer le M23 à Luanda.", "CONSULT"),
    ("fr", "La ministre tchadienne s'est dite prête à signer l'accord de paix à Doha.", "AGREE"),
    (
        "fr",
        "Les rebelles du M23 se sont dits prêts à signer un cessez-le-feu avec Kinshasa.",
        "AGREE",
    ),
    (
        "fr",
        "Les autorités maliennes se sont dites prêtes à rencontrer les émissaires de la Cédéao.",
        "CONSULT",
    ),
    ("fr", "Le Tchad s'est dit disposé à envoyer des troupes au Niger.", "MOBILIZE"),
    (
        "fr",
        "La Mauritanie s'est dite disposée à accueillir des pourparlers sur le Mali.",
        "CONSULT",
    ),
    ("en", "Kenya said it was ready to send troops to Haiti.", "MOBILIZE"),
    ("en", "Turkey said it was willing to host talks between Russia and Ukraine.", "CONSULT"),
]


@pytest.mark.parametrize(("lang", "text", "plover_type"), FOUND)
def test_lexicon_fr_statements_found(lang: str, text: str, plover_type: str) -> None:
    assert plover_type in {e.plover_type for e in events_of(text)}, coded(text)


@pytest.mark.parametrize(("lang", "text", "plover_type"), OFFERED)
def test_lexicon_fr_statements_readiness_is_proposed(
    lang: str, text: str, plover_type: str
) -> None:
    assert any(e.plover_type == plover_type and e.status == "proposed" for e in events_of(text)), (
        coded(text)
    )
