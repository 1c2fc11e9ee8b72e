"""Who rejects, who sanctions, who asks: the doer of a REJECT, SANCTION or REQUEST is the
party that turns down, punishes or asks, never the party rejected, sanctioned or asked,
nor the speaker relaying it. Sentences are our own, modelled on wire reports and analyst
notes from several conflicts."""

from __future__ import annotations

import pytest

from coding import assert_realised_doer, coded, events_of, probe_params, row_opening

DOERS = [
    # Sanctions, recalls, ruptures and expulsions: the state or bloc that imposes them.
    (
        "L'Algérie a rappelé lundi son ambassadeur à Bamako pour consultations, après la "
        "destruction d'un drone malien près de la frontière.",
        "SANCTION",
        "DZA",
    ),
    (
        "Algeria recalled its ambassador to Mali on Monday after the downing of a Malian "
        "drone near the border.",
        "SANCTION",
        "DZA",
    ),
    (
        "L'Algérie a rappelé jeudi « pour consultations » son ambassadeur à Bamako.",
        "SANCTION",
        "DZA",
    ),
    (
        "Le Mali a rappelé mercredi, avec effet immédiat, son ambassadeur à Alger.",
        "SANCTION",
        "MLI",
    ),
    (
        "Réunis en sommet à Accra, les chefs d'État de la Cédéao ont condamné le coup d'État "
        "et ont imposé des sanctions économiques à la Guinée.",
        "SANCTION",
        "IGO.ECOWAS",
    ),
    (
        "Réunie en sommet à Abuja, la Cédéao a menacé de recourir à la force si le président "
        "n'était pas libéré sous une semaine, et a imposé des sanctions financières au Niger.",
        "SANCTION",
        "IGO.ECOWAS",
    ),
    (
        "ECOWAS threatened to use force if the president was not reinstated within a week, "
        "and imposed financial sanctions on Niger.",
        "SANCTION",
        "IGO.ECOWAS",
    ),
    (
        "Washington on Thursday designated the Sinaloa cartel as a foreign terrorist organisation.",
        "SANCTION",
        "USA",
    ),
    (
        "Washington a désigné vendredi le cartel de Sinaloa comme organisation terroriste "
        "étrangère.",
        "SANCTION",
        "USA",
    ),
    (
        "Algeria on Tuesday recalled, with immediate effect, its ambassador to Paris.",
        "SANCTION",
        "DZA",
    ),
    (
        "Le Canada a désigné jeudi les Gardiens de la révolution comme entité terroriste.",
        "SANCTION",
        "CAN",
    ),
    (
        "Canada designated Iran's Revolutionary Guards as a terrorist entity on Wednesday.",
        "SANCTION",
        "CAN",
    ),
    (
        "Les États-Unis ont désigné le gang Gran Grif comme organisation terroriste.",
        "SANCTION",
        "USA",
    ),
    ("The RSF commander was sanctioned by the European Union on Monday.", "SANCTION", "IGO.EU"),
    ("Le chef des FSR a été sanctionné par l'Union européenne.", "SANCTION", "IGO.EU"),
    ("Kinshasa a rompu ses relations diplomatiques avec Kigali samedi.", "SANCTION", "COD"),
    ("Congo cut diplomatic ties with Rwanda on Saturday.", "SANCTION", "COD"),
    (
        "L'Union européenne a gelé mardi les avoirs de trois commandants des FSR.",
        "SANCTION",
        "IGO.EU",
    ),
    (
        "The European Union froze the assets of three RSF commanders on Tuesday.",
        "SANCTION",
        "IGO.EU",
    ),
    ("The UK froze the assets of two Iranian officials on Tuesday.", "SANCTION", "GBR"),
    ("The United States imposed sanctions on Iranian oil exports on Monday.", "SANCTION", "USA"),
    ("The EU's sanctions on Russian oil came into force on Friday.", "SANCTION", "IGO.EU"),
    ("Le Niger a expulsé l'ambassadeur de France, Sylvain Itté.", "COERCE", "NER"),
    # Rejections: the party that turns the offer, the plan or the charge down.
    (
        "Le Hamas a rejeté la proposition israélienne de trêve, la jugeant inacceptable.",
        "REJECT",
        "GRP.HAMAS",
    ),
    ("Hamas rejected the Israeli truce proposal, calling it unacceptable.", "REJECT", "GRP.HAMAS"),
    ("La proposition de cessez-le-feu a été rejetée par Moscou mardi.", "REJECT", "RUS"),
    ("The ceasefire proposal was rejected by Moscow on Tuesday.", "REJECT", "RUS"),
    ("Russia refused to accept a 30-day truce proposed by Washington.", "REJECT", "RUS"),
    ("Israel rejected the ICJ ruling as antisemitic.", "REJECT", "ISR"),
    ("Israël a rejeté l'avis de la CIJ.", "REJECT", "ISR"),
    ("Kigali a rejeté une « manipulation grossière ».", "REJECT", "RWA"),
    ("Le Rwanda a rejeté ces accusations « sans fondement ».", "REJECT", "RWA"),
    (
        "Mali's foreign ministry rejected the accusations of abuses and said it would "
        "cooperate with any independent inquiry.",
        "REJECT",
        "MLI",
    ),
    (
        "La Russie n'a pas accepté la trêve de trente jours proposée par Washington.",
        "REJECT",
        "RUS",
    ),
    ("L'armée a refusé de remettre les suspects aux enquêteurs de l'ONU.", "REJECT", "MLI"),
    # Requests: the party that asks, not the one asked.
    (
        "UN aid chief Tom Fletcher urged the warring parties to let civilians leave El "
        "Fasher safely.",
        "REQUEST",
        "IGO.UN",
    ),
    (
        "The ICC prosecutor requested arrest warrants for the Taliban's supreme leader.",
        "REQUEST",
        "IGO.ICC",
    ),
    (
        "Le procureur de la CPI a demandé des mandats d'arrêt contre deux dirigeants talibans.",
        "REQUEST",
        "IGO.ICC",
    ),
    ("The UN called for unhindered humanitarian access to El Fasher.", "REQUEST", "IGO.UN"),
    (
        "L'ONU a appelé les belligérants à permettre l'accès humanitaire à El-Fasher.",
        "REQUEST",
        "IGO.UN",
    ),
    (
        "The UN mission in Libya called for an immediate ceasefire after clashes in Tripoli.",
        "REQUEST",
        "IGO.UN",
    ),
    (
        "Amnesty International a publié un rapport accablant. L'ONG appelle Bamako à "
        "autoriser l'accès des enquêteurs indépendants.",
        "REQUEST",
        "NGO.AMNESTY",
    ),
]

MISSED: dict[str, str] = {
    row_opening(DOERS, "Le Mali a rappelé mercredi, avec effet"): (
        "an adverbial set off by commas counts against the phrase's reach: not counting it "
        "added a false RETREAT on the held-out set (type -0.001)"
    ),
    row_opening(DOERS, "La Russie n'a pas accepté"): (
        "a negated acceptance is coded AGREE negated, not a REJECT of its own"
    ),
    row_opening(DOERS, "L'armée a refusé de remettre"): (
        "a refusal to hand over is no REJECT trigger: 'refuser de' with a deed is read as "
        "that deed not done"
    ),
    row_opening(DOERS, "The UN mission in Libya called"): (
        "a call for a ceasefire gives way to the ceasefire asked for (AGREE requested), "
        "which dev golds code either way"
    ),
    row_opening(DOERS, "Amnesty International a publié"): (
        "'L'ONG' is not linked back to Amnesty International, and with nobody named the "
        "request makes no event"
    ),
}


@pytest.mark.parametrize(("text", "plover", "doer"), probe_params(DOERS, MISSED))
def test_doer_of_a_rejection_sanction_or_request(text: str, plover: str, doer: str) -> None:
    events = [e for e in events_of(text) if e.plover_type == plover]
    assert events, coded(text)
    got = [e.actor1.canonical_id if e.actor1 else "" for e in events]
    assert any(g == doer or g.startswith(f"{doer}.") for g in got), (got, coded(text))


def test_sanctions_imposed_after_a_condition_are_realised() -> None:
    """ "…si le président n'était pas libéré…, et a imposé des sanctions": the negation of
    the condition does not reach the second deed of the main clause."""
    text = row_opening(DOERS, "Réunie en sommet à Abuja")
    assert_realised_doer(text, "SANCTION", "Other", "IGO.ECOWAS")


NOT_IMPOSED = [
    # Threatened, not imposed.
    "The EU threatened to impose sanctions on Georgia if the crackdown continued.",
    "La Cédéao a menacé d'imposer des sanctions si la junte ne libérait pas le président et "
    "ne rétablissait pas l'ordre constitutionnel.",
    # Lifted: a concession, no sanction.
    "Washington a levé les sanctions visant la Syrie.",
    # Named as a candidate or a governor, or described as close to terrorists: no listing.
    "Le parti a désigné son secrétaire général comme candidat à la présidentielle.",
    "La junte a désigné le colonel, présenté comme proche des groupes terroristes, au poste "
    "de gouverneur.",
    "Les rebelles ont désigné le colonel comme gouverneur de la province.",
]


@pytest.mark.parametrize("text", NOT_IMPOSED)
def test_no_sanction_imposed(text: str) -> None:
    sanctions = [
        e for e in events_of(text) if e.plover_type == "SANCTION" and e.status == "realised"
    ]
    assert not sanctions, coded(text)


def test_conjunct_inside_the_condition_stays_conditional() -> None:
    """ "si le président n'était pas libéré et réinstallé": a participle with no auxiliary
    of its own stays in the condition; no realised release is told."""
    text = (
        "La Cédéao a menacé de recourir à la force si le président n'était pas libéré sous "
        "une semaine et réinstallé dans ses fonctions."
    )
    released = [e for e in events_of(text) if e.plover_type == "CONCEDE" and e.status == "realised"]
    assert not released, coded(text)
