"""Requested actions and requests (PLOVER REQUEST): a request for a deed is coded as the deed
itself, status requested, its doer the party asked to act ("appelé les putschistes à libérer",
"urged Rwanda to withdraw", "réclame le retrait de l'armée israélienne", "called for the
release of"); REQUEST, with the asker as doer, is kept for asking what is no event (an
inquiry, explanations, aid with no giver named, calm). Each row gives the PLOVER type, the
accepted ACLED sub-types, the status and the doer expected (``None`` when unnamed or
unchecked); demands, appeals and denials make no realised deed."""

from __future__ import annotations

import pytest

from coding import coded, events_of, probe_params

ROWS: list[tuple[str, str, str, str, str | None]] = [
    (
        "L'Union africaine a appelé mardi les putschistes à libérer sans condition le président "
        "Mohamed Bazoum.",
        "CONCEDE",
        "Other|Agreement",
        "requested",
        None,
    ),
    (
        "Le secrétaire général de l'ONU a exhorté le Rwanda à retirer ses troupes de l'est de la "
        "RDC.",
        "RETREAT",
        "Other|Non-violent transfer of territory",
        "requested",
        "RWA",
    ),
    (
        "La Cédéao a sommé la junte nigérienne de rétablir l'ordre constitutionnel dans un délai "
        "d'une semaine.",
        "CONCEDE",
        "Other|Agreement",
        "requested",
        "NER",
    ),
    (
        "Washington a demandé aux Forces de soutien rapide de lever le siège d'El-Fasher.",
        "CONCEDE",
        "Other|Agreement",
        "requested",
        "GRP.RSF",
    ),
    (
        "Le Conseil de sécurité a enjoint au M23 de se retirer des localités occupées dans le "
        "Nord-Kivu.",
        "RETREAT",
        "Other|Non-violent transfer of territory",
        "requested",
        "GRP.M23",
    ),
    (
        "Le médiateur qatari a invité le gouvernement colombien et l'ELN à reprendre les "
        "négociations à Doha.",
        "CONSULT",
        "Other",
        "requested",
        "COL.GOV",
    ),
    (
        "Le Haut-Commissaire aux droits de l'homme a appelé les talibans à lever l'interdiction "
        "faite aux filles d'étudier.",
        "CONCEDE",
        "Other|Agreement",
        "requested",
        "GRP.TALIBAN",
    ),
    (
        "Le Liban réclame le retrait total de l'armée israélienne des cinq positions qu'elle "
        "occupe encore dans le Sud.",
        "RETREAT",
        "Other|Non-violent transfer of territory",
        "requested",
        "ISR.MIL",
    ),
    (
        "Kinshasa exige le retrait immédiat des troupes rwandaises du territoire congolais.",
        "RETREAT",
        "Other|Non-violent transfer of territory",
        "requested",
        "RWA.MIL",
    ),
    (
        "La famille de l'humanitaire enlevé à Gao réclame sa libération au JNIM.",
        "CONCEDE",
        "Other|Agreement",
        "requested",
        "GRP.JNIM",
    ),
    (
        "Le Comité international de la Croix-Rouge a demandé aux Houthis de libérer les employés "
        "de l'ONU détenus à Sanaa.",
        "CONCEDE",
        "Other|Agreement",
        "requested",
        "GRP.HOUTHI",
    ),
    (
        "L'Union européenne a exhorté Israël à lever les restrictions à l'entrée de l'aide "
        "humanitaire à Gaza.",
        "CONCEDE",
        "Other|Agreement",
        "requested",
        "ISR",
    ),
    (
        "Le pape a plaidé dimanche pour un cessez-le-feu immédiat entre l'armée soudanaise et les "
        "FSR.",
        "AGREE",
        "Agreement|Other",
        "requested",
        "SDN.MIL",
    ),
    (
        "Les évêques ont invité les groupes armés de l'Ituri à déposer les armes.",
        "RETREAT",
        "Other|Non-violent transfer of territory",
        "requested",
        None,
    ),
    (
        "Le président de la Commission de l'UA a demandé à la junte guinéenne de libérer les deux "
        "militants du FNDC arrêtés à Conakry.",
        "CONCEDE",
        "Other|Agreement",
        "requested",
        "GIN",
    ),
    (
        "Les autorités maliennes de transition ont été sommées par la Cédéao de libérer les "
        "détenus politiques.",
        "CONCEDE",
        "Other|Agreement",
        "requested",
        "MLI",
    ),
    (
        "L'opposition tchadienne a appelé ses partisans à manifester samedi à N'Djamena contre le "
        "référendum.",
        "PROTEST",
        "Peaceful protest",
        "requested",
        "PROTESTERS",
    ),
    (
        "La Mission de l'ONU a lancé un appel au retrait des combattants étrangers de Libye.",
        "RETREAT",
        "Other|Non-violent transfer of territory",
        "requested",
        None,
    ),
    (
        "Amnesty International demande aux autorités burkinabè de libérer l'avocat enlevé à "
        "Ouagadougou.",
        "CONCEDE",
        "Other|Agreement",
        "requested",
        "BFA",
    ),
    (
        "L'ONU a exhorté Israël et le Hezbollah à respecter le cessez-le-feu conclu en novembre.",
        "AGREE",
        "Agreement|Other",
        "requested",
        None,
    ),
    (
        "Le Qatar a demandé au Hamas de libérer les otages restants à Gaza.",
        "CONCEDE",
        "Other|Agreement",
        "requested",
        "GRP.HAMAS",
    ),
    (
        "Moscou a enjoint Kiev de retirer ses forces de la région de Koursk.",
        "RETREAT",
        "Other|Non-violent transfer of territory",
        "requested",
        "UKR",
    ),
    (
        "Le Conseil de sécurité a demandé à la MONUSCO de renforcer sa présence en Ituri.",
        "MOBILIZE",
        "Other",
        "requested",
        "IGO.MONUSCO",
    ),
    (
        "Les Nations unies ont demandé une enquête indépendante sur le massacre de Solhan.",
        "REQUEST",
        "Other",
        "realised",
        "IGO.UN",
    ),
    (
        "Le ministre malien des Affaires étrangères a exigé des explications de l'ambassadeur de "
        "France à Bamako.",
        "REQUEST",
        "Other",
        "realised",
        "MLI",
    ),
    (
        "Le gouvernement haïtien a demandé l'aide de la communauté internationale face aux gangs "
        "de Port-au-Prince.",
        "REQUEST",
        "Other",
        "realised",
        "HTI.GOV",
    ),
    (
        "Le président somalien a appelé au calme après les affrontements de Mogadiscio.",
        "REQUEST",
        "Other",
        "realised",
        "SOM.GOV",
    ),
    (
        "The UN Security Council urged Rwanda to withdraw its troops from eastern Congo.",
        "RETREAT",
        "Other|Non-violent transfer of territory",
        "requested",
        "RWA",
    ),
    (
        "The African Union called on the Sudanese army and the RSF to agree an immediate "
        "ceasefire.",
        "AGREE",
        "Agreement|Other",
        "requested",
        "SDN.MIL",
    ),
    (
        "ECOWAS demanded that the junta lift the curfew imposed in Niamey.",
        "CONCEDE",
        "Other|Agreement",
        "requested",
        "NER",
    ),
    (
        "The EU asked Serbia to withdraw the troops it had massed on the Kosovo border.",
        "RETREAT",
        "Other|Non-violent transfer of territory",
        "requested",
        "SRB",
    ),
    (
        "Pakistan pressed the Taliban to hand over TTP commanders sheltering in Afghanistan.",
        "CONCEDE",
        "Other|Agreement",
        "requested",
        "GRP.TALIBAN",
    ),
    (
        "Human Rights Watch called for the release of the 14 journalists detained by the "
        "Ethiopian authorities.",
        "CONCEDE",
        "Other|Agreement",
        "requested",
        "ETH",
    ),
    (
        "Ukraine's foreign minister called for the withdrawal of Russian forces from the "
        "Zaporizhzhia nuclear plant.",
        "RETREAT",
        "Other|Non-violent transfer of territory",
        "requested",
        "RUS.MIL",
    ),
    (
        "The opposition demanded the lifting of the state of emergency declared in Addis Ababa.",
        "CONCEDE",
        "Other|Agreement",
        "requested",
        "ETH",
    ),
    (
        "Mediators appealed to the M23 to pull back from Goma.",
        "RETREAT",
        "Other|Non-violent transfer of territory",
        "requested",
        "GRP.M23",
    ),
    (
        "The Philippine army was asked by the provincial governor to deploy more troops to "
        "Maguindanao.",
        "MOBILIZE",
        "Other",
        "requested",
        "PHL.MIL",
    ),
    (
        "The Colombian government was urged to resume peace talks with the ELN.",
        "CONSULT",
        "Other",
        "requested",
        "COL.GOV",
    ),
    (
        "Washington urged Israel to allow more aid trucks into Gaza.",
        "CONCEDE",
        "Other|Agreement",
        "requested",
        "ISR",
    ),
    (
        "The UN envoy called on the Houthis to free the crew of the Galaxy Leader.",
        "CONCEDE",
        "Other|Agreement",
        "requested",
        "GRP.HOUTHI",
    ),
    (
        "Qatar asked Hamas to release the remaining hostages.",
        "CONCEDE",
        "Other|Agreement",
        "requested",
        "GRP.HAMAS",
    ),
    (
        "Kenya's president urged both parties to return to the negotiating table in Juba.",
        "CONSULT",
        "Other",
        "requested",
        None,
    ),
    (
        "The ICRC demanded that all parties allow humanitarian access to Tigray.",
        "CONCEDE",
        "Other|Agreement",
        "requested",
        None,
    ),
    (
        "The junta was pressed by ECOWAS leaders to release former president Bazoum.",
        "CONCEDE",
        "Other|Agreement",
        "requested",
        None,
    ),
    (
        "Myanmar's neighbours called on the military to release Aung San Suu Kyi.",
        "CONCEDE",
        "Other|Agreement",
        "requested",
        "MMR.MIL",
    ),
    (
        "Mexico's human rights commission called for an investigation into the killing of six "
        "migrants.",
        "REQUEST",
        "Other",
        "realised",
        None,
    ),
    (
        "Iraq's foreign ministry demanded an explanation from the Turkish ambassador after the "
        "strike.",
        "REQUEST",
        "Other",
        "realised",
        "IRQ",
    ),
    (
        "The Somali president appealed for calm after clashes in Mogadishu.",
        "REQUEST",
        "Other",
        "realised",
        "SOM.GOV",
    ),
    (
        "The Afghan government appealed for more international aid after the earthquake.",
        "REQUEST",
        "Other",
        "realised",
        "AFG.GOV",
    ),
    (
        "Haiti's prime minister asked the United Nations to send an international force to fight "
        "gangs.",
        "MOBILIZE",
        "Other",
        "requested",
        "IGO.UN",
    ),
    (
        "Kyiv urged its allies to supply more air defence systems.",
        "AID",
        "Other",
        "requested",
        None,
    ),
    (
        "The EU called on member states to impose sanctions on Sudanese RSF commanders.",
        "SANCTION",
        "Other",
        "requested",
        None,
    ),
]

MISSED: dict[str, str] = {
    ROWS[5][0]: "'invité X et Y à reprendre les négociations': the joined addressees are not read; "
    "the mediator's title is taken for the meeting",
    ROWS[13][0]: "'déposer les armes' is no trigger of a retreat",
    ROWS[15][0]: "passive 'ont été sommées par la Cédéao de libérer': the agent of the asking "
    "is taken as the releaser",
    ROWS[16][0]: "a protest called for takes the caller's country, not PROTESTERS",
    ROWS[17][0]: "'lancer un appel au retrait': the noun 'appel' under a light verb gives no "
    "status to the withdrawal",
    ROWS[19][0]: "'respecter le cessez-le-feu' is no agreement trigger",
    ROWS[21][0]: "'enjoint Kiev de retirer ses forces': 'ses' is read as the asker's",
    ROWS[28][0]: "'called on X to agree a ceasefire': 'agree' makes the ceasefire planned",
    ROWS[31][0]: "'press X to' is no request cue (too many other senses of 'press')",
    ROWS[34][0]: "the noun 'lifting' is no trigger of a concession",
    ROWS[38][0]: "'allow aid trucks into Gaza' is no trigger of a concession",
    ROWS[42][0]: "'allow humanitarian access' is no trigger of a concession",
    ROWS[43][0]: "'was pressed by X to release': 'press' is no request cue",
}


@pytest.mark.parametrize(
    ("text", "plover", "subtypes", "status", "doer"),
    probe_params(ROWS, MISSED, id_of=lambda i, row: f"{i:02d}-{row[1]}"),
)
def test_requested_action_is_coded_as_the_deed(
    text: str, plover: str, subtypes: str, status: str, doer: str | None
) -> None:
    """The deed asked for carries the status requested and the doer asked to act; a request
    for what is no event is a REQUEST by the asker."""
    event = next(
        (
            e
            for e in events_of(text)
            if e.plover_type == plover
            and e.acled_subtype in subtypes.split("|")
            and e.status == status
        ),
        None,
    )
    assert event is not None, coded(text)
    if doer is not None:
        got = event.actor1.canonical_id if event.actor1 is not None else ""
        assert got == doer or got.startswith(f"{doer}."), (got, coded(text))


@pytest.mark.parametrize(
    "text",
    [
        "Le Hamas a demandé à Israël de libérer des prisonniers palestiniens.",
        "Kinshasa exige le retrait immédiat des troupes rwandaises du territoire congolais.",
        "Mediators appealed to the M23 to pull back from Goma.",
        "Qatar asked Hamas to release the remaining hostages.",
    ],
)
def test_requested_action_makes_no_request_of_the_asker(text: str) -> None:
    """Asking for a deed is coded once, as the deed requested: the asking is no REQUEST."""
    assert [e for e in events_of(text) if e.plover_type == "REQUEST"] == [], coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "La Cédéao exige la libération du président Bazoum, détenu depuis juillet.",
        "Le Liban réclame le retrait total de l'armée israélienne du Sud.",
        "Amnesty International demande aux autorités burkinabè de libérer l'avocat enlevé.",
        "The UN Security Council urged Rwanda to withdraw its troops from eastern Congo.",
        "Myanmar's neighbours called on the military to release Aung San Suu Kyi.",
        "Human Rights Watch called for the release of the 14 detained journalists.",
        "L'Union africaine a appelé mardi les putschistes à libérer le président.",
    ],
)
def test_requested_action_is_no_realised_deed(text: str) -> None:
    """A release or withdrawal asked for has not happened."""
    realised = [
        e
        for e in events_of(text)
        if e.plover_type in ("CONCEDE", "RETREAT") and e.status == "realised"
    ]
    assert realised == [], coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mexico's human rights commission called for an investigation into the killing of six "
        "migrants.",
        "Les Nations unies ont demandé une enquête indépendante sur le massacre de Solhan.",
    ],
)
def test_inquiry_asked_for_is_no_accusation(text: str) -> None:
    """An inquiry asked for is what the REQUEST asks, not an accusation of its own."""
    assert [e.plover_type for e in events_of(text)] == ["REQUEST"], coded(text)


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        (
            "Le syndicat exige la libération des militants que la police a arrêtés lundi à Dakar.",
            "COERCE",
        ),
        ("Damas réclame l'extradition de l'ancien président, ce que la Russie a refusé.", "REJECT"),
    ],
)
def test_deed_in_a_relative_clause_keeps_its_own_status(text: str, plover: str) -> None:
    """A relative clause with its own subject under a demand tells a deed done, not asked."""
    assert any(e.plover_type == plover and e.status == "realised" for e in events_of(text)), coded(
        text
    )


@pytest.mark.parametrize(
    "text",
    [
        "L'ONU réclame depuis des mois le retrait des forces étrangères de Libye.",
        "Les familles des otages demandent au Hamas de libérer leurs proches.",
        "The opposition has long demanded the withdrawal of Russian troops from Transnistria.",
        "Rights groups urged the junta to free detained journalists.",
    ],
)
def test_standing_demand_makes_no_realised_deed(text: str) -> None:
    """A standing demand or an appeal tells no release or withdrawal done."""
    realised = [
        e
        for e in events_of(text)
        if e.plover_type in ("CONCEDE", "RETREAT") and e.status == "realised"
    ]
    assert realised == [], coded(text)
