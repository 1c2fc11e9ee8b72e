"""Who concedes when a release or a lifting is told in the passive: the captor a hyphened
holder names ("Hamas-held hostages were released"), whoever imposed the measure lifted
("… imposed a curfew. The curfew was lifted on Friday"), else the authorities of the place
("le couvre-feu a été levé lundi à Conakry"), as ACLED codes curfews and bans. Sentences
are our own, modelled on wire reports from several conflicts; negatives must not change."""

from __future__ import annotations

import pytest

from coding import assert_realised_doer, coded, events_of, probe_params

# (text, PLOVER type, ACLED sub-type, doer: the id or one of its parents)
REALISED = [
    # Releases whose doer is an agent, a subject or a holder.
    (
        "Hamas released three Israeli hostages on Saturday under the ceasefire deal, the "
        "Israeli military said.",
        "CONCEDE",
        "Agreement",
        "GRP.HAMAS",
    ),
    (
        "Three Israeli hostages were released by Hamas on Saturday and handed to the Red "
        "Cross in Khan Younis.",
        "CONCEDE",
        "Agreement",
        "GRP.HAMAS",
    ),
    (
        "Forty-six soldiers were released by the Houthis on Sunday in a prisoner exchange "
        "overseen by the ICRC.",
        "CONCEDE",
        "Agreement",
        "GRP.HOUTHI",
    ),
    (
        "Hamas-held hostages were released on Sunday after 471 days in captivity.",
        "CONCEDE",
        "Agreement",
        "GRP.HAMAS",
    ),
    (
        "Three Houthi-held sailors were freed on Tuesday after a year in captivity.",
        "CONCEDE",
        "Agreement",
        "GRP.HOUTHI",
    ),
    (
        "Three Russian-held Ukrainian soldiers were released on Friday.",
        "CONCEDE",
        "Agreement",
        "RUS",
    ),
    (
        "Four hostages held by Hamas were released on Sunday.",
        "CONCEDE",
        "Agreement",
        "GRP.HAMAS",
    ),
    (
        "The kidnapped missionaries were freed by the 400 Mawozo gang on Sunday after two "
        "months in captivity.",
        "CONCEDE",
        "Agreement",
        "GRP.400_MAWOZO",
    ),
    (
        "Venezuela freed 20 political prisoners on Tuesday after talks with US envoys, "
        "opposition groups said.",
        "CONCEDE",
        "Agreement",
        "VEN",
    ),
    (
        "Belarusian authorities released 14 political prisoners on Wednesday, including a "
        "prominent journalist.",
        "CONCEDE",
        "Agreement",
        "BLR",
    ),
    (
        "The M23 rebels released 30 Congolese soldiers captured near Goma on Tuesday.",
        "CONCEDE",
        "Agreement",
        "GRP.M23",
    ),
    (
        "Israel released 90 Palestinian prisoners from Ofer prison early on Monday.",
        "CONCEDE",
        "Agreement",
        "ISR",
    ),
    (
        "Trois otages israéliens ont été libérés samedi par le Hamas et remis à la "
        "Croix-Rouge à Khan Younès.",
        "CONCEDE",
        "Agreement",
        "GRP.HAMAS",
    ),
    (
        "Les missionnaires enlevés ont été libérés dimanche par le gang 400 Mawozo après "
        "deux mois de captivité.",
        "CONCEDE",
        "Agreement",
        "GRP.400_MAWOZO",
    ),
    (
        "Le M23 a relâché mardi une trentaine de soldats congolais capturés près de Goma.",
        "CONCEDE",
        "Agreement",
        "GRP.M23",
    ),
    (
        "Les détenus de la junte ont été relâchés mercredi à Bamako.",
        "CONCEDE",
        "Agreement",
        "MLI",
    ),
    # Prisoners freed in the passive: the state of the place where they were held.
    (
        "Les deux humanitaires italiens détenus depuis mars à Niamey ont été libérés et sont "
        "arrivés jeudi à Rome, a annoncé le gouvernement italien.",
        "CONCEDE",
        "Agreement",
        "NER",
    ),
    (
        "Trois journalistes étrangers détenus à Bamako depuis juin ont été libérés mardi.",
        "CONCEDE",
        "Agreement",
        "MLI",
    ),
    (
        "Two American citizens detained in Caracas since January were freed on Saturday, the "
        "State Department said.",
        "CONCEDE",
        "Agreement",
        "VEN",
    ),
    # Measures lifted in the passive: the imposer told before, else the place's authorities.
    (
        "Authorities in Bangladesh imposed a curfew in Dhaka on Monday after clashes. The "
        "curfew was lifted on Friday.",
        "CONCEDE",
        "Other",
        "BGD",
    ),
    (
        "Les autorités maliennes ont instauré un couvre-feu à Bamako lundi. Le couvre-feu a "
        "été levé vendredi.",
        "CONCEDE",
        "Other",
        "MLI",
    ),
    (
        "Le couvre-feu a été levé lundi à Conakry.",
        "CONCEDE",
        "Other",
        "GIN",
    ),
    (
        "The curfew was lifted on Friday in Port Sudan.",
        "CONCEDE",
        "Other",
        "SDN",
    ),
    (
        "L'état d'urgence a été levé jeudi dans la province du Ouaddaï.",
        "CONCEDE",
        "Other",
        "TCD",
    ),
    (
        "The ban on the opposition party was lifted on Tuesday in Kinshasa.",
        "CONCEDE",
        "Other",
        "COD",
    ),
    (
        "Le gouvernement a annoncé que le couvre-feu avait été levé à Conakry.",
        "CONCEDE",
        "Other",
        "GIN",
    ),
    (
        "Police arrested 40 protesters in Nairobi on Tuesday. The curfew was lifted on Friday.",
        "CONCEDE",
        "Other",
        "KEN",
    ),
    # Measures lifted with their doer told.
    (
        "Le couvre-feu a été levé lundi par les autorités de Conakry après une semaine de calme.",
        "CONCEDE",
        "Other",
        "GIN",
    ),
    (
        "The Ethiopian government lifted the state of emergency in Amhara on Thursday, state "
        "media reported.",
        "CONCEDE",
        "Other",
        "ETH",
    ),
    (
        "L'armée soudanaise a rouvert jeudi le point de passage d'Adré aux convois humanitaires.",
        "CONCEDE",
        "Other",
        "SDN",
    ),
    (
        "Israël a restitué mercredi les corps de 45 Palestiniens à Gaza par l'intermédiaire "
        "de la Croix-Rouge.",
        "CONCEDE",
        "Other",
        "ISR",
    ),
    (
        "Myanmar's junta granted an amnesty to more than 5,000 prisoners on Wednesday to mark "
        "Independence Day.",
        "CONCEDE",
        "Other",
        "MMR",
    ),
    (
        "Le Burkina Faso a gracié mardi une dizaine de militaires condamnés pour tentative de "
        "coup d'État.",
        "CONCEDE",
        "Other",
        "BFA",
    ),
    # Doers the text leaves to the reader's knowledge of the region.
    (
        "The state of emergency was lifted in Amhara on Thursday.",
        "CONCEDE",
        "Other",
        "ETH",
    ),
    (
        "Les otages ont été libérés dimanche, selon le ministère israélien des Affaires "
        "étrangères.",
        "CONCEDE",
        "Agreement",
        None,
    ),
    (
        "The government shut down mobile internet across Ethiopia on Monday. Service was "
        "restored on Wednesday.",
        "CONCEDE",
        "Other",
        "ETH",
    ),
    (
        "Les autorités ont rétabli mercredi l'accès à internet dans la capitale, coupé "
        "depuis une semaine.",
        "CONCEDE",
        "Other",
        None,
    ),
]

MISSED = {
    "Two American citizens detained in Caracas since January were freed on Saturday, the "
    "State Department said.": "the parser reads 'since January' as the subject of 'were "
    "freed', hung on 'detained': the release is taken for what the arrest acts on",
    "The state of emergency was lifted in Amhara on Thursday.": (
        "Amhara is read as the people, not a place: no place to take authorities from"
    ),
    "Les otages ont été libérés dimanche, selon le ministère israélien des Affaires "
    "étrangères.": "no captor, no place, no abduction told: a trigger alone makes no event",
    "The government shut down mobile internet across Ethiopia on Monday. Service was "
    "restored on Wednesday.": "'service was restored' is no trigger; 'service' alone is "
    "too loose a measure noun ('train service resumed')",
    "Les autorités ont rétabli mercredi l'accès à internet dans la capitale, coupé depuis "
    "une semaine.": "only 'rétablir internet' is a row; 'rétablir l'accès à internet' "
    "is not matched",
}


@pytest.mark.parametrize(("text", "plover", "subtype", "doer"), probe_params(REALISED, MISSED))
def test_concession_has_its_doer(text: str, plover: str, subtype: str, doer: str | None) -> None:
    assert_realised_doer(text, plover, subtype, doer)


TWO_SIDES = [
    (
        "Ukraine released 95 Russian prisoners of war on Friday, while Russia freed 95 "
        "Ukrainian soldiers in return.",
        {"UKR", "RUS"},
    ),
    (
        "Le Hamas a libéré dix otages, tandis qu'Israël relâchait 30 prisonniers palestiniens.",
        {"GRP.HAMAS", "ISR"},
    ),
    (
        "Le Hamas a libéré samedi les dix derniers otages détenus à Gaza, tandis qu'Israël "
        "relâchait près de 1 000 prisonniers.",
        {"GRP.HAMAS", "ISR"},
    ),
]


@pytest.mark.parametrize(("text", "doers"), TWO_SIDES)
def test_each_side_of_an_exchange_concedes(text: str, doers: set[str]) -> None:
    got = [
        e.actor1.canonical_id
        for e in events_of(text)
        if e.plover_type == "CONCEDE" and e.actor1 is not None
    ]
    for doer in doers:
        assert any(g == doer or g.startswith(f"{doer}.") for g in got), coded(text)


NO_CONCESSION = [
    # Releasing words, statements, videos: no concession.
    "Hamas released a video on Monday showing two hostages held in Gaza.",
    "The army released a statement on Tuesday denying that its troops had fired on protesters.",
    "Le Hamas a diffusé lundi une vidéo montrant deux otages détenus à Gaza.",
    "L'armée a publié un communiqué mardi pour démentir avoir tiré sur les manifestants.",
    # Freed on bail: a court's terms, no concession of the jailer.
    "Les militants détenus depuis un mois à Tunis ont été libérés sous caution mardi.",
    # A release asked for, not done.
    "The families of the detainees demanded that the junta release them immediately.",
    "Les familles des détenus ont exigé que la junte les libère immédiatement.",
]


@pytest.mark.parametrize("text", NO_CONCESSION)
def test_no_realised_concession(text: str) -> None:
    made = [e for e in events_of(text) if e.plover_type == "CONCEDE" and e.status == "realised"]
    assert made == [], coded(text)


NOT_REALISED = [
    ("Human rights groups urged Iran to release all detained protesters.", "requested"),
    ("Protesters demanded that the curfew be lifted in Kampala.", "requested"),
    ("The curfew was not lifted in Khartoum, residents said.", "negated"),
]


@pytest.mark.parametrize(("text", "status"), NOT_REALISED)
def test_concession_not_made_keeps_its_status(text: str, status: str) -> None:
    statuses = {e.status for e in events_of(text) if e.plover_type == "CONCEDE"}
    assert statuses and "realised" not in statuses and status in statuses, coded(text)
