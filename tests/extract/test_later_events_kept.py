"""A second or third deed of a sentence that the parser hangs inside an accusation's charge
or a denied clause, or that is worded as a measure renewed, is an event of its own, done by
the sentence's subject. Sentences are our own, modelled on wire reports and analyst notes
from several conflicts."""

from __future__ import annotations

import pytest

from coding import assert_realised_doer, coded, events_of, probe_params, row_opening

# (text, PLOVER type, ACLED sub-type, doer)
KEPT = [
    # A past participle joined to the charge's infinitive shares the main verb's auxiliary.
    (
        "Le gouvernement vénézuélien a accusé Washington de commettre des exécutions et "
        "ordonné le déploiement de milliers de soldats le long de la côte.",
        "MOBILIZE",
        "Other",
        "VEN",
    ),
    (
        "Le gouvernement malien a accusé l'Algérie d'héberger des terroristes et rappelé son "
        "ambassadeur à Alger.",
        "SANCTION",
        "Other",
        "MLI",
    ),
    (
        "Le gouvernement nigérien a accusé la France de déstabiliser le pays et ordonné "
        "l'expulsion de son ambassadeur.",
        "COERCE",
        "Other",
        "NER",
    ),
    # A finite verb joined to the charge's gerund.
    (
        "The Sudanese army accused the RSF of shelling El Fasher and killed 20 fighters in a "
        "counterattack.",
        "ASSAULT",
        "Armed clash",
        "SDN",
    ),
    # A blaming verb joined to a denied "that" clause is the denier's own accusation.
    (
        "The Kenyan government denied that its officers were involved and accused the "
        "opposition of inciting youths.",
        "ACCUSE",
        "Other",
        "KEN",
    ),
    (
        "The Ethiopian government denied that its troops were in Tigray and accused Eritrea "
        "of arming the TPLF.",
        "ACCUSE",
        "Other",
        "ETH",
    ),
    # A closure extended is the measure renewed.
    (
        "The Belgorod regional authorities extended the closure of schools in the district.",
        "COERCE",
        "Other",
        "RUS",
    ),
    (
        "Le gouvernement du Manipur a prolongé la fermeture des écoles dans le district d'Imphal.",
        "COERCE",
        "Other",
        "IND",
    ),
    # The addressee between "appeler" and "à".
    (
        "Le président libanais a appelé Washington à faire pression sur Israël.",
        "REQUEST",
        "Other",
        "LBN",
    ),
    (
        "Le président sénégalais a appelé les parrains de la trêve à faire respecter l'accord.",
        "REQUEST",
        "Other",
        "SEN",
    ),
    (
        "Le Premier ministre burkinabè a appelé Paris à revoir sa politique au Sahel.",
        "REQUEST",
        "Other",
        "BFA",
    ),
    # Wordings still missed (see MISSED).
    (
        "Le président libanais a accusé Israël de violer la trêve et appelé Washington à « "
        "faire pression » sur son allié.",
        "REQUEST",
        "Other",
        "LBN",
    ),
    (
        "Le 12 octobre 2025, des forces talibanes ont attaqué des postes frontières "
        "pakistanais près de Khar. Le 15 octobre, Islamabad et Kaboul ont accepté un "
        "cessez-le-feu de 48 heures.",
        "AGREE",
        "Agreement",
        "PAK",
    ),
    (
        "Le gouvernement vénézuélien a accusé Washington de commettre des « exécutions "
        "extrajudiciaires » et ordonné le déploiement de milliers de soldats.",
        "MOBILIZE",
        "Other",
        "VEN",
    ),
    (
        "The Kenyan government accused the opposition of inciting youths and banned "
        "processions in Kisumu.",
        "COERCE",
        "Other",
        "KEN",
    ),
]

MISSED: dict[str, str] = {
    row_opening(KEPT, "Le président libanais a accusé Israël"): (
        "the parser hangs 'appelé' on 'trêve' as a modifier and 'Washington' on the noun; "
        "the quoted infinitive breaks the phrase"
    ),
    row_opening(KEPT, "Le président sénégalais"): (
        "'appeler à' with the addressee between is only read for 'faire pression'; a general "
        "reading off the parse (tried) lowered dev4 type F1 below its gate"
    ),
    row_opening(KEPT, "Le Premier ministre burkinabè"): (
        "'appeler à' with the addressee between is only read for 'faire pression'; a general "
        "reading off the parse (tried) lowered dev4 type F1 below its gate"
    ),
    row_opening(KEPT, "Le 12 octobre 2025"): (
        "capitals coordinated as subject ('Islamabad et Kaboul') are read as places, so the "
        "agreement has no party"
    ),
    row_opening(KEPT, "Le gouvernement vénézuélien a accusé Washington de commettre des « "): (
        "with the quoted noun the parser joins 'ordonné' to the noun 'exécutions', not to the "
        "infinitive; a participle joined to a noun is not yet read as the main clause's deed"
    ),
    row_opening(KEPT, "The Kenyan government accused the opposition"): (
        "the parser reads 'banned' as an adjective on 'processions', joined to 'accused'"
    ),
}


@pytest.mark.parametrize(("text", "plover", "subtype", "doer"), probe_params(KEPT, MISSED))
def test_later_deed_is_kept(text: str, plover: str, subtype: str, doer: str) -> None:
    assert_realised_doer(text, plover, subtype, doer)


# (text, PLOVER type that must not come out realised)
NOT_CHANGED = [
    # Deeds that are the charge itself stay the accusation's content.
    (
        "Le gouvernement congolais a accusé le Rwanda d'avoir armé le M23 et incendié des "
        "villages.",
        "COERCE",
    ),
    (
        "The Sudanese army accused the RSF of looting homes and burning villages in Darfur.",
        "COERCE",
    ),
    (
        "Le ministère malien a accusé les rebelles de piller des boutiques et d'incendier des "
        "maisons à Kidal.",
        "COERCE",
    ),
    # A call named by the deed asked for, a phone call, a passive "appelé à": no request.
    (
        "Le Premier ministre malien a appelé ses partisans à manifester vendredi à Bamako.",
        "REQUEST",
    ),
    ("Le président ivoirien a appelé son homologue ghanéen mardi.", "REQUEST"),
    # The deed asked for in the infinitive is the event, coded requested.
    (
        "Le président angolais a appelé Kinshasa et le M23 à conclure une trêve humanitaire "
        "à Goma.",
        "REQUEST",
    ),
    (
        "Le ministre béninois a appelé le Niger à reprendre la coopération sécuritaire entre "
        "les deux pays.",
        "REQUEST",
    ),
    (
        "Le nouveau gouverneur de Kidal est appelé à jouer un rôle clé dans la transition au Mali.",
        "REQUEST",
    ),
    # A deed joined inside the denied clause stays denied.
    (
        "The Kenyan police denied that officers fired on protesters and killed two students "
        "in Kisumu.",
        "ASSAULT",
    ),
]


@pytest.mark.parametrize(("text", "plover"), NOT_CHANGED)
def test_charged_or_denied_deed_stays_untold(text: str, plover: str) -> None:
    realised = [e for e in events_of(text) if e.plover_type == plover and e.status == "realised"]
    assert realised == [], coded(text)


def test_accusation_after_a_denial_is_realised() -> None:
    text = (
        "The Ugandan army denied that its soldiers were in Ituri and accused the ADF of "
        "spreading lies."
    )
    accusations = [e for e in events_of(text) if e.plover_type == "ACCUSE"]
    assert accusations, coded(text)
    assert all(e.status == "realised" for e in accusations), coded(text)
